"""Working-day arithmetic across holidays, 调休 weekends and years without data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.rules.workdays import (
    HolidayCalendar,
    add_calendar_days,
    add_working_days,
    calendar_from_library,
    calendar_from_rows,
    working_days_between,
)


@pytest.fixture(scope="module")
def cal() -> HolidayCalendar:
    return calendar_from_library()


def test_plain_week(cal: HolidayCalendar) -> None:
    # Mon 2026-11-23 + 3 working days = Thu 2026-11-26 (start day not counted).
    assert add_working_days(cal, date(2026, 11, 23), 3).day == date(2026, 11, 26)
    # Friday + 1 working day skips the weekend.
    assert add_working_days(cal, date(2026, 11, 27), 1).day == date(2026, 11, 30)


def test_national_day_holiday_and_makeup_saturday(cal: HolidayCalendar) -> None:
    # 2026 National Day: 10-01..10-07 off (10-01 is a Thursday); Sat 10-10 is a 调休 workday.
    assert not cal.is_workday(date(2026, 10, 5))
    assert cal.is_workday(date(2026, 10, 10))
    # Wed 09-30 + 3 working days: 10-08 (Thu), 10-09 (Fri), 10-10 (Sat, make-up) → 10-10.
    due = add_working_days(cal, date(2026, 9, 30), 3)
    assert due.day == date(2026, 10, 10) and not due.provisional


def test_spring_festival_15_working_days(cal: HolidayCalendar) -> None:
    due = add_working_days(cal, date(2026, 2, 10), 15)
    assert working_days_between(cal, date(2026, 2, 10), due.day) == 15
    assert due.day > date(2026, 2, 10) + timedelta(days=21)


def test_year_without_data_is_provisional_not_an_error(cal: HolidayCalendar) -> None:
    due = add_working_days(cal, date(2026, 12, 28), 5)
    # 12-29, 12-30, 12-31 count in 2026; 2027 has no data: weekends only → 01-01 (Fri), 01-04 (Mon).
    assert due.provisional
    assert due.day == date(2027, 1, 4)


def test_county_update_makes_it_final(cal: HolidayCalendar) -> None:
    update = calendar_from_rows(
        [(date(2027, 1, 1), "holiday", "元旦"), (date(2027, 1, 2), "holiday", "元旦")]
    )
    merged = cal.merged(update)
    due = add_working_days(merged, date(2026, 12, 28), 5)
    assert not due.provisional
    assert due.day == date(2027, 1, 5)


def test_calendar_days_end_on_a_working_day(cal: HolidayCalendar) -> None:
    # 15 calendar days after 2026-09-16 is 10-01 (holiday) → period ends 10-08.
    assert add_calendar_days(cal, date(2026, 9, 16), 15).day == date(2026, 10, 8)
    assert add_calendar_days(cal, date(2026, 11, 2), 15).day == date(2026, 11, 17)


def test_negative_days_refused(cal: HolidayCalendar) -> None:
    with pytest.raises(ValueError):
        add_working_days(cal, date(2026, 1, 1), -1)
