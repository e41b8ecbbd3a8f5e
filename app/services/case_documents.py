"""Case documents: each document's data built from the case, rendering (draft or issued),
issuing with a number and the signed 一案一码, the case archive (卷宗) as one PDF, and the
public-disclosure copies (公示) with personal data masked.

Where the data comes from: parties, items (legal and penalty basis from the catalog), the
discretion tier + benchmark version + reasons stored at the decision, handlers' names and
certificate numbers from the staff register, dates from the workflow steps, numbers of the
documents already issued for the case. Township-level texts the store does not hold
(payment account, review body and court, 行政区划代码) are LocalSettings (`DOC_SETTINGS`).

一案一码 township code: the LocalSetting "documents.township_code" (the 行政区划代码 the county
assigns, e.g. 330703101) when set; otherwise the township's document prefix (孝顺镇综执), which
is unique within a county. The public-key store (app.services.public_keys) is keyed by the same
code, so whichever is used, the verifier finds the key.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from app.context import Actor, AppContext
from app.documents.decision import (
    Authority,
    DiscretionApplied,
    Party,
    PartyKind,
    Payment,
    Penalty,
    Remedies,
)
from app.documents.forms import DECISION_TYPES, DOC_ORDER, render_case_form
from app.documents.forms.data import (
    ArchiveCoverData,
    CaseDocData,
    CatalogRow,
    EvidenceLine,
    ItemBasis,
    Officer,
    StepLine,
    TransferData,
)
from app.documents.seal import SealInfo, SealOwnerKind, list_seals
from app.documents.types import DOC_TYPES, DocType
from app.errors import DomainError, NotFound, ValidationError
from app.rules.discretion import Tier
from app.rules.workflow import PartyType
from app.services import documents as doc_service
from local_db.models import LocalSetting, StaffMember, Township
from local_db.models_cases import (
    Case,
    CaseHandler,
    CaseItem,
    CaseParty,
    CaseStep,
    CaseTransfer,
    Evidence,
    JointAction,
    JointActionCase,
    RefCatalogItem,
)

Progress = Callable[[int, int, str], None]  # (done, total, what)
Cancel = Callable[[], bool]

# --- settings -----------------------------------------------------------------------------

DOC_SETTINGS: dict[str, tuple[str, str]] = {
    # key: (label, default)
    "documents.township_code": ("一案一码乡镇代码（行政区划代码）", ""),
    "documents.authority_name": ("发文机关名称", ""),  # default: {镇名}人民政府
    "documents.review_body": ("行政复议机关", "本机关的上一级人民政府"),
    "documents.court": ("管辖人民法院", "有管辖权的人民法院"),
    "documents.payment_bank": ("罚款代收银行", "指定代收银行"),
    "documents.payment_account_name": ("罚款缴款户名", ""),
    "documents.payment_account_no": ("罚款缴款账号", ""),
    "documents.benchmark_name": ("裁量基准名称", "综合行政执法事项行政处罚裁量基准"),
    "documents.rectify_days": ("责令改正期限（日）", "3"),
}

SHORT_CODES: dict[str, DocType] = {
    "source": DocType.CASE_SOURCE,
    "filing": DocType.FILING_APPROVAL,
    "inspection": DocType.INSPECTION_RECORD,
    "inquiry": DocType.INQUIRY_RECORD,
    "rectify": DocType.RECTIFICATION_ORDER,
    "preserve": DocType.EVIDENCE_PRESERVATION,
    "report": DocType.INVESTIGATION_REPORT,
    "review": DocType.LEGAL_REVIEW,
    "notice": DocType.ADVANCE_NOTICE,
    "hearing": DocType.HEARING_NOTICE,
    "decision": DocType.PENALTY_DECISION,
    "no-penalty": DocType.NO_PENALTY_DECISION,
    "summary": DocType.SUMMARY_DECISION,
    "receipt": DocType.SERVICE_RECEIPT,
    "transfer": DocType.TRANSFER_LETTER,
    "closing": DocType.CLOSING_REPORT,
}


def doc_settings(ctx: AppContext) -> dict[str, str]:
    """The document settings (defaults filled in)."""
    with ctx.db.read_session() as s:
        stored = dict(s.execute(select(LocalSetting.key, LocalSetting.value).where(
            LocalSetting.key.in_(list(DOC_SETTINGS)))).all())
    return {k: stored.get(k) or default for k, (_label, default) in DOC_SETTINGS.items()}


def set_doc_setting(ctx: AppContext, actor: Actor, key: str, value: str) -> None:
    """Change one document setting (administrator; audited)."""
    from app.rules.roles import Permission

    actor.require(Permission.MANAGE_SETTINGS)
    if key not in DOC_SETTINGS:
        raise ValidationError("key", "bad_setting", "未知的文书设置：{key}。", key=key)
    value = (value or "").strip()
    if key == "documents.township_code" and value and not re.fullmatch(r"[0-9A-Za-z]{6,15}", value):
        raise ValidationError("township_code", "bad_code", "乡镇代码应为6–15位数字或字母（行政区划代码）。")
    with ctx.uow(actor) as uow:
        row = uow.session.get(LocalSetting, key)
        before = row.value if row else None
        if row is None:
            uow.session.add(LocalSetting(key=key, value=value))
        else:
            row.value = value
        uow.record("settings.update", "local_setting", None,
                   {"key": key, "before": before, "after": value})
        uow.commit()


def resolve_doc_type(text: str) -> DocType:
    """A document type from its Chinese title (行政处罚决定书; brackets optional), its code
    (penalty_decision), a short code (decision) or its number word (罚决)."""
    raw = (text or "").strip()
    plain = raw.replace("（", "").replace("）", "").replace("(", "").replace(")", "")
    for kind, info in DOC_TYPES.items():
        title_plain = info.title.replace("（", "").replace("）", "")
        variants = {info.title, title_plain, kind.value, info.word}
        if info.title.startswith("行政处罚") and len(info.title) > 7:  # 听证告知书, 事先告知书
            variants.add(info.title.removeprefix("行政处罚"))
        if "（" in info.title:  # 现场检查笔录, 责令改正通知书: title without the bracketed part
            variants.add(re.sub(r"（[^）]*）", "", info.title))
        if raw in variants or plain in variants:
            return kind
    if raw.lower() in SHORT_CODES:
        return SHORT_CODES[raw.lower()]
    raise ValidationError("doc_type", "bad_doc_type", "未知的文书类型：{t}。", t=raw)


def doc_type_list() -> list[tuple[str, str, str]]:
    """(code, short code, title) of every document type, in workflow order."""
    short = {v: k for k, v in SHORT_CODES.items()}
    return [(k.value, short[k], DOC_TYPES[k].title) for k in DOC_ORDER]


# --- building the data --------------------------------------------------------------------


def township_code(ctx: AppContext) -> str:
    """The township code in the 一案一码 (see the module docstring)."""
    code = doc_settings(ctx)["documents.township_code"]
    if code:
        return code
    with ctx.db.read_session() as s:
        prefix = s.scalar(select(Township.doc_prefix).where(Township.deleted.is_(False)).limit(1))
    if not prefix:
        raise DomainError("no_township", "尚未完成初始设置，无法生成文书。")
    return str(prefix)


def _authority(ctx: AppContext, settings: dict[str, str]) -> Authority:
    with ctx.db.read_session() as s:
        t = s.scalar(select(Township).where(Township.deleted.is_(False)).limit(1))
    if t is None:
        raise DomainError("no_township", "尚未完成初始设置，无法生成文书。")
    name = settings["documents.authority_name"] or f"{t.name}人民政府"
    return Authority(township_code=township_code(ctx), name=name, squad=t.squad_name)


def _party(p: CaseParty) -> Party:
    if p.party_type == PartyType.CITIZEN.value:
        return Party(PartyKind.PERSON, p.name, id_number=p.id_number or "",
                     gender=_gender_from_id(p.id_number or ""), address=p.address or "",
                     phone=p.phone or "")
    return Party(PartyKind.ORGANISATION, p.name, uscc=p.uscc or "",
                 legal_representative=p.legal_rep or "", address=p.address or "",
                 phone=p.phone or "")


def _gender_from_id(id_number: str) -> str:
    """男/女 from the 17th digit of an 18-digit ID number ("" otherwise)."""
    if len(id_number) == 18 and id_number[16].isdigit():
        return "男" if int(id_number[16]) % 2 else "女"
    return ""


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone().replace(tzinfo=None)


STEP_LABELS = {
    "register": "受案登记", "summary_decision": "当场处罚", "file": "立案", "investigate": "调查取证",
    "investigation_report": "调查终结", "submit_review": "送法制审核", "review": "法制审核",
    "notify": "事先告知", "request_hearing": "申请听证", "hearing_held": "举行听证",
    "decide": "作出决定", "serve": "送达", "start_execution": "执行", "paid": "缴纳罚款",
    "close": "结案", "archive": "归档", "transfer": "移送",
}


def _fen_range_text(lo: int | None, hi: int | None) -> str:
    if lo is None or hi is None:
        return ""
    return f"{lo / 100:g}元至{hi / 100:g}元"


def case_doc_data(ctx: AppContext, case_id: str) -> CaseDocData:
    """Everything the case's documents print, read from the store."""
    from app.services import cases as case_service
    from app.services import reference_data
    from app.services.case_evidence import EVIDENCE_KIND_LABELS, EvidenceKind

    reference_data.ensure_loaded(ctx)
    settings = doc_settings(ctx)
    authority = _authority(ctx, settings)
    with ctx.db.read_session() as s:
        c = s.get(Case, case_id)
        if c is None or c.deleted:
            raise NotFound("case_not_found", "找不到该案件。")
        parties = tuple(_party(p) for p in s.scalars(
            select(CaseParty).where(CaseParty.case_id == case_id, CaseParty.deleted.is_(False))
            .order_by(CaseParty.seq)))
        codes = list(s.scalars(select(CaseItem.item_code).where(
            CaseItem.case_id == case_id, CaseItem.deleted.is_(False)).order_by(CaseItem.seq)))
        items = []
        for code in codes or [c.item_code]:
            row = s.scalar(select(RefCatalogItem).where(RefCatalogItem.code == code))
            data = json.loads(row.json) if row else {}
            items.append(ItemBasis(code, row.name if row else code,
                                   str(data.get("legal_basis", "")),
                                   str(data.get("penalty_basis", "")),
                                   str(data.get("penalty_summary", ""))))
        handler_rows = s.execute(
            select(StaffMember.name, StaffMember.cert_number)
            .join(CaseHandler, CaseHandler.staff_id == StaffMember.id)
            .where(CaseHandler.case_id == case_id, CaseHandler.deleted.is_(False))
            .order_by(CaseHandler.lead.desc(), StaffMember.name)).all()
        handlers = tuple(Officer(n, cert or "") for n, cert in handler_rows)

        def officer(staff_id: str | None) -> Officer | None:
            m = s.get(StaffMember, staff_id) if staff_id else None
            return Officer(m.name, m.cert_number or "") if m else None

        steps = list(s.scalars(select(CaseStep).where(CaseStep.case_id == case_id)
                               .order_by(CaseStep.at, CaseStep.id)))
        step_day = {st.move: _local(st.at).date() for st in steps}
        evidence = tuple(
            EvidenceLine(
                e.note or e.original_name,
                EVIDENCE_KIND_LABELS.get(EvidenceKind(e.kind), e.kind),
                f"{_local(e.captured_at):%Y年%m月%d日 %H:%M}" if e.captured_at else "",
                e.sha256, e.size, e.original_name if e.note else "")
            for e in s.scalars(select(Evidence).where(Evidence.case_id == case_id,
                                                      Evidence.deleted.is_(False))
                               .order_by(Evidence.captured_at, Evidence.original_name)))
        t = s.scalar(select(CaseTransfer).where(CaseTransfer.case_id == case_id,
                                                CaseTransfer.direction == "out",
                                                CaseTransfer.deleted.is_(False))
                     .order_by(CaseTransfer.found_at.desc()))
        transfer = TransferData(t.counterpart, t.reasons, tuple(json.loads(t.materials or "[]")),
                                t.to_police, t.urgent, t.letter_number or "") if t else None
        case = c
        reviewer, decider = officer(c.reviewer_id), officer(c.decider_id)
    # numbers of documents already issued for this case (latest version, not voided)
    issued = _issued_by_type(ctx, case_id)
    discretion = None
    range_text = _fen_range_text(case.range_min_fen, case.range_max_fen)
    tier_code = case.tier
    version = case.benchmark_version
    if tier_code is None:  # not decided yet: the suggestion (for notices and reports)
        advice = case_service.suggest_discretion(ctx, case.item_code, case.act_on,
                                                 json.loads(case.facts_json or "{}"))
        tier_code = advice.tier.value if advice.tier else None
        version = advice.benchmark_version
        if advice.benchmark_version:
            range_text = _fen_range_text(advice.min_fen, advice.max_fen)
    if tier_code and version:
        discretion = DiscretionApplied(settings["documents.benchmark_name"], version,
                                       Tier(tier_code).value, case.reasons or "")
    served = []
    for kind in (DocType.PENALTY_DECISION, DocType.NO_PENALTY_DECISION):
        if kind in issued:
            served.append((DOC_TYPES[kind].title, issued[kind].number_text))
    from app.rules.workflow import Procedure
    from app.services.cases import PROCEDURE_LABELS, SOURCE_LABELS, CaseSource

    decision_number = case.decision_number or ""
    for kind in (DocType.PENALTY_DECISION, DocType.NO_PENALTY_DECISION, DocType.SUMMARY_DECISION):
        if kind in issued:
            decision_number = issued[kind].number_text
    return CaseDocData(
        authority=authority,
        case_number=case.number,
        procedure=PROCEDURE_LABELS[Procedure(case.procedure)],
        source=SOURCE_LABELS.get(CaseSource(case.source), case.source),
        source_detail=case.source_detail or "",
        parties=parties,
        items=tuple(items),
        place=case.place,
        act_at=_local(case.act_at),
        discovered_on=case.discovered_on,
        registered_on=step_day.get("register", step_day.get("summary_decision",
                                                            case.discovered_on)),
        facts=case.facts,
        handlers=handlers,
        reviewer=reviewer,
        decider=decider,
        filed_on=case.filed_on,
        investigation_report=case.investigation_report or "",
        report_on=step_day.get("investigation_report"),
        review_opinion=case.review_opinion or "",
        review_passed=case.review_passed,
        review_on=step_day.get("review"),
        discretion=discretion,
        range_text=range_text,
        outcome=case.outcome or "",
        penalty=Penalty(warning=case.warning_only, fine_fen=case.fine_fen),
        first_offence=case.first_offence,
        notice_on=case.notice_on,
        notice_number=(issued[DocType.ADVANCE_NOTICE].number_text
                       if DocType.ADVANCE_NOTICE in issued else ""),
        hearing_requested=case.hearing_requested,
        hearing_held=case.hearing_held,
        decided_on=case.decided_on,
        decision_number=decision_number,
        served_on=case.served_on,
        paid_fen=case.paid_fen,
        late_fee_fen=case.late_fee_fen,
        paid_on=case.paid_on,
        closed_on=case.closed_on,
        evidence=evidence,
        transfer=transfer,
        steps=tuple(StepLine(_local(st.at).date(), STEP_LABELS.get(st.move, st.move), st.by_name)
                    for st in steps),
        payment=Payment(settings["documents.payment_bank"],
                        settings["documents.payment_account_name"],
                        settings["documents.payment_account_no"]),
        remedies=Remedies(settings["documents.review_body"], settings["documents.court"]),
        rectify_days=int(settings["documents.rectify_days"] or 3),
        served_numbers=tuple(served),
    )


def _issued_by_type(ctx: AppContext, case_id: str) -> dict[DocType, doc_service.IssuedInfo]:
    """The current (latest version, not voided) issued document of each type of the case."""
    out: dict[DocType, doc_service.IssuedInfo] = {}
    superseded = set()
    docs = doc_service.list_documents(ctx, case_id=case_id)
    for d in docs:
        if d.supersedes_id:
            superseded.add(d.supersedes_id)
    for d in docs:
        if d.voided or d.id in superseded:
            continue
        prev = out.get(d.doc_type)
        if prev is None or (d.year, d.seq_no, d.doc_version) > (prev.year, prev.seq_no,
                                                                 prev.doc_version):
            out[d.doc_type] = d
    return out


def current_documents(ctx: AppContext, case_id: str) -> list[doc_service.IssuedInfo]:
    """The case's current issued documents in workflow (archive) order."""
    by_type = _issued_by_type(ctx, case_id)
    return [by_type[k] for k in DOC_ORDER if k in by_type]


def document_day(d: CaseDocData, kind: DocType, today: dt.date) -> dt.date:
    """The date printed on a document: the day of its workflow step when known, else today."""
    by_kind: dict[DocType, dt.date | None] = {
        DocType.CASE_SOURCE: d.registered_on,
        DocType.FILING_APPROVAL: d.filed_on or d.registered_on,
        DocType.INSPECTION_RECORD: d.act_at.date(),
        DocType.INQUIRY_RECORD: d.filed_on,
        DocType.RECTIFICATION_ORDER: d.discovered_on,
        DocType.EVIDENCE_PRESERVATION: d.filed_on,
        DocType.INVESTIGATION_REPORT: d.report_on,
        DocType.LEGAL_REVIEW: d.review_on,
        DocType.ADVANCE_NOTICE: d.notice_on,
        DocType.HEARING_NOTICE: d.notice_on,
        DocType.PENALTY_DECISION: d.decided_on,
        DocType.NO_PENALTY_DECISION: d.decided_on,
        DocType.SUMMARY_DECISION: d.decided_on,
        DocType.SERVICE_RECEIPT: d.served_on or d.decided_on,
        DocType.TRANSFER_LETTER: None,
        DocType.CLOSING_REPORT: d.closed_on,
    }
    return by_kind.get(kind) or today


# --- rendering and issuing ----------------------------------------------------------------


def case_id_by_number(ctx: AppContext, number: str) -> str:
    """The id of the case with this 案件编号."""
    with ctx.db.read_session() as s:
        cid = s.scalar(select(Case.id).where(Case.number == number.strip(),
                                             Case.deleted.is_(False)))
    if cid is None:
        raise NotFound("case_not_found", "找不到案件 {number}。", number=number)
    return str(cid)


def render_case_document(ctx: AppContext, case_id: str, doc_type: DocType | str,
                         draft: bool = True) -> bytes:
    """The document's PDF: a fresh 草稿 (watermark, no number/seal/QR) when `draft`; otherwise
    the stored bytes of its current issued version (NotFound when none was issued)."""
    kind = DocType(doc_type) if not isinstance(doc_type, DocType) else doc_type
    if not draft:
        current = _issued_by_type(ctx, case_id).get(kind)
        if current is None:
            raise NotFound("document_not_issued", "本案尚未签发{title}。",
                           title=DOC_TYPES[kind].title)
        return doc_service.document_pdf(ctx, current.id)
    data = case_doc_data(ctx, case_id)
    day = document_day(data, kind, ctx.clock.today())
    return render_case_form(kind, data, number=None, day=day, draft=True).pdf


def issued_document(ctx: AppContext, case_id: str,
                    doc_type: DocType | str) -> doc_service.IssuedInfo | None:
    """The current issued version of this type for the case, if any."""
    return _issued_by_type(ctx, case_id).get(DocType(doc_type))


def _signing_key(ctx: AppContext, actor: Actor) -> object:
    from app.documents import keys
    from app.services import public_keys

    township_id = actor.township_id or ctx.township_id()
    if township_id is None:
        raise DomainError("no_township", "尚未完成初始设置。")
    key = keys.ensure_signing_key(township_id)
    public_keys.remember_own_key(ctx, actor, township_code(ctx), keys.public_key_bytes(key))
    return key


def issue_case_document(ctx: AppContext, actor: Actor, case_id: str, doc_type: DocType | str,
                        seal_id: str | None = None) -> doc_service.IssuedInfo:
    """Number, render and store one document of the case in one transaction (audited); the
    decisions carry the 一案一码 signed with the township's key (created on first use, its
    public key kept in the local key store for offline verification)."""
    kind = DocType(doc_type) if not isinstance(doc_type, DocType) else doc_type
    actor.require(doc_service.ISSUE)
    data = case_doc_data(ctx, case_id)
    day = document_day(data, kind, ctx.clock.today())
    key = _signing_key(ctx, actor) if kind in DECISION_TYPES else None

    def render(number_text: str, seal_png: bytes | None) -> tuple[bytes, str]:
        out = render_case_form(kind, data, number=number_text, day=day, draft=False,
                               seal_png=seal_png, signing_key=key)  # type: ignore[arg-type]
        return out.pdf, out.content_sha256

    return doc_service.issue_document(ctx, actor, kind, day.year, render, case_id=case_id,
                                      seal_id=seal_id)


class SealChoiceReason(StrEnum):
    """Why `case_seal` chose (or did not choose) a seal."""

    TOWNSHIP = "township"  # the township seal: a case the squad handles itself
    DEPARTMENT = "department"  # joint enforcement: the lead department's imported seal
    TOWNSHIP_FOR_JOINT = "township_for_joint"  # joint, but the lead's seal is not imported
    NO_PERMISSION = "no_permission"  # the actor may not apply seals
    NO_SEAL = "no_seal"  # no active township seal imported yet


@dataclass(frozen=True)
class SealChoice:
    """The seal to apply when issuing a case document (None: issue unsealed)."""

    seal: SealInfo | None
    reason: SealChoiceReason
    lead_department: str | None = None  # set for joint-enforcement cases


def case_seal(ctx: AppContext, actor: Actor, case_id: str) -> SealChoice:
    """The seal a case document gets (DOMAIN "Seals"): the township seal for the squad's own
    cases; for a case linked to a joint action, the lead department's seal when one with that
    exact owner name is imported (else the township seal, flagged). None when the actor may
    not apply seals or no seal is imported."""
    from app.rules.roles import Permission

    if not actor.can(Permission.APPLY_SEAL):
        return SealChoice(None, SealChoiceReason.NO_PERMISSION)
    with ctx.db.read_session() as s:
        leads = list(s.scalars(
            select(JointAction.lead_department)
            .join(JointActionCase, JointActionCase.joint_action_id == JointAction.id)
            .where(JointActionCase.case_id == case_id, JointActionCase.deleted.is_(False),
                   JointAction.deleted.is_(False))
            .order_by(JointAction.start_on.desc())))
    lead = next((x.strip() for x in leads if x and x.strip()), None)
    if lead is not None:
        for dept in list_seals(ctx, owner_kind=SealOwnerKind.DEPARTMENT):
            if dept.owner_name.strip() == lead:
                return SealChoice(dept, SealChoiceReason.DEPARTMENT, lead)
    township = list_seals(ctx, owner_kind=SealOwnerKind.TOWNSHIP)
    if not township:
        return SealChoice(None, SealChoiceReason.NO_SEAL, lead)
    reason = SealChoiceReason.TOWNSHIP if lead is None else SealChoiceReason.TOWNSHIP_FOR_JOINT
    return SealChoice(township[0], reason, lead)


# --- archive (卷宗) --------------------------------------------------------------------------


class ArchiveCancelled(DomainError):
    """The user cancelled building the archive."""


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _result_text(d: CaseDocData) -> str:
    from app.documents.forms.tables import _result_text as result

    return result(d)


def _stamp_page_numbers(pdf: bytes, first: int, count: int) -> bytes:
    """Stamp the archive page number (卷内页号) at the top right of pages first..first+count-1."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    from app.documents.fonts import register_fonts
    from app.documents.layout import MARGIN_RIGHT, PAGE_HEIGHT, PAGE_WIDTH

    font = register_fonts()
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    for n in range(1, count + 1):
        canv.setFont(font, 14)
        canv.drawRightString(PAGE_WIDTH - MARGIN_RIGHT + 8, PAGE_HEIGHT - 18, str(n))
        canv.showPage()
    canv.save()
    stamps = PdfReader(io.BytesIO(buf.getvalue()))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for i, page in enumerate(writer.pages):
        if first <= i < first + count:
            page.merge_page(stamps.pages[i - first])
    writer.add_metadata({"/Title": "行政处罚案卷", "/Creator": "SquadDesk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass(frozen=True)
class _ListContent:
    """What the content hash of an archive list page covers."""

    kind: str
    case_number: str
    rows: tuple[object, ...]


@dataclass(frozen=True)
class ArchivePart:
    title: str
    number: str
    author: str
    day: dt.date | None
    pdf: bytes


def build_archive(ctx: AppContext, case_id: str, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> bytes:
    """The case archive (卷宗) as one PDF: cover, 卷内文件目录 with page numbers, every
    current issued document in workflow order, and the 证据材料清单. Pages after the catalog
    carry their 卷内页号 at the top right, matching the catalog.

    `progress(done, total, what)` is called per part; `cancel()` returning True stops with
    ArchiveCancelled.
    """
    from app.documents.archive import concatenate
    from app.documents.forms import archive_forms
    from app.documents.forms.common import render_parts

    def step(done: int, total: int, what: str) -> None:
        if cancel is not None and cancel():
            raise ArchiveCancelled("archive_cancelled", "已取消生成卷宗。")
        if progress is not None:
            progress(done, total, what)

    data = case_doc_data(ctx, case_id)
    docs = current_documents(ctx, case_id)
    total = len(docs) + 3
    parts: list[ArchivePart] = []
    for i, info in enumerate(docs):
        title = DOC_TYPES[info.doc_type].title
        step(i, total, title)
        parts.append(ArchivePart(title, info.number_text, data.authority.name,
                                 _local(info.issued_at).date(),
                                 doc_service.document_pdf(ctx, info.id)))
    step(len(docs), total, archive_forms.EVIDENCE_TITLE)
    ev_parts = archive_forms.evidence_list(data.evidence, data.case_number)
    ev_pdf = render_parts(ev_parts, _ListContent("evidence", data.case_number, data.evidence),
                          authority=data.authority.name, number=None,
                          draft=False).pdf
    parts.append(ArchivePart(archive_forms.EVIDENCE_TITLE, "", data.authority.squad, None, ev_pdf))
    rows: list[CatalogRow] = []
    page = 1
    for p in parts:
        n = _page_count(p.pdf)
        rows.append(CatalogRow(p.number, p.author, p.title, p.day,
                               str(page) if n == 1 else f"{page}-{page + n - 1}"))
        page += n
    content_pages = page - 1
    step(len(docs) + 1, total, archive_forms.CATALOG_TITLE)
    cat = archive_forms.catalog(rows, data.case_number)
    cat_pdf = render_parts(cat, _ListContent("catalog", data.case_number, tuple(rows)),
                           authority=data.authority.name, number=None,
                           draft=False).pdf
    step(len(docs) + 2, total, "卷宗封面")
    today = ctx.clock.today()
    cover_data = ArchiveCoverData(
        authority=data.authority, case_number=data.case_number, cause=data.cause,
        party=data.party.name, filed_on=data.filed_on, closed_on=data.closed_on,
        result=_result_text(data) if data.outcome else "",
        handlers="、".join(h.name for h in data.handlers), archived_on=today,
        pages=content_pages)
    cover_pdf = render_parts(archive_forms.cover(cover_data), cover_data,
                             authority=data.authority.name, number=None, draft=False).pdf
    front = [cover_pdf, cat_pdf]
    first = sum(_page_count(x) for x in front)
    joined = concatenate([*front, *(p.pdf for p in parts)])
    out = _stamp_page_numbers(joined, first, content_pages)
    if progress is not None:
        progress(total, total, "完成")
    return out


def archive_catalog(ctx: AppContext, case_id: str) -> list[CatalogRow]:
    """The catalog rows build_archive would print (for the UI and tests)."""
    rows = []
    page = 1
    data = case_doc_data(ctx, case_id)
    for info in current_documents(ctx, case_id):
        n = _page_count(doc_service.document_pdf(ctx, info.id))
        rows.append(CatalogRow(info.number_text, data.authority.name,
                               DOC_TYPES[info.doc_type].title, _local(info.issued_at).date(),
                               str(page) if n == 1 else f"{page}-{page + n - 1}"))
        page += n
    return rows


# --- public disclosure (公示) ---------------------------------------------------------------

ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])")
PHONE_RE = re.compile(r"(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)")


def scrub_numbers(text: str) -> str:
    """Mask every 18-digit ID number and 11-digit mobile number in free text."""
    text = ID_RE.sub(lambda m: m.group(1) + "*" * 8 + m.group(3), text)
    return PHONE_RE.sub(lambda m: m.group(1) + "****" + m.group(3), text)


DISCLOSURE_COLUMNS = ("序号", "行政处罚决定书文号", "案件名称", "当事人", "统一社会信用代码/身份证号",
                      "住址（住所）", "主要违法事实", "处罚依据", "处罚结果", "罚款金额（元）",
                      "作出决定日期", "处罚机关")


def disclosure_decision_pdf(ctx: AppContext, case_id: str) -> bytes:
    """The public-disclosure copy of the case's decision: personal data masked (name to
    surname + *, ID number, phone, address cut to the township), no seal and no QR."""
    from app.documents.decision import render_decision
    from app.documents.forms.decisions import decision_data
    from app.documents.redaction import redact_decision, redact_party

    data = case_doc_data(ctx, case_id)
    issued = _issued_by_type(ctx, case_id)
    kind = next((k for k in (DocType.PENALTY_DECISION, DocType.NO_PENALTY_DECISION,
                             DocType.SUMMARY_DECISION) if k in issued), None)
    if kind is None:
        raise NotFound("document_not_issued", "本案尚未签发处罚决定书，无法公示。")
    number = issued[kind].number_text
    day = document_day(data, kind, ctx.clock.today())
    if kind is DocType.PENALTY_DECISION:
        red = redact_decision(decision_data(data, number, day))
        red = dataclasses.replace(red, facts=scrub_numbers(red.facts),
                                  evidence=tuple(scrub_numbers(e) for e in red.evidence))
        return render_decision(red).pdf
    party = redact_party(data.party)
    masked = dataclasses.replace(
        data, parties=(party,), facts=scrub_numbers(data.facts.replace(data.party.name,
                                                                       party.name)),
        handlers=tuple(Officer(h.name) for h in data.handlers))
    return render_case_form(kind, masked, number=number, day=day, draft=False).pdf


@dataclass(frozen=True)
class DisclosureRow:
    number: str
    cause: str
    party: str
    id_code: str
    address: str
    facts: str
    basis: str
    result: str
    fine_yuan: float
    decided_on: dt.date | None
    authority: str


def disclosure_rows(ctx: AppContext, year: int | None = None) -> list[DisclosureRow]:
    """Decided cases with a decision document, masked for 公示, in number order."""
    from app.documents.redaction import mask_address, mask_id_number, mask_name

    q = select(Case.id).where(Case.deleted.is_(False), Case.decided_on.is_not(None))
    if year is not None:
        q = q.where(Case.decided_on >= dt.date(year, 1, 1), Case.decided_on <= dt.date(year, 12, 31))
    with ctx.db.read_session() as s:
        ids = list(s.scalars(q.order_by(Case.decided_on, Case.number)))
    out = []
    for cid in ids:
        d = case_doc_data(ctx, cid)
        if d.outcome not in ("penalty", "no_penalty"):
            continue
        p = d.party
        if p.kind is PartyKind.PERSON:
            name = mask_name(p.name)
            code = mask_id_number(p.id_number) if p.id_number else ""
            address = mask_address(p.address) if p.address else ""
            facts = d.facts.replace(p.name, name) if p.name else d.facts
        else:
            name, code, address, facts = p.name, p.uscc, p.address, d.facts
        out.append(DisclosureRow(
            d.decision_number, d.cause, name, code, address, scrub_numbers(facts),
            d.penalty_basis, _result_text(d), d.penalty.fine_fen / 100, d.decided_on,
            d.authority.name))
    return out


def write_disclosure_list(ctx: AppContext, path: Path, year: int | None = None) -> int:
    """The 公示 list as .xlsx or .csv (by the file's suffix); returns the number of rows."""
    rows = disclosure_rows(ctx, year)
    values = [[i, r.number, r.cause, r.party, r.id_code, r.address, r.facts, r.basis, r.result,
               r.fine_yuan, r.decided_on.isoformat() if r.decided_on else "", r.authority]
              for i, r in enumerate(rows, start=1)]
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(DISCLOSURE_COLUMNS)
            w.writerows(values)
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.create_sheet("行政处罚公示", 0)
        del wb[wb.sheetnames[1]]
        ws.append(list(DISCLOSURE_COLUMNS))
        for v in values:
            ws.append(v)
        for col, width in zip("ABCDEFGHIJKL", (6, 30, 24, 10, 22, 24, 40, 30, 24, 12, 12, 18)):
            ws.column_dimensions[col].width = width
        wb.save(path)
    else:
        raise ValidationError("path", "bad_suffix", "公示清单只能保存为 .xlsx 或 .csv 文件。")
    return len(rows)


def document_choices(ctx: AppContext, case_id: str) -> list[tuple[DocType, str, str | None]]:
    """(type, title, current issued number or None) for the case's documents menu."""
    issued = _issued_by_type(ctx, case_id)
    return [(k, DOC_TYPES[k].title, issued[k].number_text if k in issued else None)
            for k in DOC_ORDER]


__all__: Sequence[str] = [
    "ArchiveCancelled", "build_archive", "case_doc_data", "case_id_by_number",
    "disclosure_decision_pdf", "disclosure_rows", "doc_settings", "doc_type_list",
    "issue_case_document", "render_case_document", "resolve_doc_type", "set_doc_setting",
    "township_code", "write_disclosure_list",
]
