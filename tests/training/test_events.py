"""Recording trainings: one form with many attendees, edits, deletions, permissions, audit."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import NotFound, PermissionDenied, ValidationError
from app.rules.training import OrganiserLevel, TrainingCategory, TrainingMode
from app.services import audit, training
from local_db.models import AuditLog
from local_db.models_training import TrainingAttendance

from .conftest import Squad, counts

BASE = training.EventInput(
    title="《行政处罚法》专题培训",
    organiser_level=OrganiserLevel.OWN_UNIT,
    category=TrainingCategory.PUBLIC_LAW,
    mode=TrainingMode.OFFLINE,
    start_date=date(2026, 3, 6),
    stated_units="4",
)


def _input(**kw: Any) -> training.EventInput:
    return replace(BASE, **kw)


def test_one_form_records_the_event_and_every_attendee_in_one_audited_change(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    before = counts(ctx)
    info = training.record_event(ctx, admin, _input(), [*squad.sworn, squad.leader])
    after = counts(ctx)
    assert info.attendee_count == 4  # the repeated id is taken once
    assert info.units_text == "4.0" and info.default_credit_seconds == 4 * 2700
    assert info.concentrated and info.days_tenths == 10  # offline: concentrated, one day
    assert after.events - before.events == 1
    assert after.attendances - before.attendances == 4
    assert after.audit - before.audit == 1
    assert after.outbox - before.outbox == 5  # event + 4 attendance rows
    with ctx.db.read_session() as s:
        entry = s.scalars(select(AuditLog).order_by(AuditLog.seq.desc()).limit(1)).one()
    assert entry.action == "training.event.add" and entry.entity_id == info.id
    assert sorted(json.loads(entry.change_json)["attendees"]) == sorted(squad.sworn)
    assert audit.verify(ctx).ok
    people = training.event_attendance(ctx, admin, info.id)
    assert {p.staff_name for p in people} == {"张队长", "李娜", "王强", "陈静"}
    assert all(p.units_text == "4.0" and not p.custom_credit for p in people)


def test_duration_without_stated_units_credits_45_minutes_per_unit(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    info = training.record_event(
        ctx, admin, _input(stated_units=None, duration_minutes=100), [squad.leader]
    )
    assert info.default_credit_seconds == 100 * 60
    assert info.units_text == "2.2"  # 100 / 45 = 2.22…


def test_stated_units_win_over_a_duration(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    info = training.record_event(
        ctx, admin, _input(stated_units="1.5", duration_minutes=60), [squad.leader]
    )
    assert info.default_credit_seconds == 4050  # 1.5 学时, not 60 minutes


def test_online_courses_have_no_days_and_are_not_concentrated(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    info = training.record_event(
        ctx,
        admin,
        _input(mode=TrainingMode.ONLINE, end_date=date(2026, 4, 30), organiser_level="superior"),
        [squad.leader],
    )
    assert (info.days_tenths, info.concentrated) == (0, False)
    assert info.organiser_level is OrganiserLevel.SUPERIOR


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"title": "  "}, "title", "required"),
        ({"title": "训" * 201}, "title", "too_long"),
        ({"end_date": date(2026, 3, 5)}, "end_date", "end_before_start"),
        ({"stated_units": None}, "stated_units", "credit_required"),
        ({"stated_units": "1.55"}, "stated_units", "bad_units"),
        ({"stated_units": "0"}, "stated_units", "bad_units"),
        ({"stated_units": None, "duration_minutes": 0}, "duration_minutes", "bad_duration"),
        ({"days": "2"}, "days", "days_exceed_span"),
        ({"days": "半天"}, "days", "bad_days"),
        ({"mode": "webinar"}, "mode", "bad_choice"),
        ({"category": None}, "category", "bad_choice"),
    ],
)
def test_bad_input_is_refused_with_the_field_and_nothing_is_written(
    ctx: AppContext,
    admin: Actor,
    squad: Squad,
    change: dict[str, object],
    field: str,
    code: str,
) -> None:
    before = counts(ctx)
    with pytest.raises(ValidationError) as err:
        training.record_event(ctx, admin, _input(**change), [squad.leader])
    assert (err.value.field, err.value.code) == (field, code)
    assert err.value.message  # a Chinese sentence with its parameters filled in
    assert counts(ctx) == before


def test_an_unknown_attendee_refuses_the_whole_form(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    before = counts(ctx)
    with pytest.raises(ValidationError) as err:
        training.record_event(ctx, admin, _input(), [squad.leader, "no-such-person"])
    assert err.value.code == "unknown_staff"
    assert counts(ctx) == before


def test_update_moves_event_credit_but_keeps_custom_credit(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    info = training.record_event(ctx, admin, _input(stated_units="2"), squad.sworn)
    training.set_attendance_credit(ctx, admin, info.id, squad.members[0], minutes=30)
    updated = training.update_event(ctx, admin, info.id, _input(stated_units="3", days="1"))
    assert updated.units_text == "3.0" and updated.attendee_count == 4
    credit = {
        a.staff_id: a.credited_seconds for a in training.event_attendance(ctx, admin, info.id)
    }
    assert credit[squad.leader] == 3 * 2700
    assert credit[squad.members[0]] == 30 * 60  # own figure kept
    # Back to the event's credit:
    back = training.set_attendance_credit(ctx, admin, info.id, squad.members[0])
    assert back.credited_seconds == 3 * 2700 and not back.custom_credit


def test_delete_tombstones_the_event_and_its_attendance(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    info = training.record_event(ctx, admin, _input(), squad.sworn)
    before = counts(ctx)
    training.delete_event(ctx, admin, info.id, "重复登记")
    after = counts(ctx)
    assert (after.events, after.attendances) == (before.events, before.attendances)  # kept
    assert after.audit == before.audit + 1
    assert training.list_events(ctx, admin, 2026) == []
    with pytest.raises(NotFound):
        training.get_event(ctx, admin, info.id)
    with ctx.db.read_session() as s:
        rows = s.scalars(select(TrainingAttendance).where(TrainingAttendance.event_id == info.id))
        assert all(r.deleted for r in rows)
    with pytest.raises(ValidationError):
        training.delete_event(ctx, admin, info.id, "")


def test_remove_and_add_back_an_attendee_reuses_the_row(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    info = training.record_event(ctx, admin, _input(), [squad.leader, squad.members[0]])
    assert training.remove_attendees(ctx, admin, info.id, [squad.members[0]]).attendee_count == 1
    before = counts(ctx)
    again = training.add_attendees(ctx, admin, info.id, [squad.members[0], squad.leader])
    assert again.attendee_count == 2
    after = counts(ctx)
    assert after.attendances == before.attendances  # the tombstoned row came back
    assert after.audit == before.audit + 1
    # Adding people already on it changes nothing and writes no audit entry.
    training.add_attendees(ctx, admin, info.id, [squad.leader])
    assert counts(ctx) == after


def test_officers_read_but_may_not_record(
    ctx: AppContext,
    admin: Actor,
    squad: Squad,
    officer_actor: Actor,
    auxiliary_actor: Actor,
) -> None:
    info = training.record_event(ctx, admin, _input(), squad.sworn)
    with pytest.raises(PermissionDenied):
        training.record_event(ctx, officer_actor, _input(), squad.sworn)
    with pytest.raises(PermissionDenied):
        training.delete_event(ctx, officer_actor, info.id, "x")
    assert [e.id for e in training.list_events(ctx, officer_actor, 2026)] == [info.id]
    with pytest.raises(PermissionDenied):
        training.list_events(ctx, auxiliary_actor, 2026)


def test_person_training_card(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    a = training.record_event(ctx, admin, _input(start_date=date(2026, 5, 1)), squad.sworn)
    b = training.record_event(
        ctx, admin, _input(title="执法文书规范制作", start_date=date(2026, 2, 1)), [squad.leader]
    )
    training.record_event(ctx, admin, _input(start_date=date(2025, 5, 1)), [squad.leader])
    card = training.person_trainings(ctx, admin, squad.leader, 2026)
    assert [(c.event.id, c.credited_seconds) for c in card] == [(b.id, 10800), (a.id, 10800)]
