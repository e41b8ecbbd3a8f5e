"""盘点: scanned tags update the live missing / unexpected / wrong-place lists; closing applies
the changes shown in the confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.equipment import ItemStatus
from app.services import equipment as eq
from app.services import equipment_stocktake as st
from tests.ui.equipment.conftest import click_ok, open_page
from ui.pages.stocktake import CloseStocktakeDialog, StocktakeDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _scan(qtbot: QtBot, dialog: StocktakeDialog, tag: str) -> None:
    qtbot.keyClicks(dialog.scan_edit, tag)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)


def _tags(model: object) -> list[str]:
    return [x.asset_tag for x in model.lines]  # type: ignore[attr-defined]


def test_scan_tick_and_close(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    cams = items[:4]  # 装备室
    radio_duty = items[5]  # 值班室
    eq.set_item_status(ctx, admin, cams[3].id, ItemStatus.LOST, reason="巡查时遗失")
    page = open_page(qtbot, ctx, admin)
    qtbot.mouseClick(page.stocktake_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, StocktakeDialog) and dialog.stack.currentIndex() == 0
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("装备室"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1
    assert dialog.recon is not None and dialog.recon.expected == 4  # 3 cameras + 1 radio
    assert dialog.focusWidget() is dialog.scan_edit

    _scan(qtbot, dialog, cams[0].asset_tag)
    assert dialog.recon.found == 1
    assert _tags(dialog.missing_model) == [cams[1].asset_tag, cams[2].asset_tag, items[4].asset_tag]
    assert dialog.scan_edit.text() == "" and dialog.focusWidget() is dialog.scan_edit

    _scan(qtbot, dialog, radio_duty.asset_tag)  # recorded in 值班室, seen in 装备室
    assert _tags(dialog.wrong_model) == [radio_duty.asset_tag]
    assert "位置不符" in dialog.result_label.text()

    _scan(qtbot, dialog, cams[3].asset_tag)  # recorded lost, turns up
    _scan(qtbot, dialog, "XZ-ZB-2019-00077")  # not in the register
    assert _tags(dialog.unexpected_model) == ["XZ-ZB-2019-00077", cams[3].asset_tag]
    assert dialog.result_label.text() == "XZ-ZB-2019-00077：台账中没有此编号"
    assert dialog.unexpected_box.title() == "异常 (2)"

    # Tick a missing camera seen without scanning its label.
    m = dialog.missing_model
    row = _tags(m).index(cams[1].asset_tag)
    assert m.setData(m.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.tick_button.isEnabled()
    qtbot.mouseClick(dialog.tick_button, Qt.MouseButton.LeftButton)
    assert _tags(dialog.missing_model) == [cams[2].asset_tag, items[4].asset_tag]
    assert dialog.focusWidget() is dialog.scan_edit
    assert dialog.recon.scanned == 5 and dialog.recon.found == 2

    qtbot.mouseClick(dialog.close_session_button, Qt.MouseButton.LeftButton)
    confirm = dialog.active_dialog
    assert isinstance(confirm, CloseStocktakeDialog)
    assert confirm.planned() == {"lost": 2, "moved": 1, "recovered": 1}
    text = confirm.changes.toPlainText()
    assert cams[2].asset_tag in text and "→ 装备室" in text
    assert eq.get_item(ctx, cams[2].id).status is ItemStatus.IN_STORE  # nothing applied yet
    click_ok(qtbot, confirm)

    assert eq.get_item(ctx, cams[2].id).status is ItemStatus.LOST
    assert eq.get_item(ctx, items[4].id).status is ItemStatus.LOST
    assert eq.get_item(ctx, radio_duty.id).location == "装备室"
    found = eq.get_item(ctx, cams[3].id)
    assert found.status is ItemStatus.IN_STORE and found.location == "装备室"
    assert eq.get_item(ctx, cams[1].id).status is ItemStatus.IN_STORE
    assert "2 件登记遗失" in dialog.result_label.text()
    assert not dialog.scan_edit.isEnabled()
    assert all(s.closed_at is not None for s in st.list_stocktakes(ctx))


def test_close_without_marking_missing_lost(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    session = st.open_stocktake(ctx, admin, "年底盘点")
    dialog = StocktakeDialog(ctx, admin)  # resumes the open session
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stack.currentIndex() == 1 and dialog.session is not None
    assert dialog.session.id == session.id
    assert dialog.recon is not None and len(dialog.recon.missing) == len(items)
    _scan(qtbot, dialog, items[0].asset_tag.lower().replace("-", "_"))  # sloppy scanner
    assert dialog.recon.found == 1
    dialog.close_session()
    confirm = dialog.active_dialog
    assert isinstance(confirm, CloseStocktakeDialog)
    confirm.lost_box.setChecked(False)
    assert confirm.planned()["lost"] == 0
    assert "不改状态" in confirm.changes.toPlainText()
    click_ok(qtbot, confirm)
    assert all(eq.get_item(ctx, i.id).status is ItemStatus.IN_STORE for i in items)
