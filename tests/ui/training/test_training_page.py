"""培训 page: bulk entry of a 20-person session, refused input, chart and table against the
service, the xlsx import preview and confirmation, the 培训登记卡, permissions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind
from app.rules.training import (
    OrganiserLevel,
    TrainingCategory,
    TrainingMode,
)
from app.services import training, training_queries
from ui.pages.training import OfficerModel, TrainingPage
from ui.pages.training_entry import TrainingEntryDialog

from .conftest import Register, counts

# The offscreen platform warns when a window is shown; nothing to fix in the page.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot: QtBot, ctx: AppContext, actor: Actor) -> TrainingPage:
    page = TrainingPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    return page


def _reloaded(qtbot: QtBot, page: TrainingPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass


def _record(
    ctx: AppContext,
    admin: Actor,
    people: list[str],
    *,
    units: str = "3",
    category: TrainingCategory = TrainingCategory.BUSINESS,
    start: date = date(2026, 4, 1),
    title: str = "业务培训",
) -> None:
    training.record_event(
        ctx,
        admin,
        training.EventInput(
            title=title,
            organiser_level=OrganiserLevel.OWN_UNIT,
            category=category,
            mode=TrainingMode.OFFLINE,
            start_date=start,
            stated_units=units,
        ),
        people,
    )


def _open_entry(qtbot: QtBot, page: TrainingPage) -> TrainingEntryDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, TrainingEntryDialog) and dialog.isVisible()
    return dialog


def test_bulk_entry_of_a_20_person_session(
    qtbot: QtBot, ctx: AppContext, admin: Actor, register: Register
) -> None:
    page = _page(qtbot, ctx, admin)
    dialog = _open_entry(qtbot, page)
    picker = dialog.picker
    assert picker.counter_label.text() == "已选 0 人"
    dialog.title_edit.setText("行政处罚法专题培训")
    dialog.category_combo.setCurrentIndex(
        dialog.category_combo.findData(TrainingCategory.PUBLIC_LAW)
    )
    dialog.start_edit.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(dialog.minutes_edit, "135")
    assert dialog.credit_label.text() == "每人计 3.0 学时（45 分钟折 1 学时）"

    # Type-to-filter: one match, Enter ticks it; Space on the list toggles the current row.
    picker.filter_edit.setText("李娜")
    assert [i.text() for i in picker.visible_items()] == ["李娜"]
    QTest.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.counter_label.text() == "已选 1 人"
    picker.list.setFocus()
    QTest.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.counter_label.text() == "已选 0 人"

    # 王: twenty officers and the auxiliary 王辅; the sworn filter leaves the twenty.
    picker.filter_edit.setText("王")
    assert len(picker.visible_items()) == 21
    picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(StaffKind.SWORN))
    assert len(picker.visible_items()) == 20
    qtbot.mouseClick(picker.select_all_button, Qt.MouseButton.LeftButton)
    assert picker.counter_label.text() == "已选 20 人"
    assert sorted(picker.selected_ids()) == sorted(register.wangs)
    assert dialog.ok_button.text() == "保存 20 人(Ctrl+Enter)"

    before = counts(ctx)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    after = counts(ctx)
    assert after.events - before.events == 1
    assert after.attendances - before.attendances == 20
    assert after.audit - before.audit == 1  # one transaction, one audit entry
    events = training.list_events(ctx, admin, 2026)
    assert [(e.title, e.attendee_count, e.units_text) for e in events] == [
        ("行政处罚法专题培训", 20, "3.0")
    ]
    assert events[0].category is TrainingCategory.PUBLIC_LAW and events[0].concentrated
    _reloaded(qtbot, page)
    units = {r.name: r.progress.counted_units_text for r in page.model.rows}
    assert units["王伟"] == "3.0" and units["李娜"] == "0.0"
    assert "20 人参训" in page.status_label.text()


def test_ctrl_enter_saves(qtbot: QtBot, ctx: AppContext, admin: Actor, register: Register) -> None:
    dialog = TrainingEntryDialog(ctx, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.title_edit.setText("体能训练")
    dialog.units_edit.setText("2")
    dialog.picker.filter_edit.setText("张队长")
    QTest.keyClick(dialog.picker.filter_edit, Qt.Key.Key_Return)  # ticks, does not save
    assert dialog.isVisible() and dialog.picker.selected_ids() == [register.ids["张队长"]]
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.keyClick(
            dialog.picker.filter_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert dialog.saved is not None and dialog.saved.attendee_count == 1


def test_end_before_start_is_refused_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, admin: Actor, register: Register
) -> None:
    page = _page(qtbot, ctx, admin)
    dialog = _open_entry(qtbot, page)
    dialog.title_edit.setText("执法文书写作")
    dialog.units_edit.setText("2")
    dialog.start_edit.setDate(QDate(2026, 5, 10))
    dialog.end_edit.setDate(QDate(2026, 5, 9))
    dialog.picker.filter_edit.setText("王")
    dialog.picker.select_all_filtered()
    before = counts(ctx)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "结束日期早于开始日期。"
    assert dialog.error_label.styleSheet() == "color: #c62828;"
    assert counts(ctx) == before

    # No attendee ticked: refused in the dialog too.
    dialog.end_edit.setDate(QDate(2026, 5, 10))
    dialog.picker.clear_selection()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.text() == "请至少勾选一名参训人员。"
    # Neither 学时 nor a duration: the service's message.
    dialog.picker.select_all_filtered()
    dialog.units_edit.setText("")
    assert dialog.credit_label.text() == "请填写学时，或填写时长（45 分钟折 1 学时）"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请填写学时，或填写培训时长（分钟，45 分钟折 1 学时）。"
    assert counts(ctx) == before


def test_chart_and_table_equal_year_progress(
    qtbot: QtBot, ctx: AppContext, admin: Actor, register: Register
) -> None:
    wangs = register.wangs
    _record(ctx, admin, wangs[:5] + [register.ids["张队长"]], units="62", title="全年专题")
    _record(ctx, admin, wangs[5:12], units="50.5", title="执法技能")
    _record(ctx, admin, wangs[:3], units="4", category=TrainingCategory.ETHICS, title="道德")
    page = _page(qtbot, ctx, admin)
    progress = training.year_progress(ctx, admin, 2026)
    model = page.model
    assert model.rowCount() == len(progress) == 22  # sworn only; the auxiliary is not bound
    for i, p in enumerate(progress):

        def cell(col: int, i: int = i) -> object:
            return model.data(model.index(i, col))

        assert cell(OfficerModel.NAME) == p.name
        assert cell(OfficerModel.UNITS) == p.counted_units_text
        assert cell(OfficerModel.DAYS) == p.days_text
        assert cell(OfficerModel.CONCENTRATED) == str(p.tally.concentrated)
        assert page.chart.bars[i].staff_id == p.staff_id
        assert page.chart.bars[i].seconds == p.tally.counted_seconds
    lights = {r.name: r.light for r in page.model.rows}
    # 23 November: 62 done, 50.5 behind but catchable, 0 far below.
    assert lights["王伟"] is training_queries.Light.GREEN
    assert lights["王丽"] is training_queries.Light.YELLOW
    assert lights["王平"] is training_queries.Light.RED
    assert model.data(model.index(0, OfficerModel.LIGHT)) in {"进度正常", "进度落后", "难以完成"}
    assert "在编执法队员 22 人：已满 60 学时 6 人" in page.summary_label.text()
    assert "辅助人员 1 人 ≤ 在编执法队员 22 人" in page.summary_label.text()
    rot = training.first_rotation_status(ctx, admin)
    assert (
        f"首轮全员轮训（期限 {rot.deadline.isoformat()}）：按期完成 {len(rot.on_time)} 人，"
        f"逾期完成 {len(rot.late)} 人，尚未参训 {len(rot.untrained)} 人。"
    ) in page.summary_label.text()
    assert len(rot.on_time) + len(rot.late) + len(rot.untrained) == 22
    banner = page.banner.text()
    assert "2026 年度培训情况须于 2026-11-30 前报送县里" in banner
    assert "执法证 30 天内到期：李娜（2026-12-10）" in banner

    # Category filter: the bars show that category's 学时.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.set_category(TrainingCategory.ETHICS)
    seconds = training_queries.category_seconds(ctx, admin, 2026, TrainingCategory.ETHICS)
    assert {b.staff_id: b.seconds for b in page.chart.bars if b.seconds} == seconds
    assert not page.table.isColumnHidden(OfficerModel.CATEGORY)
    assert not page.chart.show_target  # the 60 line belongs to the counted 学时
    assert page.chart.grab().width() > 0  # paints without error


def test_rotation_deadline_is_set_from_the_page(
    qtbot: QtBot, ctx: AppContext, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, ctx, admin)
    assert page.rotation_action.isVisible()
    monkeypatch.setattr(
        TrainingPage, "ask_rotation_deadline", classmethod(lambda cls, p, cur: date(2026, 12, 31))
    )
    page.rotation_action.trigger()
    assert training.rotation_deadline(ctx) == date(2026, 12, 31)
    qtbot.waitUntil(lambda: "期限 2026-12-31" in page.summary_label.text(), timeout=10_000)
