"""Excel ledgers (装备台账.xlsx): preview an import with per-row problems, import all rows or
none, and export the register in the same column layout.

Columns are found by their header text (the usual names and a few aliases), on the first of
the top 10 rows that holds at least three known headers, so a title row above is fine.
An import adds items: an empty 资产编号 gets a generated tag, a given one must be new.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.equipment import (
    STATUS_LABELS,
    EquipmentStandard,
    ItemStatus,
    normalize_scanned_tag,
    parse_tag,
)
from app.services.equipment import (
    EQUIPMENT_WRITE,
    ItemFilter,
    ItemInput,
    TagAllocator,
    _code_in,
    _local_year,
    item_ids,
    save_all,
    standard,
    validate_item,
)
from local_db.models import StaffMember
from local_db.models_equipment import EquipmentItem, EquipmentMovement

# (field, header written on export, headers accepted on import)
COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("asset_tag", "资产编号", ("资产编号", "资产标签", "资产编码", "编号")),
    ("category", "类别", ("类别", "装备类别", "分类", "类型")),
    ("name", "名称", ("名称", "装备名称", "品名", "物品名称")),
    ("brand", "品牌", ("品牌", "厂家", "生产厂家")),
    ("model", "型号", ("型号", "规格型号", "规格")),
    ("serial_no", "序列号", ("序列号", "出厂编号", "SN", "S/N", "机身号")),
    ("purchase_date", "购置日期", ("购置日期", "购买日期", "采购日期", "入库日期")),
    ("price", "单价（元）", ("单价（元）", "单价(元)", "单价", "价格", "金额（元）", "金额")),
    ("funding_source", "经费来源", ("经费来源", "资金来源")),
    ("location", "存放地点", ("存放地点", "存放位置", "位置", "存放处")),
    ("status", "状态", ("状态", "使用状态")),
    ("holder", "领用人", ("领用人", "使用人", "保管人", "责任人")),
    ("quantity", "数量", ("数量",)),
    ("note", "备注", ("备注", "说明")),
)
LABELS = {f: label for f, label, _ in COLUMNS}
REQUIRED = ("category",)
HEADER_SCAN_ROWS = 10
MAX_ROWS = 20_000


@dataclass(frozen=True)
class ImportRow:
    """One data row of the sheet: what was read and what is wrong with it."""

    row_no: int  # the Excel row number
    values: dict[str, str]  # field → text as read (for the preview table)
    problems: tuple[str, ...]
    item: ItemInput | None = None
    asset_tag: str | None = None
    status: ItemStatus = ItemStatus.IN_STORE
    holder_staff_id: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    """The whole sheet as it would import; `ok` only when every row can be read."""

    sheet: str
    header_row: int
    columns: dict[str, str]  # field → header found
    rows: tuple[ImportRow, ...]
    problems: tuple[str, ...] = field(default=())  # file-level problems

    @property
    def bad_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.ok)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.bad_rows and bool(self.rows)


# --- reading cells --------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _DATE_RE.match(str(value).strip())
    if not m:
        raise ValueError
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _parse_fen(value: Any) -> int:
    text = str(value).strip().replace(",", "").replace("，", "").replace("¥", "").replace("元", "")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError from exc
    fen = amount * 100
    if amount < 0 or fen != fen.to_integral_value():
        raise ValueError
    return int(fen)


def _parse_int(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if not text.isdigit():
        raise ValueError
    return int(text)


STATUS_BY_TEXT: dict[str, ItemStatus] = {
    **{label: s for s, label in STATUS_LABELS.items()},
    **{s.value: s for s in ItemStatus},
    "在用": ItemStatus.CHECKED_OUT,
    "已领用": ItemStatus.CHECKED_OUT,
    "维修中": ItemStatus.REPAIR,
    "已报废": ItemStatus.RETIRED,
    "丢失": ItemStatus.LOST,
}


# --- the sheet ------------------------------------------------------------------------------


def _open_sheet(path: Path) -> tuple[str, list[tuple[Any, ...]]]:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # Ledgers saved by WPS/Excel often lack a default style; openpyxl warns, we read on.
            warnings.simplefilter("ignore", UserWarning)
            wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DomainError(
            "bad_workbook",
            "无法读取文件 {name}：不是有效的 Excel 工作簿（.xlsx）。",
            name=path.name,
        ) from exc
    try:
        ws = wb.worksheets[0]
        rows = [
            tuple(r) for r in ws.iter_rows(values_only=True, max_row=MAX_ROWS + HEADER_SCAN_ROWS)
        ]
        return ws.title, rows
    finally:
        wb.close()


def _find_header(rows: Sequence[tuple[Any, ...]]) -> tuple[int, dict[str, int], dict[str, str]]:
    aliases = {a.replace(" ", "").upper(): f for f, _, names in COLUMNS for a in names}
    for idx, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        cols: dict[str, int] = {}
        found: dict[str, str] = {}
        for c, value in enumerate(row):
            key = _cell_text(value).replace(" ", "").upper()
            f = aliases.get(key)
            if f and f not in cols:
                cols[f] = c
                found[f] = _cell_text(value)
        if len(cols) >= 3:
            return idx, cols, found
    return -1, {}, {}


def _staff_by_name(s: Session) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for sid, name in s.execute(
        select(StaffMember.id, StaffMember.name).where(
            StaffMember.deleted.is_(False), StaffMember.active.is_(True)
        )
    ):
        out.setdefault(name, []).append(sid)
    return out


def _read_row(
    row_no: int,
    raw: dict[str, Any],
    staff: dict[str, list[str]],
    existing_tags: set[str],
    existing_serials: set[tuple[str, str]],
    file_tags: dict[str, int],
    file_serials: dict[tuple[str, str], int],
    std: EquipmentStandard | None = None,
) -> ImportRow:
    values = {f: _cell_text(v) for f, v in raw.items()}
    problems: list[str] = []

    def bad(f: str, why: str) -> None:
        problems.append(f"{LABELS[f]}：{why}")

    cat = (std or standard()).by_name_or_code(values.get("category", ""))
    if not values.get("category"):
        bad("category", "不能为空")
    elif cat is None:
        bad("category", f"未知类别“{values['category']}”")
    purchase: date | None = None
    if values.get("purchase_date"):
        try:
            purchase = _parse_date(raw["purchase_date"])
        except ValueError:
            bad("purchase_date", f"无法识别的日期“{values['purchase_date']}”")
    price: int | None = None
    if values.get("price"):
        try:
            price = _parse_fen(raw["price"])
        except ValueError:
            bad("price", f"无法识别的金额“{values['price']}”")
    quantity = 1
    if values.get("quantity"):
        try:
            quantity = _parse_int(raw["quantity"])
        except ValueError:
            bad("quantity", f"应为整数，读到“{values['quantity']}”")
    status = ItemStatus.IN_STORE
    if values.get("status"):
        found_status = STATUS_BY_TEXT.get(values["status"])
        if found_status is None:
            bad("status", f"未知状态“{values['status']}”（应为 在库/领用/维修/报废/遗失）")
        else:
            status = found_status
    holder: str | None = None
    if values.get("holder"):
        ids = staff.get(values["holder"], [])
        if not ids:
            bad("holder", f"人员名册中没有“{values['holder']}”")
        elif len(ids) > 1:
            bad("holder", f"名册中有多名“{values['holder']}”，无法确定")
        else:
            holder = ids[0]
    if status is ItemStatus.CHECKED_OUT and holder is None and not values.get("holder"):
        bad("holder", "状态为领用时须填写领用人")
    if holder is not None and status is not ItemStatus.CHECKED_OUT:
        bad("holder", "只有状态为领用的装备才填写领用人")
    tag: str | None = None
    if values.get("asset_tag"):
        tag = normalize_scanned_tag(values["asset_tag"])
        if parse_tag(tag) is None:
            bad(
                "asset_tag",
                f"格式不对“{values['asset_tag']}”（如 XS-ZB-2026-00042，可留空自动生成）",
            )
        elif tag in existing_tags:
            bad("asset_tag", f"{tag} 已在台账中")
        elif tag in file_tags:
            bad("asset_tag", f"与第 {file_tags[tag]} 行重复")
        else:
            file_tags[tag] = row_no
    item: ItemInput | None = None
    if cat is not None:
        if cat.consumable and status is ItemStatus.CHECKED_OUT:
            bad("status", "消耗品不办理领用")
        try:
            item = validate_item(
                std=std,
                data=ItemInput(
                    category=cat.code,
                    name=values.get("name", ""),
                    model=values.get("model", ""),
                    brand=values.get("brand"),
                    serial_no=values.get("serial_no"),
                    purchase_date=purchase,
                    price_fen=price,
                    funding_source=values.get("funding_source"),
                    location=values.get("location"),
                    quantity=quantity,
                    note=values.get("note"),
                )
            )
        except DomainError as exc:
            f = getattr(exc, "field", "")
            f = "price" if f == "price_fen" else f
            problems.append(f"{LABELS.get(f, f or '数据')}：{exc.message}")
    if item is not None and item.serial_no:
        key = (item.model, item.serial_no)
        if key in existing_serials:
            bad("serial_no", f"型号“{item.model}”的序列号 {item.serial_no} 已在台账中")
        elif key in file_serials:
            bad("serial_no", f"与第 {file_serials[key]} 行的型号和序列号重复")
        else:
            file_serials[key] = row_no
    return ImportRow(
        row_no, values, tuple(problems), item if not problems else None, tag, status, holder
    )


def _preview(s: Session, path: Path, std: EquipmentStandard | None = None) -> ImportPreview:
    sheet, rows = _open_sheet(path)
    idx, cols, found = _find_header(rows)
    if idx < 0:
        return ImportPreview(
            sheet, 0, {}, (), ("找不到表头行：前 10 行中应有“类别”“名称”“型号”等列名。",)
        )
    missing = [LABELS[f] for f in REQUIRED if f not in cols]
    if missing:
        return ImportPreview(sheet, idx + 1, found, (), (f"缺少必需的列：{'、'.join(missing)}。",))
    if len(rows) - idx - 1 > MAX_ROWS:
        return ImportPreview(sheet, idx + 1, found, (), (f"行数超过 {MAX_ROWS}，请分批导入。",))
    staff = _staff_by_name(s)
    existing_tags = set(s.scalars(select(EquipmentItem.asset_tag)))
    existing_serials = {
        (m, sn)
        for m, sn in s.execute(
            select(EquipmentItem.model, EquipmentItem.serial_no).where(
                EquipmentItem.serial_no.is_not(None), EquipmentItem.deleted.is_(False)
            )
        )
        if sn
    }
    file_tags: dict[str, int] = {}
    file_serials: dict[tuple[str, str], int] = {}
    out: list[ImportRow] = []
    for offset, row in enumerate(rows[idx + 1 :]):
        raw = {f: (row[c] if c < len(row) else None) for f, c in cols.items()}
        if all(_cell_text(v) == "" for v in raw.values()):
            continue  # blank line
        out.append(
            _read_row(
                idx + 2 + offset,
                raw,
                staff,
                existing_tags,
                existing_serials,
                file_tags,
                file_serials,
                std,
            )
        )
    return ImportPreview(sheet, idx + 1, found, tuple(out))


def preview_import(ctx: AppContext, path: Path) -> ImportPreview:
    """Read the ledger and say, row by row (Excel row numbers), what would import."""
    with ctx.db.read_session() as s:
        return _preview(s, Path(path), standard(ctx))


def describe_problems(preview: ImportPreview, limit: int = 20) -> str:
    """The file's problems as text: "第 5 行：类别：未知类别“xx”" lines."""
    lines = list(preview.problems)
    for r in preview.bad_rows[:limit]:
        lines.append(f"第 {r.row_no} 行：" + "；".join(r.problems))
    if len(preview.bad_rows) > limit:
        lines.append(f"……另有 {len(preview.bad_rows) - limit} 行有问题。")
    if not preview.rows and not preview.problems:
        lines.append("表中没有数据行。")
    return "\n".join(lines)


def import_items(ctx: AppContext, actor: Actor, path: Path) -> list[str]:
    """Import every row of the ledger in one transaction, or nothing when any row is bad
    (DomainError "import_rejected" listing the rows). Returns the asset tags, in sheet order."""
    actor.require(EQUIPMENT_WRITE)
    path = Path(path)
    with ctx.uow(actor) as uow:
        preview = _preview(uow.session, path, standard(ctx))  # re-read under the write lock
        if not preview.ok:
            raise DomainError(
                "import_rejected",
                "导入未进行，台账未作任何更改：\n{details}",
                details=describe_problems(preview),
            )
        alloc = TagAllocator(uow, _code_in(uow), _local_year(uow))
        items: list[EquipmentItem] = []
        loans: list[tuple[EquipmentItem, str]] = []
        for r in preview.rows:
            assert r.item is not None
            cat = standard(ctx).category(r.item.category)
            assert cat is not None
            item = EquipmentItem(
                asset_tag=r.asset_tag or "",
                status=r.status.value,
                consumable=cat.consumable,
                holder_staff_id=r.holder_staff_id,
                deleted=False,
                category=r.item.category,
                name=r.item.name,
                model=r.item.model,
                brand=r.item.brand,
                serial_no=r.item.serial_no,
                purchase_date=r.item.purchase_date,
                price_fen=r.item.price_fen,
                funding_source=r.item.funding_source,
                location=r.item.location,
                quantity=r.item.quantity,
                note=r.item.note,
            )
            items.append(item)
            if r.holder_staff_id:
                loans.append((item, r.holder_staff_id))
        taken = {r.asset_tag for r in preview.rows if r.asset_tag}
        for item in items:
            while not item.asset_tag:
                tag = alloc.take()
                if tag not in taken:
                    item.asset_tag = tag
        save_all(uow, items, is_new=True)
        save_all(
            uow,
            [
                EquipmentMovement(
                    item_id=item.id,
                    kind="checkout",
                    staff_id=sid,
                    quantity=1,
                    out_at=uow.now,
                    condition_out="台账导入",
                    from_location=item.location,
                )
                for item, sid in loans
            ],
            is_new=True,
        )
        uow.record(
            "equipment.import",
            "equipment_item",
            None,
            {"file": path.name, "count": len(items), "checked_out": len(loans)},
        )
        uow.commit()
        return [i.asset_tag for i in items]


def export_items(ctx: AppContext, path: Path, flt: ItemFilter | None = None) -> int:
    """Write the (filtered) register as a ledger in the import layout; returns the row count."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    ids = item_ids(ctx, flt)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "装备台账"
    ws.append([label for _, label, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    with ctx.db.read_session() as s:
        for rows in _chunked_items(s, ids):
            for item, holder in rows:
                cat = standard(ctx).category(item.category)
                ws.append(
                    [
                        item.asset_tag,
                        cat.name if cat else item.category,
                        item.name,
                        item.brand,
                        item.model,
                        item.serial_no,
                        item.purchase_date,
                        Decimal(item.price_fen) / 100 if item.price_fen is not None else None,
                        item.funding_source,
                        item.location,
                        STATUS_LABELS[ItemStatus(item.status)],
                        holder,
                        item.quantity,
                        item.note,
                    ]
                )
    for row in ws.iter_rows(min_row=2, min_col=7, max_col=7):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    for col, width in zip(
        "ABCDEFGHIJKLMN", (18, 12, 16, 10, 16, 16, 12, 10, 12, 12, 8, 10, 6, 20), strict=True
    ):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return len(ids)


def _chunked_items(
    s: Session, ids: Sequence[str]
) -> Iterable[list[tuple[EquipmentItem, str | None]]]:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = s.execute(
            select(EquipmentItem, StaffMember.name)
            .outerjoin(StaffMember, StaffMember.id == EquipmentItem.holder_staff_id)
            .where(EquipmentItem.id.in_(chunk))
        ).all()
        by_id = {i.id: (i, n) for i, n in rows}
        yield [by_id[i] for i in chunk if i in by_id]
