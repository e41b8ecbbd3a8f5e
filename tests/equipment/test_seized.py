"""Seized goods: in, out for appraisal, back, disposal; their own list."""

from __future__ import annotations

from datetime import date

import pytest

from app.context import Actor, AppContext
from app.errors import DomainError, ValidationError
from app.services import audit
from app.services import equipment_seized as sz


def test_seized_goods_flow(ctx: AppContext, admin: Actor) -> None:
    good = sz.register_seized(
        ctx,
        admin,
        sz.SeizedInput(
            case_number="孝顺镇综执罚决字〔2026〕第12号",
            description="占道经营用三轮车",
            storage_place="罚没物品库A区",
            seized_on=date(2026, 11, 2),
            quantity=1,
            unit="辆",
        ),
    )
    other = sz.register_seized(
        ctx,
        admin,
        sz.SeizedInput(
            case_number="孝顺镇综执罚决字〔2026〕第13号",
            description="违规广告牌",
            storage_place="罚没物品库B区",
            seized_on=date(2026, 11, 5),
            quantity=3,
            unit="块",
            case_id="case-13",
        ),
    )
    assert good.status is sz.SeizedStatus.IN_STORE
    with pytest.raises(DomainError):
        sz.bring_back(ctx, admin, good.id)
    out = sz.take_out(ctx, admin, good.id, reason="送价格认定中心评估")
    assert out.status is sz.SeizedStatus.OUT
    with pytest.raises(DomainError):
        sz.dispose(ctx, admin, good.id, sz.Disposal.AUCTION, on=date(2026, 11, 20), note="决定书")
    sz.bring_back(ctx, admin, good.id, note="评估完毕")
    with pytest.raises(ValidationError):
        sz.dispose(ctx, admin, good.id, sz.Disposal.AUCTION, on=date(2026, 11, 1), note="决定书")
    done = sz.dispose(
        ctx,
        admin,
        good.id,
        sz.Disposal.RETURN_OWNER,
        on=date(2026, 11, 20),
        note="当事人已改正，依决定书退还",
    )
    assert done.status is sz.SeizedStatus.DISPOSED and done.disposal is sz.Disposal.RETURN_OWNER
    with pytest.raises(DomainError):
        sz.take_out(ctx, admin, good.id, reason="再次出库")
    assert [m.kind for m in sz.seized_movements(ctx, good.id)] == ["in", "out", "back", "dispose"]
    assert [g.id for g in sz.list_seized(ctx)] == [other.id, good.id]
    assert [g.id for g in sz.list_seized(ctx, status=sz.SeizedStatus.IN_STORE)] == [other.id]
    assert [g.id for g in sz.list_seized(ctx, case_id="case-13")] == [other.id]
    assert audit.verify(ctx).ok
