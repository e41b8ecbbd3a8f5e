"""Stock-taking: live reconciliation and a close that applies everything or nothing."""

from __future__ import annotations

import pytest

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.equipment import ItemStatus
from app.services import audit
from app.services import equipment as eq
from app.services import equipment_stocktake as st
from app.services.equipment_stocktake import Finding


def _items(ctx: AppContext, admin: Actor, n: int, location: str) -> list[eq.ItemInfo]:
    return [
        eq.register_item(
            ctx,
            admin,
            eq.ItemInput(
                category="helmet", model="HM-1", serial_no=f"{location}{i}", location=location
            ),
        )
        for i in range(n)
    ]


@pytest.fixture
def store(ctx: AppContext, admin: Actor) -> dict[str, list[eq.ItemInfo]]:
    return {"装备室": _items(ctx, admin, 6, "装备室"), "车库": _items(ctx, admin, 2, "车库")}


def test_reconciliation_missing_unexpected_wrong_place(
    ctx: AppContext, admin: Actor, store: dict[str, list[eq.ItemInfo]], people: list[str]
) -> None:
    room, garage = store["装备室"], store["车库"]
    # room[4] is lost on record, room[5] is checked out: neither is expected in the room
    eq.set_item_status(ctx, admin, room[4].id, ItemStatus.LOST, reason="巡查中遗失")
    eq.check_out(ctx, admin, room[5].id, people[0])
    session = st.open_stocktake(ctx, admin, "年终盘点", location_scope="装备室")
    with pytest.raises(DomainError):
        st.open_stocktake(ctx, admin, "另一次")

    assert (
        st.scan_tag(ctx, admin, session.id, room[0].asset_tag.lower() + "\n").finding
        is Finding.FOUND
    )
    st.tick_items(ctx, admin, session.id, [room[1].asset_tag, room[2].asset_tag])
    assert st.scan_tag(ctx, admin, session.id, garage[0].asset_tag).finding is Finding.WRONG_PLACE
    assert st.scan_tag(ctx, admin, session.id, "xs-zb-2019-00077").finding is Finding.UNKNOWN_TAG
    assert st.scan_tag(ctx, admin, session.id, room[4].asset_tag).finding is Finding.FOUND_LOST
    assert st.scan_tag(ctx, admin, session.id, room[5].asset_tag).finding is Finding.CHECKED_OUT
    again = st.scan_tag(ctx, admin, session.id, room[0].asset_tag)
    assert again.repeated and again.finding is Finding.FOUND

    live = st.reconcile(ctx, session.id)
    assert live.expected == 4  # room[0..3] are 在库 in the room
    assert live.scanned == 7 and live.found == 3
    assert [x.asset_tag for x in live.missing] == [room[3].asset_tag]
    assert [x.asset_tag for x in live.wrong_place] == [garage[0].asset_tag]
    assert live.wrong_place[0].recorded_location == "车库"
    assert live.wrong_place[0].seen_location == "装备室"
    assert {(x.asset_tag, x.finding) for x in live.unexpected} == {
        ("XS-ZB-2019-00077", Finding.UNKNOWN_TAG),
        (room[4].asset_tag, Finding.FOUND_LOST),
        (room[5].asset_tag, Finding.CHECKED_OUT),
    }

    closed = st.close_stocktake(ctx, admin, session.id)
    assert closed.applied == {"lost": 1, "moved": 1, "recovered": 1}
    assert eq.get_item(ctx, room[3].id).status is ItemStatus.LOST
    assert eq.get_item(ctx, garage[0].id).location == "装备室"
    assert eq.get_item(ctx, room[4].id).status is ItemStatus.IN_STORE
    assert eq.get_item(ctx, room[5].id).status is ItemStatus.CHECKED_OUT
    assert eq.get_item(ctx, garage[1].id).status is ItemStatus.IN_STORE  # outside the scope
    stored = st.reconcile(ctx, session.id)
    assert stored == closed
    with pytest.raises(DomainError):
        st.scan_tag(ctx, admin, session.id, room[3].asset_tag)
    assert audit.verify(ctx).ok


def test_close_without_marking_missing_lost(
    ctx: AppContext, admin: Actor, store: dict[str, list[eq.ItemInfo]]
) -> None:
    session = st.open_stocktake(ctx, admin, "抽查")
    closed = st.close_stocktake(ctx, admin, session.id, mark_missing_lost=False)
    assert len(closed.missing) == 8 and closed.applied == {"lost": 0, "moved": 0, "recovered": 0}
    assert all(eq.get_item(ctx, i.id).status is ItemStatus.IN_STORE for i in store["车库"])


def test_failure_mid_close_changes_nothing(
    ctx: AppContext,
    admin: Actor,
    store: dict[str, list[eq.ItemInfo]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    room, garage = store["装备室"], store["车库"]
    session = st.open_stocktake(ctx, admin, "年终盘点", location_scope="装备室")
    st.tick_items(ctx, admin, session.id, [i.asset_tag for i in room[:4]] + [garage[0].asset_tag])
    before = st.reconcile(ctx, session.id)
    real_save_all = st.save_all

    def save_then_fail(*args: object, **kwargs: object) -> None:
        real_save_all(*args, **kwargs)  # type: ignore[arg-type]
        raise OSError("disk full")

    monkeypatch.setattr(st, "save_all", save_then_fail)
    with pytest.raises(OSError):
        st.close_stocktake(ctx, admin, session.id)
    monkeypatch.undo()

    assert all(eq.get_item(ctx, i.id).status is ItemStatus.IN_STORE for i in room)
    assert eq.get_item(ctx, garage[0].id).location == "车库"
    assert st.list_stocktakes(ctx)[0].closed_at is None
    assert st.reconcile(ctx, session.id) == before
    closed = st.close_stocktake(ctx, admin, session.id)
    assert closed.applied == {"lost": 2, "moved": 1, "recovered": 0}
