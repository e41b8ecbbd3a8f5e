"""The general workflow through the services on a real store: steps recorded with who/when,
deadlines stored per step, refusals joined and nothing written, 办审定三分离, 持证上岗."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import DomainError
from app.rules.certificates import CertAction
from app.rules.deadlines import Deadline
from app.rules.discretion import Tier
from app.rules.workflow import Move, Outcome, Status
from app.services import case_deadlines, case_search, cases, staff
from local_db.models import AuditLog
from local_db.models_cases import CaseStep
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.conftest import FakeClock


def _counts(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.read_session() as s:
        return (s.scalar(select(func.count()).select_from(AuditLog)) or 0,
                s.scalar(select(func.count()).select_from(CaseStep)) or 0)


def test_full_general_workflow(cctx: AppContext, squad: Squad, clock: FakeClock) -> None:
    ref = register(cctx, squad)
    assert ref.number == "孝顺镇综执立〔2026〕第1号"
    [filing] = case_deadlines.case_deadlines(cctx, ref.id)
    assert filing.kind is Deadline.FILING and filing.met_at is None
    cases.assign_reviewer(cctx, squad.leader, ref.id, squad.reviewer_id)
    cases.move(cctx, squad.leader, ref.id, Move.FILE)
    cases.move(cctx, squad.officers[0], ref.id, Move.INVESTIGATE)
    cases.record_investigation_report(cctx, squad.officers[1], ref.id, "事实清楚，证据确凿。")
    cases.move(cctx, squad.officers[0], ref.id, Move.SUBMIT_REVIEW)
    cases.record_review(cctx, squad.reviewer, ref.id, passed=True, opinion="同意。")
    cases.move(cctx, squad.officers[0], ref.id, Move.NOTIFY)
    # the party's 5-working-day window is open: no penalty decision yet
    with pytest.raises(DomainError) as exc:
        cases.move(cctx, squad.leader, ref.id, Move.DECIDE,
                   cases.MoveRequest(Outcome.PENALTY, 10000, tier=Tier.GENERAL))
    assert "hearing_window_open" in exc.value.params["codes"]
    clock.advance(days=10)
    # 300 yuan is outside the 一般 range (50–200 yuan): reasons needed
    with pytest.raises(DomainError) as exc:
        cases.move(cctx, squad.leader, ref.id, Move.DECIDE,
                   cases.MoveRequest(Outcome.PENALTY, 30000, tier=Tier.GENERAL))
    assert exc.value.params["codes"] == ["reasons_required"]
    cases.move(cctx, squad.leader, ref.id, Move.DECIDE,
               cases.MoveRequest(Outcome.PENALTY, 30000, tier=Tier.GENERAL,
                                 reasons="当事人此前两次被劝导仍拒不改正。"))
    cases.move(cctx, squad.officers[0], ref.id, Move.SERVE)
    cases.move(cctx, squad.officers[0], ref.id, Move.START_EXECUTION)
    with pytest.raises(DomainError, match="罚款尚未缴清"):
        cases.move(cctx, squad.leader, ref.id, Move.CLOSE)
    cases.record_payment(cctx, squad.officers[0], ref.id, 30000, clock.today())
    cases.move(cctx, squad.leader, ref.id, Move.CLOSE)
    cases.move(cctx, squad.officers[0], ref.id, Move.ARCHIVE)
    d = case_search.case_detail(cctx, ref.id)
    assert d.status is Status.ARCHIVED and d.reasons and d.benchmark_version == "2025.1"
    assert [s.move for s in d.steps] == [
        "register", "file", "investigate", "investigation_report", "submit_review", "review",
        "notify", "decide", "serve", "start_execution", "close", "archive"]
    assert d.steps[1].by_name == "张队长" and d.decider == "张队长" and d.reviewer == "陈静"
    kinds = {x.kind: x for x in d.deadlines}
    assert set(kinds) == {Deadline.FILING, Deadline.DECISION, Deadline.HEARING_REQUEST,
                          Deadline.SERVICE, Deadline.PAYMENT}
    assert all(x.met_at is not None for x in d.deadlines)
    # filed 2026-11-23 (Monday) + 90 days = 2027-02-21: a Sunday in the 2027 Spring Festival
    # period; no 2027 data may exist yet, so it is either exact or marked provisional
    dec = kinds[Deadline.DECISION]
    assert dec.due_on >= date(2027, 2, 21)
    assert d.timeline[0].action == "case.register" and d.timeline[-1].action == "case.archive"


def test_refusals_are_joined_and_nothing_is_written(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad, handlers=(squad.officer_ids[0],))
    before = _counts(cctx)
    with pytest.raises(DomainError) as exc:
        cases.move(cctx, squad.officers[0], ref.id, Move.FILE)  # an officer cannot approve
    assert exc.value.code == "permission_denied"
    cases.move(cctx, squad.leader, ref.id, Move.FILE)
    mid = _counts(cctx)
    with pytest.raises(DomainError) as exc:
        cases.move(cctx, squad.officers[0], ref.id, Move.INVESTIGATE)  # one handler only
    assert exc.value.params["codes"] == ["too_few_investigators"]
    assert _counts(cctx) == mid and mid != before


def test_separation_of_handler_reviewer_decider(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    with pytest.raises(DomainError, match="三分离"):
        cases.assign_reviewer(cctx, squad.leader, ref.id, squad.officer_ids[0])
    cases.assign_reviewer(cctx, squad.leader, ref.id, squad.reviewer_id)
    with pytest.raises(DomainError, match="三分离"):
        cases.assign_handlers(cctx, squad.officers[0], ref.id,
                              [squad.officer_ids[0], squad.reviewer_id])


def test_suspended_handler_blocks_every_handler_move(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    cases.move(cctx, squad.leader, ref.id, Move.FILE)
    staff.apply_certificate_action(cctx, squad.admin, squad.officer_ids[1], CertAction.ORANGE,
                                   reason="暂扣")
    with pytest.raises(DomainError) as exc:
        cases.move(cctx, squad.officers[0], ref.id, Move.INVESTIGATE)
    assert {"handler_not_certified", "too_few_investigators"} <= set(exc.value.params["codes"])
    with pytest.raises(DomainError, match="暂扣"):
        cases.assign_handlers(cctx, squad.officers[0], ref.id, squad.officer_ids[1:])


def test_first_offence_case_only_gets_no_penalty(cctx: AppContext, squad: Squad,
                                                 clock: FakeClock) -> None:
    ref = register(cctx, squad, facts={"area_m2": 3, "first_offence": True, "corrected": True})
    cases.move(cctx, squad.leader, ref.id, Move.FILE)
    cases.move(cctx, squad.officers[0], ref.id, Move.INVESTIGATE)
    cases.record_investigation_report(cctx, squad.officers[0], ref.id, "首次违法，已当场改正。")
    cases.move(cctx, squad.officers[0], ref.id, Move.NOTIFY)
    clock.advance(days=10)
    with pytest.raises(DomainError) as exc:
        cases.move(cctx, squad.leader, ref.id, Move.DECIDE,
                   cases.MoveRequest(Outcome.PENALTY, 5000, tier=Tier.MINOR))
    assert "first_offence_no_penalty" in exc.value.params["codes"]
    out = cases.move(cctx, squad.leader, ref.id, Move.DECIDE, cases.MoveRequest(Outcome.NO_PENALTY))
    assert out.status is Status.DECIDED


def test_major_decision_needs_review(cctx: AppContext, squad: Squad, clock: FakeClock) -> None:
    ref = register(cctx, squad, item="JS-001", facts={"cost_yuan": 800000},
                   text="未取得规划许可建设厂房约 600 平方米。")
    cases.move(cctx, squad.leader, ref.id, Move.FILE)
    cases.move(cctx, squad.officers[0], ref.id, Move.INVESTIGATE)
    cases.record_investigation_report(cctx, squad.officers[0], ref.id, "查明违法建设。")
    cases.move(cctx, squad.officers[0], ref.id, Move.NOTIFY)  # no review: fine not yet set
    clock.advance(days=10)
    with pytest.raises(DomainError) as exc:
        cases.move(cctx, squad.leader, ref.id, Move.DECIDE,
                   cases.MoveRequest(Outcome.PENALTY, 6_000_000_00 // 100, tier=Tier.SEVERE))
    assert "review_required" in exc.value.params["codes"]


def test_decision_deadline_follows_pauses_and_extension(cctx: AppContext, squad: Squad,
                                                        clock: FakeClock) -> None:
    ref = register(cctx, squad)
    cases.move(cctx, squad.leader, ref.id, Move.FILE)
    due0 = next(d for d in case_deadlines.case_deadlines(cctx, ref.id)
                if d.kind is Deadline.DECISION).due_on
    cases.start_pause(cctx, squad.officers[0], ref.id, cases.PauseKind.APPRAISAL, "送检")
    clock.advance(days=10)
    cases.end_pause(cctx, squad.officers[0], ref.id, cases.PauseKind.APPRAISAL)
    cases.approve_extension(cctx, squad.leader, ref.id, 30, "案情复杂")
    due1 = next(d for d in case_deadlines.case_deadlines(cctx, ref.id)
                if d.kind is Deadline.DECISION).due_on
    assert (due1 - due0).days >= 40 - 3  # 10 paused + 30 extension (weekend roll-over aside)
