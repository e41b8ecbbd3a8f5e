"""Small shared widgets: a field with its error line, busy indicator, message-box hooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPaintEvent

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
