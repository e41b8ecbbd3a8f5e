"""Equipment PDFs: asset-label sheets (QR + tag + short name on A4 label stock), the
stock-taking reconciliation report of a closed session, and the standard-compliance gap report.

The two reports use the shared GB/T 9704 page template (app.documents.layout); label sheets
have their own geometry (the label stock's grid) and draw the QR codes as vector modules, so
they stay sharp at any printer resolution. Every output is deterministic for the same input
(ReportLab invariant mode).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

import segno
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Spacer  # type: ignore[import-untyped]

from app.documents.fonts import register_fonts
from app.documents.layout import (
    PDF_CREATOR,
    DocumentSpec,
    SignatureBlock,
    body,
    chinese_date,
    form_table,
    render_pdf,
    sign_cell,
    small,
)
from app.documents.layout import _render_lock as render_lock  # one ReportLab render at a time
from app.documents.report_tables import (
    BOLD_STROKE,
    Column,
    Heading,
    grid,
    heading,
    info_line,
    wrap_text,
)
from app.errors import ValidationError

if TYPE_CHECKING:
    from app.services.equipment_reports import ComplianceReport
    from app.services.equipment_stocktake import Finding, Reconciliation, ReconLine

# --- label sheets -----------------------------------------------------------------------------

LABEL_QR_ERROR = "m"  # segno raises it to Q/H when that needs no bigger symbol (boost_error)
LABEL_REFERENCE_HEIGHT = 37 * mm  # text sizes below are for a 37 mm label; others scale
LABEL_GREY = colors.Color(0.35, 0.35, 0.35)
OUTLINE_GREY = colors.Color(0.75, 0.75, 0.75)


class LabelContent(Protocol):
    """What a label prints (app.services.equipment.LabelData has these fields)."""

    @property
    def asset_tag(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def township_label(self) -> str: ...


@dataclass(frozen=True)
class LabelGrid:
    """Label stock: `cols` × `rows` labels of `label_width_mm` × `label_height_mm` on a page.

    Margins None centre the grid on the page. The default is the common A4 sheet of
    3 × 8 = 24 labels of 70 × 37 mm (no gaps, 0.5 mm top and bottom).
    """

    cols: int = 3
    rows: int = 8
    label_width_mm: float = 70.0
    label_height_mm: float = 37.0
    margin_left_mm: float | None = None
    margin_top_mm: float | None = None
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def left_mm(self) -> float:
        if self.margin_left_mm is not None:
            return self.margin_left_mm
        used = self.cols * self.label_width_mm + (self.cols - 1) * self.gap_x_mm
        return (self.page_width_mm - used) / 2

    @property
    def top_mm(self) -> float:
        if self.margin_top_mm is not None:
            return self.margin_top_mm
        used = self.rows * self.label_height_mm + (self.rows - 1) * self.gap_y_mm
        return (self.page_height_mm - used) / 2

    def validate(self) -> None:
        """Raise ValidationError (Chinese message) when the grid does not fit the page or a
        label is too small for a readable QR code and tag."""
        if not (1 <= self.cols <= 20 and 1 <= self.rows <= 40):
            raise ValidationError("grid", "grid_count", "每页标签列数须为 1–20、行数须为 1–40。")
        if self.label_width_mm < 30 or self.label_height_mm < 15:
            raise ValidationError(
                "grid",
                "label_too_small",
                "标签尺寸 {w}×{h} 毫米太小，至少需要 30×15 毫米才能印出可扫描的二维码和编号。",
                w=f"{self.label_width_mm:g}",
                h=f"{self.label_height_mm:g}",
            )
        if (
            min(self.gap_x_mm, self.gap_y_mm) < 0
            or min(self.margin_left_mm or 0, self.margin_top_mm or 0) < 0
        ):
            raise ValidationError("grid", "grid_negative", "标签边距和间距不能为负数。")
        right = self.left_mm + self.cols * self.label_width_mm + (self.cols - 1) * self.gap_x_mm
        bottom = self.top_mm + self.rows * self.label_height_mm + (self.rows - 1) * self.gap_y_mm
        if (
            right > self.page_width_mm + 0.01
            or bottom > self.page_height_mm + 0.01
            or min(self.left_mm, self.top_mm) < 0
        ):
            raise ValidationError(
                "grid",
                "grid_too_big",
                "{cols}×{rows} 个 {w}×{h} 毫米的标签放不进 {pw}×{ph} 毫米的纸张，"
                "请检查标签纸规格和边距。",
                cols=self.cols,
                rows=self.rows,
                w=f"{self.label_width_mm:g}",
                h=f"{self.label_height_mm:g}",
                pw=f"{self.page_width_mm:g}",
                ph=f"{self.page_height_mm:g}",
            )

    def label_origin(self, position: int) -> tuple[float, float]:
        """Bottom-left corner (points) of the label at `position` on its page (row-major
        from the top left)."""
        row, col = divmod(position, self.cols)
        x = (self.left_mm + col * (self.label_width_mm + self.gap_x_mm)) * mm
        top = (self.top_mm + row * (self.label_height_mm + self.gap_y_mm)) * mm
        y = self.page_height_mm * mm - top - self.label_height_mm * mm
        return x, y


DEFAULT_LABEL_GRID = LabelGrid()


def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of `text` as rows of dark (True) / light modules, without quiet zone."""
    code = segno.make(text, error=LABEL_QR_ERROR, micro=False, boost_error=True)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def draw_qr(canv: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code of `text` as filled vector modules in the square (x, y, size); horizontal
    runs of dark modules are one rectangle each (no seams inside a run)."""
    rows = qr_modules(text)
    n = len(rows)
    module = size / n
    path = canv.beginPath()
    for r, row in enumerate(rows):
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            # a hair taller than a module so that rows join without a light seam
            path.rect(
                x + start * module, y + size - (r + 1) * module, (c - start) * module, module * 1.02
            )
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.drawPath(path, fill=1, stroke=0)
    canv.restoreState()


def _fit(text: str, font: str, size: float, width: float, min_size: float) -> tuple[str, float]:
    """Shrink `size` down to `min_size` until `text` fits `width`; then cut with "…"."""
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.25
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


def _text(
    canv: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    color: colors.Color = colors.black,
) -> None:
    font = register_fonts()
    t = canv.beginText()
    t.setFont(font, size)
    t.setFillColor(color)
    if bold:
        canv.setStrokeColor(color)
        canv.setLineWidth(size * BOLD_STROKE)
        t.setTextRenderMode(2)
    t.setTextOrigin(x, y)
    t.textOut(text)
    canv.drawText(t)


def _draw_label(
    canv: Canvas, label: LabelContent, x: float, y: float, grid_: LabelGrid, outline: bool
) -> None:
    font = register_fonts()
    w, h = grid_.label_width_mm * mm, grid_.label_height_mm * mm
    k = max(0.6, min(1.4, h / LABEL_REFERENCE_HEIGHT))  # text scale
    if outline:
        canv.saveState()
        canv.setStrokeColor(OUTLINE_GREY)
        canv.setLineWidth(0.3)
        canv.roundRect(x, y, w, h, 2 * mm)
        canv.restoreState()
    pad = min(4 * mm, h * 0.11)
    qr = min(h - 2 * pad, w * 0.42)
    qr_x, qr_y = x + pad, y + (h - qr) / 2
    draw_qr(canv, label.asset_tag, qr_x, qr_y, qr)
    tx = qr_x + qr + max(2.5 * mm, qr / 10)  # ≥ 2 modules of light space beside the code
    tw = x + w - pad * 0.8 - tx
    top = qr_y + qr
    canv.saveState()
    # unit line (small, grey)
    size = 6.5 * k
    unit, size = _fit(label.township_label or "", font, size, tw, 4.5)
    cursor = top - size
    if unit:
        _text(canv, unit, tx, cursor, size, color=LABEL_GREY)
        cursor -= size * 0.9
    # name: up to two lines, faux-bold
    name_size = 11 * k
    lines = wrap_text(label.name or "", font, name_size, tw)
    if len(lines) > 2:
        rest, _ = _fit("".join(lines[1:]), font, name_size, tw, name_size)
        lines = [lines[0], rest]
    for line in lines:
        cursor -= name_size * 1.2
        _text(canv, line, tx, cursor, name_size, bold=True)
    # model
    if label.model:
        model, msize = _fit(label.model, font, 7.5 * k, tw, 5.0)
        cursor -= msize * 1.45
        _text(canv, model, tx, cursor, msize, color=LABEL_GREY)
    # asset tag at the foot, level with the bottom of the code
    tag, tsize = _fit(label.asset_tag, font, 9.5 * k, tw, 5.5)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.5)
    canv.line(tx, qr_y + tsize * 1.35, tx + tw, qr_y + tsize * 1.35)
    _text(canv, tag, tx, qr_y + tsize * 0.15, tsize, bold=True)
    canv.restoreState()


def label_sheet_pdf(
    labels: Sequence[LabelContent],
    grid: LabelGrid = DEFAULT_LABEL_GRID,
    *,
    skip: int = 0,
    outline: bool = False,
    title: str = "装备资产标签",
) -> bytes:
    """Label sheets for `labels` (one QR per label encoding exactly its asset tag).

    `skip` leaves the first positions of the first sheet empty (a partly used sheet);
    `outline` draws the label edges (for plain paper and trial prints).
    """
    grid.validate()
    if skip < 0 or skip >= grid.per_page:
        raise ValidationError(
            "skip",
            "skip_range",
            "跳过的标签位数须在 0 到 {n} 之间。",
            n=grid.per_page - 1,
        )
    if not labels:
        raise ValidationError("labels", "no_labels", "请至少选择一件装备再打印标签。")
    buf = io.BytesIO()
    page_size = (grid.page_width_mm * mm, grid.page_height_mm * mm)
    with render_lock:
        font = register_fonts()
        canv = Canvas(
            buf,
            pagesize=page_size,
            invariant=1,
            pageCompression=1,
            lang="zh-CN",
            initialFontName=font,  # else the page preamble selects Helvetica (not embedded)
            initialFontSize=9,
        )
        canv.setTitle(title)
        canv.setCreator(PDF_CREATOR)
        canv.setSubject(f"{len(labels)} 张标签，每页 {grid.cols}×{grid.rows}")
        for i, label in enumerate(labels):
            slot = i + skip
            position = slot % grid.per_page
            if position == 0 and slot > 0:
                canv.showPage()
            x, y = grid.label_origin(position)
            _draw_label(canv, label, x, y, grid, outline)
        canv.showPage()
        canv.save()
    return buf.getvalue()


def label_pages(count: int, grid: LabelGrid = DEFAULT_LABEL_GRID, skip: int = 0) -> int:
    """Sheets needed for `count` labels."""
    return -(-(count + skip) // grid.per_page)


# --- stock-taking reconciliation report ---------------------------------------------------------

FINDING_TEXT: dict[str, str] = {
    "found": "账实相符",
    "wrong_place": "位置不符",
    "missing": "未找到（盘亏）",
    "unknown_tag": "台账中无此编号（账外）",
    "found_lost": "已登记遗失，盘点时找到",
    "retired": "已报废，仍在存放处",
    "checked_out": "已领用未归还，却在存放处",
    "in_repair": "登记为维修中，却在存放处",
}


@dataclass(frozen=True)
class StocktakeReportData:
    """A closed session's reconciliation and what the report prints around it."""

    recon: Reconciliation
    squad: str
    counters: tuple[str, ...]  # the two people who did the count (names; "" = blank line)
    category_names: Mapping[str, str]  # category code → name
    printed_on: date
    closed_by: str = ""
    mark_missing_lost: bool = True


def _local(dt: datetime | None) -> str:
    if dt is None:
        return ""
    return f"{dt.astimezone():%Y-%m-%d %H:%M}"


def _finding(f: Finding) -> str:
    return FINDING_TEXT.get(f.value, f.value)


def _cat(data: StocktakeReportData, line: ReconLine) -> str:
    if not line.category:
        return "—"
    return data.category_names.get(line.category, line.category)


def stocktake_body(data: StocktakeReportData) -> list[Flowable]:
    r = data.recon
    applied = r.applied or {}
    counters = list(data.counters[:2]) + [""] * (2 - len(data.counters[:2]))
    summary = [
        ["盘点名称", r.title, "盘点范围", r.location_scope or "全部存放地点"],
        ["开始时间", _local(r.opened_at), "结束时间", _local(r.closed_at)],
        ["应盘数量", f"{r.expected} 件", "实盘（扫描）", f"{r.scanned} 件"],
        ["账实相符", f"{r.found} 件", "未找到", f"{len(r.missing)} 件（盘亏）"],
        ["位置不符", f"{len(r.wrong_place)} 件", "账外等异常", f"{len(r.unexpected)} 件"],
    ]
    out: list[Flowable] = [
        info_line(f"单位：{data.squad}", f"打印日期：{chinese_date(data.printed_on)}"),
        form_table(summary, [29, 49, 29, 49], label_cols=(0, 2)),
        Spacer(1, 2 * mm),
    ]
    conclusion = (
        "本次盘点账实相符。"
        if not (r.missing or r.wrong_place or r.unexpected)
        else (
            f"本次盘点应盘 {r.expected} 件，实盘 {r.scanned} 件，账实相符 {r.found} 件；"
            f"未找到 {len(r.missing)} 件，位置不符 {len(r.wrong_place)} 件，"
            f"账外及状态不符 {len(r.unexpected)} 件，明细如下。"
        )
    )
    out.append(body(conclusion))

    cols = [
        Column("序号", 11),
        Column("资产编号", 36),
        Column("装备名称", 37, "LEFT"),
        Column("类别", 28),
        Column("账面存放地点", 46, "LEFT"),
    ]
    rows = [
        [str(i), x.asset_tag, x.name or "", _cat(data, x), x.recorded_location or ""]
        for i, x in enumerate(r.missing, start=1)
    ]
    out += [
        *heading("一、未找到（盘亏）装备"),
        grid(cols, rows, short_rows=range(len(rows)), empty_text="无"),
    ]

    cols = [
        Column("序号", 11),
        Column("资产编号", 36),
        Column("装备名称", 37, "LEFT"),
        Column("账面存放地点", 37, "LEFT"),
        Column("实际发现地点", 37, "LEFT"),
    ]
    rows = [
        [str(i), x.asset_tag, x.name or "", x.recorded_location or "", x.seen_location or ""]
        for i, x in enumerate(r.wrong_place, start=1)
    ]
    out += [*heading("二、位置不符装备"), grid(cols, rows, empty_text="无")]

    cols = [
        Column("序号", 11),
        Column("资产编号", 36),
        Column("装备名称", 33, "LEFT"),
        Column("情况", 46, "LEFT"),
        Column("发现地点", 32, "LEFT"),
    ]
    rows = [
        [str(i), x.asset_tag, x.name or "—", _finding(x.finding), x.seen_location or ""]
        for i, x in enumerate(r.unexpected, start=1)
    ]
    out += [*heading("三、账外及状态不符装备"), grid(cols, rows, empty_text="无")]

    lost = applied.get("lost", 0)
    moved = applied.get("moved", 0)
    recovered = applied.get("recovered", 0)
    cols = [Column("处理事项", 62, "LEFT"), Column("件数", 20), Column("说明", 74, "LEFT")]
    rows = [
        [
            "未找到装备登记为“遗失”",
            str(lost),
            "待查明原因后按规定报损或找回入库"
            if data.mark_missing_lost
            else "盘点结束时选择不登记遗失",
        ],
        ["位置不符装备更正存放地点", str(moved), "存放地点改为实际发现地点"],
        ["已登记遗失的装备找回入库", str(recovered), "状态改为“在库”，地点为发现地点"],
        [
            "台账中无此编号",
            str(sum(1 for x in r.unexpected if x.finding.value == "unknown_tag")),
            "仅作记录，核实来源后补登或清理旧标签",
        ],
    ]
    out += [
        KeepTogether(
            [
                Heading("四、盘点结束时已作的台账变更"),
                grid(cols, rows),
            ]
        ),
        small(
            f"以上变更于 {_local(r.closed_at)} 结束盘点时一并写入装备台账"
            + (f"（操作人：{data.closed_by}）" if data.closed_by else "")
            + "，并记入操作日志。"
        ),
    ]

    sign_rows = [
        [
            "盘点人",
            sign_cell(counters[0], blank_lines=1),
            "盘点人",
            sign_cell(counters[1], blank_lines=1),
        ],
        ["监盘人\n（队负责人）", sign_cell(blank_lines=1), "装备管理员", sign_cell(blank_lines=1)],
    ]
    out += [
        KeepTogether(
            [
                Heading("五、签字确认"),
                form_table(sign_rows, [30, 48, 30, 48], label_cols=(0, 2)),
            ]
        ),
    ]
    return out


def render_stocktake_report(data: StocktakeReportData) -> bytes:
    """PDF bytes of the 装备盘点对账报告 of a closed session."""
    spec = DocumentSpec(
        title="装备盘点对账报告",
        authority=data.squad or None,
        subject=data.recon.title,
    )
    return render_pdf(spec, stocktake_body(data))


# --- standard-compliance gap report -------------------------------------------------------------


@dataclass(frozen=True)
class ComplianceReportData:
    """The compliance comparison and what the report prints around it."""

    report: ComplianceReport
    township: str
    squad: str
    on: date


def compliance_body(data: ComplianceReportData) -> list[Flowable]:
    rep = data.report
    h = rep.headcount
    total = len(rep.lines)
    gaps = rep.gaps
    out: list[Flowable] = [
        info_line(f"单位：{data.squad}", f"统计日期：{chinese_date(data.on)}"),
        small(f"配备标准：{rep.issued_by}（版本 {rep.standard_version}）"),
        Spacer(1, 2 * mm),
        body(
            f"按照乡镇综合行政执法队装备配备标准，以本队执法队员 {h.officers} 人、内勤 {h.clerks} 人、"
            f"辅助执法人员 {h.auxiliaries} 人（其中辅助队伍正副队长 {h.aux_leaders} 人）、"
            f"办公室 {h.offices} 间计算，对在库、领用和维修中的装备逐类核对：共 {total} 项，"
            f"达标 {total - len(gaps)} 项，未达标 {len(gaps)} 项"
            + (f"，合计缺 {sum(x.shortfall for x in gaps)} 件（套）。" if gaps else "。")
        ),
    ]
    cols = [
        Column("类别", 18),
        Column("装备", 24, "LEFT"),
        Column("配备标准", 52, "LEFT"),
        Column("应配", 12),
        Column("实有", 12),
        Column("缺口", 12),
        Column("结论", 15),
    ]
    rows = [
        [
            x.group,
            x.name,
            x.rule_text,
            str(x.required),
            str(x.held),
            str(x.shortfall) if x.shortfall else "—",
            "达标" if x.ok else "未达标",
        ]
        for x in rep.lines
    ]
    short = [i for i, x in enumerate(rep.lines) if not x.ok]
    out += [*heading("一、配备对照"), grid(cols, rows, short_rows=short)]
    gap_cols = [
        Column("序号", 11),
        Column("类别", 22),
        Column("装备", 34, "LEFT"),
        Column("应配", 18),
        Column("实有", 18),
        Column("缺口", 18),
        Column("建议", 36, "LEFT"),
    ]
    gap_rows = [
        [str(i), x.group, x.name, str(x.required), str(x.held), str(x.shortfall), "列入采购计划"]
        for i, x in enumerate(gaps, start=1)
    ]
    out += [
        *heading("二、缺口清单", room=45 * mm),
        grid(gap_cols, gap_rows, short_rows=range(len(gap_rows)), empty_text="各类装备均已达标"),
        KeepTogether(
            [
                small(
                    "统计口径：在库、领用、维修中的装备计入实有数量，报废、遗失的不计；"
                    "按比例配备的向上取整（如“不少于执法队员数的80%”）。红色行为未达标项目。"
                ),
                Spacer(1, 8 * mm),
                SignatureBlock(data.squad or data.township or "综合行政执法队", data.on, None),
            ]
        ),
    ]
    return out


def render_compliance_report(data: ComplianceReportData) -> bytes:
    """PDF bytes of the 执法装备配备达标情况（缺口）报告."""
    spec = DocumentSpec(
        title="执法装备配备达标情况报告",
        authority=data.squad or None,
        subject=f"{data.township}执法装备配备达标情况",
    )
    return render_pdf(spec, compliance_body(data))
