"""Read-only training queries for the training page: the page's overview in one call (progress,
forecast and traffic light per officer, reminders), 学时 of one category per person, the years
that have trainings, and one person's 培训登记卡 (card)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.reads import training as training_reads
from app.rules.certificates import StaffKind
from app.rules.roles import Permission
from app.rules.training import LIGHT_LABELS as LIGHT_LABELS
from app.rules.training import Light as Light
from app.rules.training import (
    CertAlertLevel,
    Forecast,
    PersonVerdict,
    ReportReminder,
    TrainingCategory,
    YearTally,
    check_year,
    exit_flag,
    forecast,
    held_cert_alert_level,
    year_bounds,
)
from app.rules.training import traffic_light as traffic_light
from app.services import staff as staff_service
from app.services import training
from local_db.models_training import TrainingAttendance, TrainingEvent


@dataclass(frozen=True)
class OfficerRow:
    """One officer on the training page: the year's progress, forecast and light."""

    progress: training.PersonProgress
    forecast: Forecast
    light: Light
    category_seconds: int | None  # credit in the filtered category (None: no filter)

    @property
    def staff_id(self) -> str:
        return self.progress.staff_id

    @property
    def name(self) -> str:
        return self.progress.name

    @property
    def chart_seconds(self) -> int:
        """What the chart's bar shows: the filtered category, else the counted 学时."""
        if self.category_seconds is not None:
            return self.category_seconds
        return self.progress.tally.counted_seconds


@dataclass(frozen=True)
class TrainingOverview:
    """Everything the training page shows for one year (and optional category)."""

    year: int
    category: TrainingCategory | None
    today: date
    rows: tuple[OfficerRow, ...]
    reminder: ReportReminder
    cert_alerts: tuple[training.CertificateAlert, ...]
    exit_flags: tuple[training.ExitFlag, ...]
    composition: staff_service.SquadComposition
    own: training.OwnTrainings
    trainings: int  # trainings recorded in the year
    rotation: training.RotationStatus | None = None  # 首轮全员轮训

    def count(self, light: Light) -> int:
        """Active officers with `light`."""
        return sum(1 for r in self.rows if r.progress.active and r.light is light)


def category_seconds(
    ctx: AppContext, actor: Actor, year: int, category: TrainingCategory
) -> dict[str, int]:
    """Per person: credit of the year's trainings of `category` (one SQL query)."""
    actor.require(Permission.VIEW_TRAINING)
    first, last = year_bounds(year)
    e, a = TrainingEvent, TrainingAttendance
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(a.staff_id, func.sum(a.credited_seconds))
            .join(e, e.id == a.event_id)
            .where(
                a.deleted.is_(False),
                e.deleted.is_(False),
                e.start_date.between(first, last),
                e.category == category.value,
            )
            .group_by(a.staff_id)
        ).all()
    return {sid: int(secs or 0) for sid, secs in rows}


def training_years(ctx: AppContext, actor: Actor) -> list[int]:
    """Years that have trainings, and the current year; newest first."""
    actor.require(Permission.VIEW_TRAINING)
    with ctx.db.read_session() as s:
        starts = s.execute(
            select(func.min(TrainingEvent.start_date), func.max(TrainingEvent.start_date)).where(
                TrainingEvent.deleted.is_(False)
            )
        ).one()
    this_year = ctx.clock.today().year
    low = min(starts[0].year, this_year) if starts[0] else this_year
    high = max(starts[1].year, this_year) if starts[1] else this_year
    return list(range(high, low - 1, -1))


def overview(
    ctx: AppContext,
    actor: Actor,
    year: int,
    category: TrainingCategory | None = None,
    today: date | None = None,
) -> TrainingOverview:
    """The training page's data: officers (the register's order), reminders and checks."""
    actor.require(Permission.VIEW_TRAINING)
    today = today or ctx.clock.today()
    per_category = category_seconds(ctx, actor, year, category) if category else None
    rows = []
    for p in training.year_progress(ctx, actor, year):
        f = forecast(p.tally.counted_seconds, year, today)
        rows.append(
            OfficerRow(
                p,
                f,
                traffic_light(f),
                None if per_category is None else per_category.get(p.staff_id, 0),
            )
        )
    return TrainingOverview(
        year=year,
        category=category,
        today=today,
        rows=tuple(rows),
        reminder=training.report_due_reminder(ctx, today),
        cert_alerts=tuple(training.certificate_alerts(ctx, actor, today)),
        exit_flags=tuple(training.exit_flags(ctx, actor)),
        composition=staff_service.squad_composition(ctx),
        own=training.squad_own_trainings(ctx, actor, year),
        trainings=len(training.list_events(ctx, actor, year)),
        rotation=training.first_rotation_status(ctx, actor),
    )


# --- 培训登记卡 --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingCard:
    """One person's year: trainings, totals against the rules, assessments, certificate."""

    staff: staff_service.StaffInfo
    year: int
    trainings: tuple[training.PersonTraining, ...]
    tally: YearTally
    verdict: PersonVerdict | None  # None for auxiliaries (the rules bind sworn officers)
    forecast: Forecast
    light: Light | None
    assessments: tuple[training.AssessmentInfo, ...]
    cert_alert: CertAlertLevel | None
    exit_years: tuple[int, ...] | None


def training_card(
    ctx: AppContext, actor: Actor, staff_id: str, year: int, today: date | None = None
) -> TrainingCard:
    """The 培训登记卡 of `staff_id` for `year` (totals from the same SQL as year_progress)."""
    actor.require(Permission.VIEW_TRAINING)
    today = today or ctx.clock.today()
    info = staff_service.get_staff(ctx, staff_id)
    trainings = tuple(training.person_trainings(ctx, actor, staff_id, year))
    with ctx.db.dbapi_read() as con:
        tally = training_reads.year_tallies(con, year).get(staff_id) or YearTally()
    sworn = info.kind is StaffKind.SWORN
    f = forecast(tally.counted_seconds, year, today)
    assessments = tuple(training.list_assessments(ctx, actor, staff_id=staff_id))
    alert = None
    if sworn:
        alert = held_cert_alert_level(
            info.cert_number, info.cert_status, info.cert_expires_on, today
        )
    return TrainingCard(
        staff=info,
        year=year,
        trainings=trainings,
        tally=tally,
        verdict=check_year(info.position, tally) if sworn else None,
        forecast=f,
        light=traffic_light(f) if sworn else None,
        assessments=assessments,
        cert_alert=alert,
        exit_years=exit_flag({a.year: a.result for a in assessments}) if sworn else None,
    )
