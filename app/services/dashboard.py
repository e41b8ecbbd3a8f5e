"""工作台: the landing page's figures (read-only).

Each part is None when the actor may not see that data. Plain values only: the page computes
this in a worker and renders it in the GUI thread.

No SQLAlchemy here: the figures come from the plain-SQL read functions of app.reads, the same
ones the services call, so the desktop's start-up can show this page from a sqlite3
connection of its own before the ORM is loaded (first_page); `dashboard` reads the same
through the store's connection.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.actor import Actor, Clock
from app.reads import cases as case_reads
from app.reads import equipment as equipment_reads
from app.reads import staff as staff_reads
from app.reads import training as training_reads
from app.reads import users as user_reads
from app.rules.accounts import verify_password
from app.rules.deadlines import Deadline, Urgency
from app.rules.equipment import DueState, MaintenanceKind
from app.rules.roles import Permission
from app.rules.training import (
    ANNUAL_REQUIRED_SECONDS,
    CertAlertLevel,
    Light,
    ReportReminderLevel,
    forecast,
    traffic_light,
)
from local_db import rawsql

if TYPE_CHECKING:
    from app.context import AppContext

LIST_LENGTH = 5  # lines in a tile's small list
SYNC_URL_KEY = "sync.county_url"  # set on enrolment (app.sync.client.KEY_URL)

# The permissions that give a dashboard at all (any one of them).
DASHBOARD_PERMISSIONS = (
    Permission.VIEW_CASES,
    Permission.VIEW_TRAINING,
    Permission.VIEW_EQUIPMENT,
    Permission.VIEW_STAFF,
)


@dataclass(frozen=True)
class DeadlineLine:
    case_number: str
    kind: Deadline
    due_on: date
    urgency: Urgency


@dataclass(frozen=True)
class CasesPart:
    """Deadlines needing attention and cases by status (VIEW_CASES)."""

    overdue: int
    due_soon: int
    attention: tuple[DeadlineLine, ...]  # the first LIST_LENGTH of case_deadlines.attention_list
    total: int
    by_status: tuple[tuple[str, int], ...]  # status code → cases, in statistics' order


@dataclass(frozen=True)
class OfficerHours:
    name: str
    counted_seconds: int
    light: Light


@dataclass(frozen=True)
class CertLine:
    name: str
    expires_on: date
    days_left: int
    level: CertAlertLevel


@dataclass(frozen=True)
class TrainingPart:
    """The year's 学时 per sworn officer against 60, and certificate alerts (VIEW_TRAINING)."""

    year: int
    required_seconds: int
    officers: tuple[OfficerHours, ...]  # year_progress order
    reached: int  # officers with ≥ 60 学时
    lights: dict[Light, int]
    cert_alerts: tuple[CertLine, ...]  # all of training.certificate_alerts, soonest first
    report_level: ReportReminderLevel
    report_due_on: date


@dataclass(frozen=True)
class GapLine:
    name: str
    required: int
    held: int


@dataclass(frozen=True)
class MaintenanceLine:
    asset_tag: str
    item_name: str
    kind: MaintenanceKind
    due_on: date
    state: DueState


@dataclass(frozen=True)
class EquipmentPart:
    """Gaps against the equipment standard, maintenance due, overdue loans (VIEW_EQUIPMENT)."""

    categories: int  # standard categories with a requirement
    gaps: tuple[GapLine, ...]  # every category short of the standard
    maintenance_overdue: int
    maintenance_due_soon: int
    maintenance: tuple[MaintenanceLine, ...]  # the first LIST_LENGTH alerts
    overdue_loans: int


@dataclass(frozen=True)
class StaffPart:
    """The squad's composition (VIEW_STAFF)."""

    sworn: int
    auxiliaries: int
    within_limit: bool


@dataclass(frozen=True)
class SyncPart:
    """Enrolment with the county server and what waits to be sent."""

    enrolled: bool
    last_success: str | None
    last_error: str | None
    pending: int
    open_conflicts: int


@dataclass(frozen=True)
class DashboardData:
    today: date
    cases: CasesPart | None
    training: TrainingPart | None
    equipment: EquipmentPart | None
    staff: StaffPart | None
    sync: SyncPart | None


def may_see_dashboard(actor: Actor) -> bool:
    """Whether `actor` has any of the data the dashboard shows."""
    return any(actor.can(p) for p in DASHBOARD_PERMISSIONS)


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
            DeadlineLine(d.case_number, d.kind, d.due_on, d.urgency)
            for d in attention.first
            if d.urgency is not None
        ),
        total=sum(by_status.values()),
        by_status=tuple(by_status.items()),
    )


def _training(con: sqlite3.Connection, today: date) -> TrainingPart:
    year = today.year
    officers = []
    for p in training_reads.year_progress(con, year):
        light = traffic_light(forecast(p.tally.counted_seconds, year, today))
        officers.append(OfficerHours(p.name, p.tally.counted_seconds, light))
    lights = {light: sum(1 for o in officers if o.light is light) for light in Light}
    reminder = training_reads.report_due_reminder(con, today)
    return TrainingPart(
        year=year,
        required_seconds=ANNUAL_REQUIRED_SECONDS,
        officers=tuple(officers),
        reached=sum(1 for o in officers if o.counted_seconds >= ANNUAL_REQUIRED_SECONDS),
        lights=lights,
        cert_alerts=tuple(
            CertLine(a.name, a.expires_on, a.days_left, a.level)
            for a in training_reads.certificate_alerts(con, today)
        ),
        report_level=reminder.level,
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
            MaintenanceLine(a.asset_tag, a.item_name, a.kind, a.due_on, a.state)
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
        data = replace(data, sync=sync_part(ctx))
    return data


@dataclass(frozen=True)
class FirstPage:
    """What the start-up shows before the ORM is loaded: the logged-in user and, when they
    have a dashboard, its figures."""

    actor: Actor
    data: DashboardData | None


def first_page(
    path: Path,
    username: str,
    password: str,
    clock: Clock,
    on_candidate: Callable[[Actor], None] | None = None,
) -> FirstPage | None:
    """Log in and read the dashboard straight from the store file at `path` with sqlite3
    alone (nothing is written). None when the store is not there or not current
    (local_db.rawsql.NotCurrent) or the login would fail: the start-up then goes the usual
    way (app.store.open_store, users.login), which migrates, reports or counts the failure.
    Raises sqlite3.Error when the file cannot be read (the usual way reports damage).

    The password's scrypt check (~70 ms, the GIL released) runs on a thread while the
    figures are read for the account; they are returned only when the password is right.
    `on_candidate` hears the account the figures are read for, before they are (the window
    lays out that user's page meanwhile; nothing is shown before the password is checked).
    """
    try:
        con = rawsql.open_current(path)
    except rawsql.NotCurrent:
        return None
    try:
        with rawsql.snapshot(con):
            now = clock.now()
            candidate = user_reads.login_candidate(con, username, now)
            if candidate is None:
                return None
            actor, stored = candidate
            if on_candidate is not None:
                on_candidate(actor)
            verdict: list[bool] = []
            checking = threading.Thread(
                target=lambda: verdict.append(verify_password(password, stored)),
                name="first-page-login",
                daemon=True,
            )
            checking.start()
            data = figures(con, actor, clock.today(), now) if may_see_dashboard(actor) else None
            checking.join()
            if not verdict or not verdict[0]:
                return None
            return FirstPage(actor, data)
    finally:
        con.close()
