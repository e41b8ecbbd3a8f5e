"""统计 page: numbers equal case_search.statistics; the month chart; the ledger export."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.rules.workflow import PartyType
from app.services import case_search, cases
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.conftest import FakeClock
from ui import tasks
from ui.pages.case_stats import StatisticsPage
from ui.pages.cases import CasesPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_statistics_equal_the_service(qtbot: QtBot, cctx: AppContext, squad: Squad,
                                      clock: FakeClock, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    register(cctx, squad)
    register(cctx, squad, item="WT-001", discovered_on=date(2026, 10, 5),
             act_at=datetime(2026, 10, 5, 1, tzinfo=UTC))
    cases.quick_summary_case(cctx, squad.officers[0], cases.SummaryInput(
        party=cases.PartyInput(PartyType.CITIZEN, "王五"), place="人民路", act_at=clock.now(),
        item_code="SR-001", facts="占道经营。", fine_fen=10000,
        handler_ids=squad.officer_ids[:2]))
    clock.advance(days=28)  # filing and payment deadlines overdue, still 2026
    page = StatisticsPage(cctx, squad.leader)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert page.page_title() == "统计"
    page.refresh()
    qtbot.waitUntil(lambda: page.stats is not None, timeout=5000)
    expected = case_search.statistics(cctx, year=2026)
    assert page.stats == expected
    t = page.totals
    assert t["total"].text() == str(expected.total) == "3"
    assert t["general"].text() == "2" and t["summary"].text() == "1"
    assert t["fines"].text() == "100"
    assert t["overdue"].text() == str(expected.overdue) == "3"
    assert dict(page.chart.months)["11月"] == expected.by_month["2026-11"] == 2
    assert dict(page.chart.months)["10月"] == 1
    items = {page.item_table.item(r, 0).text().split()[0]: page.item_table.item(r, 1).text()
             for r in range(page.item_table.rowCount())}
    assert items == {k: str(v) for k, v in expected.by_item.items()}
    page.grab()  # the chart paints
    # export of the ledger in a worker
    out = tmp_path / "台账.xlsx"
    monkeypatch.setattr(CasesPage, "ask_save_path", classmethod(lambda cls, p, s: str(out)))
    page.export_ledger()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=5000)
    tasks.wait_for_all()
    assert out.exists() and "已导出 3 件" in page.message_label.text()
