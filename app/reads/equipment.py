"""Equipment reads in plain SQL (no SQLAlchemy): the standard in force, standard compliance
(装备配备达标), maintenance alerts, overdue loans and the other loan/schedule lists.

app.services.equipment and app.services.equipment_reports call these through the session's
connection (Database.dbapi_read); the desktop's first page calls them on a connection of its
own. The result types (ScheduleInfo, LoanInfo, ComplianceLine, ComplianceReport) and the
row → result builders live here once.

Headcount assumptions for compliance (the staff register has no clerk or deputy positions yet):
- officers: active sworn staff members (every certificate colour counts: they still need kit);
- auxiliaries: active auxiliary staff members;
- auxiliary team leader and deputy: active auxiliaries whose position is 队负责人 (leader);
- clerks: active user accounts with the 内勤 role that are not linked to an active staff
  member (people in the staff register are already counted above);
- offices: 1 unless the caller says otherwise (printer and phone are per office).
Holdings: items 在库, 领用 or 维修 (a consumable line counts its quantity); 报废 and 遗失 do not.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from typing import Any, NamedTuple
from datetime import date, datetime, timedelta
from functools import lru_cache

from app.rules.certificates import StaffKind, StaffPosition
from app.rules.equipment import (
    DUE_SOON_DAYS,
    HELD_STATUSES,
    MAINTENANCE_LABELS,
    DueState,
    EquipmentStandard,
    Headcount,
    ItemStatus,
    MaintenanceKind,
    RuleKind,
    due_state,
    is_overdue,
    load_standard,
    parse_standard,
    required_count,
)
from app.rules.roles import Role, parse_roles
from local_db.rawsql import day, day_of, placeholders, utc

# local_setting key of the county equipment standard loaded into the store (JSON document).
STANDARD_SETTING = "reference.equipment_standard"


# --- result types -----------------------------------------------------------------------------


class LoanInfo(NamedTuple):
    """A check-out (open or returned)."""

    id: str
    item_id: str
    asset_tag: str
    item_name: str
    staff_id: str | None
    staff_name: str | None
    out_at: datetime
    due_back: date | None
    returned_at: datetime | None
    condition_out: str | None
    condition_in: str | None
    overdue: bool


class ScheduleInfo(NamedTuple):
    """A maintenance schedule with where its due date stands."""

    id: str
    item_id: str
    asset_tag: str
    item_name: str
    kind: MaintenanceKind
    due_on: date
    interval_months: int | None
    state: DueState
    note: str | None

    @property
    def kind_label(self) -> str:
        return MAINTENANCE_LABELS[self.kind]


class ComplianceLine(NamedTuple):
    """One category of the standard: what is required, what is held, the gap."""

    code: str
    name: str
    group: str
    rule_text: str
    required: int
    held: int

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.held)

    @property
    def ok(self) -> bool:
        return self.held >= self.required


class ComplianceReport(NamedTuple):
    """Holdings against the standard."""

    standard_version: str
    issued_by: str
    headcount: Headcount
    lines: tuple[ComplianceLine, ...]

    @property
    def gaps(self) -> tuple[ComplianceLine, ...]:
        return tuple(line for line in self.lines if not line.ok)


# --- builders (the one row → result conversion, also used by the services' writes) -----------


def loan_info(
    id: str,
    item_id: str,
    asset_tag: str,
    item_name: str,
    staff_id: str | None,
    staff_name: str | None,
    out_at: datetime,
    due_back: date | None,
    returned_at: datetime | None,
    condition_out: str | None,
    condition_in: str | None,
    today: date,
) -> LoanInfo:
    """A LoanInfo, overdue or not as of `today`."""
    return LoanInfo(
        id,
        item_id,
        asset_tag,
        item_name,
        staff_id,
        staff_name,
        out_at,
        due_back,
        returned_at,
        condition_out,
        condition_in,
        is_overdue(due_back, returned_at is not None, today),
    )


def schedule_info(
    id: str,
    item_id: str,
    asset_tag: str,
    item_name: str,
    kind: MaintenanceKind | str,
    due_on: date,
    interval_months: int | None,
    note: str | None,
    today: date,
) -> ScheduleInfo:
    """A ScheduleInfo with its due state as of `today`."""
    kind = MaintenanceKind(kind)
    return ScheduleInfo(
        id,
        item_id,
        asset_tag,
        item_name,
        kind,
        due_on,
        interval_months,
        due_state(kind, due_on, today),
        note,
    )


def compliance_of(
    std: EquipmentStandard, heads: Headcount, held: dict[str, int]
) -> ComplianceReport:
    """The comparison itself (pure: the maths is app.rules.equipment.required_count)."""
    lines = tuple(
        ComplianceLine(
            c.code,
            c.name,
            c.group,
            c.rule.describe(),
            required_count(c.rule, heads),
            held.get(c.code, 0),
        )
        for c in std.categories
        if c.rule.kind is not RuleKind.NONE
    )
    return ComplianceReport(std.version, std.issued_by, heads, lines)


# --- the standard in force ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def shipped_standard() -> EquipmentStandard:
    """The equipment standard shipped in resources/ (cached)."""
    return load_standard()


_parsed_lock = threading.Lock()
_parsed: dict[str, EquipmentStandard] = {}  # stored document text → parsed standard


def stored_standard_doc(con: sqlite3.Connection) -> str | None:
    """The county equipment standard loaded into this store (its JSON text), or None before
    the first load (then the shipped one — the same document — is in force)."""
    row = con.execute(
        "SELECT value FROM local_setting WHERE key = ?", (STANDARD_SETTING,)
    ).fetchone()
    return None if row is None else str(row[0])


def standard(con: sqlite3.Connection) -> EquipmentStandard:
    """The equipment standard in force: the county's version loaded into this store (reference
    data, updated through reference_data.apply_reference_update), else the shipped one."""
    text = stored_standard_doc(con)
    if text is None:
        return shipped_standard()
    with _parsed_lock:
        std = _parsed.get(text)
    if std is None:
        import json  # here: the start-up's reads do without

        std = parse_standard(dict(json.loads(text)))
        with _parsed_lock:
            if len(_parsed) >= 8:
                _parsed.clear()
            _parsed[text] = std
    return std


# --- compliance -------------------------------------------------------------------------------


def headcount(con: sqlite3.Connection, *, offices: int = 1) -> Headcount:
    """Counts from the staff register and user accounts (see the module docstring)."""
    people = con.execute(
        "SELECT kind, position, user_id FROM staff_member WHERE deleted IS 0 AND active IS 1"
    ).fetchall()
    users = con.execute(
        "SELECT id, roles FROM user_account WHERE deleted IS 0 AND active IS 1"
    ).fetchall()
    officers = sum(1 for k, _, _ in people if k == StaffKind.SWORN.value)
    aux = sum(1 for k, _, _ in people if k == StaffKind.AUXILIARY.value)
    aux_leaders = sum(
        1
        for k, p, _ in people
        if k == StaffKind.AUXILIARY.value and p == StaffPosition.LEADER.value
    )
    linked = {u for _, _, u in people if u}
    clerks = sum(
        1 for uid, roles in users if Role.CLERK in parse_roles(roles) and uid not in linked
    )
    return Headcount(
        officers=officers, clerks=clerks, auxiliaries=aux, aux_leaders=aux_leaders, offices=offices
    )


def holdings_by_category(con: sqlite3.Connection) -> dict[str, int]:
    """Items held per category code (consumables by quantity)."""
    held = sorted(st.value for st in HELD_STATUSES)
    rows = con.execute(
        "SELECT category, sum(CASE WHEN consumable IS 1 THEN quantity ELSE 1 END)"
        " FROM equipment_item"
        f" WHERE deleted IS 0 AND status IN ({placeholders(len(held))})"
        " GROUP BY category",
        held,
    ).fetchall()
    return {cat: int(n or 0) for cat, n in rows}


def compliance(
    con: sqlite3.Connection, *, offices: int = 1, std: EquipmentStandard | None = None
) -> ComplianceReport:
    """This squad's holdings against the standard in force in this store (or `std`)."""
    return compliance_of(
        std or standard(con), headcount(con, offices=offices), holdings_by_category(con)
    )


# --- maintenance ------------------------------------------------------------------------------

_SCHEDULES = (
    "SELECT s.id, s.item_id, i.asset_tag, i.name, s.kind, s.due_on, s.interval_months, s.note"
    " FROM maintenance_schedule AS s JOIN equipment_item AS i ON i.id = s.item_id"
)


def _schedules(rows: Sequence[Any], today: date) -> list[ScheduleInfo]:
    return [
        schedule_info(sid, item_id, tag, name, kind, day_of(due), interval, note, today)
        for sid, item_id, tag, name, kind, due, interval, note in rows
    ]


def maintenance_alerts(con: sqlite3.Connection, today: date) -> list[ScheduleInfo]:
    """Active schedules that are overdue or due soon (window per kind), earliest first.
    Schedules of retired or lost items are left out."""
    horizon = today + timedelta(days=max(DUE_SOON_DAYS.values()))
    rows = con.execute(
        _SCHEDULES
        + " WHERE s.active IS 1 AND s.deleted IS 0 AND s.due_on <= ?"
        " AND i.deleted IS 0 AND i.status NOT IN (?, ?)"
        " ORDER BY s.due_on, i.asset_tag",
        (horizon.isoformat(), ItemStatus.RETIRED.value, ItemStatus.LOST.value),
    ).fetchall()
    return [i for i in _schedules(rows, today) if i.state is not DueState.LATER]


def schedules_of(con: sqlite3.Connection, item_id: str, today: date) -> list[ScheduleInfo]:
    """Active schedules of one item, earliest first."""
    rows = con.execute(
        _SCHEDULES
        + " WHERE s.item_id = ? AND s.active IS 1 AND s.deleted IS 0 ORDER BY s.due_on",
        (item_id,),
    ).fetchall()
    return _schedules(rows, today)


# --- loans ------------------------------------------------------------------------------------

_LOANS = (
    "SELECT m.id, i.id, i.asset_tag, i.name, m.staff_id, p.name, m.out_at, m.due_back,"
    " m.returned_at, m.condition_out, m.condition_in"
    " FROM equipment_movement AS m JOIN equipment_item AS i ON i.id = m.item_id"
    " LEFT OUTER JOIN staff_member AS p ON p.id = m.staff_id"
    " WHERE m.kind = 'checkout' AND m.deleted = 0"
)
# `kind = 'checkout'` as a literal and `deleted = 0` (not IS 0) let the open check-outs'
# partial index (ux_equipment_movement_open_checkout) serve the open-loan lists.


def _loans(rows: Sequence[Any], today: date) -> list[LoanInfo]:
    out = []
    for mid, item_id, tag, name, staff_id, staff_name, out_at, due, ret, c_out, c_in in rows:
        out_time = utc(out_at)
        assert out_time is not None  # NOT NULL column
        out.append(
            loan_info(
                mid, item_id, tag, name, staff_id, staff_name, out_time, day(due), utc(ret),
                c_out, c_in, today,
            )
        )
    return out


def overdue_loans(con: sqlite3.Connection, today: date) -> list[LoanInfo]:
    """Open check-outs past their due-back date, most overdue first."""
    rows = con.execute(
        _LOANS
        + " AND m.returned_at IS NULL AND m.due_back IS NOT NULL AND m.due_back < ?"
        " ORDER BY m.due_back, i.asset_tag",
        (today.isoformat(),),
    ).fetchall()
    return _loans(rows, today)


def holdings_of(con: sqlite3.Connection, staff_id: str, today: date) -> list[LoanInfo]:
    """What a person holds now (open check-outs), oldest first."""
    rows = con.execute(
        _LOANS + " AND m.staff_id = ? AND m.returned_at IS NULL ORDER BY m.out_at, i.asset_tag",
        (staff_id,),
    ).fetchall()
    return _loans(rows, today)


def loan_history(con: sqlite3.Connection, item_id: str, today: date) -> list[LoanInfo]:
    """Every check-out of an item, newest first."""
    rows = con.execute(
        _LOANS + " AND m.item_id = ? ORDER BY m.out_at DESC, m.id DESC",
        (item_id,),
    ).fetchall()
    return _loans(rows, today)
