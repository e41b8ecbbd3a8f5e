"""Keyboard: the window's shortcuts (Ctrl+Shift+N, Ctrl+F, F1), Ctrl+P in the document
preview, tab order in visual order on the quick summary form, Enter saves and Esc cancels,
and a summary case filed with the keyboard only (no mouse)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.services import case_search
from tests.cases.conftest import Squad, cases_template, cctx, squad  # noqa: F401  (fixtures)
from ui.app_window import AppWindow
from ui.pages.cases import CasesPage, SummaryCaseDialog
from ui.pages.staff import StaffPage
from ui.shortcuts import ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)  # offscreen platform: the completer popup


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (Chinese characters as key events carrying their text)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def tab(times: int = 1) -> QWidget:
    for _ in range(times):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def tab_chain(start: QWidget, limit: int = 40) -> list[QWidget]:
    """Widgets reached by Tab from `start` until the focus comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [start]
    for _ in range(limit):
        w = tab()
        if w is start:
            break
        if w is not chain[-1]:  # the date-time edit steps through its sections first
            chain.append(w)
    return chain


def _summary(qtbot: QtBot, cctx: AppContext, squad: Squad) -> tuple[CasesPage, SummaryCaseDialog]:
    page = CasesPage(cctx, squad.officers[0])
    qtbot.addWidget(page)
    page.show()
    page.summary_case()
    d = page.active_dialog
    assert isinstance(d, SummaryCaseDialog)
    with qtbot.waitActive(d):
        d.activateWindow()
    return page, d


def test_summary_form_tabs_in_visual_order(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    _page, d = _summary(qtbot, cctx, squad)
    assert focused() is d.name_edit  # the form opens on the party's name
    expected = [
        d.party_type.citizen, d.name_edit, d.identity.edit, d.phone_edit, d.place_edit,
        d.act_edit, d.item_combo, d.facts_edit, d.fine_radio, d.fine_spin, d.paid_box,
        d.reasons_edit, d.officer1, d.officer2, d.ok_button, d.save_new_button,
        d.buttons.buttons()[-1] if d.buttons.buttons()[-1] not in (d.ok_button, d.save_new_button)
        else None,
    ]  # fmt: skip
    chain = tab_chain(d.party_type.citizen)
    assert chain[: len(expected) - 1] == expected[:-1]
    # Esc cancels the dialog
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert not d.isVisible() and d.result() == 0


def test_summary_case_filed_with_the_keyboard_only(
    qtbot: QtBot, cctx: AppContext, squad: Squad
) -> None:
    page, d = _summary(qtbot, cctx, squad)
    before = len(case_search.case_ids(cctx, page.model.filter, page.model.sort_key))
    type_text(focused(), "吴建国")
    type_text(tab(), "11010519491231002X")
    assert d.identity.check() is None
    type_text(tab(2), "孝顺镇人民路东侧人行道")  # phone left empty
    while focused() is not d.item_combo:  # through the date-time sections
        tab()
    type_text(focused(), "SR-001")
    QTest.keyClick(d.item_combo.completer().popup(), Qt.Key.Key_Down)
    QTest.keyClick(d.item_combo.completer().popup(), Qt.Key.Key_Return)
    assert d.item_combo.code() == "SR-001", d.item_combo.currentText()
    type_text(tab(), "在人行道上摆摊卖水果，占道约 3 平方米。")
    spin = tab(2)
    assert spin is d.fine_spin
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(spin, "100")
    with qtbot.waitSignal(d.accepted, timeout=3000):
        QTest.keyClick(spin, Qt.Key.Key_Return)  # Enter saves (OK is the default button)
    assert d.result_ref is not None
    after = case_search.case_ids(cctx, page.model.filter, page.model.sort_key)
    assert len(after) == before + 1 and d.result_ref.id in after


def test_window_shortcuts(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    window = AppWindow(cctx, squad.leader)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    staff_page = window.page_of_type(StaffPage)
    assert isinstance(staff_page, StaffPage)
    window.show_page(staff_page)
    staff_page.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is staff_page.search_edit
    cases_page = window.page_of_type(CasesPage)
    assert isinstance(cases_page, CasesPage)
    window.show_page(cases_page)
    cases_page.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is cases_page.search_edit
    # F1: the shortcut list, translated texts, closed with Esc
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_dialog = window.shortcuts_dialog
    assert isinstance(help_dialog, ShortcutsDialog) and help_dialog.isVisible()
    keys = [help_dialog.table.item(r, 0).text() for r in range(help_dialog.table.rowCount())]
    assert {"Ctrl+Shift+N", "Ctrl+F", "Ctrl+P", "Ctrl+Shift+S", "F1"} <= set(keys)
    with qtbot.waitActive(help_dialog):
        help_dialog.activateWindow()
    QTest.keyClick(help_dialog, Qt.Key.Key_Escape)
    assert not help_dialog.isVisible()


def test_new_summary_case_shortcut_needs_a_handler(
    qtbot: QtBot, cctx: AppContext, squad: Squad
) -> None:
    window = AppWindow(cctx, squad.officers[0])
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    cases_page = window.page_of_type(CasesPage)
    assert isinstance(cases_page, CasesPage)
    assert window.stack.currentWidget() is cases_page
    assert isinstance(cases_page.active_dialog, SummaryCaseDialog)
    assert cases_page.active_dialog.isVisible()
    cases_page.active_dialog.reject()


def test_ctrl_p_prints_the_shown_document(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from io import BytesIO

    from reportlab.pdfgen import canvas

    from ui.documents_preview import PdfPreviewDialog

    buf = BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.drawString(100, 700, "SquadDesk")
    pdf.save()
    asked: list[bool] = []
    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", lambda self: asked.append(True))
    dialog = PdfPreviewDialog(buf.getvalue(), "PDF")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    QTest.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked))  # a button's shortcut clicks it after its animation
    assert asked == [True]  # the system print dialog was asked for (and cancelled)
