"""Deadlines of open case steps in the store: opened and met by the case services, recomputed
when pauses, extensions or the holiday calendar change, and listed for the dashboard and the
status bar (overdue, or due within DUE_SOON_DAYS). The periods themselves live in
app.rules.deadlines; this module only applies them to stored cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

if TYPE_CHECKING:
    from sqlalchemy import Row

from app.context import AppContext
from app.rules.deadlines import (
    DUE_SOON_DAYS,
    Deadline,
    Urgency,
    decision_due,
    due_date,
    due_time,
    urgency,
)
from app.rules.workdays import DueDate, HolidayCalendar
from local_db.models_cases import Case, CaseDeadline, CaseExtension, CasePause
from local_db.uow import UnitOfWork

# Pauses that stop the 90-day decision clock *(config, DOMAIN.md "Deadlines")*.
CLOCK_STOPPING_PAUSES: frozenset[str] = frozenset(
    {"hearing", "appraisal", "announcement", "suspension"}
)
# The party's own window: listed on the case, never as the squad's overdue work.
PARTY_DEADLINES: frozenset[Deadline] = frozenset({Deadline.HEARING_REQUEST})

DEADLINE_LABELS: dict[Deadline, str] = {
    Deadline.FILING: "立案",
    Deadline.DECISION: "作出决定",
    Deadline.HEARING_REQUEST: "当事人申请听证",
    Deadline.HEARING_NOTICE: "听证通知",
    Deadline.SERVICE: "送达",
    Deadline.PAYMENT: "缴纳罚款",
    Deadline.TRANSFER: "案件移送",
    Deadline.TRANSFER_URGENT: "紧急移送（24小时）",
    Deadline.DEPARTMENT_OPINION: "部门书面意见",
    Deadline.FEEDBACK: "结果反馈",
}


@dataclass(frozen=True)
class DeadlineInfo:
    """One deadline of a case as shown on the detail page and the dashboard."""

    id: str
    case_id: str
    case_number: str
    kind: Deadline
    start_on: date
    due_on: date
    due_at: datetime | None
    provisional: bool
    met_at: datetime | None
    urgency: Urgency | None  # None once met


def paused_days(pauses: list[CasePause], today: date) -> int:
    """Days the decision clock stood still (open pauses count up to today)."""
    total = 0
    for p in pauses:
        if p.deleted or p.kind not in CLOCK_STOPPING_PAUSES:
            continue
        end = p.end_on or today
        total += max(0, (end - p.start_on).days)
    return total


def decision_due_for(
    uow: UnitOfWork, cal: HolidayCalendar, case: Case, today: date
) -> DueDate | None:
    """90 days from filing plus pauses and approved extensions."""
    if case.filed_on is None:
        return None
    s = uow.session
    pauses = list(s.scalars(select(CasePause).where(CasePause.case_id == case.id)))
    ext = sum(
        e.days
        for e in s.scalars(select(CaseExtension).where(CaseExtension.case_id == case.id))
        if not e.deleted
    )
    return decision_due(cal, case.filed_on, paused_days(pauses, today), ext)


def open_deadline(
    uow: UnitOfWork,
    cal: HolidayCalendar,
    case_id: str,
    kind: Deadline,
    start: date,
    *,
    start_at: datetime | None = None,
    due: DueDate | None = None,
    transfer_id: str | None = None,
) -> CaseDeadline:
    """Open a deadline of `kind` starting on `start` (hour deadlines from `start_at`)."""
    due_at = None
    if kind is Deadline.TRANSFER_URGENT:
        assert start_at is not None
        due_at = due_time(kind, start_at)
        due = DueDate(due_at.astimezone().date(), False)
    elif due is None:
        due = due_date(cal, kind, start)
    row = CaseDeadline(
        case_id=case_id,
        kind=kind.value,
        start_on=start,
        due_on=due.day,
        due_at=due_at,
        provisional=due.provisional,
        transfer_id=transfer_id,
    )
    uow.save(row, is_new=True)
    return row


def _open_rows(uow: UnitOfWork, case_id: str, kind: Deadline) -> list[CaseDeadline]:
    return list(
        uow.session.scalars(
            select(CaseDeadline).where(
                CaseDeadline.case_id == case_id,
                CaseDeadline.kind == kind.value,
                CaseDeadline.met_at.is_(None),
                CaseDeadline.deleted.is_(False),
            )
        )
    )


def meet_deadline(uow: UnitOfWork, case_id: str, kind: Deadline) -> None:
    """Mark the open deadline(s) of `kind` met now."""
    for row in _open_rows(uow, case_id, kind):
        row.met_at = uow.now
        uow.save(row, is_new=False)


def refresh_decision_deadline(
    uow: UnitOfWork, cal: HolidayCalendar, case: Case, today: date
) -> None:
    """Recompute the open decision deadline after a pause or an extension."""
    due = decision_due_for(uow, cal, case, today)
    if due is None:
        return
    for row in _open_rows(uow, case.id, Deadline.DECISION):
        if (row.due_on, row.provisional) != (due.day, due.provisional):
            row.due_on, row.provisional = due.day, due.provisional
            uow.save(row, is_new=False)


def recompute_provisional(uow: UnitOfWork, cal: HolidayCalendar) -> int:
    """After a holiday update: recompute every open deadline computed without holiday data."""
    rows = list(
        uow.session.scalars(
            select(CaseDeadline).where(
                CaseDeadline.provisional.is_(True),
                CaseDeadline.met_at.is_(None),
                CaseDeadline.deleted.is_(False),
            )
        )
    )
    today = uow.now.astimezone().date()
    n = 0
    for row in rows:
        kind = Deadline(row.kind)
        if kind is Deadline.TRANSFER_URGENT:
            continue
        if kind is Deadline.DECISION:
            case = uow.session.get(Case, row.case_id)
            due = decision_due_for(uow, cal, case, today) if case else None
        else:
            due = due_date(cal, kind, row.start_on)
        if due is not None:
            row.due_on, row.provisional = due.day, due.provisional
            uow.save(row, is_new=False)
            n += 1
    return n


def _info(row: CaseDeadline | Row[Any], number: str, today: date, now: datetime) -> DeadlineInfo:
    """`row`: a CaseDeadline, or a result row with the columns _info reads."""
    kind = Deadline(row.kind)
    urg: Urgency | None = None
    if row.met_at is None:
        if row.due_at is not None:
            urg = (
                Urgency.OVERDUE
                if now > row.due_at
                else Urgency.DUE_SOON
                if row.due_at - now <= timedelta(days=DUE_SOON_DAYS)
                else Urgency.OK
            )
        else:
            urg = urgency(row.due_on, today)
    return DeadlineInfo(
        row.id,
        row.case_id,
        number,
        kind,
        row.start_on,
        row.due_on,
        row.due_at,
        row.provisional,
        row.met_at,
        urg,
    )


def case_deadlines(ctx: AppContext, case_id: str) -> list[DeadlineInfo]:
    """Every deadline of one case (open and met), by due date."""
    today, now = ctx.clock.today(), ctx.clock.now()
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(CaseDeadline, Case.number)
            .join(Case, Case.id == CaseDeadline.case_id)
            .where(CaseDeadline.case_id == case_id, CaseDeadline.deleted.is_(False))
            .order_by(CaseDeadline.due_on, CaseDeadline.kind)
        ).all()
        return [_info(r, n, today, now) for r, n in rows]


def attention_list(ctx: AppContext, *, include_party: bool = False) -> list[DeadlineInfo]:
    """Open deadlines overdue or due within DUE_SOON_DAYS days (dashboard, status bar)."""
    today, now = ctx.clock.today(), ctx.clock.now()
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    with ctx.db.read_session() as s:
        # The columns _info reads, not whole ORM rows: the dashboard lists ~1,300 of them on
        # a 100,000-case store.
        q = (
            select(
                CaseDeadline.id,
                CaseDeadline.case_id,
                CaseDeadline.kind,
                CaseDeadline.start_on,
                CaseDeadline.due_on,
                CaseDeadline.due_at,
                CaseDeadline.provisional,
                CaseDeadline.met_at,
                Case.number,
            )
            .join(Case, Case.id == CaseDeadline.case_id)
            .where(
                CaseDeadline.met_at.is_(None),
                CaseDeadline.deleted.is_(False),
                CaseDeadline.due_on <= horizon,
                Case.deleted.is_(False),
            )
            .order_by(CaseDeadline.due_on, Case.number)
        )
        if not include_party:
            q = q.where(CaseDeadline.kind.not_in([k.value for k in PARTY_DEADLINES]))
        return [_info(r, r.number, today, now) for r in s.execute(q).all()]


def overdue_count(ctx: AppContext) -> int:
    """How many of the squad's open deadlines are overdue."""
    return sum(1 for d in attention_list(ctx) if d.urgency is Urgency.OVERDUE)


def next_due_by_case(ctx: AppContext, case_ids: list[str]) -> dict[str, DeadlineInfo]:
    """For each of `case_ids` (one page of the case list), its most pressing open deadline of
    the squad (earliest due); one query. Cases with no open deadline are absent."""
    if not case_ids:
        return {}
    today, now = ctx.clock.today(), ctx.clock.now()
    out: dict[str, DeadlineInfo] = {}
    with ctx.db.read_session() as s:
        q = (
            select(CaseDeadline, Case.number)
            .join(Case, Case.id == CaseDeadline.case_id)
            .where(
                CaseDeadline.case_id.in_(list(case_ids)),
                CaseDeadline.met_at.is_(None),
                CaseDeadline.deleted.is_(False),
                CaseDeadline.kind.not_in([k.value for k in PARTY_DEADLINES]),
            )
            .order_by(CaseDeadline.due_on)
        )
        for row, number in s.execute(q).all():
            if row.case_id not in out:
                out[row.case_id] = _info(row, number, today, now)
    return out
