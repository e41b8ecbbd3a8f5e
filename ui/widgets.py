"""Small shared widgets: a field with its error line, busy indicator, message-box hooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPaintEvent

# PySide6 makes the Python enums of QtCore.Qt all at once on first use (~25 ms): the widgets
# of the start-up's first paint (status bar, 工作台) do without them, so Qt is imported in
# the methods that need it.

ERROR_STYLE = "color: #b00020;"


def set_text_colour(widget: QWidget, colour: QColor | str) -> None:
    """`widget`'s text colour, set in its palette: a style sheet would have Qt style it
    through CSS rules (slower on the start-up's path). A QPainter on the widget starts with
    this colour too, without setPen (which would build QtCore.Qt's enums)."""
    if isinstance(colour, str):
        colour = QColor(colour)  # (QColor(QColor) would build QtCore.Qt's enums: GlobalColor)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)


_SWATCHES: dict[int, QImage] = {}


def fill_rect(p: QPainter, rect: QRectF, colour: QColor) -> None:
    """`rect` filled with `colour`: a 1×1 swatch drawn to size (QPainter.fillRect takes a
    brush, and a QBrush or QPen builds QtCore.Qt's enums)."""
    rgb = colour.rgba()
    swatch = _SWATCHES.get(rgb)
    if swatch is None:
        swatch = QImage(1, 1, QImage.Format.Format_ARGB32)
        swatch.setPixel(0, 0, rgb)
        _SWATCHES[rgb] = swatch
    p.drawImage(rect, swatch)


def tinted_text(
    size: QSize, dpr: float, font: QFont, parts: list[tuple[QPointF, str, QColor, QRectF]]
) -> QImage:
    """A transparent image of `size` (logical px at `dpr`) with each part (position, text,
    colour, band) written in its colour, for coloured text without QPainter.setPen: all the
    text is drawn in the painter's default black, then each part's band is tinted (SourceIn
    keeps the glyphs' coverage, the colour is the band's)."""
    w, h = max(1, size.width()), max(1, size.height())
    image = QImage(max(1, round(w * dpr)), max(1, round(h * dpr)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    mode = QPainter.CompositionMode
    p = QPainter(image)
    p.setCompositionMode(mode.CompositionMode_Clear)  # transparent (QImage.fill: Qt's enums)
    fill_rect(p, QRectF(0, 0, w, h), QColor(0, 0, 0))
    p.setCompositionMode(mode.CompositionMode_SourceOver)
    p.setFont(font)
    for pos, text, _colour, _band in parts:
        p.drawText(pos, text)
    p.setCompositionMode(mode.CompositionMode_SourceIn)
    for _pos, _text, colour, band in parts:
        fill_rect(p, band, colour)
    p.end()
    return image

class ErrorLabel(QLabel):
    """A red, word-wrapped message line, hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        from PySide6.QtCore import Qt

        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        """Show `text` (empty hides the line)."""
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the line."""
        self.show_message("")


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """`field` with its error line under it, for a QFormLayout row."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(field)
    lay.addWidget(error)
    return box


class ElidedLabel(QLabel):
    """A one-line label that may be squeezed: it paints "…" where the text does not fit and
    keeps the whole text in text() and in its tooltip (status bar on 1366×768 screens)."""

    MIN_WIDTH = 60

    def __init__(
        self, mode: Qt.TextElideMode | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._mode = mode  # None: ElideRight

    @property
    def elide_mode(self) -> Qt.TextElideMode:
        """Where the "…" goes (ElideRight unless given)."""
        from PySide6.QtCore import Qt

        return Qt.TextElideMode.ElideRight if self._mode is None else self._mode

    def set_elide_mode(self, mode: Qt.TextElideMode) -> None:
        """Put the "…" elsewhere (ElideMiddle for a path)."""
        self._mode = mode
        self.update()

    def setText(self, text: str) -> None:  # QLabel.setText override: the tooltip follows
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # QLabel.minimumSizeHint override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MIN_WIDTH), hint.height())

    def elided_text(self) -> str:
        """The text as painted in the current width."""
        return self.fontMetrics().elidedText(
            self.text(), self.elide_mode, max(0, self.contentsRect().width())
        )

    def fits(self) -> bool:
        """Whether the whole text fits the label's width (no "…" needed)."""
        return self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:  # QLabel.paintEvent override
        if self.fits():  # QLabel's own painting: nothing to elide
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.elided_text(),
            QPalette.ColorRole.WindowText,
        )
        painter.end()


class BusyBar(QProgressBar):
    """An indeterminate progress bar shown while background work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(12)
        from PySide6.QtWidgets import QSizePolicy

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVisible(False)


class Messages:
    """Blocking message boxes behind classmethods that tests replace."""

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
        """Ask a yes/no question; True when the user chose `ok_text`."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(
            QCoreApplication.translate("Messages", "取消"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
        """Tell the user something (error=True shows the warning icon)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        box.addButton(
            QCoreApplication.translate("Messages", "确定"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()


class NavList(QWidget):
    """The main window's page list: one title per row, the current row highlighted; the
    mouse or the keyboard (Up/Down, Home/End, PageUp/PageDown) chooses it.

    Painted rather than a QListWidget: the item view's enum set-up, style-sheet polish and
    first paint cost ~7 ms of the start-up's frame (QtCore.Qt is not needed before a key is
    pressed; the highlighted title is tinted white: tinted_text)."""

    currentRowChanged = Signal(int)  # noqa: N815 - the QListWidget signal it stands in for

    BACKGROUND = QColor("#f3f5f8")
    BORDER = QColor("#d8dde5")  # the right edge
    SELECTED = QColor("#1f5fa8")
    SELECTED_TEXT = QColor("#ffffff")
    FOCUS = QColor("#8fb0d8")  # the current row's outline while the list has the focus
    TEXT = QColor("#1f1f1f")
    POINTS = 11
    TOP = 10  # px above the first row
    GAP = 4  # px between rows
    PAD_X = 17  # text inset from the highlight's edge
    PAD_Y = 8  # above and below a title
    MARGIN = 2  # the highlight's inset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self._row = -1
        self._selected_image: tuple[tuple[object, ...], QImage] | None = None
        font = QFont(self.font())
        font.setPointSizeF(self.POINTS)
        self.setFont(font)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, self.BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, self.TEXT)
        self.setPalette(palette)
        self.setProperty("focusPolicy", "StrongFocus")  # by name: no QtCore.Qt (see above)

    # -- the QListWidget calls the window uses --------------------------------------------
    def addItem(self, text: str) -> None:  # noqa: N802 - QListWidget's name
        """A row titled `text` at the end."""
        self._texts.append(text)
        self._changed()

    def clear(self) -> None:
        """No rows (the current row is none: -1)."""
        self._texts = []
        self._row = -1
        self._changed()

    def count(self) -> int:
        """The number of rows."""
        return len(self._texts)

    def texts(self) -> list[str]:
        """The rows' titles, top to bottom."""
        return list(self._texts)

    def currentRow(self) -> int:  # noqa: N802 - QListWidget's name
        """The current row, -1 when none."""
        return self._row

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - QListWidget's name
        """Make `row` current (-1: none); currentRowChanged(row) when it changes."""
        row = row if 0 <= row < len(self._texts) else -1
        if row == self._row:
            return
        self._row = row
        self._changed()
        self.currentRowChanged.emit(row)

    def text_width(self) -> int:
        """The widest title's width in px."""
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(text) for text in self._texts), default=0)

    def row_at(self, y: float) -> int:
        """The row at `y` px from the top, -1 when none."""
        step = self._row_height() + self.GAP
        row = int((y - self.TOP) // step)
        inside = 0 <= y - self.TOP - row * step < self._row_height()
        return row if inside and 0 <= row < len(self._texts) else -1

    def row_rect(self, row: int) -> QRectF:
        """Where row `row` is drawn (its highlight)."""
        top = self.TOP + row * (self._row_height() + self.GAP)
        return QRectF(self.MARGIN, top, self.width() - 2 * self.MARGIN - 1, self._row_height())

    # -- looks ----------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 2 * self.PAD_Y

    def _changed(self) -> None:
        self._selected_image = None
        self.setAccessibleName(self._texts[self._row] if self._row >= 0 else "")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # override QWidget.sizeHint
        rows = len(self._texts)
        height = self.TOP + rows * (self._row_height() + self.GAP)
        return QSize(self.text_width() + 2 * self.PAD_X + 2 * self.MARGIN, height)

    def minimumSizeHint(self) -> QSize:  # override QWidget.minimumSizeHint
        return QSize(self.sizeHint().width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # override QWidget.paintEvent
        p = QPainter(self)  # the titles in the palette's colour
        fm = p.fontMetrics()
        fill_rect(p, QRectF(self.width() - 1, 0, 1, self.height()), self.BORDER)
        baseline = self.PAD_Y + fm.ascent()
        for row, text in enumerate(self._texts):
            rect = self.row_rect(row)
            if row != self._row:
                p.drawText(QPointF(rect.left() + self.PAD_X - self.MARGIN, rect.top() + baseline),
                           text)
                continue
            fill_rect(p, rect, self.SELECTED)
            p.drawImage(rect.topLeft(), self._selected_title(rect, text))
            if self.hasFocus():
                for edge in (QRectF(rect.left(), rect.top(), rect.width(), 1),
                             QRectF(rect.left(), rect.bottom() - 1, rect.width(), 1),
                             QRectF(rect.left(), rect.top(), 1, rect.height()),
                             QRectF(rect.right() - 1, rect.top(), 1, rect.height())):
                    fill_rect(p, edge, self.FOCUS)
        p.end()

    def _selected_title(self, rect: QRectF, text: str) -> QImage:
        dpr = self.devicePixelRatioF()
        key = (text, rect.width(), rect.height(), dpr, self.font().key())
        if self._selected_image is None or self._selected_image[0] != key:
            size = QSize(int(rect.width()), int(rect.height()))
            pos = QPointF(self.PAD_X - self.MARGIN, self.PAD_Y + self.fontMetrics().ascent())
            band = QRectF(0, 0, size.width(), size.height())
            image = tinted_text(size, dpr, self.font(), [(pos, text, self.SELECTED_TEXT, band)])
            self._selected_image = (key, image)
        return self._selected_image[1]

    # -- choosing -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # override QWidget.mousePressEvent
        row = self.row_at(event.position().y())
        if row >= 0:
            self.setCurrentRow(row)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # override QWidget.keyPressEvent
        from PySide6.QtCore import Qt

        last = len(self._texts) - 1
        key = event.key()
        moves = {
            Qt.Key.Key_Up: max(0, self._row - 1),
            Qt.Key.Key_Down: min(last, self._row + 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
            Qt.Key.Key_PageUp: 0,
            Qt.Key.Key_PageDown: last,
        }
        if key in moves and last >= 0:
            self.setCurrentRow(moves[key])
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # override QWidget.focusInEvent
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # override QWidget.focusOutEvent
        self.update()
        super().focusOutEvent(event)
