"""Building a report PDF off the GUI thread, then showing it in the print preview.

Pages call `preview_pdf(parent, build, title, file_name, on_error=...)`: `build()` runs on the
thread pool (plain ids in, PDF bytes out, no widgets or ORM objects), the preview
(`ui.documents_preview.PdfPreviewDialog`, print / save as / zoom) opens in the GUI thread.
`PdfPreviewDialog.ask` is the only blocking call; tests replace it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.errors import DomainError
from ui import tasks
from ui.documents_preview import PdfPreviewDialog
from ui.errors import error_text

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfOutputs", text)


def preview_pdf(
    parent: QWidget,
    build: Callable[[], bytes],
    title: str,
    file_name: str,
    *,
    on_error: Callable[[str], None] | None = None,
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> None:
    """Run `build` in a worker, then open the preview of its PDF (modal, over `parent`).

    A refusal (DomainError) or failure goes to `on_error` as translated text."""

    def done(pdf: bytes) -> None:
        if not isValid(parent):
            return
        dialog = PdfPreviewDialog(bytes(pdf), title, parent, file_name=file_name)
        if on_shown is not None:
            on_shown(dialog)
        dialog.ask()

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            log.error("Building %s failed", file_name, exc_info=exc)
        if on_error is not None and isValid(parent):
            on_error(QCoreApplication.translate("PdfOutputs", "无法生成 PDF：{error}").format(error=error_text(exc)))

    tasks.run_in_background(build, done, failed)
