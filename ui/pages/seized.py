"""罚没物品: the seized-goods store (linked to cases) with 入库, 出库, 归库 and 处置 dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.rules.roles import Permission
from app.services import equipment_seized as sz
from app.services.equipment_seized import (
    DISPOSAL_LABELS,
    SEIZED_STATUS_LABELS,
    Disposal,
    SeizedInfo,
    SeizedStatus,
)
from ui.pages._forms import (
    DATE_FORMAT,
    ServiceDialog,
    TitledTableModel,
    fit_columns,
    from_qdate,
    label,
    local_time_text,
    setup_table,
    to_qdate,
)
from ui.pages.equipment import close_buttons, table_widget

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
STATUS_COLOURS = {
    SeizedStatus.IN_STORE: QColor("#2e7d32"),
    SeizedStatus.OUT: QColor("#ef6c00"),
    SeizedStatus.DISPOSED: QColor("#808080"),
}


def _date_edit(value: Any) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class SeizedModel(TitledTableModel):
    """Seized goods: 案件编号, 物品, 数量, 存放地点, 扣押日期, 状态, 处置."""

    CASE, DESCRIPTION, QUANTITY, PLACE, SEIZED, STATUS, DISPOSAL = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SeizedInfo] = []

    def set_rows(self, rows: list[SeizedInfo]) -> None:
        """Replace the goods shown."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_total(self) -> int:  # TitledTableModel
        return len(self.rows)

    def column_titles(self) -> list[str]:  # TitledTableModel
        return [
            self.tr("案件编号"),
            self.tr("物品"),
            self.tr("数量"),
            self.tr("存放地点"),
            self.tr("扣押日期"),
            self.tr("状态"),
            self.tr("处置"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        g = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.CASE:
                return g.case_number
            if col == self.DESCRIPTION:
                return g.description
            if col == self.QUANTITY:
                return f"{g.quantity} {g.unit}"
            if col == self.PLACE:
                return g.storage_place
            if col == self.SEIZED:
                return g.seized_on.isoformat()
            if col == self.STATUS:
                return label(SEIZED_STATUS_LABELS[g.status])
            if col == self.DISPOSAL:
                if g.disposal is None:
                    return ""
                return f"{label(DISPOSAL_LABELS[g.disposal])} {g.disposal_on or ''}".strip()
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return QBrush(STATUS_COLOURS[g.status])
        elif role == Qt.ItemDataRole.UserRole:
            return g.id
        return None


class SeizedDialog(ServiceDialog):
    """入库登记 → equipment_seized.register_seized."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SeizedDialog", "罚没物品入库"), parent)
        self.ctx, self.actor = ctx, actor
        self.saved: SeizedInfo | None = None
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("例如：孝顺镇综执罚决字〔2026〕第12号"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(56)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 1_000_000)
        self.unit_edit = QLineEdit(self.tr("件"))
        self.place_edit = QLineEdit(self.tr("罚没物品库"))
        self.seized_edit = _date_edit(ctx.clock.today())
        self.note_edit = QLineEdit()
        qty = QHBoxLayout()
        qty.addWidget(self.quantity_spin, 1)
        qty.addWidget(QLabel(self.tr("单位")))
        qty.addWidget(self.unit_edit, 1)
        self.form.addRow(self.tr("案件编号(&C)"), self.case_edit)
        self.form.addRow(self.tr("物品描述"), self.description_edit)
        self.form.addRow(self.tr("数量"), qty)
        self.form.addRow(self.tr("存放地点"), self.place_edit)
        self.form.addRow(self.tr("扣押日期"), self.seized_edit)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.fields = {
            "case_number": self.case_edit,
            "description": self.description_edit,
            "quantity": self.quantity_spin,
            "unit": self.unit_edit,
            "storage_place": self.place_edit,
            "seized_on": self.seized_edit,
        }

    def submit(self) -> None:  # override ServiceDialog.submit
        self.saved = sz.register_seized(
            self.ctx,
            self.actor,
            sz.SeizedInput(
                case_number=self.case_edit.text(),
                description=self.description_edit.toPlainText(),
                storage_place=self.place_edit.text(),
                seized_on=from_qdate(self.seized_edit.date()),
                quantity=self.quantity_spin.value(),
                unit=self.unit_edit.text(),
                note=self.note_edit.text(),
            ),
        )


def _good_line(good: SeizedInfo) -> str:
    return f"{good.case_number}　{good.description}（{good.quantity} {good.unit}）"


class TakeOutDialog(ServiceDialog):
    """出库 (appraisal, hearing …) with its reason → equipment_seized.take_out."""

    def __init__(
        self, ctx: AppContext, actor: Actor, good: SeizedInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("TakeOutDialog", "临时出库"), parent)
        self.ctx, self.actor, self.good = ctx, actor, good
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("必填，例如：送检鉴定、庭审质证"))
        self.form.addRow(self.tr("物品"), QLabel(_good_line(good)))
        self.form.addRow(self.tr("出库事由(&R)"), self.reason_edit)
        self.fields = {"reason": self.reason_edit}

    def submit(self) -> None:  # override ServiceDialog.submit
        sz.take_out(self.ctx, self.actor, self.good.id, reason=self.reason_edit.text())


class BringBackDialog(ServiceDialog):
    """归库 → equipment_seized.bring_back."""

    def __init__(
        self, ctx: AppContext, actor: Actor, good: SeizedInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("BringBackDialog", "归库"), parent)
        self.ctx, self.actor, self.good = ctx, actor, good
        self.note_edit = QLineEdit()
        self.place_edit = QLineEdit(good.storage_place)
        self.form.addRow(self.tr("物品"), QLabel(_good_line(good)))
        self.form.addRow(self.tr("说明"), self.note_edit)
        self.form.addRow(self.tr("存放地点"), self.place_edit)

    def submit(self) -> None:  # override ServiceDialog.submit
        sz.bring_back(
            self.ctx,
            self.actor,
            self.good.id,
            note=self.note_edit.text(),
            storage_place=self.place_edit.text(),
        )


class DisposeDialog(ServiceDialog):
    """处置: the decision, its date and basis → equipment_seized.dispose (closes the record)."""

    def __init__(
        self, ctx: AppContext, actor: Actor, good: SeizedInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("DisposeDialog", "处置罚没物品"), parent)
        self.ctx, self.actor, self.good = ctx, actor, good
        self.decision_combo = QComboBox()
        for d in Disposal:
            self.decision_combo.addItem(label(DISPOSAL_LABELS[d]), d.value)
        self.on_edit = _date_edit(ctx.clock.today())
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("必填，例如处罚决定书文号"))
        hint = QLabel(self.tr("处置后记录关闭，不能再出库。"))
        hint.setStyleSheet("color: #666;")
        self.form.addRow(self.tr("物品"), QLabel(_good_line(good)))
        self.form.addRow(self.tr("处置方式"), self.decision_combo)
        self.form.addRow(self.tr("处置日期"), self.on_edit)
        self.form.addRow(self.tr("处置依据(&B)"), self.note_edit)
        self.form.addRow("", hint)
        self.fields = {"disposal_on": self.on_edit, "disposal_note": self.note_edit}

    def submit(self) -> None:  # override ServiceDialog.submit
        sz.dispose(
            self.ctx,
            self.actor,
            self.good.id,
            Disposal(self.decision_combo.currentData()),
            on=from_qdate(self.on_edit.date()),
            note=self.note_edit.text(),
        )


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`."""
    return text


MOVEMENT_LABELS = {
    "in": QT_TRANSLATE_NOOP("SeizedHistoryDialog", "入库"),
    "out": QT_TRANSLATE_NOOP("SeizedHistoryDialog", "出库"),
    "back": QT_TRANSLATE_NOOP("SeizedHistoryDialog", "归库"),
    "dispose": QT_TRANSLATE_NOOP("SeizedHistoryDialog", "处置"),
}


class SeizedHistoryDialog(QDialog):
    """出入库记录 of one good."""

    def __init__(self, ctx: AppContext, good: SeizedInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("出入库记录：{good}").format(good=_good_line(good)))
        moves = sz.seized_movements(ctx, good.id)
        self.table = table_widget(
            [self.tr("时间"), self.tr("操作"), self.tr("数量"), self.tr("事由")],
            [
                [
                    local_time_text(m.at),
                    self.tr(MOVEMENT_LABELS[m.kind]) if m.kind in MOVEMENT_LABELS else m.kind,
                    str(m.quantity),
                    m.reason or "",
                ]
                for m in moves
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(close_buttons(self))
        self.resize(640, 320)


class SeizedGoodsPage(QWidget):
    """罚没物品."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.active_dialog: QDialog | None = None
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), None)
        for s in SeizedStatus:
            self.status_combo.addItem(label(SEIZED_STATUS_LABELS[s]), s.value)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("按案件编号或物品查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.search_edit.setMaximumWidth(480)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit.textChanged.connect(lambda _t: self.apply_search())
        self.search_edit.returnPressed.connect(self._search_entered)
        self.model = SeizedModel(self)
        self.all_rows: list[SeizedInfo] = []
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.doubleClicked.connect(lambda _i: self.show_history())
        self.register_button = QPushButton(self.tr("入库登记(&N)…"))
        self.out_button = QPushButton(self.tr("出库(&O)…"))
        self.back_button = QPushButton(self.tr("归库(&B)…"))
        self.dispose_button = QPushButton(self.tr("处置(&D)…"))
        self.history_button = QPushButton(self.tr("出入库记录(&H)"))
        self.register_button.clicked.connect(self.register)
        self.out_button.clicked.connect(self.take_out)
        self.back_button.clicked.connect(self.bring_back)
        self.dispose_button.clicked.connect(self.dispose)
        self.history_button.clicked.connect(self.show_history)
        can = actor.can(Permission.MANAGE_EQUIPMENT)
        for b in (self.register_button, self.out_button, self.back_button, self.dispose_button):
            b.setVisible(can)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for b in (
            self.register_button,
            self.out_button,
            self.back_button,
            self.dispose_button,
            self.history_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.setFocusProxy(self.search_edit)
        self.refresh()

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("罚没物品")

    def refresh(self) -> None:
        """Reload the list, keeping the selection."""
        selected = self.selected()
        status = self.status_combo.currentData()
        self.all_rows = sz.list_seized(self.ctx, status=SeizedStatus(status) if status else None)
        self.apply_search()
        if selected is not None:
            for i, g in enumerate(self.model.rows):
                if g.id == selected.id:
                    self.table.selectRow(i)

    def apply_search(self) -> None:
        """Show the goods whose case number or description contains the search text."""
        needle = self.search_edit.text().strip().casefold()
        self.model.set_rows(
            [
                g
                for g in self.all_rows
                if not needle
                or needle in g.case_number.casefold()
                or needle in g.description.casefold()
            ]
        )
        fit_columns(self.table, maximum=360)
        self.count_label.setText(self.tr("共 {n} 项").format(n=self.model.rowCount()))
        self._update_buttons()

    def _search_entered(self) -> None:
        # A scanned case number ends with Enter: select the first match.
        if self.model.rows:
            self.table.selectRow(0)

    def selected(self) -> SeizedInfo | None:
        """The good of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        g = self.selected()
        self.out_button.setEnabled(g is not None and g.status is SeizedStatus.IN_STORE)
        self.back_button.setEnabled(g is not None and g.status is SeizedStatus.OUT)
        self.dispose_button.setEnabled(g is not None and g.status is SeizedStatus.IN_STORE)
        self.history_button.setEnabled(g is not None)

    def show_dialog(self, dialog: QDialog) -> None:
        """Open `dialog` without blocking; refresh when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def register(self) -> None:
        """入库登记."""
        self.show_dialog(SeizedDialog(self.ctx, self.actor, self))

    def take_out(self) -> None:
        """出库 the selected good."""
        g = self.selected()
        if g is not None:
            self.show_dialog(TakeOutDialog(self.ctx, self.actor, g, self))

    def bring_back(self) -> None:
        """归库 the selected good."""
        g = self.selected()
        if g is not None:
            self.show_dialog(BringBackDialog(self.ctx, self.actor, g, self))

    def dispose(self) -> None:
        """处置 the selected good."""
        g = self.selected()
        if g is not None:
            self.show_dialog(DisposeDialog(self.ctx, self.actor, g, self))

    def show_history(self) -> None:
        """出入库记录 of the selected good."""
        g = self.selected()
        if g is not None:
            self.show_dialog(SeizedHistoryDialog(self.ctx, g, self))
