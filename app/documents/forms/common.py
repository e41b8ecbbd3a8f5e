"""Pieces the case forms share: ruled lines to write on, check boxes, party rows of a grid,
date-and-time text, and the one render call that puts a form on the shared page template."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Spacer  # type: ignore[import-untyped]

from app.documents import layout
from app.documents.decision import Party, PartyKind, RenderedDocument, content_sha256
from app.documents.layout import BODY_LEADING, DocumentSpec, chinese_date
from app.documents.numerals import yuan_capitals, yuan_figures

BLANK_DATE = "年　　月　　日"
CHECKED, UNCHECKED = "■", "□"
Cell: TypeAlias = "str | Flowable | list[Flowable] | None"


class RuledLines(Flowable):  # type: ignore[misc]
    """`count` horizontal lines one body line apart, to write on by hand (笔录)."""

    def __init__(self, count: int, leading: float = BODY_LEADING) -> None:
        super().__init__()
        self.count = count
        self.leading = leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.leading

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.leading)
        if fits <= 0 or fits >= self.count:
            return []
        return [RuledLines(fits, self.leading), RuledLines(self.count - fits, self.leading)]

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        canv.setLineWidth(0.5)
        for i in range(self.count):
            y = self.count * self.leading - (i + 1) * self.leading + 3
            canv.line(0, y, self.width, y)
        canv.restoreState()


def checkboxes(options: Sequence[str], selected: str | Sequence[str]) -> str:
    """"■巡查发现　□投诉举报 …": the selected option(s) ticked."""
    chosen = {selected} if isinstance(selected, str) else set(selected)
    return "　".join((CHECKED if o in chosen else UNCHECKED) + o for o in options)


def date_text(day: dt.date | None) -> str:
    """2026年11月23日, or the blank 年　月　日 to fill in by hand."""
    return chinese_date(day) if day else BLANK_DATE


def datetime_text(moment: dt.datetime | None) -> str:
    """2026年11月20日9时30分 (local time)."""
    if moment is None:
        return BLANK_DATE + "　　时　　分"
    return f"{chinese_date(moment.date())}{moment.hour}时{moment.minute:02d}分"


def money_text(fen: int) -> str:
    """人民币贰佰元整（¥200.00）."""
    return f"人民币{yuan_capitals(fen)}（¥{yuan_figures(fen)}）"


def party_id_label(p: Party) -> tuple[str, str]:
    if p.kind is PartyKind.PERSON:
        return "公民身份号码", p.id_number
    return "统一社会信用代码", p.uscc


def party_grid_rows(p: Party) -> tuple[list[list[Cell]], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """Rows (4 columns: label, value, label, value) describing a party, and their spans
    relative to the first row."""
    rows: list[list[Cell]]
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    if p.kind is PartyKind.PERSON:
        rows = [
            ["当事人", p.name, "性别", p.gender or ""],
            ["公民身份号码", p.id_number, "联系电话", p.phone],
            ["住址", p.address, None, None],
        ]
        spans.append(((1, 2), (3, 2)))
    else:
        rows = [
            ["当事人（单位）", p.name, "统一社会信用代码", p.uscc],
            ["法定代表人（负责人）", p.legal_representative, "联系电话", p.phone],
            ["住所", p.address, None, None],
        ]
        spans.append(((1, 2), (3, 2)))
    return rows, spans


def shift_spans(
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]], rows: int
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [((a, b + rows), (c, d + rows)) for (a, b), (c, d) in spans]


def party_lines(p: Party) -> list[Flowable]:
    """当事人 lines as letters and decisions print them (no indent)."""
    out: list[str] = []
    if p.kind is PartyKind.PERSON:
        first = f"当事人：{p.name}"
        if p.gender:
            first += f"，{p.gender}"
        out.append(first)
        if p.id_number:
            out.append(f"公民身份号码：{p.id_number}")
        if p.address:
            out.append(f"住址：{p.address}")
    else:
        out.append(f"当事人：{p.name}")
        if p.uscc:
            out.append(f"统一社会信用代码：{p.uscc}")
        if p.legal_representative:
            out.append(f"法定代表人（负责人）：{p.legal_representative}")
        if p.address:
            out.append(f"住所：{p.address}")
    if p.phone:
        out.append(f"联系电话：{p.phone}")
    return [layout.body_flush(x) for x in out]


def addressee(p: Party) -> Flowable:
    """The addressee line of a notice: "吴建国：" flush left."""
    return layout.body_flush(f"{p.name}：")


def you(p: Party) -> str:
    """你 / 你单位."""
    return "你" if p.kind is PartyKind.PERSON else "你单位"


def heading(text: str) -> Flowable:
    """A section heading of a report ("一、当事人基本情况"): indented two characters like the
    body (GB/T 9704 first-level heading; the bundled font has one weight)."""
    return layout.body(text)


def gap(lines: float = 0.5) -> Spacer:
    return Spacer(1, lines * BODY_LEADING)


@dataclass(frozen=True)
class FormParts:
    """What a form module produces: the body and how the template should frame it."""

    title: str
    body: list[Flowable]
    day: dt.date | None
    signer: str | None = None  # signature block (None: signatures are inside the grid)
    footnote: str | None = None
    subject: str = ""
    with_authority: bool = True
    page_footer: bool = True
    seal_allowed: bool = True  # the township seal may be pressed on the signature block


def render_parts(
    parts: FormParts,
    content: object,
    *,
    authority: str,
    number: str | None,
    draft: bool,
    seal_png: bytes | None = None,
    qr_text: str | None = None,
) -> RenderedDocument:
    """Render a form on the shared template; the content hash covers `content` (a dataclass)."""
    spec = DocumentSpec(
        title=parts.title,
        authority=authority if parts.with_authority else None,
        number_text=number,
        signer=parts.signer,
        date=parts.day if parts.signer else None,
        seal_png=seal_png if (parts.signer and parts.seal_allowed) else None,
        qr_text=qr_text,
        draft=draft,
        footnote=parts.footnote,
        subject=parts.subject,
        page_footer=parts.page_footer,
    )
    return RenderedDocument(
        pdf=layout.render_pdf(spec, parts.body),
        content_sha256=content_sha256(content),
        qr_text=None if draft else qr_text,
    )


class SealedDate(Flowable):  # type: ignore[misc]
    """Authority name and date inside a grid cell, the seal pressed over them (one-page forms
    such as the 当场行政处罚决定书, where a separate signature block does not fit)."""

    def __init__(self, authority: str, day: dt.date | None, seal_png: bytes | None) -> None:
        super().__init__()
        self.authority = authority
        self.day = day
        self.seal_png = seal_png
        self.size = layout.TABLE_SIZE

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 3.6

    def draw(self) -> None:
        from app.documents.fonts import register_fonts

        canv = self.canv
        font = register_fonts()
        day = date_text(self.day)
        text_w = max(canv.stringWidth(self.authority, font, self.size),
                     canv.stringWidth(day, font, self.size))
        centre_x = max(self.width / 2, text_w / 2 + self.size)
        canv.setFont(font, self.size)
        canv.drawCentredString(centre_x, self.size * 2.1, self.authority)
        canv.drawCentredString(centre_x, self.size * 0.5, day)
        if self.seal_png:
            seal = layout.prepared_image(self.seal_png)
            d = layout.SEAL_DIAMETER * 0.85
            canv.saveState()
            canv.setFillAlpha(layout.SEAL_ALPHA)
            seal.draw(canv, centre_x - d / 2, self.size * 1.6 - d / 2, d, d)
            canv.restoreState()
