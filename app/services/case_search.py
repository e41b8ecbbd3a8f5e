"""Reading cases: the sorted id list and ~200-row pages of the 100,000-case list, full-text
search (FTS5, trigram), the detail page (parties, steps, deadlines, evidence, audit timeline),
statistics and the 执法业务台账 xlsx export.

The list follows Anki's browser: `case_ids(ctx, filter, sort)` runs one SELECT of ids (sorted
and filtered in SQL); `case_rows(ctx, ids)` fetches one page with a single `WHERE id IN (…)`.
Text terms of 3+ characters use the trigram index (MATCH); shorter ones (a two-character name)
fall back to a substring scan of the index's own text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select, text
from sqlalchemy.orm import Session

from app.context import Actor, AppContext
from app.errors import NotFound
from app.rules.roles import Permission
from app.rules.workflow import STATUS_LABELS, Outcome, Procedure, Status
from app.services import case_deadlines as dl
from app.services.case_evidence import EvidenceInfo, case_evidence
from local_db.models import AuditLog, StaffMember
from local_db.models_cases import (
    Case,
    CaseHandler,
    CaseItem,
    CaseParty,
    CaseStep,
    RefCatalogItem,
)


class CaseSort(StrEnum):
    """Sort keys of the case list (descending variants end in _desc)."""

    DISCOVERED_DESC = "discovered_desc"
    DISCOVERED = "discovered"
    NUMBER = "number"
    NUMBER_DESC = "number_desc"
    STATUS = "status"
    PARTY = "party"
    FINE_DESC = "fine_desc"
    UPDATED_DESC = "updated_desc"


@dataclass(frozen=True)
class CaseFilter:
    """The list's filters; None/empty = no restriction."""

    statuses: frozenset[Status] = frozenset()
    procedure: Procedure | None = None
    item_code: str | None = None
    date_from: date | None = None  # discovery date
    date_to: date | None = None
    handler_id: str | None = None
    text: str = ""


@dataclass(frozen=True)
class CaseRow:
    """One row of the case list."""

    id: str
    number: str
    procedure: Procedure
    status: Status
    status_label: str
    item_code: str
    party_name: str
    place: str
    discovered_on: date
    fine_fen: int
    paid_fen: int
    lead_handler: str | None


_SORTS: dict[CaseSort, tuple[Any, ...]] = {
    CaseSort.DISCOVERED_DESC: (Case.discovered_on.desc(), Case.number_seq.desc()),
    CaseSort.DISCOVERED: (Case.discovered_on, Case.number_seq),
    CaseSort.NUMBER: (Case.number_year, Case.procedure, Case.number_seq),
    CaseSort.NUMBER_DESC: (Case.number_year.desc(), Case.procedure.desc(), Case.number_seq.desc()),
    CaseSort.STATUS: (Case.status, Case.discovered_on.desc()),
    CaseSort.PARTY: (Case.party_name, Case.discovered_on.desc()),
    CaseSort.FINE_DESC: (Case.fine_fen.desc(), Case.discovered_on.desc()),
    CaseSort.UPDATED_DESC: (Case.updated_at.desc(),),
}


def fts_terms(text_: str) -> tuple[list[str], list[str]]:
    """Split a search box's text into trigram MATCH terms (≥ 3 chars) and short terms."""
    long_terms: list[str] = []
    short_terms: list[str] = []
    for term in text_.split():
        (long_terms if len(term) >= 3 else short_terms).append(term)
    return long_terms, short_terms


def fts_match_expression(terms: Sequence[str]) -> str:
    """An FTS5 MATCH string: every term quoted as a phrase (no query syntax), all required."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def search_sql(text_: str) -> tuple[str, dict[str, str]] | None:
    """The SQL (selecting case ids) and parameters of a text search; None for empty text.
    The benchmark runs this same SQL through raw sqlite3."""
    long_terms, short_terms = fts_terms(text_)
    if not long_terms and not short_terms:
        return None
    where, params = [], {}
    if long_terms:
        where.append("case_fts MATCH :q")
        params["q"] = fts_match_expression(long_terms)
    for i, term in enumerate(short_terms):
        where.append(
            f"instr(case_fts.number || ' ' || case_fts.parties || ' ' || case_fts.place || ' ' "
            f"|| case_fts.facts, :s{i}) > 0"
        )
        params[f"s{i}"] = term
    sql = (
        "SELECT case_fts_key.case_id FROM case_fts "
        "JOIN case_fts_key ON case_fts_key.rowid = case_fts.rowid WHERE " + " AND ".join(where)
    )
    return sql, params


def _filtered(f: CaseFilter) -> Select[Any]:
    q = select(Case.id).where(Case.deleted.is_(False))
    if f.statuses:
        q = q.where(Case.status.in_([s.value for s in f.statuses]))
    if f.procedure is not None:
        q = q.where(Case.procedure == f.procedure.value)
    if f.item_code:
        q = q.where(exists().where(and_(CaseItem.case_id == Case.id,
                                        CaseItem.item_code == f.item_code,
                                        CaseItem.deleted.is_(False))))
    if f.date_from:
        q = q.where(Case.discovered_on >= f.date_from)
    if f.date_to:
        q = q.where(Case.discovered_on <= f.date_to)
    if f.handler_id:
        q = q.where(exists().where(and_(CaseHandler.case_id == Case.id,
                                        CaseHandler.staff_id == f.handler_id,
                                        CaseHandler.deleted.is_(False))))
    found = search_sql(f.text)
    if found is not None:
        sql, params = found
        q = q.where(Case.id.in_(text(sql).bindparams(**params).columns(case_id=Case.id.type)))
    return q


def case_ids(ctx: AppContext, filter: CaseFilter | None = None,
             sort: CaseSort = CaseSort.DISCOVERED_DESC) -> list[str]:
    """Ids of the cases matching `filter`, in `sort` order (the list model's row count)."""
    q = _filtered(filter or CaseFilter()).order_by(*_SORTS[CaseSort(sort)])
    with ctx.db.read_session() as s:
        return [str(x) for x in s.execute(q).scalars()]


def case_rows(ctx: AppContext, ids: Sequence[str]) -> list[CaseRow]:
    """The rows of `ids` (one query), in the order given; unknown ids are skipped."""
    if not ids:
        return []
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(Case.id, Case.number, Case.procedure, Case.status, Case.item_code,
                   Case.party_name, Case.place, Case.discovered_on, Case.fine_fen, Case.paid_fen,
                   StaffMember.name)
            .outerjoin(StaffMember, StaffMember.id == Case.lead_handler_id)
            .where(Case.id.in_(list(ids)))
        ).all()
    by_id = {
        r[0]: CaseRow(r[0], r[1], Procedure(r[2]), Status(r[3]), STATUS_LABELS[Status(r[3])],
                      r[4], r[5], r[6], r[7], r[8], r[9], r[10])
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


# --- detail -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyInfo:
    """A party on the detail page."""

    party_type: str
    name: str
    id_number: str | None
    uscc: str | None
    legal_rep: str | None
    phone: str | None
    address: str | None


@dataclass(frozen=True)
class StepInfo:
    """A workflow step taken."""

    move: str
    from_status: str | None
    to_status: str
    at: datetime
    by_name: str
    document_ref: str | None
    note: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """An audit-chain entry about the case (全过程记录)."""

    seq: int
    at: datetime
    user_name: str | None
    action: str
    change: dict[str, Any]


@dataclass(frozen=True)
class CaseDetail:
    """Everything the detail page shows."""

    id: str
    number: str
    procedure: Procedure
    status: Status
    source: str
    place: str
    act_at: datetime
    discovered_on: date
    facts: str
    discretion_facts: dict[str, Any]
    items: tuple[str, ...]
    parties: tuple[PartyInfo, ...]
    handlers: tuple[tuple[str, str], ...]  # (staff id, name), lead first
    reviewer: str | None
    decider: str | None
    outcome: Outcome | None
    fine_fen: int
    warning_only: bool
    tier: str | None
    benchmark_version: str | None
    range_min_fen: int | None
    range_max_fen: int | None
    reasons: str | None
    paid_fen: int
    late_fee_fen: int
    first_offence: bool
    review_passed: bool
    steps: tuple[StepInfo, ...]
    deadlines: tuple[dl.DeadlineInfo, ...]
    evidence: tuple[EvidenceInfo, ...]
    timeline: tuple[TimelineEntry, ...] = field(default=())


def _name(s: Session, staff_id: str | None) -> str | None:
    if not staff_id:
        return None
    m = s.get(StaffMember, staff_id)
    return m.name if m else None


def case_detail(ctx: AppContext, case_id: str) -> CaseDetail:
    """One case with parties, steps, deadlines, evidence and its audit timeline."""
    with ctx.db.read_session() as s:
        c = s.get(Case, case_id)
        if c is None or c.deleted:
            raise NotFound("case_not_found", "找不到该案件。")
        parties = tuple(
            PartyInfo(p.party_type, p.name, p.id_number, p.uscc, p.legal_rep, p.phone, p.address)
            for p in s.scalars(select(CaseParty).where(CaseParty.case_id == case_id,
                                                       CaseParty.deleted.is_(False))
                               .order_by(CaseParty.seq))
        )
        items = tuple(s.scalars(select(CaseItem.item_code).where(
            CaseItem.case_id == case_id, CaseItem.deleted.is_(False)).order_by(CaseItem.seq)))
        handlers = tuple(
            (sid, name) for sid, name in s.execute(
                select(CaseHandler.staff_id, StaffMember.name)
                .join(StaffMember, StaffMember.id == CaseHandler.staff_id)
                .where(CaseHandler.case_id == case_id, CaseHandler.deleted.is_(False))
                .order_by(CaseHandler.lead.desc(), StaffMember.name))
        )
        steps = tuple(
            StepInfo(st.move, st.from_status, st.to_status, st.at, st.by_name, st.document_ref,
                     st.note)
            for st in s.scalars(select(CaseStep).where(CaseStep.case_id == case_id)
                                .order_by(CaseStep.at, CaseStep.id))
        )
        from local_db.models_cases import CaseTransfer, Evidence

        related = [case_id]
        related += list(s.scalars(select(CaseTransfer.id).where(CaseTransfer.case_id == case_id)))
        related += list(s.scalars(select(Evidence.id).where(Evidence.case_id == case_id)))
        timeline = tuple(
            TimelineEntry(a.seq, a.at, a.user_name, a.action, json.loads(a.change_json))
            for a in s.scalars(select(AuditLog).where(AuditLog.entity_id.in_(related))
                               .order_by(AuditLog.seq))
        )
        detail = CaseDetail(
            c.id, c.number, Procedure(c.procedure), Status(c.status), c.source, c.place, c.act_at,
            c.discovered_on, c.facts, json.loads(c.facts_json or "{}"), items, parties, handlers,
            _name(s, c.reviewer_id), _name(s, c.decider_id),
            Outcome(c.outcome) if c.outcome else None, c.fine_fen, c.warning_only, c.tier,
            c.benchmark_version, c.range_min_fen, c.range_max_fen, c.reasons, c.paid_fen,
            c.late_fee_fen, c.first_offence, c.review_passed, steps, (), (), timeline,
        )
    from dataclasses import replace

    return replace(detail, deadlines=tuple(dl.case_deadlines(ctx, case_id)),
                   evidence=tuple(case_evidence(ctx, case_id)))


@dataclass(frozen=True)
class PauseRow:
    """A pause of the decision clock (end_on None while it lasts)."""

    kind: str  # cases.PauseKind code
    start_on: date
    end_on: date | None
    reason: str


@dataclass(frozen=True)
class ExtensionRow:
    """A leader-approved extension of the decision period."""

    days: int
    approved_on: date
    approver: str | None
    reason: str


def case_clock(ctx: AppContext, case_id: str) -> tuple[tuple[PauseRow, ...], tuple[ExtensionRow, ...]]:
    """The pauses and extensions of one case's decision clock, oldest first."""
    from local_db.models_cases import CaseExtension, CasePause

    with ctx.db.read_session() as s:
        pauses = tuple(
            PauseRow(p.kind, p.start_on, p.end_on, p.reason)
            for p in s.scalars(select(CasePause).where(
                CasePause.case_id == case_id, CasePause.deleted.is_(False))
                .order_by(CasePause.start_on, CasePause.id)))
        exts = tuple(
            ExtensionRow(e.days, e.approved_on, _name(s, e.approved_by), e.reason)
            for e in s.scalars(select(CaseExtension).where(
                CaseExtension.case_id == case_id, CaseExtension.deleted.is_(False))
                .order_by(CaseExtension.approved_on, CaseExtension.id)))
    return pauses, exts


def case_id_by_number(ctx: AppContext, number: str) -> str | None:
    """The id of the squad's case numbered `number` (exactly), or None."""
    number = (number or "").strip()
    if not number:
        return None
    with ctx.db.read_session() as s:
        return s.scalar(select(Case.id).where(Case.number == number, Case.deleted.is_(False))
                        .limit(1))


# --- statistics and ledger ----------------------------------------------------------------


@dataclass(frozen=True)
class CaseStatistics:
    """Counts by procedure, status, item and month (of discovery), fines, overdue."""

    total: int
    by_procedure: dict[str, int]
    by_status: dict[str, int]
    by_item: dict[str, int]
    by_month: dict[str, int]  # "2026-03" → count
    fines_fen: int  # decided fines
    paid_fen: int
    overdue: int


def statistics(ctx: AppContext, *, year: int | None = None) -> CaseStatistics:
    """Case statistics (optionally of one year of discovery)."""
    base: list[ColumnElement[bool]] = [Case.deleted.is_(False)]
    if year is not None:
        base += [Case.discovered_on >= date(year, 1, 1), Case.discovered_on <= date(year, 12, 31)]

    def grouped(col: Any) -> dict[str, int]:
        with ctx.db.read_session() as s:
            return {str(k): int(n) for k, n in
                    s.execute(select(col, func.count()).where(*base).group_by(col).order_by(col))}

    month = func.strftime("%Y-%m", Case.discovered_on)
    with ctx.db.read_session() as s:
        total, fines, paid = s.execute(
            select(func.count(), func.coalesce(func.sum(Case.fine_fen), 0),
                   func.coalesce(func.sum(Case.paid_fen), 0)).where(*base)).one()
    return CaseStatistics(int(total), grouped(Case.procedure), grouped(Case.status),
                          grouped(Case.item_code), grouped(month), int(fines), int(paid),
                          dl.overdue_count(ctx))


LEDGER_COLUMNS = (
    "序号", "案件编号", "程序", "案源", "执法事项", "当事人", "违法地点", "违法时间", "发现日期",
    "立案日期", "承办人", "审核人", "决定人", "决定", "罚款（元）", "已缴（元）", "加处罚款（元）",
    "状态", "结案日期",
)


def export_ledger(ctx: AppContext, actor: Actor, path: Path, *, year: int | None = None) -> int:
    """Write the 执法业务台账 as xlsx (openpyxl, write-only); returns the number of cases."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from app.services.cases import OUTCOME_LABELS, PROCEDURE_LABELS, SOURCE_LABELS, CaseSource

    actor.require(Permission.EXPORT_LEDGERS)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("执法业务台账")
    widths = (6, 30, 10, 10, 28, 16, 30, 18, 12, 12, 16, 10, 10, 12, 10, 10, 12, 8, 12)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    header = []
    for title in LEDGER_COLUMNS:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    q = select(Case).where(Case.deleted.is_(False)).order_by(
        Case.number_year, Case.procedure, Case.number_seq)
    if year is not None:
        q = q.where(Case.number_year == year)
    n = 0
    with ctx.db.read_session() as s:
        names = dict(s.execute(select(StaffMember.id, StaffMember.name)).all())
        items = dict(s.execute(select(RefCatalogItem.code, RefCatalogItem.name)).all())
        handlers: dict[str, list[str]] = {}
        for cid, sid in s.execute(select(CaseHandler.case_id, CaseHandler.staff_id)
                                  .where(CaseHandler.deleted.is_(False))
                                  .order_by(CaseHandler.lead.desc())):
            handlers.setdefault(cid, []).append(names.get(sid, ""))
        for c in s.scalars(q.execution_options(yield_per=2000)):
            n += 1
            outcome = OUTCOME_LABELS[Outcome(c.outcome)] if c.outcome else ""
            if c.warning_only:
                outcome = "警告"
            ws.append([
                n, c.number, PROCEDURE_LABELS[Procedure(c.procedure)],
                SOURCE_LABELS.get(CaseSource(c.source), c.source),
                items.get(c.item_code, c.item_code), c.party_name, c.place,
                c.act_at.astimezone().strftime("%Y-%m-%d %H:%M"), c.discovered_on, c.filed_on,
                "、".join(handlers.get(c.id, [])), names.get(c.reviewer_id or "", ""),
                names.get(c.decider_id or "", ""), outcome, c.fine_fen / 100, c.paid_fen / 100,
                c.late_fee_fen / 100, STATUS_LABELS[Status(c.status)], c.closed_on,
            ])
    wb.save(path)
    return n


# --- catalog for the case forms -------------------------------------------------------------


@dataclass(frozen=True)
class FactField:
    """One discretion fact the forms ask for: key, label, type (bool/number/choice/text)."""

    key: str
    label: str
    type: str
    options: tuple[tuple[str, str], ...] = ()  # (value, label) of a choice


@dataclass(frozen=True)
class ItemChoice:
    """A catalog item as the case forms offer it (with the sample text and fact fields)."""

    code: str
    name: str
    domain: str
    township_power: bool
    summary_allowed: bool
    sample_facts: str
    facts: tuple[FactField, ...]
    penalty_summary: str


def item_choices(ctx: AppContext) -> list[ItemChoice]:
    """Current (not retired) catalog items for the forms' item combos, by code."""
    from app.services import reference_data

    reference_data.ensure_loaded(ctx)
    out: list[ItemChoice] = []
    with ctx.db.read_session() as s:
        for r in s.scalars(select(RefCatalogItem).where(RefCatalogItem.deleted.is_(False))
                           .order_by(RefCatalogItem.code)):
            data = json.loads(r.json or "{}")
            facts = tuple(
                FactField(str(f.get("key", "")), str(f.get("label") or f.get("key", "")),
                          str(f.get("type", "text")),
                          tuple((str(o.get("value")), str(o.get("label", o.get("value"))))
                                for o in f.get("options", []) if isinstance(o, dict)))
                for f in data.get("facts", []) if isinstance(f, dict) and f.get("key")
            )
            out.append(ItemChoice(r.code, r.name, r.domain, r.township_power,
                                  bool(data.get("summary_allowed", r.township_power)),
                                  str(data.get("sample_facts", "")), facts,
                                  str(data.get("penalty_summary", ""))))
    return out
