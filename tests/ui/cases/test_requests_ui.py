"""The 期限 tab's request buttons: 征求部门意见… opens the opinion deadline (5 working days),
登记部门意见… meets it; 安排听证… refuses a too-short notice in red."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.rules.deadlines import Deadline
from app.services import case_deadlines
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.cases.test_requests import _to_hearing
from tests.ui.cases.conftest import ok, refused
from ui.pages.case_detail import ActionDialog, CaseDetailDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_opinion_request_and_answer_through_the_deadlines_tab(
        qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    d = CaseDetailDialog(cctx, squad.officers[0], ref.id)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentWidget(d.requests_bar.parentWidget())  # the 期限 tab
    bar = d.requests_bar
    assert bar.request_button.isVisible() and not bar.opinion_button.isVisible()
    assert not bar.hearing_button.isVisible()  # no hearing requested
    qtbot.mouseClick(bar.request_button, Qt.MouseButton.LeftButton)
    form = bar.active_dialog
    assert isinstance(form, ActionDialog) and form.isVisible()
    assert "部门" in refused(qtbot, form)  # department left empty
    form.department_edit.setText("区自然资源和规划分局")  # type: ignore[attr-defined]
    form.subject_edit.setPlainText("违法建设认定")  # type: ignore[attr-defined]
    form.day_edit.setDate(QDate(2026, 9, 29))  # type: ignore[attr-defined]
    ok(qtbot, form)
    [x] = [x for x in case_deadlines.case_deadlines(cctx, ref.id)
           if x.kind is Deadline.DEPARTMENT_OPINION]
    assert x.due_on == date(2026, 10, 12) and x.met_at is None
    assert d.deadlines_table.rowCount() == 2  # 立案 + 部门书面意见, reloaded
    assert bar.opinion_button.isVisible()
    qtbot.mouseClick(bar.opinion_button, Qt.MouseButton.LeftButton)
    answer = bar.active_dialog
    assert isinstance(answer, ActionDialog)
    answer.summary_edit.setPlainText("属违法建设。")  # type: ignore[attr-defined]
    ok(qtbot, answer)
    [x] = [x for x in case_deadlines.case_deadlines(cctx, ref.id)
           if x.kind is Deadline.DEPARTMENT_OPINION]
    assert x.met_at is not None and not bar.opinion_button.isVisible()


def test_hearing_too_soon_is_refused_in_the_form(qtbot: QtBot, cctx: AppContext,
                                                 squad: Squad) -> None:
    case_id = _to_hearing(cctx, squad)
    d = CaseDetailDialog(cctx, squad.officers[0], case_id)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentWidget(d.requests_bar.parentWidget())  # the 期限 tab
    bar = d.requests_bar
    assert bar.hearing_button.isVisible()
    qtbot.mouseClick(bar.hearing_button, Qt.MouseButton.LeftButton)
    form = bar.active_dialog
    assert isinstance(form, ActionDialog)
    form.day_edit.setDate(QDate(2026, 11, 30))  # type: ignore[attr-defined]
    assert "2026-12-02" in refused(qtbot, form)
    form.day_edit.setDate(QDate(2026, 12, 2))  # type: ignore[attr-defined]
    ok(qtbot, form)
    assert bar.notice_button.isVisible()
