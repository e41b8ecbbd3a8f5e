"""Staff register (人员与证件): squad members, their certificates and recorded status actions.

The answers to "may this person handle a case today?" and "auxiliaries ≤ sworn officers?"
come from app.rules.certificates; this module only loads the data and records changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.reads import staff as staff_reads
from app.reads.staff import SquadComposition as SquadComposition
from app.rules.certificates import (
    CertAction,
    CertStatus,
    Eligibility,
    StaffKind,
    StaffPosition,
    handler_eligibility,
    status_after,
)
from app.rules.roles import Permission
from local_db.models import CertificateAction, StaffMember, UserAccount
from local_db.uow import UnitOfWork

CERT_ACTION_LABELS: dict[CertAction, str] = {
    CertAction.ISSUE: "发证",
    CertAction.RENEW: "换证/延期",
    CertAction.YELLOW: "黄牌警告",
    CertAction.ORANGE: "橙牌暂扣",
    CertAction.RED: "红牌注销",
    CertAction.LIFT: "解除警告/暂扣",
}
CERT_STATUS_LABELS: dict[CertStatus, str] = {
    CertStatus.GREEN: "绿色（有效）",
    CertStatus.YELLOW: "黄牌警告",
    CertStatus.ORANGE: "橙牌暂扣",
    CertStatus.RED: "红牌注销",
}
KIND_LABELS: dict[StaffKind, str] = {StaffKind.SWORN: "执法队员", StaffKind.AUXILIARY: "辅助执法人员"}
POSITION_LABELS: dict[StaffPosition, str] = {
    StaffPosition.LEADER: "队负责人",
    StaffPosition.MEMBER: "队员",
}


@dataclass(frozen=True)
class StaffInfo:
    """Plain data about one squad member."""

    id: str
    name: str
    gender: str | None
    kind: StaffKind
    position: StaffPosition
    phone: str | None
    user_id: str | None
    cert_number: str | None
    cert_issuer: str | None
    cert_issued_on: date | None
    cert_expires_on: date | None
    cert_status: CertStatus
    active: bool
    note: str | None


@dataclass(frozen=True)
class StaffInput:
    """The staff form's fields (certificate status is not here: it changes only by actions)."""

    name: str
    kind: StaffKind
    position: StaffPosition = StaffPosition.MEMBER
    gender: str | None = None
    phone: str | None = None
    user_id: str | None = None
    cert_number: str | None = None
    cert_issuer: str | None = None
    cert_issued_on: date | None = None
    cert_expires_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class CertActionInfo:
    """One recorded certificate action."""

    id: str
    action: CertAction
    from_status: CertStatus
    to_status: CertStatus
    reason: str
    effective_on: date
    by_user: str | None


def _info(m: StaffMember) -> StaffInfo:
    return StaffInfo(
        m.id,
        m.name,
        m.gender,
        StaffKind(m.kind),
        StaffPosition(m.position),
        m.phone,
        m.user_id,
        m.cert_number,
        m.cert_issuer,
        m.cert_issued_on,
        m.cert_expires_on,
        CertStatus(m.cert_status),
        m.active,
        m.note,
    )


def _opt(text: str | None, max_len: int, field: str, label: str) -> str | None:
    text = (text or "").strip()
    if len(text) > max_len:
        raise ValidationError(field, "too_long", "{label}不能超过 {n} 个字。", label=label, n=max_len)
    return text or None


def _validate(data: StaffInput) -> StaffInput:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError("name", "required", "请填写{label}。", label="姓名")
    if len(name) > 64:
        raise ValidationError("name", "too_long", "{label}不能超过 {n} 个字。", label="姓名", n=64)
    phone = _opt(data.phone, 32, "phone", "电话")
    if phone and not all(c.isdigit() or c in "-+ " for c in phone):
        raise ValidationError("phone", "bad_phone", "电话号码只能包含数字、空格和 - +。")
    cert_number = _opt(data.cert_number, 64, "cert_number", "执法证号")
    if data.kind is StaffKind.AUXILIARY and cert_number:
        raise ValidationError(
            "cert_number", "aux_no_cert", "辅助执法人员不持有行政执法证，请清空执法证号。"
        )
    if data.cert_issued_on and data.cert_expires_on and data.cert_expires_on < data.cert_issued_on:
        raise ValidationError("cert_expires_on", "expiry_before_issue", "有效期截止日期早于发证日期。")
    if cert_number and data.cert_expires_on is None:
        raise ValidationError("cert_expires_on", "expiry_required", "请填写执法证有效期截止日期。")
    return StaffInput(
        name=name,
        kind=StaffKind(data.kind),
        position=StaffPosition(data.position),
        gender=_opt(data.gender, 8, "gender", "性别"),
        phone=phone,
        user_id=data.user_id or None,
        cert_number=cert_number,
        cert_issuer=_opt(data.cert_issuer, 128, "cert_issuer", "发证机关"),
        cert_issued_on=data.cert_issued_on,
        cert_expires_on=data.cert_expires_on,
        note=_opt(data.note, 2000, "note", "备注"),
    )


def _check_user_link(uow: UnitOfWork, user_id: str | None, staff_id: str | None) -> None:
    if user_id is None:
        return
    if uow.session.get(UserAccount, user_id) is None:
        raise ValidationError("user_id", "user_not_found", "找不到关联的用户账户。")
    other = uow.session.scalar(
        select(StaffMember.id).where(
            StaffMember.user_id == user_id,
            StaffMember.deleted.is_(False),
            StaffMember.id != (staff_id or ""),
        )
    )
    if other:
        raise ValidationError("user_id", "user_linked", "该用户账户已关联到其他人员。")


def _fields(data: StaffInput) -> dict[str, object]:
    return {
        "name": data.name,
        "gender": data.gender,
        "kind": data.kind.value,
        "position": data.position.value,
        "phone": data.phone,
        "user_id": data.user_id,
        "cert_number": data.cert_number,
        "cert_issuer": data.cert_issuer,
        "cert_issued_on": data.cert_issued_on,
        "cert_expires_on": data.cert_expires_on,
        "note": data.note,
    }


def add_staff(ctx: AppContext, actor: Actor, data: StaffInput) -> StaffInfo:
    """Register a squad member; a certificate entered here starts green (有效)."""
    actor.require(Permission.MANAGE_STAFF)
    data = _validate(data)
    with ctx.uow(actor) as uow:
        _check_user_link(uow, data.user_id, None)
        m = StaffMember(cert_status=CertStatus.GREEN.value, active=True)
        for key, value in _fields(data).items():
            setattr(m, key, value)
        uow.save(m, is_new=True)
        uow.record("staff.add", "staff_member", m.id, _fields(data))
        uow.commit()
        return _info(m)


def _load(uow: UnitOfWork, staff_id: str) -> StaffMember:
    m = uow.session.get(StaffMember, staff_id)
    if m is None or m.deleted:
        raise NotFound("staff_not_found", "找不到该人员。")
    return m


def update_staff(ctx: AppContext, actor: Actor, staff_id: str, data: StaffInput) -> StaffInfo:
    """Edit a member's details (the certificate status stays as it is)."""
    actor.require(Permission.MANAGE_STAFF)
    data = _validate(data)
    with ctx.uow(actor) as uow:
        m = _load(uow, staff_id)
        _check_user_link(uow, data.user_id, m.id)
        before = {k: getattr(m, k) for k in _fields(data)}
        after = _fields(data)
        for key, value in after.items():
            setattr(m, key, value)
        uow.save(m, is_new=False)
        changed = {k: {"before": before[k], "after": v} for k, v in after.items() if before[k] != v}
        uow.record("staff.update", "staff_member", m.id, changed)
        uow.commit()
        return _info(m)


def set_staff_active(ctx: AppContext, actor: Actor, staff_id: str, active: bool, reason: str) -> StaffInfo:
    """Mark a member as left (停用) or back; the record is kept."""
    actor.require(Permission.MANAGE_STAFF)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "required", "请填写{label}。", label="原因")
    with ctx.uow(actor) as uow:
        m = _load(uow, staff_id)
        m.active = active
        uow.save(m, is_new=False)
        uow.record(
            "staff.enable" if active else "staff.disable", "staff_member", m.id, {"reason": reason}
        )
        uow.commit()
        return _info(m)


def apply_certificate_action(
    ctx: AppContext,
    actor: Actor,
    staff_id: str,
    action: CertAction,
    *,
    reason: str,
    effective_on: date | None = None,
    cert_number: str | None = None,
    cert_issuer: str | None = None,
    issued_on: date | None = None,
    expires_on: date | None = None,
) -> StaffInfo:
    """Change a certificate through a recorded action with its reason (the only way)."""
    actor.require(Permission.CERTIFICATE_ACTION)
    action = CertAction(action)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "required", "请填写{label}。", label="原因")
    if len(reason) > 2000:
        raise ValidationError("reason", "too_long", "{label}不能超过 {n} 个字。", label="原因", n=2000)
    effective = effective_on or ctx.clock.today()
    with ctx.uow(actor) as uow:
        m = _load(uow, staff_id)
        if StaffKind(m.kind) is not StaffKind.SWORN:
            raise DomainError("aux_no_cert", "辅助执法人员不持有行政执法证。")
        current = CertStatus(m.cert_status)
        if action is not CertAction.ISSUE and not m.cert_number:
            raise DomainError("no_certificate", "该人员尚未登记执法证，请先发证。")
        to = status_after(action, current)
        if to is None:
            raise DomainError(
                "action_not_allowed",
                "执法证当前为“{status}”，不能执行“{action}”。",
                status=CERT_STATUS_LABELS[current],
                action=CERT_ACTION_LABELS[action],
            )
        change: dict[str, object] = {"action": action.value, "from": current.value, "to": to.value}
        if action is CertAction.ISSUE:
            number = _opt(cert_number, 64, "cert_number", "执法证号")
            if not number:
                raise ValidationError("cert_number", "required", "请填写{label}。", label="执法证号")
            if expires_on is None:
                raise ValidationError(
                    "cert_expires_on", "expiry_required", "请填写执法证有效期截止日期。"
                )
            if issued_on and expires_on < issued_on:
                raise ValidationError(
                    "cert_expires_on", "expiry_before_issue", "有效期截止日期早于发证日期。"
                )
            m.cert_number = number
            m.cert_issuer = _opt(cert_issuer, 128, "cert_issuer", "发证机关") or m.cert_issuer
            m.cert_issued_on = issued_on or effective
            m.cert_expires_on = expires_on
            change.update(cert_number=number, issued_on=m.cert_issued_on, expires_on=expires_on)
        elif action is CertAction.RENEW:
            if expires_on is None:
                raise ValidationError(
                    "cert_expires_on", "expiry_required", "请填写执法证有效期截止日期。"
                )
            if m.cert_expires_on and expires_on <= m.cert_expires_on:
                raise ValidationError(
                    "cert_expires_on", "renew_not_later", "新的有效期须晚于原有效期。"
                )
            change.update(expires_before=m.cert_expires_on, expires_on=expires_on)
            m.cert_expires_on = expires_on
        m.cert_status = to.value
        uow.save(m, is_new=False)
        record = CertificateAction(
            staff_id=m.id,
            action=action.value,
            from_status=current.value,
            to_status=to.value,
            reason=reason,
            effective_on=effective,
        )
        uow.save(record, is_new=True)
        change["reason"] = reason
        uow.record("certificate." + action.value, "staff_member", m.id, change)
        uow.commit()
        return _info(m)


def certificate_history(ctx: AppContext, staff_id: str) -> list[CertActionInfo]:
    """Recorded certificate actions of one member, oldest first."""
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(CertificateAction, UserAccount.display_name)
            .outerjoin(UserAccount, UserAccount.id == CertificateAction.updated_by)
            .where(CertificateAction.staff_id == staff_id)
            .order_by(CertificateAction.updated_at, CertificateAction.id)
        ).all()
        return [
            CertActionInfo(
                a.id,
                CertAction(a.action),
                CertStatus(a.from_status),
                CertStatus(a.to_status),
                a.reason,
                a.effective_on,
                who,
            )
            for a, who in rows
        ]


def list_staff(
    ctx: AppContext, *, include_inactive: bool = False, kind: StaffKind | None = None
) -> list[StaffInfo]:
    """The register, sworn officers first, then by name."""
    with ctx.db.read_session() as s:
        q = select(StaffMember).where(StaffMember.deleted.is_(False))
        if not include_inactive:
            q = q.where(StaffMember.active.is_(True))
        if kind is not None:
            q = q.where(StaffMember.kind == kind.value)
        q = q.order_by(StaffMember.kind.desc(), StaffMember.position, StaffMember.name)
        return [_info(m) for m in s.scalars(q)]


def get_staff(ctx: AppContext, staff_id: str) -> StaffInfo:
    """One member by id."""
    with ctx.db.read_session() as s:
        m = s.get(StaffMember, staff_id)
        if m is None or m.deleted:
            raise NotFound("staff_not_found", "找不到该人员。")
        return _info(m)


def eligibility(info: StaffInfo, today: date) -> Eligibility:
    """The handler rule applied to one member's data."""
    return handler_eligibility(
        kind=info.kind,
        active=info.active,
        cert_number=info.cert_number,
        status=info.cert_status,
        issued_on=info.cert_issued_on,
        expires_on=info.cert_expires_on,
        today=today,
    )


def may_handle_case(ctx: AppContext, staff_id: str, on: date | None = None) -> Eligibility:
    """May this person handle a case on `on` (default today)?"""
    return eligibility(get_staff(ctx, staff_id), on or ctx.clock.today())


def squad_composition(ctx: AppContext) -> SquadComposition:
    """Active sworn officers vs auxiliaries, and whether auxiliaries ≤ sworn holds."""
    with ctx.db.dbapi_read() as con:
        return staff_reads.squad_composition(con)
