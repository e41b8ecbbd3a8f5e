"""工作台: the landing page's figures, gathered from the services that own them (read-only).

Each part is None when the actor may not see that data. Plain values only: the page computes
this in a worker and renders it in the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.context import Actor, AppContext
from app.rules.deadlines import Deadline, Urgency
from app.rules.equipment import DueState, MaintenanceKind
from app.rules.roles import Permission
from app.rules.training import (
    ANNUAL_REQUIRED_SECONDS,
    CertAlertLevel,
    ReportReminderLevel,
    forecast,
)
from sqlalchemy import func, select

from app.services import case_deadlines, equipment, equipment_reports, staff, training
from app.services.training_queries import Light, traffic_light
from local_db.models import LocalSetting
from local_db.models_cases import Case

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
    """Live cases per status code, in code order: one scan of the partial index
    ix_enforcement_case_live_status (covering; no table rows read, ~15 ms on 100,000 cases).
    Equal to case_search.statistics(ctx).by_status, without its other five aggregates."""
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(Case.status, func.count())
            .where(Case.deleted.is_(False))
            .group_by(Case.status)
            .order_by(Case.status)
        )
        return {str(code): int(n) for code, n in rows}


def _cases(ctx: AppContext) -> CasesPart:
    attention = case_deadlines.attention_list(ctx)
    by_status = cases_by_status(ctx)
    return CasesPart(
        overdue=sum(1 for d in attention if d.urgency is Urgency.OVERDUE),
        due_soon=sum(1 for d in attention if d.urgency is Urgency.DUE_SOON),
        attention=tuple(
            DeadlineLine(d.case_number, d.kind, d.due_on, d.urgency)
            for d in attention[:LIST_LENGTH]
            if d.urgency is not None
        ),
        total=sum(by_status.values()),
        by_status=tuple(by_status.items()),
    )


def _training(ctx: AppContext, actor: Actor, today: date) -> TrainingPart:
    year = today.year
    officers = []
    for p in training.year_progress(ctx, actor, year):
        light = traffic_light(forecast(p.tally.counted_seconds, year, today))
        officers.append(OfficerHours(p.name, p.tally.counted_seconds, light))
    lights = {light: sum(1 for o in officers if o.light is light) for light in Light}
    reminder = training.report_due_reminder(ctx, today)
    return TrainingPart(
        year=year,
        required_seconds=ANNUAL_REQUIRED_SECONDS,
        officers=tuple(officers),
        reached=sum(1 for o in officers if o.counted_seconds >= ANNUAL_REQUIRED_SECONDS),
        lights=lights,
        cert_alerts=tuple(
            CertLine(a.name, a.expires_on, a.days_left, a.level)
            for a in training.certificate_alerts(ctx, actor, today)
        ),
        report_level=reminder.level,
        report_due_on=reminder.due_on,
    )


def _equipment(ctx: AppContext, today: date) -> EquipmentPart:
    report = equipment_reports.compliance(ctx)
    alerts = equipment.maintenance_alerts(ctx, today)
    return EquipmentPart(
        categories=len(report.lines),
        gaps=tuple(GapLine(g.name, g.required, g.held) for g in report.gaps),
        maintenance_overdue=sum(1 for a in alerts if a.state is DueState.OVERDUE),
        maintenance_due_soon=sum(1 for a in alerts if a.state is DueState.DUE_SOON),
        maintenance=tuple(
            MaintenanceLine(a.asset_tag, a.item_name, a.kind, a.due_on, a.state)
            for a in alerts[:LIST_LENGTH]
        ),
        overdue_loans=len(equipment.overdue_loans(ctx, today)),
    )


def sync_part(ctx: AppContext) -> SyncPart:
    """The sync tile's figures. Slow the first time in a process (it imports the sync client
    and its HTTP library), so the page fetches it after the other tiles are shown."""
    try:
        from app.sync.client import sync_status
    except ImportError:  # sync client or its HTTP library missing: the enrolment setting only
        with ctx.db.read_session() as s:
            url = s.get(LocalSetting, SYNC_URL_KEY)
        return SyncPart(bool(url and url.value), None, None, 0, 0)
    st = sync_status(ctx)
    return SyncPart(st.enrolled, st.last_success, st.last_error, st.pending, st.open_conflicts)


def dashboard(
    ctx: AppContext, actor: Actor, today: date, *, with_sync: bool = True
) -> DashboardData:
    """The dashboard's figures for `actor` on `today` (parts the actor may not see are None;
    the sync part is None too without `with_sync`: fetch it with sync_part)."""
    composition = staff.squad_composition(ctx) if actor.can(Permission.VIEW_STAFF) else None
    return DashboardData(
        today=today,
        cases=_cases(ctx) if actor.can(Permission.VIEW_CASES) else None,
        training=_training(ctx, actor, today) if actor.can(Permission.VIEW_TRAINING) else None,
        equipment=_equipment(ctx, today) if actor.can(Permission.VIEW_EQUIPMENT) else None,
        staff=(
            StaffPart(composition.sworn, composition.auxiliaries, composition.within_limit)
            if composition is not None
            else None
        ),
        sync=sync_part(ctx) if with_sync and may_see_dashboard(actor) else None,
    )
