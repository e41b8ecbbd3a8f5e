"""Deadline lengths, late fees and limitation at their edges."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.rules.deadlines import (
    Deadline,
    Urgency,
    decision_due,
    due_date,
    due_time,
    late_fee_fen,
    limitation_ends,
    urgency,
    within_limitation,
)
from app.rules.workdays import HolidayCalendar, calendar_from_library


@pytest.fixture(scope="module")
def cal() -> HolidayCalendar:
    return calendar_from_library()


def test_service_within_7_working_days_across_national_day(cal: HolidayCalendar) -> None:
    # Decision Tue 2026-09-29: 09-30, 10-08, 10-09, 10-10 (调休 Sat), 10-12, 10-13, 10-14.
    assert due_date(cal, Deadline.SERVICE, date(2026, 9, 29)).day == date(2026, 10, 14)


def test_filing_15_working_days(cal: HolidayCalendar) -> None:
    assert due_date(cal, Deadline.FILING, date(2026, 11, 2)).day == date(2026, 11, 23)


def test_payment_15_calendar_days(cal: HolidayCalendar) -> None:
    assert due_date(cal, Deadline.PAYMENT, date(2026, 11, 2)).day == date(2026, 11, 17)


def test_urgent_transfer_is_hours() -> None:
    start = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    assert due_time(Deadline.TRANSFER_URGENT, start) == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        due_time(Deadline.SERVICE, start)


def test_decision_clock_stops_for_pauses(cal: HolidayCalendar) -> None:
    plain = decision_due(cal, date(2026, 3, 2)).day
    paused = decision_due(cal, date(2026, 3, 2), paused_days=10).day
    assert plain == date(2026, 6, 1)  # 90 days after 03-02 is Sun 05-31 → Mon 06-01
    assert paused == date(2026, 6, 10)


def test_late_fee_3_percent_per_day_capped() -> None:
    due = date(2026, 11, 17)
    assert late_fee_fen(20000, due, due) == 0
    assert late_fee_fen(20000, due, date(2026, 11, 18)) == 600
    assert late_fee_fen(20000, due, date(2026, 12, 20)) == 19800  # 33 days: 99 %
    assert late_fee_fen(20000, due, date(2026, 12, 21)) == 20000  # 34 days: capped at the fine
    assert late_fee_fen(20000, due, date(2027, 6, 1)) == 20000


def test_limitation_two_and_five_years() -> None:
    act = date(2024, 11, 23)
    assert within_limitation(act, date(2026, 11, 23), life_health_finance=False)
    assert not within_limitation(act, date(2026, 11, 24), life_health_finance=False)
    assert within_limitation(act, date(2029, 11, 23), life_health_finance=True)
    assert limitation_ends(date(2024, 2, 29), life_health_finance=False) == date(2026, 2, 28)


def test_urgency_edges() -> None:
    today = date(2026, 11, 23)
    assert urgency(date(2026, 11, 22), today) is Urgency.OVERDUE
    assert urgency(today, today) is Urgency.DUE_SOON
    assert urgency(date(2026, 11, 26), today) is Urgency.DUE_SOON
    assert urgency(date(2026, 11, 27), today) is Urgency.OK
