"""罚没物品 page (入库, 出库, 归库, 处置) and the pages registered for equipment permissions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.services import equipment_seized as sz
from app.services.equipment_seized import Disposal, SeizedStatus
from tests.ui.equipment.conftest import click_ok
from ui.pages import build_pages, pages_for
from ui.pages.equipment import EquipmentPage
from ui.pages.seized import (
    BringBackDialog,
    DisposeDialog,
    SeizedDialog,
    SeizedGoodsPage,
    TakeOutDialog,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_seized_goods_in_out_back_and_disposal(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    page = SeizedGoodsPage(ctx, admin)
    qtbot.addWidget(page)
    page.show()
    assert page.page_title() == "罚没物品" and page.model.rowCount() == 0
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, SeizedDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # empty form: refused
    assert dialog.error_label.text() == "请填写案件编号。"
    dialog.case_edit.setText("孝顺镇综执罚决字〔2026〕第3号")
    dialog.description_edit.setPlainText("占道经营三轮车")
    dialog.quantity_spin.setValue(2)
    dialog.unit_edit.setText("辆")
    click_ok(qtbot, dialog)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert page.out_button.isEnabled() and not page.back_button.isEnabled()

    qtbot.mouseClick(page.out_button, Qt.MouseButton.LeftButton)
    out = page.active_dialog
    assert isinstance(out, TakeOutDialog)
    out.reason_edit.setText("送检鉴定")
    click_ok(qtbot, out)
    assert page.model.rows[0].status is SeizedStatus.OUT
    page.table.selectRow(0)
    assert not page.dispose_button.isEnabled()

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    back = page.active_dialog
    assert isinstance(back, BringBackDialog)
    click_ok(qtbot, back)
    page.table.selectRow(0)

    qtbot.mouseClick(page.dispose_button, Qt.MouseButton.LeftButton)
    disp = page.active_dialog
    assert isinstance(disp, DisposeDialog)
    disp.decision_combo.setCurrentIndex(disp.decision_combo.findData(Disposal.DESTROY.value))
    disp.note_edit.setText("孝顺镇综执罚决字〔2026〕第3号")
    click_ok(qtbot, disp)
    (good,) = sz.list_seized(ctx)
    assert good.status is SeizedStatus.DISPOSED and good.disposal is Disposal.DESTROY
    assert [m.kind for m in sz.seized_movements(ctx, good.id)] == ["in", "out", "back", "dispose"]
    assert page.model.data(page.model.index(0, page.model.STATUS)) == "已处置"


def test_pages_for_adds_equipment_pages(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    pages = build_pages(ctx, admin)
    for p in pages:
        qtbot.addWidget(p)
    kinds = [type(p) for p in pages]
    assert [s.page_title() for s in pages_for(ctx, admin)] == [p.page_title() for p in pages]
    assert EquipmentPage in kinds and SeizedGoodsPage in kinds
    assert kinds.index(SeizedGoodsPage) == kinds.index(EquipmentPage) + 1
    titles = [p.page_title() for p in pages]  # type: ignore[attr-defined]
    assert titles.index("装备") < titles.index("审计日志")
