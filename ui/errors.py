"""Turning domain errors and labels into translated text, and the uncaught-exception hook."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import DomainError

log = logging.getLogger(__name__)


def _tr_param(value: Any) -> Any:
    """Translate a Chinese string parameter (a field label, a status) if a translation exists."""
    if not isinstance(value, str) or value.isascii():
        return value
    for context in ("DomainError", "Labels"):
        text = QCoreApplication.translate(context, value)
        if text != value:
            return text
    return value


def error_text(exc: BaseException) -> str:
    """The message to show for `exc`: a DomainError's template translated, then formatted."""
    if isinstance(exc, DomainError):
        template = QCoreApplication.translate("DomainError", exc.template)
        params = {k: _tr_param(v) for k, v in exc.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return exc.message
    return str(exc) or type(exc).__name__


def label_text(label: str) -> str:
    """A domain label (role, certificate status…) translated in context "Labels"."""
    return QCoreApplication.translate("Labels", label)


class CrashDialog:
    """The dialog shown for an uncaught exception; tests replace `ask`."""

    @classmethod
    def ask(cls, message: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        """Show the short message and where the log file is (blocks in exec())."""
        from PySide6.QtWidgets import QMessageBox  # here: PySide6 makes the class on first use

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "程序出错"))
        box.setText(message)
        if log_path is not None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "CrashDialog", "详细信息已写入日志文件：\n{path}\n请将此文件发给技术支持人员。"
                ).format(path=str(log_path))
            )
        box.addButton(
            QCoreApplication.translate("CrashDialog", "关闭"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()


_log_path: Path | Callable[[], Path] | None = None
_in_hook = False
_interactive = True


def handle_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: log the traceback, then tell the user (once at a time)."""
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if not _interactive:
        # Headless runs (benchmarks): no dialog to block on; report and stop.
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if QApplication.instance() is not None:
            QApplication.exit(1)
        return
    if _in_hook or QApplication.instance() is None:
        return
    _in_hook = True
    try:
        if isinstance(exc, DomainError):
            message = error_text(exc)
        else:
            message = QCoreApplication.translate(
                "CrashDialog", "程序遇到意外错误，当前操作未完成。已保存的数据不受影响。"
            )
        CrashDialog.ask(message, _log_path() if callable(_log_path) else _log_path)
    finally:
        _in_hook = False


def install_excepthook(
    log_path: Path | Callable[[], Path] | None, *, interactive: bool = True
) -> None:
    """Route uncaught exceptions to handle_uncaught, naming `log_path` in the dialog (a
    function giving it: asked only when the dialog shows).

    With interactive=False no dialog is shown: the traceback goes to stderr and the app exits 1.
    """
    global _log_path, _interactive
    _log_path = log_path
    _interactive = interactive
    sys.excepthook = handle_uncaught
