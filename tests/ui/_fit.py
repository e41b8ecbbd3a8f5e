"""Does a window fit a 1366×768 office screen? Text that needs more room than its widget has
(buttons, one-line labels, combo boxes, table header sections), windows larger than the
screen and form pages that scroll sideways. Used by tests/ui/test_fit_1366.py and
scripts/look_shots.py; every finding names the place, the widget and the text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTreeView,
    QWidget,
)

from ui.pages.dashboard import TileLines
from ui.widgets import ElidedLabel

SCREEN = QSize(1366, 768)
TOLERANCE = 1  # px: rounding of fractional advances


def dialog_size_on_screen(dialog: QWidget, screen: QSize = SCREEN) -> QSize:
    """The size Qt opens a top-level window at on `screen` (QWidget::adjustSize: the size hint,
    at most 2/3 of the available screen, at least the minimum size)."""
    hint = dialog.sizeHint()
    bounded = hint.boundedTo(QSize(screen.width() * 2 // 3, screen.height() * 2 // 3))
    return bounded.expandedTo(dialog.minimumSizeHint()).expandedTo(dialog.minimumSize())


def place_as_on_screen(dialog: QWidget, screen: QSize = SCREEN) -> None:
    """Give `dialog` the size it would get on a real 1366×768 screen (the offscreen test
    platform has another screen size); a size the dialog chose itself is kept."""
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        dialog.resize(dialog_size_on_screen(dialog, screen))


def _plain(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _advance(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _shown(w: QWidget, root: QWidget) -> bool:
    return w is root or (w.isVisibleTo(root) and w.width() > 0)


def fit_problems(root: QWidget, where: str, screen: QSize = SCREEN) -> list[str]:
    """Everything in `root` (a window or dialog, shown) that does not fit."""
    out: list[str] = []
    if root.isWindow():
        size = root.size()  # the client area: a maximised window's frame is off-screen
        if size.width() > screen.width() or size.height() > screen.height():
            out.append(f"{where}: window {size.width()}×{size.height()} is larger than the screen")
        need = root.minimumSizeHint().expandedTo(root.minimumSize())
        if need.width() > screen.width() or need.height() > screen.height():
            out.append(f"{where}: window needs at least {need.width()}×{need.height()}")
    style = root.style()
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w, root):
            continue
        name = f"{type(w).__name__}#{w.objectName() or '-'}"
        if isinstance(w, QPushButton) and w.text():
            text = _plain(w.text())
            need = _advance(w.fontMetrics(), text) + 2 * style.pixelMetric(
                QStyle.PixelMetric.PM_ButtonMargin, None, w
            )
            if not w.icon().isNull():
                need += w.iconSize().width() + 4
            if w.width() + TOLERANCE < need:
                out.append(f"{where}: {name} button {text!r} is {w.width()} px, needs {need}")
        elif (
            isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull()
            and not isinstance(w, ElidedLabel)
        ):
            if w.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(w.text()):
                text = _plain(w.text()) if w.buddy() is not None else w.text()
                need = _advance(w.fontMetrics(), text)
            else:
                text = w.text()
                need = w.sizeHint().width() - 2 * w.margin() - w.contentsMargins().left() - (
                    w.contentsMargins().right()
                )
            have = w.contentsRect().width() - 2 * w.margin() - max(w.indent(), 0)
            if have + TOLERANCE < need:
                out.append(f"{where}: {name} label {text[:60]!r} is {have} px, needs {need}")
        elif isinstance(w, QComboBox) and w.currentText():
            opt = QStyleOptionComboBox()
            opt.initFrom(w)
            opt.editable = w.isEditable()
            opt.frame = w.hasFrame()
            have = style.subControlRect(
                QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, w
            ).width()
            need = w.fontMetrics().horizontalAdvance(w.currentText())
            if not w.itemIcon(w.currentIndex()).isNull():
                need += w.iconSize().width() + 4
            if have + TOLERANCE < need:
                out.append(f"{where}: {name} combo {w.currentText()!r} is {have} px, needs {need}")
        if isinstance(w, TileLines) and w.elided():  # wrapped into the tile, yet cut
            out.append(f"{where}: {name} list is cut: {w.shown_texts()!r}")
        if isinstance(w, (QTableView, QTreeView)):
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            out.extend(_header_problems(header, where, name))
        if isinstance(w, QScrollArea) and not isinstance(w, QAbstractItemView):
            bar = w.horizontalScrollBar()
            if bar.isVisibleTo(root) and bar.maximum() > 0:
                out.append(f"{where}: {name} scrolls sideways by {bar.maximum()} px")
    return out


def _header_problems(header: QHeaderView, where: str, name: str) -> list[str]:
    model = header.model()
    if header.isHidden() or model is None:
        return []
    out = []
    fm = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    last = max(
        (i for i in range(header.count()) if not header.isSectionHidden(header.logicalIndex(i))),
        default=-1,
    )
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        need = _advance(fm, text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        have = header.sectionSize(logical)
        if visual == last and header.stretchLastSection():
            have = max(have, header.width() - header.sectionViewportPosition(logical))
        if have + TOLERANCE < need:
            out.append(f"{where}: {name} header {text!r} is {have} px, needs {need}")
    return out

