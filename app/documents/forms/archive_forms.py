"""The archive's own pages (卷宗): 卷宗封面 (cover), 卷内文件目录 (catalog with page numbers)
and the 证据材料清单 (evidence list), on the shared template."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.forms.common import Cell, FormParts, date_text
from app.documents.forms.data import ArchiveCoverData, CatalogRow, EvidenceLine
from app.documents.layout import TYPE_WIDTH, BoldLine, esc, form_table, styles

COVER_TITLE = "行政处罚案卷"
CATALOG_TITLE = "卷内文件目录"
EVIDENCE_TITLE = "证据材料清单"


def cover(c: ArchiveCoverData) -> FormParts:
    st = styles()
    fields = [
        ("案　　由", c.cause),
        ("当 事 人", c.party),
        ("案件编号", c.case_number),
        ("立案日期", date_text(c.filed_on) if c.filed_on else ""),
        ("结案日期", date_text(c.closed_on) if c.closed_on else ""),
        ("处理结果", c.result),
        ("承 办 人", c.handlers),
        ("归档日期", date_text(c.archived_on)),
        ("保管期限", c.retention),
        ("卷内页数", f"本卷共 {c.pages} 页"),
    ]
    data = [[Paragraph(esc(k), st.body_flush), Paragraph(esc(v), st.body_flush)]
            for k, v in fields]
    table = Table(data, colWidths=[34 * mm, TYPE_WIDTH - 44 * mm])
    table.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, -1), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    body: list[Flowable] = [
        BoldLine(COVER_TITLE, size=30, space_after=6),
        Spacer(1, 14 * mm),
        table,
        Spacer(1, 16 * mm),
        BoldLine(c.authority.name, size=18),
    ]
    if c.archive_no:
        body.insert(0, Paragraph(esc(f"档号：{c.archive_no}"), st.number))
    return FormParts(title="", body=body, day=c.archived_on, with_authority=False,
                     page_footer=False, subject=f"{c.case_number} 卷宗封面")


def catalog(rows: Sequence[CatalogRow], case_number: str) -> FormParts:
    table: list[list[Cell]] = [["序号", "文号", "责任者", "题名", "日期", "页号", "备注"]]
    for i, r in enumerate(rows, start=1):
        table.append([str(i), r.number or "—", r.author, r.title,
                      f"{r.day:%Y.%m.%d}" if r.day else "", r.pages, r.note])
    labels = {(c, 0) for c in range(7)} | {(0, r) for r in range(len(table))} | {
        (5, r) for r in range(len(table))} | {(4, r) for r in range(len(table))}
    grid = form_table(table, [9, 40, 22, 40, 20, 15, 10], label_cells=labels,
                      row_heights_mm=[10] + [None] * len(rows))
    grid.repeatRows = 1
    return FormParts(title=CATALOG_TITLE, body=[grid], day=None, with_authority=False,
                     subject=f"{case_number} 卷内文件目录")


def evidence_list(lines: Sequence[EvidenceLine], case_number: str) -> FormParts:
    table: list[list[Cell]] = [["序号", "证据名称", "类型", "采集时间", "校验码", "备注"]]
    for i, e in enumerate(lines, start=1):
        table.append([str(i), e.name, e.kind, e.captured, e.sha256[:16], e.note])
    if not lines:
        table.append(["", "（本案无电子证据材料）", "", "", "", ""])
    labels = {(c, 0) for c in range(6)} | {(0, r) for r in range(len(table))} | {
        (2, r) for r in range(len(table))}
    grid = form_table(table, [10, 50, 14, 30, 32, 20], label_cells=labels)
    grid.repeatRows = 1
    return FormParts(title=EVIDENCE_TITLE, body=[grid], day=None, with_authority=False,
                     footnote=f"案件编号：{case_number}。校验码为电子证据文件 SHA-256 摘要的前16位，原件按校验码保存于证据库。",
                     subject=f"{case_number} 证据材料清单")


def today_or(day: dt.date | None, fallback: dt.date) -> dt.date:
    return day or fallback
