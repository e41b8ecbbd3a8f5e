"""工作台: the figures as the landing page shows them, display-ready and light to load.

app.services.dashboard computes these from the reads and the rules; the page (and the
start-up, which may receive them from another process: ui.main's FirstPageReader) needs only
this module. So nothing here imports the rules' modules: each coloured line carries its tone
and its domain label (the Chinese source, translated by the page in context "Labels")
instead of the rules' enums. Named tuples: cheap to define, compare and pickle.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from app.rules.roles import Permission

if TYPE_CHECKING:
    from app.actor import Actor

LIST_LENGTH = 5  # lines in a tile's small list

# Tones: how a figure or line is coloured (the page picks the colours).
RED = "red"
AMBER = "amber"
GREEN = "green"
PLAIN = ""

# The permissions that give a dashboard at all (any one of them).
DASHBOARD_PERMISSIONS = (
    Permission.VIEW_CASES,
    Permission.VIEW_TRAINING,
    Permission.VIEW_EQUIPMENT,
    Permission.VIEW_STAFF,
)


def may_see_dashboard(actor: Actor) -> bool:
    """Whether `actor` has any of the data the dashboard shows."""
    return any(actor.can(p) for p in DASHBOARD_PERMISSIONS)


class DeadlineLine(NamedTuple):
    case_number: str
    label: str  # the deadline's kind (DEADLINE_LABELS)
    due_on: date
    tone: str  # RED overdue, AMBER due soon


class CasesPart(NamedTuple):
    """Deadlines needing attention and cases by status (VIEW_CASES)."""

    overdue: int
    due_soon: int
    attention: tuple[DeadlineLine, ...]  # the first LIST_LENGTH of case_deadlines.attention_list
    total: int
    # (status label, cases) in the workflow's order; a code the workflow does not know is
    # its own label, last.
    by_status: tuple[tuple[str, int], ...]


class OfficerHours(NamedTuple):
    name: str
    counted_seconds: int
    tone: str  # the traffic light towards 60 学时: GREEN, AMBER or RED


class CertLine(NamedTuple):
    name: str
    expires_on: date
    days_left: int
    label: str  # the alert level (CERT_ALERT_LABELS)
    tone: str  # RED within 30 days or expired, else AMBER


class TrainingPart(NamedTuple):
    """The year's 学时 per sworn officer against 60, and certificate alerts (VIEW_TRAINING)."""

    year: int
    required_seconds: int
    seconds_per_unit: int  # one 学时
    officers: tuple[OfficerHours, ...]  # year_progress order
    reached: int  # officers with ≥ 60 学时
    lights: tuple[int, int, int]  # officers on GREEN, AMBER, RED
    cert_alerts: tuple[CertLine, ...]  # all of training.certificate_alerts, soonest first
    report_tone: str  # the annual report to the county: PLAIN not due, AMBER due, RED overdue
    report_due_on: date


class GapLine(NamedTuple):
    name: str
    required: int
    held: int


class MaintenanceLine(NamedTuple):
    asset_tag: str
    item_name: str
    label: str  # the maintenance kind (MAINTENANCE_LABELS)
    due_on: date
    tone: str  # RED overdue, AMBER due soon


class EquipmentPart(NamedTuple):
    """Gaps against the equipment standard, maintenance due, overdue loans (VIEW_EQUIPMENT)."""

    categories: int  # standard categories with a requirement
    gaps: tuple[GapLine, ...]  # every category short of the standard
    maintenance_overdue: int
    maintenance_due_soon: int
    maintenance: tuple[MaintenanceLine, ...]  # the first LIST_LENGTH alerts
    overdue_loans: int


class StaffPart(NamedTuple):
    """The squad's composition (VIEW_STAFF)."""

    sworn: int
    auxiliaries: int
    within_limit: bool


class SyncPart(NamedTuple):
    """Enrolment with the county server and what waits to be sent."""

    enrolled: bool
    last_success: str | None
    last_error: str | None
    pending: int
    open_conflicts: int


class DashboardData(NamedTuple):
    today: date
    cases: CasesPart | None
    training: TrainingPart | None
    equipment: EquipmentPart | None
    staff: StaffPart | None
    sync: SyncPart | None


class FirstPage(NamedTuple):
    """What the start-up shows before the ORM is loaded: the logged-in user and, when they
    have a dashboard, its figures."""

    actor: Actor
    data: DashboardData | None
