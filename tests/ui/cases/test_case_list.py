"""The case list: model checks, filters, search (debounced) and sort in SQL, and a 20,000-case
list that fetches only the pages it shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.rules.workflow import Move, Procedure, Status
from app.services import case_search, cases
from tests.cases.conftest import Squad
from tests.cases.helpers import COMPANY, register
from tests.conftest import FakeClock
from tests.ui.cases.conftest import clone_cases
from ui.pages.cases import PAGE_SIZE, CaseListModel, CasesPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _page(qtbot: QtBot, ctx: AppContext, squad: Squad) -> CasesPage:
    page = CasesPage(ctx, squad.officers[0])
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _on(day: date) -> dict[str, object]:
    return {"discovered_on": day, "act_at": datetime(day.year, day.month, day.day, 1, tzinfo=UTC)}


def _three(ctx: AppContext, squad: Squad) -> list[cases.CaseRef]:
    a = register(ctx, squad, **_on(date(2026, 11, 18)))  # type: ignore[arg-type]
    b = register(ctx, squad, party=COMPANY, item="WT-001", place="孝顺镇车站路5号",
                 text="机动车停放在人行道上。", **_on(date(2026, 11, 20)))  # type: ignore[arg-type]
    c = register(ctx, squad, item="JS-001", place="浦口村", text="未批先建。",
                 **_on(date(2026, 11, 19)))  # type: ignore[arg-type]
    return [a, b, c]


def _numbers(page: CasesPage) -> list[str]:
    m = page.model
    return [m.data(m.index(r, CaseListModel.NUMBER)) for r in range(m.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, cctx: AppContext, squad: Squad) -> None:  # type: ignore[no-untyped-def]
    _three(cctx, squad)
    model = CaseListModel(cctx)
    model.set_query()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    assert model.data(model.index(0, CaseListModel.PARTY)) == "金华孝顺餐饮有限公司"
    assert model.data(model.index(0, CaseListModel.ITEM)) == "WT-001"  # names set by the page


def test_filters_search_and_sort_change_rows(qtbot: QtBot, cctx: AppContext,
                                             squad: Squad) -> None:
    a, b, c = _three(cctx, squad)
    page = _page(qtbot, cctx, squad)
    assert page.page_title() == "案件"
    assert page.count_label.text() == "共 3 件"
    # default sort: discovery date, newest first
    assert _numbers(page) == [b.number, c.number, a.number]
    assert page.model.data(page.model.index(0, CaseListModel.ITEM)) == "机动车在人行道违法停放"
    # header click sorts in SQL (number ascending)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(CaseListModel.NUMBER) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().center().__class__(x, 5))
    assert page.model.sort_key in (case_search.CaseSort.NUMBER, case_search.CaseSort.NUMBER_DESC)
    header.setSortIndicator(CaseListModel.NUMBER, Qt.SortOrder.AscendingOrder)
    assert _numbers(page) == [a.number, b.number, c.number]
    header.setSortIndicator(CaseListModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert _numbers(page) == [c.number, b.number, a.number]
    # a column without SQL sort keeps the current order
    header.setSortIndicator(CaseListModel.ITEM, Qt.SortOrder.AscendingOrder)
    assert _numbers(page) == [c.number, b.number, a.number]
    # item filter
    page.item_combo.setCurrentIndex(page.item_combo.findData("JS-001"))
    page.item_combo.activated.emit(page.item_combo.currentIndex())
    assert _numbers(page) == [c.number]
    page.item_combo.setCurrentIndex(0)
    page.item_combo.activated.emit(0)
    assert page.count_label.text() == "共 3 件"
    # status filter after filing one case
    cases.move(cctx, squad.leader, a.id, Move.FILE)
    page.refresh()
    page.status_combo.setCurrentIndex(page.status_combo.findData(Status.FILED.value))
    assert _numbers(page) == [a.number]
    page.status_combo.setCurrentIndex(0)
    # date range
    page.date_box.setChecked(True)
    page.since_edit.setDate(date(2026, 11, 19))
    page.until_edit.setDate(date(2026, 11, 19))
    assert _numbers(page) == [c.number]
    page.date_box.setChecked(False)
    # procedure filter: all general
    page.procedure_combo.setCurrentIndex(page.procedure_combo.findData(Procedure.SUMMARY.value))
    assert page.count_label.text() == "共 0 件"
    page.procedure_combo.setCurrentIndex(0)
    # search is debounced (250 ms) and goes through the FTS filter
    page.search_edit.setText("餐饮有限")
    assert page.count_label.text() == "共 3 件"
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 件", timeout=2000)
    assert _numbers(page) == [b.number]


def test_scanner_enter_opens_single_hit(qtbot: QtBot, cctx: AppContext, squad: Squad) -> None:
    a, _b, _c = _three(cctx, squad)
    page = _page(qtbot, cctx, squad)
    page.search_edit.setText(a.number)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    from ui.pages.case_detail import CaseDetailDialog

    dialog = page.active_dialog
    assert isinstance(dialog, CaseDetailDialog) and dialog.case_id == a.id
    dialog.close()


def test_deadline_column_colours_overdue(qtbot: QtBot, cctx: AppContext, squad: Squad,
                                         clock: FakeClock) -> None:
    ref = register(cctx, squad, discovered_on=date(2026, 11, 20))
    clock.advance(days=40)  # the 15-working-day filing deadline has passed
    page = _page(qtbot, cctx, squad)
    idx = page.model.index(page.model.row_of(ref.id), CaseListModel.DEADLINE)
    assert "立案" in page.model.data(idx)
    brush = page.model.data(idx, Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor("#c62828")
    assert page.status_counts()["overdue"] == 1


def test_20000_cases_fetch_only_visible_pages(qtbot: QtBot, cctx: AppContext, squad: Squad,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ref = register(cctx, squad)
    clone_cases(cctx, ref.id, 19_999)
    calls: list[int] = []
    real = case_search.case_rows

    def counting(ctx: AppContext, ids: list[str]) -> list[case_search.CaseRow]:
        calls.append(len(ids))
        return real(ctx, ids)

    monkeypatch.setattr(case_search, "case_rows", counting)
    page = _page(qtbot, cctx, squad)
    qtbot.waitExposed(page)
    page.grab()
    assert page.count_label.text() == "共 20,000 件"
    assert 1 <= len(calls) <= 2
    page.table.scrollToBottom()
    page.grab()
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum() // 2)
    page.grab()
    assert page.model.flags(page.model.index(12_345, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert len(calls) <= 5 and all(n <= PAGE_SIZE for n in calls)
    assert len(page.model.rows) <= 5 * PAGE_SIZE
    assert page.model.rowCount(QModelIndex()) == 20_000
