"""xlsx import (preview, all or nothing) and export in the same layout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.equipment import ItemStatus
from app.services import equipment as eq
from app.services import equipment_import as imp
from local_db.models import AuditLog, SyncOutbox
from local_db.models_equipment import EquipmentItem, EquipmentMovement

HEADER = [
    "序号",
    "资产编号",
    "装备类别",
    "名称",
    "品牌",
    "规格型号",
    "序列号",
    "购置日期",
    "单价(元)",
    "经费来源",
    "存放地点",
    "状态",
    "领用人",
    "数量",
    "备注",
]


def _ledger(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["孝顺镇综合行政执法队装备台账（2025年）"])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


GOOD = [
    [
        1,
        None,
        "执法记录仪",
        "执法记录仪",
        "海康威视",
        "DSJ-HIKV1",
        "HK1001",
        date(2024, 5, 6),
        2680,
        "县财政",
        "装备室",
        "在库",
        None,
        1,
        None,
    ],
    [
        2,
        "",
        "对讲机",
        "",
        "摩托罗拉",
        "P8668i",
        "MT77",
        "2023/3/1",
        "1,850.50",
        "自筹",
        "值班室",
        "领用",
        "队员00",
        None,
        None,
    ],
    [
        3,
        "XS-ZB-2019-00007",
        "执法车辆",
        "执法车",
        "比亚迪",
        "秦PLUS DM-i",
        "LGX123",
        "2022年7月1日",
        128000,
        "上级配发",
        "车库",
        "维修",
        None,
        1,
        "右前灯",
    ],
    [
        4,
        None,
        "物证袋",
        "物证袋（大）",
        None,
        None,
        None,
        None,
        None,
        None,
        "装备室",
        None,
        None,
        500,
        None,
    ],
]


def _counts(ctx: AppContext) -> tuple[int, int, int, int]:
    with ctx.db.read_session() as s:
        return (
            s.scalar(select(func.count()).select_from(EquipmentItem)) or 0,
            s.scalar(select(func.count()).select_from(EquipmentMovement)) or 0,
            s.scalar(select(func.count()).select_from(AuditLog)) or 0,
            s.scalar(select(func.count()).select_from(SyncOutbox)) or 0,
        )


def test_good_ledger_imports(
    ctx: AppContext, admin: Actor, people: list[str], tmp_path: Path
) -> None:
    path = _ledger(tmp_path / "台账.xlsx", GOOD)
    preview = imp.preview_import(ctx, path)
    assert preview.ok, imp.describe_problems(preview)
    assert preview.header_row == 2 and [r.row_no for r in preview.rows] == [3, 4, 5, 6]
    tags = imp.import_items(ctx, admin, path)
    assert (
        tags[2] == "XS-ZB-2019-00007"
        and tags[0] == "XZ-ZB-2026-00001"
        and tags[1] == "XZ-ZB-2026-00002"
    )
    radio = eq.find_by_tag(ctx, tags[1])
    assert (
        radio is not None
        and radio.status is ItemStatus.CHECKED_OUT
        and radio.holder_name == "队员00"
    )
    assert (
        radio.price_fen == 185050
        and radio.purchase_date == date(2023, 3, 1)
        and radio.name == "对讲机"
    )
    assert [h.item_id for h in eq.holdings_of(ctx, people[0])] == [radio.id]
    bags = eq.find_by_tag(ctx, tags[3])
    assert bags is not None and bags.consumable and bags.quantity == 500


def test_malformed_rows_leave_the_store_unchanged(
    ctx: AppContext, admin: Actor, people: list[str], tmp_path: Path
) -> None:
    eq.register_item(ctx, admin, eq.ItemInput(category="radio", model="P8668i", serial_no="MT01"))
    bad = [
        GOOD[0],
        [
            2,
            None,
            "飞行器",
            "无人机",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ],
        [
            3,
            None,
            "对讲机",
            None,
            None,
            "P8668i",
            "MT01",
            "去年",
            "abc",
            None,
            None,
            "借出",
            "查无此人",
            None,
            None,
        ],
        GOOD[2],
        [
            5,
            None,
            "执法记录仪",
            None,
            None,
            "DSJ-HIKV1",
            "HK1001",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ],
    ]
    path = _ledger(tmp_path / "坏台账.xlsx", bad)
    before = _counts(ctx)
    preview = imp.preview_import(ctx, path)
    assert not preview.ok
    assert [r.row_no for r in preview.bad_rows] == [4, 5, 7]
    row5 = preview.bad_rows[1]
    joined = "；".join(row5.problems)
    for part in ("序列号", "购置日期", "单价", "状态", "领用人"):
        assert part in joined, part
    assert "与第 3 行" in "；".join(preview.bad_rows[2].problems)
    with pytest.raises(DomainError) as err:
        imp.import_items(ctx, admin, path)
    assert err.value.code == "import_rejected"
    assert "第 4 行" in str(err.value) and "第 7 行" in str(err.value)
    assert _counts(ctx) == before


def test_not_a_workbook(ctx: AppContext, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    before = _counts(ctx)
    with pytest.raises(DomainError) as err:
        imp.import_items(ctx, admin, path)
    assert err.value.code == "bad_workbook"
    no_header = _ledger(tmp_path / "y.xlsx", [])
    wb = load_workbook(no_header)
    wb.active.delete_rows(1, 2)  # type: ignore[union-attr]
    wb.active.append(["a", "b"])  # type: ignore[union-attr]
    wb.save(no_header)
    assert imp.preview_import(ctx, no_header).problems
    assert _counts(ctx) == before


def test_export_reimports_into_another_store(
    ctx: AppContext, admin: Actor, people: list[str], tmp_path: Path, empty_ctx: AppContext
) -> None:
    imp.import_items(ctx, admin, _ledger(tmp_path / "台账.xlsx", GOOD))
    out = tmp_path / "导出.xlsx"
    assert imp.export_items(ctx, out) == 4
    wb = load_workbook(out)
    ws = wb.active
    assert ws is not None
    assert [c.value for c in ws[1]] == [label for _, label, _ in imp.COLUMNS]
    preview = imp.preview_import(ctx, out)  # same store: every tag already there
    assert [r.row_no for r in preview.bad_rows] == [2, 3, 4, 5]
    assert all("已在台账中" in r.problems[0] for r in preview.bad_rows)
    # the layout reads back field for field
    rows = {r.values["asset_tag"]: r.values for r in preview.rows}
    car = rows["XS-ZB-2019-00007"]
    assert (car["category"], car["status"], car["price"], car["purchase_date"]) == (
        "执法车辆",
        "维修",
        "128000",
        "2022-07-01",
    )
