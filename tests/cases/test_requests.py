"""Department opinions, hearing scheduling and transfer feedback on the working-day calendar:
due dates across the National Day holiday, met when registered, a too-short hearing notice
refused with nothing written, overdue requests on the attention list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import DomainError, PermissionDenied, ValidationError
from app.rules.deadlines import Deadline, Urgency
from app.rules.workdays import add_working_days
from app.rules.workflow import Move
from app.services import case_deadlines, case_requests, case_transfers, cases, reference_data
from local_db.models import AuditLog
from local_db.models_cases import CaseDeadline, CaseStep
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.conftest import FakeClock


def _counts(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.db.read_session() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (AuditLog, CaseStep, CaseDeadline))


def _one(ctx: AppContext, case_id: str, kind: Deadline) -> case_deadlines.DeadlineInfo:
    [d] = [x for x in case_deadlines.case_deadlines(ctx, case_id) if x.kind is kind]
    return d


def _to_hearing(ctx: AppContext, squad: Squad) -> str:
    ref = register(ctx, squad)
    cases.assign_reviewer(ctx, squad.leader, ref.id, squad.reviewer_id)
    cases.move(ctx, squad.leader, ref.id, Move.FILE)
    cases.move(ctx, squad.officers[0], ref.id, Move.INVESTIGATE)
    cases.record_investigation_report(ctx, squad.officers[1], ref.id, "事实清楚，证据确凿。")
    cases.move(ctx, squad.officers[0], ref.id, Move.SUBMIT_REVIEW)
    cases.record_review(ctx, squad.reviewer, ref.id, passed=True, opinion="同意。")
    cases.move(ctx, squad.officers[0], ref.id, Move.NOTIFY)
    cases.move(ctx, squad.officers[0], ref.id, Move.REQUEST_HEARING)
    return ref.id


def test_opinion_due_across_national_day(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    did = case_requests.request_department_opinion(
        cctx, squad.officers[0], ref.id, "区自然资源和规划分局", "违法建设认定", date(2026, 9, 29))
    d = _one(cctx, ref.id, Deadline.DEPARTMENT_OPINION)
    cal = reference_data.calendar(cctx)
    assert d.id == did and d.start_on == date(2026, 9, 29)
    assert d.due_on == add_working_days(cal, date(2026, 9, 29), 5).day == date(2026, 10, 12)
    assert cal.is_workday(date(2026, 10, 10))  # the 调休 Saturday counts
    assert not d.provisional and d.met_at is None


def test_opinion_met_on_record(cctx: AppContext, squad: Squad, clock: FakeClock) -> None:
    ref = register(cctx, squad)
    did = case_requests.request_department_opinion(
        cctx, squad.officers[0], ref.id, "区市场监管局", "食品检测", None)
    clock.advance(days=2)
    with pytest.raises(ValidationError) as exc:
        case_requests.record_department_opinion(cctx, squad.officers[0], ref.id, did,
                                                clock.today(), "  ")
    assert exc.value.field == "summary"
    case_requests.record_department_opinion(cctx, squad.officers[0], ref.id, did,
                                            clock.today(), "检测不合格。")
    d = _one(cctx, ref.id, Deadline.DEPARTMENT_OPINION)
    assert d.met_at is not None and d.urgency is None
    assert all(x.kind is not Deadline.DEPARTMENT_OPINION
               for x in case_deadlines.attention_list(cctx))
    with pytest.raises(DomainError):  # nothing left to meet
        case_requests.record_department_opinion(cctx, squad.officers[0], ref.id, None,
                                                clock.today(), "再次")
    with cctx.db.read_session() as s:
        moves = list(s.scalars(select(CaseStep.move).where(CaseStep.case_id == ref.id)))
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.entity_id == ref.id)))
    assert "opinion_request" in moves and "opinion_received" in moves
    assert "case.opinion_request" in actions and "case.opinion_received" in actions


def test_clerk_cannot_request(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    with pytest.raises(PermissionDenied):
        case_requests.request_department_opinion(cctx, squad.clerk, ref.id, "区市场监管局",
                                                 "检测", None)


def test_attention_list_has_overdue_opinion(cctx: AppContext, squad: Squad,
                                            clock: FakeClock) -> None:
    ref = register(cctx, squad)
    case_requests.request_department_opinion(
        cctx, squad.officers[0], ref.id, "区市场监管局", "食品检测", date(2026, 11, 2))
    [d] = [x for x in case_deadlines.attention_list(cctx)
           if x.kind is Deadline.DEPARTMENT_OPINION]
    assert d.due_on == date(2026, 11, 9) and d.urgency is Urgency.OVERDUE
    assert d.case_number == "孝顺镇综执立〔2026〕第1号"


def test_hearing_needs_seven_working_days_notice(cctx: AppContext, squad: Squad) -> None:
    case_id = _to_hearing(cctx, squad)
    cal = reference_data.calendar(cctx)
    today = cctx.clock.today()  # Monday 2026-11-23
    earliest = add_working_days(cal, today, 7).day
    assert earliest == date(2026, 12, 2)
    before = _counts(cctx)
    with pytest.raises(ValidationError) as exc:
        case_requests.schedule_hearing(cctx, squad.officers[0], case_id, date(2026, 11, 30))
    assert exc.value.field == "hearing_on" and "7个工作日前" in str(exc.value)
    assert "2026-12-02" in str(exc.value)
    assert _counts(cctx) == before
    case_requests.schedule_hearing(cctx, squad.officers[0], case_id, earliest)
    d = _one(cctx, case_id, Deadline.HEARING_NOTICE)
    assert d.start_on == today and d.due_on == today and d.met_at is None
    # a later date replaces the open notice deadline
    case_requests.schedule_hearing(cctx, squad.officers[0], case_id, date(2026, 12, 9))
    d = _one(cctx, case_id, Deadline.HEARING_NOTICE)
    assert d.due_on == date(2026, 11, 30)  # the last day leaving 7 working days
    assert add_working_days(cal, date(2026, 11, 30), 7).day == date(2026, 12, 9)
    assert add_working_days(cal, date(2026, 12, 1), 7).day > date(2026, 12, 9)
    case_requests.record_hearing_notice_served(cctx, squad.officers[0], case_id, today)
    assert _one(cctx, case_id, Deadline.HEARING_NOTICE).met_at is not None


def test_hearing_refused_before_request(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    before = _counts(cctx)
    with pytest.raises(DomainError, match="尚未申请听证"):
        case_requests.schedule_hearing(cctx, squad.officers[0], ref.id, date(2026, 12, 31))
    assert _counts(cctx) == before


def test_department_feedback_after_acknowledgement(cctx: AppContext, squad: Squad,
                                                   clock: FakeClock) -> None:
    ref = register(cctx, squad, item="SP-001")
    t = case_transfers.propose_transfer_out(cctx, squad.officers[0], ref.id,
                                            counterpart="区市场监督管理局", reasons="不属本队职权")
    case_transfers.send_transfer(cctx, squad.leader, t.id, letter_number="移〔2026〕2号")
    case_transfers.acknowledge_transfer(cctx, squad.officers[0], t.id)
    d = _one(cctx, ref.id, Deadline.FEEDBACK)
    cal = reference_data.calendar(cctx)
    assert d.due_on == add_working_days(cal, date(2026, 11, 23), 10).day == date(2026, 12, 7)
    clock.advance(days=20)
    assert any(x.id == d.id and x.urgency is Urgency.OVERDUE
               for x in case_deadlines.attention_list(cctx))
    case_requests.record_feedback(cctx, squad.officers[0], t.id, clock.today(), "已立案查处。")
    assert _one(cctx, ref.id, Deadline.FEEDBACK).met_at is not None


def test_police_transfer_has_no_feedback_deadline(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    t = case_transfers.propose_transfer_out(cctx, squad.officers[0], ref.id, counterpart="公安分局",
                                            reasons="涉嫌犯罪", to_police=True)
    case_transfers.send_transfer(cctx, squad.leader, t.id, letter_number="移〔2026〕3号")
    case_transfers.acknowledge_transfer(cctx, squad.officers[0], t.id)
    assert all(x.kind is not Deadline.FEEDBACK
               for x in case_deadlines.case_deadlines(cctx, ref.id))
