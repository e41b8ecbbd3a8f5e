"""The decision clock on the case detail: pause (听证/鉴定/公告/中止) and resume move the 90-day
due date by the paused days; an extension needs the leader (an officer gets the refusal)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.deadlines import decision_due
from app.rules.workflow import Move
from app.services import cases, reference_data
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.conftest import FakeClock
from tests.ui.cases.conftest import ok, refused
from ui.pages._forms import to_qdate
from ui.pages.case_detail import ActionDialog, CaseDetailDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _detail(qtbot: QtBot, ctx: AppContext, actor: Actor, case_id: str) -> CaseDetailDialog:
    d = CaseDetailDialog(ctx, actor, case_id)
    qtbot.addWidget(d)
    d.show()
    return d


def _click(qtbot: QtBot, d: CaseDetailDialog, key: str) -> ActionDialog:
    assert key in d.action_buttons, sorted(d.action_buttons)
    qtbot.mouseClick(d.action_buttons[key], Qt.MouseButton.LeftButton)
    dialog = d.active_dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    return dialog


def _decision_due(d: CaseDetailDialog) -> date:
    t = d.deadlines_table
    for r in range(t.rowCount()):
        if t.item(r, 0).text() == "作出决定":
            return date.fromisoformat(t.item(r, 2).text()[:10])
    raise AssertionError("no decision deadline row")


def _expected(ctx: AppContext, filed_on: date, paused: int = 0, extension: int = 0) -> date:
    """90 calendar days from filing plus paused and extension days (a due date on a rest day
    moves to the next working day)."""
    return decision_due(reference_data.calendar(ctx), filed_on, paused, extension).day


def _filed_case(cctx: AppContext, squad: Squad) -> str:
    ref = register(cctx, squad)
    cases.move(cctx, squad.leader, ref.id, Move.FILE, cases.MoveRequest())
    return ref.id


def test_pause_then_resume_moves_decision_due(qtbot: QtBot, cctx: AppContext, squad: Squad,
                                              clock: FakeClock) -> None:
    case_id = _filed_case(cctx, squad)
    officer = squad.officers[0]
    filed_on = cctx.clock.today()
    d = _detail(qtbot, cctx, officer, case_id)
    due0 = _decision_due(d)
    assert due0 == _expected(cctx, filed_on)
    assert "resume" not in d.action_buttons
    # reason required: the service's message
    pause = _click(qtbot, d, "pause")
    assert refused(qtbot, pause) == "请填写原因。" or "原因" in pause.error_label.text()
    pause.kind_combo.setCurrentIndex(pause.kind_combo.findText("鉴定"))  # type: ignore[attr-defined]
    pause.start_edit.setDate(to_qdate(cctx.clock.today()))  # type: ignore[attr-defined]
    pause.reason_edit.setPlainText("委托质监站检测摊位设施。")  # type: ignore[attr-defined]
    ok(qtbot, pause)
    assert "计时中止（鉴定）" in d.clock_label.text() and "进行中" in d.clock_label.text()
    assert "resume" in d.action_buttons
    # 12 days later the appraisal is back: resume on that day
    clock.advance(days=12)
    d = _detail(qtbot, cctx, officer, case_id)
    resume = _click(qtbot, d, "resume")
    assert resume.kind_combo.currentText() == "鉴定"  # type: ignore[attr-defined]
    resume.end_edit.setDate(to_qdate(cctx.clock.today()))  # type: ignore[attr-defined]
    ok(qtbot, resume)
    assert _decision_due(d) == _expected(cctx, filed_on, paused=12)
    assert (_decision_due(d) - due0).days in (11, 12, 13)  # 12 days, give or take a rest day
    assert "resume" not in d.action_buttons
    assert "12 天" in d.clock_label.text()


def test_extension_needs_the_leader(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    case_id = _filed_case(cctx, squad)
    filed_on = cctx.clock.today()
    d = _detail(qtbot, cctx, squad.officers[0], case_id)
    due0 = _decision_due(d)
    ext = _click(qtbot, d, "extend")
    ext.days_spin.setValue(30)  # type: ignore[attr-defined]
    ext.reason_edit.setPlainText("案情复杂，需进一步调查。")  # type: ignore[attr-defined]
    assert refused(qtbot, ext) == "当前用户（执法队员）无权执行此操作。" or \
        ext.error_label.text().endswith("无权执行此操作。")
    ext.reject()
    assert _decision_due(_detail(qtbot, cctx, squad.officers[0], case_id)) == due0
    # the leader approves
    d = _detail(qtbot, cctx, squad.leader, case_id)
    ext = _click(qtbot, d, "extend")
    ext.days_spin.setValue(30)  # type: ignore[attr-defined]
    ext.reason_edit.setPlainText("案情复杂，需进一步调查。")  # type: ignore[attr-defined]
    ok(qtbot, ext)
    assert _decision_due(d) == _expected(cctx, filed_on, extension=30)
    assert abs((_decision_due(d) - due0).days - 30) <= 2
    assert "批准延期 30 天" in d.clock_label.text() and "张队长" in d.clock_label.text()
