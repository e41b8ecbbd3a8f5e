"""app.reads.training and app.reads.staff on a plain sqlite3 connection give what the services
give (the services call them through their session's connection); rows the demo does not have:
deleted, inactive, cancelled or missing certificates, deleted trainings and attendances."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.context import Actor, AppContext
from app.reads import staff as staff_reads
from app.reads import training as reads
from app.rules.certificates import CertAction, StaffKind
from app.rules.training import (
    OrganiserLevel,
    ReportReminderLevel,
    TrainingCategory,
    TrainingMode,
    held_cert_alert_level,
)
from app.services import demo, demo_training, staff, training, users
from app.store import open_store
from local_db.rawsql import open_current
from tests.conftest import FakeClock, dispose_store
from tests.training.conftest import add_officer


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo squad (8 sworn, 4 auxiliaries) with this year's and last year's trainings."""
    path = tmp_path_factory.mktemp("reads-training") / "demo.sqlite3"
    clock = FakeClock()
    ctx = open_store(path, clock=clock)
    admin = demo.fill_demo(ctx, sworn=8, auxiliaries=4)
    demo_training.fill_training_demo(ctx, admin, clock.today().year - 1)
    demo_training.fill_training_demo(ctx, admin, clock.today().year)
    dispose_store(ctx)
    return path


@pytest.fixture
def con(db_path: Path) -> Iterator[sqlite3.Connection]:
    c = open_current(db_path)
    yield c
    c.close()


def test_the_demo_store_reads_like_the_services(demo_store: Path) -> None:
    ctx = open_store(demo_store, clock=FakeClock())
    con = open_current(demo_store)
    try:
        leader = users.login(ctx, "zhangwei", demo.DEMO_PASSWORD)
        today = ctx.clock.today()
        for year in (today.year - 1, today.year + 1, today.year):
            rows = reads.year_progress(con, year)
            assert rows == training.year_progress(ctx, leader, year)
        assert any(p.tally.total_seconds for p in reads.year_progress(con, today.year))
        # Cross-checked against the ORM's view: each officer's trainings and the register.
        tallies = reads.year_tallies(con, today.year)
        assert tallies
        for sid, tally in tallies.items():
            attended = training.person_trainings(ctx, leader, sid, today.year)
            assert tally.trainings == len(attended)
            assert tally.total_seconds == sum(t.credited_seconds for t in attended)
        active_sworn = staff.list_staff(ctx, kind=StaffKind.SWORN)
        assert {p.id for p in active_sworn} <= {p.staff_id for p in rows}

        seen_alerts = 0
        for day in (today, today + timedelta(days=400), today + timedelta(days=1500)):
            alerts = reads.certificate_alerts(con, day)
            assert alerts == training.certificate_alerts(ctx, leader, day)
            expected = sorted(
                (
                    (p.cert_expires_on, p.name, p.id)
                    for p in active_sworn
                    if held_cert_alert_level(p.cert_number, p.cert_status, p.cert_expires_on, day)
                ),
            )
            assert [(a.expires_on, a.name, a.staff_id) for a in alerts] == expected
            seen_alerts += len(alerts)
        assert seen_alerts > 0

        composition = staff_reads.squad_composition(con)
        assert composition == staff.squad_composition(ctx)
        everyone = staff.list_staff(ctx)
        assert composition.sworn == sum(p.kind is StaffKind.SWORN for p in everyone) == 8
        assert composition.auxiliaries == sum(p.kind is StaffKind.AUXILIARY for p in everyone) == 4

        assert reads.report_due_reminder(con, today) == training.report_due_reminder(ctx, today)
        assert reads.report_due_reminder(con, today).level is ReportReminderLevel.DUE
        training.mark_report_submitted(ctx, leader, today.year, date(today.year, 11, 20))
        assert reads.report_submitted(con, today.year) == date(today.year, 11, 20)
        assert reads.report_due_reminder(con, today).level is ReportReminderLevel.NONE
        assert reads.report_due_reminder(con, today) == training.report_due_reminder(ctx, today)
    finally:
        con.close()
        dispose_store(ctx)


def _event(ctx: AppContext, admin: Actor, people: list[str], start: date) -> str:
    return training.record_event(
        ctx,
        admin,
        training.EventInput(
            title="集中轮训",
            organiser_level=OrganiserLevel.COUNTY,
            category=TrainingCategory.BUSINESS,
            mode=TrainingMode.OFFLINE,
            start_date=start,
            stated_units="8",
        ),
        people,
    ).id


def test_deleted_inactive_and_certificate_edges(
    ctx: AppContext, admin: Actor, con: sqlite3.Connection, db_path: Path
) -> None:
    today = ctx.clock.today()
    soon = today + timedelta(days=10)
    kept = add_officer(ctx, admin, "甲在岗", expires=soon)
    left = add_officer(ctx, admin, "乙已调离", expires=soon)
    left_idle = add_officer(ctx, admin, "丙调离未训", expires=soon)
    gone = add_officer(ctx, admin, "丁已删除", expires=soon)
    red = add_officer(ctx, admin, "戊已注销", expires=soon)
    no_number = add_officer(ctx, admin, "己无证号", expires=soon)
    no_expiry = add_officer(ctx, admin, "辛无有效期", expires=soon)
    aux = staff.add_staff(ctx, admin, staff.StaffInput(name="庚辅助", kind=StaffKind.AUXILIARY)).id

    _event(ctx, admin, [kept, left, gone], date(today.year, 3, 2))
    dropped = _event(ctx, admin, [kept], date(today.year, 4, 6))
    training.delete_event(ctx, admin, dropped, "录入错误")
    later = _event(ctx, admin, [kept, left], date(today.year, 5, 4))
    training.remove_attendees(ctx, admin, later, [left])
    staff.set_staff_active(ctx, admin, left, False, "调离")
    staff.set_staff_active(ctx, admin, left_idle, False, "调离")
    staff.apply_certificate_action(ctx, admin, red, CertAction.RED, reason="注销")
    with sqlite3.connect(db_path) as w:  # what a sync tombstone or an empty field leaves behind
        w.execute("UPDATE staff_member SET deleted = 1 WHERE id = ?", (gone,))
        w.execute("UPDATE staff_member SET cert_number = '' WHERE id = ?", (no_number,))
        w.execute("UPDATE staff_member SET cert_expires_on = NULL WHERE id = ?", (no_expiry,))
    w.close()

    rows = reads.year_progress(con, today.year)
    assert rows == training.year_progress(ctx, admin, today.year)
    by_id = {p.staff_id: p for p in rows}
    assert set(by_id) == {kept, left, red, no_number, no_expiry}  # no aux, deleted or idle leaver
    assert by_id[kept].tally.trainings == 2 and by_id[kept].tally.total_seconds == 2 * 8 * 2700
    assert by_id[left].tally.trainings == 1 and not by_id[left].active

    alerts = reads.certificate_alerts(con, today)
    assert alerts == training.certificate_alerts(ctx, admin, today)
    assert [a.staff_id for a in alerts] == [kept]
    assert (alerts[0].days_left, alerts[0].expires_on) == (10, soon)

    composition = staff_reads.squad_composition(con)
    assert composition == staff.squad_composition(ctx)
    assert (composition.sworn, composition.auxiliaries) == (4, 1)  # kept, red, no_*; aux
    assert aux not in by_id
