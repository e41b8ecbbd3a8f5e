"""app.reads.cases on a plain sqlite3 connection of a real demo store equals the services'
answers (and the ORM query it replaced); deleted rows, met deadlines, the party's windows and
hour deadlines."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from app.context import AppContext
from app.reads import cases as reads
from app.rules.deadlines import Deadline, Urgency
from app.services import case_deadlines, case_search, demo, demo_cases
from app.store import open_store
from tests.conftest import FakeClock, dispose_store


@pytest.fixture(scope="module")
def reads_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reads_cases") / "demo.sqlite3"
    ctx = open_store(path, clock=FakeClock())
    admin = demo.fill_demo(ctx, sworn=8, auxiliaries=4)
    demo_cases.fill_cases_demo(ctx, admin, general=40, summary=20, parking=40)
    dispose_store(ctx)
    return path


def _orm_attention(ctx: AppContext, include_party: bool) -> list[tuple[str, str, Urgency | None]]:
    """The ORM query attention_list used to run (the oracle of the plain SQL)."""
    from sqlalchemy import select

    from local_db.models_cases import Case, CaseDeadline

    today, now = ctx.clock.today(), ctx.clock.now()
    q = (
        select(CaseDeadline, Case.number)
        .join(Case, Case.id == CaseDeadline.case_id)
        .where(
            CaseDeadline.met_at.is_(None),
            CaseDeadline.deleted.is_(False),
            CaseDeadline.due_on <= today + timedelta(days=3),
            Case.deleted.is_(False),
        )
        .order_by(CaseDeadline.due_on, Case.number)
    )
    if not include_party:
        q = q.where(CaseDeadline.kind.not_in([k.value for k in reads.PARTY_DEADLINES]))
    with ctx.db.read_session() as s:
        return [(r.id, n, reads.deadline_info(r, n, today, now).urgency)
                for r, n in s.execute(q).all()]


def test_attention_list_reads_each_case_from_the_covering_index(
    con: sqlite3.Connection, clock: FakeClock
) -> None:
    """The case number and deleted flag come from ix_enforcement_case_attention (migration
    att01), not from a table row per deadline."""
    sql = reads._ATTENTION_SQL.format(party="")
    plan = " | ".join(row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", [
        clock.today().isoformat()]))
    assert "COVERING INDEX ix_enforcement_case_attention" in plan, plan


def test_attention_list_equals_the_service_and_the_orm(
    sctx: AppContext, con: sqlite3.Connection, clock: FakeClock
) -> None:
    today, now = clock.today(), clock.now()
    got = reads.attention_list(con, today, now)
    assert got == case_deadlines.attention_list(sctx)
    assert Urgency.OVERDUE in {d.urgency for d in got}  # due soon: see below
    assert [(d.id, d.case_number, d.urgency) for d in got] == _orm_attention(sctx, False)
    assert all(isinstance(d.kind, Deadline) and d.met_at is None for d in got)
    with_party = reads.attention_list(con, today, now, include_party=True)
    assert with_party == case_deadlines.attention_list(sctx, include_party=True)
    assert [(d.id, d.case_number, d.urgency) for d in with_party] == _orm_attention(sctx, True)
    assert reads.overdue_count(con, today, now) == case_deadlines.overdue_count(sctx) == sum(
        1 for d in got if d.urgency is Urgency.OVERDUE) > 0


def test_cases_by_status_equals_statistics(sctx: AppContext, con: sqlite3.Connection) -> None:
    by_status = reads.cases_by_status(con)
    stats = case_search.statistics(sctx)
    assert by_status == stats.by_status
    assert list(by_status) == sorted(by_status) and sum(by_status.values()) == stats.total > 0


def _scanned(con: sqlite3.Connection) -> dict[str, int]:
    """Cases by status counted the slow way (the oracle of case_status_count)."""
    return dict(con.execute(
        "SELECT status, count(*) FROM enforcement_case WHERE deleted IS 0 "
        "GROUP BY status ORDER BY status").fetchall())


def test_case_status_count_follows_every_write(store: Path) -> None:
    con = sqlite3.connect(store)
    con.execute("PRAGMA foreign_keys = OFF")  # the hard delete below leaves its children
    try:
        assert reads.cases_by_status(con) == _scanned(con)
        ids = [r[0] for r in con.execute("SELECT id FROM enforcement_case ORDER BY number")]
        con.execute("UPDATE enforcement_case SET status = 'closed' WHERE id IN (?, ?)", ids[:2])
        con.execute("UPDATE enforcement_case SET deleted = 1 WHERE id = ?", (ids[2],))
        con.execute("UPDATE enforcement_case SET deleted = 1, status = 'filed' WHERE id = ?",
                    (ids[3],))
        assert reads.cases_by_status(con) == _scanned(con)
        con.execute("UPDATE enforcement_case SET deleted = 0 WHERE id = ?", (ids[2],))  # restored
        con.execute("DELETE FROM enforcement_case WHERE id = ?", (ids[4],))
        columns = [r[1] for r in con.execute("PRAGMA table_info(enforcement_case)")]
        copied = ", ".join(
            {"id": "'copy-1'", "number": "number || '-copy'", "status": "'archived'"}.get(c, c)
            for c in columns)
        con.execute(f"INSERT INTO enforcement_case ({', '.join(columns)}) "
                    f"SELECT {copied} FROM enforcement_case WHERE id = ?", (ids[5],))
        con.execute("UPDATE enforcement_case SET number = number WHERE id = ?", (ids[6],))
        assert reads.cases_by_status(con) == _scanned(con)
        assert reads.cases_by_status(con)["archived"] >= 1
        con.execute("UPDATE enforcement_case SET deleted = 1")  # every case gone: no rows of 0
        assert reads.cases_by_status(con) == {} == _scanned(con)
        con.rollback()
        assert reads.cases_by_status(con) == _scanned(con)  # the counts roll back with the rows
    finally:
        con.close()


def test_deleted_met_party_and_hour_deadlines(
    store: Path, sctx: AppContext, con: sqlite3.Connection, clock: FakeClock
) -> None:
    today, now = clock.today(), clock.now()
    first, second, third, fourth, fifth = reads.attention_list(con, today, now)[:5]
    w = sqlite3.connect(store, isolation_level=None)  # closed below
    w.execute("UPDATE enforcement_case SET deleted = 1 WHERE id = ?", (first.case_id,))
    w.execute("UPDATE case_deadline SET deleted = 1 WHERE id = ?", (second.id,))
    w.execute("UPDATE case_deadline SET met_at = '2026-11-20 01:00:00.000000' WHERE id = ?",
              (third.id,))
    w.execute("UPDATE case_deadline SET kind = 'hearing_request' WHERE id = ?", (fourth.id,))
    w.execute("UPDATE case_deadline SET due_on = ? WHERE id = ?",
              ((today + timedelta(days=3)).isoformat(), fifth.id))
    # Two 24-hour transfers: one an hour past, one due in an hour (naive UTC text).
    soon, past = [d for d in reads.attention_list(con, today, now) if d.id != fifth.id][:2]
    for row, at in ((soon, now + timedelta(hours=1)), (past, now - timedelta(hours=1))):
        w.execute("UPDATE case_deadline SET kind = 'transfer_urgent', due_at = ?, "
                  "due_on = ?, provisional = ? WHERE id = ?",
                  (f"{at:%Y-%m-%d %H:%M:%S.%f}", today.isoformat(), row is soon, row.id))
    w.close()

    got = reads.attention_list(con, today, now)
    assert got == case_deadlines.attention_list(sctx)
    ids = {d.id for d in got}
    assert first.case_id not in {d.case_id for d in got}
    assert not {second.id, third.id, fourth.id} & ids
    assert fourth.id in {d.id for d in reads.attention_list(con, today, now, include_party=True)}
    assert [d.urgency for d in got if d.id == fifth.id] == [Urgency.DUE_SOON]
    assert got[-1].id == fifth.id  # by due day: the latest last
    hours = {d.id: d for d in got if d.kind is Deadline.TRANSFER_URGENT}
    assert hours[soon.id].urgency is Urgency.DUE_SOON and hours[soon.id].due_at == now + \
        timedelta(hours=1)
    assert hours[past.id].urgency is Urgency.OVERDUE
    assert (hours[soon.id].provisional, hours[past.id].provisional) == (True, False)
    assert reads.cases_by_status(con) == case_search.statistics(sctx).by_status
