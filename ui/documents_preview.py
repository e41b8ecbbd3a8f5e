"""Print preview of the real PDF (QtPdf's QPdfDocument + QPdfView), printing through the
system printer dialog, save as PDF, zoom; and building a case archive in a worker with
progress and cancel.

Entry points for pages: `PdfPreviewDialog.open_for_case(ctx, actor, case_id, doc_type,
parent)` (the issued document when there is one, else a 草稿) and
`PdfPreviewDialog.open_archive(ctx, actor, case_id, parent)`. `ask()` / `ask_save_path()` /
`ask_printer()` are the only blocking calls; tests replace them.

QtPdf comes from the `PySide6-Pdf` wheel (pyside6-pdf 6.12.0.140 matches PySide6-Essentials
6.12.0). Without it the dialog still saves the PDF and says why there is no preview.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

try:  # QtPdf is an optional wheel (PySide6-Pdf)
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_QTPDF = False

PRINT_DPI = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreviewDialog", text)


class PdfPreviewDialog(QDialog):
    """Shows one PDF (bytes) page by page; prints it or saves it."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, *,
                 file_name: str = "文书.pdf",
                 on_print: Callable[[], bytes | None] | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self._on_print = on_print  # audits a reprint; may return the bytes to print
        self.setWindowTitle(title)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        # A4 portrait fits 960 px high; on 1366×768 screens stay inside the screen
        self.resize(820, 960 if screen is None else min(960, screen.height() - 40))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.print_button = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "打印…"))
        self.save_button = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "另存为…"))
        self.zoom_in_button = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "放大"))
        self.zoom_out_button = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "缩小"))
        self.fit_button = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "适合宽度"))
        self.close_button = QPushButton(QCoreApplication.translate("PdfPreviewDialog", "关闭"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.setToolTip(QCoreApplication.translate("PdfPreviewDialog", "打印（Ctrl+P）"))
        for b in (self.print_button, self.save_button, self.zoom_out_button,
                  self.zoom_in_button, self.fit_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.page_label = QLabel()
        bar.addWidget(self.page_label)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.document: Any = None
        self.view: Any = None
        self._buffer: QBuffer | None = None
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.view, 1)
            self.page_label.setText(QCoreApplication.translate("PdfPreviewDialog", "共 {n} 页").format(n=self.page_count()))
        else:
            msg = QLabel(QCoreApplication.translate("PdfPreviewDialog", "本机缺少 QtPdf 组件，无法预览和打印；可以“另存为”后用 PDF 阅读器打开。"))
            msg.setWordWrap(True)
            layout.addWidget(msg, 1)
            for b in (self.print_button, self.zoom_in_button, self.zoom_out_button, self.fit_button):
                b.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(0.8))
        self.fit_button.clicked.connect(self.fit_width)
        self.close_button.clicked.connect(self.accept)

    # --- blocking calls, replaced in tests ------------------------------------------------

    def ask(self) -> int:
        """Show the dialog modally."""
        return int(self.exec())

    def ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PdfPreviewDialog", "另存为 PDF"), self.file_name,
                                              QCoreApplication.translate("PdfPreviewDialog", "PDF 文件 (*.pdf)"))
        return path

    def ask_printer(self) -> Any:
        """The printer the user chose in the system print dialog, or None."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dlg = QPrintDialog(printer, self)
        dlg.setMinMax(1, max(1, self.page_count()))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    # --- actions ----------------------------------------------------------------------------

    def page_count(self) -> int:
        return int(self.document.pageCount()) if self.document is not None else 0

    def zoom(self, factor: float) -> None:
        if self.view is None:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        if self.view is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def save_as(self) -> Path | None:
        path = self.ask_save_path()
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        out.write_bytes(self.pdf)
        return out

    def print_document(self) -> int:
        """Print through the system dialog: each page rendered at printer resolution (in the
        GUI thread, with a cancellable progress dialog). Returns the pages printed."""
        if self.document is None:
            return 0
        printer = self.ask_printer()
        if printer is None:
            return 0
        if self._on_print is not None:
            self._on_print()
        return self.print_to(printer)

    def print_to(self, printer: Any) -> int:
        from PySide6.QtPrintSupport import QPrinter

        total = self.page_count()
        first, last = 1, total
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(total, printer.toPage() or total)
        progress = QProgressDialog(QCoreApplication.translate("PdfPreviewDialog", "正在打印…"), QCoreApplication.translate("PdfPreviewDialog", "取消"), 0, last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, QCoreApplication.translate("PdfPreviewDialog", "打印"), QCoreApplication.translate("PdfPreviewDialog", "无法启动打印机。"))
            return 0
        printed = 0
        try:
            dpi = min(PRINT_DPI, max(72, printer.resolution()))
            for n in range(first - 1, last):
                if progress.wasCanceled():
                    printer.abort() if hasattr(printer, "abort") else None
                    break
                if printed:
                    printer.newPage()
                size_pt = self.document.pagePointSize(n)
                px = QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi))
                image = self.document.render(n, px, QPdfDocumentRenderOptions())
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(
                    QPointF(0, 0).toPoint(),
                    image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation))
                printed += 1
                progress.setValue(printed)
                QCoreApplication.processEvents()
        finally:
            painter.end()
            progress.close()
        return printed

    # --- entry points for the case pages ------------------------------------------------------

    @classmethod
    def for_case(cls, ctx: Any, actor: Any, case_id: str, doc_type: Any,
                 parent: QWidget | None = None) -> PdfPreviewDialog:
        """The dialog for one document of a case (not shown)."""
        from app.documents.types import DOC_TYPES
        from app.services import case_documents as cd
        from app.services import documents as doc_service

        kind = cd.resolve_doc_type(str(doc_type))
        title = DOC_TYPES[kind].title
        current = cd.issued_document(ctx, case_id, kind)
        if current is not None:
            pdf = doc_service.document_pdf(ctx, current.id)
            caption = f"{title}　{current.number_text}"

            def on_print() -> bytes:
                return doc_service.reprint_document(ctx, actor, current.id)  # audited

            return cls(pdf, caption, parent, file_name=f"{current.number_text}.pdf",
                       on_print=on_print)
        pdf = cd.render_case_document(ctx, case_id, kind, draft=True)
        return cls(pdf, QCoreApplication.translate("PdfPreviewDialog", "{title}（草稿）").format(title=title), parent,
                   file_name=f"{title}（草稿）.pdf")

    @classmethod
    def open_for_case(cls, ctx: Any, actor: Any, case_id: str, doc_type: Any,
                      parent: QWidget | None = None) -> PdfPreviewDialog:
        """Build and show (modally) the preview of a case document."""
        dlg = cls.for_case(ctx, actor, case_id, doc_type, parent)
        dlg.ask()
        return dlg

    @classmethod
    def open_archive(cls, ctx: Any, actor: Any, case_id: str, parent: QWidget | None = None,
                     on_ready: Callable[[PdfPreviewDialog], None] | None = None) -> ArchiveJob:
        """Build the case archive in a worker (progress dialog with cancel), then show it."""
        job = ArchiveJob(ctx, case_id, parent)

        def done(pdf: bytes) -> None:
            dlg = cls(pdf, QCoreApplication.translate("PdfPreviewDialog", "卷宗"), parent, file_name="卷宗.pdf")
            if on_ready is not None:
                on_ready(dlg)
            else:
                dlg.ask()

        job.finished.connect(done)
        job.start()
        return job


class ArchiveJob(QObject):
    """build_archive on the thread pool; progress to a QProgressDialog, cancel honoured."""

    progressed = Signal(int, int, str)
    finished = Signal(bytes)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, ctx: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(QCoreApplication.translate("PdfPreviewDialog", "正在生成卷宗…"), QCoreApplication.translate("PdfPreviewDialog", "取消"), 0, 100, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", "卷宗"))
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress)

    def cancel(self) -> None:
        self._cancel.set()

    def _show_progress(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(max(1, total))
        self.dialog.setValue(done)
        self.dialog.setLabelText(QCoreApplication.translate("PdfPreviewDialog", "正在生成卷宗：{what}").format(what=what))

    def start(self) -> None:
        from app.services import case_documents as cd
        from ui import tasks

        def work() -> bytes:
            return cd.build_archive(self.ctx, self.case_id,
                                    lambda d, t, w: self.progressed.emit(d, t, w),
                                    self._cancel.is_set)

        def ok(pdf: Any) -> None:
            self.dialog.close()
            self.finished.emit(bytes(pdf))

        def err(exc: BaseException) -> None:
            self.dialog.close()
            if isinstance(exc, cd.ArchiveCancelled):
                self.cancelled.emit()
            else:
                self.failed.emit(exc)

        tasks.run_in_background(work, ok, err)
