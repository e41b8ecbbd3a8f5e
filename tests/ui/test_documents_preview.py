"""The PDF preview dialog (QtPdf), printing to a PDF printer, save as, the archive job with
cancel, and the 一案一码 verifier dialog."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.context import AppContext
from app.documents.decision import render_decision
from app.documents.sample import sample_decision
from app.services import case_documents as cd
from tests.conftest import dispose_store
from tests.documents.casebuild import issued_store_at
from ui.documents_preview import ArchiveJob, PdfPreviewDialog
from ui.qr_verify_dialog import QrVerifyDialog


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_decision(sample_decision(None), draft=True).pdf


def test_preview_shows_pages_and_saves(qtbot, sample_pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = PdfPreviewDialog(sample_pdf, "行政处罚决定书（草稿）", file_name="x.pdf")
    qtbot.addWidget(dlg)
    assert dlg.page_count() == len(PdfReader(io.BytesIO(sample_pdf)).pages)
    before = dlg.view.zoomFactor()
    dlg.zoom(1.25)
    assert dlg.view.zoomFactor() != before or dlg.view.zoomFactor() == 1.25
    target = tmp_path / "saved"
    dlg.ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    out = dlg.save_as()
    assert out == target.with_suffix(".pdf") and out.read_bytes() == sample_pdf


def test_print_renders_every_page_to_the_printer(qtbot, sample_pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    printed_calls = []
    dlg = PdfPreviewDialog(sample_pdf, "t", on_print=lambda: printed_calls.append(1) or None)
    qtbot.addWidget(dlg)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dlg.ask_printer = lambda: printer  # type: ignore[method-assign]
    n = dlg.print_document()
    assert n == dlg.page_count() and printed_calls == [1]
    assert len(PdfReader(out).pages) == n


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppContext, str]]:
    from app.store import open_store
    from tests.conftest import FakeClock

    path, cid, _ = issued_store_at(tmp_path_factory.mktemp("ui-issued"))
    ctx = open_store(path, clock=FakeClock())
    yield ctx, cid
    dispose_store(ctx)


def test_case_entry_points_and_archive_job(qtbot, store: tuple[AppContext, str]) -> None:  # type: ignore[no-untyped-def]
    from app.services import users

    ctx, cid = store
    leader = users.login(ctx, "leader", "case-pass-1")
    issued = PdfPreviewDialog.for_case(ctx, leader, cid, "行政处罚决定书")
    qtbot.addWidget(issued)
    assert "罚决字" in issued.windowTitle() and issued.page_count() >= 2
    draft = PdfPreviewDialog.for_case(ctx, leader, cid, "hearing")
    qtbot.addWidget(draft)
    assert "草稿" in draft.windowTitle()
    shown: list[PdfPreviewDialog] = []
    job = PdfPreviewDialog.open_archive(ctx, leader, cid, on_ready=shown.append)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    assert shown and shown[0].page_count() > 5
    qtbot.addWidget(shown[0])
    cancelled = ArchiveJob(ctx, cid)
    cancelled.cancel()
    with qtbot.waitSignal(cancelled.cancelled, timeout=20_000):
        cancelled.start()

    # the verifier dialog: valid, then tampered
    from tests.documents.conftest import decode_qr, rasterise

    pdf = cd.render_case_document(ctx, cid, "penalty_decision", draft=False)
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        [qr] = decode_qr(rasterise(pdf, Path(d)))
    v = QrVerifyDialog(ctx)
    qtbot.addWidget(v)
    v.input.setPlainText(qr)
    assert v.verify() == "valid" and "真实有效" in v.result.text()
    parts = qr.split(".")
    v.input.setPlainText(".".join([parts[0], parts[1], parts[2][:-3] + "AAA"]))
    assert v.verify() in ("tampered", "malformed")
