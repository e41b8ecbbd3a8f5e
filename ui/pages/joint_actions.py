"""联合执法: the joint enforcement actions (常规 / 专项 / 应急) with their departments, and the cases
each department filed afterwards ("联合执法一起抓，问题处理再分家"). Opened from the case list.

Starting an action needs the leader's permission (the service checks; 专项 must be applied for
5 days ahead with a plan and the refusal is the service's message); linking a case needs a
handler. The squad's own cases are linked by number and keep their case id.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.rules.roles import Permission
from app.services import case_search, case_transfers, setup
from app.services.case_transfers import JOINT_KIND_LABELS, JointActionInfo, JointKind
from ui.pages._forms import (
    size_sections,
    DATE_FORMAT,
    ERROR_STYLE,
    OK_STYLE,
    FormRefused,
    ServiceDialog,
    from_qdate,
    label,
    local_time_text,
    to_qdate,
)

_CTX = "JointActionsDialog"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def split_departments(text: str) -> list[str]:
    """'城管、市场监管, 公安' → ['城管', '市场监管', '公安'] (、，,; and new lines separate)."""
    return [p.strip() for p in re.split(r"[、，,;；\n]+", text or "") if p.strip()]


def _item(text: str) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return it


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setStretchLastSection(True)
    size_sections(t.horizontalHeader(), [t.horizontalHeader().defaultSectionSize()] * len(headers))
    return t


class StartJointActionDialog(ServiceDialog):
    """发起联合执法: kind, name, date, lead and participating departments, plan."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("StartJointActionDialog", "发起联合执法"), parent)
        self.ctx, self.actor = ctx, actor
        self.result_info: JointActionInfo | None = None
        self.kind_combo = QComboBox()
        for k in (JointKind.REGULAR, JointKind.SPECIAL, JointKind.EMERGENCY):
            self.kind_combo.addItem(label(JOINT_KIND_LABELS[k]), k.value)
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit(to_qdate(ctx.clock.today()))
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        town = setup.township(ctx)
        self.lead_edit = QLineEdit(town.squad_name if town else "")
        self.departments_edit = QLineEdit()
        self.departments_edit.setPlaceholderText(self.tr("用“、”分隔，如：市场监管所、派出所"))
        self.plan_edit = QPlainTextEdit()
        self.plan_edit.setTabChangesFocus(True)
        self.plan_edit.setFixedHeight(80)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #606060;")
        self.form.addRow(self.tr("类型"), self.kind_combo)
        self.form.addRow(self.tr("行动名称"), self.title_edit)
        self.form.addRow(self.tr("行动日期"), self.date_edit)
        self.form.addRow(self.tr("牵头单位"), self.lead_edit)
        self.form.addRow(self.tr("参加部门"), self.departments_edit)
        self.form.addRow(self.tr("行动方案"), self.plan_edit)
        self.form.addRow("", self.hint_label)
        self.fields.update({"title": self.title_edit, "departments": self.departments_edit,
                            "plan": self.plan_edit, "kind": self.kind_combo,
                            "start_on": self.date_edit})
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_hint())
        self._update_hint()
        self.setMinimumWidth(520)

    def kind(self) -> JointKind:
        """The chosen kind."""
        return JointKind(self.kind_combo.currentData())

    def _update_hint(self) -> None:
        self.hint_label.setText({
            JointKind.REGULAR: self.tr("常规联合执法：按计划开展。"),
            JointKind.SPECIAL: self.tr("专项联合执法：须附行动方案，提前 {n} 日申请。").format(
                n=case_transfers.SPECIAL_ACTION_NOTICE_DAYS),
            JointKind.EMERGENCY: self.tr("应急联合执法：立即开展，登记即视为已报告。"),
        }[self.kind()])

    def submit(self) -> None:  # ServiceDialog.submit override
        departments = split_departments(self.departments_edit.text())
        if not departments:
            raise FormRefused(self.tr("请填写参加部门。"), "departments")
        lead = self.lead_edit.text().strip()
        if lead and lead not in departments:
            departments.insert(0, lead)
        self.result_info = case_transfers.start_joint_action(
            self.ctx, self.actor, kind=self.kind(), title=self.title_edit.text(),
            start_on=from_qdate(self.date_edit.date()), lead_department=lead,
            departments=departments, plan=self.plan_edit.toPlainText())


class LinkJointCaseDialog(ServiceDialog):
    """登记后续案件: a department's case filed after the action (the squad's own by number)."""

    def __init__(self, ctx: AppContext, actor: Actor, action: JointActionInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("LinkJointCaseDialog", "登记后续立案"), parent)
        self.ctx, self.actor, self.action = ctx, actor, action
        self.result_info: JointActionInfo | None = None
        self.department_combo = QComboBox()
        for d in dict.fromkeys([action.lead_department, *action.departments]):
            if d:
                self.department_combo.addItem(d, d)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("本队案件填写案件编号，可关联到案件详情"))
        self.form.addRow(self.tr("联合执法"), QLabel(action.title))
        self.form.addRow(self.tr("立案部门"), self.department_combo)
        self.form.addRow(self.tr("案件编号"), self.number_edit)
        self.fields.update({"department": self.department_combo, "case_number": self.number_edit})

    def submit(self) -> None:  # ServiceDialog.submit override
        number = self.number_edit.text().strip()
        if not number:
            raise FormRefused(self.tr("请填写案件编号。"), "case_number")
        case_id = case_search.case_id_by_number(self.ctx, number)
        self.result_info = case_transfers.link_joint_case(
            self.ctx, self.actor, self.action.id, department=self.department_combo.currentData(),
            case_number=number, case_id=case_id)


class JointActionsDialog(QDialog):
    """联合执法: the list of actions, the selected one's details and the cases filed after it."""

    changed = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.joint_actions: list[JointActionInfo] = []
        self.active_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("联合执法"))
        self.table = _table([self.tr("日期"), self.tr("类型"), self.tr("行动名称"),
                             self.tr("牵头单位"), self.tr("参加部门"), self.tr("后续立案")])
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cases_table = _table([self.tr("立案部门"), self.tr("案件编号"), self.tr("本队案件")])
        self.start_button = QPushButton(self.tr("发起联合执法…"))
        self.link_button = QPushButton(self.tr("登记后续立案…"))
        self.start_button.clicked.connect(lambda: self.start_action())
        self.link_button.clicked.connect(lambda: self.link_case())
        self.start_button.setVisible(actor.can(Permission.DECIDE_CASES))
        self.link_button.setVisible(actor.can(Permission.HANDLE_CASES))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.info_label)
        lv.addWidget(self.cases_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.resize(860, 560)
        self.refresh()

    def page_title(self) -> str:
        """Title (the page protocol)."""
        return self.tr("联合执法")

    def refresh(self, select_id: str | None = None) -> None:
        """Re-read the actions (a few dozen a year) and keep or set the selection."""
        chosen = self.selected()
        current = select_id or (chosen.id if chosen else None)
        self.joint_actions = case_transfers.joint_actions(self.ctx)
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(self.joint_actions))
        for r, a in enumerate(self.joint_actions):
            cells = [a.start_on.isoformat(), label(JOINT_KIND_LABELS[a.kind]), a.title,
                     a.lead_department, "、".join(a.departments), str(len(a.cases))]
            for c, text in enumerate(cells):
                t.setItem(r, c, _item(text))
        t.blockSignals(False)
        t.resizeColumnsToContents()
        row = next((r for r, a in enumerate(self.joint_actions) if a.id == current), 0)
        if self.joint_actions:
            t.selectRow(row)
        self._show_selected()

    def selected(self) -> JointActionInfo | None:
        """The selected action."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.joint_actions):
            return None
        return self.joint_actions[rows[0].row()]

    def _show_selected(self) -> None:
        a = self.selected()
        self.link_button.setEnabled(a is not None)
        if a is None:
            self.info_label.setText(self.tr("尚无联合执法行动。") if not self.joint_actions else "")
            self.cases_table.setRowCount(0)
            return
        lines = [self.tr("{kind}联合执法：{title}（{day}）").format(
            kind=label(JOINT_KIND_LABELS[a.kind]), title=a.title, day=a.start_on.isoformat())]
        if a.applied_at:
            lines.append(self.tr("申请时间：{at}").format(at=local_time_text(a.applied_at)))
        if a.reported_at:
            lines.append(self.tr("报告时间：{at}").format(at=local_time_text(a.reported_at)))
        if a.plan:
            lines.append(self.tr("行动方案：{plan}").format(plan=a.plan))
        self.info_label.setText("\n".join(lines))
        t = self.cases_table
        t.setRowCount(len(a.cases))
        for r, (dept, number, case_id) in enumerate(a.cases):
            t.setItem(r, 0, _item(dept))
            t.setItem(r, 1, _item(number))
            t.setItem(r, 2, _item(self.tr("是") if case_id else ""))
        t.resizeColumnsToContents()

    def _open(self, dialog: ServiceDialog) -> ServiceDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, dialog: ServiceDialog) -> None:
        info = getattr(dialog, "result_info", None)
        self.refresh(info.id if info else None)
        self._show_message(self.tr("已保存。"))
        self.changed.emit()

    def start_action(self) -> StartJointActionDialog:
        """发起联合执法…"""
        dialog = StartJointActionDialog(self.ctx, self.actor, self)
        self._open(dialog)
        dialog.title_edit.setFocus()
        return dialog

    def link_case(self) -> LinkJointCaseDialog | None:
        """登记后续立案… of the selected action."""
        a = self.selected()
        if a is None:
            self._show_message(self.tr("请先选择一次联合执法行动。"), error=True)
            return None
        dialog = LinkJointCaseDialog(self.ctx, self.actor, a, self)
        self._open(dialog)
        return dialog

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)
        self.message_label.show()
