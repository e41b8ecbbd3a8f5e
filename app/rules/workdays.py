"""Working-day calendar (APL art. 85): public holidays, 调休 make-up workdays, and counting.

Periods stated in working days skip weekends and public holidays but count 调休 Saturdays and
Sundays; the starting day is not counted. Years without published data are counted with
weekends only and the result is marked provisional, to be recomputed when the county sends
that year's calendar — never an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import NamedTuple


class HolidayCalendar(NamedTuple):
    """Holidays (by date, with name) and make-up workdays, for the years in `years`."""

    holidays: Mapping[date, str] = MappingProxyType({})  # read-only: shared by default
    makeup_workdays: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()

    def covers(self, day: date) -> bool:
        """True when `day`'s year has published holiday data."""
        return day.year in self.years

    def is_workday(self, day: date) -> bool:
        """Working day: a make-up workday, or a weekday that is not a public holiday."""
        if day in self.makeup_workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def merged(self, other: HolidayCalendar) -> HolidayCalendar:
        """This calendar with `other`'s years replacing or adding to its own."""
        keep_h = {d: n for d, n in self.holidays.items() if d.year not in other.years}
        keep_w = {d for d in self.makeup_workdays if d.year not in other.years}
        return HolidayCalendar(
            {**keep_h, **other.holidays},
            frozenset(keep_w | other.makeup_workdays),
            self.years | other.years,
        )


class DueDate(NamedTuple):
    """A computed deadline; provisional when a year without holiday data was crossed."""

    day: date
    provisional: bool = False


def add_working_days(cal: HolidayCalendar, start: date, days: int) -> DueDate:
    """The date `days` working days after `start` (the start day itself is not counted)."""
    if days < 0:
        raise ValueError("days must be ≥ 0")
    provisional = False
    current = start
    counted = 0
    while counted < days:
        current += timedelta(days=1)
        if not cal.covers(current):
            provisional = True
        if cal.is_workday(current):
            counted += 1
    return DueDate(current, provisional)


def add_calendar_days(cal: HolidayCalendar, start: date, days: int) -> DueDate:
    """`days` calendar days after `start`. When the last day is a holiday or weekend, the
    period ends on the next working day (APL art. 85 read with the civil-procedure rule)."""
    end = start + timedelta(days=days)
    provisional = not cal.covers(end)
    while not cal.is_workday(end):
        end += timedelta(days=1)
        provisional = provisional or not cal.covers(end)
    return DueDate(end, provisional)


def working_days_between(cal: HolidayCalendar, start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end ≤ start)."""
    n = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if cal.is_workday(current):
            n += 1
    return n


def calendar_from_library() -> HolidayCalendar:
    """The calendar published in the chinese-calendar package (the shipped baseline)."""
    from chinese_calendar import constants  # type: ignore[import-untyped]

    holidays = {d: str(name) for d, name in constants.holidays.items()}
    workdays = frozenset(constants.workdays)
    years = frozenset(d.year for d in holidays) | frozenset(d.year for d in workdays)
    return HolidayCalendar(holidays, workdays, years)


def calendar_from_rows(rows: Iterable[tuple[date, str, str]]) -> HolidayCalendar:
    """A calendar from stored rows (day, kind "holiday" | "workday", name)."""
    holidays: dict[date, str] = {}
    workdays: set[date] = set()
    for day, kind, name in rows:
        if kind == "holiday":
            holidays[day] = name
        elif kind == "workday":
            workdays.add(day)
    years = frozenset(d.year for d in holidays) | frozenset(d.year for d in workdays)
    return HolidayCalendar(holidays, frozenset(workdays), years)
