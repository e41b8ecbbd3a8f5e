"""行政处罚决定书 (penalty decision) and 送达回证 (proof of service), from plain dataclasses.

The decision follows the Zhejiang enforcement document pattern: party, facts and evidence,
the advance notice and the party's statement, the legal basis (违法依据) and the penalty basis
(处罚依据), the discretion benchmark applied with its tier and reasons (说理式执法), the
penalty (fine in figures and in capital numerals), payment and late-fee terms (APL art. 67,
72), remedies (administrative review / lawsuit), signature, seal and the 一案一码.

`content_sha256(data)` is the hash the QR vouches for: sha256 of the canonical JSON of the
data (not of the PDF), so a verifier holding the case data can check it.
"""

from __future__ import annotations

from app.rules.deadlines import ADMIN_REVIEW_DAYS, LAWSUIT_MONTHS

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from app.documents import layout
from app.documents.layout import (
    DocumentSpec,
    body,
    body_flush,
    chinese_date,
    form_table,
    item,
    sign_cell,
)
from app.documents.numerals import chinese_count, yuan_capitals, yuan_figures
from app.documents.qr import QRFields, sign_payload
from app.documents.types import DOC_TYPES, DocType
from app.rules.deadlines import LATE_FEE_PER_DAY_PERMILLE, PERIODS, Deadline
from app.rules.discretion import TIER_LABELS, Tier
from local_db.audit import canonical_json

# Remedies periods quoted on every decision (the numbers live in app.rules.deadlines).
REVIEW_DAYS = ADMIN_REVIEW_DAYS
SUIT_MONTHS = LAWSUIT_MONTHS


class PartyKind(StrEnum):
    PERSON = "person"  # 公民
    ORGANISATION = "organisation"  # 法人或者其他组织


@dataclass(frozen=True)
class Party:
    """当事人: a citizen (name, ID number…) or an organisation (USCC, legal representative)."""

    kind: PartyKind
    name: str
    id_number: str = ""  # 公民身份号码 (person)
    gender: str = ""  # person
    address: str = ""  # 住址 / 住所
    phone: str = ""
    uscc: str = ""  # 统一社会信用代码 (organisation)
    legal_representative: str = ""  # 法定代表人（负责人） (organisation)


@dataclass(frozen=True)
class Authority:
    """The issuing authority (the township government) and its squad."""

    township_code: str  # 行政区划代码, identifies the signing key in the 一案一码
    name: str  # 孝顺镇人民政府: the decision is made in its name
    squad: str  # 孝顺镇综合行政执法队


@dataclass(frozen=True)
class DiscretionApplied:
    """The discretion benchmark version in force on the date of the act, and the tier."""

    benchmark_name: str  # e.g. 金华市生活垃圾分类管理行政处罚裁量基准
    benchmark_version: str  # e.g. 2025版
    tier: str  # app.rules.discretion.Tier code
    reasons: str  # 说理: why this tier and amount


@dataclass(frozen=True)
class Penalty:
    warning: bool = False
    fine_fen: int = 0
    confiscation: str = ""  # 没收违法所得、没收非法财物 (text), empty when none


@dataclass(frozen=True)
class Payment:
    bank: str  # 代收银行
    account_name: str
    account_no: str


@dataclass(frozen=True)
class Remedies:
    review_body: str  # 行政复议机关, e.g. 金华市金东区人民政府
    court: str  # 人民法院


@dataclass(frozen=True)
class DecisionData:
    """Everything printed on a 行政处罚决定书 (number None until issued)."""

    authority: Authority
    number: str | None
    date: dt.date
    party: Party
    cause: str  # 案由 (the violation, as the catalog names it)
    filed_on: dt.date  # 立案日期
    facts: str  # 经查明……
    evidence: tuple[str, ...]
    item_code: str  # 执法事项 code
    legal_basis: str  # 违法依据, e.g. 《浙江省生活垃圾管理条例》第二十七条第一款
    penalty_basis: str  # 处罚依据
    discretion: DiscretionApplied
    penalty: Penalty
    payment: Payment
    remedies: Remedies
    notice_number: str = ""  # 行政处罚事先告知书 number
    notice_date: dt.date | None = None
    hearing_offered: bool = False  # the notice offered a hearing (APL art. 63)
    statement: str = "当事人在法定期限内未提出陈述、申辩。"  # 陈述申辩情况及采纳情况
    copies_note: str = "本文书一式两份，一份送达当事人，一份归档。"


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    content_sha256: str
    qr_text: str | None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, StrEnum):
        return value.value
    return value


def content_json(data: Any) -> str:
    """Canonical JSON of a document's data (a dataclass): what the 一案一码 hash covers."""
    body_dict = _jsonable(dataclasses.asdict(data))
    body_dict["_type"] = type(data).__name__
    return canonical_json(body_dict)


def content_sha256(data: Any) -> str:
    """Hex sha256 of content_json(data)."""
    return hashlib.sha256(content_json(data).encode("utf-8")).hexdigest()


def qr_fields(data: DecisionData, digest: str) -> QRFields:
    """The 一案一码 fields of an issued decision."""
    if not data.number:
        raise ValueError("a decision gets its 一案一码 only once it has a number")
    return QRFields(
        township_code=data.authority.township_code,
        number=data.number,
        date=data.date,
        item_code=data.item_code,
        tier=data.discretion.tier,
        amount_fen=data.penalty.fine_fen,
        content_sha256=digest,
    )


# --- decision body ----------------------------------------------------------------------------


def _party_lines(p: Party) -> list[Flowable]:
    lines: list[str]
    if p.kind is PartyKind.PERSON:
        first = f"当事人：{p.name}"
        if p.gender:
            first += f"，{p.gender}"
        lines = [first]
        if p.id_number:
            lines.append(f"公民身份号码：{p.id_number}")
        if p.address:
            lines.append(f"住址：{p.address}")
    else:
        lines = [f"当事人：{p.name}"]
        if p.uscc:
            lines.append(f"统一社会信用代码：{p.uscc}")
        if p.legal_representative:
            lines.append(f"法定代表人（负责人）：{p.legal_representative}")
        if p.address:
            lines.append(f"住所：{p.address}")
    if p.phone:
        lines.append(f"联系电话：{p.phone}")
    return [body_flush(line) for line in lines]


def _penalty_items(p: Penalty) -> list[str]:
    out = []
    if p.warning:
        out.append("警告")
    if p.fine_fen:
        out.append(f"罚款人民币{yuan_capitals(p.fine_fen)}（¥{yuan_figures(p.fine_fen)}）")
    if p.confiscation:
        out.append(p.confiscation)
    return out


def _account_text(p: Payment) -> str:
    """（户名：…，账号：…） with whatever of the two is configured."""
    parts = [f"{label}：{value}" for label, value in (("户名", p.account_name),
                                                      ("账号", p.account_no)) if value]
    return f"（{'，'.join(parts)}）" if parts else ""


def decision_body(d: DecisionData) -> list[Flowable]:
    """The body flowables of a 行政处罚决定书 (between the number line and the signature)."""
    out: list[Flowable] = [*_party_lines(d.party)]
    out.append(
        body(f"当事人{d.cause}一案，本机关于{chinese_date(d.filed_on)}立案调查。经查明：{d.facts}")
    )
    out.append(body("以上事实有下列证据证明："))
    for i, ev in enumerate(d.evidence, start=1):
        end = "。" if i == len(d.evidence) else "；"
        out.append(item(f"{i}.", ev.rstrip("；;。") + end))
    if d.notice_date and d.notice_number:
        rights = "陈述、申辩和要求听证" if d.hearing_offered else "陈述、申辩"
        out.append(
            body(
                f"本机关于{chinese_date(d.notice_date)}向当事人送达了《行政处罚事先告知书》"
                f"（{d.notice_number}），告知当事人拟作出行政处罚的内容及事实、理由、依据，"
                f"并告知当事人依法享有{rights}的权利。{d.statement}"
            )
        )
    tier_label = (
        TIER_LABELS.get(Tier(d.discretion.tier), d.discretion.tier)
        if (d.discretion.tier in Tier._value2member_map_)
        else d.discretion.tier
    )
    out.append(
        body(
            f"本机关认为，当事人{d.cause}的行为违反了{d.legal_basis}的规定。"
            f"依据{d.penalty_basis}的规定，参照《{d.discretion.benchmark_name}》"
            f"（{d.discretion.benchmark_version}），当事人的违法行为属于“{tier_label}”情形。"
            f"理由如下：{d.discretion.reasons}"
        )
    )
    items = _penalty_items(d.penalty)
    out.append(body("综上，本机关决定对当事人作出如下行政处罚："))
    for i, text in enumerate(items, start=1):
        end = "。" if i == len(items) else "；"
        out.append(item(f"{i}.", text + end))
    if d.penalty.fine_fen:
        days = chinese_count(PERIODS[Deadline.PAYMENT].length)
        pct = chinese_count(LATE_FEE_PER_DAY_PERMILLE // 10)
        out.append(
            body(
                f"当事人应当自收到本决定书之日起{days}日内，将罚款缴至{d.payment.bank}"
                f"{_account_text(d.payment)}。"
                f"到期不缴纳罚款的，本机关可以依据《中华人民共和国行政处罚法》第七十二条"
                f"第一款第一项的规定，每日按罚款数额的百分之{pct}加处罚款，"
                f"加处罚款的数额不超出罚款的数额。"
            )
        )
    out.append(
        body(
            f"当事人如不服本处罚决定，可以在收到本决定书之日起{chinese_count(REVIEW_DAYS)}日内"
            f"向{d.remedies.review_body}申请行政复议，或者在{chinese_count(SUIT_MONTHS)}个月内"
            f"依法向{d.remedies.court}提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止"
            f"执行，法律另有规定的除外。当事人逾期不申请行政复议，也不提起行政诉讼，"
            f"又不履行本处罚决定的，本机关将依法申请人民法院强制执行。"
        )
    )
    return out


def render_decision(
    data: DecisionData,
    *,
    draft: bool = False,
    seal_png: bytes | None = None,
    signing_key: Ed25519PrivateKey | None = None,
) -> RenderedDocument:
    """The decision as PDF bytes, with its content hash and (issued, with a key) its QR text.

    A draft has the 草稿 watermark and no number, seal or QR. An issued decision (not draft)
    needs `data.number`; the QR is signed with `signing_key` when given.
    """
    if not draft and not data.number:
        raise ValueError("an issued decision needs its number")
    digest = content_sha256(data)
    qr_text = None
    if not draft and signing_key is not None:
        qr_text = sign_payload(signing_key, qr_fields(data, digest))
    spec = DocumentSpec(
        title=DOC_TYPES[DocType.PENALTY_DECISION].title,
        authority=data.authority.name,
        number_text=data.number,
        signer=data.authority.name,
        date=data.date,
        seal_png=seal_png,
        qr_text=qr_text,
        draft=draft,
        footnote=data.copies_note,
        subject=f"{data.party.name} {data.cause}",
    )
    pdf = layout.render_pdf(spec, decision_body(data))
    return RenderedDocument(pdf=pdf, content_sha256=digest, qr_text=qr_text)


def decision_renderer(
    data: DecisionData, signing_key: Ed25519PrivateKey | None
) -> Callable[[str, bytes | None], tuple[bytes, str]]:
    """The `render` callable app.services.documents.issue_document takes: given the number it
    assigned (and the decrypted seal, if one is applied) it returns (pdf, content_sha256)."""

    def render(number_text: str, seal_png: bytes | None) -> tuple[bytes, str]:
        issued = dataclasses.replace(data, number=number_text)
        out = render_decision(issued, seal_png=seal_png, signing_key=signing_key)
        return out.pdf, out.content_sha256

    return render


# --- 送达回证 ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServedDocument:
    title: str  # 行政处罚决定书
    number: str  # its number


@dataclass(frozen=True)
class ServiceReceiptData:
    """送达回证: proof that documents were served on the party."""

    authority: Authority
    number: str | None
    date: dt.date
    documents: tuple[ServedDocument, ...]
    recipient: str  # 受送达人
    place: str  # 送达地点
    method: str  # 送达方式: 直接送达 / 留置送达 / 邮寄送达 …
    servers: tuple[str, ...]  # 送达人 (printed names; they sign beside them)
    remarks: str = ""


def service_receipt_body(d: ServiceReceiptData) -> list[Flowable]:
    """The grid of a 送达回证: what was served, on whom, where, how, and the signatures."""
    docs = "\n".join(f"《{x.title}》\n{x.number}" for x in d.documents)
    rows: list[list[str | Flowable | list[Flowable] | None]] = [
        ["送达文书名称及文号", docs],
        ["受送达人", d.recipient],
        ["送达地点", d.place],
        ["送达方式", d.method],
        ["收件人签名或盖章", sign_cell(date_line="年　　月　　日　　时　　分")],
        ["代收人及代收理由", sign_cell(blank_lines=1)],
        ["见证人签名", sign_cell(blank_lines=1)],
        ["送达人签名", sign_cell("、".join(d.servers), blank_lines=1)],
        ["备注", d.remarks],
    ]
    heights: list[float | None] = [None, 12, None, 12, None, None, None, None, 16]
    return [form_table(rows, [44, 112], row_heights_mm=heights)]


def render_service_receipt(
    data: ServiceReceiptData, *, draft: bool = False, seal_png: bytes | None = None
) -> RenderedDocument:
    """The 送达回证 (one page, table form) as PDF bytes."""
    spec = DocumentSpec(
        title=DOC_TYPES[DocType.SERVICE_RECEIPT].title,
        authority=data.authority.name,
        number_text=data.number,
        signer=data.authority.name,
        date=data.date,
        seal_png=seal_png,
        draft=draft,
        subject=f"{data.recipient} 送达回证",
    )
    return RenderedDocument(
        pdf=layout.render_pdf(spec, service_receipt_body(data)),
        content_sha256=content_sha256(data),
        qr_text=None,
    )
