"""Cases (案件): registering, the on-the-spot summary form, handlers and reviewer, the general
workflow (every move checked by app.rules.workflow on a snapshot built from the store and the
staff register), legal review, hearing, pauses and extensions, discretion, payment.

One call = one unit of work (change + audit entry + outbox rows). A refused move raises
DomainError("move_refused") whose message joins every refusal; nothing is written.
Searching, rows, statistics and the ledger are in app.services.case_search; transfers and
joint actions in app.services.case_transfers; evidence in app.services.case_evidence.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, PermissionDenied, ValidationError
from app.rules.certificates import INELIGIBLE_LABELS
from app.rules.deadlines import Deadline, within_limitation
from app.rules.discretion import (
    TIER_LABELS,
    Suggestion,
    Tier,
    first_offence_applies,
    needs_reasons,
    suggest,
)
from app.rules.identity import (
    id_number_problem,
    normalize_id_number,
    normalize_uscc,
    uscc_problem,
)
from app.rules.roles import Permission
from app.rules.workflow import (
    DEFAULT_MAJOR_FINE_FEN,
    CaseSnapshot,
    Move,
    MoveInput,
    Outcome,
    PartyType,
    Person,
    Procedure,
    Refusal,
    Status,
    check_move,
    summary_allowed,
)
from app.services import case_deadlines as dl
from app.services import reference_data, staff
from local_db.models import LocalSetting, StaffMember
from local_db.models_cases import (
    Case,
    CaseExtension,
    CaseHandler,
    CaseItem,
    CaseParty,
    CasePause,
    CaseStep,
)
from local_db.uow import UnitOfWork


class CaseSource(StrEnum):
    """案源."""

    PATROL = "patrol"  # 巡查发现
    COMPLAINT = "complaint"  # 投诉举报（含随手拍）
    TRANSFER_IN = "transfer_in"  # 部门移送
    ASSIGNED = "assigned"  # 上级交办
    DIGITAL = "digital"  # 数字线索


SOURCE_LABELS: dict[CaseSource, str] = {
    CaseSource.PATROL: "巡查发现",
    CaseSource.COMPLAINT: "投诉举报",
    CaseSource.TRANSFER_IN: "部门移送",
    CaseSource.ASSIGNED: "上级交办",
    CaseSource.DIGITAL: "数字线索",
}


class PauseKind(StrEnum):
    """Why the decision clock stands still."""

    HEARING = "hearing"  # 听证
    APPRAISAL = "appraisal"  # 鉴定/检测
    ANNOUNCEMENT = "announcement"  # 公告
    SUSPENSION = "suspension"  # 中止


PROCEDURE_LABELS: dict[Procedure, str] = {Procedure.SUMMARY: "简易程序", Procedure.GENERAL: "一般程序"}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.PENALTY: "行政处罚",
    Outcome.NO_PENALTY: "不予行政处罚",
    Outcome.TRANSFER: "移送",
}

MAJOR_FINE_SETTING = "cases.major_fine_fen"

# Which permission each move needs; handler moves also need the actor to be a certified
# handler of the case today.
MOVE_PERMISSION: dict[Move, Permission] = {
    Move.FILE: Permission.DECIDE_CASES,
    Move.INVESTIGATE: Permission.HANDLE_CASES,
    Move.SUBMIT_REVIEW: Permission.HANDLE_CASES,
    Move.NOTIFY: Permission.HANDLE_CASES,
    Move.REQUEST_HEARING: Permission.HANDLE_CASES,
    Move.DECIDE: Permission.DECIDE_CASES,
    Move.SERVE: Permission.HANDLE_CASES,
    Move.START_EXECUTION: Permission.HANDLE_CASES,
    Move.CLOSE: Permission.DECIDE_CASES,
    Move.ARCHIVE: Permission.HANDLE_CASES,
    Move.TRANSFER: Permission.DECIDE_CASES,
}
HANDLER_MOVES = frozenset(
    {
        Move.INVESTIGATE,
        Move.SUBMIT_REVIEW,
        Move.NOTIFY,
        Move.REQUEST_HEARING,
        Move.SERVE,
        Move.START_EXECUTION,
        Move.ARCHIVE,
    }
)


# --- inputs and outputs -------------------------------------------------------------------


@dataclass(frozen=True)
class PartyInput:
    """A party: citizen (name, ID number, phone) or organisation (name, USCC, legal rep)."""

    party_type: PartyType
    name: str
    id_number: str | None = None
    phone: str | None = None
    uscc: str | None = None
    legal_rep: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class CaseInput:
    """The registration form (受案登记)."""

    source: CaseSource
    parties: Sequence[PartyInput]
    place: str
    act_at: datetime
    discovered_on: date
    item_codes: Sequence[str]
    facts: str
    handler_ids: Sequence[str] = ()
    discretion_facts: Mapping[str, Any] = field(default_factory=dict)
    source_detail: str | None = None


@dataclass(frozen=True)
class SummaryInput:
    """The quick on-the-spot form (当场处罚): one party, decided and served at once."""

    party: PartyInput
    place: str
    act_at: datetime
    item_code: str
    facts: str
    fine_fen: int
    warning_only: bool = False
    handler_ids: Sequence[str] = ()
    paid_on_spot: bool = False
    discretion_facts: Mapping[str, Any] = field(default_factory=dict)
    tier: Tier | None = None
    reasons: str | None = None
    source: CaseSource = CaseSource.PATROL


@dataclass(frozen=True)
class MoveRequest:
    """What a move needs besides the case: the decision's content, a document, a note."""

    outcome: Outcome | None = None
    fine_fen: int = 0
    warning_only: bool = False
    tier: Tier | None = None
    reasons: str | None = None
    transfer_reason: str = ""
    document_ref: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class CaseRef:
    """A case's id, number and status after a change."""

    id: str
    number: str
    status: Status


@dataclass(frozen=True)
class DiscretionAdvice:
    """The suggested tier and range (and the benchmark version that gave it)."""

    item_code: str
    benchmark_version: str | None
    tier: Tier | None
    tier_label: str
    min_fen: int
    max_fen: int
    first_offence: bool
    facts_asked: tuple[str, ...]


# --- helpers ------------------------------------------------------------------------------


def refuse(refusals: Sequence[Refusal]) -> DomainError:
    """One DomainError carrying every refusal, messages joined."""
    return DomainError(
        "move_refused",
        "{messages}",
        messages="".join(r.message for r in refusals),
        codes=[r.code for r in refusals],
    )


def major_fine_fen(ctx: AppContext) -> int:
    """Threshold of a major decision (重大执法决定) needing legal review *(config)*."""
    with ctx.db.read_session() as s:
        value = s.scalar(select(LocalSetting.value).where(LocalSetting.key == MAJOR_FINE_SETTING))
    return int(value) if value else DEFAULT_MAJOR_FINE_FEN


def set_major_fine_fen(ctx: AppContext, actor: Actor, fen: int) -> None:
    """Change the major-decision threshold (settings)."""
    actor.require(Permission.MANAGE_SETTINGS)
    if fen <= 0:
        raise ValidationError("major_fine_fen", "bad_amount", "金额须大于零。")
    with ctx.uow(actor) as uow:
        row = uow.session.get(LocalSetting, MAJOR_FINE_SETTING)
        before = row.value if row else None
        if row is None:
            uow.session.add(LocalSetting(key=MAJOR_FINE_SETTING, value=str(fen)))
        else:
            row.value = str(fen)
        uow.record("settings.update", "local_setting", None,
                   {"key": MAJOR_FINE_SETTING, "before": before, "after": fen})
        uow.commit()


def _clean_party(p: PartyInput, index: int) -> PartyInput:
    name = (p.name or "").strip()
    f = f"parties[{index}]"
    if not name:
        raise ValidationError(f + ".name", "required", "请填写{label}。", label="当事人名称")
    if len(name) > 128:
        raise ValidationError(f + ".name", "too_long", "{label}不能超过 {n} 个字。", label="当事人名称", n=128)
    ptype = PartyType(p.party_type)
    phone = (p.phone or "").strip() or None
    if phone and not all(c.isdigit() or c in "-+ " for c in phone):
        raise ValidationError(f + ".phone", "bad_phone", "电话号码只能包含数字、空格和 - +。")
    if ptype is PartyType.CITIZEN:
        idn = normalize_id_number(p.id_number or "") or None
        if idn:
            problem = id_number_problem(idn)
            if problem:
                raise ValidationError(f + ".id_number", "bad_id_number", problem)
        return PartyInput(ptype, name, idn, phone, None, None, (p.address or "").strip() or None)
    uscc = normalize_uscc(p.uscc or "") or None
    if uscc:
        problem = uscc_problem(uscc)
        if problem:
            raise ValidationError(f + ".uscc", "bad_uscc", problem)
    rep = (p.legal_rep or "").strip() or None
    return PartyInput(ptype, name, None, phone, uscc, rep, (p.address or "").strip() or None)


def _require_text(value: str, field_name: str, label: str, max_len: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field_name, "required", "请填写{label}。", label=label)
    if len(value) > max_len:
        raise ValidationError(field_name, "too_long", "{label}不能超过 {n} 个字。", label=label, n=max_len)
    return value


def _actor_staff(uow: UnitOfWork, actor: Actor) -> StaffMember | None:
    if actor.user_id is None:
        return None
    return uow.session.scalar(
        select(StaffMember).where(StaffMember.user_id == actor.user_id, StaffMember.deleted.is_(False))
    )


def _next_number(uow: UnitOfWork, ctx: AppContext, procedure: Procedure, year: int) -> tuple[str, int]:
    from local_db.models import Township

    prefix = uow.session.scalar(select(Township.doc_prefix).limit(1)) or ""
    last = uow.session.scalar(
        select(func.max(Case.number_seq)).where(
            Case.number_year == year, Case.procedure == procedure.value
        )
    )
    seq = (last or 0) + 1
    return format_case_number(prefix, procedure, year, seq), seq


def format_case_number(prefix: str, procedure: Procedure, year: int, seq: int) -> str:
    """案件编号: e.g. 孝顺镇综执立〔2026〕第12号 (general) / 孝顺镇综执简〔2026〕第345号."""
    mark = "简" if procedure is Procedure.SUMMARY else "立"
    return f"{prefix}{mark}〔{year}〕第{seq}号"


def _load(uow: UnitOfWork, case_id: str) -> Case:
    c = uow.session.get(Case, case_id)
    if c is None or c.deleted:
        raise NotFound("case_not_found", "找不到该案件。")
    return c


def _eligible_problems(ctx: AppContext, staff_ids: Sequence[str], today: date) -> list[str]:
    out = []
    for sid in staff_ids:
        try:
            info = staff.get_staff(ctx, sid)
        except NotFound:
            out.append("找不到指定的执法人员。")
            continue
        e = staff.eligibility(info, today)
        if not e.ok:
            why = "、".join(INELIGIBLE_LABELS[r] for r in e.reasons)
            out.append(f"{info.name}不能承办案件（{why}）。")
    return out


def _step(uow: UnitOfWork, case: Case, move: str, from_status: str | None, by: StaffMember | None,
          actor: Actor, document_ref: str | None = None, note: str | None = None) -> None:
    step = CaseStep(
        case_id=case.id,
        move=move,
        from_status=from_status,
        to_status=case.status,
        at=uow.now,
        by_user_id=actor.user_id,
        by_staff_id=by.id if by else None,
        by_name=by.name if by else actor.display_name,
        document_ref=document_ref,
        note=note,
    )
    uow.save(step, is_new=True)


def _add_parties(uow: UnitOfWork, case: Case, parties: Sequence[PartyInput]) -> None:
    for i, p in enumerate(parties):
        uow.save(
            CaseParty(case_id=case.id, seq=i, party_type=p.party_type.value, name=p.name,
                      id_number=p.id_number, uscc=p.uscc, legal_rep=p.legal_rep, phone=p.phone,
                      address=p.address),
            is_new=True,
        )


# --- discretion ---------------------------------------------------------------------------


def suggest_discretion(
    ctx: AppContext, item_code: str, act_on: date, facts: Mapping[str, Any]
) -> DiscretionAdvice:
    """The tier and fine range the benchmark in force on the act's date suggests."""
    bm = reference_data.benchmark_for(ctx, item_code, act_on)
    if bm is None:
        return DiscretionAdvice(item_code, None, None, "无裁量基准", 0, 0, False, ())
    s: Suggestion = suggest(bm, facts)
    return DiscretionAdvice(item_code, bm.version, s.tier, TIER_LABELS[s.tier], s.min_fen,
                            s.max_fen, s.no_penalty, bm.facts)


def _discretion_refusals(ctx: AppContext, item_code: str, act_on: date, tier: Tier | None,
                         fine_fen: int, reasons: str | None, warning_only: bool) -> list[Refusal]:
    bm = reference_data.benchmark_for(ctx, item_code, act_on)
    if bm is None or warning_only:
        return []
    if tier is None:
        return [Refusal("no_tier", "请选择裁量阶次。")]
    if needs_reasons(bm, tier, fine_fen) and not (reasons or "").strip():
        rule = bm.tier_rule(tier)
        rng = f"{rule.min_fen / 100:g}–{rule.max_fen / 100:g} 元" if rule else "无此阶次"
        return [Refusal("reasons_required",
                        f"罚款金额超出“{TIER_LABELS[tier]}”阶次的裁量幅度（{rng}），须书面说明理由（说理）。")]
    return []


def _facts_first_offence(ctx: AppContext, item_code: str, act_on: date, facts: Mapping[str, Any]) -> bool:
    bm = reference_data.benchmark_for(ctx, item_code, act_on)
    return bool(bm and first_offence_applies(bm, facts))


# --- registering --------------------------------------------------------------------------


def _check_items(ctx: AppContext, codes: Sequence[str]) -> list[reference_data.CatalogItem]:
    if not codes:
        raise ValidationError("item_codes", "required", "请选择{label}。", label="执法事项")
    items = []
    for code in codes:
        item = reference_data.catalog_item(ctx, code)
        if item is None:
            raise ValidationError("item_codes", "unknown_item", "执法事项目录中没有“{item}”。", item=code)
        items.append(item)
    return items


@dataclass(frozen=True)
class ReceivedTransfer:
    """A case received from a department (部门移送), registered and acknowledged at once."""

    counterpart: str
    reasons: str
    materials: Sequence[str] = ()
    letter_number: str | None = None
    sent_at: datetime | None = None


def register_case(ctx: AppContext, actor: Actor, data: CaseInput,
                  received: ReceivedTransfer | None = None) -> CaseRef:
    """受案登记 of a general-procedure case; opens the 15-working-day filing deadline.
    With `received`, the department's transfer is recorded and acknowledged in the same step."""
    actor.require(Permission.HANDLE_CASES)
    reference_data.ensure_loaded(ctx)
    if not data.parties:
        raise ValidationError("parties", "required", "请填写{label}。", label="当事人")
    parties = [_clean_party(p, i) for i, p in enumerate(data.parties)]
    place = _require_text(data.place, "place", "违法地点", 200)
    facts = _require_text(data.facts, "facts", "违法事实", 5000)
    if data.act_at.tzinfo is None:
        raise ValidationError("act_at", "naive_time", "违法时间缺少时区。")
    act_on = data.act_at.astimezone().date()
    today = ctx.clock.today()
    if data.discovered_on < act_on or data.discovered_on > today:
        raise ValidationError("discovered_on", "bad_date", "发现日期须在违法时间之后、今天之前。")
    items = _check_items(ctx, data.item_codes)
    problems = _eligible_problems(ctx, data.handler_ids, today)
    if problems:
        raise DomainError("handler_not_certified", "{messages}", messages="".join(problems))
    lhf = any(i.life_health_finance for i in items)
    cal = reference_data.calendar(ctx)
    first = _facts_first_offence(ctx, items[0].code, act_on, data.discretion_facts)
    with ctx.uow(actor) as uow:
        me = _actor_staff(uow, actor)
        number, seq = _next_number(uow, ctx, Procedure.GENERAL, data.discovered_on.year)
        case = Case(
            number=number, number_year=data.discovered_on.year, number_seq=seq,
            procedure=Procedure.GENERAL.value, source=CaseSource(data.source).value,
            source_detail=data.source_detail, status=Status.RECEIVED.value,
            item_code=items[0].code, party_type=parties[0].party_type.value,
            party_name=parties[0].name, place=place, act_at=data.act_at, act_on=act_on,
            discovered_on=data.discovered_on, facts=facts,
            facts_json=json.dumps(dict(data.discretion_facts), ensure_ascii=False, sort_keys=True),
            life_health_finance=lhf,
            within_limitation=within_limitation(act_on, data.discovered_on, life_health_finance=lhf),
            first_offence=first,
            lead_handler_id=data.handler_ids[0] if data.handler_ids else None,
        )
        uow.save(case, is_new=True)
        _add_parties(uow, case, parties)
        for i, item in enumerate(items):
            uow.save(CaseItem(case_id=case.id, item_code=item.code, seq=i), is_new=True)
        for i, sid in enumerate(dict.fromkeys(data.handler_ids)):
            uow.save(CaseHandler(case_id=case.id, staff_id=sid, lead=i == 0), is_new=True)
        dl.open_deadline(uow, cal, case.id, Deadline.FILING, data.discovered_on)
        if received is not None:
            from local_db.models_cases import CaseTransfer

            uow.save(CaseTransfer(
                case_id=case.id, direction="in", counterpart=received.counterpart.strip(),
                to_police=False, urgent=False, found_at=received.sent_at or uow.now,
                sent_at=received.sent_at, acknowledged_at=uow.now, reasons=received.reasons,
                materials=json.dumps(list(received.materials), ensure_ascii=False),
                letter_number=received.letter_number), is_new=True)
        _step(uow, case, "register", None, me, actor)
        uow.record("case.register", "enforcement_case", case.id, {
            "number": number, "procedure": "general", "items": [i.code for i in items],
            "parties": [p.name for p in parties], "handlers": list(data.handler_ids),
        })
        uow.commit()
        return CaseRef(case.id, case.number, Status.RECEIVED)


def quick_summary_case(ctx: AppContext, actor: Actor, data: SummaryInput) -> CaseRef:
    """当场处罚 (APL art. 51–52): refused with the limit's message when the fine is above it;
    decided and served at once, closed when paid on the spot or a warning."""
    actor.require(Permission.HANDLE_CASES)
    reference_data.ensure_loaded(ctx)
    party = _clean_party(data.party, 0)
    if data.fine_fen < 0:
        raise ValidationError("fine_fen", "negative_fine", "罚款金额不能为负数。")
    refusal = summary_allowed(party.party_type, data.fine_fen, data.warning_only)
    if refusal is not None:
        raise DomainError(refusal.code, "{message}", message=refusal.message)
    if not data.warning_only and data.fine_fen == 0:
        raise ValidationError("fine_fen", "no_penalty", "请填写罚款金额，或选择警告。")
    place = _require_text(data.place, "place", "违法地点", 200)
    facts = _require_text(data.facts, "facts", "违法事实", 5000)
    if data.act_at.tzinfo is None:
        raise ValidationError("act_at", "naive_time", "违法时间缺少时区。")
    act_on = data.act_at.astimezone().date()
    today = ctx.clock.today()
    items = _check_items(ctx, [data.item_code])
    if not data.handler_ids:
        raise ValidationError("handler_ids", "required", "请填写{label}。", label="执法人员")
    problems = _eligible_problems(ctx, data.handler_ids, today)
    if problems:
        raise DomainError("handler_not_certified", "{messages}", messages="".join(problems))
    advice = suggest_discretion(ctx, items[0].code, act_on, data.discretion_facts)
    tier = data.tier or advice.tier
    refusals = _discretion_refusals(ctx, items[0].code, act_on, tier, data.fine_fen, data.reasons,
                                    data.warning_only)
    if refusals:
        raise refuse(refusals)
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        me = _actor_staff(uow, actor)
        if me is None or me.id not in data.handler_ids:
            raise DomainError("not_handler", "当场处罚须由在场的持证执法人员本人登记。")
        number, seq = _next_number(uow, ctx, Procedure.SUMMARY, today.year)
        closed = data.warning_only or data.paid_on_spot
        case = Case(
            number=number, number_year=today.year, number_seq=seq,
            procedure=Procedure.SUMMARY.value, source=CaseSource(data.source).value,
            status=(Status.CLOSED if closed else Status.SERVED).value,
            item_code=items[0].code, party_type=party.party_type.value, party_name=party.name,
            place=place, act_at=data.act_at, act_on=act_on, discovered_on=act_on, facts=facts,
            facts_json=json.dumps(dict(data.discretion_facts), ensure_ascii=False, sort_keys=True),
            life_health_finance=items[0].life_health_finance, within_limitation=True,
            lead_handler_id=data.handler_ids[0], decider_id=me.id,
            outcome=Outcome.PENALTY.value, warning_only=data.warning_only,
            fine_fen=0 if data.warning_only else data.fine_fen,
            benchmark_version=advice.benchmark_version, tier=tier.value if tier else None,
            range_min_fen=advice.min_fen if advice.benchmark_version else None,
            range_max_fen=advice.max_fen if advice.benchmark_version else None,
            reasons=(data.reasons or "").strip() or None,
            decided_on=today, served_on=today,
            paid_fen=data.fine_fen if data.paid_on_spot and not data.warning_only else 0,
            paid_on=today if data.paid_on_spot else None,
            closed_on=today if closed else None,
        )
        case.decision_number = number
        uow.save(case, is_new=True)
        _add_parties(uow, case, [party])
        uow.save(CaseItem(case_id=case.id, item_code=items[0].code, seq=0), is_new=True)
        for i, sid in enumerate(dict.fromkeys(data.handler_ids)):
            uow.save(CaseHandler(case_id=case.id, staff_id=sid, lead=i == 0), is_new=True)
        if not closed:
            dl.open_deadline(uow, cal, case.id, Deadline.PAYMENT, today)
        _step(uow, case, "summary_decision", None, me, actor, document_ref=number)
        uow.record("case.summary", "enforcement_case", case.id, {
            "number": number, "fine_fen": case.fine_fen, "warning_only": data.warning_only,
            "party": party.name, "item": items[0].code, "paid_on_spot": data.paid_on_spot,
        })
        uow.commit()
        return CaseRef(case.id, number, Status(case.status))


# --- people on the case -------------------------------------------------------------------


def _handler_ids(uow: UnitOfWork, case_id: str) -> list[str]:
    return list(uow.session.scalars(
        select(CaseHandler.staff_id).where(CaseHandler.case_id == case_id,
                                           CaseHandler.deleted.is_(False))
        .order_by(CaseHandler.lead.desc(), CaseHandler.updated_at)
    ))


def assign_handlers(ctx: AppContext, actor: Actor, case_id: str, staff_ids: Sequence[str]) -> None:
    """Set the case's handlers (first = lead); each must be certified today, and none may be
    the reviewer or the decider (办审定三分离)."""
    if not (actor.can(Permission.HANDLE_CASES) or actor.can(Permission.DECIDE_CASES)):
        actor.require(Permission.HANDLE_CASES)
    ids = list(dict.fromkeys(staff_ids))
    if not ids:
        raise ValidationError("handler_ids", "required", "请填写{label}。", label="承办人")
    problems = _eligible_problems(ctx, ids, ctx.clock.today())
    if problems:
        raise DomainError("handler_not_certified", "{messages}", messages="".join(problems))
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        if Procedure(case.procedure) is Procedure.SUMMARY or Status(case.status) not in (
            Status.RECEIVED, Status.FILED, Status.INVESTIGATING
        ):
            raise DomainError("handlers_fixed", "案件已进入审核或决定阶段，不能更换承办人。")
        refusals = []
        if case.reviewer_id in ids:
            refusals.append(Refusal("reviewer_is_handler", "法制审核人员不能同时是本案承办人（办审定三分离）。"))
        if case.decider_id and case.decider_id in ids:
            refusals.append(Refusal("decider_is_handler", "决定人不能同时是本案承办人（办审定三分离）。"))
        if refusals:
            raise refuse(refusals)
        rows = list(uow.session.scalars(select(CaseHandler).where(
            CaseHandler.case_id == case_id, CaseHandler.deleted.is_(False))))
        before = [r.staff_id for r in rows]
        for r in rows:
            if r.staff_id not in ids:
                r.deleted = True
                uow.save(r, is_new=False)
        existing = {r.staff_id: r for r in rows}
        for i, sid in enumerate(ids):
            kept = existing.get(sid)
            if kept is None:
                uow.save(CaseHandler(case_id=case_id, staff_id=sid, lead=i == 0), is_new=True)
            elif kept.lead != (i == 0):
                kept.lead = i == 0
                uow.save(kept, is_new=False)
        case.lead_handler_id = ids[0]
        uow.save(case, is_new=False)
        uow.record("case.assign_handlers", "enforcement_case", case_id, {"before": before, "after": ids})
        uow.commit()


def assign_reviewer(ctx: AppContext, actor: Actor, case_id: str, reviewer_id: str) -> None:
    """Name the legal reviewer (法制审核人员): never a handler or the decider."""
    actor.require(Permission.DECIDE_CASES)
    staff.get_staff(ctx, reviewer_id)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        if Status(case.status) not in (Status.RECEIVED, Status.FILED, Status.INVESTIGATING):
            raise DomainError("reviewer_fixed", "案件已送审，不能更换法制审核人员。")
        refusals = []
        if reviewer_id in _handler_ids(uow, case_id):
            refusals.append(Refusal("reviewer_is_handler", "法制审核人员不能同时是本案承办人（办审定三分离）。"))
        if case.decider_id == reviewer_id:
            refusals.append(Refusal("decider_is_reviewer", "决定人不能同时是本案法制审核人员（办审定三分离）。"))
        if refusals:
            raise refuse(refusals)
        before = case.reviewer_id
        case.reviewer_id = reviewer_id
        uow.save(case, is_new=False)
        uow.record("case.assign_reviewer", "enforcement_case", case_id,
                   {"before": before, "after": reviewer_id})
        uow.commit()


def _require_handler_today(ctx: AppContext, uow: UnitOfWork, actor: Actor, case: Case) -> StaffMember:
    me = _actor_staff(uow, actor)
    if me is None or me.id not in _handler_ids(uow, case.id):
        raise DomainError("not_handler", "只有本案承办人可以执行此操作。")
    problems = _eligible_problems(ctx, [me.id], ctx.clock.today())
    if problems:
        raise DomainError("handler_not_certified", "{messages}", messages="".join(problems))
    return me


def record_investigation_report(ctx: AppContext, actor: Actor, case_id: str, summary: str,
                                document_ref: str | None = None) -> None:
    """调查终结报告 by a handler."""
    actor.require(Permission.HANDLE_CASES)
    summary = _require_text(summary, "summary", "调查终结报告", 10000)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        me = _require_handler_today(ctx, uow, actor, case)
        if Status(case.status) is not Status.INVESTIGATING:
            raise DomainError("wrong_status", "案件不在调查取证阶段。")
        case.investigation_report = summary
        uow.save(case, is_new=False)
        _step(uow, case, "investigation_report", case.status, me, actor, document_ref, summary[:200])
        uow.record("case.investigation_report", "enforcement_case", case_id, {"summary": summary})
        uow.commit()


def record_review(ctx: AppContext, actor: Actor, case_id: str, *, passed: bool, opinion: str) -> None:
    """法制审核意见 by the case's named reviewer."""
    actor.require(Permission.REVIEW_CASES)
    opinion = _require_text(opinion, "opinion", "审核意见", 5000)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        me = _actor_staff(uow, actor)
        if me is None or me.id != case.reviewer_id:
            raise DomainError("not_reviewer", "只有本案指定的法制审核人员可以出具审核意见。")
        if Status(case.status) is not Status.REVIEWING:
            raise DomainError("wrong_status", "案件不在法制审核阶段。")
        case.review_passed = passed
        case.review_opinion = opinion
        uow.save(case, is_new=False)
        _step(uow, case, "review", case.status, me, actor, None, opinion[:200])
        uow.record("case.review", "enforcement_case", case_id, {"passed": passed, "opinion": opinion})
        uow.commit()


def record_hearing_held(ctx: AppContext, actor: Actor, case_id: str, note: str) -> None:
    """听证 held: ends the hearing pause of the decision clock."""
    actor.require(Permission.HANDLE_CASES)
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        if Status(case.status) is not Status.HEARING:
            raise DomainError("wrong_status", "案件不在听证阶段。")
        me = _actor_staff(uow, actor)
        case.hearing_held = True
        uow.save(case, is_new=False)
        _end_pauses(uow, case_id, PauseKind.HEARING, ctx.clock.today())
        dl.refresh_decision_deadline(uow, cal, case, ctx.clock.today())
        _step(uow, case, "hearing_held", case.status, me, actor, None, note)
        uow.record("case.hearing_held", "enforcement_case", case_id, {"note": note})
        uow.commit()


# --- pauses and extensions ----------------------------------------------------------------


def _end_pauses(uow: UnitOfWork, case_id: str, kind: PauseKind | None, day: date) -> int:
    n = 0
    for p in uow.session.scalars(select(CasePause).where(
            CasePause.case_id == case_id, CasePause.end_on.is_(None), CasePause.deleted.is_(False))):
        if kind is None or p.kind == kind.value:
            p.end_on = day
            uow.save(p, is_new=False)
            n += 1
    return n


def start_pause(ctx: AppContext, actor: Actor, case_id: str, kind: PauseKind, reason: str,
                start_on: date | None = None) -> None:
    """Stop the decision clock (appraisal, announcement, suspension; hearing starts itself)."""
    actor.require(Permission.HANDLE_CASES)
    reason = _require_text(reason, "reason", "原因", 2000)
    day = start_on or ctx.clock.today()
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        if case.filed_on is None or case.decided_on is not None:
            raise DomainError("no_clock", "只有已立案、尚未决定的案件才有办案期限。")
        uow.save(CasePause(case_id=case_id, kind=PauseKind(kind).value, start_on=day, reason=reason),
                 is_new=True)
        dl.refresh_decision_deadline(uow, cal, case, ctx.clock.today())
        uow.record("case.pause", "enforcement_case", case_id, {"kind": kind.value, "start_on": day,
                                                               "reason": reason})
        uow.commit()


def end_pause(ctx: AppContext, actor: Actor, case_id: str, kind: PauseKind,
              end_on: date | None = None) -> None:
    """Restart the decision clock."""
    actor.require(Permission.HANDLE_CASES)
    day = end_on or ctx.clock.today()
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        if not _end_pauses(uow, case_id, kind, day):
            raise DomainError("no_pause", "没有正在进行的该类中止。")
        dl.refresh_decision_deadline(uow, cal, case, ctx.clock.today())
        uow.record("case.resume", "enforcement_case", case_id, {"kind": kind.value, "end_on": day})
        uow.commit()


def approve_extension(ctx: AppContext, actor: Actor, case_id: str, days: int, reason: str) -> None:
    """Leader-approved extension of the 90-day decision period."""
    actor.require(Permission.DECIDE_CASES)
    reason = _require_text(reason, "reason", "延期理由", 2000)
    if days <= 0 or days > 365:
        raise ValidationError("days", "bad_days", "延期天数须在 1–365 天之间。")
    cal = reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        me = _actor_staff(uow, actor)
        if me is None:
            raise DomainError("no_staff", "当前用户未关联执法人员档案。")
        if case.filed_on is None or case.decided_on is not None:
            raise DomainError("no_clock", "只有已立案、尚未决定的案件才能延期。")
        uow.save(CaseExtension(case_id=case_id, approved_by=me.id, approved_on=ctx.clock.today(),
                               days=days, reason=reason), is_new=True)
        dl.refresh_decision_deadline(uow, cal, case, ctx.clock.today())
        uow.record("case.extension", "enforcement_case", case_id, {"days": days, "reason": reason})
        uow.commit()


# --- the workflow -------------------------------------------------------------------------


def snapshot(ctx: AppContext, uow: UnitOfWork, case: Case, today: date) -> CaseSnapshot:
    """What the guards need, from the store and the staff register's answers for today."""
    handlers = []
    for sid in _handler_ids(uow, case.id):
        try:
            ok = staff.may_handle_case(ctx, sid, today).ok
        except NotFound:
            ok = False
        handlers.append(Person(sid, ok))
    cal = reference_data.calendar(ctx)
    due = dl.decision_due_for(uow, cal, case, today)
    window = None
    if case.notice_on is not None:
        from app.rules.deadlines import due_date

        window = due_date(cal, Deadline.HEARING_REQUEST, case.notice_on).day
    return CaseSnapshot(
        procedure=Procedure(case.procedure),
        status=Status(case.status),
        party_type=PartyType(case.party_type),
        handlers=tuple(handlers),
        reviewer_id=case.reviewer_id,
        review_passed=case.review_passed,
        filed_on=case.filed_on,
        decision_due=due.day if due else None,
        hearing_requested=case.hearing_requested,
        hearing_held=case.hearing_held,
        investigation_report=bool(case.investigation_report),
        first_offence_exempt=case.first_offence,
        fine_fen=case.fine_fen,
        within_limitation=case.within_limitation,
        notice_served_on=case.notice_on,
        hearing_window_end=window,
        paid_in_full=case.fine_fen > 0 and case.paid_fen >= case.fine_fen,
        major_fine_fen=major_fine_fen(ctx),
    )


def _move_in_uow(ctx: AppContext, uow: UnitOfWork, actor: Actor, case: Case, move: Move,
                 req: MoveRequest) -> Status:
    """Check and apply one move inside an open unit of work; raises with every refusal."""
    today = ctx.clock.today()
    refusals: list[Refusal] = []
    me = _actor_staff(uow, actor)
    if not actor.can(MOVE_PERMISSION[move]):
        raise PermissionDenied("permission_denied", "当前用户无权执行此操作。")
    if me is None:
        refusals.append(Refusal("no_staff", "当前用户未关联执法人员档案，不能办理案件。"))
    snap = snapshot(ctx, uow, case, today)
    if move in HANDLER_MOVES and me is not None:
        mine = next((p for p in snap.handlers if p.staff_id == me.id), None)
        if mine is None:
            refusals.append(Refusal("not_handler", "只有本案承办人可以执行此操作。"))
        elif not mine.may_handle:
            refusals.append(Refusal("actor_not_certified", "您今天不具备执法资格（执法证无效、过期或被暂扣）。"))
    given = MoveInput(
        actor_staff_id=me.id if me else None,
        actor_is_leader=actor.can(Permission.DECIDE_CASES),
        outcome=req.outcome,
        fine_fen=req.fine_fen,
        today=today,
        transfer_reason=req.transfer_reason,
        decider_id=me.id if me else None,
    )
    check = check_move(snap, move, given)
    refusals += list(check.refusals)
    if move is Move.DECIDE and req.outcome is Outcome.PENALTY and not snap.first_offence_exempt:
        if req.fine_fen == 0 and not req.warning_only:
            refusals.append(Refusal("no_penalty_content", "请填写罚款金额，或选择警告。"))
        refusals += _discretion_refusals(ctx, case.item_code, case.act_on, req.tier, req.fine_fen,
                                         req.reasons, req.warning_only)
    if move is Move.DECIDE and req.outcome is not Outcome.PENALTY and req.fine_fen:
        refusals.append(Refusal("fine_without_penalty", "不予处罚或移送的决定不能有罚款。"))
    if refusals or check.target is None:
        raise refuse(refusals or [Refusal("refused", "不能执行此操作。")])
    before = Status(case.status)
    cal = reference_data.calendar(ctx)
    case.status = check.target.value
    change: dict[str, Any] = {"move": move.value, "from": before.value, "to": case.status}
    if move is Move.FILE:
        case.filed_on = today
        dl.meet_deadline(uow, case.id, Deadline.FILING)
        dl.open_deadline(uow, cal, case.id, Deadline.DECISION, today,
                         due=dl.decision_due_for(uow, cal, case, today))
    elif move is Move.NOTIFY:
        case.notice_on = today
        dl.open_deadline(uow, cal, case.id, Deadline.HEARING_REQUEST, today)
    elif move is Move.REQUEST_HEARING:
        case.hearing_requested = True
        dl.meet_deadline(uow, case.id, Deadline.HEARING_REQUEST)
        uow.save(CasePause(case_id=case.id, kind=PauseKind.HEARING.value, start_on=today,
                           reason="当事人申请听证"), is_new=True)
        dl.refresh_decision_deadline(uow, cal, case, today)
    elif move is Move.DECIDE:
        assert req.outcome is not None and me is not None
        advice = suggest_discretion(ctx, case.item_code, case.act_on, json.loads(case.facts_json))
        case.outcome = req.outcome.value
        case.fine_fen = req.fine_fen if req.outcome is Outcome.PENALTY else 0
        case.warning_only = req.warning_only and req.outcome is Outcome.PENALTY
        chosen_tier = req.tier or advice.tier
        case.tier = chosen_tier.value if chosen_tier else None
        case.benchmark_version = advice.benchmark_version
        case.range_min_fen = advice.min_fen if advice.benchmark_version else None
        case.range_max_fen = advice.max_fen if advice.benchmark_version else None
        case.reasons = (req.reasons or "").strip() or None
        case.decider_id = me.id
        case.decided_on = today
        _end_pauses(uow, case.id, None, today)
        dl.meet_deadline(uow, case.id, Deadline.DECISION)
        dl.meet_deadline(uow, case.id, Deadline.HEARING_REQUEST)
        dl.open_deadline(uow, cal, case.id, Deadline.SERVICE, today)
        change.update(outcome=case.outcome, fine_fen=case.fine_fen, tier=case.tier,
                      benchmark_version=case.benchmark_version, reasons=case.reasons)
    elif move is Move.SERVE:
        case.served_on = today
        dl.meet_deadline(uow, case.id, Deadline.SERVICE)
        if case.fine_fen > 0:
            dl.open_deadline(uow, cal, case.id, Deadline.PAYMENT, today)
    elif move is Move.CLOSE:
        case.closed_on = today
    elif move is Move.TRANSFER:
        dl.meet_deadline(uow, case.id, Deadline.FILING)
        dl.meet_deadline(uow, case.id, Deadline.DECISION)
        change["reason"] = req.transfer_reason
    uow.save(case, is_new=False)
    _step(uow, case, move.value, before.value, me, actor, req.document_ref, req.note)
    uow.record("case." + move.value, "enforcement_case", case.id, change)
    return check.target


def move(ctx: AppContext, actor: Actor, case_id: str, move: Move,
         req: MoveRequest | None = None) -> CaseRef:
    """Take one workflow step; refused (nothing written) with every reason joined."""
    move = Move(move)
    if move is Move.TRANSFER:
        raise DomainError("use_transfer_out", "案件移送请使用“移送”功能（需填写移送函信息）。")
    actor.require(MOVE_PERMISSION[move])
    reference_data.ensure_loaded(ctx)  # never inside the write transaction below
    reference_data.calendar(ctx)
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        target = _move_in_uow(ctx, uow, actor, case, move, req or MoveRequest())
        uow.commit()
        return CaseRef(case.id, case.number, target)


def record_payment(ctx: AppContext, actor: Actor, case_id: str, amount_fen: int, paid_on: date,
                   reference: str | None = None) -> CaseRef:
    """Record a payment; the late fee (3 %/day, capped at the fine) is computed against the
    payment deadline. A summary case closes itself when paid in full."""
    from app.rules.deadlines import late_fee_fen

    actor.require(Permission.HANDLE_CASES)
    if amount_fen <= 0:
        raise ValidationError("amount_fen", "bad_amount", "金额须大于零。")
    with ctx.uow(actor) as uow:
        case = _load(uow, case_id)
        if case.fine_fen <= 0 or Status(case.status) not in (Status.SERVED, Status.EXECUTING):
            raise DomainError("nothing_to_pay", "本案当前没有待缴罚款。")
        from local_db.models_cases import CaseDeadline

        due_row = uow.session.scalar(select(CaseDeadline).where(
            CaseDeadline.case_id == case_id, CaseDeadline.kind == Deadline.PAYMENT.value,
            CaseDeadline.deleted.is_(False)).order_by(CaseDeadline.due_on.desc()))
        fee = late_fee_fen(case.fine_fen, due_row.due_on, paid_on) if due_row else 0
        case.late_fee_fen = max(case.late_fee_fen, fee)
        case.paid_fen += amount_fen
        case.paid_on = paid_on
        case.payment_ref = reference or case.payment_ref
        owed = case.fine_fen + case.late_fee_fen
        if case.paid_fen >= case.fine_fen:
            dl.meet_deadline(uow, case_id, Deadline.PAYMENT)
        before = case.status
        if Procedure(case.procedure) is Procedure.SUMMARY and case.paid_fen >= case.fine_fen:
            case.status = Status.CLOSED.value
            case.closed_on = paid_on
        uow.save(case, is_new=False)
        if case.status != before:
            _step(uow, case, "paid", before, _actor_staff(uow, actor), actor, reference)
        uow.record("case.payment", "enforcement_case", case_id, {
            "amount_fen": amount_fen, "paid_on": paid_on, "late_fee_fen": case.late_fee_fen,
            "owed_fen": owed, "reference": reference,
        })
        uow.commit()
        return CaseRef(case.id, case.number, Status(case.status))
