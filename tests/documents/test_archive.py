"""The case archive (卷宗) and the public-disclosure outputs, read back: catalog page numbers
match the real pages, every page's fonts are embedded, cancel works, and no unmasked ID number
or mobile number survives anywhere in the disclosure PDF, xlsx or CSV."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.context import AppContext
from app.services import case_documents as cd
from app.store import open_store
from tests.conftest import FakeClock
from tests.documents.casebuild import ISSUED_TYPES, issued_store_at

ID_18 = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
PHONE_11 = re.compile(r"(?<!\d)1\d{10}(?!\d)")


@pytest.fixture(scope="module")
def issued_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    return issued_store_at(tmp_path_factory.mktemp("issued"))


@pytest.fixture
def ictx(issued_store: tuple[Path, str, str], tmp_path: Path) -> Iterator[AppContext]:
    dest = tmp_path / "store.sqlite3"
    shutil.copyfile(issued_store[0], dest)
    ctx = open_store(dest, clock=FakeClock())
    yield ctx
    ctx.db.dispose()


def _page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(p.extract_text() or "").replace(" ", "").replace("\n", "") for p in reader.pages]


def test_archive_catalog_pages_match(ictx: AppContext, issued_store: tuple[Path, str, str]) -> None:
    _, cid, number = issued_store
    seen: list[tuple[int, int, str]] = []
    pdf = cd.build_archive(ictx, cid, lambda d, t, w: seen.append((d, t, w)))
    pages = _page_texts(pdf)
    assert "行政处罚案卷" in pages[0] and number in pages[0]
    catalog_pages = [i for i, t in enumerate(pages) if "卷内文件目录" in t]
    assert catalog_pages == [1]
    first_content = 2
    rows = cd.archive_catalog(ictx, cid)
    assert [r.title for r in rows][:2] == ["案件来源登记表", "立案审批表"]
    assert len(rows) == len(ISSUED_TYPES)
    for r in rows:
        start = int(r.pages.split("-")[0])
        end = int(r.pages.split("-")[-1])
        text = pages[first_content + start - 1]
        assert r.title in text, (r.title, start)
        # the catalog prints this row's page numbers and 文号
        assert r.pages in pages[1] and r.number in pages[1]
        assert end >= start
    # every page after the catalog carries its 卷内页号 (stamped last, so it ends the text)
    for n, text in enumerate(pages[first_content:], start=1):
        assert text.endswith(str(n)), (n, text[-20:])
    evidence_page = pages[-1]
    assert "证据材料清单" in evidence_page
    assert seen[-1][0] == seen[-1][1]


def test_archive_cancel(ictx: AppContext, issued_store: tuple[Path, str, str]) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(cd.ArchiveCancelled):
        cd.build_archive(ictx, issued_store[1], None, cancel)


def _no_personal_numbers(text: str) -> None:
    assert not ID_18.search(text), ID_18.search(text)
    assert not PHONE_11.search(text), PHONE_11.search(text)


def test_disclosure_outputs_are_masked(ictx: AppContext, issued_store: tuple[Path, str, str],
                                       tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _, cid, _ = issued_store
    pdf = cd.disclosure_decision_pdf(ictx, cid)
    text = "\n".join(_page_texts(pdf))
    assert "吴*" in text and "吴建国" not in text and "罚决字" in text
    _no_personal_numbers(text)
    _no_personal_numbers(pdf.decode("latin-1"))
    assert "一案一码" not in text
    csv_path = tmp_path / "list.csv"
    assert cd.write_disclosure_list(ictx, csv_path, 2026) == 1
    csv_text = csv_path.read_text(encoding="utf-8-sig")
    assert "吴**" in csv_text or "吴*" in csv_text
    _no_personal_numbers(csv_text)
    xlsx = tmp_path / "list.xlsx"
    cd.write_disclosure_list(ictx, xlsx)
    wb = load_workbook(xlsx)
    cells = " ".join(str(c.value) for row in wb.active.iter_rows() for c in row if c.value)
    assert "吴建国" not in cells and "罚决字" in cells
    _no_personal_numbers(cells)
    # and the raw xlsx bytes (shared strings) hold no unmasked number either
    import zipfile

    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            _no_personal_numbers(z.read(name).decode("utf-8", "replace"))


def test_scrub_numbers() -> None:
    assert cd.scrub_numbers("身份证330703199001010018，电话13800001234。") == \
        "身份证330703********0018，电话138****1234。"
