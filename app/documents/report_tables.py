"""Table and heading helpers for reports and registration cards printed on the shared page
template (app.documents.layout), which they only read.

- `CellText`: a table cell that wraps CJK text itself and can be faux-bold (glyph outlines
  stroked, like layout.BoldLine: the bundled font has one weight) and coloured: header rows,
  totals, and the red/bold rows of a gap report.
- `grid`: a ruled data table (header row repeated on every page it spills onto).
- `heading`: a section heading in body size, faux-bold (一、二、… 黑体-style).
- `info_line`: a small left/right line under the title (unit, year, date).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    Table,
    TableStyle,
)

from app.documents.fonts import register_fonts
from app.documents.layout import BODY_LEADING, BODY_SIZE, CANNOT_START_LINE, TYPE_WIDTH

GRID_SIZE = 10.5  # 5号: dense data tables (the template's form cells are 小4号 12 pt)
HEADER_FILL = colors.Color(0.90, 0.90, 0.90)
SHORT_FILL = colors.Color(1.0, 0.88, 0.88)  # pale red behind a row that falls short
SHORT_RED = colors.Color(0.78, 0.0, 0.0)
TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)
BOLD_STROKE = 0.03  # stroke width as a share of the font size (faux bold)


def _tokens(text: str) -> list[str]:
    """CJK characters one by one, runs of Latin letters/digits kept together."""
    out: list[str] = []
    run = ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            run += ch
            continue
        if run:
            out.append(run)
            run = ""
        out.append(ch)
    if run:
        out.append(run)
    return out


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width` (breaking between CJK characters and between
    Latin words; a word too long for a line is broken anywhere). Explicit newlines kept;
    closing punctuation never starts a line (it hangs at the end of the previous one)."""
    lines: list[str] = []
    for para in (text or "").split("\n"):
        line = ""
        for tok in _tokens(para):
            if tok == " " and not line:
                continue
            candidate = line + tok
            if stringWidth(candidate, font, size) <= width or not line:
                if stringWidth(tok, font, size) > width and not line:
                    # a token wider than the line: split it into characters
                    for ch in tok:
                        if line and stringWidth(line + ch, font, size) > width:
                            lines.append(line)
                            line = ""
                        line += ch
                else:
                    line = candidate
            elif tok in CANNOT_START_LINE:
                line = candidate  # hang the punctuation
            else:
                lines.append(line.rstrip())
                line = tok.lstrip()
        lines.append(line.rstrip())
    return lines or [""]


class CellText(Flowable):  # type: ignore[misc]
    """Text in a table cell: wrapped to the cell, aligned, optionally faux-bold or coloured."""

    def __init__(
        self,
        text: str,
        size: float = GRID_SIZE,
        *,
        bold: bool = False,
        color: Any = colors.black,
        align: str = "LEFT",  # LEFT, CENTER or RIGHT
        leading: float | None = None,
    ) -> None:
        super().__init__()
        self.text = text or ""
        self.size = size
        self.bold = bold
        self.color = color
        self.align = align.upper()
        self.leading = leading or size * 1.35
        self._lines: list[str] = [self.text]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        font = register_fonts()
        self.width = avail_width
        self._lines = wrap_text(self.text, font, self.size, max(avail_width, self.size))
        return avail_width, len(self._lines) * self.leading

    def draw(self) -> None:
        canv = self.canv
        font = register_fonts()
        canv.saveState()
        canv.setFillColor(self.color)
        canv.setStrokeColor(self.color)
        canv.setLineWidth(self.size * BOLD_STROKE)
        top = len(self._lines) * self.leading
        for i, line in enumerate(self._lines):
            w = stringWidth(line, font, self.size)
            if self.align == "CENTER":
                x = (self.width - w) / 2
            elif self.align == "RIGHT":
                x = self.width - w
            else:
                x = 0.0
            y = top - (i + 1) * self.leading + (self.leading - self.size) / 2 + self.size * 0.15
            t = canv.beginText()
            t.setFont(font, self.size)
            if self.bold:
                t.setTextRenderMode(2)  # fill + stroke
            t.setTextOrigin(x, y)
            t.textOut(line)
            canv.drawText(t)
        canv.restoreState()


@dataclass(frozen=True)
class Column:
    """A data-table column: header text, width (mm, scaled to the type width) and alignment."""

    header: str
    width_mm: float
    align: str = "CENTER"


Cell: TypeAlias = Any  # str (wrapped as CellText) or any Flowable


def grid(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    size: float = GRID_SIZE,
    short_rows: Sequence[int] = (),
    total_rows: Sequence[int] = (),
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    empty_text: str = "（无）",
) -> Table:
    """A ruled table: a faux-bold grey header row (repeated on following pages), then `rows`
    (indices into `rows`); rows in `short_rows` are red, faux-bold on a pale red ground,
    rows in `total_rows` faux-bold on light grey. No rows: one row saying `empty_text`."""
    scale = TYPE_WIDTH / (sum(c.width_mm for c in columns) * mm)
    widths = [c.width_mm * mm * scale for c in columns]
    short = set(short_rows)
    totals = set(total_rows)
    data: list[list[Any]] = [[CellText(c.header, size, bold=True, align="CENTER") for c in columns]]
    commands: list[tuple[Any, ...]] = [
        # spanned-over cells are plain "" strings: without this the table would select
        # Helvetica (never embedded) to draw them
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if not rows:
        data.append([CellText(empty_text, size, align="CENTER")] + [""] * (len(columns) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    for r, row in enumerate(rows):
        is_short, is_total = r in short, r in totals
        out: list[Any] = []
        for c, cell in enumerate(row):
            if isinstance(cell, str):
                out.append(
                    CellText(
                        cell,
                        size,
                        bold=is_short or is_total,
                        color=SHORT_RED if is_short else colors.black,
                        align=columns[c].align,
                    )
                )
            else:
                out.append(cell)
        data.append(out)
        if is_short:
            commands.append(("BACKGROUND", (0, r + 1), (-1, r + 1), SHORT_FILL))
        elif is_total:
            commands.append(("BACKGROUND", (0, r + 1), (-1, r + 1), TOTAL_FILL))
    for (c0, r0), (c1, r1) in spans:
        commands.append(("SPAN", (c0, r0 + 1), (c1, r1 + 1)))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


class Heading(Flowable):  # type: ignore[misc]
    """A section heading (一、基本情况) in body size, faux-bold, with room above it."""

    def __init__(self, text: str, size: float = BODY_SIZE, space_before: float = 4.0) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.space_before = space_before

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, BODY_LEADING * (self.size / BODY_SIZE) + self.space_before

    def draw(self) -> None:
        canv = self.canv
        font = register_fonts()
        t = canv.beginText()
        t.setFont(font, self.size)
        t.setTextRenderMode(2)
        canv.setLineWidth(self.size * BOLD_STROKE)
        t.setTextOrigin(0, BODY_LEADING * (self.size / BODY_SIZE) * 0.3)
        t.textOut(self.text)
        canv.drawText(t)


HEADING_ROOM = 30 * mm  # a heading starts a new page when less than this is left below it


def heading(text: str, size: float = BODY_SIZE, room: float = HEADING_ROOM) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page: it moves to the
    next page when less than `room` is left (a table after it may still split)."""
    return [CondPageBreak(room), Heading(text, size)]


class InfoLine(Flowable):  # type: ignore[misc]
    """One small line under the title: text on the left and text on the right."""

    def __init__(self, left: str, right: str = "", size: float = 12.0) -> None:
        super().__init__()
        self.left = left
        self.right = right
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.9

    def draw(self) -> None:
        canv = self.canv
        font = register_fonts()
        canv.setFont(font, self.size)
        y = self.size * 0.55
        canv.drawString(0, y, self.left)
        if self.right:
            canv.drawRightString(self.width, y, self.right)


def info_line(left: str, right: str = "", size: float = 12.0) -> InfoLine:
    return InfoLine(left, right, size)


def iso(d: Any) -> str:
    """A date as 2026-04-01 ("" for None)."""
    return d.isoformat() if d is not None else ""
