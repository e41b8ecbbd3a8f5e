"""Building blocks shared by the users, staff and audit pages: service dialogs, labels, dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from ui.errors import error_text, label_text

ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"
DATE_FORMAT = "yyyy-MM-dd"

label = label_text  # the pages' short name for a translated app label


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def local_time_text(value: datetime | None) -> str:
    """An aware UTC timestamp as local 'YYYY-MM-DD HH:MM', empty for None."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def setup_table(table: QTableView) -> None:
    """Row-selecting, read-only, compact table (the look shared by the pages)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def title_width(header: QHeaderView, section: int) -> int:
    """What the title of `section` needs: text, margins and room for the sort arrow."""
    model = header.model()
    text = model.headerData(section, header.orientation()) if model is not None else None
    if not isinstance(text, str) or not text:
        return 0
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    need = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    need += 2 * margin + 2
    if header.isSortIndicatorShown() or header.sectionsClickable():
        need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return need


def size_sections(header: QHeaderView, widths: Sequence[int]) -> None:
    """Give the sections their widths, each at least as wide as its title (English titles
    are longer than the Chinese ones the widths were chosen for)."""
    for col, width in enumerate(widths):
        header.resizeSection(col, max(width, title_width(header, col)))


def fit_columns(
    table: QTableView, padding: int = 18, minimum: int = 72, maximum: int = 320
) -> None:
    """Size every column but the last to its contents plus some air."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for col in range(header.count() - 1):
        width = max(minimum, min(header.sectionSize(col) + padding, maximum))
        header.resizeSection(col, width)


_DOT_CACHE: dict[str, QIcon] = {}


def colour_dot(colour: str) -> QIcon:
    """A small filled circle in `colour` (status markers in tables), sharp at 100–200 % scaling:
    drawn once per device pixel ratio (1×, 2× and the screen's own)."""
    icon = _DOT_CACHE.get(colour)
    if icon is None:
        icon = QIcon()
        app = QGuiApplication.instance()
        screen_ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
        for ratio in sorted({1.0, 2.0, max(1.0, screen_ratio)}):
            pix = QPixmap(round(14 * ratio), round(14 * ratio))
            pix.setDevicePixelRatio(ratio)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(colour).darker(130))
            painter.setBrush(QColor(colour))
            painter.drawEllipse(1, 1, 12, 12)  # logical pixels: the painter scales by the ratio
            painter.end()
            icon.addPixmap(pix)
            icon.addPixmap(pix, QIcon.Mode.Selected)  # keep the colour on the selected row
        _DOT_CACHE[colour] = icon
    return icon


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a QDateEdit plus a “未填写” check box."""

    def __init__(self, value: date | None, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDate(to_qdate(value or default))
        self.empty_box = QCheckBox(QCoreApplication.translate("OptionalDateEdit", "未填写"))
        self.empty_box.setChecked(value is None)
        self.date_edit.setEnabled(value is not None)
        self.empty_box.toggled.connect(lambda empty: self.date_edit.setEnabled(not empty))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.empty_box)
        self.setFocusProxy(self.date_edit)

    def value(self) -> date | None:
        """The date, or None when “未填写” is ticked."""
        if self.empty_box.isChecked():
            return None
        return from_qdate(self.date_edit.date())

    def set_value(self, value: date | None) -> None:
        """Show `value` (None ticks “未填写”)."""
        self.empty_box.setChecked(value is None)
        if value is not None:
            self.date_edit.setDate(to_qdate(value))

    def focus_field(self) -> None:
        """Focus the part the user must change (the box when empty, else the date)."""
        if self.empty_box.isChecked():
            self.empty_box.setFocus()
        else:
            self.date_edit.setFocus()


class FormRefused(Exception):
    """A dialog's own check failed (e.g. the two passwords differ); `text` is translated."""

    def __init__(self, text: str, field: str = "") -> None:
        super().__init__(text)
        self.text = text
        self.field = field


class ServiceDialog(QDialog):
    """A form whose OK runs one service call.

    A refused call shows the service's message in red above the buttons, focuses the field the
    ValidationError names, and keeps the dialog open; nothing has been written.
    Enter accepts (OK is the default button), Esc cancels.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("ServiceDialog", "确定"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ServiceDialog", "取消")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self.setMinimumWidth(420)

    def submit(self) -> None:
        """Run the service call (override); a DomainError or FormRefused keeps the dialog open."""
        raise NotImplementedError

    def accept(self) -> None:  # override QDialog.accept
        self.error_label.hide()
        try:
            self.submit()
        except DomainError as exc:
            self.show_error(exc)
            return
        except FormRefused as refusal:
            self.show_message(refusal.text, refusal.field)
            return
        super().accept()

    def show_error(self, exc: DomainError) -> None:
        """Show `exc` in red and focus the field it names."""
        field = exc.field if isinstance(exc, ValidationError) else ""
        self.show_message(error_text(exc), field)

    def show_message(self, text: str, field: str = "") -> None:
        """Show a refusal `text` in red; focus the widget registered as `field`, if any."""
        self.error_label.setText(text)
        self.error_label.show()
        widget = self.fields.get(field)
        if widget is not None:
            focus = getattr(widget, "focus_field", None)
            if callable(focus):
                focus()
            else:
                widget.setFocus()
            select_all = getattr(widget, "selectAll", None)
            if callable(select_all):
                select_all()


def run_refusing(action: Callable[[], object], on_error: Callable[[DomainError], None]) -> bool:
    """Run a service `action`; report a DomainError to `on_error`; True when it succeeded."""
    try:
        action()
    except DomainError as exc:
        on_error(exc)
        return False
    return True


_ROOT_INDEX = QModelIndex()  # the invalid index: default parent of table rows


class TitledTableModel(QAbstractTableModel):
    """A table model whose header is a list of translated column titles: rowCount, columnCount
    and headerData live here once; subclasses give row_total() and column_titles()."""

    _titles: list[str] | None = None

    def row_total(self) -> int:
        """How many rows the model has."""
        raise NotImplementedError

    def column_titles(self) -> list[str]:
        """The translated column titles, left to right."""
        raise NotImplementedError

    def header_extra(self, section: int, role: int) -> Any:
        """Other horizontal header roles (e.g. tooltips); None by default."""
        return None

    def _cached_titles(self) -> list[str]:
        if self._titles is None:
            self._titles = self.column_titles()  # the language is fixed for the session
        return self._titles

    def rowCount(  # override QAbstractTableModel.rowCount
        self, parent: QModelIndex | QPersistentModelIndex = _ROOT_INDEX
    ) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(  # override QAbstractTableModel.columnCount
        self, parent: QModelIndex | QPersistentModelIndex = _ROOT_INDEX
    ) -> int:
        return 0 if parent.isValid() else len(self._cached_titles())

    def headerData(  # override QAbstractTableModel.headerData
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = self._cached_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return self.header_extra(section, role)
