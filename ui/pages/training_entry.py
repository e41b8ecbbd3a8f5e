"""新增培训: the bulk entry dialog — one training and everyone who attended, in one save.

The attendee picker is made for a 20-person session in a minute: type part of a name, Space
or Enter ticks, "全选当前筛选" ticks every shown person, Ctrl+Enter saves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind
from app.rules.training import (
    CATEGORY_LABELS,
    MODE_LABELS,
    ORGANISER_LABELS,
    OrganiserLevel,
    TrainingCategory,
    TrainingMode,
    default_concentrated,
    format_units,
    parse_tenths,
    seconds_from_minutes,
    seconds_from_units_tenths,
)
from app.services import staff, training
from app.services.staff import KIND_LABELS, StaffInfo
from ui.pages._forms import DATE_FORMAT, FormRefused, ServiceDialog, from_qdate, label, to_qdate

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
HINT_STYLE = "color: #555;"


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


class _FilterEdit(QLineEdit):
    """The picker's filter line: Down moves into the list (QLineEdit.keyPressEvent override)."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # override QLineEdit.keyPressEvent
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            event.ignore()  # Ctrl+Enter saves: leave it to the dialog, tick nothing
            return
        super().keyPressEvent(event)


class AttendeePicker(QWidget):
    """A filterable checklist of active staff with a 已选 N 人 counter."""

    selection_changed = Signal(int)

    def __init__(self, people: list[StaffInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = _FilterEdit()
        self.filter_edit.setPlaceholderText(self.tr("输入姓名筛选，回车勾选唯一匹配"))
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_combo = _combo(
            [
                (self.tr("全部人员"), None),
                (label(KIND_LABELS[StaffKind.SWORN]), StaffKind.SWORN),
                (label(KIND_LABELS[StaffKind.AUXILIARY]), StaffKind.AUXILIARY),
            ]
        )
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        for p in people:
            text = (
                p.name
                if p.kind is StaffKind.SWORN
                else self.tr("{name}（辅助）").format(name=p.name)
            )
            item = QListWidgetItem(text)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(STAFF_ID_ROLE, p.id)
            item.setData(KIND_ROLE, p.kind.value)
            self.list.addItem(item)
        self.select_all_button = QPushButton(self.tr("全选当前筛选(&A)"))
        self.clear_button = QPushButton(self.tr("清空选择"))
        for b in (self.select_all_button, self.clear_button):
            b.setAutoDefault(False)
        self.counter_label = QLabel()
        self.counter_label.setStyleSheet("font-weight: bold;")
        self.hint_label = QLabel(self.tr("空格键勾选/取消当前行；Ctrl+Enter 保存。"))
        self.hint_label.setStyleSheet(HINT_STYLE)

        self.filter_edit.textChanged.connect(lambda _t: self.apply_filter())
        self.filter_edit.returnPressed.connect(self._tick_single_match)
        self.filter_edit.down_pressed.connect(self._enter_list)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.select_all_button.clicked.connect(self.select_all_filtered)
        self.clear_button.clicked.connect(self.clear_selection)
        self.list.itemChanged.connect(lambda _item: self._count())

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.kind_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.select_all_button)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        bottom.addWidget(self.counter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("参训人员")))
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.hint_label)
        self.setFocusProxy(self.filter_edit)
        self._count()

    def items(self) -> list[QListWidgetItem]:
        """Every person's item, shown or not."""
        return [self.list.item(i) for i in range(self.list.count())]

    def visible_items(self) -> list[QListWidgetItem]:
        """The items the filter shows."""
        return [i for i in self.items() if not i.isHidden()]

    def apply_filter(self) -> None:
        """Show the people whose name contains the filter text and who are of the chosen kind."""
        needle = self.filter_edit.text().strip().casefold()
        kind = self.kind_combo.currentData()
        first = None
        for item in self.items():
            shown = (not needle or needle in item.text().casefold()) and (
                kind is None or item.data(KIND_ROLE) == StaffKind(kind).value
            )
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def select_all_filtered(self) -> None:
        """Tick every person the filter shows."""
        self.list.blockSignals(True)
        for item in self.visible_items():
            item.setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._count()

    def clear_selection(self) -> None:
        """Untick everybody."""
        self.list.blockSignals(True)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._count()

    def selected_ids(self) -> list[str]:
        """Staff ids ticked, in list order."""
        return [
            str(i.data(STAFF_ID_ROLE))
            for i in self.items()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def _tick_single_match(self) -> None:
        shown = self.visible_items()
        if len(shown) == 1:
            item = shown[0]
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self.filter_edit.selectAll()  # the next name typed replaces this one

    def _enter_list(self) -> None:
        if self.list.currentItem() is None and self.visible_items():
            self.list.setCurrentItem(self.visible_items()[0])
        self.list.setFocus()

    def _count(self) -> None:
        n = len(self.selected_ids())
        self.counter_label.setText(self.tr("已选 {n} 人").format(n=n))
        self.selection_changed.emit(n)


class TrainingEntryDialog(ServiceDialog):
    """新增培训 → training.record_event (the training and its attendees in one transaction)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TrainingEntryDialog", "新增培训"), parent)
        self.ctx, self.actor = ctx, actor
        self.saved: training.EventInfo | None = None
        today = ctx.clock.today()

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("例如：行政处罚法专题培训"))
        self.level_combo = _combo([(label(t), v) for v, t in ORGANISER_LABELS.items()])
        self.level_combo.setCurrentIndex(self.level_combo.findData(OrganiserLevel.OWN_UNIT))
        self.category_combo = _combo([(label(t), v) for v, t in CATEGORY_LABELS.items()])
        self.mode_combo = _combo([(label(t), v) for v, t in MODE_LABELS.items()])
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(TrainingMode.OFFLINE))
        self.start_edit = self._date_edit(today)
        self.end_edit = self._date_edit(today)
        self.days_edit = QLineEdit()
        self.days_edit.setPlaceholderText(self.tr("留空按起止日期计算"))
        self.units_edit = QLineEdit()
        self.units_edit.setPlaceholderText(self.tr("如 3 或 1.5"))
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setPlaceholderText(self.tr("未注明学时时填写"))
        self.credit_label = QLabel()
        self.credit_label.setObjectName("creditLabel")
        self.concentrated_box = QCheckBox(self.tr("集中培训"))
        self.note_edit = QLineEdit()

        credit_row = QHBoxLayout()
        credit_row.addWidget(QLabel(self.tr("学时")))
        credit_row.addWidget(self.units_edit, 1)
        credit_row.addWidget(QLabel(self.tr("或时长（分钟）")))
        credit_row.addWidget(self.minutes_edit, 1)
        credit_box = QWidget()
        credit_box.setLayout(credit_row)
        credit_row.setContentsMargins(0, 0, 0, 0)
        dates_row = QHBoxLayout()
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.start_edit, 1)
        dates_row.addWidget(QLabel(self.tr("至")))
        dates_row.addWidget(self.end_edit, 1)
        dates_box = QWidget()
        dates_box.setLayout(dates_row)

        self.form.addRow(self.tr("培训名称(&T)"), self.title_edit)
        self.form.addRow(self.tr("组织层级"), self.level_combo)
        self.form.addRow(self.tr("培训类别"), self.category_combo)
        self.form.addRow(self.tr("培训形式"), self.mode_combo)
        self.form.addRow(self.tr("起止日期"), dates_box)
        self.form.addRow(self.tr("天数"), self.days_edit)
        self.form.addRow(self.tr("每人学时"), credit_box)
        self.form.addRow("", self.credit_label)
        self.form.addRow("", self.concentrated_box)
        self.form.addRow(self.tr("备注"), self.note_edit)
        self.fields = {
            "title": self.title_edit,
            "organiser_level": self.level_combo,
            "category": self.category_combo,
            "mode": self.mode_combo,
            "start_date": self.start_edit,
            "end_date": self.end_edit,
            "days": self.days_edit,
            "stated_units": self.units_edit,
            "duration_minutes": self.minutes_edit,
            "note": self.note_edit,
        }

        people = staff.list_staff(ctx)
        self.picker = AttendeePicker(people)
        self.fields["attendees"] = self.picker

        # Form on the left, picker on the right: the dialog fits a 1366×768 screen.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.picker, 2)
        outer.insertLayout(0, body, 1)

        # Enter belongs to the picker's filter; saving is Ctrl+Enter or the button.
        self.ok_button.setText(self.tr("保存(Ctrl+Enter)"))
        for b in self.buttons.buttons():
            if isinstance(b, QPushButton):
                b.setAutoDefault(False)
                b.setDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)

        self.mode_combo.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.units_edit.textChanged.connect(lambda _t: self.update_credit())
        self.minutes_edit.textChanged.connect(lambda _t: self.update_credit())
        self.start_edit.dateChanged.connect(self._start_changed)
        self.picker.selection_changed.connect(lambda _n: self._update_ok())
        self._mode_changed()
        self.update_credit()
        self.resize(880, 540)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # override QDialog.keyPressEvent
        # A plain Enter (the filter's "tick the match") must not reach QDialog, which would
        # click the default button QDialogButtonBox sets on show. Saving is Ctrl+Enter (also a
        # QShortcut; key events sent straight to a field arrive here instead).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()  # Ctrl+Enter from a field that passed it on
            return
        super().keyPressEvent(event)

    @staticmethod
    def _date_edit(value: date) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setDate(to_qdate(value))
        return edit

    def _start_changed(self) -> None:
        # A one-day training is the usual case: the end follows the start until set apart.
        if self.end_edit.date() < self.start_edit.date():
            self.end_edit.setDate(self.start_edit.date())

    def _mode_changed(self) -> None:
        mode = TrainingMode(self.mode_combo.currentData())
        self.concentrated_box.setChecked(default_concentrated(mode))

    def _update_ok(self) -> None:
        self.ok_button.setText(
            self.tr("保存 {n} 人(Ctrl+Enter)").format(n=len(self.picker.selected_ids()))
        )

    def credit_seconds(self) -> int | None:
        """The credit each attendee gets as typed (stated 学时 first), None when unreadable."""
        units = self.units_edit.text().strip()
        if units:
            try:
                tenths = parse_tenths(units)
            except ValueError:
                return None
            return seconds_from_units_tenths(tenths) if tenths > 0 else None
        minutes = self.minutes_edit.text().strip()
        if minutes:
            if not minutes.isdigit() or int(minutes) <= 0:
                return None
            return seconds_from_minutes(int(minutes))
        return None

    def update_credit(self) -> None:
        """Show the 学时 each attendee will get (45 minutes = 1 学时)."""
        seconds = self.credit_seconds()
        if seconds is None:
            if self.units_edit.text().strip() or self.minutes_edit.text().strip():
                text = self.tr("学时或时长无法识别")
            else:
                text = self.tr("请填写学时，或填写时长（45 分钟折 1 学时）")
            self.credit_label.setStyleSheet("color: #c62828;")
        else:
            if self.units_edit.text().strip():
                text = self.tr("每人计 {units} 学时").format(units=format_units(seconds))
            else:
                text = self.tr("每人计 {units} 学时（45 分钟折 1 学时）").format(
                    units=format_units(seconds)
                )
            self.credit_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.credit_label.setText(text)

    def event_input(self) -> training.EventInput:
        """The form as the service's input."""
        minutes_text = self.minutes_edit.text().strip()
        minutes: int | None = None
        if minutes_text and not self.units_edit.text().strip():
            if not minutes_text.isdigit():
                raise FormRefused(self.tr("培训时长须为大于 0 的整数分钟。"), "duration_minutes")
            minutes = int(minutes_text)
        return training.EventInput(
            title=self.title_edit.text(),
            organiser_level=OrganiserLevel(self.level_combo.currentData()),
            category=TrainingCategory(self.category_combo.currentData()),
            mode=TrainingMode(self.mode_combo.currentData()),
            start_date=from_qdate(self.start_edit.date()),
            end_date=from_qdate(self.end_edit.date()),
            days=self.days_edit.text().strip() or None,
            stated_units=self.units_edit.text().strip() or None,
            duration_minutes=minutes,
            concentrated=self.concentrated_box.isChecked(),
            note=self.note_edit.text(),
        )

    def submit(self) -> None:  # override ServiceDialog.submit
        data = self.event_input()
        ids = self.picker.selected_ids()
        if not ids:
            raise FormRefused(self.tr("请至少勾选一名参训人员。"), "attendees")
        self.saved = training.record_event(self.ctx, self.actor, data, ids)
