"""The shared template and the 行政处罚决定书 / 送达回证, read back from real PDFs."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from app.documents import fonts
from app.documents.decision import (
    Party,
    PartyKind,
    content_sha256,
    render_decision,
    render_service_receipt,
)
from app.documents.keys import public_key_bytes
from app.documents.layout import FURNITURE_FORM, WATERMARK_FORM
from app.documents.qr import VerdictStatus, verify_payload
from app.documents.sample import SAMPLE_TOWNSHIP_CODE, sample_decision, sample_service_receipt
from app.errors import DomainError
from tests.documents.conftest import decode_qr, pdf_text, rasterise

NUMBER = "孝顺镇综执罚决字〔2026〕第12号"


@pytest.fixture(scope="module")
def issued_pdf(seal_png: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    return render_decision(sample_decision(NUMBER), seal_png=seal_png, signing_key=signing_key).pdf


@pytest.fixture(scope="module")
def draft_pdf() -> bytes:
    return render_decision(sample_decision(None), draft=True).pdf


def _fonts(reader: PdfReader) -> list[dict[str, object]]:
    found = {}
    for page in reader.pages:
        res = page["/Resources"].get_object()
        for ref in (res.get("/Font") or {}).values():
            font = ref.get_object()
            found[font["/BaseFont"]] = font
    return list(found.values())


def _image_xobjects(reader: PdfReader) -> list[str]:
    names = []
    for page in reader.pages:
        xobjs = page["/Resources"].get_object().get("/XObject") or {}
        for name, ref in xobjs.items():
            if ref.get_object()["/Subtype"] == "/Image":
                names.append(name)
    return names


def test_chinese_text_and_number_extract(issued_pdf: bytes) -> None:
    text = pdf_text(issued_pdf)
    compact = text.replace(" ", "").replace("\n", "")
    for expected in (
        "孝顺镇人民政府",
        "行政处罚决定书",
        NUMBER,
        "当事人：张某某",
        "公民身份号码：330703199001010018",
        "罚款人民币贰佰元整（¥200.00）",
        "《城市市容和环境卫生管理条例》第十七条第二款",
        "十五日内",
        "百分之三",
        "六十日内",
        "六个月内",
        "“一般”情形",
        "2026年11月23日",
        "第1页共3页",
        "第3页共3页",
    ):
        assert expected in compact, expected
    assert "草稿" not in compact


def test_font_is_embedded_and_no_other_font(issued_pdf: bytes, tmp_path: Path) -> None:
    reader = PdfReader(io.BytesIO(issued_pdf))
    found = _fonts(reader)
    assert found, "no fonts"
    for font in found:
        assert "WenQuanYiMicroHei" in str(font["/BaseFont"])
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # embedded TrueType program
    if shutil.which("pdffonts"):
        path = tmp_path / "d.pdf"
        path.write_bytes(issued_pdf)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        rows = out.stdout.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), out.stdout


def test_page_furniture_is_one_form_xobject_referenced_on_every_page(issued_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(issued_pdf))
    assert len(reader.pages) >= 2
    refs = set()
    for page in reader.pages:
        xobjs = page["/Resources"].get_object()["/XObject"]
        name = f"/FormXob.{FURNITURE_FORM}"
        assert name in xobjs
        assert xobjs[name].get_object()["/Subtype"] == "/Form"
        refs.add(xobjs.raw_get(name).idnum)
        assert f"{name} Do".encode() in page.get_contents().get_data()
    assert len(refs) == 1  # drawn once, referenced from each page


def test_same_input_gives_identical_bytes(
    issued_pdf: bytes, seal_png: bytes, signing_key: Ed25519PrivateKey, draft_pdf: bytes
) -> None:
    again = render_decision(sample_decision(NUMBER), seal_png=seal_png, signing_key=signing_key)
    assert again.pdf == issued_pdf
    assert render_decision(sample_decision(None), draft=True).pdf == draft_pdf
    other = render_decision(
        sample_decision("孝顺镇综执罚决字〔2026〕第13号"),
        seal_png=seal_png,
        signing_key=signing_key,
    )
    assert other.pdf != issued_pdf


def test_qr_decodes_from_the_rendered_page_and_verifies(
    issued_pdf: bytes, signing_key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    png = rasterise(issued_pdf, tmp_path, dpi=200)
    texts = decode_qr(png)
    assert len(texts) == 1
    verdict = verify_payload(texts[0], {SAMPLE_TOWNSHIP_CODE: public_key_bytes(signing_key)})
    assert verdict.status is VerdictStatus.VALID
    assert verdict.fields is not None
    assert verdict.fields.number == NUMBER
    assert verdict.fields.amount_fen == 20000
    assert verdict.fields.tier == "general"
    # the code vouches for the document's content: the data it was rendered from
    assert verdict.fields.content_sha256 == content_sha256(sample_decision(NUMBER))
    other_key = Ed25519PrivateKey.from_private_bytes(b"\x09" * 32)
    assert verify_payload(texts[0], {SAMPLE_TOWNSHIP_CODE: public_key_bytes(other_key)}).status is (
        VerdictStatus.TAMPERED
    )
    assert verify_payload(texts[0], {}).status is VerdictStatus.UNKNOWN_TOWNSHIP


def test_qr_also_decodes_with_zbar(issued_pdf: bytes, tmp_path: Path) -> None:
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg (zbar-tools) is not installed: scripts/test installs it")
    png = rasterise(issued_pdf, tmp_path, dpi=200)
    out = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0 and out.stdout.strip().startswith("SD1.")


def test_draft_has_watermark_and_no_number_seal_or_qr(
    draft_pdf: bytes, seal_png: bytes, signing_key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    text = pdf_text(draft_pdf).replace(" ", "")
    assert "草稿" in text
    assert "第12号" not in text and "罚决字" not in text
    reader = PdfReader(io.BytesIO(draft_pdf))
    assert _image_xobjects(reader) == []  # no seal, no QR
    for page in reader.pages:
        assert f"/FormXob.{WATERMARK_FORM} Do".encode() in page.get_contents().get_data()
    assert decode_qr(rasterise(draft_pdf, tmp_path, dpi=150)) == []
    # a draft ignores a number, seal and key even when given
    forced = render_decision(
        sample_decision(NUMBER), draft=True, seal_png=seal_png, signing_key=signing_key
    )
    assert forced.qr_text is None
    assert "第12号" not in pdf_text(forced.pdf)
    assert _image_xobjects(PdfReader(io.BytesIO(forced.pdf))) == []


def test_issued_document_carries_seal_and_qr_images(issued_pdf: bytes) -> None:
    images = _image_xobjects(PdfReader(io.BytesIO(issued_pdf)))
    assert len(images) == 2  # QR on page 1, seal on the last page


def test_organisation_party(signing_key: Ed25519PrivateKey) -> None:
    data = dataclasses.replace(
        sample_decision(NUMBER),
        party=Party(
            kind=PartyKind.ORGANISATION,
            name="金华市某某餐饮管理有限公司",
            uscc="91330703MA2HXXXX0Y",
            legal_representative="李某",
            address="金华市金东区孝顺镇振兴路88号",
        ),
    )
    text = pdf_text(render_decision(data, signing_key=signing_key).pdf).replace(" ", "")
    assert "统一社会信用代码：91330703MA2HXXXX0Y" in text
    assert "法定代表人（负责人）：李某" in text


def test_issued_decision_needs_a_number() -> None:
    with pytest.raises(ValueError):
        render_decision(sample_decision(None))


def test_service_receipt_is_one_page_table(seal_png: bytes) -> None:
    out = render_service_receipt(sample_service_receipt(NUMBER), seal_png=seal_png)
    reader = PdfReader(io.BytesIO(out.pdf))
    assert len(reader.pages) == 1
    text = pdf_text(out.pdf).replace(" ", "").replace("\n", "")
    for expected in ("送达回证", "受送达人", "张某某", "收件人签名或盖章", NUMBER, "第1页共1页"):
        assert expected in text, expected
    import pdfplumber

    with pdfplumber.open(io.BytesIO(out.pdf)) as doc:
        page = doc.pages[0]
        horizontal = {round(e["top"]) for e in page.edges if e["orientation"] == "h"}
        words = page.extract_text() or ""
    assert len(horizontal) >= 10  # a bordered grid: 9 rows → 10 rules
    assert "送达地点" in words.replace(" ", "")


def test_missing_font_gives_a_chinese_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "FONT_RESOURCE", "fonts/no-such-font.ttc")
    with pytest.raises(DomainError) as info:
        fonts.register_fonts()
    assert info.value.code == "font_missing"
    assert "找不到文书字体文件" in str(info.value)


def test_font_registration_is_idempotent_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        names = list(pool.map(lambda _: fonts.register_fonts(), range(8)))
    assert set(names) == {fonts.FONT_NAME}


def test_no_line_starts_with_closing_punctuation(issued_pdf: bytes) -> None:
    from app.documents.layout import CANNOT_START_LINE

    lines = [ln.strip() for ln in pdf_text(issued_pdf).splitlines() if ln.strip()]
    assert len(lines) > 40
    offenders = [ln for ln in lines if ln[0] in CANNOT_START_LINE]
    assert offenders == []


def test_archive_concatenates_documents(issued_pdf: bytes, draft_pdf: bytes) -> None:
    from app.documents.archive import concatenate

    one = len(PdfReader(io.BytesIO(issued_pdf)).pages)
    archive = concatenate([issued_pdf, draft_pdf, issued_pdf])
    reader = PdfReader(io.BytesIO(archive))
    assert len(reader.pages) == 3 * one
    assert "草稿" in (reader.pages[one].extract_text() or "")
    assert len(PdfReader(io.BytesIO(concatenate([issued_pdf] * 5, max_pages=4))).pages) == 4


def test_renders_from_several_threads_match(
    issued_pdf: bytes, seal_png: bytes, signing_key: Ed25519PrivateKey
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def one(_: int) -> bytes:
        return render_decision(
            sample_decision(NUMBER), seal_png=seal_png, signing_key=signing_key
        ).pdf

    with ThreadPoolExecutor(3) as pool:
        assert set(pool.map(one, range(3))) == {issued_pdf}
