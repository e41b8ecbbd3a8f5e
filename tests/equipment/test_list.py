"""The item list: ids filtered and sorted in SQL, rows a page at a time; label data."""

from __future__ import annotations

from app.context import Actor, AppContext
from app.rules.equipment import ItemStatus
from app.services import equipment as eq


def test_filter_sort_and_page(ctx: AppContext, admin: Actor, people: list[str]) -> None:
    tags = eq.register_items(
        ctx,
        admin,
        [
            eq.ItemInput(
                category="body_camera",
                brand="海康威视",
                model="DSJ-HIKV1",
                serial_no=f"HK{i:03d}",
                location="装备室" if i % 2 else "值班室",
                price_fen=260000 + i,
            )
            for i in range(30)
        ]
        + [
            eq.ItemInput(category="radio", brand="摩托罗拉", model="P8668i", serial_no=f"M{i}")
            for i in range(5)
        ],
    )
    assert len(set(tags)) == 35
    cams = eq.item_ids(ctx, eq.ItemFilter(categories=("body_camera",), location="装备室"))
    assert len(cams) == 15
    first = eq.find_by_tag(ctx, tags[1])
    assert first is not None
    eq.check_out(ctx, admin, first.id, people[0])
    out = eq.item_ids(ctx, eq.ItemFilter(statuses=(ItemStatus.CHECKED_OUT,)))
    assert out == [first.id]
    assert eq.item_ids(ctx, eq.ItemFilter(holder_staff_id=people[0])) == [first.id]
    assert len(eq.item_ids(ctx, eq.ItemFilter(text="摩托"))) == 5
    assert len(eq.item_ids(ctx, eq.ItemFilter(text="hk00"))) == 10  # serial, case-insensitive
    assert eq.item_ids(ctx, eq.ItemFilter(text=" " + tags[3].lower() + " ")) == [
        eq.find_by_tag(ctx, tags[3]).id  # type: ignore[union-attr]
    ]
    by_price = eq.item_ids(
        ctx, eq.ItemFilter(categories=("body_camera",)), eq.ItemSort.PRICE, descending=True
    )
    rows = eq.item_rows(ctx, by_price[:3])
    assert [rows[i].price_fen for i in by_price[:3]] == [260029, 260028, 260027]
    row = eq.item_rows(ctx, [first.id])[first.id]
    assert row.holder_name == "队员00" and row.status is ItemStatus.CHECKED_OUT
    assert row.category_name == "执法记录仪"
    labels = eq.label_data(ctx, by_price[:2])
    assert [x.asset_tag for x in labels] == [rows[i].asset_tag for i in by_price[:2]]
    assert labels[0].township_label == "孝顺镇综合行政执法队"
    assert eq.locations(ctx) == ["值班室", "装备室"]
