"""Training reads in plain SQL: the year's progress of every sworn officer (tallied by
app.rules.training.tally_year), certificate expiry alerts and the annual report reminder.

app.services.training answers the same questions by calling these (Database.dbapi_read).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from app.rules.certificates import CertStatus, StaffKind, StaffPosition
from app.rules.training import (
    AttendedTraining,
    CertAlertLevel,
    PersonVerdict,
    ReportReminder,
    YearTally,
    check_year,
    format_days,
    format_units,
    held_cert_alert_level,
    report_reminder,
    tally_year,
    year_bounds,
)
from local_db.rawsql import day, day_of, flag

REPORT_SUBMITTED_KEY = "training.report_submitted.{year}"


class PersonProgress(NamedTuple):
    """One officer's year against the 60 学时 and the leader/member rule."""

    staff_id: str
    name: str
    kind: StaffKind
    position: StaffPosition
    active: bool
    tally: YearTally
    verdict: PersonVerdict

    @property
    def counted_units_text(self) -> str:
        return format_units(self.tally.counted_seconds)

    @property
    def total_units_text(self) -> str:
        return format_units(self.tally.total_seconds)

    @property
    def days_text(self) -> str:
        return format_days(self.tally.concentrated_days_tenths)


class CertificateAlert(NamedTuple):
    """A certificate expiring within 60 / 30 days, or expired."""

    staff_id: str
    name: str
    cert_number: str
    expires_on: date
    days_left: int
    level: CertAlertLevel
    cert_status: CertStatus


def year_tallies(con: sqlite3.Connection, year: int) -> dict[str, YearTally]:
    """Per person: what they attended in `year` (trainings by start date), tallied by the
    one rule in app.rules.training.tally_year."""
    first, last = year_bounds(year)
    rows = con.execute(
        "SELECT a.staff_id, a.credited_seconds, e.category, e.concentrated, e.organiser_level,"
        " e.days_tenths"
        " FROM training_attendance AS a JOIN training_event AS e ON e.id = a.event_id"
        " WHERE a.deleted IS 0 AND e.deleted IS 0 AND e.start_date BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    )
    return tally_year(
        AttendedTraining(sid, secs or 0, str(cat), conc == 1, str(level), days or 0)
        for sid, secs, cat, conc, level, days in rows
    )


def year_progress(con: sqlite3.Connection, year: int) -> list[PersonProgress]:
    """Every sworn officer's year: active ones, and those who left but trained that year.

    Leaders first, then by name (the register's order).
    """
    tallies = year_tallies(con, year)
    people = con.execute(
        "SELECT id, name, kind, position, active FROM staff_member"
        " WHERE deleted IS 0 AND kind = ? ORDER BY position, name, id",
        (StaffKind.SWORN.value,),
    ).fetchall()
    out = []
    for sid, name, kind, position, active in people:
        tally = tallies.get(sid)
        if not flag(active) and tally is None:
            continue
        tally = tally or YearTally()
        pos = StaffPosition(position)
        out.append(
            PersonProgress(
                sid, name, StaffKind(kind), pos, flag(active), tally, check_year(pos, tally)
            )
        )
    return out


def certificate_alerts(con: sqlite3.Connection, today: date) -> list[CertificateAlert]:
    """Active officers' certificates expiring within 60 / 30 days or expired, soonest first.

    Cancelled (red) certificates are left out: there is nothing to renew.
    """
    rows = con.execute(
        "SELECT id, name, cert_number, cert_expires_on, cert_status FROM staff_member"
        " WHERE deleted IS 0 AND active IS 1 AND kind = ?"
        " ORDER BY kind DESC, position, name",
        (StaffKind.SWORN.value,),
    )
    out = []
    for sid, name, number, expires_text, status_code in rows:
        expires, status = day(expires_text), CertStatus(status_code)
        level = held_cert_alert_level(number, status, expires, today)
        if level is not None and expires is not None:
            out.append(
                CertificateAlert(
                    sid, name, number, expires, (expires - today).days, level, status
                )
            )
    out.sort(key=lambda a: (a.expires_on, a.name))
    return out


def report_submitted(con: sqlite3.Connection, year: int) -> date | None:
    """When this year's training report was marked as sent to the county, if it was."""
    row = con.execute(
        "SELECT value FROM local_setting WHERE key = ?", (REPORT_SUBMITTED_KEY.format(year=year),)
    ).fetchone()
    return day_of(row[0]) if row is not None else None


def report_due_reminder(con: sqlite3.Connection, today: date) -> ReportReminder:
    """Remind of the annual training report from 1 November; overdue in December unless sent."""
    return report_reminder(today, submitted=report_submitted(con, today.year) is not None)
