"""The lazy item model (qtmodeltester, paging) and scanner input in the search field."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.equipment import ItemStatus
from app.services import equipment as eq
from tests.ui.equipment.conftest import item_input, open_page
from ui.pages.equipment import PAGE_SIZE, ItemDetailDialog, ItemModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_item_model_passes_the_model_tester(
    qtmodeltester: ModelTester, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    eq.check_out(ctx, admin, items[1].id, _first_staff(ctx))
    model = ItemModel(ctx)
    model.reload()
    assert model.rowCount() == len(items)
    qtmodeltester.check(model, force_py=True)
    model.sort(ItemModel.PURCHASED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def _first_staff(ctx: AppContext) -> str:
    from app.services import staff

    return staff.list_staff(ctx)[0].id


def test_rows_load_a_page_at_a_time(ctx: AppContext, admin: Actor) -> None:
    n = 1_000
    eq.register_items(ctx, admin, [item_input("helmet", "头盔", f"H{i:05d}") for i in range(n)])
    model = ItemModel(ctx)
    started = time.perf_counter()
    model.reload()
    assert model.rowCount() == n and model.pages_loaded == 0 and not model.cache
    tag = model.data(model.index(n - 5, ItemModel.TAG))
    elapsed = time.perf_counter() - started
    assert tag == f"XZ-ZB-2026-{n - 4:05d}"
    assert model.pages_loaded == 1 and len(model.cache) == PAGE_SIZE
    model.data(model.index(n - 6, ItemModel.NAME))  # same page: no new query
    assert model.pages_loaded == 1
    assert elapsed < 1.0
    # Filters and sorting re-query the ids in SQL.
    model.reload(eq.ItemFilter(text="H0001"))
    assert model.rowCount() == 10  # H00010 … H00019
    model.sort(ItemModel.TAG, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, ItemModel.SERIAL)) == "H00019"


def test_scanner_tag_and_enter_opens_the_item(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    page = open_page(qtbot, ctx, admin)
    target = items[3]
    # A filter that hides the item: a scan still finds it (the filters are cleared).
    page.location_combo.setCurrentIndex(page.location_combo.findData("值班室"))
    assert page.model.row_of(target.id) < 0
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, target.asset_tag.lower())  # scanners in caps-lock off
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, ItemDetailDialog) and dialog.isVisible()
    assert dialog.item.id == target.id
    assert page.selected_id() == target.id
    assert page.model.rowCount() == 1
    assert page.search_edit.selectedText() == page.search_edit.text()  # next scan replaces it
    dialog.reject()

    # The next scan replaces the text and opens the other item.
    other = items[5]
    qtbot.keyClicks(page.search_edit, other.asset_tag)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert isinstance(page.active_dialog, ItemDetailDialog)
    assert page.active_dialog.item.id == other.id
    assert page.selected_id() == other.id


def test_scanning_an_unknown_tag_says_so(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    page = open_page(qtbot, ctx, admin)
    qtbot.keyClicks(page.search_edit, "XZ-ZB-2026-09999")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.active_dialog is None
    assert page.model.rowCount() == 0
    assert page.message_label.text() == "没有资产编号为 XZ-ZB-2026-09999 的装备。"


def test_detail_dialog_offers_check_out(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    page = open_page(qtbot, ctx, admin)
    page.open_item(items[0].id)
    detail = page.active_dialog
    assert isinstance(detail, ItemDetailDialog)
    assert detail.checkout_button.isVisible() and not detail.return_button.isVisible()
    qtbot.mouseClick(detail.checkout_button, Qt.MouseButton.LeftButton)
    from ui.pages.equipment import CheckOutDialog

    assert isinstance(page.active_dialog, CheckOutDialog)
    assert page.active_dialog.item.id == items[0].id


def test_status_filter(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    eq.set_item_status(ctx, admin, items[2].id, ItemStatus.REPAIR, reason="屏幕损坏")
    page = open_page(qtbot, ctx, admin)
    page.status_combo.setCurrentIndex(page.status_combo.findData(ItemStatus.REPAIR.value))
    assert page.model.ids == [items[2].id]
    assert page.count_label.text() == "共 1 件"
    page.clear_filters()
    assert page.model.rowCount() == len(items)
