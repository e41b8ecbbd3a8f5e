"""Training (培训) use cases: events with their attendees, yearly progress against the rules,
the squad's own trainings, the first full rotation, the forecast, annual assessments,
certificate expiry alerts and the reminder of the annual report to the county.

The numbers and verdicts come from app.rules.training; this module loads data (aggregated in
SQL, one query per figure set) and records changes, each write in one UnitOfWork with its audit
entry. Writes need Permission.MANAGE_TRAINING (assessments RECORD_ASSESSMENT), reads VIEW_TRAINING.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import Actor, AppContext
from app.errors import NotFound, ValidationError
from app.reads import training as training_reads
from app.reads.training import REPORT_SUBMITTED_KEY as REPORT_SUBMITTED_KEY
from app.reads.training import CertificateAlert as CertificateAlert
from app.reads.training import PersonProgress as PersonProgress
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.roles import Permission
from app.rules.training import (
    FIRST_ROTATION_DEADLINE_DEFAULT,
    OWN_TRAINING_MINIMUM,
    AssessmentResult,
    Forecast,
    OrganiserLevel,
    OwnTrainingKind,
    ReportReminder,
    TrainingCategory,
    TrainingMode,
    default_concentrated,
    default_days_tenths,
    exit_flag,
    format_days,
    format_tenths,
    format_units,
    own_training_kind,
    parse_tenths,
    seconds_from_minutes,
    seconds_from_units_tenths,
    year_bounds,
)
from app.rules.training import forecast as forecast_rule
from app.services import staff as staff_service
from local_db.models import LocalSetting, StaffMember
from local_db.models_training import AnnualAssessment, TrainingAttendance, TrainingEvent
from local_db.uow import UnitOfWork

CREDIT_FROM_EVENT = "event"
CREDIT_CUSTOM = "custom"
MAX_TITLE = 200
MAX_NOTE = 2000
MAX_UNITS_TENTHS = 9999  # 999.9 学时 for one training is already absurd
MAX_DURATION_MINUTES = 60 * 24 * 366
ROTATION_DEADLINE_KEY = "training.first_rotation_deadline"

E = TypeVar("E", bound=StrEnum)


# --- plain data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EventInput:
    """The training form: one event; attendees are passed alongside.

    `days` and `stated_units` take a figure with at most one decimal (Decimal, int or text);
    `days` None = the calendar span (none for online courses); `concentrated` None = by mode.
    """

    title: str
    organiser_level: OrganiserLevel
    category: TrainingCategory
    mode: TrainingMode
    start_date: date
    end_date: date | None = None
    days: Decimal | int | str | None = None
    stated_units: Decimal | int | str | None = None
    duration_minutes: int | None = None
    concentrated: bool | None = None
    note: str | None = None


@dataclass(frozen=True)
class EventInfo:
    """One training as plain data."""

    id: str
    title: str
    organiser_level: OrganiserLevel
    category: TrainingCategory
    mode: TrainingMode
    start_date: date
    end_date: date
    days_tenths: int
    stated_units_tenths: int | None
    duration_minutes: int | None
    concentrated: bool
    note: str | None
    default_credit_seconds: int | None  # None: credit per attendee only (imported courses)
    attendee_count: int

    @property
    def year(self) -> int:
        return self.start_date.year

    @property
    def days_text(self) -> str:
        return format_days(self.days_tenths)

    @property
    def units_text(self) -> str:
        """The event's 学时 as shown ("" when credit is per attendee)."""
        if self.default_credit_seconds is None:
            return ""
        return format_units(self.default_credit_seconds)


@dataclass(frozen=True)
class AttendanceInfo:
    """One attendee of a training, with the credit given."""

    id: str
    event_id: str
    staff_id: str
    staff_name: str
    credited_seconds: int
    custom_credit: bool
    note: str | None

    @property
    def units_text(self) -> str:
        return format_units(self.credited_seconds)


@dataclass(frozen=True)
class PersonTraining:
    """One line of an officer's 培训登记卡: a training attended and the credit given."""

    event: EventInfo
    credited_seconds: int


@dataclass(frozen=True)
class OwnTrainingItem:
    """One of the squad's own-training requirements (≥ 2 business / ethics / physical)."""

    kind: OwnTrainingKind
    required: int
    titles: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.titles)

    @property
    def ok(self) -> bool:
        return self.count >= self.required


@dataclass(frozen=True)
class OwnTrainings:
    """The squad's own trainings of one year, by requirement."""

    year: int
    items: tuple[OwnTrainingItem, ...]

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)


@dataclass(frozen=True)
class StaffRef:
    """Who, in a list."""

    staff_id: str
    name: str


@dataclass(frozen=True)
class RotationStatus:
    """首轮全员轮训: who has had a concentrated training, by the deadline or after it."""

    deadline: date
    today: date
    officers: int
    on_time: tuple[StaffRef, ...]
    late: tuple[StaffRef, ...]  # first concentrated training after the deadline
    untrained: tuple[StaffRef, ...]

    @property
    def complete(self) -> bool:
        """Every active officer had a concentrated training by the deadline."""
        return not self.late and not self.untrained

    @property
    def overdue(self) -> bool:
        """The deadline has passed and someone has still had none."""
        return self.today > self.deadline and bool(self.untrained)


@dataclass(frozen=True)
class ForecastRow:
    """One officer's forecast towards 60 学时."""

    staff_id: str
    name: str
    position: StaffPosition
    forecast: Forecast

    @property
    def will_miss(self) -> bool:
        return self.forecast.will_miss


@dataclass(frozen=True)
class AssessmentInfo:
    """One annual assessment result."""

    id: str
    staff_id: str
    staff_name: str
    year: int
    result: AssessmentResult
    note: str | None


@dataclass(frozen=True)
class ExitFlag:
    """An officer with consecutive 不合格 years: to exit enforcement by procedure (001)."""

    staff_id: str
    name: str
    years: tuple[int, ...]


# --- validation ----------------------------------------------------------------------------


def _text(value: str | None, field: str, label: str, max_len: int, *, required: bool) -> str | None:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(field, "required", "请填写{label}。", label=label)
    if len(value) > max_len:
        raise ValidationError(
            field, "too_long", "{label}不能超过 {n} 个字。", label=label, n=max_len
        )
    return value or None


def _enum(cls: type[E], value: object, field: str, label: str) -> E:
    try:
        return cls(str(value))
    except ValueError:
        raise ValidationError(field, "bad_choice", "请选择{label}。", label=label) from None


@dataclass(frozen=True)
class _EventFields:
    title: str
    organiser_level: OrganiserLevel
    category: TrainingCategory
    mode: TrainingMode
    start_date: date
    end_date: date
    days_tenths: int
    stated_units_tenths: int | None
    duration_minutes: int | None
    concentrated: bool
    note: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "organiser_level": self.organiser_level.value,
            "category": self.category.value,
            "mode": self.mode.value,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "days_tenths": self.days_tenths,
            "stated_units_tenths": self.stated_units_tenths,
            "duration_minutes": self.duration_minutes,
            "concentrated": self.concentrated,
            "note": self.note,
        }


def _validate_event(data: EventInput) -> _EventFields:
    title = _text(data.title, "title", "培训名称", MAX_TITLE, required=True)
    assert title is not None
    level = _enum(OrganiserLevel, data.organiser_level, "organiser_level", "组织层级")
    category = _enum(TrainingCategory, data.category, "category", "培训类别")
    mode = _enum(TrainingMode, data.mode, "mode", "培训形式")
    if not isinstance(data.start_date, date):
        raise ValidationError("start_date", "required", "请填写{label}。", label="开始日期")
    end = data.end_date or data.start_date
    if end < data.start_date:
        raise ValidationError("end_date", "end_before_start", "结束日期早于开始日期。")
    span_tenths = ((end - data.start_date).days + 1) * 10
    if data.days is None or (isinstance(data.days, str) and not data.days.strip()):
        days_tenths = default_days_tenths(mode, data.start_date, end)
    else:
        try:
            days_tenths = parse_tenths(data.days)
        except ValueError:
            raise ValidationError(
                "days", "bad_days", "天数须为不小于 0 的数字，最多一位小数。"
            ) from None
        if days_tenths > span_tenths:
            raise ValidationError(
                "days",
                "days_exceed_span",
                "天数 {days} 超过起止日期之间的 {span} 天。",
                days=format_days(days_tenths),
                span=format_days(span_tenths),
            )
    stated: int | None = None
    if data.stated_units is not None and str(data.stated_units).strip():
        try:
            stated = parse_tenths(data.stated_units)
        except ValueError:
            stated = -1
        if not 0 < stated <= MAX_UNITS_TENTHS:
            raise ValidationError(
                "stated_units",
                "bad_units",
                "学时须为大于 0、不超过 {max} 的数字，最多一位小数。",
                max=format_tenths(MAX_UNITS_TENTHS),
            )
    duration = data.duration_minutes
    if duration is not None and (
        not isinstance(duration, int) or not 0 < duration <= MAX_DURATION_MINUTES
    ):
        raise ValidationError("duration_minutes", "bad_duration", "培训时长须为大于 0 的整数分钟。")
    if stated is None and duration is None:
        raise ValidationError(
            "stated_units",
            "credit_required",
            "请填写学时，或填写培训时长（分钟，45 分钟折 1 学时）。",
        )
    concentrated = (
        default_concentrated(mode) if data.concentrated is None else bool(data.concentrated)
    )
    note = _text(data.note, "note", "备注", MAX_NOTE, required=False)
    return _EventFields(
        title,
        level,
        category,
        mode,
        data.start_date,
        end,
        days_tenths,
        stated,
        duration,
        concentrated,
        note,
    )


def event_default_credit(
    stated_units_tenths: int | None, duration_minutes: int | None
) -> int | None:
    """Credit an attendee gets by default: the stated 学时, else the duration (45 min = 1 学时)."""
    if stated_units_tenths is not None:
        return seconds_from_units_tenths(stated_units_tenths)
    if duration_minutes is not None:
        return seconds_from_minutes(duration_minutes)
    return None


def _unique(ids: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for i in ids:
        if i and i not in seen:
            seen[i] = None
    return list(seen)


# --- loading -------------------------------------------------------------------------------


def _event_info(e: TrainingEvent, attendee_count: int) -> EventInfo:
    return EventInfo(
        e.id,
        e.title,
        OrganiserLevel(e.organiser_level),
        TrainingCategory(e.category),
        TrainingMode(e.mode),
        e.start_date,
        e.end_date,
        e.days_tenths,
        e.stated_units_tenths,
        e.duration_minutes,
        e.concentrated,
        e.note,
        event_default_credit(e.stated_units_tenths, e.duration_minutes),
        attendee_count,
    )


def _load_event(session: Session, event_id: str) -> TrainingEvent:
    e = session.get(TrainingEvent, event_id)
    if e is None or e.deleted:
        raise NotFound("training_not_found", "找不到该培训记录。")
    return e


def _load_staff(session: Session, staff_ids: Sequence[str]) -> dict[str, StaffMember]:
    found: dict[str, StaffMember] = {}
    for i in range(0, len(staff_ids), 500):
        chunk = list(staff_ids[i : i + 500])
        for m in session.scalars(
            select(StaffMember).where(StaffMember.id.in_(chunk), StaffMember.deleted.is_(False))
        ):
            found[m.id] = m
    missing = [i for i in staff_ids if i not in found]
    if missing:
        raise ValidationError(
            "attendees", "unknown_staff", "参训人员中有 {n} 人在人员名册中找不到。", n=len(missing)
        )
    return found


def _attendee_count(session: Session, event_id: str) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                TrainingAttendance.event_id == event_id, TrainingAttendance.deleted.is_(False)
            )
        )
        or 0
    )


def _attendances_by_staff(session: Session, event_id: str) -> dict[str, TrainingAttendance]:
    rows = session.scalars(
        select(TrainingAttendance).where(TrainingAttendance.event_id == event_id)
    )
    return {a.staff_id: a for a in rows}


def attach_attendee(
    uow: UnitOfWork,
    event: TrainingEvent,
    staff_id: str,
    credited_seconds: int,
    *,
    custom: bool,
    existing: TrainingAttendance | None,
    note: str | None = None,
) -> TrainingAttendance:
    """Add (or bring back from its tombstone) one attendee row inside `uow`."""
    if existing is not None:
        existing.deleted = False
        existing.credited_seconds = credited_seconds
        existing.credit_source = CREDIT_CUSTOM if custom else CREDIT_FROM_EVENT
        existing.note = note
        uow.save(existing, is_new=False)
        return existing
    row = TrainingAttendance(
        event_id=event.id,
        staff_id=staff_id,
        credited_seconds=credited_seconds,
        credit_source=CREDIT_CUSTOM if custom else CREDIT_FROM_EVENT,
        note=note,
        deleted=False,
    )
    uow.save(row, is_new=True)
    return row


# --- events --------------------------------------------------------------------------------


def record_event(
    ctx: AppContext, actor: Actor, data: EventInput, attendee_staff_ids: Iterable[str] = ()
) -> EventInfo:
    """Record one training and everyone who attended it (one form, one transaction)."""
    actor.require(Permission.MANAGE_TRAINING)
    fields = _validate_event(data)
    ids = _unique(attendee_staff_ids)
    credit = event_default_credit(fields.stated_units_tenths, fields.duration_minutes)
    assert credit is not None  # validation demands stated 学时 or a duration
    with ctx.uow(actor) as uow:
        _load_staff(uow.session, ids)
        e = TrainingEvent(deleted=False, **fields.as_dict())
        uow.save(e, is_new=True)
        for staff_id in ids:
            attach_attendee(uow, e, staff_id, credit, custom=False, existing=None)
        uow.record(
            "training.event.add",
            "training_event",
            e.id,
            {**fields.as_dict(), "attendees": ids},
        )
        uow.commit()
        return _event_info(e, len(ids))


def update_event(ctx: AppContext, actor: Actor, event_id: str, data: EventInput) -> EventInfo:
    """Edit a training; attendees on the event's credit follow a changed 学时 or duration."""
    actor.require(Permission.MANAGE_TRAINING)
    fields = _validate_event(data)
    with ctx.uow(actor) as uow:
        e = _load_event(uow.session, event_id)
        before = {k: getattr(e, k) for k in fields.as_dict()}
        for key, value in fields.as_dict().items():
            setattr(e, key, value)
        after = {k: getattr(e, k) for k in fields.as_dict()}
        uow.save(e, is_new=False)
        credit = event_default_credit(e.stated_units_tenths, e.duration_minutes)
        followed = 0
        assert credit is not None
        for a in _attendances_by_staff(uow.session, e.id).values():
            if (
                not a.deleted
                and a.credit_source == CREDIT_FROM_EVENT
                and a.credited_seconds != credit
            ):
                a.credited_seconds = credit
                uow.save(a, is_new=False)
                followed += 1
        changed: dict[str, Any] = {
            k: {"before": before[k], "after": v} for k, v in after.items() if before[k] != v
        }
        if followed:
            changed["attendees_recredited"] = followed
        uow.record("training.event.update", "training_event", e.id, changed)
        uow.commit()
        return _event_info(e, _attendee_count(uow.session, e.id))


def delete_event(ctx: AppContext, actor: Actor, event_id: str, reason: str) -> None:
    """Delete a training and its attendance (tombstones; the audit keeps the reason)."""
    actor.require(Permission.MANAGE_TRAINING)
    reason_text = _text(reason, "reason", "原因", MAX_NOTE, required=True)
    with ctx.uow(actor) as uow:
        e = _load_event(uow.session, event_id)
        removed = 0
        for a in _attendances_by_staff(uow.session, e.id).values():
            if not a.deleted:
                a.deleted = True
                uow.save(a, is_new=False)
                removed += 1
        e.deleted = True
        uow.save(e, is_new=False)
        uow.record(
            "training.event.delete",
            "training_event",
            e.id,
            {
                "title": e.title,
                "start_date": e.start_date,
                "attendees": removed,
                "reason": reason_text,
            },
        )
        uow.commit()


def add_attendees(
    ctx: AppContext, actor: Actor, event_id: str, staff_ids: Iterable[str]
) -> EventInfo:
    """Add people to a training at its credit (people already on it are left as they are)."""
    actor.require(Permission.MANAGE_TRAINING)
    ids = _unique(staff_ids)
    with ctx.uow(actor) as uow:
        e = _load_event(uow.session, event_id)
        credit = event_default_credit(e.stated_units_tenths, e.duration_minutes)
        if credit is None:
            raise ValidationError(
                "stated_units", "credit_required", "该培训未登记学时或时长，请先编辑培训填写学时。"
            )
        _load_staff(uow.session, ids)
        existing = _attendances_by_staff(uow.session, e.id)
        added = []
        for staff_id in ids:
            row = existing.get(staff_id)
            if row is not None and not row.deleted:
                continue
            attach_attendee(uow, e, staff_id, credit, custom=False, existing=row)
            added.append(staff_id)
        if added:
            uow.record("training.attendance.add", "training_event", e.id, {"added": added})
            uow.commit()
        return _event_info(e, _attendee_count(uow.session, e.id))


def remove_attendees(
    ctx: AppContext, actor: Actor, event_id: str, staff_ids: Iterable[str]
) -> EventInfo:
    """Take people off a training (tombstones)."""
    actor.require(Permission.MANAGE_TRAINING)
    ids = _unique(staff_ids)
    with ctx.uow(actor) as uow:
        e = _load_event(uow.session, event_id)
        existing = _attendances_by_staff(uow.session, e.id)
        removed = []
        for staff_id in ids:
            row = existing.get(staff_id)
            if row is None or row.deleted:
                continue
            row.deleted = True
            uow.save(row, is_new=False)
            removed.append(staff_id)
        if removed:
            uow.record("training.attendance.remove", "training_event", e.id, {"removed": removed})
            uow.commit()
        return _event_info(e, _attendee_count(uow.session, e.id))


def set_attendance_credit(
    ctx: AppContext,
    actor: Actor,
    event_id: str,
    staff_id: str,
    *,
    minutes: int | None = None,
    units: Decimal | int | str | None = None,
) -> AttendanceInfo:
    """Give one attendee their own credit (minutes or 学时); neither = back to the event's."""
    actor.require(Permission.MANAGE_TRAINING)
    if minutes is not None and units is not None:
        raise ValidationError("units", "one_of", "请只填写学时或时长中的一项。")
    custom: int | None = None
    if units is not None:
        try:
            tenths = parse_tenths(units)
        except ValueError:
            tenths = -1
        if not 0 < tenths <= MAX_UNITS_TENTHS:
            raise ValidationError(
                "units",
                "bad_units",
                "学时须为大于 0、不超过 {max} 的数字，最多一位小数。",
                max=format_tenths(MAX_UNITS_TENTHS),
            )
        custom = seconds_from_units_tenths(tenths)
    elif minutes is not None:
        if not isinstance(minutes, int) or not 0 < minutes <= MAX_DURATION_MINUTES:
            raise ValidationError("minutes", "bad_duration", "培训时长须为大于 0 的整数分钟。")
        custom = seconds_from_minutes(minutes)
    with ctx.uow(actor) as uow:
        e = _load_event(uow.session, event_id)
        row = _attendances_by_staff(uow.session, e.id).get(staff_id)
        if row is None or row.deleted:
            raise NotFound("attendance_not_found", "该人员未登记参加此培训。")
        before = row.credited_seconds
        if custom is None:
            default = event_default_credit(e.stated_units_tenths, e.duration_minutes)
            if default is None:
                raise ValidationError(
                    "units", "credit_required", "该培训未登记学时或时长，请填写该人员的学时。"
                )
            row.credited_seconds, row.credit_source = default, CREDIT_FROM_EVENT
        else:
            row.credited_seconds, row.credit_source = custom, CREDIT_CUSTOM
        uow.save(row, is_new=False)
        uow.record(
            "training.attendance.credit",
            "training_attendance",
            row.id,
            {"staff_id": staff_id, "before_seconds": before, "after_seconds": row.credited_seconds},
        )
        uow.commit()
        name = uow.session.get(StaffMember, staff_id)
        return AttendanceInfo(
            row.id,
            e.id,
            staff_id,
            name.name if name else "",
            row.credited_seconds,
            row.credit_source == CREDIT_CUSTOM,
            row.note,
        )


def _count_subquery() -> Any:
    return (
        select(TrainingAttendance.event_id, func.count().label("n"))
        .where(TrainingAttendance.deleted.is_(False))
        .group_by(TrainingAttendance.event_id)
        .subquery()
    )


def list_events(ctx: AppContext, actor: Actor, year: int) -> list[EventInfo]:
    """The trainings of a calendar year (by start date), oldest first, with attendee counts."""
    actor.require(Permission.VIEW_TRAINING)
    first, last = year_bounds(year)
    counts = _count_subquery()
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(TrainingEvent, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.event_id == TrainingEvent.id)
            .where(TrainingEvent.deleted.is_(False), TrainingEvent.start_date.between(first, last))
            .order_by(TrainingEvent.start_date, TrainingEvent.title, TrainingEvent.id)
        ).all()
        return [_event_info(e, int(n)) for e, n in rows]


def get_event(ctx: AppContext, actor: Actor, event_id: str) -> EventInfo:
    """One training by id."""
    actor.require(Permission.VIEW_TRAINING)
    with ctx.db.read_session() as s:
        e = _load_event(s, event_id)
        return _event_info(e, _attendee_count(s, e.id))


def event_attendance(ctx: AppContext, actor: Actor, event_id: str) -> list[AttendanceInfo]:
    """Who attended a training, by name."""
    actor.require(Permission.VIEW_TRAINING)
    with ctx.db.read_session() as s:
        _load_event(s, event_id)
        rows = s.execute(
            select(TrainingAttendance, StaffMember.name)
            .join(StaffMember, StaffMember.id == TrainingAttendance.staff_id)
            .where(TrainingAttendance.event_id == event_id, TrainingAttendance.deleted.is_(False))
            .order_by(StaffMember.name)
        ).all()
        return [
            AttendanceInfo(
                a.id,
                a.event_id,
                a.staff_id,
                name,
                a.credited_seconds,
                a.credit_source == CREDIT_CUSTOM,
                a.note,
            )
            for a, name in rows
        ]


def person_trainings(
    ctx: AppContext, actor: Actor, staff_id: str, year: int
) -> list[PersonTraining]:
    """An officer's 培训登记卡 for one year: each training attended and the credit given."""
    actor.require(Permission.VIEW_TRAINING)
    first, last = year_bounds(year)
    counts = _count_subquery()
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(TrainingEvent, func.coalesce(counts.c.n, 0), TrainingAttendance.credited_seconds)
            .join(TrainingAttendance, TrainingAttendance.event_id == TrainingEvent.id)
            .outerjoin(counts, counts.c.event_id == TrainingEvent.id)
            .where(
                TrainingAttendance.staff_id == staff_id,
                TrainingAttendance.deleted.is_(False),
                TrainingEvent.deleted.is_(False),
                TrainingEvent.start_date.between(first, last),
            )
            .order_by(TrainingEvent.start_date, TrainingEvent.title)
        ).all()
        return [PersonTraining(_event_info(e, int(n)), secs) for e, n, secs in rows]


# --- progress ------------------------------------------------------------------------------


def year_progress(ctx: AppContext, actor: Actor, year: int) -> list[PersonProgress]:
    """Every sworn officer's year: active ones, and those who left but trained that year.

    Leaders first, then by name (the register's order).
    """
    actor.require(Permission.VIEW_TRAINING)
    with ctx.db.dbapi_read() as con:
        return training_reads.year_progress(con, year)


def squad_own_trainings(ctx: AppContext, actor: Actor, year: int) -> OwnTrainings:
    """The trainings the squad organised itself in `year`, against ≥ 2 of each kind."""
    actor.require(Permission.VIEW_TRAINING)
    first, last = year_bounds(year)
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(TrainingEvent.title, TrainingEvent.category)
            .where(
                TrainingEvent.deleted.is_(False),
                TrainingEvent.organiser_level == OrganiserLevel.OWN_UNIT.value,
                TrainingEvent.start_date.between(first, last),
            )
            .order_by(TrainingEvent.start_date, TrainingEvent.title)
        ).all()
    titles: dict[OwnTrainingKind, list[str]] = defaultdict(list)
    for title, category in rows:
        kind = own_training_kind(TrainingCategory(category))
        if kind is not None:
            titles[kind].append(title)
    return OwnTrainings(
        year,
        tuple(
            OwnTrainingItem(kind, minimum, tuple(titles[kind]))
            for kind, minimum in OWN_TRAINING_MINIMUM.items()
        ),
    )


def rotation_deadline(ctx: AppContext) -> date:
    """The configured deadline of the first full rotation (default from the rules)."""
    with ctx.db.read_session() as s:
        value = s.get(LocalSetting, ROTATION_DEADLINE_KEY)
    if value is None:
        return FIRST_ROTATION_DEADLINE_DEFAULT
    try:
        return date.fromisoformat(value.value)
    except ValueError:
        return FIRST_ROTATION_DEADLINE_DEFAULT


def set_rotation_deadline(ctx: AppContext, actor: Actor, deadline: date) -> None:
    """Configure the first full rotation's deadline (a setting of this store)."""
    actor.require(Permission.MANAGE_SETTINGS)
    if not isinstance(deadline, date):
        raise ValidationError("deadline", "required", "请填写{label}。", label="截止日期")
    with ctx.uow(actor) as uow:
        before = uow.session.get(LocalSetting, ROTATION_DEADLINE_KEY)
        uow.session.merge(LocalSetting(key=ROTATION_DEADLINE_KEY, value=deadline.isoformat()))
        uow.record(
            "settings.training_rotation_deadline",
            "local_setting",
            None,
            {"before": before.value if before else None, "after": deadline},
        )
        uow.commit()


def first_rotation_status(
    ctx: AppContext, actor: Actor, deadline: date | None = None
) -> RotationStatus:
    """Which active officers had a concentrated training by the deadline, late, or not yet."""
    actor.require(Permission.VIEW_TRAINING)
    deadline = deadline or rotation_deadline(ctx)
    with ctx.db.read_session() as s:
        first_conc = dict(
            s.execute(
                select(TrainingAttendance.staff_id, func.min(TrainingEvent.start_date))
                .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
                .where(
                    TrainingAttendance.deleted.is_(False),
                    TrainingEvent.deleted.is_(False),
                    TrainingEvent.concentrated.is_(True),
                )
                .group_by(TrainingAttendance.staff_id)
            ).all()
        )
    on_time: list[StaffRef] = []
    late: list[StaffRef] = []
    untrained: list[StaffRef] = []
    officers = staff_service.list_staff(ctx, kind=StaffKind.SWORN)
    for p in officers:
        ref = StaffRef(p.id, p.name)
        when = first_conc.get(p.id)
        if when is None:
            untrained.append(ref)
        elif when <= deadline:
            on_time.append(ref)
        else:
            late.append(ref)
    return RotationStatus(
        deadline, ctx.clock.today(), len(officers), tuple(on_time), tuple(late), tuple(untrained)
    )


def forecast(
    ctx: AppContext, actor: Actor, year: int, today: date | None = None
) -> list[ForecastRow]:
    """Per active officer: 学时 so far, at this pace by year end, and 学时 a month still needed."""
    today = today or ctx.clock.today()
    return [
        ForecastRow(
            p.staff_id, p.name, p.position, forecast_rule(p.tally.counted_seconds, year, today)
        )
        for p in year_progress(ctx, actor, year)
        if p.active
    ]


# --- assessments ---------------------------------------------------------------------------


def record_assessment(
    ctx: AppContext,
    actor: Actor,
    staff_id: str,
    year: int,
    result: AssessmentResult,
    note: str | None = None,
) -> AssessmentInfo:
    """Record (or correct) an officer's annual assessment result for `year`."""
    actor.require(Permission.RECORD_ASSESSMENT)
    result = _enum(AssessmentResult, result, "result", "考核结果")
    note = _text(note, "note", "备注", MAX_NOTE, required=False)
    this_year = ctx.clock.today().year
    if not isinstance(year, int) or not 2000 <= year <= this_year:
        raise ValidationError(
            "year", "bad_year", "考核年度须在 2000 至 {this_year} 年之间。", this_year=this_year
        )
    with ctx.uow(actor) as uow:
        m = uow.session.get(StaffMember, staff_id)
        if m is None or m.deleted:
            raise NotFound("staff_not_found", "找不到该人员。")
        row = uow.session.scalar(
            select(AnnualAssessment).where(
                AnnualAssessment.staff_id == staff_id, AnnualAssessment.year == year
            )
        )
        before = None if row is None or row.deleted else row.result
        if row is None:
            row = AnnualAssessment(staff_id=staff_id, year=year, result=result.value, note=note)
            row.deleted = False
            uow.save(row, is_new=True)
        else:
            row.result, row.note, row.deleted = result.value, note, False
            uow.save(row, is_new=False)
        uow.record(
            "training.assessment.record",
            "staff_member",
            staff_id,
            {"year": year, "before": before, "after": result.value, "note": note},
        )
        uow.commit()
        return AssessmentInfo(row.id, staff_id, m.name, year, result, note)


def list_assessments(
    ctx: AppContext, actor: Actor, *, staff_id: str | None = None, years: Sequence[int] = ()
) -> list[AssessmentInfo]:
    """Assessment results, by year then name; optionally of one person or some years."""
    actor.require(Permission.VIEW_TRAINING)
    with ctx.db.read_session() as s:
        q = (
            select(AnnualAssessment, StaffMember.name)
            .join(StaffMember, StaffMember.id == AnnualAssessment.staff_id)
            .where(AnnualAssessment.deleted.is_(False), StaffMember.deleted.is_(False))
        )
        if staff_id is not None:
            q = q.where(AnnualAssessment.staff_id == staff_id)
        if years:
            q = q.where(AnnualAssessment.year.in_(list(years)))
        rows = s.execute(q.order_by(AnnualAssessment.year, StaffMember.name)).all()
        return [
            AssessmentInfo(a.id, a.staff_id, name, a.year, AssessmentResult(a.result), a.note)
            for a, name in rows
        ]


def exit_flags(ctx: AppContext, actor: Actor) -> list[ExitFlag]:
    """Active sworn officers with two consecutive 不合格 years (to exit enforcement, 001)."""
    actor.require(Permission.VIEW_TRAINING)
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(
                AnnualAssessment.staff_id,
                StaffMember.name,
                AnnualAssessment.year,
                AnnualAssessment.result,
            )
            .join(StaffMember, StaffMember.id == AnnualAssessment.staff_id)
            .where(
                AnnualAssessment.deleted.is_(False),
                StaffMember.deleted.is_(False),
                StaffMember.active.is_(True),
                StaffMember.kind == StaffKind.SWORN.value,
            )
            .order_by(StaffMember.name, AnnualAssessment.year)
        ).all()
    by_person: dict[tuple[str, str], dict[int, AssessmentResult]] = defaultdict(dict)
    for sid, name, year, result in rows:
        by_person[(sid, name)][year] = AssessmentResult(result)
    out = []
    for (sid, name), results in by_person.items():
        years = exit_flag(results)
        if years is not None:
            out.append(ExitFlag(sid, name, years))
    return out


# --- certificates and the report reminder --------------------------------------------------


def certificate_alerts(
    ctx: AppContext, actor: Actor, today: date | None = None
) -> list[CertificateAlert]:
    """Active officers' certificates expiring within 60 / 30 days or expired, soonest first.

    Cancelled (red) certificates are left out: there is nothing to renew.
    """
    actor.require(Permission.VIEW_TRAINING)
    today = today or ctx.clock.today()
    with ctx.db.dbapi_read() as con:
        return training_reads.certificate_alerts(con, today)


def report_submitted(ctx: AppContext, year: int) -> date | None:
    """When this year's training report was marked as sent to the county, if it was."""
    with ctx.db.dbapi_read() as con:
        return training_reads.report_submitted(con, year)


def report_due_reminder(ctx: AppContext, today: date | None = None) -> ReportReminder:
    """Remind of the annual training report from 1 November; overdue in December unless sent."""
    today = today or ctx.clock.today()
    with ctx.db.dbapi_read() as con:
        return training_reads.report_due_reminder(con, today)


def mark_report_submitted(
    ctx: AppContext, actor: Actor, year: int, submitted_on: date | None = None
) -> None:
    """Note that the year's training report went to the county (stops the reminder)."""
    actor.require(Permission.MANAGE_TRAINING)
    on = submitted_on or ctx.clock.today()
    with ctx.uow(actor) as uow:
        uow.session.merge(
            LocalSetting(key=REPORT_SUBMITTED_KEY.format(year=year), value=on.isoformat())
        )
        uow.record("training.report.submitted", "local_setting", None, {"year": year, "on": on})
        uow.commit()
