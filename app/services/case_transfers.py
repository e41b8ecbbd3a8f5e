"""Case transfers (移送, 004) and joint enforcement actions (联合执法).

Out: a handler records that the matter belongs to a department or is a suspected crime (found;
the 3-working-day or, urgent, 24-hour deadline starts), the leader approves and sends the
transfer letter (the case moves to "transferred"), then the receiver's acknowledgement is
recorded; a department's acknowledgement opens the 10-working-day result feedback
(case_requests.record_feedback meets it). In: see cases.register_case(received=...). Joint actions: 常规, 专项 (applied at
least 5 days ahead with a plan), 应急 (reported at once); each department's cases filed
afterwards are linked to the action.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.rules.deadlines import Deadline
from app.rules.roles import Permission
from app.rules.workflow import Move, Status
from app.services import case_deadlines as dl
from app.services import case_requests, cases, reference_data
from local_db.models_cases import Case, CaseTransfer, JointAction, JointActionCase
from local_db.uow import UnitOfWork

SPECIAL_ACTION_NOTICE_DAYS = 5  # 专项联合执法: apply at least 5 days ahead with a plan (004)


class JointKind(StrEnum):
    """Kind of joint action."""

    REGULAR = "regular"  # 常规
    SPECIAL = "special"  # 专项
    EMERGENCY = "emergency"  # 应急


JOINT_KIND_LABELS = {JointKind.REGULAR: "常规", JointKind.SPECIAL: "专项", JointKind.EMERGENCY: "应急"}


@dataclass(frozen=True)
class TransferInfo:
    """A transfer as shown on the case and in the transfer list."""

    id: str
    case_id: str | None
    direction: str
    counterpart: str
    to_police: bool
    urgent: bool
    found_at: datetime
    sent_at: datetime | None
    acknowledged_at: datetime | None
    reasons: str
    materials: tuple[str, ...]
    letter_number: str | None


def _info(t: CaseTransfer) -> TransferInfo:
    return TransferInfo(t.id, t.case_id, t.direction, t.counterpart, t.to_police, t.urgent,
                        t.found_at, t.sent_at, t.acknowledged_at, t.reasons,
                        tuple(json.loads(t.materials or "[]")), t.letter_number)


def _load(uow: UnitOfWork, transfer_id: str) -> CaseTransfer:
    t = uow.session.get(CaseTransfer, transfer_id)
    if t is None or t.deleted:
        raise NotFound("transfer_not_found", "找不到该移送记录。")
    return t


def propose_transfer_out(
    ctx: AppContext, actor: Actor, case_id: str, *, counterpart: str, reasons: str,
    materials: Sequence[str] = (), to_police: bool = False, urgent: bool = False,
    found_at: datetime | None = None,
) -> TransferInfo:
    """Record that the case must go to `counterpart` (a department, or public security for a
    suspected crime); starts the transfer deadline from `found_at`."""
    actor.require(Permission.HANDLE_CASES)
    counterpart = (counterpart or "").strip()
    if not counterpart:
        raise ValidationError("counterpart", "required", "请填写{label}。", label="接收单位")
    if not (reasons or "").strip():
        raise ValidationError("reasons", "required", "请填写{label}。", label="移送理由")
    found = found_at or ctx.clock.now()
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        case = uow.session.get(Case, case_id)
        if case is None or case.deleted:
            raise NotFound("case_not_found", "找不到该案件。")
        if Status(case.status) not in (Status.RECEIVED, Status.FILED, Status.INVESTIGATING):
            raise DomainError("wrong_status", "案件当前状态不能移送。")
        t = CaseTransfer(case_id=case_id, direction="out", counterpart=counterpart,
                         to_police=to_police, urgent=urgent, found_at=found,
                         reasons=reasons.strip(),
                         materials=json.dumps(list(materials), ensure_ascii=False))
        uow.save(t, is_new=True)
        kind = Deadline.TRANSFER_URGENT if urgent else Deadline.TRANSFER
        dl.open_deadline(uow, cal, case_id, kind, found.astimezone().date(), start_at=found,
                         transfer_id=t.id)
        uow.record("case.transfer_found", "case_transfer", t.id,
                   {"case_id": case_id, "counterpart": counterpart, "to_police": to_police,
                    "urgent": urgent, "found_at": found})
        uow.commit()
        return _info(t)


def send_transfer(ctx: AppContext, actor: Actor, transfer_id: str, *, letter_number: str,
                  sent_at: datetime | None = None) -> TransferInfo:
    """Leader approves and sends the transfer letter: the case moves to "transferred"."""
    actor.require(Permission.DECIDE_CASES)
    letter_number = (letter_number or "").strip()
    if not letter_number:
        raise ValidationError("letter_number", "required", "请填写{label}。", label="移送函文号")
    reference_data.ensure_loaded(ctx)
    reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        t = _load(uow, transfer_id)
        if t.direction != "out" or t.sent_at is not None:
            raise DomainError("already_sent", "该移送已发出。")
        case = uow.session.get(Case, t.case_id)
        assert case is not None
        cases._move_in_uow(ctx, uow, actor, case, Move.TRANSFER, cases.MoveRequest(
            transfer_reason=t.reasons, document_ref=letter_number, note=t.counterpart))
        t.sent_at = sent_at or uow.now
        t.letter_number = letter_number
        t.approved_by = actor.user_id
        uow.save(t, is_new=False)
        kind = Deadline.TRANSFER_URGENT if t.urgent else Deadline.TRANSFER
        dl.meet_deadline(uow, case.id, kind)
        uow.record("case.transfer_sent", "case_transfer", t.id,
                   {"letter_number": letter_number, "sent_at": t.sent_at})
        uow.commit()
        return _info(t)


def acknowledge_transfer(ctx: AppContext, actor: Actor, transfer_id: str,
                         acknowledged_at: datetime | None = None) -> TransferInfo:
    """The receiving department's acknowledgement (回执) of a sent transfer."""
    actor.require(Permission.HANDLE_CASES)
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        t = _load(uow, transfer_id)
        if t.sent_at is None:
            raise DomainError("not_sent", "移送函尚未发出。")
        if t.acknowledged_at is not None:
            raise DomainError("already_acknowledged", "已登记回执。")
        t.acknowledged_at = acknowledged_at or uow.now
        uow.save(t, is_new=False)
        # a department feeds back approvals / penalty results within 10 working days (004)
        case_requests.open_feedback(uow, cal, t, t.acknowledged_at.astimezone().date())
        uow.record("case.transfer_acknowledged", "case_transfer", t.id,
                   {"acknowledged_at": t.acknowledged_at})
        uow.commit()
        return _info(t)


def transfers(ctx: AppContext, *, case_id: str | None = None,
              unacknowledged: bool = False) -> list[TransferInfo]:
    """Transfers (of one case, or all), newest first; optionally only those awaiting a receipt."""
    with ctx.db.read_session() as s:
        q = select(CaseTransfer).where(CaseTransfer.deleted.is_(False))
        if case_id:
            q = q.where(CaseTransfer.case_id == case_id)
        if unacknowledged:
            q = q.where(CaseTransfer.direction == "out", CaseTransfer.acknowledged_at.is_(None))
        return [_info(t) for t in s.scalars(q.order_by(CaseTransfer.found_at.desc()))]


# --- joint actions ------------------------------------------------------------------------


@dataclass(frozen=True)
class JointActionInfo:
    """A joint action and the cases filed after it."""

    id: str
    kind: JointKind
    title: str
    plan: str
    start_on: date
    lead_department: str
    departments: tuple[str, ...]
    applied_at: datetime | None
    reported_at: datetime | None
    cases: tuple[tuple[str, str, str | None], ...]  # (department, case number, our case id)


def _joint_info(s: object, j: JointAction) -> JointActionInfo:
    rows = s.scalars(select(JointActionCase).where(  # type: ignore[attr-defined]
        JointActionCase.joint_action_id == j.id, JointActionCase.deleted.is_(False)))
    return JointActionInfo(j.id, JointKind(j.kind), j.title, j.plan, j.start_on, j.lead_department,
                           tuple(json.loads(j.departments)), j.applied_at, j.reported_at,
                           tuple((r.department, r.case_number, r.case_id) for r in rows))


def start_joint_action(
    ctx: AppContext, actor: Actor, *, kind: JointKind, title: str, start_on: date,
    lead_department: str, departments: Sequence[str], plan: str = "",
) -> JointActionInfo:
    """Register a joint action: 专项 needs a plan and must be applied for 5 days ahead;
    应急 is reported at once."""
    actor.require(Permission.DECIDE_CASES)
    kind = JointKind(kind)
    title = (title or "").strip()
    if not title:
        raise ValidationError("title", "required", "请填写{label}。", label="行动名称")
    depts = [d.strip() for d in departments if d.strip()]
    if len(depts) < 1:
        raise ValidationError("departments", "required", "请填写{label}。", label="参加部门")
    today = ctx.clock.today()
    if kind is JointKind.SPECIAL:
        if not plan.strip():
            raise ValidationError("plan", "required", "请填写{label}。", label="行动方案")
        if start_on - today < timedelta(days=SPECIAL_ACTION_NOTICE_DAYS):
            raise DomainError("special_too_late",
                              "专项联合执法须提前 {n} 日申请，最早可安排在 {day}。",
                              n=SPECIAL_ACTION_NOTICE_DAYS,
                              day=(today + timedelta(days=SPECIAL_ACTION_NOTICE_DAYS)).isoformat())
    with ctx.uow(actor) as uow:
        j = JointAction(kind=kind.value, title=title, plan=plan.strip(), start_on=start_on,
                        lead_department=lead_department.strip(),
                        departments=json.dumps(depts, ensure_ascii=False),
                        applied_at=uow.now if kind is JointKind.SPECIAL else None,
                        reported_at=uow.now if kind is JointKind.EMERGENCY else None)
        uow.save(j, is_new=True)
        uow.record("joint_action.start", "joint_action", j.id,
                   {"kind": kind.value, "title": title, "departments": depts})
        uow.commit()
        return _joint_info(uow.session, j)


def link_joint_case(ctx: AppContext, actor: Actor, joint_action_id: str, *, department: str,
                    case_number: str, case_id: str | None = None) -> JointActionInfo:
    """Record a case a participating department filed after the action
    (联合执法一起抓，问题处理再分家)."""
    actor.require(Permission.HANDLE_CASES)
    with ctx.uow(actor) as uow:
        j = uow.session.get(JointAction, joint_action_id)
        if j is None or j.deleted:
            raise NotFound("joint_not_found", "找不到该联合执法行动。")
        if department not in json.loads(j.departments) and department != j.lead_department:
            raise ValidationError("department", "not_participant", "{d}未参加该联合执法行动。",
                                  d=department)
        if case_id is not None:
            c = uow.session.get(Case, case_id)
            if c is None:
                raise NotFound("case_not_found", "找不到该案件。")
            case_number = c.number
        uow.save(JointActionCase(joint_action_id=j.id, department=department, case_id=case_id,
                                 case_number=case_number.strip()), is_new=True)
        uow.record("joint_action.case", "joint_action", j.id,
                   {"department": department, "case_number": case_number, "case_id": case_id})
        uow.commit()
        return _joint_info(uow.session, j)


def joint_actions(ctx: AppContext) -> list[JointActionInfo]:
    """All joint actions, newest first."""
    with ctx.db.read_session() as s:
        q = select(JointAction).where(JointAction.deleted.is_(False))
        return [_joint_info(s, j) for j in s.scalars(q.order_by(JointAction.start_on.desc()))]
