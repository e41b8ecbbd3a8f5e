"""Keyboard shortcuts of the main window and the 键盘快捷键 help dialog (F1) that lists them.

Shortcuts that act on a page (new summary case, search) are window-wide and look for the page
that can handle them; dialogs keep theirs (Enter saves, Esc cancels, Ctrl+Enter saves and starts
the next summary case, Ctrl+P prints a shown document).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.app_window import AppWindow

NEW_SUMMARY_CASE = "Ctrl+Shift+N"
SEARCH = "Ctrl+F"
PRINT = "Ctrl+P"
SYNC = "Ctrl+Shift+S"  # reserved for 立即同步 (the sync action binds it)
HELP = "F1"
QUIT = "Ctrl+Q"


def shortcut_table() -> list[tuple[str, str]]:
    """(keys, what they do) as shown in the help dialog, translated."""
    return [
        (NEW_SUMMARY_CASE, QCoreApplication.translate("Shortcuts", "新建简易程序案件（当场处罚）")),
        ("Ctrl+N", QCoreApplication.translate("Shortcuts", "案件页：简易程序案件")),
        (SEARCH, QCoreApplication.translate("Shortcuts", "搜索：跳到当前页的搜索框")),
        (PRINT, QCoreApplication.translate("Shortcuts", "打印正在预览的文书")),
        (SYNC, QCoreApplication.translate("Shortcuts", "立即与县局同步")),
        ("Enter", QCoreApplication.translate("Shortcuts", "对话框：保存（确定）")),
        ("Ctrl+Enter", QCoreApplication.translate("Shortcuts", "简易程序表单：保存并新建下一件")),
        ("Esc", QCoreApplication.translate("Shortcuts", "对话框：取消并关闭")),
        ("Tab / Shift+Tab", QCoreApplication.translate("Shortcuts", "下一个 / 上一个输入项")),
        (HELP, QCoreApplication.translate("Shortcuts", "显示本快捷键列表")),
        (QUIT, QCoreApplication.translate("Shortcuts", "退出程序")),
    ]


def key_text(keys: str) -> str:
    """Keys as the platform writes them (Ctrl on Windows/Linux, ⌘ on macOS)."""
    if "/" in keys:
        return " / ".join(key_text(k.strip()) for k in keys.split("/"))
    text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    return text or keys


class ShortcutsDialog(QDialog):
    """帮助 → 键盘快捷键 (F1): the shortcuts in a two-column table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("键盘快捷键"))
        rows = shortcut_table()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("作用")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for r, (keys, text) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(key_text(keys)))
            self.table.setItem(r, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("在表单中按 Tab 依次经过各输入项；按钮上带下划线的字母可与 Alt 同按。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.resize(560, 440)


def install(window: AppWindow) -> None:
    """The window-wide shortcuts (after attach: they act on the pages)."""
    shortcuts = {
        NEW_SUMMARY_CASE: lambda: new_summary_case(window),
        SEARCH: lambda: focus_search(window),
    }
    window.shortcuts_action.setShortcut(QKeySequence(HELP))
    window.shortcuts = [  # type: ignore[attr-defined]
        QShortcut(QKeySequence(keys), window, activated=fn,
                  context=Qt.ShortcutContext.WindowShortcut)
        for keys, fn in shortcuts.items()
    ]


def new_summary_case(window: AppWindow) -> None:
    """Ctrl+Shift+N: go to the cases page and open a new summary case there."""
    from ui.pages.cases import CasesPage

    page = window.page_of_type(CasesPage)
    if isinstance(page, CasesPage):
        window.show_page(page)
        page.summary_case()


def focus_search(window: AppWindow) -> None:
    """Ctrl+F: the current page's search field."""
    page = window.stack.currentWidget()
    if page is None:
        return
    if hasattr(page, "focus_search"):
        page.focus_search()
        return
    edit = getattr(page, "search_edit", None)
    if isinstance(edit, QLineEdit):
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()
