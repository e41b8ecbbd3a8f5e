"""工作台: the landing page. Tiles in a grid (deadlines, cases by status, training 学时 against
60, certificate alerts, equipment gaps and maintenance, squad, sync), each a clickable frame with
a big number and a short list; two painted charts. Figures come from
app.services.dashboard.dashboard, computed in a worker; at start-up the page may be made with
figures already read (app.services.dashboard.first_page) before the store is open, and gets
the store with attach_store. The page loads only app.services.dashboard_data (display-ready
figures: tones and labels), not the rules or the reads: those come with the first refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.rules.roles import Permission
from app.services import dashboard_data as figures
from app.services.dashboard_data import DashboardData, SyncPart
from ui.errors import error_text, label_text
from ui.tasks import run_in_background
from ui.widgets import fill_rect, set_text_colour, tinted_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QEnterEvent, QFontMetrics, QMouseEvent, QPaintEvent

    from app.actor import Actor
    from app.context import AppContext

# No QtCore.Qt before the page is painted: PySide6 makes all its ~95 enums on first use
# (~25-40 ms of the start-up), and any QPen or QBrush (setPen, fillRect) does so too.
# Alignments are set by name; the charts' text is placed by its metrics in the palette's
# colour, their bars are 1×1 colour swatches drawn to size (ui.widgets.fill_rect), the lists'
# colours come from tinting (ui.widgets.tinted_text); the tiles' hand cursor is set when the
# mouse first enters.

RED = QColor("#c62828")
AMBER = QColor("#ef8f00")
GREEN = QColor("#2e7d32")
BLUE = QColor("#1f5fa8")
PLAIN = QColor("#000000")
INK = QColor("#333333")  # the charts' text
LABEL_GREY = QColor("#555555")
MUTED = QColor("#888888")
AXIS = QColor("#cccccc")
TONES = {figures.RED: RED, figures.AMBER: AMBER, figures.GREEN: GREEN, figures.PLAIN: PLAIN}
TILE_BACKGROUND = QColor("#ffffff")
TILE_BORDER = QColor("#d8dde5")
TILE_BORDER_HOVER = BLUE


class LabelRole(NamedTuple):
    """How a label of the page looks: its font (points, bold), colour and alignment."""

    points: float | None = None  # None: the application's font size
    bold: bool = False
    colour: QColor | None = None  # None: plain (PLAIN)
    alignment: str | None = None  # Qt's alignment flag names, e.g. "AlignLeft|AlignTop"


# The labels' looks by role, set in code rather than by a style sheet: a sheet on the page
# makes Qt polish every widget under it through its rules (~10 ms of the start-up).
ROLES = {
    "tile-title": LabelRole(11, True, QColor("#444444")),
    "tile-number": LabelRole(22, True),
    "tile-number-muted": LabelRole(16, True, QColor("#666666")),
    "tile-caption": LabelRole(colour=LABEL_GREY, alignment="AlignLeft|AlignBottom"),
    "page-title": LabelRole(14, True),
    "date": LabelRole(colour=QColor("#666666")),
    "message": LabelRole(colour=RED),
}


def _role(label: QLabel, role: str) -> QLabel:
    """`label` styled as `role` (ROLES); the role is kept in its "role" property."""
    look = ROLES[role]
    label.setProperty("role", role)
    font = QFont(label.font())
    if look.points is not None:
        font.setPointSizeF(look.points)
    font.setBold(look.bold)
    label.setFont(font)
    _set_colour(label, look.colour)
    if look.alignment is not None:
        label.setProperty("alignment", look.alignment)  # by name: no QtCore.Qt (see above)
    return label


def _draw_text(p: QPainter, fm: QFontMetrics, rect: QRectF, text: str, h_align: str) -> None:
    """`text` in `rect`, vertically centred, horizontally "left", "right" or "centre"."""
    width = fm.horizontalAdvance(text)
    if h_align == "right":
        x = rect.right() - width
    elif h_align == "centre":
        x = rect.left() + (rect.width() - width) / 2
    else:
        x = rect.left()
    baseline = rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2
    p.drawText(QPointF(x, baseline), text)


def _dashed_line(p: QPainter, x0: float, x1: float, y: float, colour: QColor) -> None:
    """A 2 px dashed horizontal line: Qt's DashLine at width 2 (8 on, 4 off)."""
    x = x0
    while x < x1:
        fill_rect(p, QRectF(x, y - 1, min(8.0, x1 - x), 2), colour)
        x += 12


# A tile's list line: its parts, each (text, colour); a plain str is one part in INK.
Line = tuple[tuple[str, QColor], ...]
LineLike = str | Line


def _as_line(line: LineLike) -> Line:
    return ((line, INK),) if isinstance(line, str) else line


def _line_text(line: Line) -> str:
    return "".join(text for text, _colour in line)


class _Metrics:
    """A font's metrics with each text's advance measured once (the lists' wrapping asks for
    the same texts again and again)."""

    def __init__(self, fm: QFontMetrics) -> None:
        self.fm = fm
        self._advances: dict[str, int] = {}

    def horizontalAdvance(self, text: str) -> int:  # noqa: N802 - QFontMetrics' name
        advance = self._advances.get(text)
        if advance is None:
            advance = self._advances[text] = self.fm.horizontalAdvance(text)
        return advance

    def lineSpacing(self) -> int:  # noqa: N802 - QFontMetrics' name
        return self.fm.lineSpacing()


def _fitting(text: str, fm: _Metrics, width: float) -> int:
    """How many leading characters of `text` fit in `width` px."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fm.horizontalAdvance(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _is_word(ch: str) -> bool:
    """Part of a Latin word or a number ("38/41", "2026-11-30", "96,793" kept whole)."""
    return ch.isascii() and (ch.isalnum() or ch in "/-.:,%")


# Chinese line breaking (避头尾): no row starts with a closing mark, none ends with an opening one.
_NO_ROW_START = frozenset("）)，,。.、；;：:！!？?》」』】〕")
_NO_ROW_END = frozenset("（(《「『【〔")


def _may_break(text: str, b: int) -> bool:
    """Whether a row may end after text[:b] (0 < b < len(text))."""
    before, after = text[b - 1], text[b]
    if _is_word(before) and _is_word(after):
        return False  # inside a word or number
    return after not in _NO_ROW_START and before not in _NO_ROW_END


def _break_at(text: str, k: int, row_empty: bool) -> int:
    """Where to break `text`, whose first `k` characters fit: the last place at or before
    `k` where a row may end; with none, the whole of `text` to the next row when the row has
    something already, else `k` (a row takes at least one character)."""
    if k >= len(text):
        return k
    for b in range(k, 0, -1):
        if _may_break(text, b):
            return b
    return 0 if not row_empty else max(k, 1)


def _wrap(line: Line, fm: _Metrics, width: int) -> list[Line]:
    """`line` broken into rows of at most `width` px: Chinese between any two characters, a
    Latin word or number whole (at a space) unless it is wider than a row."""
    rows: list[Line] = []
    row: list[tuple[str, QColor]] = []
    used = 0
    parts = list(line)
    while parts:
        text, colour = parts.pop(0)
        if not row and rows:
            text = text.lstrip(" ")  # a row does not start with the space it broke at
            if not text:
                continue
        advance = fm.horizontalAdvance(text)
        if used + advance <= width:
            row.append((text, colour))
            used += advance
            continue
        k = _break_at(text, _fitting(text, fm, width - used), not row)
        if k:
            row.append((text[:k], colour))
        rows.append(tuple(row))
        row, used = [], 0
        parts.insert(0, (text[k:], colour))
    if row or not rows:
        rows.append(tuple(row))
    return rows


def _ended(line: Line, fm: _Metrics, width: int) -> Line:
    """`line` ending in "…" (more text follows that does not fit), cut so that it all fits
    `width` px."""
    ellipsis = fm.horizontalAdvance("…")
    kept: list[tuple[str, QColor]] = []
    used = 0
    for text, colour in line:
        advance = fm.horizontalAdvance(text)
        if used + advance + ellipsis <= width:
            kept.append((text, colour))
            used += advance
            continue
        kept.append((text[: _fitting(text, fm, width - used - ellipsis)] + "…", colour))
        return tuple(kept)
    return (*kept, ("…", line[-1][1] if line else INK))


def _rows(lines: Sequence[Line], fm: _Metrics, width: int, height: int) -> list[Line]:
    """`lines` as painted in `width`×`height` px: wrapped, and cut with "…" on the last row
    that fits when they need more height than there is (always at least one row)."""
    rows = [row for line in lines for row in _wrap(line, fm, width)]
    fit = max(1, height // fm.lineSpacing())
    if len(rows) <= fit:
        return rows
    return [*rows[: fit - 1], _ended(rows[fit - 1], fm, width)]


def _cut(lines: Sequence[Line], rows: Sequence[Line]) -> bool:
    """Whether `rows` (_rows of `lines`) leave some of the text out."""
    def text(parts: Sequence[Line]) -> str:
        return "".join(_line_text(part) for part in parts).replace(" ", "")

    return text(rows) != text(lines)


class TileLines(QWidget):
    """A tile's short list: a line per entry, its parts in their colours (red overdue, amber
    due soon). A line wider than the tile is wrapped into the height the tile gives; where
    that runs out the last row ends in "…" and the whole list is the tooltip.

    Painted, not a rich-text QLabel: a word-wrapped rich-text label per tile cost ~12 ms of
    the start-up's layout and first paint. The colours come from compositing (each colour's
    text drawn, then tinted: ui.widgets.tinted_text): QPainter.setPen would build QtCore.Qt's
    enums.
    """

    MIN_WIDTH = 60  # the tile may be squeezed this far (the lines wrap, or are cut)
    HINT_WIDTH = 160  # preferred width: long lines do not widen their column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[Line, ...] = ()
        self._image: QImage | None = None
        self._image_key: tuple[int, int, float, str] | None = None
        self._metrics: tuple[str, _Metrics] | None = None  # (font key, its metrics)

    def set_lines(self, lines: Sequence[LineLike]) -> None:
        """Show `lines` (str: one part in INK), top to bottom."""
        self._lines = tuple(_as_line(line) for line in lines)
        self._image = None
        self._metrics = None
        self.setAccessibleName("\n".join(self.texts()))
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        """Each line's whole text."""
        return [_line_text(line) for line in self._lines]

    def colours(self) -> list[list[str]]:
        """Each line's parts' colours (#rrggbb)."""
        return [[colour.name() for _text, colour in line] for line in self._lines]

    def rows(self) -> list[Line]:
        """The rows as painted in the current size: wrapped, the last cut with "…" when
        they need more height than there is."""
        return _rows(self._lines, self._measure(), self.width(), self.height())

    def _measure(self) -> _Metrics:
        """The font's metrics, each text measured once for these lines."""
        key = self.font().key()
        if self._metrics is None or self._metrics[0] != key:
            self._metrics = (key, _Metrics(self.fontMetrics()))
        return self._metrics[1]

    def shown_texts(self) -> list[str]:
        """The rows' texts as painted."""
        return [_line_text(row) for row in self.rows()]

    def elided(self) -> bool:
        """Whether the current size cuts the text ("…")."""
        return _cut(self._lines, self.rows())

    def sizeHint(self) -> QSize:  # override QWidget.sizeHint
        fm = self._measure()
        width = max((fm.horizontalAdvance(text) for text in self.texts()), default=0)
        return QSize(min(width, self.HINT_WIDTH), fm.lineSpacing() * len(self._lines))

    def minimumSizeHint(self) -> QSize:  # override QWidget.minimumSizeHint
        return QSize(self.MIN_WIDTH, self.fontMetrics().lineSpacing() * len(self._lines))

    def paintEvent(self, event: QPaintEvent) -> None:  # override QWidget.paintEvent
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self.font().key())
        if self._image is None or self._image_key != key:
            self._image, self._image_key = self._render(dpr), key
        p = QPainter(self)
        p.drawImage(QPointF(0, 0), self._image)
        p.end()

    def _render(self, dpr: float) -> QImage:
        fm = self._measure()
        rows = _rows(self._lines, fm, self.width(), self.height())
        self.setToolTip("\n".join(self.texts()) if _cut(self._lines, rows) else "")
        step, ascent, width = fm.lineSpacing(), fm.fm.ascent(), self.width()
        parts: list[tuple[QPointF, str, QColor, QRectF]] = []
        for i, row in enumerate(rows):
            x = 0
            for j, (text, colour) in enumerate(row):
                advance = fm.horizontalAdvance(text)
                end = width if j == len(row) - 1 else x + advance  # the last part's overhang
                parts.append((QPointF(x, i * step + ascent), text, colour,
                              QRectF(x, i * step, end - x, step)))
                x += advance
        size = QSize(width, min(self.height(), max(1, len(rows)) * step))  # the rows only
        return tinted_text(size, dpr, self.font(), parts)


def _set_colour(label: QLabel, colour: QColor | None) -> None:
    """A label's text colour (the big number: red/amber/green; None: plain)."""
    set_text_colour(label, colour or PLAIN)


class StatusBars(QWidget):
    """Cases by status as horizontal bars (QPainter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.setMinimumHeight(120)
        set_text_colour(self, MUTED)

    def sizeHint(self) -> QSize:  # override QWidget.sizeHint
        return QSize(300, 180)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        """Show (label, cases) rows, top to bottom."""
        self.rows = rows
        set_text_colour(self, INK if rows else MUTED)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # override QWidget.paintEvent
        p = QPainter(self)  # text in the palette's colour (_text_colour)
        if not self.rows:
            _draw_text(p, p.fontMetrics(), QRectF(self.rect()), self.tr("没有案件"), "centre")
            p.end()
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        fm = p.fontMetrics()
        label_w = max(fm.horizontalAdvance(name) for name, _n in self.rows) + 8
        num_w = max(fm.horizontalAdvance(f"{n:,}") for _name, n in self.rows) + 8
        step = self.height() / len(self.rows)
        bar_h = max(3.0, min(16.0, step * 0.7))
        top = max(n for _name, n in self.rows) or 1
        span = max(1.0, self.width() - label_w - num_w)
        for i, (name, n) in enumerate(self.rows):
            y = i * step
            _draw_text(p, fm, QRectF(0, y, label_w - 6, step), name, "right")
            w = span * n / top
            fill_rect(p, QRectF(label_w, y + (step - bar_h) / 2, w, bar_h), BLUE)
            _draw_text(p, fm, QRectF(label_w + w + 4, y, num_w, step), f"{n:,}", "left")
        p.end()


class HoursChart(QWidget):
    """学时 per officer as bars coloured by traffic light, with the 60 学时 line (QPainter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.officers: list[tuple[str, float, str]] = []  # (name, 学时, tone)
        self.required = 60.0
        self.setMinimumHeight(110)
        set_text_colour(self, MUTED)

    def sizeHint(self) -> QSize:  # override QWidget.sizeHint
        return QSize(300, 160)

    def set_officers(self, officers: list[tuple[str, float, str]], required: float) -> None:
        """Show (name, 学时, tone) bars against `required` 学时."""
        self.officers, self.required = officers, required
        set_text_colour(self, LABEL_GREY if officers else MUTED)
        self.setToolTip("\n".join(f"{name}  {hours:.1f}" for name, hours, _l in officers))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # override QWidget.paintEvent
        p = QPainter(self)  # text in the palette's colour (_text_colour)
        if not self.officers:
            _draw_text(p, p.fontMetrics(), QRectF(self.rect()), self.tr("没有在编执法人员"),
                       "centre")
            p.end()
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        rect = QRectF(self.rect()).adjusted(30, 6, -4, -4)
        top = max(self.required * 1.25, max(h for _n, h, _l in self.officers))
        step = rect.width() / len(self.officers)
        for i, (_name, hours, tone) in enumerate(self.officers):
            h = rect.height() * hours / top
            bar = QRectF(rect.left() + i * step + step * 0.15, rect.bottom() - h, step * 0.7, h)
            fill_rect(p, bar, TONES[tone])
        y = rect.bottom() - rect.height() * self.required / top
        _dashed_line(p, rect.left(), rect.right(), y, RED)
        _draw_text(p, p.fontMetrics(), QRectF(0, y - 8, 27, 16), f"{self.required:g}", "right")
        fill_rect(p, QRectF(rect.left(), rect.bottom(), rect.width(), 1), AXIS)
        p.end()


class Tile(QFrame):
    """One clickable tile: title, big number, caption, a short list and an optional chart."""

    clicked = Signal()

    def __init__(
        self, key: str, title: str, parent: QWidget | None = None, *, clickable: bool = True
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.clickable = clickable
        self._cursor_set = False
        self.setObjectName("tile")
        # White, with a 1 px border: a plain box frame is drawn in the palette's text colour.
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setLineWidth(1)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, TILE_BACKGROUND)
        self.setPalette(palette)
        set_text_colour(self, TILE_BORDER)  # the labels' own colours are set by their roles
        self.title_label = _role(QLabel(title), "tile-title")
        self.number_label = _role(QLabel("—"), "tile-number")
        self.number_label.setObjectName(f"{key}_number")
        self.caption_label = _role(QLabel(), "tile-caption")
        self.caption_label.setWordWrap(True)
        self.lines = TileLines()
        head = QHBoxLayout()
        head.addWidget(self.number_label)
        head.addWidget(self.caption_label, 1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 8, 12, 8)
        self.body.setSpacing(4)
        self.body.addWidget(self.title_label)
        self.body.addLayout(head)
        self.body.addWidget(self.lines, 1)

    def set_figures(
        self, number: str, caption: str, lines: Sequence[LineLike], colour: QColor | None = None
    ) -> None:
        """The big number (red/amber/green when `colour`), its caption and the list lines."""
        self.number_label.setText(number)
        if self.number_label.property("role") != "tile-number":
            _role(self.number_label, "tile-number")
        _set_colour(self.number_label, colour)
        self.caption_label.setText(caption)
        self.lines.set_lines(lines)
        self.lines.setVisible(bool(lines))

    def enterEvent(self, event: QEnterEvent) -> None:  # override QWidget.enterEvent
        if self.clickable and not self._cursor_set:  # the hand, set on first need
            from PySide6.QtCore import Qt

            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self._cursor_set = True
        if self.clickable:
            set_text_colour(self, TILE_BORDER_HOVER)  # the border shows where a click goes
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # override QWidget.leaveEvent
        set_text_colour(self, TILE_BORDER)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # override QWidget.mouseReleaseEvent
        from PySide6.QtCore import Qt

        if (self.clickable and event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _coloured(text: str, colour: QColor) -> Line:
    return ((text, colour),)


class DashboardPage(QWidget):
    """工作台."""

    open_page = Signal(object)  # the "module:Class" path of the page behind a clicked tile
    filled = Signal()  # the tiles show figures (after each refresh)

    def __init__(
        self,
        ctx: AppContext | None,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        data: DashboardData | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.data: DashboardData | None = None
        self.running = False
        self._pending = False
        self.message_label = _role(QLabel(), "message")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.tiles: dict[str, Tile] = {}
        self.targets: dict[str, str] = {}
        self.status_chart = StatusBars()
        self.hours_chart = HoursChart()
        self._build_tiles()
        if data is not None:
            self.show_data(data)

    def attach_store(self, ctx: AppContext) -> None:
        """The store, once open, for a page made with figures before it (start-up): the sync
        tile's figures now, every figure again on the next refresh."""
        self.ctx = ctx
        if self.data is not None and figures.may_see_dashboard(self.actor):
            self.running = True
            QTimer.singleShot(0, self._fetch_sync)

    def _tile(self, key: str, title: str, target: str | None) -> Tile:
        tile = Tile(key, title, clickable=target is not None)
        self.tiles[key] = tile
        if target is not None:
            self.targets[key] = target
            tile.clicked.connect(lambda: self.open_page.emit(target))
        return tile

    def _build_tiles(self) -> None:
        # Page paths, not classes: the other pages are imported when first opened.
        from ui.pages import CASES, EQUIPMENT, STAFF, STATISTICS, SYNC, TRAINING

        can = self.actor.can
        tiles: list[Tile] = []
        if can(Permission.VIEW_CASES):
            tiles.append(self._tile("deadlines", self.tr("案件期限"), CASES.path))
            status = self._tile("case_status", self.tr("案件状态"), STATISTICS.path)
            status.body.addWidget(self.status_chart, 3)
            tiles.append(status)
        if can(Permission.VIEW_TRAINING):
            hours = self._tile("training", self.tr("培训学时（对照 60 学时）"), TRAINING.path)
            hours.body.addWidget(self.hours_chart, 3)
            tiles.append(hours)
            tiles.append(self._tile("certificates", self.tr("执法证件预警"), TRAINING.path))
        if can(Permission.VIEW_EQUIPMENT):
            tiles.append(self._tile("equipment_gaps", self.tr("装备配备缺口"), EQUIPMENT.path))
            tiles.append(self._tile("maintenance", self.tr("装备维护到期"), EQUIPMENT.path))
        if can(Permission.VIEW_STAFF):
            tiles.append(self._tile("staff", self.tr("队伍构成"), STAFF.path))
        if figures.may_see_dashboard(self.actor):
            tiles.append(self._tile("sync", self.tr("县局同步"), SYNC.path))

        grid = QGridLayout()
        grid.setSpacing(10)
        columns = 4 if len(tiles) > 6 else 3
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // columns, i % columns)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        for r in range((len(tiles) + columns - 1) // columns):
            grid.setRowStretch(r, 3 if r == 0 else 2)  # the charts sit in the first row
        title = _role(QLabel(self.tr("工作台")), "page-title")
        self.date_label = _role(QLabel(), "date")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.date_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.message_label)
        layout.addLayout(grid, 1)

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("工作台")

    def refresh(self) -> None:
        """Recompute the figures in a worker: every tile but the sync one first (`filled`),
        then the sync tile in a second worker (its first call imports the sync client)."""
        if self.ctx is None:  # the store is not open yet: attach_store
            return
        if self.running:
            self._pending = True
            return
        self.running = True
        from app.services import dashboard as dashboard_service

        ctx, actor, today = self.ctx, self.actor, self.ctx.clock.today()
        run_in_background(
            lambda: dashboard_service.dashboard(ctx, actor, today, with_sync=False),
            self._done, self._failed,
        )

    def _again_if_pending(self) -> bool:
        if not self._pending:
            return False
        self._pending = False
        self.running = False
        self.refresh()
        return True

    def _done(self, data: DashboardData) -> None:
        if not shiboken6.isValid(self) or self._again_if_pending():
            return
        self.message_label.hide()
        self.show_data(data)
        self.filled.emit()
        if not figures.may_see_dashboard(self.actor):
            self.running = False
            return
        # After the figures are painted: the sync client's first import holds the GIL a while.
        QTimer.singleShot(0, self._fetch_sync)

    def _fetch_sync(self) -> None:
        if not shiboken6.isValid(self):
            return
        from app.services import dashboard as dashboard_service

        ctx = self.ctx
        assert ctx is not None
        run_in_background(lambda: dashboard_service.sync_part(ctx), self._sync_done, self._failed)

    def _sync_done(self, part: SyncPart) -> None:
        if not shiboken6.isValid(self) or self._again_if_pending():
            return
        self.running = False
        if self.data is not None:
            self.data = self.data._replace(sync=part)
            self._show_sync(self.data)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self.message_label.setText(self.tr("工作台数据未能读取：{error}").format(error=error_text(exc)))
        self.message_label.show()

    # -- filling the tiles ----------------------------------------------------------------
    def show_data(self, data: DashboardData) -> None:
        """Fill every tile from `data`."""
        self.data = data
        self.date_label.setText(self.tr("今天：{day}").format(day=data.today.isoformat()))
        if data.cases is not None:
            self._show_cases(data)
        if data.training is not None:
            self._show_training(data)
        if data.equipment is not None:
            self._show_equipment(data)
        if data.staff is not None:
            s = data.staff
            self.tiles["staff"].set_figures(
                f"{s.sworn + s.auxiliaries}",
                self.tr("人（在编 {sworn}，辅助 {aux}）").format(sworn=s.sworn, aux=s.auxiliaries),
                [self.tr("辅助人员未超过在编人数") if s.within_limit
                 else _coloured(self.tr("辅助人员多于在编人数"), RED)],
                None if s.within_limit else RED,
            )
        if data.sync is not None:
            self._show_sync(data)

    def _show_cases(self, data: DashboardData) -> None:
        c = data.cases
        assert c is not None
        lines: list[LineLike] = [
            _coloured(f"{d.due_on:%m-%d} {d.case_number} {label_text(d.label)}", TONES[d.tone])
            for d in c.attention
        ]
        self.tiles["deadlines"].set_figures(
            f"{c.overdue:,}",
            self.tr("项逾期，{n} 项即将到期").format(n=c.due_soon),
            lines or [self.tr("没有逾期或即将到期的期限")],
            RED if c.overdue else GREEN,
        )
        self.status_chart.set_rows([(label_text(label), n) for label, n in c.by_status])
        self.tiles["case_status"].set_figures(f"{c.total:,}", self.tr("件案件"), [])

    def _show_training(self, data: DashboardData) -> None:
        t = data.training
        assert t is not None
        self.hours_chart.set_officers(
            [(o.name, o.counted_seconds / t.seconds_per_unit, o.tone) for o in t.officers],
            t.required_seconds / t.seconds_per_unit,
        )
        green, amber, red = t.lights
        gap = ("　", INK)
        lights = (
            (self.tr("进度正常 {n}").format(n=green), GREEN), gap,
            (self.tr("落后 {n}").format(n=amber), AMBER), gap,
            (self.tr("难以完成 {n}").format(n=red), RED),
        )
        self.tiles["training"].set_figures(
            f"{t.reached}/{len(t.officers)}",
            self.tr("人已满 60 学时（{year} 年）").format(year=t.year),
            [lights],
        )
        lines: list[LineLike] = [
            _coloured(f"{a.expires_on:%Y-%m-%d} {a.name}（{label_text(a.label)}）", TONES[a.tone])
            for a in t.cert_alerts[: figures.LIST_LENGTH]
        ]
        if t.report_tone != figures.PLAIN:
            text = self.tr("年度培训情况应于 {day} 前报县局").format(day=t.report_due_on.isoformat())
            lines.append(_coloured(text, TONES[t.report_tone]))
        if not t.cert_alerts:
            lines.insert(0, self.tr("60 天内没有到期的执法证"))
        self.tiles["certificates"].set_figures(
            f"{len(t.cert_alerts)}", self.tr("张执法证 60 天内到期或已过期"), lines,
            RED if t.cert_alerts else GREEN,
        )

    def _show_equipment(self, data: DashboardData) -> None:
        e = data.equipment
        assert e is not None
        gaps = [
            self.tr("{name}：差 {short}（{held}/{required}）").format(
                name=g.name, short=g.required - g.held, held=g.held, required=g.required)
            for g in e.gaps[: figures.LIST_LENGTH]
        ]
        if len(e.gaps) > figures.LIST_LENGTH:
            gaps.append(self.tr("另有 {n} 类…").format(n=len(e.gaps) - figures.LIST_LENGTH))
        self.tiles["equipment_gaps"].set_figures(
            f"{len(e.gaps)}",
            self.tr("类未达配备标准（共 {n} 类）").format(n=e.categories),
            gaps or [self.tr("全部达到配备标准")],
            AMBER if e.gaps else GREEN,
        )
        lines: list[LineLike] = [
            _coloured(f"{m.due_on:%m-%d} {m.item_name} {label_text(m.label)}", TONES[m.tone])
            for m in e.maintenance
        ]
        if e.overdue_loans:
            lines.append(_coloured(self.tr("{n} 件领用逾期未还").format(n=e.overdue_loans), RED))
        due = e.maintenance_overdue + e.maintenance_due_soon
        self.tiles["maintenance"].set_figures(
            f"{due}",
            self.tr("项维护到期（逾期 {n}）").format(n=e.maintenance_overdue),
            lines or [self.tr("没有到期的维护")],
            RED if e.maintenance_overdue else AMBER if due else GREEN,
        )

    def _show_sync(self, data: DashboardData) -> None:
        s = data.sync
        assert s is not None
        tile = self.tiles["sync"]
        if not s.enrolled:
            tile.set_figures(self.tr("未登记县局"), "", [self.tr("本机数据只保存在本机")])
            _role(tile.number_label, "tile-number-muted")
            return
        lines = [self.tr("上次同步：{at}").format(at=s.last_success or "—")]
        if s.last_error:
            lines.append(_coloured(self.tr("上次出错：{error}").format(error=s.last_error), RED))
        if s.open_conflicts:
            lines.append(_coloured(self.tr("{n} 处冲突待处理").format(n=s.open_conflicts), RED))
        tile.set_figures(f"{s.pending:,}", self.tr("条待上传"), lines, AMBER if s.pending else GREEN)
