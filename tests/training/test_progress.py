"""Yearly progress from the store: edges, year boundaries, own trainings, rotation, forecast,
assessments, certificate alerts and the handler guard, the report reminder."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.context import Actor, AppContext
from app.errors import PermissionDenied, ValidationError
from app.rules.certificates import CertAction, Ineligible, StaffPosition
from app.rules.training import (
    AssessmentResult,
    CertAlertLevel,
    OrganiserLevel,
    OwnTrainingKind,
    ReportReminderLevel,
    Requirement,
    TrainingCategory,
    TrainingMode,
)
from app.services import staff, training

from .conftest import Squad, add_officer, counts

OWN, CTY, SUP = OrganiserLevel.OWN_UNIT, OrganiserLevel.COUNTY, OrganiserLevel.SUPERIOR


def record(
    ctx: AppContext,
    admin: Actor,
    people: list[str],
    *,
    start: date = date(2026, 4, 1),
    end: date | None = None,
    level: OrganiserLevel = OWN,
    category: TrainingCategory = TrainingCategory.BUSINESS,
    mode: TrainingMode = TrainingMode.OFFLINE,
    units: str | None = None,
    minutes: int | None = None,
    days: str | None = None,
    concentrated: bool | None = None,
    title: str = "业务培训",
) -> training.EventInfo:
    if units is None and minutes is None:
        units = "1"
    return training.record_event(
        ctx,
        admin,
        training.EventInput(
            title=title,
            organiser_level=level,
            category=category,
            mode=mode,
            start_date=start,
            end_date=end,
            days=days,
            stated_units=units,
            duration_minutes=minutes,
            concentrated=concentrated,
        ),
        people,
    )


def progress(ctx: AppContext, admin: Actor, year: int = 2026) -> dict[str, training.PersonProgress]:
    return {p.staff_id: p for p in training.year_progress(ctx, admin, year)}


def test_2696_minutes_misses_and_2700_meets_the_60_units(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    short, exact = squad.members[0], squad.members[1]
    record(ctx, admin, [short], minutes=2696, mode=TrainingMode.ONLINE)
    record(ctx, admin, [exact], minutes=2700, mode=TrainingMode.ONLINE)
    rows = progress(ctx, admin)
    assert rows[short].counted_units_text == "59.9" and not rows[short].verdict.units_ok
    assert rows[exact].counted_units_text == "60.0" and rows[exact].verdict.units_ok


def test_59_9_stated_units_miss_and_60_meet(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    a, b = squad.members[0], squad.members[1]
    record(ctx, admin, [a, b], units="30", mode=TrainingMode.ONLINE)
    record(ctx, admin, [a], units="29.9", mode=TrainingMode.ONLINE, title="下半年网络培训")
    record(ctx, admin, [b], units="30", mode=TrainingMode.ONLINE, title="下半年网络培训 B")
    rows = progress(ctx, admin)
    assert (rows[a].counted_units_text, rows[a].verdict.units_ok) == ("59.9", False)
    assert (rows[b].counted_units_text, rows[b].verdict.units_ok) == ("60.0", True)


def test_44_45_46_minutes_add_up_exactly(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    who = squad.members[0]
    for m in (44, 45, 46):
        record(ctx, admin, [who], minutes=m, title=f"{m} 分钟微课", mode=TrainingMode.ONLINE)
    tally = progress(ctx, admin)[who].tally
    assert tally.counted_seconds == (44 + 45 + 46) * 60
    assert progress(ctx, admin)[who].counted_units_text == "3.0"


def test_only_law_business_and_skills_count_towards_60(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    who = squad.members[0]
    record(ctx, admin, [who], units="50", category=TrainingCategory.SKILLS)
    record(ctx, admin, [who], units="20", category=TrainingCategory.ETHICS, title="廉政教育")
    row = progress(ctx, admin)[who]
    assert (row.counted_units_text, row.total_units_text) == ("50.0", "70.0")
    assert not row.verdict.units_ok


def test_leader_with_9_days_misses_and_10_days_meets(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    leader = squad.leader
    record(ctx, admin, [leader], level=CTY, start=date(2026, 3, 1), end=date(2026, 3, 4), days="4")
    record(ctx, admin, [leader], start=date(2026, 4, 1), end=date(2026, 4, 3), days="2.5")
    record(ctx, admin, [leader], start=date(2026, 5, 1), end=date(2026, 5, 3), days="2.5")
    verdict = progress(ctx, admin)[leader].verdict
    days = verdict.check(Requirement.CONCENTRATED_DAYS)
    assert days is not None and (days.actual, days.ok) == (90, False)
    assert verdict.check(Requirement.SUPERIOR_CONCENTRATED).ok  # type: ignore[union-attr]
    assert verdict.check(Requirement.OWN_UNIT_CONCENTRATED).ok  # type: ignore[union-attr]
    # An online course adds no days; a concentrated one-day training does.
    record(ctx, admin, [leader], mode=TrainingMode.ONLINE, start=date(2026, 6, 1), title="网课")
    assert not progress(ctx, admin)[leader].verdict.check(Requirement.CONCENTRATED_DAYS).ok  # type: ignore[union-attr]
    record(ctx, admin, [leader], start=date(2026, 6, 2), title="一天集中培训")
    days = progress(ctx, admin)[leader].verdict.check(Requirement.CONCENTRATED_DAYS)
    assert days is not None and (days.actual, days.ok) == (100, True)


def test_the_county_counts_as_a_superior_organiser_and_online_is_not_concentrated(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    leader = squad.leader
    record(ctx, admin, [leader], level=SUP, mode=TrainingMode.ONLINE, title="省网络培训")
    tally = progress(ctx, admin)[leader].tally
    assert (tally.superior_concentrated, tally.concentrated) == (0, 0)
    record(ctx, admin, [leader], level=CTY, title="县集中轮训")
    tally = progress(ctx, admin)[leader].tally
    assert (tally.superior_concentrated, tally.own_unit_concentrated) == (1, 0)
    # A training marked concentrated on the form counts whatever its mode.
    record(ctx, admin, [leader], mode=TrainingMode.ONLINE, concentrated=True, title="集中线上学习")
    assert progress(ctx, admin)[leader].tally.own_unit_concentrated == 1


def test_member_with_2_trainings_misses_and_3_meets(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    who = squad.members[0]
    record(ctx, admin, [who], start=date(2026, 3, 1), end=date(2026, 3, 2), title="一")
    record(ctx, admin, [who], level=CTY, start=date(2026, 4, 1), end=date(2026, 4, 3), title="二")
    verdict = progress(ctx, admin)[who].verdict
    assert [c.requirement for c in verdict.shortfalls] == [
        Requirement.ANNUAL_UNITS,
        Requirement.CONCENTRATED,
    ]
    record(ctx, admin, [who], level=SUP, start=date(2026, 5, 1), days="0.5", title="三")
    verdict = progress(ctx, admin)[who].verdict
    assert verdict.role_rule_ok  # 3 trainings, 5.5 days


def test_a_training_across_new_year_counts_in_the_year_it_starts(
    ctx: AppContext, admin: Actor, squad: Squad
) -> None:
    who = squad.members[0]
    record(ctx, admin, [who], start=date(2025, 12, 30), end=date(2026, 1, 2), units="20")
    record(ctx, admin, [who], start=date(2026, 1, 1), units="1", title="元旦")
    record(ctx, admin, [who], start=date(2026, 12, 31), units="2", title="除夕前")
    record(ctx, admin, [who], start=date(2027, 1, 1), units="4", title="明年")
    assert progress(ctx, admin, 2025)[who].tally.counted_seconds == 20 * 2700
    assert progress(ctx, admin, 2025)[who].tally.concentrated_days_tenths == 40
    assert progress(ctx, admin, 2026)[who].tally.counted_seconds == 3 * 2700
    assert [e.title for e in training.list_events(ctx, admin, 2026)] == ["元旦", "除夕前"]


def test_who_is_in_the_progress_list(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    left_trained = add_officer(ctx, admin, "赵退休")
    left_untrained = add_officer(ctx, admin, "钱调走")
    record(ctx, admin, [left_trained, squad.auxiliary])
    staff.set_staff_active(ctx, admin, left_trained, False, "退休")
    staff.set_staff_active(ctx, admin, left_untrained, False, "调走")
    rows = training.year_progress(ctx, admin, 2026)
    ids = [r.staff_id for r in rows]
    assert ids[0] == squad.leader  # leaders first
    assert set(ids) == {*squad.sworn, left_trained}  # no auxiliaries, no idle leavers
    assert not next(r for r in rows if r.staff_id == left_trained).active


def test_squad_own_trainings(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    people = squad.sworn
    record(ctx, admin, people, category=TrainingCategory.PUBLIC_LAW, title="法律讲座")
    record(ctx, admin, people, category=TrainingCategory.SKILLS, title="文书制作")
    record(ctx, admin, people, category=TrainingCategory.BUSINESS, level=CTY, title="县业务")
    record(ctx, admin, people, category=TrainingCategory.ETHICS, title="廉政教育")
    record(ctx, admin, people, category=TrainingCategory.PHYSICAL, title="队列训练")
    record(ctx, admin, people, category=TrainingCategory.PHYSICAL, title="体能测试")
    record(
        ctx, admin, people, category=TrainingCategory.ETHICS, start=date(2025, 6, 1), title="去年"
    )
    own = training.squad_own_trainings(ctx, admin, 2026)
    by_kind = {i.kind: i for i in own.items}
    assert sorted(by_kind[OwnTrainingKind.BUSINESS].titles) == sorted(("法律讲座", "文书制作"))
    assert by_kind[OwnTrainingKind.BUSINESS].ok
    assert (by_kind[OwnTrainingKind.ETHICS].count, by_kind[OwnTrainingKind.ETHICS].ok) == (1, False)
    assert by_kind[OwnTrainingKind.PHYSICAL].ok
    assert not own.ok


def test_first_rotation_against_a_configurable_deadline(
    ctx: AppContext, admin: Actor, squad: Squad, officer_actor: Actor
) -> None:
    leader, a, b, c = squad.sworn
    record(ctx, admin, [leader, a], start=date(2024, 5, 10))
    record(ctx, admin, [b], start=date(2024, 9, 1))
    record(ctx, admin, [c], start=date(2024, 3, 1), mode=TrainingMode.ONLINE)  # not concentrated
    status = training.first_rotation_status(ctx, admin)
    assert status.deadline == date(2024, 6, 30)  # default (001: June 2024)
    assert {r.staff_id for r in status.on_time} == {leader, a}
    assert [r.staff_id for r in status.late] == [b]
    assert [r.staff_id for r in status.untrained] == [c]
    assert not status.complete and status.overdue
    with pytest.raises(PermissionDenied):
        training.set_rotation_deadline(ctx, officer_actor, date(2024, 12, 31))
    before = counts(ctx)
    training.set_rotation_deadline(ctx, admin, date(2024, 12, 31))
    assert counts(ctx).audit == before.audit + 1
    status = training.first_rotation_status(ctx, admin)
    assert status.deadline == date(2024, 12, 31) and not status.late
    record(ctx, admin, [c], start=date(2024, 12, 1))
    assert training.first_rotation_status(ctx, admin).complete


def test_forecast_from_the_store(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    leader, a, *_ = squad.sworn
    record(ctx, admin, [leader], units="40", start=date(2026, 3, 1))
    record(ctx, admin, [a], units="20", start=date(2026, 3, 1))
    rows = {r.staff_id: r for r in training.forecast(ctx, admin, 2026, date(2026, 6, 30))}
    assert not rows[leader].will_miss  # 40 by end of June: on pace for 80
    assert rows[a].will_miss
    # 40 学时 missing over the 6 months left: 6.7 学时 a month.
    assert rows[a].forecast.needed_seconds_per_month == 40 * 2700 * 365 // (184 * 12) + 1
    assert rows[squad.members[2]].forecast.counted_seconds == 0


def test_assessments_and_the_exit_flag(
    ctx: AppContext, admin: Actor, squad: Squad, officer_actor: Actor
) -> None:
    who = squad.members[0]
    before = counts(ctx)
    training.record_assessment(ctx, admin, who, 2024, AssessmentResult.FAIL)
    training.record_assessment(ctx, admin, who, 2025, AssessmentResult.FAIL, "年度考核不合格")
    training.record_assessment(ctx, admin, squad.members[1], 2025, AssessmentResult.FAIL)
    after = counts(ctx)
    assert (after.assessments - before.assessments, after.audit - before.audit) == (3, 3)
    flags = training.exit_flags(ctx, admin)
    assert [(f.staff_id, f.years) for f in flags] == [(who, (2024, 2025))]
    # Correcting a result updates the same row and lifts the flag.
    training.record_assessment(ctx, admin, who, 2024, AssessmentResult.BASIC_PASS)
    assert counts(ctx).assessments == after.assessments
    assert training.exit_flags(ctx, admin) == []
    results = training.list_assessments(ctx, admin, staff_id=who)
    assert [(r.year, r.result) for r in results] == [
        (2024, AssessmentResult.BASIC_PASS),
        (2025, AssessmentResult.FAIL),
    ]
    with pytest.raises(ValidationError):
        training.record_assessment(ctx, admin, who, 2027, AssessmentResult.PASS)  # future year
    with pytest.raises(PermissionDenied):
        training.record_assessment(ctx, officer_actor, who, 2025, AssessmentResult.PASS)


def test_certificate_alerts_and_actions_change_the_handler_guard(
    ctx: AppContext, admin: Actor
) -> None:
    today = ctx.clock.today()
    soon = add_officer(ctx, admin, "周快到", expires=today + timedelta(days=60))
    sooner = add_officer(ctx, admin, "吴更快", expires=today + timedelta(days=30))
    later = add_officer(ctx, admin, "郑还早", expires=today + timedelta(days=61))
    gone = add_officer(ctx, admin, "冯过期", expires=today - timedelta(days=1))
    alerts = training.certificate_alerts(ctx, admin)
    assert [(a.staff_id, a.level, a.days_left) for a in alerts] == [
        (gone, CertAlertLevel.EXPIRED, -1),
        (sooner, CertAlertLevel.WITHIN_30, 30),
        (soon, CertAlertLevel.WITHIN_60, 60),
    ]
    assert later not in {a.staff_id for a in alerts}

    # Expired: the guard says no; renewing clears both the alert and the refusal.
    assert staff.may_handle_case(ctx, gone).reasons == (Ineligible.EXPIRED,)
    staff.apply_certificate_action(
        ctx, admin, gone, CertAction.RENEW, reason="换证", expires_on=today + timedelta(days=1800)
    )
    assert staff.may_handle_case(ctx, gone).ok
    assert gone not in {a.staff_id for a in training.certificate_alerts(ctx, admin)}

    # Suspended (orange): still alerted, may not handle; lifted: may again. Red: no alert.
    staff.apply_certificate_action(ctx, admin, sooner, CertAction.ORANGE, reason="暂扣")
    assert staff.may_handle_case(ctx, sooner).reasons == (Ineligible.SUSPENDED,)
    staff.apply_certificate_action(ctx, admin, sooner, CertAction.LIFT, reason="解除")
    assert staff.may_handle_case(ctx, sooner).ok
    staff.apply_certificate_action(ctx, admin, soon, CertAction.YELLOW, reason="警告")
    assert staff.may_handle_case(ctx, soon).ok and staff.may_handle_case(ctx, soon).flagged
    staff.apply_certificate_action(ctx, admin, soon, CertAction.RED, reason="注销")
    assert not staff.may_handle_case(ctx, soon).ok
    assert [a.staff_id for a in training.certificate_alerts(ctx, admin)] == [sooner]


def test_report_reminder_follows_the_clock_and_the_submitted_mark(
    ctx: AppContext, admin: Actor, clock: object
) -> None:
    reminder = training.report_due_reminder(ctx)  # the test clock stands at 2026-11-23
    assert (reminder.level, reminder.days_left) == (ReportReminderLevel.DUE, 7)
    clock.advance(days=10)  # type: ignore[attr-defined]
    assert training.report_due_reminder(ctx).level is ReportReminderLevel.OVERDUE
    before = counts(ctx)
    training.mark_report_submitted(ctx, admin, 2026)
    assert counts(ctx).audit == before.audit + 1
    assert training.report_due_reminder(ctx).level is ReportReminderLevel.NONE
    assert training.report_submitted(ctx, 2026) == date(2026, 12, 3)
    assert training.report_due_reminder(ctx, date(2027, 11, 2)).level is ReportReminderLevel.DUE


def test_position_is_taken_from_the_register(ctx: AppContext, admin: Actor, squad: Squad) -> None:
    rows = progress(ctx, admin)
    assert rows[squad.leader].position is StaffPosition.LEADER
    assert rows[squad.members[0]].position is StaffPosition.MEMBER
