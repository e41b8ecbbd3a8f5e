"""Requests to and answers from others that run on the case's deadline calendar (004, APL):

- 征求部门意见: a department's written technical opinion (认定/鉴定/咨询) is due within 5
  working days of the request (DEPARTMENT_OPINION); met when the opinion is registered;
- 安排听证: the hearing notice must reach the party at least 7 (working) days before the
  hearing (APL art. 64 read with art. 85); HEARING_NOTICE falls due on the last day the notice
  may still be served, and is met when its service is registered;
- 结果反馈: once a department acknowledged a transfer, it feeds back approvals / penalty
  results within 10 working days (FEEDBACK, opened by case_transfers.acknowledge_transfer);
  met when the feedback is registered.

One call = one unit of work (the deadline change, a case step, an audit entry); refusals
write nothing. Department, subject and summaries live in the step note and the audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.rules.deadlines import PERIODS, Deadline
from app.rules.roles import Permission
from app.rules.workdays import DueDate, HolidayCalendar, add_working_days
from app.rules.workflow import Status
from app.services import case_deadlines as dl
from app.services import cases, reference_data
from local_db.models_cases import Case, CaseDeadline, CaseTransfer
from local_db.uow import UnitOfWork

HEARING_NOTICE_DAYS = PERIODS[Deadline.HEARING_NOTICE].length


def _text(value: str | None, field: str, label: str, max_len: int = 2000) -> str:
    v = (value or "").strip()
    if not v:
        raise ValidationError(field, "required", "请填写{label}。", label=label)
    if len(v) > max_len:
        raise ValidationError(field, "too_long", "{label}不能超过 {n} 个字。", label=label, n=max_len)
    return v


def _live_case(uow: UnitOfWork, case_id: str) -> Case:
    case = cases._load(uow, case_id)
    if Status(case.status) in (Status.CLOSED, Status.ARCHIVED):
        raise DomainError("case_closed", "案件已结案，不能再登记。")
    return case


def _open_row(uow: UnitOfWork, case_id: str, kind: Deadline, deadline_id: str | None = None,
              transfer_id: str | None = None) -> CaseDeadline:
    q = select(CaseDeadline).where(
        CaseDeadline.case_id == case_id, CaseDeadline.kind == kind.value,
        CaseDeadline.met_at.is_(None), CaseDeadline.deleted.is_(False))
    if deadline_id is not None:
        q = q.where(CaseDeadline.id == deadline_id)
    if transfer_id is not None:
        q = q.where(CaseDeadline.transfer_id == transfer_id)
    row = uow.session.scalars(q.order_by(CaseDeadline.due_on, CaseDeadline.start_on)).first()
    if row is None:
        raise NotFound("deadline_not_found", "没有待登记的{label}期限。",
                       label=dl.DEADLINE_LABELS[kind])
    return row


def _check_day(day: date, start: date, today: date, field: str, label: str) -> None:
    if day > today:
        raise ValidationError(field, "future", "{label}不能晚于今天。", label=label)
    if day < start:
        raise ValidationError(field, "before_start", "{label}不能早于 {start}。", label=label,
                              start=start.isoformat())


# --- department opinion ---------------------------------------------------------------------


def request_department_opinion(ctx: AppContext, actor: Actor, case_id: str, department: str,
                               subject: str, requested_on: date | None = None) -> str:
    """征求部门意见: opens DEPARTMENT_OPINION (5 working days from `requested_on`); returns
    the deadline's id."""
    actor.require(Permission.HANDLE_CASES)
    department = _text(department, "department", "部门", 128)
    subject = _text(subject, "subject", "征求事项")
    today = ctx.clock.today()
    day = requested_on or today
    if day > today:
        raise ValidationError("requested_on", "future", "{label}不能晚于今天。", label="征求日期")
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        case = _live_case(uow, case_id)
        row = dl.open_deadline(uow, cal, case_id, Deadline.DEPARTMENT_OPINION, day)
        cases._step(uow, case, "opinion_request", case.status, cases._actor_staff(uow, actor),
                    actor, None, f"{department}：{subject}"[:2000])
        uow.record("case.opinion_request", "enforcement_case", case_id,
                   {"deadline_id": row.id, "department": department, "subject": subject,
                    "requested_on": day, "due_on": row.due_on})
        uow.commit()
        return row.id


def record_department_opinion(ctx: AppContext, actor: Actor, case_id: str,
                              deadline_id: str | None, received_on: date, summary: str) -> None:
    """登记部门意见: meets the opinion request `deadline_id` (or the earliest open one)."""
    actor.require(Permission.HANDLE_CASES)
    summary = _text(summary, "summary", "意见摘要")
    with ctx.uow(actor) as uow:
        case = _live_case(uow, case_id)
        row = _open_row(uow, case_id, Deadline.DEPARTMENT_OPINION, deadline_id)
        _check_day(received_on, row.start_on, ctx.clock.today(), "received_on", "收到日期")
        row.met_at = uow.now
        uow.save(row, is_new=False)
        cases._step(uow, case, "opinion_received", case.status, cases._actor_staff(uow, actor),
                    actor, None, summary)
        uow.record("case.opinion_received", "enforcement_case", case_id,
                   {"deadline_id": row.id, "received_on": received_on, "summary": summary,
                    "late": received_on > row.due_on})
        uow.commit()


# --- hearing --------------------------------------------------------------------------------


def latest_notice_day(cal: HolidayCalendar, hearing_on: date) -> DueDate:
    """The last day the hearing notice may be served: HEARING_NOTICE_DAYS working days must
    lie after it, up to and including the hearing day."""
    day, counted, provisional = hearing_on, 0, False
    while True:
        if not cal.covers(day):
            provisional = True
        if cal.is_workday(day):
            counted += 1
            if counted == HEARING_NOTICE_DAYS:
                return DueDate(day - timedelta(days=1), provisional)
        day -= timedelta(days=1)


def schedule_hearing(ctx: AppContext, actor: Actor, case_id: str, hearing_on: date,
                     notice_on: date | None = None) -> str:
    """安排听证 on `hearing_on`, the notice to be served from `notice_on` (today): refused unless
    the hearing is at least 7 working days after it. Opens HEARING_NOTICE (a new date replaces
    an open one); returns the deadline's id."""
    actor.require(Permission.HANDLE_CASES)
    today = ctx.clock.today()
    notice = notice_on or today
    cal = reference_data.calendar(ctx)
    earliest = add_working_days(cal, notice, HEARING_NOTICE_DAYS).day
    if hearing_on < earliest:
        raise ValidationError(
            "hearing_on", "hearing_notice_too_short",
            "听证通知须在举行听证的{n}个工作日前送达当事人：{notice}发出通知，听证最早可安排在"
            " {day}。", n=HEARING_NOTICE_DAYS, notice=notice.isoformat(), day=earliest.isoformat())
    with ctx.uow(actor) as uow:
        case = cases._load(uow, case_id)
        if Status(case.status) is not Status.HEARING:
            raise DomainError("wrong_status", "当事人尚未申请听证，不能安排听证。")
        for old in dl._open_rows(uow, case_id, Deadline.HEARING_NOTICE):
            old.deleted = True
            uow.save(old, is_new=False)
        row = dl.open_deadline(uow, cal, case_id, Deadline.HEARING_NOTICE, notice,
                               due=latest_notice_day(cal, hearing_on))
        cases._step(uow, case, "hearing_scheduled", case.status, cases._actor_staff(uow, actor),
                    actor, None, f"听证日期 {hearing_on.isoformat()}")
        uow.record("case.hearing_scheduled", "enforcement_case", case_id,
                   {"deadline_id": row.id, "hearing_on": hearing_on, "notice_on": notice,
                    "notice_due_on": row.due_on})
        uow.commit()
        return row.id


def record_hearing_notice_served(ctx: AppContext, actor: Actor, case_id: str,
                                 served_on: date) -> None:
    """登记听证通知送达: meets HEARING_NOTICE (refused when served too late for the date)."""
    actor.require(Permission.HANDLE_CASES)
    with ctx.uow(actor) as uow:
        case = cases._load(uow, case_id)
        row = _open_row(uow, case_id, Deadline.HEARING_NOTICE)
        _check_day(served_on, row.start_on, ctx.clock.today(), "served_on", "送达日期")
        if served_on > row.due_on:
            raise ValidationError("served_on", "hearing_notice_late",
                                  "听证通知最迟应于 {due} 送达，请重新安排听证日期。",
                                  due=row.due_on.isoformat())
        row.met_at = uow.now
        uow.save(row, is_new=False)
        cases._step(uow, case, "hearing_notice_served", case.status,
                    cases._actor_staff(uow, actor), actor, None, served_on.isoformat())
        uow.record("case.hearing_notice_served", "enforcement_case", case_id,
                   {"deadline_id": row.id, "served_on": served_on})
        uow.commit()


# --- transfer feedback ----------------------------------------------------------------------


def open_feedback(uow: UnitOfWork, cal: HolidayCalendar, transfer: CaseTransfer,
                  acknowledged_on: date) -> CaseDeadline | None:
    """In the acknowledgement's unit of work: a department (not public security) feeds back
    within 10 working days."""
    if transfer.to_police or transfer.case_id is None:
        return None
    return dl.open_deadline(uow, cal, transfer.case_id, Deadline.FEEDBACK, acknowledged_on,
                            transfer_id=transfer.id)


def record_feedback(ctx: AppContext, actor: Actor, transfer_id: str, received_on: date,
                    summary: str) -> None:
    """登记结果反馈 of an acknowledged transfer: meets its FEEDBACK deadline."""
    actor.require(Permission.HANDLE_CASES)
    summary = _text(summary, "summary", "反馈内容")
    with ctx.uow(actor) as uow:
        t = uow.session.get(CaseTransfer, transfer_id)
        if t is None or t.deleted or t.case_id is None:
            raise NotFound("transfer_not_found", "找不到该移送记录。")
        case = cases._load(uow, t.case_id)
        row = _open_row(uow, t.case_id, Deadline.FEEDBACK, transfer_id=t.id)
        _check_day(received_on, row.start_on, ctx.clock.today(), "received_on", "收到日期")
        row.met_at = uow.now
        uow.save(row, is_new=False)
        cases._step(uow, case, "feedback_received", case.status, cases._actor_staff(uow, actor),
                    actor, None, f"{t.counterpart}：{summary}"[:2000])
        uow.record("case.feedback_received", "enforcement_case", case.id,
                   {"transfer_id": t.id, "deadline_id": row.id, "received_on": received_on,
                    "summary": summary, "late": received_on > row.due_on})
        uow.commit()


@dataclass(frozen=True)
class RequestState:
    """What the case's request buttons need: its status and the kinds of open deadlines."""

    status: Status | None
    open_kinds: frozenset[str]
    feedback_transfer_id: str | None  # the transfer whose feedback falls due first


def request_state(ctx: AppContext, case_id: str) -> RequestState:
    """The case's status (None when gone) and its open deadlines, as the buttons need them."""
    with ctx.db.read_session() as s:
        c = s.get(Case, case_id)
        status = Status(c.status) if c is not None and not c.deleted else None
        rows = list(
            s.scalars(
                select(CaseDeadline)
                .where(
                    CaseDeadline.case_id == case_id,
                    CaseDeadline.met_at.is_(None),
                    CaseDeadline.deleted.is_(False),
                )
                .order_by(CaseDeadline.due_on)
            )
        )
    feedback = next(
        (r.transfer_id for r in rows if r.kind == Deadline.FEEDBACK.value and r.transfer_id),
        None,
    )
    return RequestState(status, frozenset(r.kind for r in rows), feedback)
