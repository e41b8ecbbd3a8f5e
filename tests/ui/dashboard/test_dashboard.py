"""工作台: the figures equal the services' own answers on a demo store; tiles by permission;
a tile click switches the main window's page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.deadlines import Urgency
from app.rules.equipment import DueState
from app.rules.roles import Permission
from app.services import (
    case_deadlines,
    case_search,
    equipment,
    equipment_reports,
    staff,
    training,
    training_queries,
)
from app.services.dashboard import (
    DUE_STATE_TONES,
    LIGHT_TONES,
    REPORT_TONES,
    DashboardData,
    dashboard,
    status_rows,
)
from app.reads.cases import DEADLINE_LABELS
from app.rules.training import CERT_ALERT_LABELS
from tests.ui.dashboard.conftest import login
from ui.app_window import AppWindow
from ui.pages.case_stats import StatisticsPage
from ui.pages.cases import CasesPage
from ui.pages.dashboard import DashboardPage
from ui.pages.equipment import EquipmentPage
from ui.pages.training import TrainingPage
from ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _loaded(qtbot: QtBot, page: DashboardPage) -> DashboardData:
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not None and not page.running, timeout=10_000)
    assert page.data is not None
    return page.data


def test_figures_equal_the_services(dctx: AppContext, leader: Actor) -> None:
    today = dctx.clock.today()
    d = dashboard(dctx, leader, today)
    assert d.cases is not None and d.training is not None
    assert d.equipment is not None and d.staff is not None and d.sync is not None

    attention = case_deadlines.attention_list(dctx)
    assert d.cases.overdue == case_deadlines.overdue_count(dctx)
    assert d.cases.due_soon == sum(1 for a in attention if a.urgency is Urgency.DUE_SOON)
    assert [(a.case_number, a.label, a.due_on) for a in d.cases.attention] == [
        (a.case_number, DEADLINE_LABELS[a.kind], a.due_on) for a in attention[:5]]
    assert [a.tone for a in d.cases.attention] == [
        "red" if a.urgency is Urgency.OVERDUE else "amber" for a in attention[:5]]
    stats = case_search.statistics(dctx)
    assert d.cases.total == stats.total > 0
    assert d.cases.by_status == status_rows(stats.by_status)

    ov = training_queries.overview(dctx, leader, today.year, today=today)
    assert [(o.name, o.counted_seconds, o.tone) for o in d.training.officers] == [
        (r.progress.name, r.progress.tally.counted_seconds, LIGHT_TONES[r.light]) for r in ov.rows
    ]
    assert sum(d.training.lights) == len(ov.rows)
    assert d.training.reached == sum(1 for r in ov.rows if r.progress.verdict.units_ok)
    alerts = training.certificate_alerts(dctx, leader, today)
    assert [(a.name, a.label) for a in d.training.cert_alerts] == [
        (a.name, CERT_ALERT_LABELS[a.level]) for a in alerts]
    assert d.training.report_tone == REPORT_TONES[training.report_due_reminder(dctx, today).level]

    report = equipment_reports.compliance(dctx)
    assert [(g.name, g.required, g.held) for g in d.equipment.gaps] == [
        (g.name, g.required, g.held) for g in report.gaps
    ]
    maint = equipment.maintenance_alerts(dctx, today)
    assert d.equipment.maintenance_overdue == sum(1 for m in maint if m.state is DueState.OVERDUE)
    assert d.equipment.maintenance_due_soon == sum(1 for m in maint if m.state is DueState.DUE_SOON)
    assert [m.tone for m in d.equipment.maintenance] == [
        DUE_STATE_TONES[m.state] for m in maint[:5]]
    assert d.equipment.overdue_loans == len(equipment.overdue_loans(dctx, today))

    comp = staff.squad_composition(dctx)
    assert (d.staff.sworn, d.staff.auxiliaries, d.staff.within_limit) == (
        comp.sworn, comp.auxiliaries, comp.within_limit)
    assert d.sync.enrolled is False  # the demo store is not enrolled with a county server


def test_status_rows_follow_the_workflow_with_unknown_codes_last() -> None:
    rows = status_rows({"closed": 3, "zz_old": 1, "received": 2, "filed": 5})
    assert rows == (("受案", 2), ("已立案", 5), ("已结案", 3), ("zz_old", 1))


def test_parts_follow_permissions(dctx: AppContext, demo_admin: Actor) -> None:
    assert not demo_admin.can(Permission.VIEW_CASES)
    d = dashboard(dctx, demo_admin, dctx.clock.today())
    assert d.cases is None
    assert d.training is not None and d.equipment is not None and d.staff is not None
    auxiliary = login(dctx, "liujun")  # 辅助人员: none of the dashboard's permissions
    d = dashboard(dctx, auxiliary, dctx.clock.today())
    assert (d.cases, d.training, d.equipment, d.staff, d.sync) == (None,) * 5


def test_page_shows_the_figures(qtbot: QtBot, dctx: AppContext, leader: Actor) -> None:
    page = DashboardPage(dctx, leader)
    qtbot.addWidget(page)
    d = _loaded(qtbot, page)
    assert d == dashboard(dctx, leader, dctx.clock.today())
    assert d.cases is not None and d.training is not None and d.equipment is not None
    tiles = page.tiles
    assert tiles["deadlines"].number_label.text() == f"{case_deadlines.overdue_count(dctx):,}"
    assert str(d.cases.due_soon) in tiles["deadlines"].caption_label.text()
    assert tiles["case_status"].number_label.text() == f"{case_search.statistics(dctx).total:,}"
    assert sum(n for _label, n in page.status_chart.rows) == d.cases.total
    assert tiles["training"].number_label.text() == f"{d.training.reached}/{len(d.training.officers)}"
    assert [h for _n, h, _l in page.hours_chart.officers] == [
        o.counted_seconds / 2700 for o in d.training.officers]
    assert page.hours_chart.required == 60
    assert tiles["certificates"].number_label.text() == str(
        len(training.certificate_alerts(dctx, leader, dctx.clock.today())))
    assert tiles["equipment_gaps"].number_label.text() == str(
        len(equipment_reports.compliance(dctx).gaps))
    assert tiles["maintenance"].number_label.text() == str(
        len(equipment.maintenance_alerts(dctx, dctx.clock.today())))
    comp = staff.squad_composition(dctx)
    assert tiles["staff"].number_label.text() == str(comp.sworn + comp.auxiliaries)
    assert tiles["sync"].number_label.text() == "未登记县局"
    # The deadlines list: the attention list's first cases, red when overdue.
    attention = case_deadlines.attention_list(dctx)[: len(d.cases.attention)]
    lines = tiles["deadlines"].lines
    assert len(lines.texts()) == len(attention) > 0
    assert all(a.case_number in text for a, text in zip(attention, lines.texts(), strict=True))
    assert lines.colours() == [
        ["#c62828" if a.urgency is Urgency.OVERDUE else "#ef8f00"] for a in attention]
    page.resize(1180, 680)
    page.grab()  # paints both charts and the lists
    assert not any(tile.lines.elided() for tile in tiles.values())


def test_admin_page_has_no_case_tiles(qtbot: QtBot, dctx: AppContext, demo_admin: Actor) -> None:
    page = DashboardPage(dctx, demo_admin)
    qtbot.addWidget(page)
    _loaded(qtbot, page)
    assert "deadlines" not in page.tiles and "case_status" not in page.tiles
    assert {"training", "certificates", "equipment_gaps", "maintenance", "staff", "sync"} <= set(page.tiles)


@pytest.mark.parametrize(
    ("key", "target"),
    [("deadlines", CasesPage), ("case_status", StatisticsPage), ("training", TrainingPage),
     ("maintenance", EquipmentPage)],
)
def test_tile_click_switches_page(
    qtbot: QtBot, dctx: AppContext, leader: Actor, settings: Settings, key: str, target: type
) -> None:
    win = AppWindow(dctx, leader, settings)
    qtbot.addWidget(win)
    win.show()
    page = win.pages[0]
    assert isinstance(page, DashboardPage) and win.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    with qtbot.waitSignal(page.open_page, timeout=2000):
        qtbot.mouseClick(page.tiles[key], Qt.MouseButton.LeftButton)
    assert isinstance(win.stack.currentWidget(), target)
    assert isinstance(win.pages[win.nav.currentRow()], target)
