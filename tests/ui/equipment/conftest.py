"""Fixtures of the equipment UI tests: three officers and a small register on real SQLite."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.services import equipment as eq
from tests.equipment.conftest import add_people
from ui.pages._forms import ServiceDialog
from ui.pages.equipment import EquipmentPage


@pytest.fixture
def people(ctx: AppContext, admin: Actor) -> list[str]:
    """队员00, 队员01, 队员02 (sworn, active)."""
    return add_people(ctx, admin, 3)


def item_input(category: str, name: str, serial: str, location: str = "装备室") -> eq.ItemInput:
    return eq.ItemInput(
        category=category,
        name=name,
        model="M-1",
        serial_no=serial,
        location=location,
        purchase_date=date(2025, 3, 1),
    )


@pytest.fixture
def items(ctx: AppContext, admin: Actor, people: list[str]) -> list[eq.ItemInfo]:
    """Four body cameras and a radio in 装备室, one radio in 值班室 (tags …-00001 … -00006)."""
    out = [
        eq.register_item(ctx, admin, item_input("body_camera", "执法记录仪", f"BC{i}"))
        for i in range(4)
    ]
    out.append(eq.register_item(ctx, admin, item_input("radio", "对讲机", "R1")))
    out.append(eq.register_item(ctx, admin, item_input("radio", "对讲机", "R2", "值班室")))
    return out


def open_page(qtbot: QtBot, ctx: AppContext, actor: Actor) -> EquipmentPage:
    page = EquipmentPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def click_ok(qtbot: QtBot, dialog: ServiceDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
