"""Letter-style documents on the shared template: 责令（限期）改正通知书,
证据先行登记保存通知书, 案件调查终结报告, 法制审核意见书, 行政处罚事先告知书,
行政处罚听证告知书 and 案件移送函.

Each names its addressee flush left, states facts, basis and what follows in body paragraphs
(16 pt, indented two characters), and ends with the authority's signature block and date
(the seal is pressed over it when applied); contact lines go in the small print below.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from app.documents.forms.common import (
    Cell,
    FormParts,
    addressee,
    checkboxes,
    date_text,
    datetime_text,
    heading,
    money_text,
    party_lines,
    you,
)
from app.documents.forms.data import CaseDocData
from app.documents.layout import body, body_flush, form_table, item
from app.documents.numerals import chinese_count
from app.documents.types import DOC_TYPES, DocType
from app.rules.deadlines import ADMIN_REVIEW_DAYS, LAWSUIT_MONTHS, PERIODS, Deadline
from app.rules.discretion import TIER_LABELS, Tier

REVIEW_DAYS, SUIT_MONTHS = ADMIN_REVIEW_DAYS, LAWSUIT_MONTHS  # remedies quoted
STATEMENT_DAYS = PERIODS[Deadline.HEARING_REQUEST].length  # APL art. 64: 5 (working) days
HEARING_NOTICE_DAYS = PERIODS[Deadline.HEARING_NOTICE].length  # notice 7 days ahead
PRESERVATION_DAYS = 7  # APL art. 56: decide on preserved evidence within 7 days


def _title(kind: DocType) -> str:
    return DOC_TYPES[kind].title


def _contact(d: CaseDocData) -> str:
    names = "、".join(h.name for h in d.handlers)
    return f"联系人：{names}　　联系单位：{d.authority.squad}"


def tier_label(tier: str) -> str:
    try:
        return TIER_LABELS[Tier(tier)]
    except ValueError:
        return tier


def _remedies(d: CaseDocData, what: str) -> Flowable:
    return body(
        f"{you(d.party)}如不服本{what}，可以在收到本{what}之日起{chinese_count(REVIEW_DAYS)}日内"
        f"向{d.remedies.review_body or '本机关的上一级人民政府'}申请行政复议，"
        f"或者在{chinese_count(SUIT_MONTHS)}个月内依法向"
        f"{d.remedies.court or '有管辖权的人民法院'}提起行政诉讼。"
    )


def intended_penalty(d: CaseDocData) -> str:
    """What the notice says the authority intends: the decided penalty when known, otherwise
    the benchmark tier's range."""
    parts = []
    if d.penalty.warning:
        parts.append("警告")
    if d.penalty.fine_fen:
        parts.append("罚款" + money_text(d.penalty.fine_fen))
    if parts:
        return "、".join(parts)
    if d.range_text:
        return f"罚款（裁量幅度：{d.range_text}）"
    return "行政处罚"


def _basis_sentence(d: CaseDocData, who: str | None = None) -> str:
    who = who or you(d.party)
    text = f"{who}的上述行为违反了{d.legal_basis}的规定。依据{d.penalty_basis}的规定"
    if d.discretion:
        text += (f"，参照《{d.discretion.benchmark_name}》（{d.discretion.benchmark_version}），"
                 f"{who}的违法行为属于“{tier_label(d.discretion.tier)}”情形")
        if d.range_text:
            text += f"（裁量幅度：{d.range_text}）"
    return text


def _evidence_summary(d: CaseDocData) -> str:
    names = [e.name for e in d.evidence[:6]]
    if not names:
        return "现场检查（勘验）笔录、询问笔录、现场照片等"
    more = "等" if len(d.evidence) > 6 else ""
    return "、".join(names) + more


# --- 责令（限期）改正通知书 ----------------------------------------------------------------


def rectification_order(d: CaseDocData, day: dt.date) -> FormParts:
    deadline = day + dt.timedelta(days=d.rectify_days)
    y = you(d.party)
    out: list[Flowable] = [
        addressee(d.party),
        body(f"经查，{y}于{datetime_text(d.act_at)}在{d.place}，{d.facts}"),
        body(f"{y}的上述行为涉嫌{d.cause}，违反了{d.legal_basis}的规定。"
             f"根据{d.penalty_basis}和《中华人民共和国行政处罚法》第二十八条第一款的规定，"
             f"现责令{y}："),
        item("1.", "立即停止上述违法行为；"),
        item("2.", f"于{date_text(deadline)}前改正违法行为，恢复原状。"),
        body(f"{y}应当按期改正，并将改正情况告知本机关。逾期不改正的，本机关将依法予以处理。"),
        _remedies(d, "通知书"),
    ]
    return FormParts(
        title=_title(DocType.RECTIFICATION_ORDER),
        body=out,
        day=day,
        signer=d.authority.name,
        footnote=_contact(d) + "\n本文书一式两份，一份送达当事人，一份归档。",
        subject=f"{d.party.name} 责令改正",
    )


# --- 证据先行登记保存通知书 ----------------------------------------------------------------


def evidence_preservation(d: CaseDocData, day: dt.date) -> FormParts:
    y = you(d.party)
    until = day + dt.timedelta(days=PRESERVATION_DAYS)
    rows: list[list[Cell]] = [["序号", "物品名称", "规格（型号）", "数量", "备注"]]
    rows += [[str(i), "", "", "", ""] for i in range(1, 5)]
    goods = form_table(rows, [14, 52, 36, 22, 32], label_cells={(c, 0) for c in range(5)},
                       row_heights_mm=[None] + [8] * 4)
    out: list[Flowable] = [
        addressee(d.party),
        body(f"因{y}涉嫌{d.cause}，在证据可能灭失或者以后难以取得的情况下，根据《中华人民共和国"
             f"行政处罚法》第五十六条的规定，经本机关负责人批准，决定对下列物品予以先行登记保存："),
        goods,
        body_flush("保存方式：" + checkboxes(("就地保存", "异地保存"), ()) + "　保存地点："),
        body(f"保存期限自{date_text(day)}至{date_text(until)}。在此期间，{y}或者有关人员不得"
             f"损毁、销毁或者转移证据。本机关将在{chinese_count(PRESERVATION_DAYS)}日内"
             f"对上述物品作出处理决定。"),
    ]
    return FormParts(
        title=_title(DocType.EVIDENCE_PRESERVATION),
        body=out,
        day=day,
        signer=d.authority.name,
        footnote="当事人签名：　　　　　　　执法人员签名：　　　　　　　" + "\n"
        + _contact(d),
        subject=f"{d.party.name} 先行登记保存",
    )


# --- 案件调查终结报告 ----------------------------------------------------------------------


def investigation_report(d: CaseDocData, day: dt.date) -> FormParts:
    names = "、".join(h.with_cert for h in d.handlers)
    out: list[Flowable] = [
        body_flush(f"案由：{d.cause}"),
        body_flush(f"案件编号：{d.case_number}"),
        heading("一、当事人基本情况"),
        *party_lines(d.party),
        heading("二、案件来源及调查经过"),
        body(f"本案来源为{d.source}。{date_text(d.registered_on)}受案登记，当事人涉嫌{d.cause}，"
             + (f"于{date_text(d.filed_on)}经负责人批准立案，" if d.filed_on else "")
             + f"由执法人员{names}承办，依法进行了调查取证。"),
        heading("三、违法事实及证据"),
        body(f"经查明：{datetime_text(d.act_at)}，当事人在{d.place}，{d.facts}"),
    ]
    if d.investigation_report:
        out.append(body(d.investigation_report))
    out.append(body("以上事实有下列证据证明："))
    evidence = d.evidence or ()
    if evidence:
        for i, e in enumerate(evidence, start=1):
            out.append(item(f"{i}.", f"{e.name}（{e.kind}）" + ("。" if i == len(evidence) else "；")))
    else:
        out.append(item("1.", "现场检查（勘验）笔录、询问笔录。"))
    out += [
        heading("四、违法行为性质及法律依据"),
        body(f"当事人的行为违反了{d.legal_basis}的规定，构成{d.cause}。"),
        heading("五、处理意见及裁量理由"),
    ]
    if d.first_offence:
        out.append(body("当事人系初次违法，危害后果轻微并及时改正，符合《中华人民共和国行政处罚法》"
                        "第三十三条第一款规定的首违不罚情形，建议不予行政处罚，并对当事人进行教育。"))
    else:
        text = _basis_sentence(d, "当事人") + f"，建议对当事人处以{intended_penalty(d)}。"
        out.append(body(text))
        if d.discretion and d.discretion.reasons:
            out.append(body(f"裁量理由：{d.discretion.reasons}"))
    out.append(body("以上意见妥否，请审核。"))
    return FormParts(
        title=_title(DocType.INVESTIGATION_REPORT),
        body=out,
        day=day,
        signer="承办人：" + "、".join(h.name for h in d.handlers),
        seal_allowed=False,
        subject=f"{d.case_number} 调查终结报告",
    )


# --- 法制审核意见书 ------------------------------------------------------------------------


def legal_review(d: CaseDocData, day: dt.date) -> FormParts:
    verdict = "同意" if d.review_passed else ("" if not d.review_opinion else "不同意")
    options = ("同意", "建议补充调查", "建议修改后再报", "不同意")
    checks = [
        "一、执法主体是否合法，执法人员是否具备执法资格",
        "二、案件事实是否清楚，证据是否确凿、充分",
        "三、适用法律、法规、规章是否准确，裁量基准运用是否适当",
        "四、执法程序是否合法",
        "五、执法文书是否规范、齐备",
    ]
    out: list[Flowable] = [
        body_flush(f"{d.authority.squad}："),
        body(f"你队报送的当事人{d.party.name}涉嫌{d.cause}一案（案件编号：{d.case_number}）"
             f"的案卷材料已收悉。根据《中华人民共和国行政处罚法》第五十八条的规定，"
             f"经审核，提出如下意见："),
    ]
    for c in checks:
        out.append(body(c + "：" + ("经审核，符合规定。" if d.review_passed else "")))
    out.append(body(f"审核意见：{d.review_opinion or ''}"))
    out.append(body_flush("审核结论：" + checkboxes(options, verdict)))
    reviewer = d.reviewer.name if d.reviewer else ""
    return FormParts(
        title=_title(DocType.LEGAL_REVIEW),
        body=out,
        day=day,
        signer=f"法制审核人员：{reviewer}" if reviewer else "法制审核人员：",
        seal_allowed=False,
        subject=f"{d.case_number} 法制审核",
    )


# --- 行政处罚事先告知书 / 听证告知书 --------------------------------------------------------


def _notice_common(d: CaseDocData) -> list[Flowable]:
    y = you(d.party)
    return [
        addressee(d.party),
        body(f"{y}涉嫌{d.cause}一案，经本机关调查，现查明：{datetime_text(d.act_at)}，"
             f"{y}在{d.place}，{d.facts}"),
        body(f"以上事实有{_evidence_summary(d)}等证据为证。"),
        body(_basis_sentence(d) + f"，本机关拟对{y}作出如下行政处罚：{intended_penalty(d)}。"),
    ]


def advance_notice(d: CaseDocData, day: dt.date) -> FormParts:
    y = you(d.party)
    out = _notice_common(d)
    out.append(body(
        f"根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，{y}享有陈述、申辩的权利。"
        f"{y}可以在收到本告知书之日起{chinese_count(STATEMENT_DAYS)}日内向本机关提出陈述、申辩意见；"
        f"逾期未提出的，视为放弃上述权利。"))
    return FormParts(
        title=_title(DocType.ADVANCE_NOTICE),
        body=out,
        day=day,
        signer=d.authority.name,
        footnote=_contact(d) + f"\n联系地址：{d.authority.name}",
        subject=f"{d.party.name} 事先告知",
    )


def hearing_notice(d: CaseDocData, day: dt.date) -> FormParts:
    y = you(d.party)
    out = _notice_common(d)
    out.append(body(
        f"根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，"
        f"{y}享有陈述、申辩和要求举行听证的权利。{y}要求听证的，应当在收到本告知书之日起"
        f"{chinese_count(STATEMENT_DAYS)}日内向本机关提出；本机关将在举行听证的"
        f"{chinese_count(HEARING_NOTICE_DAYS)}日前通知"
        f"{y}举行听证的时间、地点。逾期不提出的，视为放弃听证权利。"))
    return FormParts(
        title=_title(DocType.HEARING_NOTICE),
        body=out,
        day=day,
        signer=d.authority.name,
        footnote=_contact(d) + f"\n联系地址：{d.authority.name}",
        subject=f"{d.party.name} 听证告知",
    )


# --- 案件移送函 ----------------------------------------------------------------------------


def transfer_letter(d: CaseDocData, day: dt.date) -> FormParts:
    t = d.transfer
    counterpart = t.counterpart if t else "（接收单位）"
    reasons = t.reasons if t else ""
    materials = t.materials if t and t.materials else ("案件来源登记表", "现场检查（勘验）笔录",
                                                        "现场照片及视频资料")
    why = "当事人的行为涉嫌犯罪" if t and t.to_police else "该案不属于本机关管辖"
    if t and t.to_police:
        basis = ("根据《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的"
                 "规定》的规定")
    else:
        basis = "根据《中华人民共和国行政处罚法》第二十二条、第二十四条的规定"
    out: list[Flowable] = [
        body_flush(f"{counterpart}："),
        body(f"本机关在办理当事人{d.party.name}{d.cause}一案中发现，{reasons.rstrip('。')}。"
             f"{why}，{basis}，现将该案移送你单位依法处理。"),
        body(f"违法地点：{d.place}；发现时间：{date_text(d.discovered_on)}。"),
    ]
    if t and t.urgent:
        out.append(body("本机关已责令当事人立即停止违法行为。本案情况紧急，请及时处理。"))
    out.append(body("请你单位在收到本函及案件材料后，在送达回证上签收，并将处理结果书面告知本机关。"))
    out.append(body_flush("附件："))
    for i, m in enumerate(materials, start=1):
        out.append(item(f"{i}.", m))
    return FormParts(
        title=_title(DocType.TRANSFER_LETTER),
        body=out,
        day=day,
        signer=d.authority.name,
        footnote=_contact(d),
        subject=f"{d.case_number} 移送",
    )
