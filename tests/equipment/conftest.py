"""Fixtures of the equipment tests: a few squad members and a small register."""

from __future__ import annotations

from datetime import date

import pytest

import local_db.models_equipment  # noqa: F401  (registers the tables until models.py imports it)
from app.context import Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.services import equipment as eq
from app.services import staff


def add_people(
    ctx: AppContext, admin: Actor, sworn: int, auxiliaries: int = 0, aux_leaders: int = 0
) -> list[str]:
    """Register people; returns their ids (sworn first)."""
    ids = []
    for i in range(sworn):
        ids.append(
            staff.add_staff(
                ctx,
                admin,
                staff.StaffInput(
                    name=f"队员{i:02d}",
                    kind=StaffKind.SWORN,
                    cert_number=f"浙执{i:05d}",
                    cert_expires_on=date(2030, 1, 1),
                ),
            ).id
        )
    for i in range(auxiliaries):
        pos = StaffPosition.LEADER if i < aux_leaders else StaffPosition.MEMBER
        ids.append(
            staff.add_staff(
                ctx,
                admin,
                staff.StaffInput(name=f"辅助{i:02d}", kind=StaffKind.AUXILIARY, position=pos),
            ).id
        )
    return ids


@pytest.fixture
def people(ctx: AppContext, admin: Actor) -> list[str]:
    return add_people(ctx, admin, 3)


@pytest.fixture
def camera(ctx: AppContext, admin: Actor) -> eq.ItemInfo:
    return eq.register_item(
        ctx,
        admin,
        eq.ItemInput(
            category="body_camera",
            name="执法记录仪",
            brand="海康威视",
            model="DSJ-HIKV1",
            serial_no="HK0001",
            location="装备室",
            price_fen=268000,
            purchase_date=date(2025, 3, 1),
            funding_source="县财政专项",
        ),
    )
