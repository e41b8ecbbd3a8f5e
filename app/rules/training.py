"""Training (培训) rules: 学时 arithmetic, the yearly requirements per role, the squad's own
trainings, the first full rotation, the forecast, assessments and certificate expiry alerts.

Every training number of DOMAIN.md ("Training (培训) and certificates", sources 001 and 003)
lives here once.

Units. Credit is stored as whole **seconds** (`credited_seconds`). A duration in minutes is
exact in seconds (× 60) and so is a stated 学时 with one decimal (0.1 学时 = 4.5 minutes = 270 s),
which whole minutes could not hold: 1.5 学时 is 67.5 minutes. 1 学时 = 45 minutes = 2,700 s
when no 学时 is stated. Sums and comparisons are exact integers; 学时 are shown with one
decimal, rounded half-up at display only (2,696 minutes → 59.9; 2,700 → 60.0).

Year. A training counts, whole, in the calendar year of its start date (a course running from
28 December to 3 January counts in the year it began); imports file each completion in the
year it was completed (see app.services.training_import).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

from app.rules.certificates import CertStatus, StaffPosition

if TYPE_CHECKING:
    from decimal import Decimal

# --- units ----------------------------------------------------------------------------------

MINUTES_PER_HOUR_UNIT = 45  # 1 学时 = 45 minutes when no 学时 is stated (001)
ANNUAL_REQUIRED_UNITS = 60  # ≥ 60 学时 per officer per calendar year (001)
SECONDS_PER_MINUTE = 60
SECONDS_PER_UNIT = MINUTES_PER_HOUR_UNIT * SECONDS_PER_MINUTE  # 2,700
SECONDS_PER_TENTH_UNIT = SECONDS_PER_UNIT // 10  # 270: 0.1 学时 = 4.5 minutes
ANNUAL_REQUIRED_SECONDS = ANNUAL_REQUIRED_UNITS * SECONDS_PER_UNIT  # 162,000 = 2,700 minutes


def units_from_minutes(minutes: int) -> Fraction:
    """Exact 学时 of a duration in minutes (45 minutes = 1 学时)."""
    return Fraction(minutes, MINUTES_PER_HOUR_UNIT)


def units_from_seconds(seconds: int) -> Fraction:
    """Exact 学时 of a credit in seconds."""
    return Fraction(seconds, SECONDS_PER_UNIT)


def seconds_from_minutes(minutes: int) -> int:
    """Credit of a duration in minutes."""
    return minutes * SECONDS_PER_MINUTE


def seconds_from_units_tenths(tenths: int) -> int:
    """Credit of a stated 学时 given in tenths (15 = 1.5 学时 = 4,050 s)."""
    return tenths * SECONDS_PER_TENTH_UNIT


def units_tenths_rounded(seconds: int) -> int:
    """学时 in tenths, rounded half-up (display only): (20·s + 2700) // 5400."""
    return (20 * seconds + SECONDS_PER_UNIT) // (2 * SECONDS_PER_UNIT)


def format_tenths(tenths: int) -> str:
    """A tenths figure with one decimal: 599 → "59.9", -5 → "-0.5"."""
    sign = "-" if tenths < 0 else ""
    tenths = abs(tenths)
    return f"{sign}{tenths // 10}.{tenths % 10}"


def format_units(seconds: int) -> str:
    """学时 of a credit with one decimal, rounded half-up: 161,760 s (2,696 min) → "59.9"."""
    if seconds < 0:
        return "-" + format_units(-seconds)
    return format_tenths(units_tenths_rounded(seconds))


def format_days(tenths: int) -> str:
    """Days kept in tenths: 100 → "10", 95 → "9.5"."""
    if tenths % 10 == 0:
        return str(tenths // 10)
    return format_tenths(tenths)


def parse_tenths(value: Decimal | float | str) -> int:
    """A non-negative figure with at most one decimal as tenths ("1.5" → 15).

    Raises ValueError for text that is not a number, a negative figure or a second decimal.
    """
    from decimal import Decimal, InvalidOperation  # here: the start-up's reads do without

    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    if not number.is_finite() or number < 0:
        raise ValueError(f"not a non-negative number: {value!r}")
    tenths = number * 10
    if tenths != tenths.to_integral_value():
        raise ValueError(f"more than one decimal: {value!r}")
    return int(tenths)


# --- classifications ------------------------------------------------------------------------


class OrganiserLevel(StrEnum):
    """Who organised a training; codes are stored, labels are shown."""

    SUPERIOR = "superior"  # 上级 (city, province, departments above)
    COUNTY = "county"  # 县
    OWN_UNIT = "own_unit"  # 本单位 (the township squad itself)


ORGANISER_LABELS: dict[OrganiserLevel, str] = {
    OrganiserLevel.SUPERIOR: "上级",
    OrganiserLevel.COUNTY: "县",
    OrganiserLevel.OWN_UNIT: "本单位",
}

# For a township squad the county is a superior organiser too (003: "上级组织的集中教育培训").
SUPERIOR_LEVELS: frozenset[OrganiserLevel] = frozenset(
    {OrganiserLevel.SUPERIOR, OrganiserLevel.COUNTY}
)


class TrainingCategory(StrEnum):
    """Subject of a training."""

    PUBLIC_LAW = "public_law"  # 公共法律知识
    BUSINESS = "business"  # 业务知识
    SKILLS = "skills"  # 执法技能
    POLITICAL = "political"  # 政治理论
    ETHICS = "ethics"  # 道德文明
    PHYSICAL = "physical"  # 体能


CATEGORY_LABELS: dict[TrainingCategory, str] = {
    TrainingCategory.PUBLIC_LAW: "公共法律知识",
    TrainingCategory.BUSINESS: "业务知识",
    TrainingCategory.SKILLS: "执法技能",
    TrainingCategory.POLITICAL: "政治理论",
    TrainingCategory.ETHICS: "道德文明",
    TrainingCategory.PHYSICAL: "体能",
}

# The 60 学时 are "public legal knowledge, business knowledge and enforcement skills" (001);
# other subjects are recorded and shown, but do not count towards the 60.
COUNTED_CATEGORIES: frozenset[TrainingCategory] = frozenset(
    {TrainingCategory.PUBLIC_LAW, TrainingCategory.BUSINESS, TrainingCategory.SKILLS}
)


class TrainingMode(StrEnum):
    """How a training was given; all of them count (001)."""

    ONLINE = "online"  # 线上
    OFFLINE = "offline"  # 线下
    MENTORING = "mentoring"  # 导师制
    ON_SITE = "on_site"  # 驻点培训
    COMPETITION = "competition"  # 大比武


MODE_LABELS: dict[TrainingMode, str] = {
    TrainingMode.ONLINE: "线上",
    TrainingMode.OFFLINE: "线下",
    TrainingMode.MENTORING: "导师制",
    TrainingMode.ON_SITE: "驻点培训",
    TrainingMode.COMPETITION: "大比武",
}

# Modes that are a concentrated training (集中培训) unless the form says otherwise.
CONCENTRATED_BY_DEFAULT: frozenset[TrainingMode] = frozenset(
    {TrainingMode.OFFLINE, TrainingMode.ON_SITE, TrainingMode.COMPETITION}
)


def default_concentrated(mode: TrainingMode) -> bool:
    """Whether a training of `mode` is concentrated (集中培训) when the form does not say."""
    return mode in CONCENTRATED_BY_DEFAULT


def default_days_tenths(mode: TrainingMode, start: date, end: date) -> int:
    """Days of a training when the form gives none: the calendar span, none for online courses."""
    if mode is TrainingMode.ONLINE:
        return 0
    return ((end - start).days + 1) * 10


def training_year(start: date) -> int:
    """The calendar year a training counts in: the year of its start date."""
    return start.year


def year_bounds(year: int) -> tuple[date, date]:
    """First and last day of a calendar year."""
    return date(year, 1, 1), date(year, 12, 31)


# --- yearly requirements per person (003) ---------------------------------------------------

LEADER_MIN_SUPERIOR_CONCENTRATED = 1  # ≥ 1 concentrated training organised by a superior
LEADER_MIN_OWN_UNIT_CONCENTRATED = 2  # ≥ 2 organised by the own unit
LEADER_MIN_DAYS = 10  # total ≥ 10 days a year
MEMBER_MIN_CONCENTRATED = 3  # ≥ 3 concentrated trainings (superior or own unit)
MEMBER_MIN_DAYS = 5  # total ≥ 5 days a year


class Requirement(StrEnum):
    """One yearly requirement a person is checked against."""

    ANNUAL_UNITS = "annual_units"  # ≥ 60 学时 (seconds)
    SUPERIOR_CONCENTRATED = "superior_concentrated"  # leader: ≥ 1 (count)
    OWN_UNIT_CONCENTRATED = "own_unit_concentrated"  # leader: ≥ 2 (count)
    CONCENTRATED = "concentrated"  # member: ≥ 3 (count)
    CONCENTRATED_DAYS = "concentrated_days"  # leader ≥ 10, member ≥ 5 (tenths of days)


REQUIREMENT_LABELS: dict[Requirement, str] = {
    Requirement.ANNUAL_UNITS: "年度学时",
    Requirement.SUPERIOR_CONCENTRATED: "上级组织集中培训",
    Requirement.OWN_UNIT_CONCENTRATED: "本单位集中培训",
    Requirement.CONCENTRATED: "集中培训",
    Requirement.CONCENTRATED_DAYS: "集中培训天数",
}


class YearTally(NamedTuple):
    """What one person attended in one calendar year (trainings counted by start date)."""

    counted_seconds: int = 0  # credit in COUNTED_CATEGORIES (towards the 60 学时)
    total_seconds: int = 0  # credit in every category
    concentrated: int = 0  # concentrated trainings attended, any organiser
    superior_concentrated: int = 0  # … organised by a superior (上级 or 县)
    own_unit_concentrated: int = 0  # … organised by the own unit
    concentrated_days_tenths: int = 0  # days of the concentrated trainings, in tenths
    trainings: int = 0  # trainings attended, any kind


class AttendedTraining(NamedTuple):
    """One attendance with the facts of its training that the year's tally needs."""

    staff_id: str
    credited_seconds: int
    category: str  # TrainingCategory value
    concentrated: bool
    organiser_level: str  # OrganiserLevel value
    days_tenths: int


def tally_year(attended: Iterable[AttendedTraining]) -> dict[str, YearTally]:
    """Per staff id: the YearTally of the attendances given (the caller picks the year's
    trainings: counted in the year of their start date). The one place that says which
    credit counts towards the 60 学时 and which trainings count as concentrated, superior or
    own-unit ones — used by the desktop (app.reads.training.year_tallies) and the county
    report (county.reports) alike."""
    counted = {c.value for c in COUNTED_CATEGORIES}
    superior = {lvl.value for lvl in SUPERIOR_LEVELS}
    own_unit = OrganiserLevel.OWN_UNIT.value
    sums: dict[str, list[int]] = {}
    for a in attended:
        t = sums.setdefault(a.staff_id, [0] * 7)
        secs = int(a.credited_seconds)
        t[0] += secs if a.category in counted else 0
        t[1] += secs
        if a.concentrated:
            t[2] += 1
            t[3] += 1 if a.organiser_level in superior else 0
            t[4] += 1 if a.organiser_level == own_unit else 0
            t[5] += int(a.days_tenths)
        t[6] += 1
    return {sid: YearTally(*v) for sid, v in sums.items()}


class RuleCheck(NamedTuple):
    """One requirement checked: figures in the requirement's own unit (seconds, count, tenths)."""

    requirement: Requirement
    required: int
    actual: int

    @property
    def ok(self) -> bool:
        return self.actual >= self.required

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.actual)

    def describe(self) -> str:
        """Chinese one-liner, e.g. "年度学时 59.9/60.0（差 0.1 学时）"."""
        label = REQUIREMENT_LABELS[self.requirement]
        if self.requirement is Requirement.ANNUAL_UNITS:
            have, need, unit = format_units(self.actual), format_units(self.required), "学时"
            short = format_units(self.shortfall)
            if self.shortfall and units_tenths_rounded(self.shortfall) == 0:
                # Too small to show in 学时 (2,699 minutes reads 60.0): say it in minutes.
                short, unit = str(math.ceil(self.shortfall / SECONDS_PER_MINUTE)), "分钟"
        elif self.requirement is Requirement.CONCENTRATED_DAYS:
            have, need, unit = format_days(self.actual), format_days(self.required), "天"
            short = format_days(self.shortfall)
        else:
            have, need, unit = str(self.actual), str(self.required), "次"
            short = str(self.shortfall)
        text = f"{label} {have}/{need}"
        return text if self.ok else f"{text}（差 {short} {unit}）"


class PersonVerdict(NamedTuple):
    """Every yearly requirement of one person, checked."""

    checks: tuple[RuleCheck, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def shortfalls(self) -> tuple[RuleCheck, ...]:
        return tuple(c for c in self.checks if not c.ok)

    def check(self, requirement: Requirement) -> RuleCheck | None:
        """The check of `requirement`, None when it does not apply to this person."""
        return next((c for c in self.checks if c.requirement is requirement), None)

    @property
    def units_ok(self) -> bool:
        check = self.check(Requirement.ANNUAL_UNITS)
        return check is not None and check.ok

    @property
    def role_rule_ok(self) -> bool:
        """The leader or member rule (everything but the 60 学时)."""
        return all(c.ok for c in self.checks if c.requirement is not Requirement.ANNUAL_UNITS)


def check_year(position: StaffPosition, tally: YearTally) -> PersonVerdict:
    """The 60 学时 and the leader's or member's concentrated-training rule for one year."""
    checks = [RuleCheck(Requirement.ANNUAL_UNITS, ANNUAL_REQUIRED_SECONDS, tally.counted_seconds)]
    if position is StaffPosition.LEADER:
        checks += [
            RuleCheck(
                Requirement.SUPERIOR_CONCENTRATED,
                LEADER_MIN_SUPERIOR_CONCENTRATED,
                tally.superior_concentrated,
            ),
            RuleCheck(
                Requirement.OWN_UNIT_CONCENTRATED,
                LEADER_MIN_OWN_UNIT_CONCENTRATED,
                tally.own_unit_concentrated,
            ),
            RuleCheck(
                Requirement.CONCENTRATED_DAYS, LEADER_MIN_DAYS * 10, tally.concentrated_days_tenths
            ),
        ]
    else:
        checks += [
            RuleCheck(Requirement.CONCENTRATED, MEMBER_MIN_CONCENTRATED, tally.concentrated),
            RuleCheck(
                Requirement.CONCENTRATED_DAYS, MEMBER_MIN_DAYS * 10, tally.concentrated_days_tenths
            ),
        ]
    return PersonVerdict(tuple(checks))


# --- the squad's own trainings (003) --------------------------------------------------------


class OwnTrainingKind(StrEnum):
    """Trainings the squad itself must organise every year."""

    BUSINESS = "business"  # 执法业务培训
    ETHICS = "ethics"  # 道德文明培训
    PHYSICAL = "physical"  # 体能培训


OWN_TRAINING_LABELS: dict[OwnTrainingKind, str] = {
    OwnTrainingKind.BUSINESS: "执法业务培训",
    OwnTrainingKind.ETHICS: "道德文明培训",
    OwnTrainingKind.PHYSICAL: "体能培训",
}
OWN_TRAINING_MINIMUM: dict[OwnTrainingKind, int] = {
    OwnTrainingKind.BUSINESS: 2,
    OwnTrainingKind.ETHICS: 2,
    OwnTrainingKind.PHYSICAL: 2,
}
# Which categories of an own-unit training make it count as each kind.
OWN_TRAINING_CATEGORIES: dict[OwnTrainingKind, frozenset[TrainingCategory]] = {
    OwnTrainingKind.BUSINESS: COUNTED_CATEGORIES,
    OwnTrainingKind.ETHICS: frozenset({TrainingCategory.ETHICS}),
    OwnTrainingKind.PHYSICAL: frozenset({TrainingCategory.PHYSICAL}),
}


def own_training_kind(category: TrainingCategory) -> OwnTrainingKind | None:
    """Which own-training requirement a training of `category` counts for, if any."""
    for kind, categories in OWN_TRAINING_CATEGORIES.items():
        if category in categories:
            return kind
    return None


# --- first full rotation (首轮全员轮训, 001) -------------------------------------------------

FIRST_ROTATION_DEADLINE_DEFAULT = date(2024, 6, 30)  # "June 2024" (001); configurable


# --- forecast -------------------------------------------------------------------------------


class Forecast(NamedTuple):
    """Where one person's 学时 are heading at the current pace."""

    counted_seconds: int
    projected_seconds: int | None  # None before the year has started (no pace yet)
    shortfall_seconds: int  # still missing towards the 60 学时 today
    months_left: Fraction  # of the year, after today
    needed_seconds_per_month: int | None  # None when the year is over and 学时 are missing

    @property
    def will_miss(self) -> bool:
        """At the current pace the person ends the year below 60 学时."""
        if self.shortfall_seconds == 0:
            return False
        if self.projected_seconds is None:
            return False
        return self.projected_seconds < ANNUAL_REQUIRED_SECONDS


def forecast(counted_seconds: int, year: int, today: date) -> Forecast:
    """Pace = credit so far / elapsed fraction of the year (today counts as elapsed);
    needed per month = shortfall / months left (rounded up to the second)."""
    first, last = year_bounds(year)
    days_in_year = (last - first).days + 1
    if today < first:
        elapsed = 0
    else:
        elapsed = (min(today, last) - first).days + 1
    projected = None if elapsed == 0 else counted_seconds * days_in_year // elapsed
    shortfall = max(0, ANNUAL_REQUIRED_SECONDS - counted_seconds)
    months_left = Fraction(days_in_year - elapsed, days_in_year) * 12
    needed: int | None
    if shortfall == 0:
        needed = 0
    elif months_left == 0:
        needed = None
    else:
        needed = math.ceil(shortfall / months_left)
    return Forecast(counted_seconds, projected, shortfall, months_left, needed)



# --- traffic light (the training page and the dashboard) -----------------------------------

# The pace that reaches 60 学时 evenly over twelve months (5 学时 a month).
EVEN_MONTHLY_SECONDS = ANNUAL_REQUIRED_SECONDS // 12
# Behind pace is yellow while the rest of the year needs at most twice the even pace;
# more than that (or no month left) is red: the 60 学时 will realistically be missed.
RED_PACE_FACTOR = 2


class Light(StrEnum):
    """Traffic light of one officer's year towards the 60 学时."""

    GREEN = "green"  # done, or on pace to reach 60 by the year end
    YELLOW = "yellow"  # behind pace, can still catch up
    RED = "red"  # far below: needs more than twice the even pace, or the year is over


LIGHT_LABELS: dict[Light, str] = {
    Light.GREEN: "进度正常",
    Light.YELLOW: "进度落后",
    Light.RED: "难以完成",
}


def traffic_light(f: Forecast) -> Light:
    """Green when done or on pace; yellow when behind but catchable; red when far below."""
    if f.shortfall_seconds == 0 or not f.will_miss:
        return Light.GREEN
    needed = f.needed_seconds_per_month
    if needed is None or needed > RED_PACE_FACTOR * EVEN_MONTHLY_SECONDS:
        return Light.RED
    return Light.YELLOW

# --- annual assessment and exit (001) -------------------------------------------------------


class AssessmentResult(StrEnum):
    """Annual assessment result of an officer."""

    EXCELLENT = "excellent"  # 优秀
    PASS = "pass"  # 合格
    BASIC_PASS = "basic_pass"  # 基本合格
    FAIL = "fail"  # 不合格


ASSESSMENT_LABELS: dict[AssessmentResult, str] = {
    AssessmentResult.EXCELLENT: "优秀",
    AssessmentResult.PASS: "合格",
    AssessmentResult.BASIC_PASS: "基本合格",
    AssessmentResult.FAIL: "不合格",
}
EXIT_AFTER_CONSECUTIVE_FAILS = 2  # "连续2年评定为不合格…按程序退出" (001)


def exit_flag(results: Mapping[int, AssessmentResult]) -> tuple[int, ...] | None:
    """The latest run of consecutive 不合格 years long enough to flag exit, else None."""
    run: list[int] = []
    found: tuple[int, ...] | None = None
    for year in sorted(results):
        if results[year] is AssessmentResult.FAIL:
            run = run + [year] if run and run[-1] == year - 1 else [year]
            if len(run) >= EXIT_AFTER_CONSECUTIVE_FAILS:
                found = tuple(run)
        else:
            run = []
    return found


# --- certificate expiry alerts --------------------------------------------------------------

CERT_ALERT_FIRST_DAYS = 60  # first alert 60 days ahead
CERT_ALERT_SECOND_DAYS = 30  # second alert 30 days ahead


class CertAlertLevel(StrEnum):
    """How close a certificate's expiry is."""

    WITHIN_60 = "within_60"
    WITHIN_30 = "within_30"
    EXPIRED = "expired"


CERT_ALERT_LABELS: dict[CertAlertLevel, str] = {
    CertAlertLevel.WITHIN_60: "60 天内到期",
    CertAlertLevel.WITHIN_30: "30 天内到期",
    CertAlertLevel.EXPIRED: "已过期",
}


def cert_alert_level(expires_on: date | None, today: date) -> CertAlertLevel | None:
    """Alert level of a certificate valid through `expires_on` (still valid on that day)."""
    if expires_on is None:
        return None
    days_left = (expires_on - today).days
    if days_left < 0:
        return CertAlertLevel.EXPIRED
    if days_left <= CERT_ALERT_SECOND_DAYS:
        return CertAlertLevel.WITHIN_30
    if days_left <= CERT_ALERT_FIRST_DAYS:
        return CertAlertLevel.WITHIN_60
    return None



def held_cert_alert_level(
    cert_number: str | None, status: CertStatus, expires_on: date | None, today: date
) -> CertAlertLevel | None:
    """Alert level of an officer's certificate: none without a certificate number, and none
    for a cancelled (red) certificate — there is nothing to renew."""
    if not cert_number or status is CertStatus.RED:
        return None
    return cert_alert_level(expires_on, today)

# --- the annual report to the county (001) --------------------------------------------------

REPORT_MONTH = 11  # reported to the county before the end of November
REPORT_REMINDER_FROM_DAY = 1  # remind from 1 November


class ReportReminderLevel(StrEnum):
    """State of this year's training report to the county."""

    NONE = "none"  # not due yet, or submitted
    DUE = "due"  # November: due by the 30th
    OVERDUE = "overdue"  # December and not submitted


class ReportReminder(NamedTuple):
    """Whether to remind about the annual training report, and by when it is due."""

    year: int
    level: ReportReminderLevel
    due_on: date
    days_left: int


def report_due_on(year: int) -> date:
    """Last day to send the year's training report to the county (30 November)."""
    return date(year + REPORT_MONTH // 12, REPORT_MONTH % 12 + 1, 1) - timedelta(days=1)


def report_reminder(today: date, *, submitted: bool) -> ReportReminder:
    """From 1 to 30 November: due; in December: overdue unless marked submitted."""
    due = report_due_on(today.year)
    days_left = (due - today).days
    if submitted:
        level = ReportReminderLevel.NONE
    elif today.month == REPORT_MONTH and today.day >= REPORT_REMINDER_FROM_DAY:
        level = ReportReminderLevel.DUE
    elif today > due:
        level = ReportReminderLevel.OVERDUE
    else:
        level = ReportReminderLevel.NONE
    return ReportReminder(today.year, level, due, days_left)
