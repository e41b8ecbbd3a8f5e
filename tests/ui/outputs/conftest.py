"""Fixtures of the output tests (print previews, labels, exports): the preview's `ask` is
replaced so nothing blocks; each shown dialog is recorded with its PDF."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.reports_pdf.conftest import page_count, page_texts  # noqa: F401  (helpers)
from tests.ui.equipment.conftest import items, people  # noqa: F401  (fixtures)
from ui.documents_preview import PdfPreviewDialog


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[PdfPreviewDialog]]:
    """Every PdfPreviewDialog whose ask() is called, in order (ask returns at once)."""
    shown: list[PdfPreviewDialog] = []

    def ask(self: PdfPreviewDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "ask", ask)
    yield shown


def wait_preview(qtbot: QtBot, shown: list[PdfPreviewDialog], n: int = 1) -> PdfPreviewDialog:
    """Wait until the worker built the PDF and the `n`-th preview was shown."""
    qtbot.waitUntil(lambda: len(shown) >= n, timeout=20_000)
    return shown[n - 1]


def text_of(dialog: PdfPreviewDialog) -> str:
    return "".join(page_texts(dialog.pdf))
