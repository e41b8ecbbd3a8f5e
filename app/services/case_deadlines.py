"""Deadlines of open case steps in the store: opened and met by the case services, recomputed
when pauses, extensions or the holiday calendar change, and listed for the dashboard and the
status bar (overdue, or due within DUE_SOON_DAYS). The periods themselves live in
app.rules.deadlines; this module only applies them to stored cases.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from app.context import AppContext
from app.reads import cases as reads
from app.reads.cases import DEADLINE_LABELS as DEADLINE_LABELS
from app.reads.cases import PARTY_DEADLINES as PARTY_DEADLINES
from app.reads.cases import DeadlineInfo as DeadlineInfo
from app.reads.cases import deadline_info
from app.rules.deadlines import Deadline, decision_due, due_date, due_time
from app.rules.workdays import DueDate, HolidayCalendar
from local_db.models_cases import Case, CaseDeadline, CaseExtension, CasePause
from local_db.uow import UnitOfWork

# Pauses that stop the 90-day decision clock *(config, DOMAIN.md "Deadlines")*.
CLOCK_STOPPING_PAUSES: frozenset[str] = frozenset(
    {"hearing", "appraisal", "announcement", "suspension"}
)


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
        return [deadline_info(r, n, today, now) for r, n in rows]


def attention_list(ctx: AppContext, *, include_party: bool = False) -> list[DeadlineInfo]:
    """Open deadlines overdue or due within DUE_SOON_DAYS days (dashboard, status bar)."""
    with ctx.db.dbapi_read() as con:
        return reads.attention_list(
            con, ctx.clock.today(), ctx.clock.now(), include_party=include_party
        )


def overdue_count(ctx: AppContext) -> int:
    """How many of the squad's open deadlines are overdue."""
    with ctx.db.dbapi_read() as con:
        return reads.overdue_count(con, ctx.clock.today(), ctx.clock.now())


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
                out[row.case_id] = deadline_info(row, number, today, now)
    return out
