"""装备: the equipment register (lazy table, filters, scanner search) and its dialogs —
登记, 领用, 归还, 维护, 导入/导出, 合规检查, 逾期未还, 到期提醒. Stock-taking is in stocktake.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.documents.equipment_pdf import LabelGrid, label_pages
from app.errors import DomainError
from app.rules.equipment import (
    MAINTENANCE_LABELS,
    STATUS_LABELS,
    DueState,
    ItemStatus,
    MaintenanceKind,
    normalize_scanned_tag,
    parse_tag,
)
from app.rules.roles import Permission
from app.services import equipment as eq
from app.services import equipment_import as eq_import
from app.services import equipment_reports as eq_reports
from app.services import staff
from app.services.equipment import ItemFilter, ItemInfo, ItemRow, ItemSort
from app.services.staff import KIND_LABELS
from ui.errors import error_text
from ui.pages._forms import (
    size_sections,
    DATE_FORMAT,
    ERROR_STYLE,
    OK_STYLE,
    FormRefused,
    OptionalDateEdit,
    ServiceDialog,
    TitledTableModel,
    colour_dot,
    fit_columns,
    from_qdate,
    label,
    local_time_text,
    setup_table,
    to_qdate,
)
from ui.tasks import run_in_background

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: default parent of table rows
PAGE_SIZE = eq.PAGE_SIZE  # rows fetched per SELECT … IN
CACHE_LIMIT = 5_000  # rows kept in memory before the cache starts over

RED = QColor("#c62828")
GREY = QColor("#808080")
STATUS_COLOURS: dict[ItemStatus, str] = {
    ItemStatus.IN_STORE: "#2e7d32",
    ItemStatus.CHECKED_OUT: "#1565c0",
    ItemStatus.REPAIR: "#ef6c00",
    ItemStatus.LOST: "#c62828",
    ItemStatus.RETIRED: "#9e9e9e",
}
HINT_STYLE = "color: #666;"
SHORT_BRUSH = QBrush(QColor("#ffcdd2"))  # compliance rows short of the standard


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` (PySide's own is typed as returning object)."""
    return text


# Category names and groups come from resources/reference/equipment_standard.json; listed here
# so that lupdate sees them (translated in context "EquipmentCategory").
_CATEGORY_TEXTS = (
    QT_TRANSLATE_NOOP("EquipmentCategory", "复印机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "传真机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "扫描仪"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "投影仪"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "打印机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "办公电话"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "计算机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "摄像机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "照相机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "执法记录仪"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "测量工具"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "录音设备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "移动存储设备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "执法车辆"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "电动自行车"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "办公桌椅"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "头盔"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "执勤包"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "雨具"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "防暑防寒用品"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "对讲机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "执法手机"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "防刺背心"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "防暴盾牌"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "防割手套"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "绝缘靴"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "反光背心"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "强光手电"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "视频监控系统"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "报警装置"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "物证袋"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "封条"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "电池"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "其他"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "办公设备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "取证设备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "存储设备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "交通工具"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "个人装备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "辅助装备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "防护装备"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "安全防范"),
    QT_TRANSLATE_NOOP("EquipmentCategory", "耗材"),
)


def category_text(name: str) -> str:
    """A category (or group) name of the standard, translated."""
    return QCoreApplication.translate("EquipmentCategory", name)


def status_text(status: ItemStatus) -> str:
    """An item status as shown."""
    return label(STATUS_LABELS[ItemStatus(status)])


def yuan_text(fen: int | None) -> str:
    """An amount in fen as yuan with two decimals, empty for None."""
    return "" if fen is None else f"{Decimal(fen) / 100:,.2f}"


def parse_yuan(text: str, field: str) -> int | None:
    """A typed yuan amount as fen (empty → None); FormRefused when it is not an amount."""
    text = (text or "").strip().replace(",", "").replace("，", "").replace("¥", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = Decimal(-1)
    fen = amount * 100
    if amount < 0 or fen != fen.to_integral_value():
        raise FormRefused(
            QCoreApplication.translate("EquipmentPage", "金额应为不小于 0 的数字，最多两位小数。"),
            field,
        )
    return int(fen)


class FilePicker:
    """File dialogs behind classmethods that tests replace."""

    @classmethod
    def open_xlsx(cls, parent: QWidget | None, title: str) -> Path | None:
        """Ask for an .xlsx file to read; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent, title, "", QCoreApplication.translate("FilePicker", "Excel 工作簿 (*.xlsx)")
        )
        return Path(name) if name else None

    @classmethod
    def save_xlsx(cls, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        """Ask where to write an .xlsx file; None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            suggested,
            QCoreApplication.translate("FilePicker", "Excel 工作簿 (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


class PersonCombo(QComboBox):
    """Active squad members with type-ahead: typing part of a name narrows the list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in staff.list_staff(ctx):
            self.addItem(f"{p.name}（{label(KIND_LABELS[p.kind])}）", p.id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("输入姓名查找"))

    def staff_id(self) -> str | None:
        """The member whose entry matches the text (a unique partial name also counts)."""
        text = self.currentText().strip()
        if not text:
            return None
        i = self.findText(text)
        if i < 0:
            hits = [j for j in range(self.count()) if text in self.itemText(j)]
            if len(hits) != 1:
                return None
            i = hits[0]
        value = self.itemData(i)
        return str(value) if value else None

    def select_staff(self, staff_id: str) -> None:
        """Choose the member `staff_id`."""
        i = self.findData(staff_id)
        if i >= 0:
            self.setCurrentIndex(i)


def table_widget(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    setup_table(table)
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(i, j, item)
    fit_columns(table)
    return table


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a filled cell (table_widget fills every cell)."""
    item = table.item(row, column)
    assert item is not None
    return item


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("EquipmentPage", "关闭")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


# --- the lazy item model ----------------------------------------------------------------------


class ItemModel(TitledTableModel):
    """The register: the sorted id list from SQL; rows loaded PAGE_SIZE at a time on demand."""

    TAG, CATEGORY, NAME, SERIAL, STATUS, HOLDER, LOCATION, PURCHASED = range(8)
    SORT_KEYS: ClassVar[dict[int, ItemSort]] = {
        TAG: ItemSort.TAG,
        CATEGORY: ItemSort.CATEGORY,
        NAME: ItemSort.NAME,
        STATUS: ItemSort.STATUS,
        LOCATION: ItemSort.LOCATION,
        PURCHASED: ItemSort.PURCHASE_DATE,
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = ItemFilter()
        self.sort_key = ItemSort.TAG
        self.descending = False
        self.ids: list[str] = []
        self.cache: dict[str, ItemRow] = {}
        self.pages_loaded = 0  # how many SELECT … IN were run (tests check laziness)
        self.loaded = False

    def reload(self, flt: ItemFilter | None = None) -> None:
        """Re-query the ids (with `flt` when given); rows are fetched again as they are shown."""
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self.ids = eq.item_ids(self.ctx, self.filter, self.sort_key, descending=self.descending)
        self.loaded = True
        self.cache.clear()
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        """The row showing `item_id`, or -1."""
        try:
            return self.ids.index(item_id)
        except ValueError:
            return -1

    def item_id(self, row: int) -> str | None:
        """The id in `row`."""
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_data(self, row: int) -> ItemRow | None:
        """The row's data, loading its page when not cached."""
        item_id = self.ids[row]
        found = self.cache.get(item_id)
        if found is None:
            if len(self.cache) > CACHE_LIMIT:
                self.cache.clear()
            start = row - row % PAGE_SIZE
            page = [i for i in self.ids[start : start + PAGE_SIZE] if i not in self.cache]
            self.cache.update(eq.item_rows(self.ctx, page))
            self.pages_loaded += 1
            found = self.cache.get(item_id)
        return found

    def forget(self, item_ids: list[str]) -> None:
        """Drop cached rows of changed items and repaint them."""
        for item_id in item_ids:
            self.cache.pop(item_id, None)
            row = self.row_of(item_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_total(self) -> int:  # TitledTableModel
        return len(self.ids)

    def column_titles(self) -> list[str]:  # TitledTableModel
        return [
            self.tr("资产编号"),
            self.tr("类别"),
            self.tr("名称/型号"),
            self.tr("序列号"),
            self.tr("状态"),
            self.tr("领用人"),
            self.tr("位置"),
            self.tr("购置日期"),
        ]

    def sort(  # override QAbstractItemModel.sort: in SQL, by re-querying the ids
        self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> None:
        key = self.SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        if self.loaded:  # the view calls sort() while being set up: load once, later
            self.reload()

    def name_text(self, r: ItemRow) -> str:
        """名称/型号: the name, brand and model; a consumable line shows its quantity."""
        parts = [r.name]
        if r.brand or r.model:
            parts.append(" ".join(p for p in (r.brand, r.model) if p))
        text = " / ".join(parts)
        cat = eq.standard(self.ctx).category(r.category)
        if cat is not None and cat.consumable:
            text += self.tr(" ×{n}").format(n=r.quantity)
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return None
        r = self.row_data(index.row())
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.TAG:
                return r.asset_tag
            if col == self.CATEGORY:
                return category_text(r.category_name)
            if col == self.NAME:
                return self.name_text(r)
            if col == self.SERIAL:
                return r.serial_no or ""
            if col == self.STATUS:
                return status_text(r.status)
            if col == self.HOLDER:
                return r.holder_name or ""
            if col == self.LOCATION:
                return r.location or ""
            if col == self.PURCHASED:
                return r.purchase_date.isoformat() if r.purchase_date else ""
        elif role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return colour_dot(STATUS_COLOURS[r.status])
        elif role == Qt.ItemDataRole.ForegroundRole:
            if r.status is ItemStatus.LOST and col == self.STATUS:
                return QBrush(RED)
            if r.status is ItemStatus.RETIRED:
                return QBrush(GREY)
        return None


# --- item dialogs -------------------------------------------------------------------------------


class ItemDialog(ServiceDialog):
    """登记装备 / 编辑: the ItemInput fields → equipment.register_item or update_item."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        item: ItemInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ItemDialog", "登记装备")
            if item is None
            else QCoreApplication.translate("ItemDialog", "编辑装备 {tag}").format(
                tag=item.asset_tag
            )
        )
        super().__init__(title, parent)
        self.ctx, self.actor, self.item = ctx, actor, item
        self.saved: ItemInfo | None = None
        self.category_combo = QComboBox()
        for c in eq.standard(self.ctx).categories:
            self.category_combo.addItem(
                f"{category_text(c.group)} · {category_text(c.name)}", c.code
            )
        if item is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(item.category)))
        self.name_edit = QLineEdit(item.name if item else "")
        self.name_edit.setPlaceholderText(self.tr("留空则用类别名称"))
        self.brand_edit = QLineEdit(item.brand or "" if item else "")
        self.model_edit = QLineEdit(item.model if item else "")
        self.serial_edit = QLineEdit(item.serial_no or "" if item else "")
        self.purchase_edit = OptionalDateEdit(
            item.purchase_date if item else None, ctx.clock.today()
        )
        self.price_edit = QLineEdit(yuan_text(item.price_fen) if item else "")
        self.price_edit.setPlaceholderText(self.tr("元，例如 2680.00"))
        self.funding_edit = QLineEdit(item.funding_source or "" if item else "")
        self.location_combo = QComboBox()
        self.location_combo.setEditable(True)
        self.location_combo.addItems(eq.locations(ctx))
        self.location_combo.setCurrentText(item.location or "" if item else "")
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(0, 1_000_000)
        self.quantity_spin.setValue(item.quantity if item else 1)
        self.note_edit = QPlainTextEdit(item.note or "" if item else "")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(56)
        self.form.addRow(self.tr("类别(&C)"), self.category_combo)
        self.form.addRow(self.tr("名称"), self.name_edit)
        self.form.addRow(self.tr("品牌"), self.brand_edit)
        self.form.addRow(self.tr("型号"), self.model_edit)
        self.form.addRow(self.tr("序列号"), self.serial_edit)
        self.form.addRow(self.tr("购置日期"), self.purchase_edit)
        self.form.addRow(self.tr("单价（元）"), self.price_edit)
        self.form.addRow(self.tr("经费来源"), self.funding_edit)
        self.form.addRow(self.tr("存放地点"), self.location_combo)
        self.form.addRow(self.tr("数量"), self.quantity_spin)
        self.form.addRow(self.tr("备注"), self.note_edit)
        if item is None:
            hint = QLabel(self.tr("资产编号在保存时自动生成；状态和领用人只能通过领用、归还改变。"))
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            self.form.addRow("", hint)
        self.fields = {
            "category": self.category_combo,
            "name": self.name_edit,
            "brand": self.brand_edit,
            "model": self.model_edit,
            "serial_no": self.serial_edit,
            "purchase_date": self.purchase_edit,
            "price_fen": self.price_edit,
            "funding_source": self.funding_edit,
            "location": self.location_combo,
            "quantity": self.quantity_spin,
            "note": self.note_edit,
        }
        self.category_combo.currentIndexChanged.connect(lambda _i: self._category_changed())
        self._category_changed()

    def _category_changed(self) -> None:
        cat = eq.standard(self.ctx).category(str(self.category_combo.currentData()))
        consumable = bool(cat and cat.consumable)
        self.form.setRowVisible(self.quantity_spin, consumable)
        if not consumable:
            self.quantity_spin.setValue(1)

    def input(self) -> eq.ItemInput:
        """The form as an ItemInput."""
        return eq.ItemInput(
            category=str(self.category_combo.currentData()),
            name=self.name_edit.text(),
            model=self.model_edit.text(),
            brand=self.brand_edit.text(),
            serial_no=self.serial_edit.text(),
            purchase_date=self.purchase_edit.value(),
            price_fen=parse_yuan(self.price_edit.text(), "price_fen"),
            funding_source=self.funding_edit.text(),
            location=self.location_combo.currentText(),
            quantity=self.quantity_spin.value(),
            note=self.note_edit.toPlainText(),
        )

    def submit(self) -> None:  # override ServiceDialog.submit
        if self.item is None:
            self.saved = eq.register_item(self.ctx, self.actor, self.input())
        else:
            self.saved = eq.update_item(self.ctx, self.actor, self.item.id, self.input())


def _item_line(item: ItemInfo) -> str:
    model = " ".join(p for p in (item.brand, item.model) if p)
    return f"{item.asset_tag}　{item.name}" + (f"（{model}）" if model else "")


class CheckOutDialog(ServiceDialog):
    """领用: person (type-ahead), due-back date, condition → equipment.check_out."""

    DEFAULT_DAYS = 7

    def __init__(
        self, ctx: AppContext, actor: Actor, item: ItemInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CheckOutDialog", "领用 {tag}").format(tag=item.asset_tag),
            parent,
        )
        self.ctx, self.actor, self.item = ctx, actor, item
        today = ctx.clock.today()
        self.item_label = QLabel(_item_line(item))
        self.person_combo = PersonCombo(ctx)
        self.due_edit = OptionalDateEdit(today + timedelta(days=self.DEFAULT_DAYS), today)
        self.due_edit.empty_box.setText(self.tr("长期配发"))
        self.condition_edit = QLineEdit()
        self.condition_edit.setPlaceholderText(self.tr("例如：外观完好，电量满"))
        self.form.addRow(self.tr("装备"), self.item_label)
        self.form.addRow(self.tr("领用人(&P)"), self.person_combo)
        self.form.addRow(self.tr("应还日期"), self.due_edit)
        self.form.addRow(self.tr("领用时状况"), self.condition_edit)
        self.fields = {
            "staff_id": self.person_combo,
            "due_back": self.due_edit,
            "condition_out": self.condition_edit,
        }
        self.person_combo.setFocus()

    def submit(self) -> None:  # override ServiceDialog.submit
        staff_id = self.person_combo.staff_id()
        if staff_id is None:
            raise FormRefused(self.tr("请从列表中选择领用人。"), "staff_id")
        eq.check_out(
            self.ctx,
            self.actor,
            self.item.id,
            staff_id,
            due_back=self.due_edit.value(),
            condition=self.condition_edit.text(),
        )


class ReturnDialog(ServiceDialog):
    """归还: condition notes, straight to repair, place → equipment.return_item."""

    def __init__(
        self, ctx: AppContext, actor: Actor, item: ItemInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ReturnDialog", "归还 {tag}").format(tag=item.asset_tag),
            parent,
        )
        self.ctx, self.actor, self.item = ctx, actor, item
        loan = next((x for x in eq.loan_history(ctx, item.id) if x.returned_at is None), None)
        self.item_label = QLabel(_item_line(item))
        holder = item.holder_name or (loan.staff_name if loan else "") or ""
        if loan is not None:
            due = loan.due_back.isoformat() if loan.due_back else self.tr("长期配发")
            loan_text = self.tr("{holder}，{out} 领用，应还 {due}").format(
                holder=holder, out=local_time_text(loan.out_at), due=due
            )
        else:
            loan_text = holder
        self.loan_label = QLabel(loan_text)
        if loan is not None and loan.overdue:
            self.loan_label.setStyleSheet(ERROR_STYLE)
        self.condition_edit = QLineEdit()
        self.condition_edit.setPlaceholderText(self.tr("例如：完好 / 镜头有划痕"))
        self.repair_box = QCheckBox(self.tr("有损坏，直接送修"))
        self.location_combo = QComboBox()
        self.location_combo.setEditable(True)
        self.location_combo.addItems(eq.locations(ctx))
        self.location_combo.setCurrentText(item.location or "")
        self.form.addRow(self.tr("装备"), self.item_label)
        self.form.addRow(self.tr("领用情况"), self.loan_label)
        self.form.addRow(self.tr("归还时状况(&C)"), self.condition_edit)
        self.form.addRow("", self.repair_box)
        self.form.addRow(self.tr("存放地点"), self.location_combo)
        self.fields = {"condition_in": self.condition_edit, "location": self.location_combo}
        self.condition_edit.setFocus()

    def submit(self) -> None:  # override ServiceDialog.submit
        eq.return_item(
            self.ctx,
            self.actor,
            self.item.id,
            condition=self.condition_edit.text(),
            to_repair=self.repair_box.isChecked(),
            location=self.location_combo.currentText(),
        )


def _kind_combo() -> QComboBox:
    combo = QComboBox()
    for k in MaintenanceKind:
        combo.addItem(label(MAINTENANCE_LABELS[k]), k.value)
    return combo


class ScheduleDialog(ServiceDialog):
    """添加保养计划 → equipment.add_schedule."""

    def __init__(
        self, ctx: AppContext, actor: Actor, item: ItemInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ScheduleDialog", "保养计划：{tag}").format(
                tag=item.asset_tag
            ),
            parent,
        )
        self.ctx, self.actor, self.item = ctx, actor, item
        self.kind_combo = _kind_combo()
        self.due_edit = QDateEdit(to_qdate(ctx.clock.today() + timedelta(days=30)))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(DATE_FORMAT)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, 120)
        self.interval_spin.setValue(12)
        self.interval_spin.setSpecialValueText(self.tr("不重复"))
        self.interval_spin.setSuffix(self.tr(" 个月"))
        self.note_edit = QLineEdit()
        self.form.addRow(self.tr("项目"), self.kind_combo)
        self.form.addRow(self.tr("到期日"), self.due_edit)
        self.form.addRow(self.tr("周期"), self.interval_spin)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.fields = {"interval_months": self.interval_spin, "note": self.note_edit}

    def submit(self) -> None:  # override ServiceDialog.submit
        eq.add_schedule(
            self.ctx,
            self.actor,
            self.item.id,
            MaintenanceKind(self.kind_combo.currentData()),
            from_qdate(self.due_edit.date()),
            interval_months=self.interval_spin.value() or None,
            note=self.note_edit.text(),
        )


class MaintenanceRecordDialog(ServiceDialog):
    """记录维护 (optionally against a schedule) → equipment.record_maintenance."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        item: ItemInfo,
        schedules: list[eq.ScheduleInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MaintenanceRecordDialog", "记录维护：{tag}").format(
                tag=item.asset_tag
            ),
            parent,
        )
        self.ctx, self.actor, self.item = ctx, actor, item
        self.kind_combo = _kind_combo()
        self.schedule_combo = QComboBox()
        self.schedule_combo.addItem(self.tr("（不对应计划）"), None)
        for s in schedules:
            self.schedule_combo.addItem(
                self.tr("{kind}，到期 {due}").format(
                    kind=label(s.kind_label), due=s.due_on.isoformat()
                ),
                (s.id, s.kind.value),
            )
        self.done_edit = QDateEdit(to_qdate(ctx.clock.today()))
        self.done_edit.setCalendarPopup(True)
        self.done_edit.setDisplayFormat(DATE_FORMAT)
        self.cost_edit = QLineEdit()
        self.cost_edit.setPlaceholderText(self.tr("元"))
        self.vendor_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.form.addRow(self.tr("对应计划"), self.schedule_combo)
        self.form.addRow(self.tr("项目"), self.kind_combo)
        self.form.addRow(self.tr("完成日期"), self.done_edit)
        self.form.addRow(self.tr("费用（元）"), self.cost_edit)
        self.form.addRow(self.tr("维修单位"), self.vendor_edit)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.fields = {
            "done_on": self.done_edit,
            "cost_fen": self.cost_edit,
            "vendor": self.vendor_edit,
            "note": self.note_edit,
        }
        self.schedule_combo.currentIndexChanged.connect(lambda _i: self._schedule_changed())

    def _schedule_changed(self) -> None:
        data = self.schedule_combo.currentData()
        if data:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(data[1]))
        self.kind_combo.setEnabled(not data)

    def submit(self) -> None:  # override ServiceDialog.submit
        data = self.schedule_combo.currentData()
        eq.record_maintenance(
            self.ctx,
            self.actor,
            self.item.id,
            MaintenanceKind(self.kind_combo.currentData()),
            from_qdate(self.done_edit.date()),
            schedule_id=data[0] if data else None,
            cost_fen=parse_yuan(self.cost_edit.text(), "cost_fen"),
            vendor=self.vendor_edit.text(),
            note=self.note_edit.text(),
        )


class MaintenanceDialog(QDialog):
    """维护: an item's schedules and maintenance records, with 添加计划 and 记录维护."""

    def __init__(
        self, ctx: AppContext, actor: Actor, item: ItemInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.item = ctx, actor, item
        self.active_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("维护：{item}").format(item=_item_line(item)))
        self.schedule_label = QLabel(self.tr("保养计划"))
        self.history_label = QLabel(self.tr("维护记录"))
        for w in (self.schedule_label, self.history_label):
            w.setStyleSheet("font-weight: bold;")
        self.schedule_table = table_widget(self._schedule_headers(), [])
        self.history_table = table_widget(self._history_headers(), [])
        self.add_button = QPushButton(self.tr("添加计划(&S)…"))
        self.record_button = QPushButton(self.tr("记录维护(&R)…"))
        self.add_button.clicked.connect(self.add_schedule)
        self.record_button.clicked.connect(self.record)
        can = actor.can(Permission.MANAGE_EQUIPMENT)
        self.add_button.setVisible(can)
        self.record_button.setVisible(can)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.schedule_label)
        layout.addWidget(self.schedule_table, 1)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close_buttons(self))
        self.resize(720, 460)
        self.reload()

    def _schedule_headers(self) -> list[str]:
        return [
            self.tr("项目"),
            self.tr("到期日"),
            self.tr("周期"),
            self.tr("状态"),
            self.tr("备注"),
        ]

    def _history_headers(self) -> list[str]:
        return [
            self.tr("完成日期"),
            self.tr("项目"),
            self.tr("费用（元）"),
            self.tr("维修单位"),
            self.tr("备注"),
        ]

    def reload(self) -> None:
        """Fill both tables from the services."""
        self.schedules = eq.schedules_of(self.ctx, self.item.id)
        states = {
            DueState.OVERDUE: self.tr("已逾期"),
            DueState.DUE_SOON: self.tr("即将到期"),
            DueState.LATER: self.tr("未到期"),
        }
        rows = [
            [
                label(s.kind_label),
                s.due_on.isoformat(),
                self.tr("{n} 个月").format(n=s.interval_months)
                if s.interval_months
                else self.tr("不重复"),
                states[s.state],
                s.note or "",
            ]
            for s in self.schedules
        ]
        self._fill(self.schedule_table, rows)
        for i, s in enumerate(self.schedules):
            if s.state is DueState.OVERDUE:
                cell(self.schedule_table, i, 3).setForeground(QBrush(RED))
        history = eq.maintenance_history(self.ctx, self.item.id)
        self._fill(
            self.history_table,
            [
                [
                    h.done_on.isoformat(),
                    label(MAINTENANCE_LABELS[h.kind]),
                    yuan_text(h.cost_fen),
                    h.vendor or "",
                    h.note or "",
                ]
                for h in history
            ],
        )

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(text))
        fit_columns(table)

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add_schedule(self) -> None:
        """Open 添加计划."""
        self._open(ScheduleDialog(self.ctx, self.actor, self.item, self))

    def record(self) -> None:
        """Open 记录维护."""
        self._open(MaintenanceRecordDialog(self.ctx, self.actor, self.item, self.schedules, self))


class ItemDetailDialog(QDialog):
    """One item: its fields and loan history, with the actions it allows now."""

    action_requested = Signal(str)  # "checkout" | "return" | "maintenance" | "edit"

    def __init__(
        self, ctx: AppContext, actor: Actor, item: ItemInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("装备 {tag}").format(tag=item.asset_tag))
        form = QFormLayout()
        status = QLabel(status_text(item.status))
        status.setStyleSheet(f"color: {STATUS_COLOURS[item.status]}; font-weight: bold;")
        rows: list[tuple[str, QLabel | str]] = [
            (self.tr("资产编号"), item.asset_tag),
            (self.tr("类别"), category_text(item.category_name)),
            (self.tr("名称"), item.name),
            (self.tr("品牌/型号"), " ".join(p for p in (item.brand, item.model) if p)),
            (self.tr("序列号"), item.serial_no or ""),
            (self.tr("状态"), status),
            (self.tr("领用人"), item.holder_name or ""),
            (self.tr("存放地点"), item.location or ""),
            (self.tr("购置日期"), item.purchase_date.isoformat() if item.purchase_date else ""),
            (self.tr("单价（元）"), yuan_text(item.price_fen)),
            (self.tr("经费来源"), item.funding_source or ""),
        ]
        if item.consumable:
            rows.append((self.tr("数量"), str(item.quantity)))
        if item.note:
            rows.append((self.tr("备注"), item.note))
        for caption, value in rows:
            widget = QLabel(value) if isinstance(value, str) else value
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, widget)
        loans = eq.loan_history(ctx, item.id)
        self.loan_table = table_widget(
            [
                self.tr("领用人"),
                self.tr("领用时间"),
                self.tr("应还日期"),
                self.tr("归还时间"),
                self.tr("状况"),
            ],
            [
                [
                    x.staff_name or "",
                    local_time_text(x.out_at),
                    x.due_back.isoformat() if x.due_back else self.tr("长期配发"),
                    local_time_text(x.returned_at),
                    " / ".join(c for c in (x.condition_out, x.condition_in) if c),
                ]
                for x in loans
            ],
        )
        for i, x in enumerate(loans):
            if x.overdue:
                cell(self.loan_table, i, 2).setForeground(QBrush(RED))
        can = actor.can(Permission.MANAGE_EQUIPMENT)
        self.checkout_button = QPushButton(self.tr("领用(&O)…"))
        self.return_button = QPushButton(self.tr("归还(&R)…"))
        self.maintenance_button = QPushButton(self.tr("维护(&M)…"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.checkout_button.setVisible(
            can and item.status is ItemStatus.IN_STORE and not item.consumable
        )
        self.return_button.setVisible(can and item.status is ItemStatus.CHECKED_OUT)
        self.edit_button.setVisible(can)
        for button, action in (
            (self.checkout_button, "checkout"),
            (self.return_button, "return"),
            (self.maintenance_button, "maintenance"),
            (self.edit_button, "edit"),
        ):
            button.clicked.connect(lambda _c=False, a=action: self._request(a))
        buttons = QHBoxLayout()
        for b in (
            self.checkout_button,
            self.return_button,
            self.maintenance_button,
            self.edit_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        history = QLabel(self.tr("领用记录"))
        history.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(history)
        layout.addWidget(self.loan_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close_buttons(self))
        self.resize(680, 560)

    def _request(self, action: str) -> None:
        self.accept()
        self.action_requested.emit(action)


# --- import / export -------------------------------------------------------------------------


class ImportPreviewDialog(QDialog):
    """导入预览: every row of the ledger with its problems (Excel row numbers); 导入 only
    when no row is bad — the service imports all rows or none."""

    FIELDS = ("asset_tag", "category", "name", "model", "serial_no", "location", "status", "holder")
    HEADERS = (  # equipment_import.LABELS of FIELDS, for lupdate
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "资产编号"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "类别"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "名称"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "型号"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "序列号"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "存放地点"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "状态"),
        QT_TRANSLATE_NOOP("ImportPreviewDialog", "领用人"),
    )

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        path: Path,
        preview: eq_import.ImportPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.path, self.preview = ctx, actor, path, preview
        self.imported: list[str] | None = None
        self.setWindowTitle(self.tr("导入装备台账：{name}").format(name=path.name))
        bad = preview.bad_rows
        if preview.ok:
            summary = self.tr("共 {n} 行，全部可以导入。").format(n=len(preview.rows))
        else:
            summary = self.tr(
                "共 {n} 行，其中 {bad} 行有问题（红色）。请在 Excel 中改正后重新导入；"
                "有问题时不会导入任何一行。"
            ).format(n=len(preview.rows), bad=len(bad))
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet(OK_STYLE if preview.ok else ERROR_STYLE)
        self.file_problems = QLabel("\n".join(preview.problems))
        self.file_problems.setStyleSheet(ERROR_STYLE)
        self.file_problems.setWordWrap(True)
        self.file_problems.setVisible(bool(preview.problems))
        headers = [self.tr("行号"), self.tr("问题")] + [self._header(f) for f in self.FIELDS]
        rows = sorted(preview.rows, key=lambda r: (r.ok, r.row_no))  # bad rows first
        self.table = table_widget(
            headers,
            [
                [str(r.row_no), "；".join(r.problems)] + [r.values.get(f, "") for f in self.FIELDS]
                for r in rows
            ],
        )
        for i, r in enumerate(rows):
            if not r.ok:
                for j in range(self.table.columnCount()):
                    cell(self.table, i, j).setBackground(SHORT_BRUSH)
        self.table.horizontalHeader().resizeSection(1, 260)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("导入 {n} 行").format(n=len(preview.rows)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(preview.ok)
        cancel = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.file_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)

    def _header(self, field: str) -> str:
        return self.tr(eq_import.LABELS.get(field, field))

    def run_import(self) -> None:
        """Import every row (one transaction); a refusal is shown and nothing changes."""
        try:
            self.imported = eq_import.import_items(self.ctx, self.actor, self.path)
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()


# --- reports ---------------------------------------------------------------------------------


class ComplianceDialog(QDialog):
    """合规检查: each category of the standard — required, held, gap (red where short)."""

    GROUP, NAME, RULE, REQUIRED, HELD, GAP = range(6)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("装备配备合规检查"))
        self.report = eq_reports.compliance(ctx)
        h = self.report.headcount
        self.head_label = QLabel(
            self.tr(
                "标准：{version}（{issuer}）。执法队员 {officers} 人，内勤 {clerks} 人，"
                "辅助执法人员 {aux} 人（其中正副队长 {leaders} 人），办公室 {offices} 间。"
            ).format(
                version=self.report.standard_version,
                issuer=self.report.issued_by,
                officers=h.officers,
                clerks=h.clerks,
                aux=h.auxiliaries,
                leaders=h.aux_leaders,
                offices=h.offices,
            )
        )
        self.head_label.setWordWrap(True)
        gaps = len(self.report.gaps)
        self.summary_label = QLabel(
            self.tr("共 {n} 项，达标 {ok} 项，未达标 {gaps} 项。").format(
                n=len(self.report.lines), ok=len(self.report.lines) - gaps, gaps=gaps
            )
        )
        self.summary_label.setStyleSheet(
            (ERROR_STYLE if gaps else OK_STYLE) + " font-weight: bold;"
        )
        self.table = table_widget(
            [
                self.tr("类别"),
                self.tr("装备"),
                self.tr("配备标准"),
                self.tr("应配"),
                self.tr("实有"),
                self.tr("缺口"),
            ],
            [
                [
                    category_text(line.group),
                    category_text(line.name),
                    line.rule_text,
                    str(line.required),
                    str(line.held),
                    str(line.shortfall) if line.shortfall else "",
                ]
                for line in self.report.lines
            ],
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.RULE, QHeaderView.ResizeMode.Stretch)
        for col in (self.REQUIRED, self.HELD, self.GAP):
            header.resizeSection(col, 64)
        for i, line in enumerate(self.report.lines):
            for j in (self.REQUIRED, self.HELD, self.GAP):
                cell(self.table, i, j).setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if not line.ok:
                for j in range(self.table.columnCount()):
                    cell(self.table, i, j).setBackground(SHORT_BRUSH)
                cell(self.table, i, self.GAP).setForeground(QBrush(RED))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.export_button = QPushButton(self.tr("导出 Excel(&X)…"))
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("打印 PDF(&P)…"))
        self.print_button.clicked.connect(self.print_pdf)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.message_label, 1)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(close_buttons(self))
        self.resize(860, 640)

    def print_pdf(self) -> None:
        """打印 PDF: the gap report as PDF (built in a worker) in the print preview."""
        from ui.pdf_outputs import preview_pdf

        ctx, report = self.ctx, self.report
        preview_pdf(
            self,
            lambda: eq_reports.compliance_pdf(ctx, report=report),
            self.tr("执法装备配备达标情况报告"),
            self.tr("装备配备达标情况-{day}.pdf").format(day=ctx.clock.today()),
            on_error=lambda text: self._say(text, error=True),
        )

    def export(self) -> None:
        """Write the gap report (.xlsx) where the user says."""
        today = self.ctx.clock.today()
        path = FilePicker.save_xlsx(
            self,
            self.tr("导出配备达标情况"),
            self.tr("装备配备达标情况-{day}.xlsx").format(day=today),
        )
        if path is None:
            return
        from app.services import setup

        town = setup.township(self.ctx)
        try:
            eq_reports.write_compliance_xlsx(
                self.report,
                path,
                township=town.squad_name if town else "",
                on=today.isoformat(),
            )
        except OSError as exc:
            self._say(self.tr("导出失败：{error}").format(error=str(exc)), error=True)
            return
        self._say(self.tr("已导出到 {path}").format(path=str(path)))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
        self.message_label.show()


class OverdueDialog(QDialog):
    """逾期未还: open check-outs past their due-back date, most overdue first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("逾期未还"))
        today = ctx.clock.today()
        self.loans = eq.overdue_loans(ctx)
        self.table = table_widget(
            [
                self.tr("资产编号"),
                self.tr("名称"),
                self.tr("领用人"),
                self.tr("领用时间"),
                self.tr("应还日期"),
                self.tr("逾期天数"),
            ],
            [
                [
                    x.asset_tag,
                    x.item_name,
                    x.staff_name or "",
                    local_time_text(x.out_at),
                    x.due_back.isoformat() if x.due_back else "",
                    str((today - x.due_back).days) if x.due_back else "",
                ]
                for x in self.loans
            ],
        )
        for i in range(len(self.loans)):
            cell(self.table, i, 5).setForeground(QBrush(RED))
        self.empty_label = QLabel(self.tr("没有逾期未还的装备。"))
        self.empty_label.setVisible(not self.loans)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(close_buttons(self))
        self.resize(760, 420)


class MaintenanceAlertsDialog(QDialog):
    """到期提醒: maintenance schedules overdue or due soon."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("保养到期提醒"))
        today = ctx.clock.today()
        self.alerts = eq.maintenance_alerts(ctx)
        self.table = table_widget(
            [
                self.tr("资产编号"),
                self.tr("名称"),
                self.tr("项目"),
                self.tr("到期日"),
                self.tr("情况"),
            ],
            [
                [
                    a.asset_tag,
                    a.item_name,
                    label(a.kind_label),
                    a.due_on.isoformat(),
                    self.tr("已逾期 {n} 天").format(n=(today - a.due_on).days)
                    if a.state is DueState.OVERDUE
                    else self.tr("{n} 天后到期").format(n=(a.due_on - today).days),
                ]
                for a in self.alerts
            ],
        )
        for i, a in enumerate(self.alerts):
            if a.state is DueState.OVERDUE:
                cell(self.table, i, 4).setForeground(QBrush(RED))
        self.empty_label = QLabel(self.tr("近期没有到期的保养项目。"))
        self.empty_label.setVisible(not self.alerts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(close_buttons(self))
        self.resize(720, 420)


# --- the page ----------------------------------------------------------------------------------


def _filter_combo(everything: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


# --- labels and status actions ----------------------------------------------------------------


class LabelPrintDialog(QDialog):
    """打印标签…: which items (the selected ones or the filtered list), the label stock
    (columns × rows, label size) and how many labels of a started sheet are already used."""

    # (text, cols, rows, width mm, height mm); the first is app.documents' default sheet
    PRESETS: ClassVar[tuple[tuple[str, int, int, float, float], ...]] = (
        (QT_TRANSLATE_NOOP("LabelPrintDialog", "A4 标签纸 3×8（70×37 毫米）"), 3, 8, 70.0, 37.0),
        (QT_TRANSLATE_NOOP("LabelPrintDialog", "A4 标签纸 3×7（63.5×38.1 毫米）"), 3, 7, 63.5, 38.1),
        (QT_TRANSLATE_NOOP("LabelPrintDialog", "A4 标签纸 2×5（99×57 毫米）"), 2, 5, 99.0, 57.0),
    )

    def __init__(
        self, selected: list[str], listed: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印标签"))
        self.selected_ids, self.listed_ids = list(selected), list(listed)
        self.selected_radio = QRadioButton(
            self.tr("选中的装备（{n} 件）").format(n=len(self.selected_ids))
        )
        self.listed_radio = QRadioButton(
            self.tr("当前筛选列表中的全部装备（{n} 件）").format(n=len(self.listed_ids))
        )
        self.selected_radio.setEnabled(bool(self.selected_ids))
        (self.selected_radio if self.selected_ids else self.listed_radio).setChecked(True)
        self.preset_combo = QComboBox()
        for text, *_ in self.PRESETS:
            self.preset_combo.addItem(self.tr(text))
        self.preset_combo.addItem(self.tr("自定义"))
        self.cols_spin = QSpinBox()
        self.cols_spin.setRange(1, 20)
        self.rows_spin = QSpinBox()
        self.rows_spin.setRange(1, 40)
        self.width_spin = QDoubleSpinBox()
        self.height_spin = QDoubleSpinBox()
        for spin in (self.width_spin, self.height_spin):
            spin.setRange(10.0, 297.0)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" 毫米"))
        self.skip_spin = QSpinBox()
        self.skip_spin.setToolTip(self.tr("已用过的标签数：从这张标签纸的第 N+1 个位置开始打印"))
        self.summary_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        size_row = QHBoxLayout()
        size_row.addWidget(self.cols_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.rows_spin)
        size_row.addStretch(1)
        label_row = QHBoxLayout()
        label_row.addWidget(self.width_spin)
        label_row.addWidget(QLabel("×"))
        label_row.addWidget(self.height_spin)
        label_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("打印范围"), self.selected_radio)
        form.addRow("", self.listed_radio)
        form.addRow(self.tr("标签纸(&S)"), self.preset_combo)
        form.addRow(self.tr("每页列数 × 行数"), size_row)
        form.addRow(self.tr("标签尺寸（宽 × 高）"), label_row)
        form.addRow(self.tr("跳过已用标签(&K)"), self.skip_spin)
        form.addRow("", self.summary_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("预览(&P)…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._apply_preset(0)
        self.preset_combo.currentIndexChanged.connect(self._apply_preset)
        for box in (self.cols_spin, self.rows_spin, self.width_spin, self.height_spin):
            box.valueChanged.connect(lambda _v: self._custom())
        for w in (self.selected_radio, self.listed_radio):
            w.toggled.connect(lambda _c: self._update())
        self.skip_spin.valueChanged.connect(lambda _v: self._update())

    def _apply_preset(self, index: int) -> None:
        if index >= len(self.PRESETS):
            return
        _, cols, rows, w, h = self.PRESETS[index]
        for spin in (self.cols_spin, self.rows_spin, self.width_spin, self.height_spin):
            spin.blockSignals(True)
        self.cols_spin.setValue(cols)
        self.rows_spin.setValue(rows)
        self.width_spin.setValue(w)
        self.height_spin.setValue(h)
        for spin in (self.cols_spin, self.rows_spin, self.width_spin, self.height_spin):
            spin.blockSignals(False)
        self._update()

    def _custom(self) -> None:
        values = (
            self.cols_spin.value(),
            self.rows_spin.value(),
            self.width_spin.value(),
            self.height_spin.value(),
        )
        i = next((j for j, p in enumerate(self.PRESETS) if tuple(p[1:]) == values), None)
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(len(self.PRESETS) if i is None else i)
        self.preset_combo.blockSignals(False)
        self._update()

    def item_ids(self) -> list[str]:
        """The items to print, in list order."""
        return self.selected_ids if self.selected_radio.isChecked() else self.listed_ids

    def grid(self) -> LabelGrid:
        """The label stock as chosen (centred on A4)."""
        return LabelGrid(
            cols=self.cols_spin.value(),
            rows=self.rows_spin.value(),
            label_width_mm=self.width_spin.value(),
            label_height_mm=self.height_spin.value(),
        )

    def skip(self) -> int:
        return self.skip_spin.value()

    def _update(self) -> None:
        grid = self.grid()
        self.skip_spin.setRange(0, max(0, grid.per_page - 1))
        n = len(self.item_ids())
        self.summary_label.setText(
            self.tr("每页 {per} 个，共 {n} 个标签，需 {pages} 页").format(
                per=grid.per_page, n=n, pages=label_pages(n, grid, self.skip())
            )
        )
        self.ok_button.setEnabled(n > 0)

    def accept(self) -> None:  # override QDialog.accept: the grid must fit the page
        try:
            self.grid().validate()
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        if not self.item_ids():
            return
        super().accept()


class ItemStatusDialog(ServiceDialog):
    """送修 / 修复入库 / 报废 / 遗失 / 找到: one status change with its reason
    → equipment.set_item_status."""

    ACTIONS: ClassVar[dict[str, tuple[str, ItemStatus]]] = {
        "repair": (QT_TRANSLATE_NOOP("ItemStatusDialog", "送修"), ItemStatus.REPAIR),
        "repaired": (QT_TRANSLATE_NOOP("ItemStatusDialog", "修复入库"), ItemStatus.IN_STORE),
        "retire": (QT_TRANSLATE_NOOP("ItemStatusDialog", "报废处置"), ItemStatus.RETIRED),
        "lost": (QT_TRANSLATE_NOOP("ItemStatusDialog", "登记遗失"), ItemStatus.LOST),
        "found": (QT_TRANSLATE_NOOP("ItemStatusDialog", "找回入库"), ItemStatus.IN_STORE),
    }

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        item: ItemInfo,
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        text, self.to = self.ACTIONS[action]
        super().__init__(
            QCoreApplication.translate("ItemStatusDialog", "{action} {tag}").format(
                action=QCoreApplication.translate("ItemStatusDialog", text), tag=item.asset_tag
            ),
            parent,
        )
        self.ctx, self.actor, self.item, self.action = ctx, actor, item, action
        self.saved: ItemInfo | None = None
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("例如：屏幕损坏 / 执勤时丢失 / 在值班室找到"))
        self.form.addRow(self.tr("装备"), QLabel(_item_line(item)))
        self.form.addRow(self.tr("当前状态"), QLabel(status_text(item.status)))
        self.form.addRow(self.tr("改为"), QLabel(status_text(self.to)))
        self.form.addRow(self.tr("原因(&R)"), self.reason_edit)
        self.fields = {"reason": self.reason_edit}
        self.reason_edit.setFocus()

    def submit(self) -> None:  # override ServiceDialog.submit
        self.saved = eq.set_item_status(
            self.ctx, self.actor, self.item.id, self.to, reason=self.reason_edit.text()
        )


class TransferDialog(ServiceDialog):
    """调拨: move an item to another storage place → equipment.transfer_item."""

    def __init__(
        self, ctx: AppContext, actor: Actor, item: ItemInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("TransferDialog", "调拨 {tag}").format(tag=item.asset_tag),
            parent,
        )
        self.ctx, self.actor, self.item = ctx, actor, item
        self.saved: ItemInfo | None = None
        self.location_combo = QComboBox()
        self.location_combo.setEditable(True)
        self.location_combo.addItems([x for x in eq.locations(ctx) if x != item.location])
        self.location_combo.setCurrentText("")
        self.note_edit = QLineEdit()
        self.form.addRow(self.tr("装备"), QLabel(_item_line(item)))
        self.form.addRow(self.tr("现存放地点"), QLabel(item.location or "—"))
        self.form.addRow(self.tr("调往(&T)"), self.location_combo)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.fields = {"location": self.location_combo, "note": self.note_edit}
        self.location_combo.setFocus()

    def submit(self) -> None:  # override ServiceDialog.submit
        self.saved = eq.transfer_item(
            self.ctx,
            self.actor,
            self.item.id,
            self.location_combo.currentText(),
            note=self.note_edit.text(),
        )


class IssueDialog(ServiceDialog):
    """发放: hand out units of a consumable → equipment.issue_consumable."""

    def __init__(
        self, ctx: AppContext, actor: Actor, item: ItemInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("IssueDialog", "发放 {tag}").format(tag=item.asset_tag),
            parent,
        )
        self.ctx, self.actor, self.item = ctx, actor, item
        self.saved: ItemInfo | None = None
        self.person_combo = PersonCombo(ctx)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, max(1, item.quantity))
        self.note_edit = QLineEdit()
        self.form.addRow(self.tr("装备"), QLabel(_item_line(item)))
        self.form.addRow(self.tr("库存"), QLabel(str(item.quantity)))
        self.form.addRow(self.tr("领取人(&P)"), self.person_combo)
        self.form.addRow(self.tr("数量(&Q)"), self.quantity_spin)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.fields = {
            "staff_id": self.person_combo,
            "quantity": self.quantity_spin,
            "note": self.note_edit,
        }
        self.person_combo.setFocus()

    def submit(self) -> None:  # override ServiceDialog.submit
        staff_id = self.person_combo.staff_id()
        if staff_id is None:
            raise FormRefused(self.tr("请从列表中选择领取人。"), "staff_id")
        self.saved = eq.issue_consumable(
            self.ctx,
            self.actor,
            self.item.id,
            staff_id,
            self.quantity_spin.value(),
            note=self.note_edit.text(),
        )


class EquipmentPage(QWidget):
    """装备: the register with its filters, scanner search and actions."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.active_dialog: QDialog | None = None
        self.task_running = False
        self.last_path: Path | None = None  # the last file written or read (tests, messages)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("equipmentSearch")
        self.search_edit.setPlaceholderText(self.tr("资产编号、名称、型号、序列号（可用扫码枪）"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(300)
        self.category_combo = _filter_combo(
            self.tr("全部类别"),
            [(category_text(c.name), c.code) for c in eq.standard(self.ctx).categories],
        )
        self.status_combo = _filter_combo(
            self.tr("全部状态"), [(status_text(s), s.value) for s in ItemStatus]
        )
        self.location_combo = _filter_combo(self.tr("全部位置"), [])
        self.holder_combo = _filter_combo(self.tr("全部领用人"), [])
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear_filters)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search_entered)
        for combo in (
            self.category_combo,
            self.status_combo,
            self.location_combo,
            self.holder_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        self.model = ItemModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # labels
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        size_sections(self.table.horizontalHeader(), (150, 110, 280, 150, 80, 80, 80))
        self.table.doubleClicked.connect(
            lambda index: self.open_item(self.model.item_id(index.row()))
        )
        self.table.activated.connect(lambda index: self.open_item(self.model.item_id(index.row())))

        self.register_button = QPushButton(self.tr("登记(&N)…"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.checkout_button = QPushButton(self.tr("领用(&O)…"))
        self.return_button = QPushButton(self.tr("归还(&R)…"))
        self.maintenance_button = QPushButton(self.tr("维护(&M)…"))
        self.stocktake_button = QPushButton(self.tr("盘点(&T)…"))
        self.import_button = QPushButton(self.tr("导入(&I)…"))
        self.export_button = QPushButton(self.tr("导出(&X)…"))
        self.compliance_button = QPushButton(self.tr("合规检查(&C)"))
        self.overdue_button = QPushButton(self.tr("逾期未还"))
        self.alerts_button = QPushButton(self.tr("到期提醒"))
        self.labels_button = QPushButton(self.tr("打印标签(&L)…"))
        self.labels_button.clicked.connect(self.print_labels)
        self.status_button = QPushButton(self.tr("状态变更(&S)"))
        self.status_menu = QMenu(self)
        self.status_actions: dict[str, Any] = {}
        for key, text in (
            ("repair", self.tr("送修…")),
            ("repaired", self.tr("修复入库…")),
            ("retire", self.tr("报废…")),
            ("lost", self.tr("遗失…")),
            ("found", self.tr("找到…")),
            ("transfer", self.tr("调拨…")),
            ("issue", self.tr("发放…")),
        ):
            action = self.status_menu.addAction(text)
            action.triggered.connect(self._status_slot(key))
            self.status_actions[key] = action
        self.status_button.setMenu(self.status_menu)
        self.register_button.clicked.connect(self.register_item)
        self.edit_button.clicked.connect(lambda: self.edit_item())
        self.checkout_button.clicked.connect(lambda: self.check_out())
        self.return_button.clicked.connect(lambda: self.return_item())
        self.maintenance_button.clicked.connect(lambda: self.maintenance())
        self.stocktake_button.clicked.connect(self.stocktake)
        self.import_button.clicked.connect(self.import_ledger)
        self.export_button.clicked.connect(self.export_ledger)
        self.compliance_button.clicked.connect(self.show_compliance)
        self.overdue_button.clicked.connect(self.show_overdue)
        self.alerts_button.clicked.connect(self.show_alerts)
        can = actor.can(Permission.MANAGE_EQUIPMENT)
        for b in (
            self.register_button,
            self.edit_button,
            self.checkout_button,
            self.return_button,
            self.status_button,
            self.stocktake_button,
            self.import_button,
        ):
            b.setVisible(can)

        self.count_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for w in (self.category_combo, self.status_combo, self.location_combo, self.holder_combo):
            filters.addWidget(w)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for b in (
            self.register_button,
            self.edit_button,
            self.checkout_button,
            self.return_button,
            self.maintenance_button,
            self.status_button,
        ):
            buttons.addWidget(b)
        buttons.addSpacing(16)
        for b in (
            self.stocktake_button,
            self.import_button,
            self.export_button,
            self.labels_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        bottom = QHBoxLayout()  # the reports sit under the table: the row above is full in English
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        for b in (self.compliance_button, self.overdue_button, self.alerts_button):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search_edit, self.category_combo)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.setFocusProxy(self.search_edit)
        self.refresh()

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("装备")

    # --- loading and filters ---------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices, the list and the alert counts; keep the selection."""
        selected = self.selected_id()
        self._refill(self.location_combo, [(loc, loc) for loc in eq.locations(self.ctx)])
        self._refill(self.holder_combo, [(p.name, p.id) for p in staff.list_staff(self.ctx)])
        self.apply_filter(keep=selected)
        self._update_alerts()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        i = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    def current_filter(self) -> ItemFilter:
        """The filter row as an ItemFilter."""
        cat = self.category_combo.currentData()
        status = self.status_combo.currentData()
        return ItemFilter(
            text=self.search_edit.text().strip(),
            categories=(str(cat),) if cat else (),
            statuses=(ItemStatus(status),) if status else (),
            location=self.location_combo.currentData() or None,
            holder_staff_id=self.holder_combo.currentData() or None,
        )

    def apply_filter(self, keep: str | None = None) -> None:
        """Re-query the ids with the filter row (and select `keep` again when shown)."""
        self._search_timer.stop()
        self.model.reload(self.current_filter())
        self._update_count()
        if keep:
            self.select_item(keep)
        self._update_buttons()

    def clear_filters(self) -> None:
        """清除筛选: show every item."""
        for combo in (
            self.category_combo,
            self.status_combo,
            self.location_combo,
            self.holder_combo,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filter()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in ItemModel.SORT_KEYS:  # no SQL order for this column: keep the last one
            header = self.table.horizontalHeader()
            current = next(c for c, k in ItemModel.SORT_KEYS.items() if k == self.model.sort_key)
            header.blockSignals(True)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 {n} 件").format(n=self.model.rowCount()))

    def _update_alerts(self) -> None:
        overdue = len(eq.overdue_loans(self.ctx))
        due = len(eq.maintenance_alerts(self.ctx))
        self.overdue_button.setText(self.tr("逾期未还 ({n})").format(n=overdue))
        self.alerts_button.setText(self.tr("到期提醒 ({n})").format(n=due))
        self.overdue_button.setStyleSheet(ERROR_STYLE if overdue else "")
        self.alerts_button.setStyleSheet("color: #ef6c00;" if due else "")

    # --- the scanner -----------------------------------------------------------------------

    def search_entered(self) -> None:
        """Enter in the search field: an exact asset tag (a scanner ends with Enter) opens that
        item; anything else just searches."""
        text = self.search_edit.text()
        info = eq.find_by_tag(self.ctx, text) if text.strip() else None
        if info is None:
            self.apply_filter()
            tag = normalize_scanned_tag(text)
            if parse_tag(tag) is not None and self.model.rowCount() == 0:
                self._say(self.tr("没有资产编号为 {tag} 的装备。").format(tag=tag), error=True)
            elif self.model.rowCount():
                self.table.selectRow(0)
            return
        self.message_label.hide()
        self.apply_filter()
        if self.model.row_of(info.id) < 0:  # hidden by the other filters: show everything
            for combo in (
                self.category_combo,
                self.status_combo,
                self.location_combo,
                self.holder_combo,
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.apply_filter()
        self.select_item(info.id)
        self.search_edit.selectAll()  # the next scan replaces the text
        self.open_item(info.id)

    # --- selection -------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_id(rows[0].row()) if rows else None

    def selected_item(self) -> ItemInfo | None:
        """The selected item, fresh from the store."""
        item_id = self.selected_id()
        if item_id is None:
            return None
        try:
            return eq.get_item(self.ctx, item_id)
        except DomainError as exc:
            self._say(error_text(exc), error=True)
            return None

    def select_item(self, item_id: str) -> None:
        """Select and show the row of `item_id` (when it is in the list)."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        item_id = self.selected_id()
        r = self.model.cache.get(item_id) if item_id else None
        if item_id and r is None:
            r = self.model.row_data(self.model.row_of(item_id))
        cat = eq.standard(self.ctx).category(r.category) if r else None
        for b in (self.edit_button, self.maintenance_button):
            b.setEnabled(r is not None)
        self.checkout_button.setEnabled(
            r is not None and r.status is ItemStatus.IN_STORE and not (cat and cat.consumable)
        )
        self.return_button.setEnabled(r is not None and r.status is ItemStatus.CHECKED_OUT)
        self.status_button.setEnabled(r is not None)
        if r is not None:
            status = ItemStatus(r.status)
            consumable = bool(cat and cat.consumable)
            for key, allowed in (
                ("repair", status in (ItemStatus.IN_STORE,)),
                ("repaired", status is ItemStatus.REPAIR),
                ("retire", status in (ItemStatus.IN_STORE, ItemStatus.REPAIR, ItemStatus.LOST)),
                ("lost", status in (ItemStatus.IN_STORE, ItemStatus.CHECKED_OUT, ItemStatus.REPAIR)),
                ("found", status is ItemStatus.LOST),
                ("transfer", status is not ItemStatus.RETIRED),
                ("issue", consumable and status is ItemStatus.IN_STORE),
            ):
                self.status_actions[key].setEnabled(allowed)

    # --- dialogs ---------------------------------------------------------------------------

    def show_dialog(self, dialog: QDialog, on_accept: Callable[[], None] | None = None) -> None:
        """Open `dialog` window-modally without blocking; refresh when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept or self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _with_item(self, item_id: str | None = None) -> ItemInfo | None:
        if item_id is None:
            return self.selected_item()
        try:
            return eq.get_item(self.ctx, item_id)
        except DomainError as exc:
            self._say(error_text(exc), error=True)
            return None

    def open_item(self, item_id: str | None) -> None:
        """Show one item with the actions it allows."""
        item = self._with_item(item_id) if item_id else None
        if item is None:
            return
        dialog = ItemDetailDialog(self.ctx, self.actor, item, self)
        dialog.action_requested.connect(lambda action: self._item_action(item.id, action))
        self.show_dialog(dialog, on_accept=lambda: None)

    def _item_action(self, item_id: str, action: str) -> None:
        {
            "checkout": self.check_out,
            "return": self.return_item,
            "maintenance": self.maintenance,
            "edit": self.edit_item,
        }[action](item_id)

    def register_item(self) -> None:
        """登记: a new item."""
        dialog = ItemDialog(self.ctx, self.actor, None, self)
        self.show_dialog(dialog, on_accept=lambda: self._saved(dialog))

    def _saved(self, dialog: ItemDialog) -> None:
        self.refresh()
        if dialog.saved is not None:
            if self.model.row_of(dialog.saved.id) < 0:
                self.clear_filters()
            self.select_item(dialog.saved.id)
            self._say(self.tr("已保存：{tag}").format(tag=dialog.saved.asset_tag))

    def edit_item(self, item_id: str | None = None) -> None:
        """编辑 the selected (or given) item."""
        item = self._with_item(item_id)
        if item is not None and self.actor.can(Permission.MANAGE_EQUIPMENT):
            dialog = ItemDialog(self.ctx, self.actor, item, self)
            self.show_dialog(dialog, on_accept=lambda: self._saved(dialog))

    def check_out(self, item_id: str | None = None) -> None:
        """领用 the selected (or given) item."""
        item = self._with_item(item_id)
        if item is not None and self.actor.can(Permission.MANAGE_EQUIPMENT):
            self.show_dialog(CheckOutDialog(self.ctx, self.actor, item, self))

    def return_item(self, item_id: str | None = None) -> None:
        """归还 the selected (or given) item."""
        item = self._with_item(item_id)
        if item is not None and self.actor.can(Permission.MANAGE_EQUIPMENT):
            self.show_dialog(ReturnDialog(self.ctx, self.actor, item, self))

    def maintenance(self, item_id: str | None = None) -> None:
        """维护: schedules and records of the selected (or given) item."""
        item = self._with_item(item_id)
        if item is not None:
            dialog = MaintenanceDialog(self.ctx, self.actor, item, self)
            dialog.finished.connect(lambda _r: self._update_alerts())
            self.show_dialog(dialog)

    def stocktake(self) -> None:
        """盘点: the stock-taking dialog (resumes an open session)."""
        from ui.pages.stocktake import StocktakeDialog

        dialog = StocktakeDialog(self.ctx, self.actor, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self.show_dialog(dialog)

    def selected_ids(self) -> list[str]:
        """The ids of every selected row, in list order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [x for x in (self.model.item_id(r) for r in rows) if x]

    def listed_ids(self) -> list[str]:
        """The ids of the filtered list, in list order."""
        return [x for x in (self.model.item_id(r) for r in range(self.model.rowCount())) if x]

    def print_labels(self) -> None:
        """打印标签…: choose items and label stock, then the sheets in the print preview."""
        dialog = LabelPrintDialog(self.selected_ids(), self.listed_ids(), self)
        self.show_dialog(dialog, on_accept=lambda: self._preview_labels(dialog))

    def _preview_labels(self, dialog: LabelPrintDialog) -> None:
        from ui.pdf_outputs import preview_pdf

        ctx, ids, grid, skip = self.ctx, dialog.item_ids(), dialog.grid(), dialog.skip()
        self._say(self.tr("正在生成 {n} 个标签……").format(n=len(ids)))
        preview_pdf(
            self,
            lambda: eq_reports.labels_pdf(ctx, ids, grid, skip=skip),
            self.tr("装备标签（{n} 个）").format(n=len(ids)),
            self.tr("装备标签-{day}.pdf").format(day=ctx.clock.today()),
            on_error=lambda text: self._say(text, error=True),
            on_shown=lambda _d: self.message_label.hide(),
        )

    def _status_slot(self, action: str) -> Callable[[], None]:
        return lambda: self.change_status(action)

    def change_status(self, action: str, item_id: str | None = None) -> None:
        """送修 / 修复入库 / 报废 / 遗失 / 找到 / 调拨 / 发放 of the selected (or given) item."""
        item = self._with_item(item_id)
        if item is None or not self.actor.can(Permission.MANAGE_EQUIPMENT):
            return
        dialog: ServiceDialog
        if action == "transfer":
            dialog = TransferDialog(self.ctx, self.actor, item, self)
        elif action == "issue":
            dialog = IssueDialog(self.ctx, self.actor, item, self)
        else:
            dialog = ItemStatusDialog(self.ctx, self.actor, item, action, self)
        self.show_dialog(dialog, on_accept=lambda: self._status_changed(item.id))

    def _status_changed(self, item_id: str) -> None:
        self.refresh()
        self.select_item(item_id)
        info = self._with_item(item_id)
        if info is not None:
            self._say(
                self.tr("{tag}：{status}，{place}").format(
                    tag=info.asset_tag, status=status_text(info.status), place=info.location or "—"
                )
            )

    def show_compliance(self) -> None:
        """合规检查."""
        self.show_dialog(ComplianceDialog(self.ctx, self), on_accept=lambda: None)

    def show_overdue(self) -> None:
        """逾期未还."""
        self.show_dialog(OverdueDialog(self.ctx, self), on_accept=lambda: None)

    def show_alerts(self) -> None:
        """到期提醒."""
        self.show_dialog(MaintenanceAlertsDialog(self.ctx, self), on_accept=lambda: None)

    # --- files (read and written on the thread pool) -----------------------------------------

    def import_ledger(self) -> None:
        """导入: choose an .xlsx, preview it off the GUI thread, then the preview dialog."""
        if self.task_running:
            return
        path = FilePicker.open_xlsx(self, self.tr("导入装备台账"))
        if path is None:
            return
        ctx = self.ctx
        self._start_task(self.tr("正在读取 {name}……").format(name=path.name))
        run_in_background(
            lambda: eq_import.preview_import(ctx, path),
            lambda preview: self._previewed(path, preview),
            self._task_failed,
        )

    def _previewed(self, path: Path, preview: eq_import.ImportPreview) -> None:
        if not shiboken6.isValid(self):
            return
        self._end_task()
        self.message_label.hide()
        self.last_path = path
        dialog = ImportPreviewDialog(self.ctx, self.actor, path, preview, self)
        self.show_dialog(dialog, on_accept=lambda: self._imported(dialog))

    def _imported(self, dialog: ImportPreviewDialog) -> None:
        self.refresh()
        n = len(dialog.imported or [])
        self._say(self.tr("已导入 {n} 件装备。").format(n=n))

    def export_ledger(self) -> None:
        """导出: the filtered register as an .xlsx ledger (written off the GUI thread)."""
        if self.task_running:
            return
        path = FilePicker.save_xlsx(
            self,
            self.tr("导出装备台账"),
            self.tr("装备台账-{day}.xlsx").format(day=self.ctx.clock.today()),
        )
        if path is None:
            return
        ctx, flt = self.ctx, self.current_filter()
        self._start_task(self.tr("正在导出……"))
        run_in_background(
            lambda: eq_import.export_items(ctx, path, flt),
            lambda n: self._exported(path, n),
            self._task_failed,
        )

    def _exported(self, path: Path, n: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._end_task()
        self.last_path = path
        self._say(self.tr("已导出 {n} 件到 {path}").format(n=n, path=str(path)))

    def _start_task(self, text: str) -> None:
        self.task_running = True
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self._say(text)

    def _end_task(self) -> None:
        self.task_running = False
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def _task_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._end_task()
        self._say(error_text(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
        self.message_label.show()
