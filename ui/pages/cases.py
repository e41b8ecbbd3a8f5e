"""案件: the 100,000-case list (ids only, rows fetched a page at a time), its filters and search,
the registration form (受案登记), the quick on-the-spot form (简易程序) and the ledger export."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.certificates import StaffKind
from app.rules.deadlines import Urgency
from app.rules.identity import id_number_problem, uscc_problem
from app.rules.roles import Permission
from app.rules.workflow import (
    STATUS_LABELS,
    SUMMARY_LIMIT_CITIZEN_FEN,
    SUMMARY_LIMIT_ORGANISATION_FEN,
    PartyType,
    Procedure,
    Status,
)
from app.services import case_deadlines, case_documents, case_search, cases, staff
from app.services.case_deadlines import DEADLINE_LABELS, DeadlineInfo
from app.services.case_search import CaseFilter, CaseRow, CaseSort, FactField, ItemChoice
from app.services.cases import PROCEDURE_LABELS, SOURCE_LABELS, CaseSource, PartyInput
from app.services.staff import StaffInfo
from ui.errors import error_text
from ui.pages._forms import (
    size_sections,
    DATE_FORMAT,
    ERROR_STYLE,
    OK_STYLE,
    FormRefused,
    ServiceDialog,
    from_qdate,
    label,
    setup_table,
    to_qdate,
)
from ui.tasks import run_in_background

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_CTX = "CasesPage"

PAGE_SIZE = 200  # ids fetched per case_rows() call
SEARCH_DELAY_MS = 250
OVERDUE_COLOUR = QColor("#c62828")
OVERDUE_BACKGROUND = QColor("#fdecea")
DUE_SOON_COLOUR = QColor("#e65100")
DUE_SOON_BACKGROUND = QColor("#fff4e0")
HINT_STYLE = "color: #666;"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`."""
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def yuan_text(fen: int) -> str:
    """Fen as '1,234.50' (no trailing .00)."""
    if fen % 100 == 0:
        return f"{fen // 100:,}"
    return f"{fen / 100:,.2f}"


def fen_of(yuan: float) -> int:
    """A spin box's yuan value as integer fen."""
    return round(yuan * 100)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    """A local QDateTime as an aware datetime."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


def deadline_text(info: DeadlineInfo) -> str:
    """'12-05 作出决定' (with （暂定） when computed without holiday data)."""
    text = f"{info.due_on:%m-%d} {label(DEADLINE_LABELS[info.kind])}"
    if info.provisional:
        text += QCoreApplication.translate("CasesPage", "（暂定）")
    return text


def handler_choices(ctx: AppContext) -> list[StaffInfo]:
    """Sworn members who may handle a case today (the officer combos)."""
    today = ctx.clock.today()
    return [p for p in staff.list_staff(ctx, kind=StaffKind.SWORN)
            if staff.eligibility(p, today).ok]


def second_officers(people: list[StaffInfo], me: StaffInfo | None) -> list[StaffInfo]:
    """Candidates for the second officer, members before leaders (a leader who handles a
    case may not decide it)."""
    from app.rules.certificates import StaffPosition

    rest = [p for p in people if me is None or p.id != me.id]
    return sorted(rest, key=lambda p: p.position is StaffPosition.LEADER)


def staff_of(ctx: AppContext, actor: Actor) -> StaffInfo | None:
    """The logged-in user's staff record, if linked."""
    return next((p for p in staff.list_staff(ctx) if p.user_id and p.user_id == actor.user_id),
                None)


# --- the list model -------------------------------------------------------------------------


class CaseListModel(QAbstractTableModel):
    """The sorted id list of the filter; rows fetched PAGE_SIZE ids at a time, cached by id."""

    NUMBER, PROCEDURE, STATUS, PARTY, ITEM, DISCOVERED, HANDLER, FINE, DEADLINE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseListModel", "案号"),
        QT_TRANSLATE_NOOP("CaseListModel", "程序"),
        QT_TRANSLATE_NOOP("CaseListModel", "状态"),
        QT_TRANSLATE_NOOP("CaseListModel", "当事人"),
        QT_TRANSLATE_NOOP("CaseListModel", "事项"),
        QT_TRANSLATE_NOOP("CaseListModel", "发现日期"),
        QT_TRANSLATE_NOOP("CaseListModel", "承办人"),
        QT_TRANSLATE_NOOP("CaseListModel", "罚款"),
        QT_TRANSLATE_NOOP("CaseListModel", "期限"),
    )
    # column → (ascending sort, descending sort); columns not here are not sortable
    SORTS: ClassVar[dict[int, tuple[CaseSort, CaseSort]]] = {
        NUMBER: (CaseSort.NUMBER, CaseSort.NUMBER_DESC),
        STATUS: (CaseSort.STATUS, CaseSort.STATUS),
        PARTY: (CaseSort.PARTY, CaseSort.PARTY),
        DISCOVERED: (CaseSort.DISCOVERED, CaseSort.DISCOVERED_DESC),
        FINE: (CaseSort.FINE_DESC, CaseSort.FINE_DESC),
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[str] = []
        self.rows: dict[str, CaseRow] = {}
        self.due: dict[str, DeadlineInfo] = {}
        self.filter = CaseFilter()
        self.sort_key = CaseSort.DISCOVERED_DESC
        self.item_names: dict[str, str] = {}

    def set_query(self, f: CaseFilter | None = None, sort: CaseSort | None = None) -> None:
        """Re-query the id list (filter and sort in SQL); drops the row cache."""
        self.beginResetModel()
        if f is not None:
            self.filter = f
        if sort is not None:
            self.sort_key = sort
        self.ids = case_search.case_ids(self.ctx, self.filter, self.sort_key)
        self.rows.clear()
        self.due.clear()
        self.endResetModel()

    def reload_rows(self) -> None:
        """Drop the cached rows (after a change) and repaint."""
        self.rows.clear()
        self.due.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, 8))

    def row_of(self, case_id: str) -> int:
        """Row of `case_id` in the list, -1 when filtered out."""
        try:
            return self.ids.index(case_id)
        except ValueError:
            return -1

    def case_row(self, row: int) -> CaseRow | None:
        """The row's data, fetching its page when not cached."""
        if not 0 <= row < len(self.ids):
            return None
        case_id = self.ids[row]
        found = self.rows.get(case_id)
        if found is None:
            start = row - row % PAGE_SIZE
            page = self.ids[start:start + PAGE_SIZE]
            for r in case_search.case_rows(self.ctx, page):
                self.rows[r.id] = r
            self.due.update(case_deadlines.next_due_by_case(self.ctx, page))
            found = self.rows.get(case_id)
        return found

    def rowCount(self, parent: _Index = _ROOT) -> int:  # override
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # override
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:  # override: never fetches
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # override QAbstractTableModel.headerData
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CaseListModel", self.HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section in self.SORTS:
                return QCoreApplication.translate("CaseListModel", "点击按此列排序")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # override
        pair = self.SORTS.get(column)
        if pair is None:
            return
        key = pair[0] if order == Qt.SortOrder.AscendingOrder else pair[1]
        if key != self.sort_key:
            self.set_query(sort=key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole,
        ):
            return None
        r = self.case_row(index.row())
        if r is None:
            return None
        col = index.column()
        due = self.due.get(r.id)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return r.number
            if col == self.PROCEDURE:
                return label(PROCEDURE_LABELS[r.procedure])
            if col == self.STATUS:
                return label(r.status_label)
            if col == self.PARTY:
                return r.party_name
            if col == self.ITEM:
                return self.item_names.get(r.item_code, r.item_code)
            if col == self.DISCOVERED:
                return r.discovered_on.isoformat()
            if col == self.HANDLER:
                return r.lead_handler or ""
            if col == self.FINE:
                return yuan_text(r.fine_fen) if r.fine_fen else ""
            if col == self.DEADLINE:
                return deadline_text(due) if due else ""
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.FINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif col == self.DEADLINE and due is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                if due.urgency is Urgency.OVERDUE:
                    return QBrush(OVERDUE_COLOUR)
                if due.urgency is Urgency.DUE_SOON:
                    return QBrush(DUE_SOON_COLOUR)
            if role == Qt.ItemDataRole.BackgroundRole:
                if due.urgency is Urgency.OVERDUE:
                    return QBrush(OVERDUE_BACKGROUND)
                if due.urgency is Urgency.DUE_SOON:
                    return QBrush(DUE_SOON_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole:
                state = {Urgency.OVERDUE: QCoreApplication.translate("CasesPage", "已逾期"), Urgency.DUE_SOON: QCoreApplication.translate("CasesPage", "即将到期"),
                         Urgency.OK: QCoreApplication.translate("CasesPage", "未到期")}.get(due.urgency or Urgency.OK, "")
                return QCoreApplication.translate("CasesPage", "{kind}期限：{day}（{state}）").format(
                    kind=label(DEADLINE_LABELS[due.kind]), day=due.due_on.isoformat(),
                    state=state)
        elif role == Qt.ItemDataRole.ToolTipRole and col in (self.PARTY, self.ITEM):
            return r.place if col == self.PARTY else r.item_code
        return None


# --- form pieces ----------------------------------------------------------------------------


class ItemCombo(QComboBox):
    """Catalog item with type-ahead (code, name or domain; any part of the text)."""

    def __init__(self, items: list[ItemChoice], parent: QWidget | None = None,
                 *, everything: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choices: dict[str, ItemChoice] = {}
        if everything is not None:
            self.addItem(everything, "")
        for i in items:
            self.choices[i.code] = i
            self.addItem(f"{i.code} {i.name}（{i.domain}）", i.code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        # show a long item's code and the start of its name, not the end
        self.currentIndexChanged.connect(lambda _i: self.lineEdit().setCursorPosition(0))
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def code(self) -> str:
        """The chosen item's code ('' for none or text that matches no item)."""
        i = self.findText(self.currentText())
        return str(self.itemData(i) or "") if i >= 0 else ""

    def choice(self) -> ItemChoice | None:
        """The chosen catalog item."""
        return self.choices.get(self.code())

    def set_code(self, code: str) -> None:
        """Choose the item `code`."""
        i = self.findData(code)
        if i >= 0:
            self.setCurrentIndex(i)


class StaffCombo(QComboBox):
    """A certified officer (or none)."""

    def __init__(self, people: list[StaffInfo], current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(QCoreApplication.translate("CasesPage", "（未指定）"), "")
        for p in people:
            self.addItem(f"{p.name}（{p.cert_number or ''}）", p.id)
        i = self.findData(current) if current else 0
        self.setCurrentIndex(max(i, 0))

    def staff_id(self) -> str:
        """The chosen member's id ('' for none)."""
        return str(self.currentData() or "")


class IdentityField(QWidget):
    """ID number (公民) or USCC (组织) with a live check-digit message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party_type = PartyType.CITIZEN
        self.edit = QLineEdit()
        self.edit.setMaxLength(22)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit)
        lay.addWidget(self.status)
        self.edit.textChanged.connect(lambda _t: self.check())
        self.setFocusProxy(self.edit)
        self.set_party_type(PartyType.CITIZEN)

    def set_party_type(self, party_type: PartyType) -> None:
        """Switch between ID number and USCC."""
        self.party_type = party_type
        self.edit.setPlaceholderText(
            QCoreApplication.translate("CasesPage", "18 位居民身份证号码（可不填）") if party_type is PartyType.CITIZEN
            else QCoreApplication.translate("CasesPage", "18 位统一社会信用代码（可不填）"))
        self.check()

    def check(self) -> str | None:
        """Show and return the problem with the text (None when empty or valid)."""
        text = "".join(self.edit.text().split())
        if not text:
            self.status.setText("")
            self.status.hide()
            return None
        problem = (id_number_problem(text) if self.party_type is PartyType.CITIZEN
                   else uscc_problem(text))
        self.status.show()
        if problem is None:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(QCoreApplication.translate("CasesPage", "✓ 校验位正确"))
        elif len(text) < 18:
            self.status.setStyleSheet(HINT_STYLE)
            self.status.setText(QCoreApplication.translate("CasesPage", "已输入 {n}/18 位").format(n=len(text)))
        else:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(QCoreApplication.translate("DomainError", problem))
        return problem

    def text(self) -> str:
        """The text as typed."""
        return self.edit.text()

    def setText(self, text: str) -> None:
        """Set the text."""
        self.edit.setText(text)

    def selectAll(self) -> None:
        """Select the text (focusing a refused field)."""
        self.edit.selectAll()


class PartyTypeChooser(QWidget):
    """公民 / 法人或其他组织 as two radio buttons."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.citizen = QRadioButton(QCoreApplication.translate("CasesPage", "公民"))
        self.organisation = QRadioButton(QCoreApplication.translate("CasesPage", "法人或其他组织"))
        self.citizen.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.citizen)
        group.addButton(self.organisation)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.citizen)
        lay.addWidget(self.organisation)
        lay.addStretch(1)
        self.citizen.toggled.connect(lambda _on: self.changed.emit(self.value()))
        self.setFocusProxy(self.citizen)

    def value(self) -> PartyType:
        """The chosen party type."""
        return PartyType.CITIZEN if self.citizen.isChecked() else PartyType.ORGANISATION

    def set_value(self, value: PartyType) -> None:
        """Choose `value`."""
        (self.citizen if value is PartyType.CITIZEN else self.organisation).setChecked(True)


class FactsEditor(QWidget):
    """The discretion facts a catalog item asks for (bool / number / choice / text)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[tuple[FactField, QWidget]] = []
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(2)
        self.empty = QLabel(QCoreApplication.translate("CasesPage", "本事项无裁量情节"))
        self.empty.setStyleSheet(HINT_STYLE)
        self.lay.addWidget(self.empty)

    def set_fields(self, fields: tuple[FactField, ...]) -> None:
        """Rebuild the widgets for `fields`."""
        for _f, w in self.fields:
            w.setParent(None)
            w.deleteLater()
        self.fields = []
        for f in fields:
            w: QWidget
            if f.type == "bool":
                box = QCheckBox(f.label)
                box.toggled.connect(lambda _on: self.changed.emit())
                w = box
            else:
                row = QWidget()
                h = QHBoxLayout(row)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(QLabel(f.label))
                if f.type == "choice":
                    combo = QComboBox()
                    combo.addItem(QCoreApplication.translate("CasesPage", "（未选择）"), None)
                    for value, text in f.options:
                        combo.addItem(text, value)
                    combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                    h.addWidget(combo, 1)
                elif f.type == "number":
                    spin = QDoubleSpinBox()
                    spin.setRange(-1, 1e9)
                    spin.setDecimals(1)
                    spin.setSpecialValueText(QCoreApplication.translate("CasesPage", "未填"))
                    spin.setValue(-1)
                    spin.valueChanged.connect(lambda _v: self.changed.emit())
                    h.addWidget(spin, 1)
                else:
                    edit = QLineEdit()
                    edit.textChanged.connect(lambda _t: self.changed.emit())
                    h.addWidget(edit, 1)
                w = row
            self.lay.addWidget(w)
            self.fields.append((f, w))
        self.empty.setVisible(not fields)
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The facts entered (unanswered ones left out)."""
        out: dict[str, Any] = {}
        for f, w in self.fields:
            if isinstance(w, QCheckBox):
                out[f.key] = w.isChecked()
                continue
            combo = w.findChild(QComboBox)
            spin = w.findChild(QDoubleSpinBox)
            edit = w.findChild(QLineEdit)
            if combo is not None:
                if combo.currentData() is not None:
                    out[f.key] = combo.currentData()
            elif spin is not None:
                if spin.value() >= 0:
                    v = spin.value()
                    out[f.key] = int(v) if v == int(v) else v
            elif edit is not None and edit.text().strip():
                out[f.key] = edit.text().strip()
        return out

    def set_value(self, key: str, value: Any) -> None:
        """Set one fact (tests and prefill)."""
        for f, w in self.fields:
            if f.key != key:
                continue
            if isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif (spin := w.findChild(QDoubleSpinBox)) is not None:
                spin.setValue(float(value))
            elif (combo := w.findChild(QComboBox)) is not None:
                combo.setCurrentIndex(max(combo.findData(value), 0))
            elif (edit := w.findChild(QLineEdit)) is not None:
                edit.setText(str(value))


def _facts_for(ctx: AppContext, choice: ItemChoice | None) -> tuple[FactField, ...]:
    """The item's fact fields; without catalog definitions, the benchmark's fact keys."""
    if choice is None:
        return ()
    if choice.facts:
        return choice.facts
    from app.services import reference_data

    bm = reference_data.benchmark_for(ctx, choice.code, ctx.clock.today())
    return tuple(FactField(k, k, "number") for k in (bm.facts if bm else ()))


class _PartyForm:
    """Party fields shared by the two case forms."""

    def build_party(self, dialog: ServiceDialog) -> None:
        self.party_type = PartyTypeChooser()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(128)
        self.identity = IdentityField()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(32)
        self.party_type.changed.connect(self._party_type_changed)
        f = dialog.form
        f.addRow(QCoreApplication.translate("CasesPage", "当事人类型"), self.party_type)
        f.addRow(QCoreApplication.translate("CasesPage", "当事人名称"), self.name_edit)
        self.identity_label = QLabel(QCoreApplication.translate("CasesPage", "身份证号码"))
        f.addRow(self.identity_label, self.identity)
        f.addRow(QCoreApplication.translate("CasesPage", "联系电话"), self.phone_edit)
        dialog.fields.update({"parties[0].name": self.name_edit, "parties[0].id_number": self.identity,
                              "parties[0].uscc": self.identity, "parties[0].phone": self.phone_edit,
                              "parties": self.name_edit})

    def _party_type_changed(self, value: PartyType) -> None:
        self.identity.set_party_type(value)
        self.identity_label.setText(QCoreApplication.translate("CasesPage", "身份证号码") if value is PartyType.CITIZEN
                                    else QCoreApplication.translate("CasesPage", "统一社会信用代码"))
        self._update_limit()

    def _update_limit(self) -> None:  # overridden by the summary form
        pass

    def party_input(self) -> PartyInput:
        ptype = self.party_type.value()
        ident = self.identity.text().strip() or None
        return PartyInput(
            ptype, self.name_edit.text(),
            id_number=ident if ptype is PartyType.CITIZEN else None,
            uscc=ident if ptype is PartyType.ORGANISATION else None,
            phone=self.phone_edit.text().strip() or None)


class SummaryCaseDialog(ServiceDialog, _PartyForm):
    """简易程序（当场处罚）: one party, one item, a fine within the legal limit or a warning.
    保存并新建 (Ctrl+Enter) saves and clears the party for the next one."""

    saved = Signal(object)  # CaseRef

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        ServiceDialog.__init__(self, QCoreApplication.translate("SummaryCaseDialog",
                                                                "简易程序（当场处罚）"), parent)
        self.ctx, self.actor = ctx, actor
        self.result_ref: cases.CaseRef | None = None
        self.saved_count = 0
        self._sample = ""
        items = [i for i in case_search.item_choices(ctx) if i.township_power and i.summary_allowed]
        people = handler_choices(ctx)
        me = staff_of(ctx, actor)
        others = second_officers(people, me)
        self.build_party(self)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        self.act_edit = QDateTimeEdit(to_qdatetime(ctx.clock.now()))
        self.act_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.act_edit.setCalendarPopup(True)
        self.item_combo = ItemCombo(items)
        self.item_combo.setCurrentIndex(-1)
        self.facts_edit = QPlainTextEdit()
        self.facts_edit.setTabChangesFocus(True)
        self.facts_edit.setFixedHeight(72)
        self.fine_radio = QRadioButton(self.tr("罚款"))
        self.warning_radio = QRadioButton(self.tr("警告"))
        self.fine_radio.setChecked(True)
        self.fine_spin = QDoubleSpinBox()
        self.fine_spin.setRange(0, 1_000_000)
        self.fine_spin.setDecimals(2)
        self.fine_spin.setSuffix(self.tr(" 元"))
        self.fine_spin.setGroupSeparatorShown(True)
        self.paid_box = QCheckBox(self.tr("当场缴纳"))
        penalty = QWidget()
        ph = QHBoxLayout(penalty)
        ph.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(penalty)
        group.addButton(self.fine_radio)
        group.addButton(self.warning_radio)
        for w in (self.fine_radio, self.fine_spin, self.paid_box, self.warning_radio):
            ph.addWidget(w)
        ph.addStretch(1)
        self.limit_label = QLabel()
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet(HINT_STYLE)
        self.reasons_edit = QLineEdit()
        self.reasons_edit.setPlaceholderText(self.tr("罚款超出裁量幅度时必填（说理）"))
        self.officer1 = StaffCombo(people, me.id if me else None)
        self.officer2 = StaffCombo(people, others[0].id if others else None)
        officers = QWidget()
        oh = QHBoxLayout(officers)
        oh.setContentsMargins(0, 0, 0, 0)
        oh.addWidget(self.officer1, 1)
        oh.addWidget(self.officer2, 1)
        f = self.form
        f.addRow(self.tr("违法地点"), self.place_edit)
        f.addRow(self.tr("违法时间"), self.act_edit)
        f.addRow(self.tr("执法事项"), self.item_combo)
        f.addRow(self.tr("违法事实"), self.facts_edit)
        f.addRow(self.tr("处罚"), penalty)
        f.addRow("", self.limit_label)
        f.addRow(self.tr("说理"), self.reasons_edit)
        f.addRow(self.tr("执法人员"), officers)
        self.fields.update({"place": self.place_edit, "act_at": self.act_edit,
                            "item_codes": self.item_combo, "facts": self.facts_edit,
                            "fine_fen": self.fine_spin, "handler_ids": self.officer1,
                            "reasons": self.reasons_edit})
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(OK_STYLE)
        self.saved_label.hide()
        self.layout().insertWidget(1, self.saved_label)
        self.ok_button.setText(self.tr("保存"))
        self.save_new_button = QPushButton(self.tr("保存并新建 (Ctrl+Enter)"))
        self.save_new_button.setAutoDefault(False)
        self.buttons.addButton(self.save_new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_new_button.clicked.connect(self.save_and_new)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_and_new)
        self.item_combo.currentIndexChanged.connect(lambda _i: self._item_changed())
        self.fine_spin.valueChanged.connect(lambda _v: self._update_limit())
        self.warning_radio.toggled.connect(self._warning_toggled)
        self.setMinimumWidth(680)

    def _warning_toggled(self, on: bool) -> None:
        self.fine_spin.setEnabled(not on)
        self.paid_box.setEnabled(not on)
        self._update_limit()

    def _item_changed(self) -> None:
        choice = self.item_combo.choice()
        sample = choice.sample_facts if choice else ""
        current = self.facts_edit.toPlainText().strip()
        if not current or current == self._sample:
            self.facts_edit.setPlainText(sample)
        self._sample = sample
        self._update_limit()

    def _update_limit(self) -> None:
        ptype = self.party_type.value()
        limit = SUMMARY_LIMIT_CITIZEN_FEN if ptype is PartyType.CITIZEN else SUMMARY_LIMIT_ORGANISATION_FEN
        who = QCoreApplication.translate("CasesPage", "公民") if ptype is PartyType.CITIZEN else QCoreApplication.translate("CasesPage", "法人或其他组织")
        parts = [self.tr("简易程序上限：对{who}罚款 {limit} 元以下或警告").format(
            who=who, limit=yuan_text(limit))]
        code = self.item_combo.code()
        fine = fen_of(self.fine_spin.value())
        warn = self.warning_radio.isChecked()
        style = HINT_STYLE
        if code:
            advice = cases.suggest_discretion(self.ctx, code, self.act_edit.date().toPython(), {})
            if advice.benchmark_version:
                parts.append(self.tr("裁量基准 {version}：{tier} {lo}–{hi} 元").format(
                    version=advice.benchmark_version, tier=label(advice.tier_label),
                    lo=yuan_text(advice.min_fen), hi=yuan_text(advice.max_fen)))
                if not warn and fine and not advice.min_fen <= fine <= advice.max_fen:
                    parts.append(self.tr("超出裁量幅度，须填写说理"))
                    style = "color: #e65100;"
        if not warn and fine > limit:
            parts.append(self.tr("超过简易程序上限，应适用一般程序"))
            style = ERROR_STYLE
        self.limit_label.setStyleSheet(style)
        self.limit_label.setText("；".join(parts))

    def summary_input(self) -> cases.SummaryInput:
        """The form as the service's input."""
        if not self.item_combo.code():
            raise FormRefused(self.tr("请从执法事项目录中选择执法事项。"), "item_codes")
        ids = [i for i in (self.officer1.staff_id(), self.officer2.staff_id()) if i]
        warn = self.warning_radio.isChecked()
        return cases.SummaryInput(
            party=self.party_input(), place=self.place_edit.text(),
            act_at=from_qdatetime(self.act_edit.dateTime()), item_code=self.item_combo.code(),
            facts=self.facts_edit.toPlainText(),
            fine_fen=0 if warn else fen_of(self.fine_spin.value()), warning_only=warn,
            handler_ids=list(dict.fromkeys(ids)), paid_on_spot=self.paid_box.isChecked() and not warn,
            reasons=self.reasons_edit.text().strip() or None)

    def submit(self) -> None:  # ServiceDialog.submit override
        if self.identity.check() is not None:
            raise FormRefused(self.identity.status.text(), "parties[0].id_number")
        self.result_ref = cases.quick_summary_case(self.ctx, self.actor, self.summary_input())
        self.saved_count += 1
        self.saved.emit(self.result_ref)

    def save_and_new(self) -> None:
        """Save, then clear the party and penalty for the next case (item, place and
        officers stay)."""
        self.error_label.hide()
        try:
            self.submit()
        except DomainError as exc:
            self.show_error(exc)
            return
        except FormRefused as refusal:
            self.show_message(refusal.text, refusal.field)
            return
        assert self.result_ref is not None
        self.saved_label.setText(self.tr("已保存：{number}（本次共 {n} 件）").format(
            number=self.result_ref.number, n=self.saved_count))
        self.saved_label.show()
        for w in (self.name_edit, self.phone_edit, self.reasons_edit):
            w.clear()
        self.identity.setText("")
        self.facts_edit.setPlainText(self._sample)
        self.fine_spin.setValue(0)
        self.paid_box.setChecked(False)
        self.fine_radio.setChecked(True)
        self.name_edit.setFocus()


class RegisterCaseDialog(ServiceDialog, _PartyForm):
    """受案登记 (一般程序): source, party, place and time, item with its discretion facts,
    facts, two handlers."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        ServiceDialog.__init__(self, QCoreApplication.translate("RegisterCaseDialog", "受案登记"),
                               parent)
        self.ctx, self.actor = ctx, actor
        self.result_ref: cases.CaseRef | None = None
        self._sample = ""
        self.source_combo = QComboBox()
        for src in CaseSource:
            self.source_combo.addItem(label(SOURCE_LABELS[src]), src.value)
        self.form.addRow(self.tr("案件来源"), self.source_combo)
        self.build_party(self)
        self.address_edit = QLineEdit()
        self.form.addRow(self.tr("住址"), self.address_edit)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        now = ctx.clock.now()
        self.act_edit = QDateTimeEdit(to_qdatetime(now))
        self.act_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.act_edit.setCalendarPopup(True)
        self.discovered_edit = QDateEdit(to_qdate(ctx.clock.today()))
        self.discovered_edit.setDisplayFormat(DATE_FORMAT)
        self.discovered_edit.setCalendarPopup(True)
        self.item_combo = ItemCombo(case_search.item_choices(ctx))
        self.item_combo.setCurrentIndex(-1)
        self.facts_editor = FactsEditor()
        self.facts_edit = QPlainTextEdit()
        self.facts_edit.setTabChangesFocus(True)
        self.facts_edit.setFixedHeight(72)
        people = handler_choices(ctx)
        me = staff_of(ctx, actor)
        others = second_officers(people, me)
        self.handler1 = StaffCombo(people, me.id if me else None)
        self.handler2 = StaffCombo(people, others[0].id if others else None)
        handlers = QWidget()
        hh = QHBoxLayout(handlers)
        hh.setContentsMargins(0, 0, 0, 0)
        hh.addWidget(self.handler1, 1)
        hh.addWidget(self.handler2, 1)
        f = self.form
        f.addRow(self.tr("违法地点"), self.place_edit)
        f.addRow(self.tr("违法时间"), self.act_edit)
        f.addRow(self.tr("发现日期"), self.discovered_edit)
        f.addRow(self.tr("执法事项"), self.item_combo)
        f.addRow(self.tr("裁量情节"), self.facts_editor)
        f.addRow(self.tr("违法事实"), self.facts_edit)
        f.addRow(self.tr("承办人"), handlers)
        self.fields.update({"place": self.place_edit, "act_at": self.act_edit,
                            "discovered_on": self.discovered_edit, "item_codes": self.item_combo,
                            "facts": self.facts_edit, "handler_ids": self.handler1})
        self.item_combo.currentIndexChanged.connect(lambda _i: self._item_changed())
        self.setMinimumWidth(680)

    def _item_changed(self) -> None:
        choice = self.item_combo.choice()
        self.facts_editor.set_fields(_facts_for(self.ctx, choice))
        sample = choice.sample_facts if choice else ""
        current = self.facts_edit.toPlainText().strip()
        if not current or current == self._sample:
            self.facts_edit.setPlainText(sample)
        self._sample = sample

    def case_input(self) -> cases.CaseInput:
        """The form as the service's input."""
        if not self.item_combo.code():
            raise FormRefused(self.tr("请从执法事项目录中选择执法事项。"), "item_codes")
        party = self.party_input()
        address = self.address_edit.text().strip() or None
        party = PartyInput(party.party_type, party.name, party.id_number, party.phone, party.uscc,
                           party.legal_rep, address)
        ids = [i for i in (self.handler1.staff_id(), self.handler2.staff_id()) if i]
        return cases.CaseInput(
            source=CaseSource(self.source_combo.currentData()), parties=[party],
            place=self.place_edit.text(), act_at=from_qdatetime(self.act_edit.dateTime()),
            discovered_on=from_qdate(self.discovered_edit.date()),
            item_codes=[self.item_combo.code()], facts=self.facts_edit.toPlainText(),
            handler_ids=list(dict.fromkeys(ids)), discretion_facts=self.facts_editor.values())

    def submit(self) -> None:  # ServiceDialog.submit override
        if self.identity.check() is not None:
            raise FormRefused(self.identity.status.text(), "parties[0].id_number")
        self.result_ref = cases.register_case(self.ctx, self.actor, self.case_input())


# --- the page -------------------------------------------------------------------------------


class CasesPage(QWidget):
    """案件: the case list with filters, search and the case forms."""

    counts_changed = Signal()
    disclosure_exported = Signal(object)  # the 公示 file written, or the exception

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.active_dialog: QDialog | None = None
        self.export_running = False
        items = case_search.item_choices(ctx)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜索案号、当事人、地点、事实（可用扫码枪）  Ctrl+F"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(300)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), "")
        self.status_combo.addItem(self.tr("办理中"), "open")
        for s in Status:
            self.status_combo.addItem(label(STATUS_LABELS[s]), s.value)
        self.procedure_combo = QComboBox()
        self.procedure_combo.addItem(self.tr("全部程序"), "")
        for p in Procedure:
            self.procedure_combo.addItem(label(PROCEDURE_LABELS[p]), p.value)
        self.item_combo = ItemCombo(items, everything=self.tr("全部事项"))
        self.item_combo.setMinimumContentsLength(14)
        self.handler_combo = QComboBox()
        self.handler_combo.addItem(self.tr("全部承办人"), "")
        for p in staff.list_staff(ctx, kind=StaffKind.SWORN):
            self.handler_combo.addItem(p.name, p.id)
        self.date_box = QCheckBox(self.tr("发现日期"))
        today = ctx.clock.today()
        self.since_edit = QDateEdit(to_qdate(date(today.year, 1, 1)))
        self.until_edit = QDateEdit(to_qdate(today))
        for d in (self.since_edit, self.until_edit):
            d.setDisplayFormat(DATE_FORMAT)
            d.setCalendarPopup(True)
            d.setEnabled(False)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.model = CaseListModel(ctx, self)
        self.model.item_names = {i.code: i.name for i in items}
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSortIndicator(CaseListModel.DISCOVERED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        size_sections(header, (206, 76, 76, 130, 190, 92, 70, 76))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())

        self.register_button = QPushButton(self.tr("受案登记(&R)"))
        self.summary_button = QPushButton(self.tr("简易程序(&S)  Ctrl+N"))
        self.open_button = QPushButton(self.tr("打开(&O)"))
        self.export_button = QPushButton(self.tr("导出台账(&E)…"))
        self.register_button.clicked.connect(self.register_case)
        self.summary_button.clicked.connect(self.summary_case)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_ledger)
        self.disclosure_button = QPushButton(self.tr("公示导出(&G)…"))
        self.disclosure_button.setToolTip(self.tr("按年度导出行政处罚公示清单（个人信息已脱敏）"))
        self.disclosure_button.clicked.connect(lambda: self.export_disclosure())
        self.disclosure_button.setVisible(actor.can(Permission.EXPORT_LEDGERS))
        self.joint_button = QPushButton(self.tr("联合执法…"))
        self.joint_button.clicked.connect(lambda: self.open_joint_actions())
        self.joint_button.setVisible(actor.can(Permission.HANDLE_CASES)
                                     or actor.can(Permission.DECIDE_CASES))
        can_handle = actor.can(Permission.HANDLE_CASES)
        self.register_button.setVisible(can_handle)
        self.summary_button.setVisible(can_handle)
        self.export_button.setVisible(actor.can(Permission.EXPORT_LEDGERS))
        self.summary_button.setStyleSheet("font-weight: bold;")
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.summary_case,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Ctrl+F is window-wide (ui/shortcuts.py): it calls focus_search() of the shown page.

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        for combo in (self.status_combo, self.procedure_combo, self.handler_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.item_combo.activated.connect(lambda _i: self.apply_filter())
        self.item_combo.lineEdit().editingFinished.connect(self._item_edited)
        self.date_box.toggled.connect(self._date_toggled)
        self.since_edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.until_edit.dateChanged.connect(lambda _d: self.apply_filter())

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.procedure_combo)
        filters.addWidget(self.item_combo, 1)
        filters.addWidget(self.handler_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.date_box)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        dates.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for b in (self.summary_button, self.register_button, self.open_button,
                  self.export_button, self.disclosure_button, self.joint_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search_edit)
        self.apply_filter()
        self._just_queried = True  # the main window's first refresh() need not re-query

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("案件")

    # -- querying ---------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        """The filter row as a CaseFilter."""
        status = self.status_combo.currentData() or ""
        if status == "open":
            statuses = frozenset(set(Status) - {Status.CLOSED, Status.ARCHIVED, Status.TRANSFERRED})
        else:
            statuses = frozenset({Status(status)}) if status else frozenset()
        proc = self.procedure_combo.currentData() or ""
        since = until = None
        if self.date_box.isChecked():
            since, until = from_qdate(self.since_edit.date()), from_qdate(self.until_edit.date())
        return CaseFilter(
            statuses=statuses, procedure=Procedure(proc) if proc else None,
            item_code=self.item_combo.code() or None, date_from=since, date_to=until,
            handler_id=self.handler_combo.currentData() or None,
            text=self.search_edit.text().strip())

    def apply_filter(self) -> None:
        """Re-query the ids with the filter row (sort kept)."""
        self._just_queried = False
        self._search_timer.stop()
        selected = self.selected_case_id()
        self.message_label.hide()
        try:
            self.model.set_query(self.current_filter())
        except DomainError as exc:
            self._show_message(error_text(exc), error=True)
        self._update_count()
        if selected:
            self.select_case(selected)

    def refresh(self) -> None:
        """Re-run the query (after changes elsewhere) keeping the selection."""
        if self._just_queried:
            self._just_queried = False
        else:
            self.apply_filter()
        self.counts_changed.emit()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 {n} 件").format(n=f"{len(self.model.ids):,}"))

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if column not in CaseListModel.SORTS:
            # not sortable: put the indicator back on the current sort's column
            current = next(c for c, pair in CaseListModel.SORTS.items()
                           if self.model.sort_key in pair)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, header.sortIndicatorOrder())
            header.blockSignals(False)
            return
        selected = self.selected_case_id()
        self.model.sort(column, order)
        if selected:
            self.select_case(selected)

    def _date_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self.apply_filter()

    def _item_edited(self) -> None:
        if self.item_combo.code() != (self.model.filter.item_code or ""):
            self.apply_filter()

    def _search_entered(self) -> None:
        """Enter in the search box (or a scanner's trailing Enter): search now; a single hit
        opens at once."""
        self.apply_filter()
        if len(self.model.ids) == 1:
            self.table.selectRow(0)
            self.open_case(self.model.ids[0])

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def selected_case_id(self) -> str | None:
        """Id of the selected row."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None

    def select_case(self, case_id: str) -> None:
        """Select `case_id` if it is in the list."""
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def status_counts(self) -> dict[str, int]:
        """For the main window's status bar: overdue deadlines and cases listed."""
        return {"overdue": case_deadlines.overdue_count(self.ctx), "listed": len(self.model.ids)}

    # -- actions ----------------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def summary_case(self) -> None:
        """简易程序 (Ctrl+N)."""
        if not self.actor.can(Permission.HANDLE_CASES):
            return
        dialog = SummaryCaseDialog(self.ctx, self.actor, self)
        dialog.saved.connect(lambda ref: self._case_saved(ref.id))
        self._open_dialog(dialog)
        dialog.name_edit.setFocus()

    def register_case(self) -> None:
        """受案登记."""
        if not self.actor.can(Permission.HANDLE_CASES):
            return
        dialog = RegisterCaseDialog(self.ctx, self.actor, self)
        dialog.accepted.connect(lambda: dialog.result_ref and self._case_saved(dialog.result_ref.id))
        self._open_dialog(dialog)

    def _case_saved(self, case_id: str) -> None:
        self.apply_filter()
        self.counts_changed.emit()
        self.select_case(case_id)

    def open_selected(self) -> None:
        """打开: the selected case's detail."""
        case_id = self.selected_case_id()
        if case_id:
            self.open_case(case_id)

    def open_case(self, case_id: str) -> None:
        """Open the detail dialog of `case_id`."""
        from ui.pages.case_detail import CaseDetailDialog

        dialog = CaseDetailDialog(self.ctx, self.actor, case_id, self)
        dialog.changed.connect(self._detail_changed)
        self._open_dialog(dialog)

    def open_joint_actions(self) -> QDialog:
        """联合执法…: the joint actions and the cases filed after them."""
        from ui.pages.joint_actions import JointActionsDialog

        dialog = JointActionsDialog(self.ctx, self.actor, self)
        self._open_dialog(dialog)
        return dialog

    def _detail_changed(self) -> None:
        self.model.reload_rows()
        self.counts_changed.emit()

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        """Where to save the ledger (tests replace this)."""
        path, _f = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("CasesPage", "导出执法业务台账"), suggested, QCoreApplication.translate("CasesPage", "Excel 工作簿 (*.xlsx)"))
        return path

    def export_ledger(self, year: int | None = None) -> None:
        """导出台账: export_ledger in a worker."""
        if self.export_running:
            return
        suggested = str(Path.home() / QCoreApplication.translate("CasesPage", "执法业务台账.xlsx"))
        path = self.ask_save_path(self, suggested)
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.export_running = True
        self.export_button.setEnabled(False)
        self._show_message(self.tr("正在导出……"))
        ctx, actor = self.ctx, self.actor
        run_in_background(lambda: case_search.export_ledger(ctx, actor, Path(path), year=year),
                          lambda n: self._export_done(path, n), self._export_failed)

    def _export_done(self, path: str, n: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_running = False
        self.export_button.setEnabled(True)
        self._show_message(self.tr("已导出 {n} 件案件：{path}").format(n=n, path=path))

    def _export_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_running = False
        self.export_button.setEnabled(True)
        self._show_message(self.tr("导出失败：{error}").format(error=error_text(exc)), error=True)

    @classmethod
    def ask_disclosure_target(cls, parent: QWidget, year: int) -> tuple[int, str] | None:
        """The year and the .xlsx / .csv file of the 公示 list (tests replace this)."""
        from PySide6.QtWidgets import QInputDialog

        chosen, ok = QInputDialog.getInt(parent, QCoreApplication.translate("CasesPage", "公示导出"), QCoreApplication.translate("CasesPage", "作出处罚决定的年度："),
                                         year, 2000, 2100)
        if not ok:
            return None
        suggested = str(Path.home() / QCoreApplication.translate("CasesPage", "{year}年行政处罚公示清单.xlsx").format(year=chosen))
        path, chosen_filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("CasesPage", "公示导出"), suggested, QCoreApplication.translate("CasesPage", "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if not path:
            return None
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in chosen_filter.lower() else ".xlsx"
        return chosen, path

    def export_disclosure(self) -> None:
        """公示导出…: the year's decided cases with personal data masked, in a worker."""
        if self.export_running:
            return
        target = self.ask_disclosure_target(self, self.ctx.clock.today().year)
        if target is None:
            return
        year, path = target
        self.export_running = True
        self.disclosure_button.setEnabled(False)
        self._show_message(self.tr("正在导出……"))
        ctx = self.ctx
        run_in_background(lambda: case_documents.write_disclosure_list(ctx, Path(path), year),
                          lambda n: self._disclosure_done(year, path, n),
                          self._disclosure_failed)

    def _disclosure_done(self, year: int, path: str, n: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_running = False
        self.disclosure_button.setEnabled(True)
        self._show_message(self.tr("已导出 {year} 年公示清单 {n} 件：{path}").format(
            year=year, n=n, path=path))
        self.disclosure_exported.emit(path)

    def _disclosure_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_running = False
        self.disclosure_button.setEnabled(True)
        self._show_message(self.tr("导出失败：{error}").format(error=error_text(exc)), error=True)
        self.disclosure_exported.emit(exc)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
        self.message_label.show()
