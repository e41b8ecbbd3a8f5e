"""Case figures of the first page, read with plain SQL (no SQLAlchemy): the deadlines that need
attention and the live cases per status.

DeadlineInfo, its labels and the urgency of one stored deadline (deadline_info) live here, the
one implementation: app.services.case_deadlines re-exports them and uses deadline_info for its
ORM rows as well.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, Protocol

from app.rules.deadlines import DUE_SOON_DAYS, Deadline, Urgency, open_urgency
from local_db.rawsql import day_of, flag, placeholders, utc

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


class DeadlineInfo(NamedTuple):
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


class DeadlineRow(Protocol):
    """What deadline_info reads of a stored deadline: a CaseDeadline, an ORM result row with
    these columns, or a DeadlineValues."""

    @property
    def id(self) -> str: ...
    @property
    def case_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def start_on(self) -> date: ...
    @property
    def due_on(self) -> date: ...
    @property
    def due_at(self) -> datetime | None: ...
    @property
    def provisional(self) -> bool: ...
    @property
    def met_at(self) -> datetime | None: ...


class DeadlineValues(NamedTuple):
    """A case_deadline row's columns, converted from their stored text (plain SQL reads)."""

    id: str
    case_id: str
    kind: str
    start_on: date
    due_on: date
    due_at: datetime | None
    provisional: bool
    met_at: datetime | None


def deadline_info(row: DeadlineRow, number: str, today: date, now: datetime) -> DeadlineInfo:
    """The DeadlineInfo of a stored deadline of case `number`: its urgency on `today` (hour
    deadlines against `now`), None once met."""
    urg = None if row.met_at is not None else open_urgency(row.due_on, row.due_at, today, now)
    return DeadlineInfo(
        row.id,
        row.case_id,
        number,
        Deadline(row.kind),
        row.start_on,
        row.due_on,
        row.due_at,
        row.provisional,
        row.met_at,
        urg,
    )


# The index ix_case_deadline_open_due (met_at, due_on) finds the open deadlines up to the
# horizon; each case's number and deleted flag by ix_enforcement_case_attention (a covering
# index: no table row per deadline).
_ATTENTION_SQL = """
SELECT d.id, d.case_id, d.kind, d.start_on, d.due_on, d.due_at, d.provisional, d.met_at,
       c.number
FROM case_deadline AS d JOIN enforcement_case AS c ON c.id = d.case_id
WHERE d.met_at IS NULL AND d.deleted IS 0 AND d.due_on <= ? AND c.deleted IS 0{party}
ORDER BY d.due_on, c.number
"""


def attention_list(
    con: sqlite3.Connection, today: date, now: datetime, *, include_party: bool = False
) -> list[DeadlineInfo]:
    """Open deadlines overdue or due within DUE_SOON_DAYS days of `today` (dashboard, status
    bar), by due day then case number; the party's own windows only with `include_party`."""
    return [_deadline_of(row, today, now) for row in _attention_rows(con, today, include_party)]


def _attention_rows(
    con: sqlite3.Connection, today: date, include_party: bool
) -> list[tuple[Any, ...]]:
    params: list[object] = [(today + timedelta(days=DUE_SOON_DAYS)).isoformat()]
    party = ""
    if not include_party:
        codes = sorted(k.value for k in PARTY_DEADLINES)
        party = f" AND d.kind NOT IN ({placeholders(len(codes))})"
        params += codes
    return con.execute(_ATTENTION_SQL.format(party=party), params).fetchall()


def _deadline_of(row: tuple[Any, ...], today: date, now: datetime) -> DeadlineInfo:
    i, cid, kind, start, due, due_at, prov, met, number = row
    return deadline_info(
        DeadlineValues(i, cid, kind, day_of(start), day_of(due), utc(due_at), flag(prov),
                       utc(met)),
        number, today, now,
    )


class AttentionSummary(NamedTuple):
    """attention_list counted: overdue and due-soon deadlines, and the first `first` of the
    list (the dashboard's tile)."""

    overdue: int
    due_soon: int
    first: tuple[DeadlineInfo, ...]


def attention_summary(
    con: sqlite3.Connection, today: date, now: datetime, first: int
) -> AttentionSummary:
    """attention_list's counts and its first `first` deadlines, without building the rest
    (~1,300 deadlines on a 100,000-case store): the same rows and the same urgency rule."""
    rows = _attention_rows(con, today, include_party=False)
    counts = {Urgency.OVERDUE: 0, Urgency.DUE_SOON: 0, Urgency.OK: 0}
    for row in rows:  # the query leaves met deadlines out: open_urgency applies to every row
        counts[open_urgency(day_of(row[4]), utc(row[5]), today, now)] += 1
    return AttentionSummary(
        counts[Urgency.OVERDUE],
        counts[Urgency.DUE_SOON],
        tuple(_deadline_of(row, today, now) for row in rows[:first]),
    )


def overdue_count(con: sqlite3.Connection, today: date, now: datetime) -> int:
    """How many of the squad's open deadlines are overdue."""
    return sum(1 for d in attention_list(con, today, now) if d.urgency is Urgency.OVERDUE)


def cases_by_status(con: sqlite3.Connection) -> dict[str, int]:
    """Live cases per status code, in code order, from case_status_count (kept by triggers on
    enforcement_case: a dozen rows, not a scan of every case). Equal to
    case_search.statistics(ctx).by_status."""
    rows = con.execute("SELECT status, n FROM case_status_count WHERE n > 0 ORDER BY status")
    return {str(code): int(n) for code, n in rows}
