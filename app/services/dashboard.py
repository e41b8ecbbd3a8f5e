"""工作台: the landing page's figures (read-only).

Each part is None when the actor may not see that data. The figures are display-ready named
tuples (app.services.dashboard_data: tones and labels, not the rules' enums): the page
computes them in a worker, or the start-up in another process, and renders them in the GUI
thread without loading the rules.

No SQLAlchemy here: the figures come from the plain-SQL read functions of app.reads, the same
ones the services call, so the desktop's start-up can show this page from a sqlite3
connection of its own before the ORM is loaded (first_page); `dashboard` reads the same
through the store's connection.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.actor import Actor
from app.reads import cases as case_reads
from app.reads import equipment as equipment_reads
from app.reads import staff as staff_reads
from app.reads import training as training_reads
from app.reads.cases import DEADLINE_LABELS
from app.rules.deadlines import Urgency
from app.rules.equipment import MAINTENANCE_LABELS, DueState
from app.rules.roles import Permission
from app.rules.training import (
    ANNUAL_REQUIRED_SECONDS,
    CERT_ALERT_LABELS,
    CERT_ALERT_SECOND_DAYS,
    SECONDS_PER_UNIT,
    Light,
    ReportReminderLevel,
    forecast,
    traffic_light,
)
from app.rules.status import STATUS_LABELS, Status
from app.services.dashboard_data import (
    AMBER,
    DASHBOARD_PERMISSIONS,
    GREEN,
    LIST_LENGTH,
    PLAIN,
    RED,
    CasesPart,
    CertLine,
    DashboardData,
    DeadlineLine,
    EquipmentPart,
    FirstPage,
    GapLine,
    MaintenanceLine,
    OfficerHours,
    StaffPart,
    SyncPart,
    TrainingPart,
    may_see_dashboard,
)

if TYPE_CHECKING:
    from app.context import AppContext

__all__ = [
    "DASHBOARD_PERMISSIONS", "LIST_LENGTH", "CasesPart", "CertLine", "DashboardData",
    "DeadlineLine", "EquipmentPart", "FirstPage", "GapLine", "MaintenanceLine", "OfficerHours",
    "StaffPart", "SyncPart", "TrainingPart", "cases_by_status", "dashboard", "figures",
    "first_page", "may_see_dashboard", "sync_part",
]

SYNC_URL_KEY = "sync.county_url"  # set on enrolment (app.sync.client.KEY_URL)

# The rules' states as the page's tones.
URGENCY_TONES = {Urgency.OVERDUE: RED, Urgency.DUE_SOON: AMBER}
LIGHT_TONES = {Light.GREEN: GREEN, Light.YELLOW: AMBER, Light.RED: RED}
DUE_STATE_TONES = {DueState.OVERDUE: RED, DueState.DUE_SOON: AMBER}
REPORT_TONES = {
    ReportReminderLevel.NONE: PLAIN,
    ReportReminderLevel.DUE: AMBER,
    ReportReminderLevel.OVERDUE: RED,
}


def cert_tone(days_left: int) -> str:
    """A certificate alert's tone: red from the second alert (30 days) on, else amber."""
    return RED if days_left <= CERT_ALERT_SECOND_DAYS else AMBER


def status_rows(by_status: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """(status label, cases) in the workflow's order; unknown codes last, as they are."""
    order = list(Status._value2member_map_)
    known = [(order.index(code), STATUS_LABELS[Status(code)], n)
             for code, n in by_status.items() if code in order]
    unknown = [(len(order), code, n) for code, n in by_status.items() if code not in order]
    return tuple((label, n) for _i, label, n in sorted(known) + unknown)


def cases_by_status(ctx: AppContext) -> dict[str, int]:
    """Live cases per status code, in code order (app.reads.cases.cases_by_status)."""
    with ctx.db.dbapi_read() as con:
        return case_reads.cases_by_status(con)


def _cases(con: sqlite3.Connection, today: date, now: datetime) -> CasesPart:
    attention = case_reads.attention_summary(con, today, now, LIST_LENGTH)
    by_status = case_reads.cases_by_status(con)
    return CasesPart(
        overdue=attention.overdue,
        due_soon=attention.due_soon,
        attention=tuple(
            DeadlineLine(d.case_number, DEADLINE_LABELS[d.kind], d.due_on,
                         URGENCY_TONES.get(d.urgency, AMBER))
            for d in attention.first
            if d.urgency is not None
        ),
        total=sum(by_status.values()),
        by_status=status_rows(by_status),
    )


def _training(con: sqlite3.Connection, today: date) -> TrainingPart:
    year = today.year
    officers = []
    for p in training_reads.year_progress(con, year):
        light = traffic_light(forecast(p.tally.counted_seconds, year, today))
        officers.append(OfficerHours(p.name, p.tally.counted_seconds, LIGHT_TONES[light]))
    green, amber, red = (sum(1 for o in officers if o.tone == t) for t in (GREEN, AMBER, RED))
    reminder = training_reads.report_due_reminder(con, today)
    return TrainingPart(
        year=year,
        required_seconds=ANNUAL_REQUIRED_SECONDS,
        seconds_per_unit=SECONDS_PER_UNIT,
        officers=tuple(officers),
        reached=sum(1 for o in officers if o.counted_seconds >= ANNUAL_REQUIRED_SECONDS),
        lights=(green, amber, red),
        cert_alerts=tuple(
            CertLine(a.name, a.expires_on, a.days_left, CERT_ALERT_LABELS[a.level],
                     cert_tone(a.days_left))
            for a in training_reads.certificate_alerts(con, today)
        ),
        report_tone=REPORT_TONES[reminder.level],
        report_due_on=reminder.due_on,
    )


def _equipment(con: sqlite3.Connection, today: date) -> EquipmentPart:
    report = equipment_reads.compliance(con)
    alerts = equipment_reads.maintenance_alerts(con, today)
    return EquipmentPart(
        categories=len(report.lines),
        gaps=tuple(GapLine(g.name, g.required, g.held) for g in report.gaps),
        maintenance_overdue=sum(1 for a in alerts if a.state is DueState.OVERDUE),
        maintenance_due_soon=sum(1 for a in alerts if a.state is DueState.DUE_SOON),
        maintenance=tuple(
            MaintenanceLine(a.asset_tag, a.item_name, MAINTENANCE_LABELS[a.kind], a.due_on,
                            DUE_STATE_TONES.get(a.state, AMBER))
            for a in alerts[:LIST_LENGTH]
        ),
        overdue_loans=len(equipment_reads.overdue_loans(con, today)),
    )


def sync_part(ctx: AppContext) -> SyncPart:
    """The sync tile's figures. Slow the first time in a process (it imports the sync client
    and its HTTP library), so the page fetches it after the other tiles are shown."""
    try:
        from app.sync.client import sync_status
    except ImportError:  # sync client or its HTTP library missing: the enrolment setting only
        with ctx.db.dbapi_read() as con:
            row = con.execute(
                "SELECT value FROM local_setting WHERE key = ?", (SYNC_URL_KEY,)
            ).fetchone()
        return SyncPart(bool(row and row[0]), None, None, 0, 0)
    st = sync_status(ctx)
    return SyncPart(st.enrolled, st.last_success, st.last_error, st.pending, st.open_conflicts)


def figures(
    con: sqlite3.Connection, actor: Actor, today: date, now: datetime
) -> DashboardData:
    """The dashboard's figures for `actor` on `today` read from `con` (one read transaction
    is the caller's), without the sync part (sync_part)."""
    composition = staff_reads.squad_composition(con) if actor.can(Permission.VIEW_STAFF) else None
    return DashboardData(
        today=today,
        cases=_cases(con, today, now) if actor.can(Permission.VIEW_CASES) else None,
        training=_training(con, today) if actor.can(Permission.VIEW_TRAINING) else None,
        equipment=_equipment(con, today) if actor.can(Permission.VIEW_EQUIPMENT) else None,
        staff=(
            StaffPart(composition.sworn, composition.auxiliaries, composition.within_limit)
            if composition is not None
            else None
        ),
        sync=None,
    )


def dashboard(
    ctx: AppContext, actor: Actor, today: date, *, with_sync: bool = True
) -> DashboardData:
    """The dashboard's figures for `actor` on `today` (parts the actor may not see are None;
    the sync part is None too without `with_sync`: fetch it with sync_part)."""
    with ctx.db.dbapi_read() as con:
        data = figures(con, actor, today, ctx.clock.now())
    if with_sync and may_see_dashboard(actor):
        data = data._replace(sync=sync_part(ctx))
    return data


from app.services.first_page import first_page  # noqa: E402 - re-exported (start-up)
