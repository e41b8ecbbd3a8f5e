"""联合执法 from the case list: the leader starts a regular action, a 专项 one dated too soon is
refused with the service's message, and an officer links a case the squad filed afterwards."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.services import case_search, case_transfers
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.ui.cases.conftest import ok, refused
from ui.pages._forms import to_qdate
from ui.pages.cases import CasesPage
from ui.pages.joint_actions import (
    JointActionsDialog,
    LinkJointCaseDialog,
    StartJointActionDialog,
    split_departments,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _joint(qtbot: QtBot, ctx: AppContext, actor) -> JointActionsDialog:  # type: ignore[no-untyped-def]
    page = CasesPage(ctx, actor)
    qtbot.addWidget(page)
    page.show()
    assert page.joint_button.isVisible()
    qtbot.mouseClick(page.joint_button, Qt.MouseButton.LeftButton)
    d = page.active_dialog
    assert isinstance(d, JointActionsDialog) and d.isVisible()
    return d


def _start(qtbot: QtBot, d: JointActionsDialog) -> StartJointActionDialog:
    qtbot.mouseClick(d.start_button, Qt.MouseButton.LeftButton)
    form = d.active_dialog
    assert isinstance(form, StartJointActionDialog) and form.isVisible()
    return form


def test_split_departments() -> None:
    assert split_departments("市场监管所、派出所, 环保站；\n") == ["市场监管所", "派出所", "环保站"]


def test_create_refuse_and_link(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    leader, officer = squad.leader, squad.officers[0]
    d = _joint(qtbot, cctx, leader)
    assert d.table.rowCount() == 0
    # 专项 two days ahead: refused with the service's message, nothing written
    form = _start(qtbot, d)
    form.kind_combo.setCurrentIndex(form.kind_combo.findText("专项"))
    form.title_edit.setText("餐饮油烟专项整治")
    form.departments_edit.setText("市场监管所、生态环境分局")
    form.plan_edit.setPlainText("分三组检查沿街餐饮店油烟净化设施。")
    form.date_edit.setDate(to_qdate(cctx.clock.today() + timedelta(days=2)))
    earliest = (cctx.clock.today() + timedelta(days=5)).isoformat()
    assert refused(qtbot, form) == f"专项联合执法须提前 5 日申请，最早可安排在 {earliest}。"
    assert case_transfers.joint_actions(cctx) == []
    # moved to the earliest day: accepted
    form.date_edit.setDate(to_qdate(cctx.clock.today() + timedelta(days=5)))
    ok(qtbot, form)
    form = _start(qtbot, d)  # and a regular one today
    form.title_edit.setText("人行道违停联合整治")
    form.departments_edit.setText("交警中队")
    ok(qtbot, form)
    assert d.table.rowCount() == 2
    actions = case_transfers.joint_actions(cctx)
    special = next(a for a in actions if a.kind is case_transfers.JointKind.SPECIAL)
    assert special.applied_at is not None and special.lead_department == "孝顺镇综合行政执法队"
    assert special.departments[0] == "孝顺镇综合行政执法队"

    # an officer may link, not start
    ref = register(cctx, squad)
    number = case_search.case_detail(cctx, ref.id).number
    d = _joint(qtbot, cctx, officer)
    assert not d.start_button.isVisible() and d.link_button.isVisible()
    d.table.selectRow(next(r for r, a in enumerate(d.joint_actions) if a.id == special.id))
    qtbot.mouseClick(d.link_button, Qt.MouseButton.LeftButton)
    link = d.active_dialog
    assert isinstance(link, LinkJointCaseDialog)
    assert refused(qtbot, link) == "请填写案件编号。"
    link.department_combo.setCurrentIndex(link.department_combo.findText("孝顺镇综合行政执法队"))
    link.number_edit.setText(number)
    ok(qtbot, link)
    # a department's own case, by number only
    qtbot.mouseClick(d.link_button, Qt.MouseButton.LeftButton)
    link = d.active_dialog
    assert isinstance(link, LinkJointCaseDialog)
    link.department_combo.setCurrentIndex(link.department_combo.findText("市场监管所"))
    link.number_edit.setText("孝市监罚〔2026〕88号")
    ok(qtbot, link)
    assert d.selected() is not None and d.selected().id == special.id  # type: ignore[union-attr]
    assert d.cases_table.rowCount() == 2
    linked = next(a for a in case_transfers.joint_actions(cctx) if a.id == special.id).cases
    assert ("孝顺镇综合行政执法队", number, ref.id) in linked
    assert ("市场监管所", "孝市监罚〔2026〕88号", None) in linked
