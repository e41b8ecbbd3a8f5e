"""Case documents from a case built through the real workflow: the data each document
prints, drafts, issuing with numbers and the signed 一案一码, read back from the PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.context import AppContext
from app.documents.forms import DOC_ORDER
from app.documents.qr import VerdictStatus
from app.documents.types import DOC_TYPES, DocType
from app.errors import NotFound, ValidationError
from app.services import case_documents as cd
from app.services import documents as doc_service
from app.services import public_keys
from tests.cases.conftest import Squad
from tests.conftest import FakeClock
from tests.documents.casebuild import decided_case
from tests.documents.conftest import decode_qr, pdf_text, rasterise


def _embedded_fonts(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    found = set()
    for page in reader.pages:
        for ref in (page["/Resources"].get_object().get("/Font") or {}).values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if desc is not None and "/FontFile2" in desc.get_object():
                found.add(str(font["/BaseFont"]))
            else:
                found.add("NOT-EMBEDDED:" + str(font["/BaseFont"]))
    return found


def test_case_data_from_the_workflow(cctx: AppContext, squad: Squad, clock: FakeClock) -> None:
    cid = decided_case(cctx, squad, clock)
    d = cd.case_doc_data(cctx, cid)
    assert d.party.name == "吴建国" and d.party.gender == "女"  # 17th digit 2: even
    assert d.item.legal_basis.startswith("《城市市容和环境卫生管理条例》")
    assert [h.name for h in d.handlers] == ["李娜", "王强"]
    assert d.handlers[0].cert_number == "浙执officer0"
    assert d.reviewer and d.reviewer.name == "陈静" and d.decider and d.decider.name == "张队长"
    assert d.discretion and d.discretion.tier == "general"
    assert d.discretion.benchmark_version == "2025.1" and d.range_text == "50元至200元"
    assert d.penalty.fine_fen == 10000 and d.outcome == "penalty" and d.closed_on
    assert d.authority.name == "孝顺镇人民政府" and d.authority.township_code == "孝顺镇综执"


@pytest.mark.parametrize("text,kind", [
    ("行政处罚决定书", DocType.PENALTY_DECISION), ("penalty_decision", DocType.PENALTY_DECISION),
    ("decision", DocType.PENALTY_DECISION), ("罚决", DocType.PENALTY_DECISION),
    ("现场检查（勘验）笔录", DocType.INSPECTION_RECORD), ("现场检查笔录", DocType.INSPECTION_RECORD),
    ("责令限期改正通知书", DocType.RECTIFICATION_ORDER), ("送达回证", DocType.SERVICE_RECEIPT),
])
def test_doc_type_names(text: str, kind: DocType) -> None:
    assert cd.resolve_doc_type(text) is kind


def test_unknown_doc_type_is_refused() -> None:
    with pytest.raises(ValidationError):
        cd.resolve_doc_type("检讨书")


def test_every_document_renders_as_draft_with_chinese_text(cctx: AppContext, squad: Squad,
                                                            clock: FakeClock) -> None:
    cid = decided_case(cctx, squad, clock)
    for kind in DOC_ORDER:
        pdf = cd.render_case_document(cctx, cid, kind, draft=True)
        text = pdf_text(pdf).replace(" ", "")
        title = DOC_TYPES[kind].title
        assert title in text.replace("\n", ""), kind
        assert "草稿" in text and "字〔2026〕" not in text
        fonts = _embedded_fonts(pdf)
        assert fonts and not any(f.startswith("NOT-EMBEDDED") for f in fonts), (kind, fonts)


def test_issue_numbers_qr_and_offline_verification(cctx: AppContext, squad: Squad,
                                                   clock: FakeClock, tmp_path: Path) -> None:
    cid = decided_case(cctx, squad, clock)
    with pytest.raises(NotFound):
        cd.render_case_document(cctx, cid, DocType.PENALTY_DECISION, draft=False)
    notice = cd.issue_case_document(cctx, squad.leader, cid, DocType.ADVANCE_NOTICE)
    assert notice.number_text == "孝顺镇综执罚告字〔2026〕第1号"
    info = cd.issue_case_document(cctx, squad.leader, cid, "penalty_decision")
    assert info.number_text == "孝顺镇综执罚决字〔2026〕第1号"
    pdf = cd.render_case_document(cctx, cid, DocType.PENALTY_DECISION, draft=False)
    text = pdf_text(pdf).replace(" ", "").replace("\n", "")
    assert info.number_text in text and notice.number_text in text  # the notice is quoted
    assert "吴建国" in text and "壹佰元整" in text and "《城市市容和环境卫生管理条例》第三十六条" in text
    assert "2025.1" in text and "一般" in text
    [qr] = decode_qr(rasterise(pdf, tmp_path))
    verdict = public_keys.verify_qr(cctx, qr)
    assert verdict.status is VerdictStatus.VALID
    assert verdict.fields and verdict.fields.number == info.number_text
    assert verdict.fields.amount_fen == 10000 and verdict.fields.content_sha256 == info.content_sha256
    # a changed character in the payload is caught
    body, sig = qr.split(".")[1], qr.split(".")[2]
    forged = "SD1." + body[:-2] + ("A" if body[-2] != "A" else "B") + body[-1] + "." + sig
    assert public_keys.verify_qr(cctx, forged).status in (VerdictStatus.TAMPERED,
                                                          VerdictStatus.MALFORMED)
    # a second penalty decision takes the next number; both are listed
    again = cd.issue_case_document(cctx, squad.leader, cid, DocType.PENALTY_DECISION)
    assert again.seq_no == 2
    assert doc_service.check_numbering(cctx, DocType.PENALTY_DECISION, 2026).ok


def test_unknown_township_key(cctx: AppContext, squad: Squad, clock: FakeClock,
                              signing_key: object) -> None:
    import datetime as dt

    from app.documents.qr import QRFields, sign_payload

    text = sign_payload(signing_key, QRFields("330000999", "X罚决字〔2026〕第1号",  # type: ignore[arg-type]
                                              dt.date(2026, 1, 1), "I", "", 0, "00" * 32))
    assert public_keys.verify_qr(cctx, text).status is VerdictStatus.UNKNOWN_TOWNSHIP
    from app.documents.keys import public_key_bytes

    n = public_keys.import_county_keys(cctx, squad.admin, {"keys": [
        {"township_code": "330000999", "name": "某镇",
         "public_key": public_key_bytes(signing_key).hex()}]})  # type: ignore[arg-type]
    assert n == 1
    assert public_keys.verify_qr(cctx, text).status is VerdictStatus.VALID


def test_township_code_setting_goes_into_the_qr(cctx: AppContext, squad: Squad,
                                                clock: FakeClock) -> None:
    cd.set_doc_setting(cctx, squad.admin, "documents.township_code", "330703101")
    cid = decided_case(cctx, squad, clock)
    cd.issue_case_document(cctx, squad.leader, cid, DocType.PENALTY_DECISION)
    assert [k.township_code for k in public_keys.known_keys(cctx)] == ["330703101"]
    with pytest.raises(ValidationError):
        cd.set_doc_setting(cctx, squad.admin, "documents.township_code", "孝顺|镇")


def test_seal_needs_permission_and_is_applied(cctx: AppContext, squad: Squad,
                                              clock: FakeClock, seal_png: bytes) -> None:
    from app.documents import seal as seal_mod
    from app.errors import PermissionDenied

    cid = decided_case(cctx, squad, clock)
    s = seal_mod.import_seal(cctx, squad.admin, seal_png, owner_kind=seal_mod.SealOwnerKind.TOWNSHIP,
                             owner_name="孝顺镇人民政府")
    with pytest.raises(PermissionDenied):
        cd.issue_case_document(cctx, squad.officers[0], cid, DocType.PENALTY_DECISION, seal_id=s.id)
    info = cd.issue_case_document(cctx, squad.leader, cid, DocType.PENALTY_DECISION, seal_id=s.id)
    assert info.seal_id == s.id
