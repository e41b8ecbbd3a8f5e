"""Equipment register (装备台账): items with generated asset tags, check-out and return,
holdings, overdue loans, maintenance schedules and due-soon alerts, the lazily paged item
list and scanner-tolerant tag lookup.

Rules and numbers come from app.rules.equipment. Writes need Permission.MANAGE_EQUIPMENT
(EQUIPMENT_WRITE below).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.rules.equipment import (
    DEFAULT_TOWNSHIP_CODE,
    STATUS_LABELS,
    EquipmentStandard,
    ItemStatus,
    MaintenanceKind,
    add_months,
    checkout_refusal,
    format_tag,
    may_change_status,
    normalize_scanned_tag,
    parse_tag,
    tag_prefix,
    valid_township_code,
)
from app.reads import equipment as reads
from app.reads.equipment import LoanInfo as LoanInfo
from app.reads.equipment import ScheduleInfo as ScheduleInfo
from app.rules.roles import Permission
from local_db.models import LocalSetting, StaffMember, SyncMixin
from local_db.models_equipment import (
    EquipmentItem,
    EquipmentMovement,
    MaintenanceRecord,
    MaintenanceSchedule,
)
from local_db.uow import UnitOfWork

EQUIPMENT_WRITE = Permission.MANAGE_EQUIPMENT
TOWNSHIP_CODE_SETTING = "equipment.township_code"
PAGE_SIZE = 200


def shipped_standard_cached() -> EquipmentStandard:
    """The equipment standard shipped in resources/ (cached)."""
    return reads.shipped_standard()


def standard(ctx: AppContext | None = None) -> EquipmentStandard:
    """The equipment standard in force: the county's version loaded into this store
    (reference data, updated through reference_data.apply_reference_update), else the one
    shipped in resources/ (app.reads.equipment.standard)."""
    if ctx is None:
        return reads.shipped_standard()
    with ctx.db.dbapi_read() as con:
        return reads.standard(con)


# --- plain data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemInput:
    """The item form's fields (status, holder and tag change only through actions)."""

    category: str
    name: str = ""
    model: str = ""
    brand: str | None = None
    serial_no: str | None = None
    purchase_date: date | None = None
    price_fen: int | None = None
    funding_source: str | None = None
    location: str | None = None
    quantity: int = 1
    note: str | None = None


@dataclass(frozen=True)
class ItemInfo:
    """Plain data about one item."""

    id: str
    asset_tag: str
    category: str
    category_name: str
    name: str
    brand: str | None
    model: str
    serial_no: str | None
    purchase_date: date | None
    price_fen: int | None
    funding_source: str | None
    location: str | None
    status: ItemStatus
    holder_staff_id: str | None
    holder_name: str | None
    quantity: int
    consumable: bool
    note: str | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class MaintenanceInfo:
    """A maintenance record."""

    id: str
    item_id: str
    kind: MaintenanceKind
    done_on: date
    cost_fen: int | None
    vendor: str | None
    note: str | None


class ItemSort(StrEnum):
    """Sort keys of the item list."""

    TAG = "asset_tag"
    NAME = "name"
    CATEGORY = "category"
    STATUS = "status"
    LOCATION = "location"
    PURCHASE_DATE = "purchase_date"
    PRICE = "price_fen"


@dataclass(frozen=True)
class ItemFilter:
    """Filters of the item list; empty fields do not filter."""

    text: str = ""  # tag, name, brand, model or serial number contains
    categories: tuple[str, ...] = ()
    statuses: tuple[ItemStatus, ...] = ()
    location: str | None = None
    holder_staff_id: str | None = None
    consumable: bool | None = None


@dataclass(frozen=True)
class ItemRow:
    """One row of the item list (what the table shows)."""

    id: str
    asset_tag: str
    category: str
    category_name: str
    name: str
    brand: str | None
    model: str
    serial_no: str | None
    location: str | None
    status: ItemStatus
    holder_name: str | None
    quantity: int
    purchase_date: date | None
    price_fen: int | None


# --- helpers ------------------------------------------------------------------------------


def save_all(uow: UnitOfWork, rows: Sequence[SyncMixin], *, is_new: bool) -> None:
    """uow.save for many rows with one flush (bulk import, stock-take close, demo)."""
    uow.save_many(rows, is_new=is_new)


def _text(value: str | None, max_len: int, field: str, label: str) -> str | None:
    value = (value or "").strip()
    if len(value) > max_len:
        raise ValidationError(
            field, "too_long", "{label}不能超过 {n} 个字。", label=label, n=max_len
        )
    return value or None


def validate_item(data: ItemInput, std: EquipmentStandard | None = None) -> ItemInput:
    """Checked and trimmed form data; raises ValidationError naming the field."""
    cat = (std or standard()).category((data.category or "").strip())
    if cat is None:
        raise ValidationError(
            "category", "unknown_category", "未知的装备类别：{category}。", category=data.category
        )
    name = _text(data.name, 128, "name", "名称") or cat.name
    if data.price_fen is not None and data.price_fen < 0:
        raise ValidationError("price_fen", "negative_price", "单价不能为负数。")
    if data.quantity < 0 or (not cat.consumable and data.quantity != 1):
        raise ValidationError(
            "quantity", "bad_quantity", "非消耗品数量应为 1；消耗品数量不能为负数。"
        )
    return ItemInput(
        category=cat.code,
        name=name,
        model=_text(data.model, 128, "model", "型号") or "",
        brand=_text(data.brand, 64, "brand", "品牌"),
        serial_no=_text(data.serial_no, 128, "serial_no", "序列号"),
        purchase_date=data.purchase_date,
        price_fen=data.price_fen,
        funding_source=_text(data.funding_source, 64, "funding_source", "经费来源"),
        location=_text(data.location, 64, "location", "存放地点"),
        quantity=data.quantity,
        note=_text(data.note, 2000, "note", "备注"),
    )


def _fields(data: ItemInput) -> dict[str, Any]:
    return {
        "category": data.category,
        "name": data.name,
        "model": data.model,
        "brand": data.brand,
        "serial_no": data.serial_no,
        "purchase_date": data.purchase_date,
        "price_fen": data.price_fen,
        "funding_source": data.funding_source,
        "location": data.location,
        "quantity": data.quantity,
        "note": data.note,
    }


def _category_name(code: str, std: EquipmentStandard | None = None) -> str:
    cat = (std or standard()).category(code)
    return cat.name if cat else code


def _info(item: EquipmentItem, holder_name: str | None) -> ItemInfo:
    return ItemInfo(
        item.id,
        item.asset_tag,
        item.category,
        _category_name(item.category),
        item.name,
        item.brand,
        item.model,
        item.serial_no,
        item.purchase_date,
        item.price_fen,
        item.funding_source,
        item.location,
        ItemStatus(item.status),
        item.holder_staff_id,
        holder_name,
        item.quantity,
        item.consumable,
        item.note,
    )


def _staff_name(session: Any, staff_id: str | None) -> str | None:
    if staff_id is None:
        return None
    return session.scalar(select(StaffMember.name).where(StaffMember.id == staff_id))  # type: ignore[no-any-return]


def _load_item(uow: UnitOfWork, item_id: str) -> EquipmentItem:
    item = uow.session.get(EquipmentItem, item_id)
    if item is None or item.deleted:
        raise NotFound("item_not_found", "找不到该装备。")
    return item


def _load_active_staff(uow: UnitOfWork, staff_id: str) -> StaffMember:
    m = uow.session.get(StaffMember, staff_id)
    if m is None or m.deleted:
        raise NotFound("staff_not_found", "找不到该人员。")
    if not m.active:
        raise DomainError("staff_inactive", "{name}已停用，不能领用装备。", name=m.name)
    return m


# --- asset tags ---------------------------------------------------------------------------


def township_code(ctx: AppContext) -> str:
    """The township short code used in asset tags (set once by an administrator)."""
    with ctx.db.read_session() as s:
        value = s.scalar(
            select(LocalSetting.value).where(LocalSetting.key == TOWNSHIP_CODE_SETTING)
        )
    return value or DEFAULT_TOWNSHIP_CODE


def set_township_code(ctx: AppContext, actor: Actor, code: str) -> str:
    """Set the short code (2–6 capital letters, pinyin initials such as 孝顺镇 → XS)."""
    actor.require(Permission.MANAGE_SETTINGS)
    code = (code or "").strip().upper()
    if not valid_township_code(code):
        raise ValidationError(
            "township_code", "bad_code", "乡镇简码应为 2–6 个大写字母（如孝顺镇为 XS）。"
        )
    with ctx.uow(actor) as uow:
        row = uow.session.get(LocalSetting, TOWNSHIP_CODE_SETTING)
        before = row.value if row else None
        if row is None:
            uow.session.add(LocalSetting(key=TOWNSHIP_CODE_SETTING, value=code))
        else:
            row.value = code
        uow.record(
            "equipment.township_code", "local_setting", None, {"before": before, "after": code}
        )
        uow.commit()
    return code


class TagAllocator:
    """Hands out the next free sequence numbers of this year's prefix inside one transaction
    (the write transaction holds SQLite's write lock, so no other writer can race it)."""

    def __init__(self, uow: UnitOfWork, code: str, year: int) -> None:
        self.code = code
        self.year = year
        prefix = tag_prefix(code, year)
        last = uow.session.scalar(
            select(func.max(EquipmentItem.asset_tag)).where(
                EquipmentItem.asset_tag >= prefix, EquipmentItem.asset_tag < prefix + "~"
            )
        )
        parsed = parse_tag(last) if last else None
        self.next_seq = (parsed[2] if parsed else 0) + 1

    def take(self) -> str:
        tag = format_tag(self.code, self.year, self.next_seq)
        self.next_seq += 1
        return tag


def _code_in(uow: UnitOfWork) -> str:
    value = uow.session.scalar(
        select(LocalSetting.value).where(LocalSetting.key == TOWNSHIP_CODE_SETTING)
    )
    return value or DEFAULT_TOWNSHIP_CODE


def _local_year(uow: UnitOfWork) -> int:
    return uow.now.astimezone().year


# --- items --------------------------------------------------------------------------------


def _serial_taken(uow: UnitOfWork, model: str, serial: str | None, item_id: str | None) -> bool:
    if not serial:
        return False
    q = select(EquipmentItem.id).where(
        EquipmentItem.model == model,
        EquipmentItem.serial_no == serial,
        EquipmentItem.deleted.is_(False),
    )
    if item_id:
        q = q.where(EquipmentItem.id != item_id)
    return uow.session.scalar(q.limit(1)) is not None


def _new_item(data: ItemInput, tag: str, std: EquipmentStandard | None = None) -> EquipmentItem:
    cat = (std or standard()).category(data.category)
    assert cat is not None
    item = EquipmentItem(
        asset_tag=tag, status=ItemStatus.IN_STORE.value, consumable=cat.consumable, deleted=False
    )
    for key, value in _fields(data).items():
        setattr(item, key, value)
    return item


def register_item(ctx: AppContext, actor: Actor, data: ItemInput) -> ItemInfo:
    """Add an item to the register (在库); its asset tag is generated in the same transaction."""
    actor.require(EQUIPMENT_WRITE)
    data = validate_item(data, standard(ctx))
    with ctx.uow(actor) as uow:
        if _serial_taken(uow, data.model, data.serial_no, None):
            raise ValidationError(
                "serial_no",
                "serial_taken",
                "型号 {model} 的序列号 {serial} 已登记。",
                model=data.model or "（无型号）",
                serial=data.serial_no,
            )
        tag = TagAllocator(uow, _code_in(uow), _local_year(uow)).take()
        item = _new_item(data, tag, standard(ctx))
        uow.save(item, is_new=True)
        uow.record(
            "equipment.register", "equipment_item", item.id, {"asset_tag": tag, **_fields(data)}
        )
        uow.commit()
        return _info(item, None)


def register_items(ctx: AppContext, actor: Actor, inputs: Sequence[ItemInput]) -> list[str]:
    """Add many items in one transaction (all or nothing); returns their asset tags in order."""
    actor.require(EQUIPMENT_WRITE)
    std = standard(ctx)
    checked = [validate_item(d, std) for d in inputs]
    seen: set[tuple[str, str]] = set()
    for d in checked:
        if d.serial_no:
            key = (d.model, d.serial_no)
            if key in seen:
                raise ValidationError(
                    "serial_no",
                    "serial_taken",
                    "型号 {model} 的序列号 {serial} 已登记。",
                    model=d.model or "（无型号）",
                    serial=d.serial_no,
                )
            seen.add(key)
    with ctx.uow(actor) as uow:
        alloc = TagAllocator(uow, _code_in(uow), _local_year(uow))
        items = [_new_item(d, alloc.take(), std) for d in checked]
        try:
            save_all(uow, items, is_new=True)
        except IntegrityError as exc:
            raise ValidationError(
                "serial_no", "serial_taken", "有序列号与已登记的同型号装备重复，未登记任何装备。"
            ) from exc
        uow.record(
            "equipment.register_many",
            "equipment_item",
            None,
            {"count": len(items), "first": items[0].asset_tag if items else None},
        )
        uow.commit()
        return [i.asset_tag for i in items]


def update_item(ctx: AppContext, actor: Actor, item_id: str, data: ItemInput) -> ItemInfo:
    """Edit an item's details (not its status, holder or tag)."""
    actor.require(EQUIPMENT_WRITE)
    data = validate_item(data, standard(ctx))
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        cat = standard(ctx).category(data.category)
        assert cat is not None
        if cat.consumable != item.consumable:
            raise ValidationError(
                "category", "consumable_change", "不能在消耗品与非消耗品类别之间更改。"
            )
        if _serial_taken(uow, data.model, data.serial_no, item.id):
            raise ValidationError(
                "serial_no",
                "serial_taken",
                "型号 {model} 的序列号 {serial} 已登记。",
                model=data.model or "（无型号）",
                serial=data.serial_no,
            )
        after = _fields(data)
        before = {k: getattr(item, k) for k in after}
        for key, value in after.items():
            setattr(item, key, value)
        uow.save(item, is_new=False)
        changed = {k: {"before": before[k], "after": v} for k, v in after.items() if before[k] != v}
        uow.record("equipment.update", "equipment_item", item.id, changed)
        uow.commit()
        return _info(item, _staff_name(uow.session, item.holder_staff_id))


def set_item_status(
    ctx: AppContext, actor: Actor, item_id: str, to: ItemStatus, *, reason: str
) -> ItemInfo:
    """Send to repair, bring back from repair, retire (报废), report lost or found.

    Check-out and return have their own functions; a checked-out item reported lost closes
    its open check-out.
    """
    actor.require(EQUIPMENT_WRITE)
    to = ItemStatus(to)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "required", "请填写{label}。", label="原因")
    if to is ItemStatus.CHECKED_OUT:
        raise DomainError("use_checkout", "请通过“领用”办理。")
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        current = ItemStatus(item.status)
        if current is ItemStatus.CHECKED_OUT and to is ItemStatus.IN_STORE:
            raise DomainError("use_return", "该装备已领用，请通过“归还”办理。")
        if not may_change_status(current, to):
            raise DomainError(
                "status_not_allowed",
                "装备当前为“{current}”，不能改为“{to}”。",
                current=STATUS_LABELS[current],
                to=STATUS_LABELS[to],
            )
        if current is ItemStatus.CHECKED_OUT:
            loan = _open_loan(uow, item.id)
            if loan is not None:
                loan.returned_at = uow.now
                loan.condition_in = f"{STATUS_LABELS[to]}：{reason}"
                uow.save(loan, is_new=False)
            item.holder_staff_id = None
        item.status = to.value
        uow.save(item, is_new=False)
        uow.record(
            "equipment.status",
            "equipment_item",
            item.id,
            {"from": current.value, "to": to.value, "reason": reason},
        )
        uow.commit()
        return _info(item, None)


def transfer_item(
    ctx: AppContext, actor: Actor, item_id: str, to_location: str, *, note: str | None = None
) -> ItemInfo:
    """Move an item to another storage place (recorded as a transfer)."""
    actor.require(EQUIPMENT_WRITE)
    place = _text(to_location, 64, "location", "存放地点")
    if not place:
        raise ValidationError("location", "required", "请填写{label}。", label="存放地点")
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        move = EquipmentMovement(
            item_id=item.id,
            kind="transfer",
            quantity=item.quantity,
            out_at=uow.now,
            returned_at=uow.now,
            from_location=item.location,
            to_location=place,
            note=_text(note, 2000, "note", "备注"),
        )
        uow.save(move, is_new=True)
        before = item.location
        item.location = place
        uow.save(item, is_new=False)
        uow.record("equipment.transfer", "equipment_item", item.id, {"from": before, "to": place})
        uow.commit()
        return _info(item, _staff_name(uow.session, item.holder_staff_id))


def get_item(ctx: AppContext, item_id: str) -> ItemInfo:
    """One item by id."""
    with ctx.db.read_session() as s:
        item = s.get(EquipmentItem, item_id)
        if item is None or item.deleted:
            raise NotFound("item_not_found", "找不到该装备。")
        return _info(item, _staff_name(s, item.holder_staff_id))


def find_by_tag(ctx: AppContext, text: str) -> ItemInfo | None:
    """The item whose asset tag a USB scanner (or a person) typed, tolerant of blanks,
    lowercase and full-width characters; None when no item has that tag."""
    tag = normalize_scanned_tag(text)
    if not tag:
        return None
    with ctx.db.read_session() as s:
        item = s.scalar(
            select(EquipmentItem).where(
                EquipmentItem.asset_tag == tag, EquipmentItem.deleted.is_(False)
            )
        )
        if item is None:
            return None
        return _info(item, _staff_name(s, item.holder_staff_id))


# --- check-out and return -----------------------------------------------------------------

CHECKOUT_REFUSALS: dict[str, str] = {
    "already_checked_out": "{tag} 已由{holder}领用，归还前不能再次领用。",
    "in_repair": "{tag} 正在维修，不能领用。",
    "retired": "{tag} 已报废，不能领用。",
    "lost": "{tag} 已登记遗失，不能领用。",
}


def _open_loan(uow: UnitOfWork, item_id: str) -> EquipmentMovement | None:
    return uow.session.scalar(
        select(EquipmentMovement).where(
            EquipmentMovement.item_id == item_id,
            EquipmentMovement.kind == "checkout",
            EquipmentMovement.returned_at.is_(None),
            EquipmentMovement.deleted.is_(False),
        )
    )


def _loan_info(
    m: EquipmentMovement, item: EquipmentItem, staff_name: str | None, today: date
) -> LoanInfo:
    return reads.loan_info(
        m.id,
        item.id,
        item.asset_tag,
        item.name,
        m.staff_id,
        staff_name,
        m.out_at,
        m.due_back,
        m.returned_at,
        m.condition_out,
        m.condition_in,
        today,
    )


def check_out(
    ctx: AppContext,
    actor: Actor,
    item_id: str,
    staff_id: str,
    *,
    due_back: date | None = None,
    condition: str | None = None,
) -> LoanInfo:
    """Check an item out to a person (领用). Refused when it is already out, in repair,
    retired or lost; consumables are issued with `issue_consumable` instead.

    `due_back` None means a long-term assignment (配发), never overdue.
    """
    actor.require(EQUIPMENT_WRITE)
    today = ctx.clock.today()
    if due_back is not None and due_back < today:
        raise ValidationError("due_back", "due_in_past", "归还日期不能早于今天。")
    condition = _text(condition, 2000, "condition_out", "领用时状况")
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        if item.consumable:
            raise DomainError("consumable_checkout", "消耗品请办理“发放”，不办理领用。")
        refusal = checkout_refusal(ItemStatus(item.status))
        if refusal is not None:
            raise DomainError(
                refusal,
                CHECKOUT_REFUSALS[refusal],
                tag=item.asset_tag,
                holder=_staff_name(uow.session, item.holder_staff_id) or "他人",
            )
        person = _load_active_staff(uow, staff_id)
        loan = EquipmentMovement(
            item_id=item.id,
            kind="checkout",
            staff_id=person.id,
            quantity=1,
            out_at=uow.now,
            due_back=due_back,
            condition_out=condition,
            from_location=item.location,
        )
        try:
            uow.save(loan, is_new=True)
        except IntegrityError as exc:  # the open-check-out index: a second writer got there
            raise DomainError(
                "already_checked_out",
                CHECKOUT_REFUSALS["already_checked_out"],
                tag=item.asset_tag,
                holder="他人",
            ) from exc
        item.status = ItemStatus.CHECKED_OUT.value
        item.holder_staff_id = person.id
        uow.save(item, is_new=False)
        uow.record(
            "equipment.checkout",
            "equipment_item",
            item.id,
            {
                "staff_id": person.id,
                "staff": person.name,
                "due_back": due_back,
                "condition": condition,
            },
        )
        uow.commit()
        return _loan_info(loan, item, person.name, today)


def issue_kit(
    ctx: AppContext,
    actor: Actor,
    assignments: Sequence[tuple[str, str]],
    *,
    condition: str | None = "配发",
) -> int:
    """Check many items out at once, long-term (配发, no due date) — personal kit for a new
    squad or new recruits: (item_id, staff_id) pairs, all or nothing, same rules as check_out."""
    actor.require(EQUIPMENT_WRITE)
    condition = _text(condition, 2000, "condition_out", "领用时状况")
    with ctx.uow(actor) as uow:
        item_ids_ = [i for i, _ in assignments]
        if len(set(item_ids_)) != len(item_ids_):
            raise DomainError("duplicate_item", "同一件装备不能同时配发给两人。")
        items: dict[str, EquipmentItem] = {}
        for start in range(0, len(item_ids_), 500):
            for item in uow.session.scalars(
                select(EquipmentItem).where(EquipmentItem.id.in_(item_ids_[start : start + 500]))
            ):
                items[item.id] = item
        people: dict[str, StaffMember] = {}
        loans: list[EquipmentMovement] = []
        for item_id, staff_id in assignments:
            found = items.get(item_id)
            if found is None or found.deleted:
                raise NotFound("item_not_found", "找不到该装备。")
            item = found
            if item.consumable:
                raise DomainError("consumable_checkout", "消耗品请办理“发放”，不办理领用。")
            refusal = checkout_refusal(ItemStatus(item.status))
            if refusal is not None:
                raise DomainError(
                    refusal,
                    CHECKOUT_REFUSALS[refusal],
                    tag=item.asset_tag,
                    holder=_staff_name(uow.session, item.holder_staff_id) or "他人",
                )
            if staff_id not in people:
                people[staff_id] = _load_active_staff(uow, staff_id)
            loans.append(
                EquipmentMovement(
                    item_id=item.id,
                    kind="checkout",
                    staff_id=staff_id,
                    quantity=1,
                    out_at=uow.now,
                    condition_out=condition,
                    from_location=item.location,
                )
            )
            item.status = ItemStatus.CHECKED_OUT.value
            item.holder_staff_id = staff_id
        save_all(uow, loans, is_new=True)
        save_all(uow, [items[i] for i in item_ids_], is_new=False)
        uow.record(
            "equipment.issue_kit",
            "equipment_item",
            None,
            {"count": len(loans), "people": len(people), "condition": condition},
        )
        uow.commit()
        return len(loans)


def return_item(
    ctx: AppContext,
    actor: Actor,
    item_id: str,
    *,
    condition: str | None = None,
    to_repair: bool = False,
    location: str | None = None,
) -> LoanInfo:
    """Take a checked-out item back (归还) with condition notes; `to_repair` sends it
    straight to repair (维修) when it came back damaged."""
    actor.require(EQUIPMENT_WRITE)
    condition = _text(condition, 2000, "condition_in", "归还时状况")
    place = _text(location, 64, "location", "存放地点")
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        loan = _open_loan(uow, item.id)
        if ItemStatus(item.status) is not ItemStatus.CHECKED_OUT or loan is None:
            raise DomainError("not_checked_out", "{tag} 未被领用，无需归还。", tag=item.asset_tag)
        loan.returned_at = uow.now
        loan.condition_in = condition
        loan.to_location = place or item.location
        uow.save(loan, is_new=False)
        staff_name = _staff_name(uow.session, loan.staff_id)
        item.status = (ItemStatus.REPAIR if to_repair else ItemStatus.IN_STORE).value
        item.holder_staff_id = None
        if place:
            item.location = place
        uow.save(item, is_new=False)
        uow.record(
            "equipment.return",
            "equipment_item",
            item.id,
            {"staff_id": loan.staff_id, "condition": condition, "to_repair": to_repair},
        )
        uow.commit()
        return _loan_info(loan, item, staff_name, ctx.clock.today())


def issue_consumable(
    ctx: AppContext,
    actor: Actor,
    item_id: str,
    staff_id: str,
    quantity: int,
    *,
    note: str | None = None,
) -> ItemInfo:
    """Hand out `quantity` units of a consumable (发放); the stock line's quantity drops."""
    actor.require(EQUIPMENT_WRITE)
    if quantity <= 0:
        raise ValidationError("quantity", "bad_quantity", "发放数量应大于 0。")
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        if not item.consumable:
            raise DomainError(
                "not_consumable", "{tag} 不是消耗品，请办理领用。", tag=item.asset_tag
            )
        if item.quantity < quantity:
            raise DomainError(
                "not_enough",
                "{tag} 库存 {have}，不足发放 {want}。",
                tag=item.asset_tag,
                have=item.quantity,
                want=quantity,
            )
        person = _load_active_staff(uow, staff_id)
        move = EquipmentMovement(
            item_id=item.id,
            kind="issue",
            staff_id=person.id,
            quantity=quantity,
            out_at=uow.now,
            returned_at=None,
            note=_text(note, 2000, "note", "备注"),
        )
        uow.save(move, is_new=True)
        item.quantity -= quantity
        uow.save(item, is_new=False)
        uow.record(
            "equipment.issue",
            "equipment_item",
            item.id,
            {"staff_id": person.id, "quantity": quantity, "left": item.quantity},
        )
        uow.commit()
        return _info(item, None)


def overdue_loans(ctx: AppContext, today: date | None = None) -> list[LoanInfo]:
    """Open check-outs past their due-back date, most overdue first."""
    today = today or ctx.clock.today()
    with ctx.db.dbapi_read() as con:
        return reads.overdue_loans(con, today)


def holdings_of(ctx: AppContext, staff_id: str) -> list[LoanInfo]:
    """What a person holds now (open check-outs), oldest first — for the person's page."""
    with ctx.db.dbapi_read() as con:
        return reads.holdings_of(con, staff_id, ctx.clock.today())


def loan_history(ctx: AppContext, item_id: str) -> list[LoanInfo]:
    """Every check-out of an item, newest first."""
    with ctx.db.dbapi_read() as con:
        return reads.loan_history(con, item_id, ctx.clock.today())


# --- maintenance --------------------------------------------------------------------------


def add_schedule(
    ctx: AppContext,
    actor: Actor,
    item_id: str,
    kind: MaintenanceKind,
    due_on: date,
    *,
    interval_months: int | None = None,
    note: str | None = None,
) -> ScheduleInfo:
    """Schedule maintenance (inspection, insurance, battery swap, service), optionally recurring."""
    actor.require(EQUIPMENT_WRITE)
    kind = MaintenanceKind(kind)
    if interval_months is not None and not 1 <= interval_months <= 120:
        raise ValidationError("interval_months", "bad_interval", "周期应为 1–120 个月。")
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        sched = MaintenanceSchedule(
            item_id=item.id,
            kind=kind.value,
            due_on=due_on,
            interval_months=interval_months,
            active=True,
            note=_text(note, 2000, "note", "备注"),
        )
        uow.save(sched, is_new=True)
        uow.record(
            "equipment.schedule",
            "maintenance_schedule",
            sched.id,
            {
                "item_id": item.id,
                "kind": kind.value,
                "due_on": due_on,
                "interval_months": interval_months,
            },
        )
        uow.commit()
        return reads.schedule_info(
            sched.id,
            item.id,
            item.asset_tag,
            item.name,
            kind,
            due_on,
            interval_months,
            sched.note,
            ctx.clock.today(),
        )


def record_maintenance(
    ctx: AppContext,
    actor: Actor,
    item_id: str,
    kind: MaintenanceKind,
    done_on: date,
    *,
    schedule_id: str | None = None,
    cost_fen: int | None = None,
    vendor: str | None = None,
    note: str | None = None,
) -> MaintenanceInfo:
    """Record maintenance done; a recurring schedule moves on by its interval from `done_on`'s
    due date, a one-off schedule is closed."""
    actor.require(EQUIPMENT_WRITE)
    kind = MaintenanceKind(kind)
    if done_on > ctx.clock.today():
        raise ValidationError("done_on", "in_future", "完成日期不能晚于今天。")
    if cost_fen is not None and cost_fen < 0:
        raise ValidationError("cost_fen", "negative", "费用不能为负数。")
    with ctx.uow(actor) as uow:
        item = _load_item(uow, item_id)
        change: dict[str, Any] = {"kind": kind.value, "done_on": done_on, "cost_fen": cost_fen}
        if schedule_id is not None:
            sched = uow.session.get(MaintenanceSchedule, schedule_id)
            if sched is None or sched.deleted or sched.item_id != item.id:
                raise NotFound("schedule_not_found", "找不到该保养计划。")
            if sched.interval_months:
                before = sched.due_on
                next_due = add_months(sched.due_on, sched.interval_months)
                while next_due <= done_on:
                    next_due = add_months(next_due, sched.interval_months)
                sched.due_on = next_due
                change["schedule"] = {"before": before, "after": next_due}
            else:
                sched.active = False
                change["schedule"] = "closed"
            uow.save(sched, is_new=False)
        rec = MaintenanceRecord(
            item_id=item.id,
            schedule_id=schedule_id,
            kind=kind.value,
            done_on=done_on,
            cost_fen=cost_fen,
            vendor=_text(vendor, 128, "vendor", "维修单位"),
            note=_text(note, 2000, "note", "备注"),
        )
        uow.save(rec, is_new=True)
        uow.record("equipment.maintenance", "equipment_item", item.id, change)
        uow.commit()
        return MaintenanceInfo(rec.id, item.id, kind, done_on, cost_fen, rec.vendor, rec.note)


def maintenance_alerts(ctx: AppContext, today: date | None = None) -> list[ScheduleInfo]:
    """Active schedules that are overdue or due soon (window per kind), earliest first.
    Schedules of retired or lost items are left out."""
    today = today or ctx.clock.today()
    with ctx.db.dbapi_read() as con:
        return reads.maintenance_alerts(con, today)


def schedules_of(ctx: AppContext, item_id: str) -> list[ScheduleInfo]:
    """Active schedules of one item."""
    with ctx.db.dbapi_read() as con:
        return reads.schedules_of(con, item_id, ctx.clock.today())


def maintenance_history(ctx: AppContext, item_id: str) -> list[MaintenanceInfo]:
    """Maintenance records of an item, newest first."""
    with ctx.db.read_session() as s:
        recs = s.scalars(
            select(MaintenanceRecord)
            .where(MaintenanceRecord.item_id == item_id, MaintenanceRecord.deleted.is_(False))
            .order_by(MaintenanceRecord.done_on.desc())
        ).all()
        return [
            MaintenanceInfo(
                r.id, r.item_id, MaintenanceKind(r.kind), r.done_on, r.cost_fen, r.vendor, r.note
            )
            for r in recs
        ]


# --- the item list (ids first, rows a page at a time) ---------------------------------------

_SORT_COLUMNS = {
    ItemSort.TAG: EquipmentItem.asset_tag,
    ItemSort.NAME: EquipmentItem.name,
    ItemSort.CATEGORY: EquipmentItem.category,
    ItemSort.STATUS: EquipmentItem.status,
    ItemSort.LOCATION: EquipmentItem.location,
    ItemSort.PURCHASE_DATE: EquipmentItem.purchase_date,
    ItemSort.PRICE: EquipmentItem.price_fen,
}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def item_ids(
    ctx: AppContext,
    flt: ItemFilter | None = None,
    sort: ItemSort = ItemSort.TAG,
    *,
    descending: bool = False,
) -> list[str]:
    """Ids of the items matching `flt`, sorted in SQL (ties broken by asset tag)."""
    flt = flt or ItemFilter()
    q = select(EquipmentItem.id).where(EquipmentItem.deleted.is_(False))
    if flt.categories:
        q = q.where(EquipmentItem.category.in_(flt.categories))
    if flt.statuses:
        q = q.where(EquipmentItem.status.in_([ItemStatus(s).value for s in flt.statuses]))
    if flt.location:
        q = q.where(EquipmentItem.location == flt.location)
    if flt.holder_staff_id:
        q = q.where(EquipmentItem.holder_staff_id == flt.holder_staff_id)
    if flt.consumable is not None:
        q = q.where(EquipmentItem.consumable.is_(flt.consumable))
    text = (flt.text or "").strip()
    if text:
        pattern = f"%{_like_escape(text)}%"
        tag = normalize_scanned_tag(text)
        q = q.where(
            or_(
                EquipmentItem.asset_tag == tag,
                EquipmentItem.asset_tag.like(f"%{_like_escape(tag)}%", escape="\\"),
                EquipmentItem.name.like(pattern, escape="\\"),
                EquipmentItem.brand.like(pattern, escape="\\"),
                EquipmentItem.model.like(pattern, escape="\\"),
                EquipmentItem.serial_no.like(pattern, escape="\\"),
            )
        )
    col = _SORT_COLUMNS[ItemSort(sort)]
    order: list[Any] = [col.desc() if descending else col.asc()]
    if col is not EquipmentItem.asset_tag:
        order.append(EquipmentItem.asset_tag)
    with ctx.db.read_session() as s:
        return list(s.scalars(q.order_by(*order)))


def item_rows(ctx: AppContext, ids: Sequence[str]) -> dict[str, ItemRow]:
    """Rows for a page of ids (one SELECT … IN), keyed by id; call with ≤ PAGE_SIZE ids."""
    if not ids:
        return {}
    out: dict[str, ItemRow] = {}
    with ctx.db.read_session() as s:
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            rows = s.execute(
                select(
                    EquipmentItem.id,
                    EquipmentItem.asset_tag,
                    EquipmentItem.category,
                    EquipmentItem.name,
                    EquipmentItem.brand,
                    EquipmentItem.model,
                    EquipmentItem.serial_no,
                    EquipmentItem.location,
                    EquipmentItem.status,
                    StaffMember.name,
                    EquipmentItem.quantity,
                    EquipmentItem.purchase_date,
                    EquipmentItem.price_fen,
                )
                .outerjoin(StaffMember, and_(StaffMember.id == EquipmentItem.holder_staff_id))
                .where(EquipmentItem.id.in_(chunk))
            ).all()
            for r in rows:
                out[r[0]] = ItemRow(
                    r[0],
                    r[1],
                    r[2],
                    _category_name(r[2]),
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    ItemStatus(r[8]),
                    r[9],
                    r[10],
                    r[11],
                    r[12],
                )
    return out


def locations(ctx: AppContext) -> list[str]:
    """Storage places in use (for filters and the stock-take scope)."""
    with ctx.db.read_session() as s:
        return [
            loc
            for loc in s.scalars(
                select(EquipmentItem.location)
                .where(EquipmentItem.deleted.is_(False), EquipmentItem.location.is_not(None))
                .distinct()
                .order_by(EquipmentItem.location)
            )
            if loc
        ]


@dataclass(frozen=True)
class LabelData:
    """What one printed label carries (the QR code encodes `asset_tag`)."""

    asset_tag: str
    name: str
    model: str
    township_label: str = field(default="")


def label_data(ctx: AppContext, ids: Sequence[str]) -> list[LabelData]:
    """Data for a label sheet, in the order of `ids` (the PDF comes from the documents module)."""
    rows = item_rows(ctx, ids)
    from app.services import setup

    town = setup.township(ctx)
    label = town.squad_name if town else ""
    return [
        LabelData(rows[i].asset_tag, rows[i].name, rows[i].model, label) for i in ids if i in rows
    ]
