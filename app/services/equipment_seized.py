"""Seized goods (罚没物品, 002): kept in their own store, linked to their case; every movement
in or out is recorded, and the disposal decision closes the record.

The case model is being built elsewhere: `case_id` is a plain nullable id (no foreign key yet)
and `case_number` the printed case number, so goods can be registered before the link exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.services.equipment import EQUIPMENT_WRITE
from local_db.models_equipment import SeizedGood, SeizedGoodMovement
from local_db.uow import UnitOfWork


class SeizedStatus(StrEnum):
    """Where a seized good stands."""

    IN_STORE = "in_store"  # 在库
    OUT = "out"  # 临时出库（鉴定、庭审、检验）
    DISPOSED = "disposed"  # 已处置


SEIZED_STATUS_LABELS = {
    SeizedStatus.IN_STORE: "在库",
    SeizedStatus.OUT: "临时出库",
    SeizedStatus.DISPOSED: "已处置",
}


class Disposal(StrEnum):
    """Disposal decisions."""

    RETURN_OWNER = "return_owner"  # 退还当事人
    DESTROY = "destroy"  # 没收销毁
    AUCTION = "auction"  # 没收拍卖
    HAND_OVER = "hand_over"  # 没收上缴/移交
    TRANSFER = "transfer"  # 随案移送


DISPOSAL_LABELS = {
    Disposal.RETURN_OWNER: "退还当事人",
    Disposal.DESTROY: "没收销毁",
    Disposal.AUCTION: "没收拍卖",
    Disposal.HAND_OVER: "没收上缴",
    Disposal.TRANSFER: "随案移送",
}


@dataclass(frozen=True)
class SeizedInput:
    """The registration form."""

    case_number: str
    description: str
    storage_place: str
    seized_on: date
    quantity: int = 1
    unit: str = "件"
    case_id: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SeizedInfo:
    """Plain data about one seized good."""

    id: str
    case_id: str | None
    case_number: str
    description: str
    quantity: int
    unit: str
    storage_place: str
    seized_on: date
    status: SeizedStatus
    disposal: Disposal | None
    disposal_on: date | None
    disposal_note: str | None
    note: str | None


@dataclass(frozen=True)
class SeizedMovementInfo:
    """One in/out/disposal record."""

    id: str
    kind: str  # in | out | back | dispose
    at: datetime
    quantity: int
    staff_id: str | None
    reason: str | None


def _info(g: SeizedGood) -> SeizedInfo:
    return SeizedInfo(
        g.id,
        g.case_id,
        g.case_number,
        g.description,
        g.quantity,
        g.unit,
        g.storage_place,
        g.seized_on,
        SeizedStatus(g.status),
        Disposal(g.disposal_decision) if g.disposal_decision else None,
        g.disposal_on,
        g.disposal_note,
        g.note,
    )


def _required(value: str | None, field: str, label: str, max_len: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, "required", "请填写{label}。", label=label)
    if len(value) > max_len:
        raise ValidationError(
            field, "too_long", "{label}不能超过 {n} 个字。", label=label, n=max_len
        )
    return value


def _load(uow: UnitOfWork, good_id: str) -> SeizedGood:
    g = uow.session.get(SeizedGood, good_id)
    if g is None or g.deleted:
        raise NotFound("seized_not_found", "找不到该罚没物品。")
    return g


def _move(
    uow: UnitOfWork, g: SeizedGood, kind: str, reason: str | None, staff_id: str | None
) -> None:
    uow.save(
        SeizedGoodMovement(
            good_id=g.id,
            kind=kind,
            at=uow.now,
            quantity=g.quantity,
            staff_id=staff_id,
            reason=reason,
        ),
        is_new=True,
    )


def register_seized(ctx: AppContext, actor: Actor, data: SeizedInput) -> SeizedInfo:
    """Take a seized good into the store (入库), linked to its case."""
    actor.require(EQUIPMENT_WRITE)
    case_number = _required(data.case_number, "case_number", "案件编号", 64)
    description = _required(data.description, "description", "物品描述", 2000)
    place = _required(data.storage_place, "storage_place", "存放地点", 64)
    unit = _required(data.unit, "unit", "计量单位", 16)
    if data.quantity <= 0:
        raise ValidationError("quantity", "bad_quantity", "数量应大于 0。")
    if data.seized_on > ctx.clock.today():
        raise ValidationError("seized_on", "in_future", "扣押日期不能晚于今天。")
    with ctx.uow(actor) as uow:
        g = SeizedGood(
            case_id=data.case_id,
            case_number=case_number,
            description=description,
            quantity=data.quantity,
            unit=unit,
            storage_place=place,
            seized_on=data.seized_on,
            status=SeizedStatus.IN_STORE.value,
            note=(data.note or "").strip() or None,
        )
        uow.save(g, is_new=True)
        _move(uow, g, "in", "扣押入库", None)
        uow.record(
            "seized.register",
            "seized_good",
            g.id,
            {
                "case_number": case_number,
                "description": description,
                "quantity": data.quantity,
                "unit": unit,
                "storage_place": place,
            },
        )
        uow.commit()
        return _info(g)


def take_out(
    ctx: AppContext, actor: Actor, good_id: str, *, reason: str, staff_id: str | None = None
) -> SeizedInfo:
    """Temporarily take a good out of the store (appraisal, hearing …) with the reason."""
    actor.require(EQUIPMENT_WRITE)
    reason = _required(reason, "reason", "出库事由", 2000)
    with ctx.uow(actor) as uow:
        g = _load(uow, good_id)
        if SeizedStatus(g.status) is not SeizedStatus.IN_STORE:
            raise DomainError(
                "seized_not_in_store",
                "该物品当前为“{status}”，不能出库。",
                status=SEIZED_STATUS_LABELS[SeizedStatus(g.status)],
            )
        g.status = SeizedStatus.OUT.value
        uow.save(g, is_new=False)
        _move(uow, g, "out", reason, staff_id)
        uow.record("seized.out", "seized_good", g.id, {"reason": reason, "staff_id": staff_id})
        uow.commit()
        return _info(g)


def bring_back(
    ctx: AppContext,
    actor: Actor,
    good_id: str,
    *,
    note: str | None = None,
    storage_place: str | None = None,
) -> SeizedInfo:
    """Put a good that was out back into the store."""
    actor.require(EQUIPMENT_WRITE)
    with ctx.uow(actor) as uow:
        g = _load(uow, good_id)
        if SeizedStatus(g.status) is not SeizedStatus.OUT:
            raise DomainError("seized_not_out", "该物品未出库，无需归库。")
        g.status = SeizedStatus.IN_STORE.value
        if storage_place and storage_place.strip():
            g.storage_place = storage_place.strip()[:64]
        uow.save(g, is_new=False)
        _move(uow, g, "back", (note or "").strip() or "归库", None)
        uow.record("seized.back", "seized_good", g.id, {"storage_place": g.storage_place})
        uow.commit()
        return _info(g)


def dispose(
    ctx: AppContext, actor: Actor, good_id: str, decision: Disposal, *, on: date, note: str
) -> SeizedInfo:
    """Record the disposal decision (退还/销毁/拍卖/上缴/移送) and close the record.
    Only a good in the store can be disposed of."""
    actor.require(EQUIPMENT_WRITE)
    decision = Disposal(decision)
    note = _required(note, "disposal_note", "处置依据", 2000)
    if on > ctx.clock.today():
        raise ValidationError("disposal_on", "in_future", "处置日期不能晚于今天。")
    with ctx.uow(actor) as uow:
        g = _load(uow, good_id)
        status = SeizedStatus(g.status)
        if status is not SeizedStatus.IN_STORE:
            raise DomainError(
                "seized_not_in_store",
                "该物品当前为“{status}”，不能处置。",
                status=SEIZED_STATUS_LABELS[status],
            )
        if on < g.seized_on:
            raise ValidationError("disposal_on", "before_seizure", "处置日期早于扣押日期。")
        g.status = SeizedStatus.DISPOSED.value
        g.disposal_decision = decision.value
        g.disposal_on = on
        g.disposal_note = note
        uow.save(g, is_new=False)
        _move(uow, g, "dispose", f"{DISPOSAL_LABELS[decision]}：{note}", None)
        uow.record(
            "seized.dispose",
            "seized_good",
            g.id,
            {"decision": decision.value, "on": on, "note": note},
        )
        uow.commit()
        return _info(g)


def list_seized(
    ctx: AppContext,
    *,
    status: SeizedStatus | None = None,
    case_number: str | None = None,
    case_id: str | None = None,
) -> list[SeizedInfo]:
    """The seized-goods list (its own list, not the equipment register), newest first."""
    with ctx.db.read_session() as s:
        q = select(SeizedGood).where(SeizedGood.deleted.is_(False))
        if status is not None:
            q = q.where(SeizedGood.status == SeizedStatus(status).value)
        if case_number:
            q = q.where(SeizedGood.case_number == case_number.strip())
        if case_id:
            q = q.where(SeizedGood.case_id == case_id)
        q = q.order_by(SeizedGood.seized_on.desc(), SeizedGood.id.desc())
        return [_info(g) for g in s.scalars(q)]


def seized_movements(ctx: AppContext, good_id: str) -> list[SeizedMovementInfo]:
    """In/out/disposal records of one good, oldest first."""
    with ctx.db.read_session() as s:
        rows = s.scalars(
            select(SeizedGoodMovement)
            .where(SeizedGoodMovement.good_id == good_id, SeizedGoodMovement.deleted.is_(False))
            .order_by(SeizedGoodMovement.at, SeizedGoodMovement.id)
        )
        return [
            SeizedMovementInfo(m.id, m.kind, m.at, m.quantity, m.staff_id, m.reason) for m in rows
        ]
