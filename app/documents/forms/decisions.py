"""The decision documents of a case, each with the signed 一案一码 once issued:
行政处罚决定书 (app.documents.decision's layout, fed from the case), 不予行政处罚决定书 and
当场行政处罚决定书; plus the 送达回证 (app.documents.decision) for a case.

The QR of every decision vouches for the sha256 of the canonical JSON of the data the
document was rendered from (`content_sha256`), with the township code, number, date, item,
discretion tier and amount.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from app.documents.decision import (
    DecisionData,
    DiscretionApplied,
    RenderedDocument,
    ServedDocument,
    ServiceReceiptData,
    content_sha256,
    render_decision,
    render_service_receipt,
)
from app.documents.forms.common import (
    Cell,
    FormParts,
    SealedDate,
    checkboxes,
    date_text,
    datetime_text,
    money_text,
    party_lines,
    render_parts,
)
from app.documents.forms.data import CaseDocData
from app.documents.forms.letters import REVIEW_DAYS, SUIT_MONTHS, tier_label
from app.documents.layout import body, form_table, item, sign_cell
from app.documents.numerals import chinese_count
from app.documents.qr import QRFields, sign_payload
from app.documents.types import DOC_TYPES, DocType
from app.rules.deadlines import LATE_FEE_PER_DAY_PERMILLE, PERIODS, Deadline

COPIES_NOTE = "本文书一式两份，一份送达当事人，一份归档。"


@dataclasses.dataclass(frozen=True)
class FormContent:
    """What the content hash of a non-decision-layout document covers."""

    kind: str
    number: str | None
    day: dt.date
    data: CaseDocData


def evidence_texts(d: CaseDocData) -> tuple[str, ...]:
    if d.evidence:
        return tuple(f"{e.name}（{e.kind}）" for e in d.evidence)
    return ("现场检查（勘验）笔录1份，证明违法行为发生的时间、地点及现场情况",
            "询问笔录1份，证明当事人对违法事实的陈述")


def decision_data(d: CaseDocData, number: str | None, day: dt.date) -> DecisionData:
    """The 行政处罚决定书's data from the case."""
    discretion = d.discretion or DiscretionApplied("行政处罚裁量基准", "", "", "")
    hearing_offered = d.hearing_requested
    if d.hearing_held:
        statement = "当事人申请听证，本机关依法举行了听证，听取了当事人的陈述、申辩。"
    else:
        statement = "当事人在法定期限内未提出陈述、申辩。"
    return DecisionData(
        authority=d.authority,
        number=number,
        date=day,
        party=d.party,
        cause=d.cause,
        filed_on=d.filed_on or d.registered_on,
        facts=f"{datetime_text(d.act_at)}，当事人在{d.place}，{d.facts}",
        evidence=evidence_texts(d),
        item_code=d.item.code,
        legal_basis=d.legal_basis,
        penalty_basis=d.penalty_basis,
        discretion=discretion,
        penalty=d.penalty,
        payment=d.payment,
        remedies=d.remedies,
        notice_number=d.notice_number,
        notice_date=d.notice_on,
        hearing_offered=hearing_offered,
        statement=statement,
        copies_note=COPIES_NOTE,
    )


def _sign(
    key: Ed25519PrivateKey | None, d: CaseDocData, number: str | None, day: dt.date, digest: str,
    draft: bool,
) -> str | None:
    if draft or key is None or not number:
        return None
    return sign_payload(key, QRFields(
        township_code=d.authority.township_code,
        number=number,
        date=day,
        item_code=d.item.code,
        tier=d.discretion.tier if d.discretion else "",
        amount_fen=d.penalty.fine_fen if d.outcome == "penalty" else 0,
        content_sha256=digest,
    ))


def penalty_decision(
    d: CaseDocData, number: str | None, day: dt.date, *, draft: bool,
    seal_png: bytes | None, signing_key: Ed25519PrivateKey | None,
) -> RenderedDocument:
    data = decision_data(d, number, day)
    return render_decision(data, draft=draft or not number, seal_png=seal_png,
                           signing_key=signing_key)


def _no_penalty_body(d: CaseDocData) -> list[Flowable]:
    out: list[Flowable] = [*party_lines(d.party)]
    filed = d.filed_on or d.registered_on
    out.append(body(f"当事人涉嫌{d.cause}一案，本机关于{date_text(filed)}立案调查。经查明："
                    f"{datetime_text(d.act_at)}，当事人在{d.place}，{d.facts}"))
    out.append(body("以上事实有下列证据证明："))
    ev = evidence_texts(d)
    for i, e in enumerate(ev, start=1):
        out.append(item(f"{i}.", e.rstrip("；;。") + ("。" if i == len(ev) else "；")))
    if d.notice_on and d.notice_number:
        out.append(body(f"本机关于{date_text(d.notice_on)}向当事人送达了《行政处罚事先告知书》"
                        f"（{d.notice_number}），当事人在法定期限内未提出陈述、申辩。"))
    if d.first_offence:
        reason = ("当事人系初次违法，危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》"
                  "第三十三条第一款的规定")
    else:
        reason = "当事人违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第三十三条第一款的规定"
        if d.discretion and d.discretion.reasons:
            reason = d.discretion.reasons.rstrip("。") + "，依据《中华人民共和国行政处罚法》第三十三条的规定"
    out.append(body(f"本机关认为，当事人的上述行为违反了{d.legal_basis}的规定。鉴于{reason}，"
                    f"本机关决定对当事人不予行政处罚。"))
    out.append(body("本机关已对当事人进行了批评教育，当事人应当引以为戒，自觉遵守相关法律法规。"))
    out.append(body(
        f"当事人如不服本决定，可以在收到本决定书之日起{chinese_count(REVIEW_DAYS)}日内向"
        f"{d.remedies.review_body or '本机关的上一级人民政府'}申请行政复议，或者在"
        f"{chinese_count(SUIT_MONTHS)}个月内依法向{d.remedies.court or '有管辖权的人民法院'}"
        f"提起行政诉讼。"))
    return out


def no_penalty_decision(
    d: CaseDocData, number: str | None, day: dt.date, *, draft: bool,
    seal_png: bytes | None, signing_key: Ed25519PrivateKey | None,
) -> RenderedDocument:
    content = FormContent(DocType.NO_PENALTY_DECISION.value, number, day, d)
    digest = content_sha256(content)
    parts = FormParts(
        title=DOC_TYPES[DocType.NO_PENALTY_DECISION].title,
        body=_no_penalty_body(d),
        day=day,
        signer=d.authority.name,
        footnote=COPIES_NOTE,
        subject=f"{d.party.name} {d.cause}",
    )
    return render_parts(parts, content, authority=d.authority.name, number=number, draft=draft,
                        seal_png=seal_png, qr_text=_sign(signing_key, d, number, day, digest, draft))


def summary_decision(
    d: CaseDocData, number: str | None, day: dt.date, *, draft: bool,
    seal_png: bytes | None, signing_key: Ed25519PrivateKey | None,
) -> RenderedDocument:
    """当场行政处罚决定书: the one-page grid the officers fill on the spot (APL art. 51–52)."""
    p = d.party
    id_label, id_value = ("公民身份号码", p.id_number) if p.kind.value == "person" else (
        "统一社会信用代码", p.uscc)
    pen = []
    if d.penalty.warning:
        pen.append("警告")
    if d.penalty.fine_fen:
        pen.append("罚款")
    pay_days = chinese_count(PERIODS[Deadline.PAYMENT].length)
    fine = money_text(d.penalty.fine_fen) if d.penalty.fine_fen else "—"
    officers = "、".join(h.with_cert for h in d.handlers)
    tier = ""
    if d.discretion and d.discretion.tier:
        tier = (f"《{d.discretion.benchmark_name}》（{d.discretion.benchmark_version}）"
                f"“{tier_label(d.discretion.tier)}”情形")
    account = f"（账号：{d.payment.account_no}）" if d.payment.account_no else ""
    pay_text = (
        checkboxes(("当场收缴", "到指定银行缴纳"), "到指定银行缴纳")
        + f"：自收到本决定书之日起{pay_days}日内缴至{d.payment.bank or '指定银行'}{account}；"
        + f"逾期每日按罚款数额的百分之{chinese_count(LATE_FEE_PER_DAY_PERMILLE // 10)}加处罚款。"
    )
    remedies_text = (
        f"不服本决定的，可以在收到本决定书之日起{chinese_count(REVIEW_DAYS)}日内"
        f"向{d.remedies.review_body or '本机关的上一级人民政府'}申请行政复议，或者在"
        f"{chinese_count(SUIT_MONTHS)}个月内向{d.remedies.court or '有管辖权的人民法院'}"
        f"提起行政诉讼。"
    )
    rows: list[list[Cell]] = [
        ["当事人", p.name, id_label, id_value],
        ["住址（住所）", p.address, "联系电话", p.phone],
        ["违法时间", datetime_text(d.act_at), "违法地点", d.place],
        ["违法事实", d.facts, None, None],
        ["违法依据", d.legal_basis, None, None],
        ["处罚依据", d.penalty_basis + (f"；参照{tier}" if tier else ""), None, None],
        ["处罚决定", checkboxes(("警告", "罚款"), pen) + f"　罚款金额：{fine}", None, None],
        ["罚款缴纳", pay_text, None, None],
        ["告知事项", remedies_text, None, None],
        ["执法人员", officers, None, None],
        ["当事人签名", sign_cell(blank_lines=1), "执法机关\n（印章）",
         SealedDate(d.authority.name, day, seal_png)],
    ]
    spans = [((1, r), (3, r)) for r in range(3, 10)]
    labels = {(0, r) for r in range(11)} | {(2, 0), (2, 1), (2, 2), (2, 10)}
    grid = form_table(rows, (24, 58, 26, 48), label_cells=labels, spans=spans,
                      row_heights_mm=[None, None, None, 14] + [None] * 7)
    content = FormContent(DocType.SUMMARY_DECISION.value, number, day, d)
    digest = content_sha256(content)
    parts = FormParts(
        title=DOC_TYPES[DocType.SUMMARY_DECISION].title,
        body=[grid],
        day=day,
        signer=None,
        footnote=COPIES_NOTE,
        subject=f"{p.name} 当场处罚",
    )
    return render_parts(parts, content, authority=d.authority.name, number=number, draft=draft,
                        seal_png=seal_png, qr_text=_sign(signing_key, d, number, day, digest, draft))


def service_receipt(
    d: CaseDocData, number: str | None, day: dt.date, *, draft: bool, seal_png: bytes | None,
) -> RenderedDocument:
    served = tuple(ServedDocument(t, n) for t, n in d.served_numbers) or (
        ServedDocument(DOC_TYPES[DocType.PENALTY_DECISION].title, d.decision_number or "　"),)
    data = ServiceReceiptData(
        authority=d.authority,
        number=number,
        date=day,
        documents=served,
        recipient=d.party.name,
        place=d.party.address or d.place,
        method="直接送达",
        servers=tuple(h.with_cert for h in d.handlers),
    )
    return render_service_receipt(data, draft=draft or not number, seal_png=seal_png)
