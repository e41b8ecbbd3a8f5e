"""app.reads.equipment on a plain sqlite3 connection of a real demo store: the same answers as
the services, the same as an ORM reading of the rows, and deleted/NULL/retired rows handled."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.reads import equipment as reads
from app.rules.certificates import StaffKind, StaffPosition
from app.resources import resource_path
from app.rules.equipment import (
    HELD_STATUSES,
    STANDARD_RESOURCE,
    DueState,
    ItemStatus,
    MaintenanceKind,
    due_state,
)
from app.rules.roles import Role, parse_roles
from app.services import demo, demo_equipment
from app.services import equipment as eq
from app.services import equipment_reports as rep
from app.store import open_store
from local_db.models import StaffMember, UserAccount
from local_db.models_equipment import EquipmentItem, EquipmentMovement, MaintenanceSchedule
from local_db.rawsql import open_current
from tests.conftest import FakeClock, dispose_store


@pytest.fixture(scope="module")
def reads_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo squad with the demo equipment inventory and its history."""
    path = tmp_path_factory.mktemp("reads_equipment") / "demo.sqlite3"
    ctx = open_store(path, clock=FakeClock())
    admin = demo.fill_demo(ctx, sworn=8, auxiliaries=4)
    demo_equipment.fill_equipment_demo(ctx, admin)
    dispose_store(ctx)
    return path


def _expected_alerts(ctx: AppContext, today: date) -> list[reads.ScheduleInfo]:
    """maintenance_alerts from the ORM rows, filtered and sorted in Python."""
    with ctx.db.read_session() as s:
        items = {i.id: i for i in s.scalars(select(EquipmentItem))}
        schedules = list(s.scalars(select(MaintenanceSchedule)))
    out = []
    for sc in schedules:
        item = items[sc.item_id]
        if not sc.active or sc.deleted or item.deleted:
            continue
        if item.status in (ItemStatus.RETIRED.value, ItemStatus.LOST.value):
            continue
        kind = MaintenanceKind(sc.kind)
        state = due_state(kind, sc.due_on, today)
        if state is DueState.LATER:
            continue
        out.append(
            (
                (sc.due_on, item.asset_tag),
                reads.ScheduleInfo(
                    sc.id, item.id, item.asset_tag, item.name, kind, sc.due_on,
                    sc.interval_months, state, sc.note,
                ),
            )
        )
    return [info for _, info in sorted(out, key=lambda x: x[0])]


def _expected_overdue(ctx: AppContext, today: date) -> list[reads.LoanInfo]:
    with ctx.db.read_session() as s:
        items = {i.id: i for i in s.scalars(select(EquipmentItem))}
        names = {p.id: p.name for p in s.scalars(select(StaffMember))}
        moves = list(s.scalars(select(EquipmentMovement)))
    out = [
        reads.LoanInfo(
            m.id, m.item_id, items[m.item_id].asset_tag, items[m.item_id].name, m.staff_id,
            names.get(m.staff_id) if m.staff_id else None, m.out_at, m.due_back, m.returned_at,
            m.condition_out, m.condition_in, True,
        )
        for m in moves
        if m.kind == "checkout" and not m.deleted and m.returned_at is None
        and m.due_back is not None and m.due_back < today
    ]
    return sorted(out, key=lambda x: (x.due_back, x.asset_tag))


def _expected_counts(ctx: AppContext) -> tuple[tuple[int, int, int, int], dict[str, int]]:
    with ctx.db.read_session() as s:
        people = [p for p in s.scalars(select(StaffMember)) if p.active and not p.deleted]
        accounts = [u for u in s.scalars(select(UserAccount)) if u.active and not u.deleted]
        items = [i for i in s.scalars(select(EquipmentItem)) if not i.deleted]
    sworn = sum(p.kind == StaffKind.SWORN.value for p in people)
    aux = [p for p in people if p.kind == StaffKind.AUXILIARY.value]
    leaders = sum(p.position == StaffPosition.LEADER.value for p in aux)
    linked = {p.user_id for p in people if p.user_id}
    clerks = sum(Role.CLERK in parse_roles(u.roles) and u.id not in linked for u in accounts)
    held: dict[str, int] = {}
    for i in items:
        if ItemStatus(i.status) in HELD_STATUSES:
            held[i.category] = held.get(i.category, 0) + (i.quantity if i.consumable else 1)
    return (sworn, clerks, len(aux), leaders), held


def _check_all(ctx: AppContext, con: sqlite3.Connection, today: date) -> None:
    """Every read against the service and against the ORM's rows."""
    assert reads.maintenance_alerts(con, today) == eq.maintenance_alerts(ctx, today)
    assert reads.maintenance_alerts(con, today) == _expected_alerts(ctx, today)
    assert reads.overdue_loans(con, today) == eq.overdue_loans(ctx, today)
    assert reads.overdue_loans(con, today) == _expected_overdue(ctx, today)
    report = reads.compliance(con)
    assert report == rep.compliance(ctx)
    heads, held = _expected_counts(ctx)
    h = report.headcount
    assert (h.officers, h.clerks, h.auxiliaries, h.aux_leaders, h.offices) == (*heads, 1)
    assert reads.holdings_by_category(con) == held
    assert reads.compliance(con, offices=3) == rep.compliance(ctx, offices=3)


def test_same_answers_as_the_services_on_the_demo_store(sctx: AppContext, store: Path) -> None:
    today = sctx.clock.today()
    con = open_current(store)
    try:
        alerts = reads.maintenance_alerts(con, today)
        loans = reads.overdue_loans(con, today)
        assert alerts and loans  # the demo has both: the comparison means something
        assert {a.state for a in alerts} == {DueState.OVERDUE, DueState.DUE_SOON}
        assert reads.compliance(con).gaps
        for day_ in (today, today - timedelta(days=200), today + timedelta(days=45)):
            _check_all(sctx, con, day_)
        # the lists of one item or person the services read through the same SQL
        item_id = loans[0].item_id
        staff_id = loans[0].staff_id
        assert staff_id is not None
        assert reads.loan_history(con, item_id, today) == eq.loan_history(sctx, item_id)
        assert reads.holdings_of(con, staff_id, today) == eq.holdings_of(sctx, staff_id)
        assert loans[0].id in {x.id for x in reads.holdings_of(con, staff_id, today)}
        sched_item = alerts[0].item_id
        assert reads.schedules_of(con, sched_item, today) == eq.schedules_of(sctx, sched_item)
        assert reads.standard(con) == eq.standard(sctx)
    finally:
        con.close()
    # a bare sqlite3.connect works the same (no rawsql set-up needed)
    plain = sqlite3.connect(store)
    try:
        assert reads.overdue_loans(plain, today) == eq.overdue_loans(sctx, today)
        assert reads.maintenance_alerts(plain, today) == eq.maintenance_alerts(sctx, today)
        assert reads.compliance(plain) == rep.compliance(sctx)
    finally:
        plain.close()


def test_deleted_retired_inactive_and_null_rows(store: Path, clock: FakeClock) -> None:
    today = clock.today()
    con = sqlite3.connect(store, isolation_level=None)
    try:
        alerts = reads.maintenance_alerts(con, today)
        loans = reads.overdue_loans(con, today)
        before = reads.compliance(con)
        assert len(alerts) >= 3 and len(loans) >= 2
        gone_sched, retired_item, deleted_item = alerts[0], alerts[1], alerts[2]
        con.execute("UPDATE maintenance_schedule SET deleted = 1 WHERE id = ?", (gone_sched.id,))
        con.execute(
            "UPDATE equipment_item SET status = 'retired' WHERE id = ?", (retired_item.item_id,)
        )
        con.execute("UPDATE equipment_item SET deleted = 1 WHERE id = ?", (deleted_item.item_id,))
        con.execute("UPDATE equipment_movement SET deleted = 1 WHERE id = ?", (loans[0].id,))
        con.execute("UPDATE equipment_movement SET staff_id = NULL WHERE id = ?", (loans[1].id,))
        sworn = con.execute(
            "SELECT id FROM staff_member WHERE kind = 'sworn' AND deleted = 0 AND active = 1"
        ).fetchall()
        con.execute("UPDATE staff_member SET active = 0 WHERE id = ?", (sworn[0][0],))
        con.execute("UPDATE staff_member SET deleted = 1 WHERE id = ?", (sworn[1][0],))

        after = reads.maintenance_alerts(con, today)
        ids = {a.id for a in after}
        assert gone_sched.id not in ids
        assert not ids & {a.id for a in alerts if a.item_id == retired_item.item_id}
        assert not ids & {a.id for a in alerts if a.item_id == deleted_item.item_id}
        overdue = reads.overdue_loans(con, today)
        assert loans[0].id not in {x.id for x in overdue}
        orphan = next(x for x in overdue if x.id == loans[1].id)
        assert orphan.staff_id is None and orphan.staff_name is None and orphan.overdue
        now = reads.compliance(con)
        assert now.headcount.officers == before.headcount.officers - 2
    finally:
        con.close()
    ctx = open_store(store, clock=clock)
    try:
        con = open_current(store)
        try:
            _check_all(ctx, con, today)
        finally:
            con.close()
    finally:
        dispose_store(ctx)


def test_stored_county_standard_is_read_and_reparsed_when_it_changes(store: Path) -> None:
    con = sqlite3.connect(store, isolation_level=None)
    try:
        shipped = reads.shipped_standard()
        con.execute("DELETE FROM local_setting WHERE key = ?", (reads.STANDARD_SETTING,))
        assert reads.stored_standard_doc(con) is None
        assert reads.standard(con) is shipped
        doc = json.loads(resource_path(STANDARD_RESOURCE).read_text(encoding="utf-8"))
        doc["version"] = "2099.1"
        doc["categories"] = doc["categories"][:3]
        con.execute(
            "INSERT INTO local_setting (key, value) VALUES (?, ?)",
            (reads.STANDARD_SETTING, json.dumps(doc, ensure_ascii=False)),
        )
        std = reads.standard(con)
        assert std.version == "2099.1" and len(std.categories) == 3
        assert reads.standard(con) is std  # parsed once
        assert reads.compliance(con).standard_version == "2099.1"
    finally:
        con.close()
