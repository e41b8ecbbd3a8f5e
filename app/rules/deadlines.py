"""Case deadlines (DOMAIN.md "Deadlines"): the one place their lengths and kinds live.

APL art. 85: the law's "2 / 3 / 5 / 7 days" are working days; 15 and 90 days are calendar days.
Amounts are integer fen (分) to keep the arithmetic exact.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from app.rules.workdays import DueDate, HolidayCalendar, add_calendar_days, add_working_days


class Unit(StrEnum):
    """How a period is counted."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    HOURS = "hours"


class Deadline(StrEnum):
    """Deadlines a case step can carry."""

    FILING = "filing"  # 立案: from discovery
    DECISION = "decision"  # 作出决定: from filing, pauses excluded
    HEARING_REQUEST = "hearing_request"  # 当事人申请听证: from the notice
    HEARING_NOTICE = "hearing_notice"  # 听证通知: days before the hearing
    SERVICE = "service"  # 送达: from the decision
    PAYMENT = "payment"  # 缴纳罚款: from service
    TRANSFER = "transfer"  # 移送: from finding
    TRANSFER_URGENT = "transfer_urgent"  # 紧急移送: hours from finding
    DEPARTMENT_OPINION = "department_opinion"  # 部门书面意见: from the request
    FEEDBACK = "feedback"  # 审批/结果反馈: from the decision


class Period(NamedTuple):
    """A period's length, unit and legal source."""

    length: int
    unit: Unit
    source: str


PERIODS: dict[Deadline, Period] = {
    Deadline.FILING: Period(15, Unit.WORKING_DAYS, "省级立案规定（发现之日起15个工作日）"),
    Deadline.DECISION: Period(90, Unit.CALENDAR_DAYS, "行政处罚法第六十条"),
    Deadline.HEARING_REQUEST: Period(5, Unit.WORKING_DAYS, "行政处罚法第六十四条、第八十五条"),
    Deadline.HEARING_NOTICE: Period(7, Unit.WORKING_DAYS, "行政处罚法第六十四条、第八十五条"),
    Deadline.SERVICE: Period(7, Unit.WORKING_DAYS, "行政处罚法第六十一条、第八十五条"),
    Deadline.PAYMENT: Period(15, Unit.CALENDAR_DAYS, "行政处罚法第六十七条"),
    Deadline.TRANSFER: Period(3, Unit.WORKING_DAYS, "案件移送规定（004）"),
    Deadline.TRANSFER_URGENT: Period(24, Unit.HOURS, "案件移送规定（004）"),
    Deadline.DEPARTMENT_OPINION: Period(5, Unit.WORKING_DAYS, "部门协作规定（004）"),
    Deadline.FEEDBACK: Period(10, Unit.WORKING_DAYS, "部门协作规定（004）"),
}

DUE_SOON_DAYS = 3  # the dashboard lists what falls due within 3 days

LATE_FEE_PER_DAY_PERMILLE = 30  # 3 % of the fine per day (APL art. 72)

ADMIN_REVIEW_DAYS = 60  # 行政复议法 (2023) 第二十条: 知道之日起六十日内申请行政复议
LAWSUIT_MONTHS = 6  # 行政诉讼法第四十六条: 知道作出行政行为之日起六个月内提起诉讼

LIMITATION_YEARS = 2  # APL art. 36
LIMITATION_YEARS_LIFE_HEALTH_FINANCE = 5


def due_date(cal: HolidayCalendar, kind: Deadline, start: date) -> DueDate:
    """When a day-counted deadline of `kind` starting on `start` falls due."""
    period = PERIODS[kind]
    if period.unit is Unit.WORKING_DAYS:
        return add_working_days(cal, start, period.length)
    if period.unit is Unit.CALENDAR_DAYS:
        return add_calendar_days(cal, start, period.length)
    raise ValueError(f"{kind} is counted in hours: use due_time()")


def due_time(kind: Deadline, start: datetime) -> datetime:
    """When an hour-counted deadline (urgent transfer) falls due."""
    period = PERIODS[kind]
    if period.unit is not Unit.HOURS:
        raise ValueError(f"{kind} is counted in days: use due_date()")
    return start + timedelta(hours=period.length)


def decision_due(
    cal: HolidayCalendar, filed_on: date, paused_days: int = 0, extension_days: int = 0
) -> DueDate:
    """90 days from filing, plus days the clock stood still (hearing, appraisal, announcement,
    suspension) and any leader-approved extension."""
    if paused_days < 0 or extension_days < 0:
        raise ValueError("pauses and extensions cannot be negative")
    base = PERIODS[Deadline.DECISION].length
    return add_calendar_days(cal, filed_on, base + paused_days + extension_days)


def late_fee_fen(fine_fen: int, payment_due: date, paid_on: date) -> int:
    """加处罚款: 3 % of the fine for each day after the payment deadline, capped at the fine."""
    if fine_fen < 0:
        raise ValueError("fine cannot be negative")
    days_late = (paid_on - payment_due).days
    if days_late <= 0:
        return 0
    fee = fine_fen * LATE_FEE_PER_DAY_PERMILLE * days_late // 1000
    return min(fee, fine_fen)


def limitation_ends(act_ended_on: date, *, life_health_finance: bool) -> date:
    """Last day on which an undiscovered act may still be penalised (APL art. 36)."""
    years = LIMITATION_YEARS_LIFE_HEALTH_FINANCE if life_health_finance else LIMITATION_YEARS
    try:
        return act_ended_on.replace(year=act_ended_on.year + years)
    except ValueError:  # 29 February
        return act_ended_on.replace(year=act_ended_on.year + years, day=28)


def within_limitation(act_ended_on: date, discovered_on: date, *, life_health_finance: bool) -> bool:
    """True when the act was discovered before the limitation ran out."""
    return discovered_on <= limitation_ends(act_ended_on, life_health_finance=life_health_finance)


class Urgency(StrEnum):
    """How a due date stands against today."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


def open_urgency(
    due_on: date, due_at: datetime | None, today: date, now: datetime
) -> Urgency:
    """An open deadline's urgency: hour deadlines (`due_at`) against `now`, day deadlines
    against `today` (urgency)."""
    if due_at is None:
        return urgency(due_on, today)
    if now > due_at:
        return Urgency.OVERDUE
    if due_at - now <= timedelta(days=DUE_SOON_DAYS):
        return Urgency.DUE_SOON
    return Urgency.OK


def urgency(due: date, today: date) -> Urgency:
    """Overdue after the due day; due soon within DUE_SOON_DAYS calendar days."""
    if today > due:
        return Urgency.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return Urgency.DUE_SOON
    return Urgency.OK
