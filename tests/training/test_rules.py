"""Training rules: 学时 arithmetic, every role rule at its edge, forecast, exit flag, alerts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.certificates import StaffPosition
from app.rules.training import (
    ANNUAL_REQUIRED_SECONDS,
    AssessmentResult,
    CertAlertLevel,
    ReportReminderLevel,
    Requirement,
    TrainingCategory,
    TrainingMode,
    YearTally,
    cert_alert_level,
    check_year,
    default_concentrated,
    default_days_tenths,
    exit_flag,
    forecast,
    format_days,
    format_units,
    own_training_kind,
    parse_tenths,
    report_reminder,
    seconds_from_minutes,
    seconds_from_units_tenths,
    training_year,
    units_from_minutes,
    units_from_seconds,
    units_tenths_rounded,
)

FAIL, PASS = AssessmentResult.FAIL, AssessmentResult.PASS


# --- 学时 arithmetic ------------------------------------------------------------------------


def test_45_minutes_is_one_unit_exactly_and_44_46_are_not() -> None:
    assert units_from_minutes(44) == Fraction(44, 45) < 1
    assert units_from_minutes(45) == 1
    assert units_from_minutes(46) == Fraction(46, 45) > 1
    # Shown with one decimal, rounded half-up: all three read "1.0" …
    assert [format_units(seconds_from_minutes(m)) for m in (44, 45, 46)] == ["1.0"] * 3
    # … but the stored credit stays exact and sums exactly.
    total = sum(seconds_from_minutes(m) for m in (44, 45, 46))
    assert units_from_seconds(total) == 3


def test_60_units_is_2700_minutes_and_2696_shows_59_9() -> None:
    assert seconds_from_minutes(2700) == ANNUAL_REQUIRED_SECONDS
    assert format_units(seconds_from_minutes(2696)) == "59.9"
    assert format_units(seconds_from_minutes(2700)) == "60.0"


def test_display_rounds_half_up_at_the_twentieth() -> None:
    # 0.05 学时 = 135 s rounds up to 0.1; 134 s stays 0.0; 0.15 → 0.2; 0.25 → 0.3 (not to even).
    assert format_units(134) == "0.0"
    assert format_units(135) == "0.1"
    assert format_units(405) == "0.2"
    assert format_units(675) == "0.3"


def test_stated_units_with_one_decimal_are_exact_in_seconds() -> None:
    # 1.5 学时 = 67.5 minutes: not a whole minute, but a whole number of seconds.
    assert seconds_from_units_tenths(15) == 4050
    assert sum(seconds_from_units_tenths(15) for _ in range(40)) == ANNUAL_REQUIRED_SECONDS
    assert (
        seconds_from_units_tenths(599) < ANNUAL_REQUIRED_SECONDS <= seconds_from_units_tenths(600)
    )


@given(st.lists(st.integers(min_value=1, max_value=9999), max_size=50))
def test_sums_of_stated_units_show_exactly_what_was_stated(tenths: list[int]) -> None:
    seconds = sum(seconds_from_units_tenths(t) for t in tenths)
    assert units_tenths_rounded(seconds) == sum(tenths)
    assert (seconds >= ANNUAL_REQUIRED_SECONDS) == (sum(tenths) >= 600)


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=10**7))
def test_display_rounding_is_monotone(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert units_tenths_rounded(lo) <= units_tenths_rounded(hi)


@pytest.mark.parametrize(
    ("text", "tenths"),
    [("1.5", 15), ("2", 20), (Decimal("0.1"), 1), (3, 30), (" 10.0 ", 100), ("0", 0)],
)
def test_parse_tenths_accepts_one_decimal(text: object, tenths: int) -> None:
    assert parse_tenths(text) == tenths  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["1.55", "-1", "abc", "", "NaN", "Infinity"])
def test_parse_tenths_refuses_the_rest(text: str) -> None:
    with pytest.raises(ValueError):
        parse_tenths(text)


def test_days_are_shown_without_a_needless_decimal() -> None:
    assert format_days(100) == "10"
    assert format_days(95) == "9.5"


def test_defaults_by_mode() -> None:
    assert default_concentrated(TrainingMode.OFFLINE)
    assert default_concentrated(TrainingMode.COMPETITION)
    assert not default_concentrated(TrainingMode.ONLINE)
    assert not default_concentrated(TrainingMode.MENTORING)
    assert default_days_tenths(TrainingMode.OFFLINE, date(2026, 3, 1), date(2026, 3, 3)) == 30
    assert default_days_tenths(TrainingMode.ONLINE, date(2026, 3, 1), date(2026, 3, 31)) == 0


def test_a_training_counts_in_the_year_it_starts() -> None:
    assert training_year(date(2025, 12, 30)) == 2025
    assert training_year(date(2026, 1, 1)) == 2026


# --- role rules at their edges --------------------------------------------------------------


def _leader(**kw: int) -> YearTally:
    at_minimum = YearTally(
        counted_seconds=ANNUAL_REQUIRED_SECONDS,
        superior_concentrated=1,
        own_unit_concentrated=2,
        concentrated=3,
        concentrated_days_tenths=100,
    )
    return at_minimum._replace(**kw)


def _member(**kw: int) -> YearTally:
    at_minimum = YearTally(
        counted_seconds=ANNUAL_REQUIRED_SECONDS, concentrated=3, concentrated_days_tenths=50
    )
    return at_minimum._replace(**kw)


def test_leader_exactly_at_every_minimum_passes() -> None:
    verdict = check_year(StaffPosition.LEADER, _leader())
    assert verdict.ok and verdict.units_ok and verdict.role_rule_ok
    assert {c.requirement for c in verdict.checks} == {
        Requirement.ANNUAL_UNITS,
        Requirement.SUPERIOR_CONCENTRATED,
        Requirement.OWN_UNIT_CONCENTRATED,
        Requirement.CONCENTRATED_DAYS,
    }


@pytest.mark.parametrize(
    ("change", "requirement", "shortfall"),
    [
        ({"counted_seconds": seconds_from_minutes(2696)}, Requirement.ANNUAL_UNITS, 240),
        ({"superior_concentrated": 0}, Requirement.SUPERIOR_CONCENTRATED, 1),
        ({"own_unit_concentrated": 1}, Requirement.OWN_UNIT_CONCENTRATED, 1),
        ({"concentrated_days_tenths": 90}, Requirement.CONCENTRATED_DAYS, 10),
        ({"concentrated_days_tenths": 99}, Requirement.CONCENTRATED_DAYS, 1),
    ],
)
def test_leader_one_step_below_a_minimum_fails_only_that_check(
    change: dict[str, int], requirement: Requirement, shortfall: int
) -> None:
    verdict = check_year(StaffPosition.LEADER, _leader(**change))
    assert not verdict.ok
    assert [c.requirement for c in verdict.shortfalls] == [requirement]
    assert verdict.shortfalls[0].shortfall == shortfall


def test_member_exactly_at_every_minimum_passes() -> None:
    verdict = check_year(StaffPosition.MEMBER, _member())
    assert verdict.ok
    assert verdict.check(Requirement.SUPERIOR_CONCENTRATED) is None


@pytest.mark.parametrize(
    ("change", "requirement"),
    [
        ({"counted_seconds": ANNUAL_REQUIRED_SECONDS - 1}, Requirement.ANNUAL_UNITS),
        ({"concentrated": 2}, Requirement.CONCENTRATED),
        ({"concentrated_days_tenths": 49}, Requirement.CONCENTRATED_DAYS),
        ({"concentrated_days_tenths": 40}, Requirement.CONCENTRATED_DAYS),
    ],
)
def test_member_one_step_below_a_minimum_fails(
    change: dict[str, int], requirement: Requirement
) -> None:
    verdict = check_year(StaffPosition.MEMBER, _member(**change))
    assert [c.requirement for c in verdict.shortfalls] == [requirement]


def test_shortfall_descriptions_in_chinese() -> None:
    verdict = check_year(
        StaffPosition.LEADER,
        _leader(counted_seconds=seconds_from_minutes(2696), concentrated_days_tenths=90),
    )
    texts = [c.describe() for c in verdict.shortfalls]
    assert texts == ["年度学时 59.9/60.0（差 0.1 学时）", "集中培训天数 9/10（差 1 天）"]


def test_a_shortfall_too_small_to_show_in_units_is_given_in_minutes() -> None:
    # 2,699 minutes shows as 60.0 学时 (half-up) but does not meet the rule: say by how much.
    check = check_year(StaffPosition.MEMBER, _member(counted_seconds=seconds_from_minutes(2699)))
    units = check.check(Requirement.ANNUAL_UNITS)
    assert units is not None and not units.ok
    assert units.describe() == "年度学时 60.0/60.0（差 1 分钟）"


def test_own_training_kinds() -> None:
    assert own_training_kind(TrainingCategory.PUBLIC_LAW) == own_training_kind(
        TrainingCategory.SKILLS
    )
    assert own_training_kind(TrainingCategory.POLITICAL) is None


# --- forecast -------------------------------------------------------------------------------


def test_forecast_mid_year_behind_pace() -> None:
    f = forecast(30 * 2700, 2026, date(2026, 7, 2))  # day 183 of 365
    assert f.projected_seconds == 30 * 2700 * 365 // 183
    assert f.will_miss
    assert f.months_left == Fraction(182, 365) * 12
    # 30 学时 missing over 5.98 months: 5.01… 学时 a month, rounded up to the second.
    assert format_units(f.needed_seconds_per_month or 0) == "5.0"
    assert f.needed_seconds_per_month == -(-30 * 2700 * 365 // (182 * 12))


def test_forecast_on_pace_and_met() -> None:
    assert not forecast(31 * 2700, 2026, date(2026, 7, 2)).will_miss
    met = forecast(ANNUAL_REQUIRED_SECONDS, 2026, date(2026, 3, 1))
    assert not met.will_miss and met.needed_seconds_per_month == 0


def test_forecast_before_and_after_the_year() -> None:
    before = forecast(0, 2026, date(2025, 12, 20))
    assert before.projected_seconds is None and not before.will_miss
    assert before.needed_seconds_per_month == 5 * 2700  # 60 学时 over 12 months
    after = forecast(50 * 2700, 2026, date(2027, 1, 5))
    assert after.will_miss and after.needed_seconds_per_month is None
    assert after.projected_seconds == 50 * 2700


def test_forecast_in_a_leap_year_counts_366_days() -> None:
    f = forecast(30 * 2700, 2028, date(2028, 7, 1))  # day 183 of 366: exactly half
    assert f.projected_seconds == ANNUAL_REQUIRED_SECONDS
    assert not f.will_miss


# --- exit flag, certificate alerts, report reminder -----------------------------------------


@pytest.mark.parametrize(
    ("results", "flag"),
    [
        ({2024: FAIL, 2025: FAIL}, (2024, 2025)),
        ({2023: FAIL, 2025: FAIL}, None),  # not consecutive years
        ({2024: FAIL, 2025: PASS, 2026: FAIL}, None),
        ({2023: FAIL, 2024: FAIL, 2025: FAIL}, (2023, 2024, 2025)),
        ({2025: FAIL}, None),
        ({2022: FAIL, 2023: FAIL, 2024: PASS, 2025: FAIL}, (2022, 2023)),
        ({}, None),
    ],
)
def test_exit_flag(results: dict[int, AssessmentResult], flag: tuple[int, ...] | None) -> None:
    assert exit_flag(results) == flag


@pytest.mark.parametrize(
    ("days_left", "level"),
    [
        (61, None),
        (60, CertAlertLevel.WITHIN_60),
        (31, CertAlertLevel.WITHIN_60),
        (30, CertAlertLevel.WITHIN_30),
        (0, CertAlertLevel.WITHIN_30),  # valid through its last day
        (-1, CertAlertLevel.EXPIRED),
    ],
)
def test_certificate_alert_windows(days_left: int, level: CertAlertLevel | None) -> None:
    today = date(2026, 5, 1)
    assert cert_alert_level(date.fromordinal(today.toordinal() + days_left), today) is level


def test_no_expiry_date_no_alert() -> None:
    assert cert_alert_level(None, date(2026, 5, 1)) is None


@pytest.mark.parametrize(
    ("today", "submitted", "level", "days_left"),
    [
        (date(2026, 10, 31), False, ReportReminderLevel.NONE, 30),
        (date(2026, 11, 1), False, ReportReminderLevel.DUE, 29),
        (date(2026, 11, 30), False, ReportReminderLevel.DUE, 0),
        (date(2026, 12, 1), False, ReportReminderLevel.OVERDUE, -1),
        (date(2026, 12, 31), False, ReportReminderLevel.OVERDUE, -31),
        (date(2026, 11, 15), True, ReportReminderLevel.NONE, 15),
        (date(2026, 12, 1), True, ReportReminderLevel.NONE, -1),
        (date(2026, 1, 10), False, ReportReminderLevel.NONE, 324),
    ],
)
def test_report_reminder(
    today: date, submitted: bool, level: ReportReminderLevel, days_left: int
) -> None:
    r = report_reminder(today, submitted=submitted)
    assert (r.level, r.days_left, r.due_on) == (level, days_left, date(2026, 11, 30))


def test_tally_year_is_the_one_rule_for_counted_credit_and_concentrated_kinds() -> None:
    from app.rules.training import AttendedTraining, OrganiserLevel, TrainingCategory, tally_year

    rows = [
        AttendedTraining("a", 2700, TrainingCategory.PUBLIC_LAW.value, True, OrganiserLevel.COUNTY.value, 10),
        AttendedTraining("a", 5400, TrainingCategory.POLITICAL.value, False, OrganiserLevel.OWN_UNIT.value, 5),
        AttendedTraining("a", 900, TrainingCategory.SKILLS.value, True, OrganiserLevel.OWN_UNIT.value, 5),
        AttendedTraining("b", 60, TrainingCategory.PHYSICAL.value, False, OrganiserLevel.SUPERIOR.value, 0),
    ]
    t = tally_year(rows)
    assert t["a"].counted_seconds == 3600 and t["a"].total_seconds == 9000  # 政治理论 not counted
    assert (t["a"].concentrated, t["a"].superior_concentrated, t["a"].own_unit_concentrated) == (2, 1, 1)
    assert t["a"].concentrated_days_tenths == 15 and t["a"].trainings == 3
    assert t["b"].counted_seconds == 0 and t["b"].concentrated == 0 and t["b"].trainings == 1
    assert tally_year([]) == {}
