"""Case workflow guards: 办审定三分离, 持证上岗, summary limits, review, hearing, deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.workflow import (
    MOVES,
    CaseSnapshot,
    Move,
    MoveInput,
    Outcome,
    PartyType,
    Person,
    Procedure,
    Status,
    check_move,
    summary_allowed,
)

A = Person("a", True)
B = Person("b", True)
SUSPENDED = Person("s", False)
TODAY = date(2026, 11, 23)


def _case(**kw: object) -> CaseSnapshot:
    base = CaseSnapshot(
        procedure=Procedure.GENERAL,
        status=Status.RECEIVED,
        party_type=PartyType.CITIZEN,
        handlers=(A, B),
        filed_on=date(2026, 11, 1),
        decision_due=date(2027, 1, 30),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_summary_limits_at_their_edges() -> None:
    assert summary_allowed(PartyType.CITIZEN, 200_00, False) is None
    assert summary_allowed(PartyType.CITIZEN, 200_01, False) is not None
    assert summary_allowed(PartyType.ORGANISATION, 3000_00, False) is None
    assert summary_allowed(PartyType.ORGANISATION, 3000_01, False) is not None
    assert summary_allowed(PartyType.CITIZEN, 999_999_00, True) is None  # warning only


def test_filing_needs_leader_and_certified_handler() -> None:
    assert not check_move(_case(), Move.FILE, MoveInput("x", actor_is_leader=False)).allowed
    assert check_move(_case(), Move.FILE, MoveInput("x", actor_is_leader=True)).target is Status.FILED
    bad = check_move(_case(handlers=(A, SUSPENDED)), Move.FILE, MoveInput("x", actor_is_leader=True))
    assert not bad.allowed and bad.refusals[0].code == "handler_not_certified"
    late = check_move(_case(within_limitation=False), Move.FILE, MoveInput("x", actor_is_leader=True))
    assert "limitation_passed" in {r.code for r in late.refusals}


def test_investigation_needs_two_certified_officers() -> None:
    one = check_move(_case(status=Status.FILED, handlers=(A,)), Move.INVESTIGATE, MoveInput("a"))
    assert {r.code for r in one.refusals} == {"too_few_investigators"}
    assert check_move(_case(status=Status.FILED), Move.INVESTIGATE, MoveInput("a")).allowed


def test_three_way_separation_on_review_and_decision() -> None:
    c = _case(status=Status.INVESTIGATING, investigation_report=True, reviewer_id="a")
    assert "reviewer_is_handler" in {r.code for r in check_move(c, Move.SUBMIT_REVIEW, MoveInput("a")).refusals}
    d = _case(status=Status.NOTIFIED, reviewer_id="r", review_passed=True, investigation_report=True)
    mv = MoveInput("r", actor_is_leader=True, outcome=Outcome.PENALTY, fine_fen=500_00, today=TODAY)
    assert "decider_is_reviewer" in {r.code for r in check_move(d, Move.DECIDE, mv).refusals}
    mv2 = replace(mv, actor_staff_id="b")
    assert "decider_is_handler" in {r.code for r in check_move(d, Move.DECIDE, mv2).refusals}
    ok = replace(mv, actor_staff_id="leader")
    assert check_move(d, Move.DECIDE, ok).allowed


def test_major_decision_needs_review() -> None:
    c = _case(status=Status.INVESTIGATING, investigation_report=True, fine_fen=20_000_00)
    assert "review_required" in {r.code for r in check_move(c, Move.NOTIFY, MoveInput("a")).refusals}
    small = replace(c, fine_fen=500_00)
    assert check_move(small, Move.NOTIFY, MoveInput("a")).allowed


def test_first_offence_only_no_penalty() -> None:
    c = _case(status=Status.NOTIFIED, first_offence_exempt=True, investigation_report=True)
    pen = MoveInput("L", actor_is_leader=True, outcome=Outcome.PENALTY, fine_fen=100_00, today=TODAY)
    assert "first_offence_no_penalty" in {r.code for r in check_move(c, Move.DECIDE, pen).refusals}
    assert check_move(c, Move.DECIDE, replace(pen, outcome=Outcome.NO_PENALTY, fine_fen=0)).allowed


def test_decision_after_90_days_refused() -> None:
    c = _case(status=Status.NOTIFIED, decision_due=date(2026, 11, 22))
    mv = MoveInput("L", actor_is_leader=True, outcome=Outcome.NO_PENALTY, today=TODAY)
    assert "decision_overdue" in {r.code for r in check_move(c, Move.DECIDE, mv).refusals}


def test_hearing_pending_blocks_decision() -> None:
    c = _case(status=Status.HEARING, hearing_requested=True, review_passed=True)
    mv = MoveInput("L", actor_is_leader=True, outcome=Outcome.PENALTY, fine_fen=100_00, today=TODAY)
    assert "hearing_pending" in {r.code for r in check_move(c, Move.DECIDE, mv).refusals}


def test_summary_cases_have_no_workflow() -> None:
    c = _case(procedure=Procedure.SUMMARY)
    assert not check_move(c, Move.FILE, MoveInput("L", actor_is_leader=True)).allowed


people = st.sampled_from([A, B, SUSPENDED, Person("r", True), Person("L", True, True)])


@settings(max_examples=300, deadline=None)
@given(
    handlers=st.lists(people, min_size=0, max_size=3, unique=True).map(tuple),
    reviewer=st.sampled_from([None, "a", "b", "r", "L"]),
    moves=st.lists(
        st.tuples(
            st.sampled_from(list(Move)),
            st.sampled_from(["a", "b", "r", "L", "s"]),
            st.booleans(),
            st.sampled_from(list(Outcome)),
        ),
        max_size=14,
    ),
    first=st.booleans(),
)
def test_no_sequence_of_moves_bypasses_the_guards(
    handlers: tuple[Person, ...],
    reviewer: str | None,
    moves: list[tuple[Move, str, bool, Outcome]],
    first: bool,
) -> None:
    case = _case(
        handlers=handlers,
        reviewer_id=reviewer,
        investigation_report=True,
        review_passed=True,
        first_offence_exempt=first,
    )
    for move, who, leader, outcome in moves:
        mv = MoveInput(who, actor_is_leader=leader, outcome=outcome, fine_fen=100_00, today=TODAY, transfer_reason="x")
        result = check_move(case, move, mv)
        if not result.allowed:
            continue
        assert case.status in MOVES[move][0]
        if move in (Move.FILE, Move.INVESTIGATE, Move.SUBMIT_REVIEW, Move.NOTIFY, Move.DECIDE):
            assert all(p.may_handle for p in case.handlers)
        if move is Move.INVESTIGATE:
            assert sum(p.may_handle for p in handlers) >= 2
        if move is Move.DECIDE:
            ids = {p.staff_id for p in handlers}
            assert leader and who not in ids and who != reviewer
            assert not (first and outcome is Outcome.PENALTY)
        case = replace(case, status=result.target)  # type: ignore[arg-type]
