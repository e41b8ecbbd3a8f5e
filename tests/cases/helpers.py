"""Small builders shared by the case tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from app.context import AppContext
from app.rules.workflow import PartyType
from app.services import cases
from tests.cases.conftest import Squad

CITIZEN = cases.PartyInput(PartyType.CITIZEN, "吴建国", id_number="11010519491231002X",
                           phone="13800000000")
COMPANY = cases.PartyInput(PartyType.ORGANISATION, "金华孝顺餐饮有限公司",
                           uscc="91350100M000100Y43", legal_rep="吴海燕")


def register(ctx: AppContext, squad: Squad, *, handlers: tuple[str, ...] | None = None,
             item: str = "SR-001", facts: dict[str, Any] | None = None,
             party: cases.PartyInput = CITIZEN, place: str = "孝顺镇浦口村振兴路18号门前",
             text: str = "在店门外人行道上摆摊经营水果，占道约 8 平方米。",
             act_at: datetime = datetime(2026, 11, 20, 1, 30, tzinfo=UTC),
             discovered_on: date = date(2026, 11, 20)) -> cases.CaseRef:
    return cases.register_case(ctx, squad.officers[0], cases.CaseInput(
        source=cases.CaseSource.PATROL, parties=[party], place=place, act_at=act_at,
        discovered_on=discovered_on, item_codes=[item], facts=text,
        handler_ids=squad.officer_ids[:2] if handlers is None else handlers,
        discretion_facts=facts or {"area_m2": 8}))
