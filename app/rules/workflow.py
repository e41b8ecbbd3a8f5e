"""Case workflow (DOMAIN.md "Workflow"): statuses, legal moves and the guard of each move.

Guards are pure: they take a snapshot of the case (`CaseSnapshot`) and the move's inputs and
return the list of reasons refusing it (empty = allowed). Services build the snapshot from the
store, call `check_move`, and only then write. 办审定三分离, 持证上岗 (via the eligibility
answers the staff register gives), summary-procedure limits and the decision deadline live here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.rules.status import STATUS_LABELS, Status  # noqa: F401 - defined there; used and re-exported here


class Procedure(StrEnum):
    """简易程序 (on-the-spot) or 一般程序."""

    SUMMARY = "summary"
    GENERAL = "general"


class PartyType(StrEnum):
    """公民 or 法人/其他组织."""

    CITIZEN = "citizen"
    ORGANISATION = "organisation"


class Move(StrEnum):
    """Moves between statuses."""

    FILE = "file"  # 立案（负责人批准）
    INVESTIGATE = "investigate"  # 开始调查
    SUBMIT_REVIEW = "submit_review"  # 调查终结，送法制审核
    NOTIFY = "notify"  # 事先告知
    REQUEST_HEARING = "request_hearing"  # 当事人申请听证
    DECIDE = "decide"  # 作出决定
    SERVE = "serve"  # 送达
    START_EXECUTION = "start_execution"  # 进入执行
    CLOSE = "close"  # 结案
    ARCHIVE = "archive"  # 归档
    TRANSFER = "transfer"  # 移送


MOVES: dict[Move, tuple[frozenset[Status], Status]] = {
    Move.FILE: (frozenset({Status.RECEIVED}), Status.FILED),
    Move.INVESTIGATE: (frozenset({Status.FILED}), Status.INVESTIGATING),
    Move.SUBMIT_REVIEW: (frozenset({Status.INVESTIGATING}), Status.REVIEWING),
    Move.NOTIFY: (frozenset({Status.INVESTIGATING, Status.REVIEWING}), Status.NOTIFIED),
    Move.REQUEST_HEARING: (frozenset({Status.NOTIFIED}), Status.HEARING),
    Move.DECIDE: (frozenset({Status.NOTIFIED, Status.HEARING}), Status.DECIDED),
    Move.SERVE: (frozenset({Status.DECIDED}), Status.SERVED),
    Move.START_EXECUTION: (frozenset({Status.SERVED}), Status.EXECUTING),
    Move.CLOSE: (frozenset({Status.SERVED, Status.EXECUTING}), Status.CLOSED),
    Move.ARCHIVE: (frozenset({Status.CLOSED}), Status.ARCHIVED),
    Move.TRANSFER: (
        frozenset({Status.RECEIVED, Status.FILED, Status.INVESTIGATING}),
        Status.TRANSFERRED,
    ),
}


class Outcome(StrEnum):
    """What the decision is."""

    PENALTY = "penalty"  # 行政处罚（罚款/警告…）
    NO_PENALTY = "no_penalty"  # 不予行政处罚
    TRANSFER = "transfer"  # 移送


# APL art. 51: summary procedure limits (fen).
SUMMARY_LIMIT_CITIZEN_FEN = 200_00
SUMMARY_LIMIT_ORGANISATION_FEN = 3_000_00
# Major decision (重大执法决定) threshold for mandatory legal review *(config)*.
DEFAULT_MAJOR_FINE_FEN = 10_000_00
MIN_INVESTIGATORS = 2  # APL art. 55


@dataclass(frozen=True)
class Person:
    """A participant with the staff register's answer for today."""

    staff_id: str
    may_handle: bool
    is_leader: bool = False


@dataclass(frozen=True)
class CaseSnapshot:
    """What the guards need to know about a case."""

    procedure: Procedure
    status: Status
    party_type: PartyType
    handlers: tuple[Person, ...] = ()
    reviewer_id: str | None = None
    review_passed: bool = False
    filed_on: date | None = None
    decision_due: date | None = None  # 90 days + pauses + approved extension
    hearing_requested: bool = False
    hearing_held: bool = False
    investigation_report: bool = False
    first_offence_exempt: bool = False  # 首违不罚 applies
    fine_fen: int = 0
    within_limitation: bool = True
    notice_served_on: date | None = None
    hearing_window_end: date | None = None
    paid_in_full: bool = False
    major_fine_fen: int = DEFAULT_MAJOR_FINE_FEN


@dataclass(frozen=True)
class MoveInput:
    """Who makes the move and what they decide."""

    actor_staff_id: str | None
    actor_is_leader: bool = False
    outcome: Outcome | None = None
    fine_fen: int = 0
    today: date | None = None
    transfer_reason: str = ""
    decider_id: str | None = None


@dataclass(frozen=True)
class Refusal:
    """Why a move is refused: a code and its Chinese message."""

    code: str
    message: str


@dataclass(frozen=True)
class MoveCheck:
    """Result of checking a move."""

    allowed: bool
    target: Status | None
    refusals: tuple[Refusal, ...] = field(default=())


def review_required(case: CaseSnapshot, fine_fen: int | None = None) -> bool:
    """Legal review is mandatory for major decisions and for cases with a hearing (APL art. 58)."""
    fine = case.fine_fen if fine_fen is None else fine_fen
    return case.hearing_requested or fine >= case.major_fine_fen


def summary_allowed(party_type: PartyType, fine_fen: int, warning_only: bool) -> Refusal | None:
    """APL art. 51: warning, or ≤ 200 yuan for a citizen / ≤ 3,000 yuan for an organisation."""
    if warning_only:
        return None
    limit = SUMMARY_LIMIT_CITIZEN_FEN if party_type is PartyType.CITIZEN else SUMMARY_LIMIT_ORGANISATION_FEN
    if fine_fen > limit:
        who = "公民" if party_type is PartyType.CITIZEN else "法人或其他组织"
        return Refusal(
            "summary_over_limit",
            f"简易程序只适用于对{who}处以 {limit // 100} 元以下罚款或警告，本案应适用一般程序。",
        )
    if fine_fen < 0:
        return Refusal("negative_fine", "罚款金额不能为负数。")
    return None


def _separation(case: CaseSnapshot, decider_id: str | None) -> list[Refusal]:
    out: list[Refusal] = []
    handler_ids = {p.staff_id for p in case.handlers}
    if case.reviewer_id and case.reviewer_id in handler_ids:
        out.append(Refusal("reviewer_is_handler", "法制审核人员不能同时是本案承办人（办审定三分离）。"))
    if decider_id and decider_id in handler_ids:
        out.append(Refusal("decider_is_handler", "决定人不能同时是本案承办人（办审定三分离）。"))
    if decider_id and case.reviewer_id and decider_id == case.reviewer_id:
        out.append(Refusal("decider_is_reviewer", "决定人不能同时是本案法制审核人员（办审定三分离）。"))
    return out


def check_move(case: CaseSnapshot, move: Move, given: MoveInput) -> MoveCheck:
    """All reasons refusing `move` on `case` (none = allowed), and the status it leads to."""
    if case.procedure is Procedure.SUMMARY:
        return MoveCheck(
            False, None, (Refusal("summary_no_workflow", "简易程序案件当场作出决定，无需流转。"),)
        )
    sources, target = MOVES[move]
    refusals: list[Refusal] = []
    if case.status not in sources:
        refusals.append(
            Refusal(
                "wrong_status",
                f"案件当前为“{STATUS_LABELS[case.status]}”，不能执行此操作。",
            )
        )
        return MoveCheck(False, None, tuple(refusals))
    eligible = [p for p in case.handlers if p.may_handle]
    if move in (Move.FILE, Move.INVESTIGATE, Move.SUBMIT_REVIEW, Move.NOTIFY, Move.DECIDE):
        if len(case.handlers) != len(eligible):
            refusals.append(
                Refusal("handler_not_certified", "本案有承办人不具备执法资格（无有效执法证或被暂扣）。")
            )
    if move is Move.FILE:
        if not given.actor_is_leader:
            refusals.append(Refusal("filing_needs_leader", "立案须经负责人批准。"))
        if not case.within_limitation:
            refusals.append(
                Refusal("limitation_passed", "违法行为超过追责时效（行政处罚法第三十六条），不予立案。")
            )
        if not eligible:
            refusals.append(Refusal("no_handler", "请先指定持有效执法证的承办人。"))
    elif move is Move.INVESTIGATE:
        if len(eligible) < MIN_INVESTIGATORS:
            refusals.append(
                Refusal(
                    "too_few_investigators",
                    f"调查取证须有不少于 {MIN_INVESTIGATORS} 名持证执法人员（行政处罚法第五十五条）。",
                )
            )
    elif move is Move.SUBMIT_REVIEW:
        if not case.investigation_report:
            refusals.append(Refusal("no_report", "请先完成案件调查终结报告。"))
        if not case.reviewer_id:
            refusals.append(Refusal("no_reviewer", "请指定法制审核人员。"))
        refusals += _separation(case, None)
    elif move is Move.NOTIFY:
        if not case.investigation_report:
            refusals.append(Refusal("no_report", "请先完成案件调查终结报告。"))
        if case.status is Status.INVESTIGATING and review_required(case):
            refusals.append(Refusal("review_required", "重大执法决定须先经法制审核。"))
        if case.status is Status.REVIEWING and not case.review_passed:
            refusals.append(Refusal("review_not_passed", "法制审核尚未通过。"))
    elif move is Move.REQUEST_HEARING:
        if given.today and case.hearing_window_end and given.today > case.hearing_window_end:
            refusals.append(Refusal("hearing_window_passed", "已超过申请听证期限（告知后五个工作日内）。"))
    elif move is Move.DECIDE:
        refusals += _decide_refusals(case, given)
    elif move is Move.START_EXECUTION:
        if case.fine_fen <= 0:
            refusals.append(Refusal("nothing_to_execute", "本案无罚款，无需执行，可直接结案。"))
    elif move is Move.CLOSE:
        if case.fine_fen > 0 and not case.paid_in_full:
            refusals.append(Refusal("not_paid", "罚款尚未缴清，不能结案。"))
    elif move is Move.TRANSFER:
        if not given.transfer_reason.strip():
            refusals.append(Refusal("transfer_reason", "请填写移送理由。"))
        if not given.actor_is_leader:
            refusals.append(Refusal("transfer_needs_leader", "案件移送须经负责人批准。"))
    return MoveCheck(not refusals, target if not refusals else None, tuple(refusals))


def _decide_refusals(case: CaseSnapshot, given: MoveInput) -> list[Refusal]:
    out: list[Refusal] = []
    decider = given.decider_id or given.actor_staff_id
    if not given.actor_is_leader:
        out.append(Refusal("decision_needs_leader", "行政处罚决定须由负责人作出。"))
    out += _separation(case, decider)
    if given.outcome is None:
        out.append(Refusal("no_outcome", "请选择决定类型。"))
        return out
    if case.first_offence_exempt and given.outcome is Outcome.PENALTY:
        out.append(Refusal("first_offence_no_penalty", "本案符合首违不罚情形，只能作出不予行政处罚决定。"))
    if given.outcome is Outcome.PENALTY and given.fine_fen < 0:
        out.append(Refusal("negative_fine", "罚款金额不能为负数。"))
    if review_required(case, given.fine_fen) and not case.review_passed:
        out.append(Refusal("review_required", "重大执法决定须先经法制审核。"))
    if case.hearing_requested and not case.hearing_held:
        out.append(Refusal("hearing_pending", "当事人已申请听证，须听证后再作决定。"))
    if (
        given.today
        and case.hearing_window_end
        and not case.hearing_requested
        and given.today <= case.hearing_window_end
        and given.outcome is Outcome.PENALTY
    ):
        out.append(Refusal("hearing_window_open", "当事人陈述申辩、申请听证期限未满，暂不能作出处罚决定。"))
    if given.today and case.decision_due and given.today > case.decision_due:
        out.append(Refusal("decision_overdue", "已超过作出决定期限（立案之日起九十日），须经批准延期。"))
    return out
