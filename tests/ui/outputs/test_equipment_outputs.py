"""装备: 打印标签… (grid and skip reach the PDF), 合规检查 → 打印 PDF, the status actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.equipment import ItemStatus
from app.services import equipment as eq
from tests.ui.equipment.conftest import click_ok, open_page
from tests.ui.outputs.conftest import page_count, text_of, wait_preview
from ui.documents_preview import PdfPreviewDialog
from ui.pages.equipment import (
    ComplianceDialog,
    IssueDialog,
    ItemStatusDialog,
    LabelPrintDialog,
    TransferDialog,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _label_dialog(page) -> LabelPrintDialog:  # type: ignore[no-untyped-def]
    page.print_labels()
    dialog = page.active_dialog
    assert isinstance(dialog, LabelPrintDialog)
    return dialog


def test_labels_of_the_filtered_list_use_the_chosen_grid(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo],
    previews: list[PdfPreviewDialog],
) -> None:
    page = open_page(qtbot, ctx, admin)
    dialog = _label_dialog(page)
    assert not dialog.selected_radio.isEnabled() and dialog.listed_radio.isChecked()
    assert len(dialog.item_ids()) == 6
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.count() - 1)  # 自定义
    dialog.cols_spin.setValue(2)
    dialog.rows_spin.setValue(2)  # 4 a page
    dialog.skip_spin.setValue(1)  # 1 + 6 labels → 2 pages
    assert "2 页" in dialog.summary_label.text()
    dialog.accept()
    shown = wait_preview(qtbot, previews)
    assert page_count(shown.pdf) == 2 and shown.page_count() == 2
    assert "6" in shown.windowTitle()


def test_labels_of_the_selected_rows_default_grid(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo],
    previews: list[PdfPreviewDialog],
) -> None:
    page = open_page(qtbot, ctx, admin)
    sel = page.table.selectionModel()
    for r in (0, 2):
        sel.select(page.model.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    dialog = _label_dialog(page)
    assert dialog.selected_radio.isChecked() and len(dialog.item_ids()) == 2
    assert (dialog.grid().cols, dialog.grid().rows) == (3, 8)
    dialog.accept()
    shown = wait_preview(qtbot, previews)
    assert page_count(shown.pdf) == 1


def test_labels_grid_too_big_is_refused(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo],
    previews: list[PdfPreviewDialog],
) -> None:
    page = open_page(qtbot, ctx, admin)
    dialog = _label_dialog(page)
    dialog.cols_spin.setValue(5)  # 5 × 70 mm > 210 mm
    dialog.accept()
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    assert "放不进" in dialog.error_label.text()
    qtbot.wait(50)
    assert previews == []


def test_compliance_dialog_prints_pdf(
    qtbot: QtBot, ctx: AppContext, items: list[eq.ItemInfo], previews: list[PdfPreviewDialog]
) -> None:
    dialog = ComplianceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    shown = wait_preview(qtbot, previews)
    assert "执法装备配备达标情况报告" in text_of(shown)


def _open_action(page, item: eq.ItemInfo, action: str):  # type: ignore[no-untyped-def]
    page.select_item(item.id)
    assert page.status_actions[action].isEnabled()
    page.status_actions[action].trigger()
    return page.active_dialog


def test_status_dialogs_change_the_item(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    page = open_page(qtbot, ctx, admin)
    cam, other = items[0], items[1]
    dialog = _open_action(page, cam, "repair")
    assert isinstance(dialog, ItemStatusDialog)
    dialog.accept()  # no reason: refused, stays open
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    dialog.reason_edit.setText("屏幕损坏")
    click_ok(qtbot, dialog)
    assert eq.get_item(ctx, cam.id).status is ItemStatus.REPAIR
    assert not page.status_actions["repair"].isEnabled()
    for action, reason, status in (
        ("repaired", "已修好", ItemStatus.IN_STORE),
        ("lost", "执勤时丢失", ItemStatus.LOST),
        ("found", "在值班室找到", ItemStatus.IN_STORE),
        ("retire", "老化", ItemStatus.RETIRED),
    ):
        dialog = _open_action(page, cam, action)
        dialog.reason_edit.setText(reason)
        click_ok(qtbot, dialog)
        assert eq.get_item(ctx, cam.id).status is status, action
    page.select_item(cam.id)
    assert not page.status_actions["transfer"].isEnabled()

    dialog = _open_action(page, other, "transfer")
    assert isinstance(dialog, TransferDialog)
    dialog.location_combo.setCurrentText("值班室")
    click_ok(qtbot, dialog)
    assert eq.get_item(ctx, other.id).location == "值班室"
    assert "值班室" in page.message_label.text()


def test_issue_dialog_hands_out_consumables(
    qtbot: QtBot, ctx: AppContext, admin: Actor, people: list[str]
) -> None:
    stock = eq.register_item(
        ctx, admin, eq.ItemInput(category="battery", name="电池", model="AA", quantity=20,
                                 location="装备室")
    )
    page = open_page(qtbot, ctx, admin)
    dialog = _open_action(page, stock, "issue")
    assert isinstance(dialog, IssueDialog)
    dialog.person_combo.select_staff(people[0])
    dialog.quantity_spin.setValue(4)
    click_ok(qtbot, dialog)
    assert eq.get_item(ctx, stock.id).quantity == 16
