"""人员与证件: the staff register, squad composition and the certificate action dialogs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.certificates import (
    INELIGIBLE_LABELS,
    CertAction,
    CertStatus,
    Eligibility,
    StaffKind,
    StaffPosition,
    status_after,
)
from app.rules.roles import Permission
from app.services import staff, users
from app.services.staff import (
    CERT_ACTION_LABELS,
    CERT_STATUS_LABELS,
    KIND_LABELS,
    POSITION_LABELS,
    StaffInfo,
    StaffInput,
)
from ui.errors import error_text
from ui.pages._forms import (
    DATE_FORMAT,
    ERROR_STYLE,
    OptionalDateEdit,
    ServiceDialog,
    TitledTableModel,
    colour_dot,
    fit_columns,
    from_qdate,
    label,
    setup_table,
    to_qdate,
)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: default parent of table rows

STATUS_COLOURS: dict[CertStatus, str] = {
    CertStatus.GREEN: "#2e7d32",
    CertStatus.YELLOW: "#f9a825",
    CertStatus.ORANGE: "#ef6c00",
    CertStatus.RED: "#c62828",
}
NO_CERT_COLOUR = "#9e9e9e"
RED = QColor("#c62828")
GREY = QColor("#808080")


class StaffRow:
    """One member with the answers the table shows (computed once per refresh)."""

    def __init__(self, info: StaffInfo, today: date) -> None:
        self.info = info
        self.eligibility: Eligibility = staff.eligibility(info, today)
        self.expired = info.cert_expires_on is not None and info.cert_expires_on < today


class StaffModel(TitledTableModel):
    """Register rows: 姓名, 类别, 职务, 执法证号, 有效期至, 证件状态, 可否办案, 电话."""

    NAME, KIND, POSITION, CERT, EXPIRES, STATUS, ELIGIBLE, PHONE = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        """Replace the members shown."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_total(self) -> int:  # TitledTableModel
        return len(self.rows)

    def column_titles(self) -> list[str]:  # TitledTableModel
        return [
            self.tr("姓名"),
            self.tr("类别"),
            self.tr("职务"),
            self.tr("执法证号"),
            self.tr("有效期至"),
            self.tr("证件状态"),
            self.tr("可否办案"),
            self.tr("电话"),
        ]

    def status_text(self, row: StaffRow) -> str:
        """The certificate status as shown (— for auxiliaries, 未发证 without a number)."""
        info = row.info
        if info.kind is StaffKind.AUXILIARY:
            return "—"
        if not info.cert_number:
            return self.tr("未发证")
        return label(CERT_STATUS_LABELS[info.cert_status])

    def eligible_text(self, row: StaffRow) -> str:
        """是 / 是（黄牌警告）/ 否."""
        if not row.eligibility.ok:
            return self.tr("否")
        if row.eligibility.flagged:
            return self.tr("是（黄牌警告）")
        return self.tr("是")

    @staticmethod
    def reasons_text(row: StaffRow) -> str:
        """Why the member may not handle cases, one reason a line."""
        return "\n".join(label(INELIGIBLE_LABELS[r]) for r in row.eligibility.reasons)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        info = row.info
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return (
                    info.name if info.active else self.tr("{name}（已停用）").format(name=info.name)
                )
            if col == self.KIND:
                return label(KIND_LABELS[info.kind])
            if col == self.POSITION:
                return label(POSITION_LABELS[info.position])
            if col == self.CERT:
                return info.cert_number or ""
            if col == self.EXPIRES:
                return info.cert_expires_on.isoformat() if info.cert_expires_on else ""
            if col == self.STATUS:
                return self.status_text(row)
            if col == self.ELIGIBLE:
                return self.eligible_text(row)
            if col == self.PHONE:
                return info.phone or ""
        elif role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            if info.kind is StaffKind.SWORN:
                colour = STATUS_COLOURS[info.cert_status] if info.cert_number else NO_CERT_COLOUR
                return colour_dot(colour)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ELIGIBLE and row.eligibility.reasons:
                return self.reasons_text(row)
            if col == self.EXPIRES and row.expired:
                return self.tr("执法证已过期")
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == self.ELIGIBLE and not row.eligibility.ok:
                return QBrush(RED)
            if col == self.EXPIRES and row.expired:
                return QBrush(RED)
            if not info.active:
                return QBrush(GREY)
        elif role == Qt.ItemDataRole.UserRole:
            return info.id
        return None


def _combo(items: list[tuple[str, object]], current: object = None) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    if current is not None:
        i = combo.findData(current)
        if i >= 0:
            combo.setCurrentIndex(i)
    return combo


class StaffDialog(ServiceDialog):
    """新增人员 / 编辑: the StaffInput fields → staff.add_staff or staff.update_staff."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        member: StaffInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("StaffDialog", "新增人员")
            if member is None
            else QCoreApplication.translate("StaffDialog", "编辑人员 {name}").format(
                name=member.name
            )
        )
        super().__init__(title, parent)
        self.ctx, self.actor, self.member = ctx, actor, member
        self.saved: StaffInfo | None = None
        today = ctx.clock.today()
        self.name_edit = QLineEdit(member.name if member else "")
        self.kind_combo = _combo(
            [(label(KIND_LABELS[k]), k) for k in StaffKind],
            member.kind if member else StaffKind.SWORN,
        )
        self.position_combo = _combo(
            [(label(POSITION_LABELS[p]), p) for p in StaffPosition],
            member.position if member else StaffPosition.MEMBER,
        )
        self.gender_combo = _combo(
            [(self.tr("未填写"), None), (self.tr("男"), "男"), (self.tr("女"), "女")],
            member.gender if member else None,
        )
        self.phone_edit = QLineEdit(member.phone or "" if member else "")
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("（不关联）"), None)
        self.can_link_users = actor.can(Permission.MANAGE_USERS)
        if self.can_link_users:
            for u in users.list_users(ctx, actor):
                self.user_combo.addItem(f"{u.display_name}（{u.username}）", u.id)
            if member and member.user_id:
                i = self.user_combo.findData(member.user_id)
                if i >= 0:
                    self.user_combo.setCurrentIndex(i)
        self.cert_number_edit = QLineEdit(member.cert_number or "" if member else "")
        self.cert_issuer_edit = QLineEdit(member.cert_issuer or "" if member else "")
        self.issued_edit = OptionalDateEdit(member.cert_issued_on if member else None, today)
        self.expires_edit = OptionalDateEdit(member.cert_expires_on if member else None, today)
        self.note_edit = QPlainTextEdit(member.note or "" if member else "")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)

        self.form.addRow(self.tr("姓名(&N)"), self.name_edit)
        self.form.addRow(self.tr("类别"), self.kind_combo)
        self.form.addRow(self.tr("职务"), self.position_combo)
        self.form.addRow(self.tr("性别"), self.gender_combo)
        self.form.addRow(self.tr("电话"), self.phone_edit)
        if self.can_link_users:
            self.form.addRow(self.tr("登录账户"), self.user_combo)
        self.form.addRow(self.tr("执法证号"), self.cert_number_edit)
        self.form.addRow(self.tr("发证机关"), self.cert_issuer_edit)
        self.form.addRow(self.tr("发证日期"), self.issued_edit)
        self.form.addRow(self.tr("有效期至"), self.expires_edit)
        self.form.addRow(self.tr("备注"), self.note_edit)
        hint = QLabel(self.tr("证件状态只能通过“证件操作”改变。辅助执法人员不持有执法证。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        self.form.addRow("", hint)
        self.fields = {
            "name": self.name_edit,
            "kind": self.kind_combo,
            "position": self.position_combo,
            "gender": self.gender_combo,
            "phone": self.phone_edit,
            "user_id": self.user_combo,
            "cert_number": self.cert_number_edit,
            "cert_issuer": self.cert_issuer_edit,
            "cert_issued_on": self.issued_edit,
            "cert_expires_on": self.expires_edit,
            "note": self.note_edit,
        }

    def input(self) -> StaffInput:
        """The form as a StaffInput (a hidden account link keeps the member's current one)."""
        if self.can_link_users:
            user_id = self.user_combo.currentData()
        else:
            user_id = self.member.user_id if self.member else None
        return StaffInput(
            name=self.name_edit.text(),
            kind=StaffKind(self.kind_combo.currentData()),
            position=StaffPosition(self.position_combo.currentData()),
            gender=self.gender_combo.currentData(),
            phone=self.phone_edit.text(),
            user_id=user_id,
            cert_number=self.cert_number_edit.text(),
            cert_issuer=self.cert_issuer_edit.text(),
            cert_issued_on=self.issued_edit.value(),
            cert_expires_on=self.expires_edit.value(),
            note=self.note_edit.toPlainText(),
        )

    def submit(self) -> None:  # override ServiceDialog.submit
        if self.member is None:
            self.saved = staff.add_staff(self.ctx, self.actor, self.input())
        else:
            self.saved = staff.update_staff(self.ctx, self.actor, self.member.id, self.input())


def allowed_actions(member: StaffInfo) -> list[CertAction]:
    """Certificate actions possible from the member's current status (only 发证 without one)."""
    if member.kind is not StaffKind.SWORN:
        return []
    if not member.cert_number:
        return [CertAction.ISSUE]
    return [a for a in CertAction if status_after(a, member.cert_status) is not None]


class CertificateActionDialog(ServiceDialog):
    """证件操作: a recorded action with its reason → staff.apply_certificate_action."""

    def __init__(
        self, ctx: AppContext, actor: Actor, member: StaffInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CertificateActionDialog", "证件操作：{name}").format(
                name=member.name
            ),
            parent,
        )
        self.ctx, self.actor, self.member = ctx, actor, member
        self.saved: StaffInfo | None = None
        today = ctx.clock.today()
        current = (
            label(CERT_STATUS_LABELS[member.cert_status])
            if member.cert_number
            else self.tr("未发证")
        )
        self.current_label = QLabel(
            self.tr("{number}　当前状态：{status}").format(
                number=member.cert_number or self.tr("（无证号）"), status=current
            )
        )
        self.action_combo = _combo(
            [(label(CERT_ACTION_LABELS[a]), a) for a in allowed_actions(member)]
        )
        self.after_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("必填，例如考核结果、文件依据"))
        self.effective_edit = QDateEdit(to_qdate(today))
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat(DATE_FORMAT)
        self.cert_number_edit = QLineEdit(member.cert_number or "")
        self.cert_issuer_edit = QLineEdit(member.cert_issuer or "")
        self.issued_edit = QDateEdit(to_qdate(today))
        self.issued_edit.setCalendarPopup(True)
        self.issued_edit.setDisplayFormat(DATE_FORMAT)
        self.expires_edit = OptionalDateEdit(None, member.cert_expires_on or today)

        self.form.addRow(self.tr("执法证"), self.current_label)
        self.form.addRow(self.tr("操作(&A)"), self.action_combo)
        self.form.addRow(self.tr("操作后状态"), self.after_label)
        self.form.addRow(self.tr("原因(&R)"), self.reason_edit)
        self.form.addRow(self.tr("生效日期"), self.effective_edit)
        self.form.addRow(self.tr("执法证号"), self.cert_number_edit)
        self.form.addRow(self.tr("发证机关"), self.cert_issuer_edit)
        self.form.addRow(self.tr("发证日期"), self.issued_edit)
        self.form.addRow(self.tr("有效期至"), self.expires_edit)
        self.fields = {
            "reason": self.reason_edit,
            "cert_number": self.cert_number_edit,
            "cert_issuer": self.cert_issuer_edit,
            "cert_expires_on": self.expires_edit,
        }
        self.action_combo.currentIndexChanged.connect(self._action_changed)
        self._action_changed()

    def action(self) -> CertAction | None:
        """The chosen action."""
        value = self.action_combo.currentData()
        return None if value is None else CertAction(value)

    def select_action(self, action: CertAction) -> None:
        """Choose `action` in the combo (when allowed)."""
        i = self.action_combo.findData(action)
        if i >= 0:
            self.action_combo.setCurrentIndex(i)

    def _action_changed(self) -> None:
        action = self.action()
        issue = action is CertAction.ISSUE
        renew = action is CertAction.RENEW
        for widget in (self.cert_number_edit, self.cert_issuer_edit, self.issued_edit):
            self.form.setRowVisible(widget, issue)
        self.form.setRowVisible(self.expires_edit, issue or renew)
        if action is None:
            self.after_label.setText(self.tr("没有可执行的操作"))
            self.ok_button.setEnabled(False)
            return
        after = status_after(action, self.member.cert_status)
        self.after_label.setText(label(CERT_STATUS_LABELS[after]) if after else "")
        self.after_label.setStyleSheet(f"color: {STATUS_COLOURS[after]};" if after else "")
        self.adjustSize()

    def submit(self) -> None:  # override ServiceDialog.submit
        action = self.action()
        if action is None:
            return
        issue = action is CertAction.ISSUE
        self.saved = staff.apply_certificate_action(
            self.ctx,
            self.actor,
            self.member.id,
            action,
            reason=self.reason_edit.text(),
            effective_on=from_qdate(self.effective_edit.date()),
            cert_number=self.cert_number_edit.text() if issue else None,
            cert_issuer=self.cert_issuer_edit.text() if issue else None,
            issued_on=from_qdate(self.issued_edit.date()) if issue else None,
            expires_on=self.expires_edit.value()
            if action in (CertAction.ISSUE, CertAction.RENEW)
            else None,
        )


class StaffActiveDialog(ServiceDialog):
    """停用人员 / 启用人员 with the required reason → staff.set_staff_active."""

    def __init__(
        self, ctx: AppContext, actor: Actor, member: StaffInfo, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("StaffActiveDialog", "停用人员 {name}")
            if member.active
            else QCoreApplication.translate("StaffActiveDialog", "启用人员 {name}")
        )
        super().__init__(title.format(name=member.name), parent)
        self.ctx, self.actor, self.member = ctx, actor, member
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("必填，例如调离、退休") if member.active else self.tr("必填，例如重新入队")
        )
        self.form.addRow(self.tr("原因(&R)"), self.reason_edit)
        if member.active:
            hint = QLabel(self.tr("停用后该人员不再计入队伍人数，也不能办案；记录保留。"))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #666;")
            self.form.addRow("", hint)
        self.fields = {"reason": self.reason_edit}

    def submit(self) -> None:  # override ServiceDialog.submit
        staff.set_staff_active(
            self.ctx, self.actor, self.member.id, not self.member.active, self.reason_edit.text()
        )


class HoldingsDialog(QDialog):
    """领用装备: what the member holds now (open check-outs), overdue ones in red."""

    def __init__(self, ctx: AppContext, member: StaffInfo, parent: QWidget | None = None) -> None:
        from app.services.equipment import holdings_of

        super().__init__(parent)
        self.setWindowTitle(self.tr("领用装备：{name}").format(name=member.name))
        loans = holdings_of(ctx, member.id)
        self.table = QTableWidget(len(loans), 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("资产编号"), self.tr("名称/型号"), self.tr("领用日期"), self.tr("应还日期"),
             self.tr("领用时状况")]
        )
        setup_table(self.table)
        for i, loan in enumerate(loans):
            cells = [
                loan.asset_tag,
                loan.item_name,
                loan.out_at.astimezone().date().isoformat(),
                loan.due_back.isoformat() if loan.due_back else self.tr("长期配发"),
                loan.condition_out or "",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if loan.overdue:
                    item.setForeground(QColor("#c62828"))
                self.table.setItem(i, j, item)
        fit_columns(self.table)
        self.empty_label = QLabel(self.tr("当前未领用装备。"))
        self.empty_label.setVisible(not loans)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 320)


class CertificateHistoryDialog(QDialog):
    """证件记录: the member's recorded certificate actions, oldest first."""

    def __init__(self, ctx: AppContext, member: StaffInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("证件记录：{name}").format(name=member.name))
        history = staff.certificate_history(ctx, member.id)
        self.table = QTableWidget(len(history), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("生效日期"),
                self.tr("操作"),
                self.tr("状态变化"),
                self.tr("原因"),
                self.tr("操作人"),
            ]
        )
        setup_table(self.table)
        for i, a in enumerate(history):
            cells = [
                a.effective_on.isoformat(),
                label(CERT_ACTION_LABELS[a.action]),
                f"{label(CERT_STATUS_LABELS[a.from_status])} → {label(CERT_STATUS_LABELS[a.to_status])}",
                a.reason,
                a.by_user or "",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 3:
                    item.setToolTip(text)
                self.table.setItem(i, j, item)
        fit_columns(self.table)
        self.empty_label = QLabel(self.tr("尚无证件操作记录。"))
        self.empty_label.setVisible(not history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 320)


class StaffPage(QWidget):
    """人员与证件."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.active_dialog: QDialog | None = None
        self.all_rows: list[StaffRow] = []

        self.composition_label = QLabel()
        self.composition_label.setObjectName("compositionLabel")
        self.composition_label.setStyleSheet("font-weight: bold;")
        self.limit_label = QLabel()
        self.limit_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.kind_combo = _combo(
            [
                (self.tr("全部人员"), None),
                (label(KIND_LABELS[StaffKind.SWORN]), StaffKind.SWORN),
                (label(KIND_LABELS[StaffKind.AUXILIARY]), StaffKind.AUXILIARY),
            ]
        )
        self.inactive_box = QCheckBox(self.tr("显示已停用"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("按姓名或执法证号查找（可用扫码枪）"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.inactive_box.toggled.connect(lambda _on: self.refresh())
        self.search_edit.textChanged.connect(lambda _t: self.apply_search())
        self.search_edit.returnPressed.connect(self._search_entered)

        self.model = StaffModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.doubleClicked.connect(lambda _index: self.open_row())
        self.table.activated.connect(lambda _index: self.open_row())

        self.add_button = QPushButton(self.tr("新增人员(&N)"))
        self.edit_button = QPushButton(self.tr("编辑(&E)"))
        self.cert_button = QPushButton(self.tr("证件操作(&C)…"))
        self.active_button = QPushButton(self.tr("停用人员(&D)"))
        self.history_button = QPushButton(self.tr("证件记录(&H)"))
        self.holdings_button = QPushButton(self.tr("领用装备(&Q)"))
        self.holdings_button.clicked.connect(self.show_holdings)
        self.holdings_button.setVisible(actor.can(Permission.VIEW_EQUIPMENT))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.cert_button.clicked.connect(self.certificate_action)
        self.active_button.clicked.connect(self.toggle_active)
        self.history_button.clicked.connect(self.show_history)
        can_manage = actor.can(Permission.MANAGE_STAFF)
        for b in (self.add_button, self.edit_button, self.active_button):
            b.setVisible(can_manage)
        self.cert_button.setVisible(actor.can(Permission.CERTIFICATE_ACTION))
        self.message_label = QLabel()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        head = QHBoxLayout()
        head.addWidget(self.composition_label)
        head.addWidget(self.limit_label)
        head.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.inactive_box)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.cert_button,
            self.active_button,
            self.history_button,
            self.holdings_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.inactive_box)
        self.setTabOrder(self.inactive_box, self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.setFocusProxy(self.search_edit)
        self.refresh()

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("人员与证件")

    def refresh(self) -> None:
        """Reload the register and the squad composition, keeping the selection."""
        selected = self.selected_member()
        self.message_label.hide()
        today = self.ctx.clock.today()
        people = staff.list_staff(
            self.ctx,
            include_inactive=self.inactive_box.isChecked(),
            kind=self.kind_filter(),
        )
        self.all_rows = [StaffRow(p, today) for p in people]
        comp = staff.squad_composition(self.ctx)
        self.composition_label.setText(
            self.tr("在编执法队员 {sworn} 人，辅助人员 {aux} 人").format(
                sworn=comp.sworn, aux=comp.auxiliaries
            )
        )
        self.limit_label.setText(
            "" if comp.within_limit else self.tr("辅助人员多于在编执法队员，不符合规定")
        )
        self.limit_label.setVisible(not comp.within_limit)
        self.apply_search()
        if selected is not None:
            self.select_member(selected.id)
        self._update_buttons()

    def kind_filter(self) -> StaffKind | None:
        """The kind chosen in the filter combo (None: everybody)."""
        value = self.kind_combo.currentData()
        return StaffKind(value) if value else None

    def apply_search(self) -> None:
        """Show the rows whose name or certificate number contains the search text."""
        needle = self.search_edit.text().strip().casefold()
        rows = [
            r
            for r in self.all_rows
            if not needle
            or needle in r.info.name.casefold()
            or needle in (r.info.cert_number or "").casefold()
        ]
        self.model.set_rows(rows)
        fit_columns(self.table)
        self._update_buttons()

    def _search_entered(self) -> None:
        # A scanner ends the certificate number with Enter: select the match and go to the table.
        if self.model.rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected_member(self) -> StaffInfo | None:
        """The member of the current row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[rows[0].row()].info

    def select_member(self, staff_id: str) -> None:
        """Select the row of `staff_id` (if shown)."""
        for i, r in enumerate(self.model.rows):
            if r.info.id == staff_id:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        m = self.selected_member()
        for b in (self.edit_button, self.history_button, self.active_button, self.holdings_button):
            b.setEnabled(m is not None)
        self.cert_button.setEnabled(m is not None and bool(allowed_actions(m)))
        if m is not None and not m.active:
            self.active_button.setText(self.tr("启用人员(&D)"))
        else:
            self.active_button.setText(self.tr("停用人员(&D)"))

    def show_dialog(self, dialog: QDialog) -> None:
        """Open `dialog` window-modally without blocking; refresh when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _select_saved(self, dialog: StaffDialog | CertificateActionDialog) -> None:
        if dialog.saved is not None:
            self.select_member(dialog.saved.id)

    def open_row(self) -> None:
        """Double-click / Enter on a row: 编辑 when allowed, else 证件记录."""
        if self.actor.can(Permission.MANAGE_STAFF):
            self.edit_member()
        else:
            self.show_history()

    def add_member(self) -> None:
        """Open 新增人员."""
        try:
            dialog = StaffDialog(self.ctx, self.actor, None, self)
        except DomainError as exc:
            self._show_message(error_text(exc))
            return
        self.show_dialog(dialog)
        dialog.accepted.connect(lambda: self._select_saved(dialog))

    def edit_member(self) -> None:
        """Open 编辑 for the selected member."""
        m = self.selected_member()
        if m is None or not self.actor.can(Permission.MANAGE_STAFF):
            return
        try:
            dialog = StaffDialog(self.ctx, self.actor, m, self)
        except DomainError as exc:
            self._show_message(error_text(exc))
            return
        self.show_dialog(dialog)

    def certificate_action(self) -> None:
        """Open 证件操作 for the selected member."""
        m = self.selected_member()
        if m is None or not self.actor.can(Permission.CERTIFICATE_ACTION) or not allowed_actions(m):
            return
        self.show_dialog(CertificateActionDialog(self.ctx, self.actor, m, self))

    def toggle_active(self) -> None:
        """Open 停用人员 / 启用人员 (reason required) for the selected member."""
        m = self.selected_member()
        if m is not None and self.actor.can(Permission.MANAGE_STAFF):
            self.show_dialog(StaffActiveDialog(self.ctx, self.actor, m, self))

    def show_history(self) -> None:
        """Open 证件记录 for the selected member."""
        m = self.selected_member()
        if m is not None:
            self.show_dialog(CertificateHistoryDialog(self.ctx, m, self))

    def show_holdings(self) -> None:
        """Open 领用装备 (who holds what) for the selected member."""
        m = self.selected_member()
        if m is not None:
            self.show_dialog(HoldingsDialog(self.ctx, m, self))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
