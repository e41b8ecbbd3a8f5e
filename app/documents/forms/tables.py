"""Table-style forms (审批表, 登记表, 笔录) on the shared template: 案件来源登记表, 立案审批表,
现场检查（勘验）笔录, 询问笔录 and 结案报告 (结案审批表 layout).

Grids follow the Zhejiang 综合行政执法文书 pattern: label cells centred on the left, values
beside them, opinion rows with room to sign and the date at the bottom right. Records (笔录)
print the case data the squad already has and leave ruled lines for the handwritten answers.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether  # type: ignore[import-untyped]

from app.documents.decision import PartyKind
from app.documents.forms.common import (
    BLANK_DATE,
    Cell,
    FormParts,
    RuledLines,
    checkboxes,
    date_text,
    datetime_text,
    gap,
    money_text,
    party_grid_rows,
    shift_spans,
)
from app.documents.forms.data import CaseDocData
from app.documents.layout import body, body_flush, form_table, sign_cell
from app.documents.types import DOC_TYPES, DocType

SOURCE_OPTIONS = ("巡查发现", "投诉举报", "部门移送", "上级交办", "数字线索")
FOUR_COLS = (34, 46, 30, 46)
Span = tuple[tuple[int, int], tuple[int, int]]


def _title(kind: DocType) -> str:
    return DOC_TYPES[kind].title


def _grid(rows: list[list[Cell]], spans: list[Span], heights: list[float | None]) -> Flowable:
    labels = {(c, r) for r, row in enumerate(rows) for c in (0, 2) if isinstance(row[c], str)}
    # a row whose value spans the width has its label only in column 0
    return form_table(rows, FOUR_COLS, label_cells=labels, spans=spans, row_heights_mm=heights)


def _wide(label: str, value: Cell, rows: list[list[Cell]], spans: list[Span],
          heights: list[float | None], height: float | None = None) -> None:
    r = len(rows)
    rows.append([label, value, None, None])
    spans.append(((1, r), (3, r)))
    heights.append(height)


def _party(d: CaseDocData, rows: list[list[Cell]], spans: list[Span],
           heights: list[float | None]) -> None:
    p_rows, p_spans = party_grid_rows(d.party)
    spans += shift_spans(p_spans, len(rows))
    rows += p_rows
    heights += [None] * len(p_rows)


def _handlers_text(d: CaseDocData) -> str:
    return "、".join(h.with_cert for h in d.handlers)


# --- 案件来源登记表 ------------------------------------------------------------------------


def case_source(d: CaseDocData, day: dt.date) -> FormParts:
    rows: list[list[Cell]] = []
    spans: list[Span] = []
    heights: list[float | None] = []
    _wide("案件来源", checkboxes(SOURCE_OPTIONS, d.source), rows, spans, heights, 12)
    _wide("来源说明", d.source_detail or "—", rows, spans, heights)
    rows.append(["登记日期", date_text(d.registered_on), "发现日期", date_text(d.discovered_on)])
    heights.append(10)
    _party(d, rows, spans, heights)
    _wide("违法地点", d.place, rows, spans, heights)
    _wide("违法时间", datetime_text(d.act_at), rows, spans, heights)
    _wide("涉嫌违法事项", f"{d.cause}（事项编码：{d.item.code}）", rows, spans, heights)
    _wide("主要内容", d.facts, rows, spans, heights, 34)
    rows.append(["登记人", d.handlers[0].name if d.handlers else "", "联系方式", ""])
    heights.append(10)
    _wide("承办人意见", sign_cell(f"建议立案调查。承办人：{'、'.join(h.name for h in d.handlers)}"),
          rows, spans, heights)
    _wide("负责人意见", sign_cell(blank_lines=2), rows, spans, heights)
    return FormParts(
        title=_title(DocType.CASE_SOURCE),
        body=[_grid(rows, spans, heights)],
        day=day,
        subject=f"{d.case_number} 案件来源登记",
    )


# --- 立案审批表 ----------------------------------------------------------------------------


def filing_approval(d: CaseDocData, day: dt.date) -> FormParts:
    rows: list[list[Cell]] = []
    spans: list[Span] = []
    heights: list[float | None] = []
    _wide("案由", f"涉嫌{d.cause}", rows, spans, heights, 11)
    rows.append(["案件来源", d.source, "受案日期", date_text(d.registered_on)])
    heights.append(10)
    _party(d, rows, spans, heights)
    _wide("简要案情", f"{datetime_text(d.act_at)}，在{d.place}，{d.facts}", rows, spans, heights, 30)
    _wide("立案依据", f"{d.legal_basis}；《中华人民共和国行政处罚法》第五十四条",
          rows, spans, heights)
    _wide("承办人", _handlers_text(d), rows, spans, heights)
    names = "、".join(h.name for h in d.handlers)
    _wide("承办人意见",
          sign_cell(f"当事人涉嫌{d.cause}，有违法事实，属本机关管辖，且在追责时效内，"
                    f"建议立案调查。承办人：{names}", blank_lines=1), rows, spans, heights)
    _wide("承办机构\n审核意见", sign_cell(blank_lines=1), rows, spans, heights)
    if d.filed_on:
        approval = sign_cell(f"同意立案，由{names}承办。", date_text(d.filed_on), blank_lines=1)
    else:
        approval = sign_cell(blank_lines=2)
    _wide("负责人\n审批意见", approval, rows, spans, heights)
    return FormParts(
        title=_title(DocType.FILING_APPROVAL),
        body=[_grid(rows, spans, heights)],
        day=day,
        subject=f"{d.case_number} 立案审批",
    )


# --- 现场检查（勘验）笔录 --------------------------------------------------------------------


def _officer_rows(d: CaseDocData, first_label: str, rows: list[list[Cell]],
                  heights: list[float | None]) -> None:
    handlers = d.handlers or ()
    for i, h in enumerate(handlers[:2]):
        rows.append([first_label if i == 0 else "", h.name, "执法证号", h.cert_number])
        heights.append(9)


def inspection_record(d: CaseDocData, day: dt.date) -> FormParts:
    rows: list[list[Cell]] = []
    spans: list[Span] = []
    heights: list[float | None] = []
    _wide("检查（勘验）\n时间", f"{datetime_text(d.act_at)}至　　时　　分", rows, spans, heights)
    _wide("检查（勘验）\n地点", d.place, rows, spans, heights)
    start = len(rows)
    _officer_rows(d, "检查（勘验）人", rows, heights)
    if len(rows) - start == 2:
        spans.append(((0, start), (0, start + 1)))
    recorder = d.handlers[1] if len(d.handlers) > 1 else None
    rows.append(["记录人", recorder.name if recorder else "", "执法证号",
                 recorder.cert_number if recorder else ""])
    heights.append(9)
    p = d.party
    id_label = "公民身份号码" if p.kind is PartyKind.PERSON else "统一社会信用代码"
    rows.append(["当事人", p.name, id_label, p.id_number or p.uscc])
    heights.append(None)
    rows.append(["现场负责人\n（在场人）", "", "联系电话", p.phone])
    heights.append(None)
    rows.append(["见证人", "", "联系电话", ""])
    heights.append(9)
    grid = _grid(rows, spans, heights)
    squad = d.authority.squad
    intro = (f"告知事项：我们是{squad}的执法人员，已出示执法证件。现依法进行现场检查（勘验），"
             f"请予配合。你有权对执法人员申请回避，有权进行陈述和申辩。")
    parts: list[Flowable] = [
        grid,
        gap(0.3),
        body_flush(intro),
        body_flush("现场检查（勘验）情况："),
        body(d.facts),
        RuledLines(6),
        KeepTogether([RuledLines(1), gap(0.3), form_table(
            [["当事人（在场人）签名", "", "见证人签名", ""],
             ["检查（勘验）人签名", "", "记录人签名", ""]],
            FOUR_COLS, label_cells={(0, 0), (2, 0), (0, 1), (2, 1)},
            row_heights_mm=[13, 13],
        )]),
    ]
    return FormParts(
        title=_title(DocType.INSPECTION_RECORD),
        body=parts,
        day=day,
        footnote="现场照片、视频及示意图附后。笔录经当事人核对无误后逐页签名。",
        subject=f"{d.case_number} 现场检查（勘验）笔录",
    )


# --- 询问笔录 ----------------------------------------------------------------------------


def inquiry_record(d: CaseDocData, day: dt.date) -> FormParts:
    p = d.party
    rows: list[list[Cell]] = []
    spans: list[Span] = []
    heights: list[float | None] = []
    _wide("询问时间", f"{BLANK_DATE}　　时　　分至　　时　　分", rows, spans, heights, 9)
    _wide("询问地点", "", rows, spans, heights, 9)
    start = len(rows)
    _officer_rows(d, "询问人", rows, heights)
    if len(rows) - start == 2:
        spans.append(((0, start), (0, start + 1)))
    recorder = d.handlers[1] if len(d.handlers) > 1 else None
    rows.append(["记录人", recorder.name if recorder else "", "执法证号",
                 recorder.cert_number if recorder else ""])
    heights.append(9)
    if p.kind is PartyKind.PERSON:
        rows.append(["被询问人", p.name, "性别", p.gender])
        rows.append(["公民身份号码", p.id_number, "联系电话", p.phone])
        rows.append(["工作单位", "", "职务", ""])
        heights += [9, None, 9]
        _wide("住址", p.address, rows, spans, heights, 9)
        relation = "当事人本人"
    else:
        rows.append(["被询问人", "", "性别", ""])
        rows.append(["公民身份号码", "", "联系电话", ""])
        rows.append(["工作单位", p.name, "职务", ""])
        heights += [9, 9, None]
        _wide("住址", "", rows, spans, heights, 9)
        relation = f"{p.name}的法定代表人（负责人）或受委托人"
    _wide("与本案关系", relation, rows, spans, heights, 9)
    h = d.handlers
    names = "、".join(x.name for x in h)
    certs = "、".join(x.cert_number for x in h if x.cert_number)
    qa: list[Flowable] = [
        _grid(rows, spans, heights),
        gap(0.3),
        body_flush(
            f"问：我们是{d.authority.squad}的执法人员{names}，执法证件号码为{certs}，"
            f"这是我们的执法证件（出示证件）。现就{d.cause}一事依法向你进行调查询问，"
            f"请你如实回答，不得作伪证。你听清楚了吗？"
        ),
        body_flush("答："),
        RuledLines(1),
        body_flush("问：依照法律规定，你有申请执法人员回避的权利。你是否申请回避？"),
        body_flush("答："),
        RuledLines(1),
        body_flush(f"问：请你说明{datetime_text(d.act_at)}在{d.place}的有关情况。"),
        body_flush("答："),
        RuledLines(6),
        body_flush("问：你还有什么需要补充的吗？"),
        body_flush("答："),
        RuledLines(2),
        body_flush("问：以上笔录请你核对，是否与你所说的一致？"),
        body_flush("答："),
        RuledLines(1),
        gap(0.3),
        form_table(
            [["被询问人签名", "", "询问人签名", ""], ["记录人签名", "", "日期", BLANK_DATE]],
            FOUR_COLS, label_cells={(0, 0), (2, 0), (0, 1), (2, 1)}, row_heights_mm=[14, 12],
        ),
    ]
    return FormParts(
        title=_title(DocType.INQUIRY_RECORD),
        body=qa,
        day=day,
        footnote="笔录经被询问人核对无误后逐页签名并注明“以上笔录我已看过，与我说的一致”。",
        subject=f"{d.case_number} 询问笔录",
    )


# --- 结案报告 ----------------------------------------------------------------------------


def _result_text(d: CaseDocData) -> str:
    if d.outcome == "no_penalty":
        return f"不予行政处罚（{d.decision_number}）" if d.decision_number else "不予行政处罚"
    if d.outcome == "transfer":
        return f"移送{d.transfer.counterpart if d.transfer else '有关部门'}处理"
    parts = []
    if d.penalty.warning:
        parts.append("警告")
    if d.penalty.fine_fen:
        parts.append("罚款" + money_text(d.penalty.fine_fen))
    text = "、".join(parts) or "—"
    return f"{text}（{d.decision_number}）" if d.decision_number else text


def _execution_text(d: CaseDocData) -> str:
    if d.outcome != "penalty" or not d.penalty.fine_fen:
        return "无需执行罚款。" if d.outcome else "—"
    text = f"应缴罚款{money_text(d.penalty.fine_fen)}，已缴{money_text(d.paid_fen)}"
    if d.paid_on:
        text += f"，缴款日期{date_text(d.paid_on)}"
    if d.late_fee_fen:
        text += f"；加处罚款{money_text(d.late_fee_fen)}"
    return text + "。"


def closing_report(d: CaseDocData, day: dt.date) -> FormParts:
    rows: list[list[Cell]] = []
    spans: list[Span] = []
    heights: list[float | None] = []
    _wide("案由", d.cause, rows, spans, heights, 10)
    rows.append(["案件编号", d.case_number, "立案日期", date_text(d.filed_on)])
    heights.append(None)
    _party(d, rows, spans, heights)
    _wide("处理结果", _result_text(d), rows, spans, heights)
    _wide("执行情况", _execution_text(d), rows, spans, heights)
    steps = "；".join(f"{s.day.month}月{s.day.day}日{s.label}（{s.by}）" for s in d.steps) or "—"
    _wide("办理经过", steps, rows, spans, heights)
    names = "、".join(h.name for h in d.handlers)
    _wide("承办人意见", sign_cell(f"本案已依法办理完毕，建议结案。承办人：{names}",
                                 blank_lines=1), rows, spans, heights)
    approval = (sign_cell("同意结案。", date_text(d.closed_on), blank_lines=1)
                if d.closed_on else sign_cell(blank_lines=2))
    _wide("负责人\n审批意见", approval, rows, spans, heights)
    return FormParts(
        title=_title(DocType.CLOSING_REPORT),
        body=[_grid(rows, spans, heights)],
        day=day,
        subject=f"{d.case_number} 结案报告",
    )
