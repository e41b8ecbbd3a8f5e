"""Service-level property test: no sequence of calls by random actors, with certificates
suspended and restored along the way, gets a case past the separation (办审定三分离),
certificate (持证上岗) or procedure guards. Runs on a real store."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import DomainError
from app.rules.certificates import CertAction, CertStatus
from app.rules.discretion import Tier
from app.rules.roles import Permission
from app.rules.workflow import Move, Outcome, Status
from app.services import cases, staff
from local_db.models_cases import Case, CaseHandler, CaseStep
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.conftest import FakeClock

HANDLER_CHECKED = {Move.FILE, Move.INVESTIGATE, Move.SUBMIT_REVIEW, Move.NOTIFY, Move.DECIDE}
ACTORS = 6  # leader, officer0..2, reviewer, clerk

op = st.one_of(
    st.tuples(st.just("move"), st.sampled_from([m for m in Move if m is not Move.TRANSFER]),
              st.integers(0, ACTORS - 1), st.sampled_from([Outcome.PENALTY, Outcome.NO_PENALTY]),
              st.sampled_from([0, 10000, 30000, 2_000_000])),
    st.tuples(st.just("handlers"), st.lists(st.integers(0, 4), min_size=1, max_size=3),
              st.integers(0, ACTORS - 1)),
    st.tuples(st.just("reviewer"), st.integers(0, 4), st.integers(0, ACTORS - 1)),
    st.tuples(st.just("report"), st.integers(0, ACTORS - 1)),
    st.tuples(st.just("review"), st.integers(0, ACTORS - 1), st.booleans()),
    st.tuples(st.just("cert"), st.integers(1, 3), st.sampled_from([CertAction.ORANGE,
                                                                   CertAction.LIFT])),
    st.tuples(st.just("hearing_held"), st.integers(0, ACTORS - 1)),
    st.tuples(st.just("pay"), st.integers(0, ACTORS - 1)),
    st.tuples(st.just("days"), st.integers(1, 12)),
)


def _steps(ctx: AppContext, case_id: str) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(func.count()).select_from(CaseStep)
                        .where(CaseStep.case_id == case_id)) or 0


def _state(ctx: AppContext, case_id: str) -> tuple[Case, list[str]]:
    with ctx.db.read_session() as s:
        c = s.get(Case, case_id)
        assert c is not None
        hs = list(s.scalars(select(CaseHandler.staff_id).where(
            CaseHandler.case_id == case_id, CaseHandler.deleted.is_(False))))
        return c, hs


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=1, max_size=18))
def test_no_call_sequence_bypasses_the_guards(cctx: AppContext, squad: Squad, clock: FakeClock,
                                              ops: list[tuple[Any, ...]]) -> None:
    actors = [squad.leader, *squad.officers, squad.reviewer, squad.clerk]
    staff_ids = [squad.leader_id, *squad.officer_ids, squad.reviewer_id]
    actor_staff = {a.user_id: sid for a, sid in zip(actors, [*staff_ids, None], strict=True)}
    for sid in squad.officer_ids:  # every example starts with valid certificates
        if staff.get_staff(cctx, sid).cert_status is CertStatus.ORANGE:
            staff.apply_certificate_action(cctx, squad.admin, sid, CertAction.LIFT, reason="恢复")
    ref = register(cctx, squad, act_at=clock.now(), discovered_on=clock.today())
    summary = cases.quick_summary_case(cctx, squad.officers[0], cases.SummaryInput(
        party=cases.PartyInput(cases.PartyType.CITIZEN, "吴建国"), place="孝顺村", act_at=clock.now(),
        item_code="WT-001", facts="违停", fine_fen=5000, handler_ids=(squad.officer_ids[0],)))
    for o in ops:
        kind = o[0]
        try:
            if kind == "move":
                _, mv, who, outcome, fine = o
                actor = actors[who]
                before = _state(cctx, ref.id)[0].status
                n_steps = _steps(cctx, ref.id)
                today = clock.today()
                try:
                    cases.move(cctx, actor, ref.id, mv, cases.MoveRequest(
                        outcome, fine if outcome is Outcome.PENALTY else 0, tier=Tier.GENERAL,
                        reasons="说理" if fine > 20000 else None))
                except DomainError:
                    assert _steps(cctx, ref.id) == n_steps and _state(cctx, ref.id)[0].status == before
                    raise
                case, handlers = _state(cctx, ref.id)
                me = actor_staff[actor.user_id]
                # separation, on every successful move
                assert case.reviewer_id not in handlers
                if case.decider_id:
                    assert case.decider_id not in handlers and case.decider_id != case.reviewer_id
                # certificates: every handler may act today for the checked moves
                if mv in HANDLER_CHECKED:
                    assert all(staff.may_handle_case(cctx, h, today).ok for h in handlers)
                if mv is Move.INVESTIGATE:
                    assert sum(staff.may_handle_case(cctx, h, today).ok for h in handlers) >= 2
                if mv in cases.HANDLER_MOVES:
                    assert me in handlers and staff.may_handle_case(cctx, me, today).ok
                if mv in (Move.FILE, Move.DECIDE, Move.CLOSE):
                    assert actor.can(Permission.DECIDE_CASES)
                if mv is Move.DECIDE and case.outcome == Outcome.PENALTY.value:
                    assert not case.first_offence
                    if case.fine_fen >= cases.major_fine_fen(cctx):
                        assert case.review_passed
            elif kind == "handlers":
                cases.assign_handlers(cctx, actors[o[2]], ref.id, [staff_ids[i] for i in o[1]])
            elif kind == "reviewer":
                cases.assign_reviewer(cctx, actors[o[2]], ref.id, staff_ids[o[1]])
            elif kind == "report":
                cases.record_investigation_report(cctx, actors[o[1]], ref.id, "调查终结。")
            elif kind == "review":
                cases.record_review(cctx, actors[o[1]], ref.id, passed=o[2], opinion="意见")
            elif kind == "cert":
                staff.apply_certificate_action(cctx, squad.admin, squad.officer_ids[o[1] - 1],
                                               o[2], reason="测试")
            elif kind == "hearing_held":
                cases.record_hearing_held(cctx, actors[o[1]], ref.id, "听证")
            elif kind == "pay":
                case = _state(cctx, ref.id)[0]
                cases.record_payment(cctx, actors[o[1]], ref.id, max(case.fine_fen, 1),
                                     clock.today())
            elif kind == "days":
                clock.advance(days=o[1])
        except DomainError:
            pass
        # the summary case never moves, whoever asks
        for mv in (Move.CLOSE, Move.DECIDE, Move.ARCHIVE):
            try:
                cases.move(cctx, squad.leader, summary.id, mv)
                raise AssertionError("a summary case moved")
            except DomainError:
                pass
    final = _state(cctx, ref.id)[0]
    assert Status(final.status) in Status
    assert final.discovered_on <= date(2100, 1, 1)
