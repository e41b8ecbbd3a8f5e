"""领用 / 归还 through the dialogs: status and holder change; a second check-out is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.rules.equipment import ItemStatus
from app.services import equipment as eq
from tests.ui.equipment.conftest import click_ok, open_page
from ui.pages.equipment import CheckOutDialog, ItemModel, ReturnDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_check_out_and_return_through_the_dialogs(
    qtbot: QtBot, ctx: AppContext, admin: Actor, people: list[str], items: list[eq.ItemInfo]
) -> None:
    page = open_page(qtbot, ctx, admin)
    camera = items[0]
    page.select_item(camera.id)
    assert page.checkout_button.isEnabled() and not page.return_button.isEnabled()

    qtbot.mouseClick(page.checkout_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, CheckOutDialog) and dialog.isVisible()
    # Type-ahead: part of a name picks the one member it matches (CJK via setText).
    dialog.person_combo.lineEdit().setText("队员01")
    dialog.condition_edit.setText("外观完好")
    click_ok(qtbot, dialog)

    after = eq.get_item(ctx, camera.id)
    assert after.status is ItemStatus.CHECKED_OUT
    assert after.holder_staff_id == people[1] and after.holder_name == "队员01"
    row = page.model.row_of(camera.id)
    assert page.model.data(page.model.index(row, ItemModel.STATUS)) == "领用"
    assert page.model.data(page.model.index(row, ItemModel.HOLDER)) == "队员01"
    assert page.selected_id() == camera.id
    assert page.return_button.isEnabled() and not page.checkout_button.isEnabled()

    # A dialog opened on the stale item (e.g. by a second clerk): the service refuses.
    again = CheckOutDialog(ctx, admin, camera, page)
    qtbot.addWidget(again)
    again.show()
    again.person_combo.select_staff(people[2])
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert again.isVisible() and again.result() == 0
    assert again.error_label.isVisible()
    assert again.error_label.text() == f"{camera.asset_tag} 已由队员01领用，归还前不能再次领用。"
    still = eq.get_item(ctx, camera.id)
    assert still.holder_staff_id == people[1]
    assert len(eq.loan_history(ctx, camera.id)) == 1

    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    back = page.active_dialog
    assert isinstance(back, ReturnDialog)
    assert "队员01" in back.loan_label.text()
    back.condition_edit.setText("镜头有划痕")
    click_ok(qtbot, back)

    returned = eq.get_item(ctx, camera.id)
    assert returned.status is ItemStatus.IN_STORE and returned.holder_staff_id is None
    (loan,) = eq.loan_history(ctx, camera.id)
    assert loan.condition_out == "外观完好" and loan.condition_in == "镜头有划痕"
    row = page.model.row_of(camera.id)
    assert page.model.data(page.model.index(row, ItemModel.HOLDER)) == ""
    assert page.checkout_button.isEnabled()


def test_check_out_needs_a_person_from_the_list(
    qtbot: QtBot, ctx: AppContext, admin: Actor, items: list[eq.ItemInfo]
) -> None:
    dialog = CheckOutDialog(ctx, admin, items[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person_combo.lineEdit().setText("队员")  # matches three people: not a choice
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请从列表中选择领用人。"
    assert eq.get_item(ctx, items[0].id).status is ItemStatus.IN_STORE


def test_viewer_sees_no_write_buttons(
    qtbot: QtBot, ctx: AppContext, officer: Actor, items: list[eq.ItemInfo]
) -> None:
    page = open_page(qtbot, ctx, officer)
    assert page.model.rowCount() == len(items)
    for b in (page.register_button, page.checkout_button, page.return_button, page.import_button):
        assert not b.isVisible()
    assert page.compliance_button.isVisible() and page.export_button.isVisible()
