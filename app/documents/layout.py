"""The one page template every enforcement document uses (GB/T 9704-2012 style).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (type area 156 × 225 mm); the
issuing authority and the title (22 pt) centred, the document number under the title; body
16 pt with 22 lines a page; a signature block (authority, date in Arabic numerals) with the
seal overlapping it; footer "第 x 页 共 y 页"; the 一案一码 QR at the top right of page 1.

Table-style forms (审批表, 笔录, 送达回证) put a bordered grid of label/value cells inside the
same frame (`form_table`).

Page furniture repeated on every page (the binding line) and the draft watermark are each
drawn once as a Form XObject and referenced from each page. Output is deterministic
(ReportLab invariant mode: fixed creation date and document ID), so the same input gives the
same bytes.

Drafts (`DocumentSpec.draft`) carry a diagonal 草稿 watermark and never a number, seal or QR,
whatever the spec holds.
"""

from __future__ import annotations

import copy
import hashlib
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.fonts import register_fonts

# --- GB/T 9704-2012 page geometry -------------------------------------------------------------
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 37 * mm
MARGIN_BOTTOM = 35 * mm
MARGIN_LEFT = 28 * mm
MARGIN_RIGHT = 26 * mm
TYPE_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 156 mm
TYPE_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM  # 225 mm

TITLE_SIZE = 22.0  # 2号
BODY_SIZE = 16.0  # 3号
LINES_PER_PAGE = 22
BODY_LEADING = TYPE_HEIGHT / LINES_PER_PAGE  # ≈ 29 pt: 22 lines fill the type area
CHARS_PER_LINE = int(TYPE_WIDTH // BODY_SIZE)  # 27 full-width characters at 16 pt
SMALL_SIZE = 10.5  # 5号: notes under the signature, QR caption
TABLE_SIZE = 12.0  # 小4号: cells of table-style forms
FOOTER_SIZE = 12.0
FOOTER_GAP = 7 * mm  # page number 7 mm below the type area

SEAL_DIAMETER = 42 * mm
SEAL_ALPHA = 0.85  # semi-transparent: the date stays readable through the seal
QR_SIZE = 25 * mm
DATE_RIGHT_INDENT = 4 * BODY_SIZE  # 成文日期右空四字

SEAL_RED = colors.Color(0.80, 0.0, 0.0)
WATERMARK_TEXT = "草稿"
WATERMARK_NOTE = "未签发文书，不得送达或公示"
WATERMARK_COLOR = colors.Color(0.97, 0.82, 0.82)
DRAFT_NUMBER_TEXT = "（草稿　未编号　不得送达）"

FURNITURE_FORM = "sdPageFurniture"
WATERMARK_FORM = "sdDraftWatermark"

PDF_CREATOR = "SquadDesk 乡镇综合执法队工作台"

# ReportLab keeps per-font embedding state in shared objects: one render at a time per
# process (a render takes tens of milliseconds).
_render_lock = threading.Lock()


@dataclass(frozen=True)
class DocumentSpec:
    """Everything the page template needs besides the body flowables."""

    title: str  # e.g. 行政处罚决定书
    authority: str | None = None  # issuing authority printed above the title
    number_text: str | None = None  # document number; never printed on a draft
    signer: str | None = None  # name in the signature block (no block when None)
    date: date | None = None  # date of the document (signature block)
    seal_png: bytes | None = None  # decrypted seal image (RGBA PNG); never on a draft
    qr_text: str | None = None  # 一案一码 text; never on a draft
    qr_caption: str = "一案一码 扫码核验"
    draft: bool = False
    footnote: str | None = None  # small print after the signature block
    subject: str = ""  # PDF metadata
    page_footer: bool = True  # "第 x 页 共 y 页" (an archive cover has none)


def chinese_date(d: date) -> str:
    """Date in Arabic numerals as GB/T 9704 prints it: 2026年11月23日 (no leading zeros)."""
    return f"{d.year}年{d.month}月{d.day}日"


IDEOGRAPHIC_SPACE_AS_NBSP = "\xa0" * 4  # ReportLab collapses U+3000; 4 NBSP ≈ 1 em in our font


def esc(text: str) -> str:
    """Plain text made safe for a ReportLab Paragraph; line breaks and full-width spaces
    (blanks to fill in by hand: 年　月　日) kept."""
    return escape(text or "").replace("\n", "<br/>").replace("\u3000", IDEOGRAPHIC_SPACE_AS_NBSP)


# Chinese punctuation that may not start a line (GB/T 15834 禁则). ReportLab's CJK wrapping
# knows only the Japanese set, which lacks the full-width comma, colon, semicolon and closing
# quotes; such a character is hung in the right margin instead of starting the next line.
CANNOT_START_LINE = "，。、；：？！）》」』】〕〉”’…—·％‰"


def _extend_line_break_rules() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):  # each holds its own copy of the set
        extra = "".join(ch for ch in CANNOT_START_LINE if ch not in module.ALL_CANNOT_START)
        if extra:
            module.ALL_CANNOT_START = module.ALL_CANNOT_START + extra


# --- styles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # first line indented two characters
    body_flush: ParagraphStyle  # no indent (当事人 lines, list items)
    item: ParagraphStyle  # numbered list item with hanging indent
    number: ParagraphStyle
    authority: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared paragraph styles (font registered on first use)."""
    font = register_fonts()
    _extend_line_break_rules()
    body = ParagraphStyle(
        "sdBody",
        fontName=font,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        firstLineIndent=2 * BODY_SIZE,
        alignment=TA_JUSTIFY,
        wordWrap="CJK",
    )
    cell = ParagraphStyle(
        "sdCell",
        fontName=font,
        fontSize=TABLE_SIZE,
        leading=TABLE_SIZE * 1.45,
        alignment=TA_LEFT,
        wordWrap="CJK",
    )
    return Styles(
        body=body,
        body_flush=ParagraphStyle("sdBodyFlush", parent=body, firstLineIndent=0),
        item=ParagraphStyle(
            "sdItem", parent=body, firstLineIndent=-BODY_SIZE, leftIndent=3 * BODY_SIZE
        ),
        number=ParagraphStyle(
            "sdNumber",
            fontName=font,
            fontSize=BODY_SIZE,
            leading=BODY_LEADING,
            alignment=TA_RIGHT,
        ),
        authority=ParagraphStyle(
            "sdAuthority",
            fontName=font,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * 1.5,
            alignment=TA_CENTER,
        ),
        small=ParagraphStyle(
            "sdSmall",
            fontName=font,
            fontSize=SMALL_SIZE,
            leading=SMALL_SIZE * 1.5,
            alignment=TA_LEFT,
            wordWrap="CJK",
        ),
        cell=cell,
        cell_label=ParagraphStyle("sdCellLabel", parent=cell, alignment=TA_CENTER),
        cell_center=ParagraphStyle("sdCellCenter", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("sdCellRight", parent=cell, alignment=TA_RIGHT),
    )


def body(text: str) -> Paragraph:
    """A body paragraph (16 pt, first line indented two characters)."""
    return Paragraph(esc(text), styles().body)


def body_flush(text: str) -> Paragraph:
    """A body paragraph without indent."""
    return Paragraph(esc(text), styles().body_flush)


def item(label: str, text: str) -> Paragraph:
    """A numbered list item ("1." + text) with a hanging indent."""
    return Paragraph(esc(label) + esc(text), styles().item)


def small(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().small)


# --- flowables --------------------------------------------------------------------------------


class BoldLine(Flowable):  # type: ignore[misc]
    """One centred line in the title size, emboldened by stroking the glyph outlines (the
    bundled font has a single weight; official titles are 小标宋-style heavy)."""

    def __init__(self, text: str, size: float = TITLE_SIZE, space_after: float = 0.0) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.space_after = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.45 + self.space_after

    def draw(self) -> None:
        canv = self.canv
        font = register_fonts()
        width = canv.stringWidth(self.text, font, self.size)
        t = canv.beginText()
        t.setFont(font, self.size)
        t.setTextRenderMode(2)  # fill + stroke
        canv.setLineWidth(self.size * 0.025)
        t.setTextOrigin((self.width - width) / 2, self.space_after + self.size * 0.35)
        t.textOut(self.text)
        canv.drawText(t)


class SignatureBlock(Flowable):  # type: ignore[misc]
    """Signer and date, right-aligned as GB/T 9704 sets them (date 4 characters from the right
    edge, signer centred over the date), with the seal pressed over both."""

    def __init__(self, signer: str, day: date, seal: PreparedImage | None) -> None:
        super().__init__()
        self.signer = signer
        self.day_text = chinese_date(day)
        self.seal = seal
        # room for the whole seal above the date line, seal or not (same layout either way)
        self._base_date = BODY_LEADING * 0.3
        self._base_signer = self._base_date + BODY_LEADING
        self._seal_centre_y = self._base_signer + BODY_SIZE * 0.9
        self._height = self._seal_centre_y + SEAL_DIAMETER / 2 + 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._height

    def draw(self) -> None:
        canv = self.canv
        font = register_fonts()
        canv.setFont(font, BODY_SIZE)
        date_w = canv.stringWidth(self.day_text, font, BODY_SIZE)
        signer_w = canv.stringWidth(self.signer, font, BODY_SIZE)
        date_x = self.width - DATE_RIGHT_INDENT - date_w
        centre_x = date_x + date_w / 2
        # signer longer than the date moves left so it still ends at the right margin
        signer_x = min(centre_x - signer_w / 2, self.width - signer_w)
        canv.drawString(date_x, self._base_date, self.day_text)
        canv.drawString(signer_x, self._base_signer, self.signer)
        if self.seal is not None:
            # 居中下压: signer and date sit a little below the centre of the seal
            centre_y = self._seal_centre_y
            canv.saveState()
            canv.setFillAlpha(SEAL_ALPHA)
            self.seal.draw(
                canv,
                centre_x - SEAL_DIAMETER / 2,
                centre_y - SEAL_DIAMETER / 2,
                SEAL_DIAMETER,
                SEAL_DIAMETER,
            )
            canv.restoreState()


def sign_cell(
    text_above: str = "", date_line: str = "年　　月　　日", blank_lines: int = 2
) -> list[Flowable]:
    """Content of a signature cell: optional text, blank lines to sign in, and the date
    placeholder right-aligned at the bottom."""
    st = styles()
    out: list[Flowable] = []
    if text_above:
        out.append(Paragraph(esc(text_above), st.cell))
    out.append(Spacer(1, blank_lines * st.cell.leading))
    out.append(Paragraph(esc(date_line + "　"), st.cell_right))
    return out


def form_table(
    rows: Sequence[Sequence[str | Flowable | list[Flowable] | None]],
    col_widths_mm: Sequence[float],
    *,
    label_cells: set[tuple[int, int]] | None = None,
    label_cols: Sequence[int] = (0,),
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    row_heights_mm: Sequence[float | None] | None = None,
    valign: str = "MIDDLE",
) -> Table:
    """A bordered grid of label/value cells (审批表, 笔录, 送达回证 style).

    Cells are text (wrapped, 12 pt), flowables (or lists of them, e.g. `sign_cell`) or None
    (blank; the cell under a span).
    Label cells, by column (`label_cols`) or by (col, row) in `label_cells`, are centred.
    `col_widths_mm` should add up to the type width (156 mm); they are scaled to it.
    """
    st = styles()
    scale = TYPE_WIDTH / (sum(col_widths_mm) * mm)
    widths = [w * mm * scale for w in col_widths_mm]
    labels = set(label_cells or ())
    data: list[list[Any]] = []
    for r, row in enumerate(rows):
        out: list[Any] = []
        for c, cell in enumerate(row):
            if cell is None:
                out.append("")
            elif isinstance(cell, str):
                is_label = (c, r) in labels or (label_cells is None and c in label_cols)
                out.append(Paragraph(esc(cell), st.cell_label if is_label else st.cell))
            else:
                out.append(cell)
        data.append(out)
    heights = None
    if row_heights_mm is not None:
        heights = [h * mm if h is not None else None for h in row_heights_mm]
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=0)
    commands: list[tuple[Any, ...]] = [
        # blank cells are plain strings: give them the embedded font, not Helvetica
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for start, end in spans:
        commands.append(("SPAN", start, end))
    table.setStyle(TableStyle(commands))
    return table


# --- images prepared once per process ----------------------------------------------------------


class PreparedImage:
    """A PNG decoded, compressed and split into colour + soft mask (alpha) once, then placed
    in any number of documents without repeating that work (≈ 15 ms for a 480 px seal).

    Mirrors what Canvas.drawImage does for an ImageReader with mask="auto"; the objects are
    copied into each document, so nothing document-specific is shared.
    """

    def __init__(self, png: bytes) -> None:
        from reportlab.pdfbase import pdfdoc  # type: ignore[import-untyped]

        reader = ImageReader(io.BytesIO(png))
        self.width, self.height = reader.getSize()
        self.name = "sdImg" + hashlib.sha256(png).hexdigest()[:24]
        self._template = pdfdoc.PDFImageXObject(self.name, reader, mask="auto")
        self._smask_template = getattr(self._template, "_smask", None)
        if self._smask_template is not None:
            self._smask_template.name = self.name + "A"
            del self._template._smask

    def draw(self, canv: Canvas, x: float, y: float, width: float, height: float) -> None:
        """Draw the image stretched to the box (x, y, width, height)."""
        doc = canv._doc
        reg_name = doc.getXObjectName(self.name)
        if doc.idToObject.get(reg_name) is None:
            obj = copy.copy(self._template)
            obj.name = self.name
            canv._setXObjects(obj)
            doc.Reference(obj, reg_name)
            doc.addForm(self.name, obj)
            if self._smask_template is not None:
                smask = copy.copy(self._smask_template)
                canv._setXObjects(smask)
                obj.smask = doc.Reference(smask, doc.getXObjectName(smask.name))
        canv._currentPageHasImages = 1
        canv._formsinuse.append(self.name)
        canv.saveState()
        canv.translate(x, y)
        canv.scale(width, height)
        canv._code.append(f"/{reg_name} Do")
        canv.restoreState()


@lru_cache(maxsize=8)
def prepared_image(png: bytes) -> PreparedImage:
    """The PreparedImage of a PNG, cached (seals are reused on every document)."""
    return PreparedImage(png)


# --- page template ----------------------------------------------------------------------------


def _draw_furniture_form(canv: Canvas) -> None:
    """Binding line (装订线) in the left margin: drawn once, referenced by every page."""
    font = register_fonts()
    canv.beginForm(FURNITURE_FORM)
    canv.saveState()
    x = 14 * mm
    top = PAGE_HEIGHT - MARGIN_TOP
    bottom = MARGIN_BOTTOM
    canv.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
    canv.setLineWidth(0.5)
    canv.setDash(3, 3)
    mid = (top + bottom) / 2
    gap = 40 * mm
    canv.line(x, bottom, x, mid - gap / 2)
    canv.line(x, mid + gap / 2, x, top)
    canv.setDash()
    canv.setFillColor(colors.Color(0.5, 0.5, 0.5))
    canv.setFont(font, 9)
    for i, ch in enumerate("装订线"):
        canv.drawCentredString(x, mid + 12 * mm - i * 12 * mm - 3, ch)
    canv.restoreState()
    canv.endForm()


def _draw_watermark_form(canv: Canvas) -> None:
    """Diagonal 草稿 across the page in a light tint, drawn under the page content (no
    transparency: ReportLab does not give a form XObject its own ExtGState resources)."""
    font = register_fonts()
    canv.beginForm(WATERMARK_FORM)
    canv.saveState()
    canv.setFillColor(WATERMARK_COLOR)
    canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canv.rotate(45)
    canv.setFont(font, 150)
    canv.drawCentredString(0, -50, WATERMARK_TEXT)
    canv.setFont(font, 20)
    canv.drawCentredString(0, -95, WATERMARK_NOTE)
    canv.restoreState()
    canv.endForm()


def _make_canvas_class(spec: DocumentSpec) -> type[Canvas]:
    """A canvas that holds the pages back until the end so the footer knows the page count."""

    class _PagedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            font = register_fonts()
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                if not spec.page_footer:
                    Canvas.showPage(self)
                    continue
                self.saveState()
                self.setFont(font, FOOTER_SIZE)
                self.setFillColor(colors.black)
                self.drawCentredString(
                    MARGIN_LEFT + TYPE_WIDTH / 2,
                    MARGIN_BOTTOM - FOOTER_GAP - FOOTER_SIZE,
                    f"第 {number} 页 共 {total} 页",
                )
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return _PagedCanvas


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buf: io.BytesIO, spec: DocumentSpec, qr: PreparedImage | None) -> None:
        super().__init__(
            buf,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=spec.title if not spec.number_text else f"{spec.title} {spec.number_text}",
            author=spec.authority or "",
            subject=spec.subject,
            creator=PDF_CREATOR,
            invariant=1,
            pageCompression=1,
            lang="zh-CN",
            initialFontName=register_fonts(),
            initialFontSize=BODY_SIZE,
        )
        self.spec = spec
        self.qr = qr
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TYPE_WIDTH,
            TYPE_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="type-area",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page)])

    def _on_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if self.spec.draft:
            if not canv.hasForm(WATERMARK_FORM):
                _draw_watermark_form(canv)
            canv.doForm(WATERMARK_FORM)
        if not canv.hasForm(FURNITURE_FORM):
            _draw_furniture_form(canv)
        canv.doForm(FURNITURE_FORM)
        if self.qr is not None and canv.getPageNumber() == 1:
            x = PAGE_WIDTH - MARGIN_RIGHT - QR_SIZE
            y = PAGE_HEIGHT - 9 * mm - QR_SIZE
            self.qr.draw(canv, x, y, QR_SIZE, QR_SIZE)
            canv.saveState()
            canv.setFont(register_fonts(), 7.5)
            canv.drawCentredString(x + QR_SIZE / 2, y - 3.2 * mm, self.spec.qr_caption)
            canv.restoreState()


def _header(spec: DocumentSpec) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if spec.authority:
        out.append(BoldLine(spec.authority))
    out.append(BoldLine(spec.title, space_after=4))
    if spec.draft:
        out.append(Paragraph(esc(DRAFT_NUMBER_TEXT), st.number))
    elif spec.number_text:
        out.append(Paragraph(esc(spec.number_text), st.number))
    else:
        out.append(Spacer(1, BODY_LEADING))
    return out


def effective_spec(spec: DocumentSpec) -> DocumentSpec:
    """The spec as printed: a draft loses its number, seal and QR."""
    if spec.draft:
        return replace(spec, number_text=None, seal_png=None, qr_text=None)
    return spec


def render_pdf(spec: DocumentSpec, body_flowables: Sequence[Flowable]) -> bytes:
    """Lay out header, body, signature block and footnote on the shared template; PDF bytes.

    Deterministic: the same spec and body give the same bytes.
    """
    from app.documents.qr import qr_png

    spec = effective_spec(spec)
    register_fonts()
    qr = PreparedImage(qr_png(spec.qr_text)) if spec.qr_text else None
    seal = prepared_image(spec.seal_png) if spec.seal_png else None
    story: list[Flowable] = [*_header(spec), *body_flowables]
    if spec.signer and spec.date:
        tail: list[Flowable] = [SignatureBlock(spec.signer, spec.date, seal)]
        if spec.footnote:
            tail += [Spacer(1, 4 * mm), small(spec.footnote)]
        # GB/T 9704 7.3.5: the signature never stands on a page without body text; the last
        # body paragraph moves with it when the page cannot hold both
        if body_flowables and isinstance(story[-1], Paragraph):
            tail.insert(0, story.pop())
        story.append(KeepTogether(tail))
    elif spec.footnote:
        story += [Spacer(1, 4 * mm), small(spec.footnote)]
    buf = io.BytesIO()
    with _render_lock:
        doc = _Doc(buf, spec, qr)
        doc.build(story, canvasmaker=_make_canvas_class(spec))
    return buf.getvalue()
