"""用户管理: the accounts table and the dialogs to create, edit, reset and disable accounts."""

from __future__ import annotations

from datetime import datetime
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
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.roles import ROLE_LABELS, Permission, Role
from app.services import users
from app.services.users import UserInfo
from ui.errors import error_text
from ui.pages._forms import (
    ERROR_STYLE,
    FormRefused,
    ServiceDialog,
    TitledTableModel,
    fit_columns,
    label,
    local_time_text,
    setup_table,
)
from ui.widgets import Messages

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: default parent of table rows
_ROLE_ORDER = list(Role)


def roles_text(roles: frozenset[Role]) -> str:
    """Role labels in the permission table's order, joined by 、."""
    return "、".join(label(ROLE_LABELS[r]) for r in _ROLE_ORDER if r in roles)


class UsersModel(TitledTableModel):
    """Accounts as rows: 用户名, 姓名, 角色, 状态, 最后登录."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UserInfo] = []
        self.now: datetime | None = None

    def set_rows(self, rows: list[UserInfo], now: datetime) -> None:
        """Replace the accounts shown (`now` decides whether a lock is still running)."""
        self.beginResetModel()
        self.rows = rows
        self.now = now
        self.endResetModel()

    def row_total(self) -> int:  # TitledTableModel
        return len(self.rows)

    def column_titles(self) -> list[str]:  # TitledTableModel
        return [
            self.tr("用户名"),
            self.tr("姓名"),
            self.tr("角色"),
            self.tr("状态"),
            self.tr("最后登录"),
        ]

    def state_text(self, u: UserInfo) -> str:
        """启用 / 停用 / 锁定至 HH:MM."""
        if not u.active:
            return self.tr("停用")
        if u.locked_until is not None and self.now is not None and u.locked_until > self.now:
            return self.tr("锁定至 {time}").format(time=local_time_text(u.locked_until))
        return self.tr("启用")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # override
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        u = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return u.username
            if col == 1:
                return u.display_name
            if col == 2:
                return roles_text(u.roles)
            if col == 3:
                return self.state_text(u)
            if col == 4:
                return local_time_text(u.last_login_at) or self.tr("从未登录")
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 3 and self.state_text(u) != self.tr("启用"):
                return QBrush(QColor("#c62828"))
            if not u.active:
                return QBrush(QColor("#808080"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and u.must_change_password:
            return self.tr("下次登录须修改密码")
        return None


class RoleChecks(QWidget):
    """One check box per role, with its label."""

    def __init__(
        self, selected: frozenset[Role] = frozenset(), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for i, role in enumerate(_ROLE_ORDER):
            box = QCheckBox(label(ROLE_LABELS[role]))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in selected)
            grid.addWidget(box, i // 3, i % 3)
            self.boxes[role] = box
        self.setFocusProxy(self.boxes[_ROLE_ORDER[0]])

    def roles(self) -> frozenset[Role]:
        """The ticked roles."""
        return frozenset(r for r, box in self.boxes.items() if box.isChecked())


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class CreateUserDialog(ServiceDialog):
    """新建用户: username, name, roles, initial password twice → users.create_user."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CreateUserDialog", "新建用户"), parent)
        self.ctx, self.actor = ctx, actor
        self.created: UserInfo | None = None
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("登录用的名称，字母或数字"))
        self.name_edit = QLineEdit()
        self.role_checks = RoleChecks()
        self.password_edit = _password_edit()
        self.password_again = _password_edit()
        self.form.addRow(self.tr("用户名(&U)"), self.username_edit)
        self.form.addRow(self.tr("姓名(&N)"), self.name_edit)
        self.form.addRow(self.tr("角色"), self.role_checks)
        self.form.addRow(self.tr("初始密码(&P)"), self.password_edit)
        self.form.addRow(self.tr("再次输入密码"), self.password_again)
        hint = QLabel(self.tr("用户首次登录时须修改密码。"))
        hint.setStyleSheet("color: #666;")
        self.form.addRow("", hint)
        self.fields = {
            "username": self.username_edit,
            "display_name": self.name_edit,
            "roles": self.role_checks,
            "password": self.password_edit,
            "password_again": self.password_again,
        }

    def submit(self) -> None:  # override ServiceDialog.submit
        if self.password_edit.text() != self.password_again.text():
            raise FormRefused(self.tr("两次输入的密码不一致。"), "password_again")
        self.created = users.create_user(
            self.ctx,
            self.actor,
            username=self.username_edit.text(),
            display_name=self.name_edit.text(),
            roles=self.role_checks.roles(),
            password=self.password_edit.text(),
        )


class EditUserDialog(ServiceDialog):
    """修改: display name and roles → users.update_user."""

    def __init__(
        self, ctx: AppContext, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("EditUserDialog", "修改用户 {name}").format(
                name=user.username
            ),
            parent,
        )
        self.ctx, self.actor, self.user = ctx, actor, user
        self.name_edit = QLineEdit(user.display_name)
        self.role_checks = RoleChecks(user.roles)
        self.form.addRow(self.tr("用户名"), QLabel(user.username))
        self.form.addRow(self.tr("姓名(&N)"), self.name_edit)
        self.form.addRow(self.tr("角色"), self.role_checks)
        self.fields = {"display_name": self.name_edit, "roles": self.role_checks}

    def submit(self) -> None:  # override ServiceDialog.submit
        users.update_user(
            self.ctx,
            self.actor,
            self.user.id,
            display_name=self.name_edit.text(),
            roles=self.role_checks.roles(),
        )


class ResetPasswordDialog(ServiceDialog):
    """重置密码: new password twice → users.reset_password."""

    def __init__(
        self, ctx: AppContext, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ResetPasswordDialog", "重置 {name} 的密码").format(
                name=user.username
            ),
            parent,
        )
        self.ctx, self.actor, self.user = ctx, actor, user
        self.password_edit = _password_edit()
        self.password_again = _password_edit()
        self.form.addRow(self.tr("新密码(&P)"), self.password_edit)
        self.form.addRow(self.tr("再次输入新密码"), self.password_again)
        hint = QLabel(self.tr("重置后账户解除锁定，用户下次登录时须修改密码。"))
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.fields = {"password": self.password_edit, "password_again": self.password_again}

    def submit(self) -> None:  # override ServiceDialog.submit
        if self.password_edit.text() != self.password_again.text():
            raise FormRefused(self.tr("两次输入的密码不一致。"), "password_again")
        users.reset_password(self.ctx, self.actor, self.user.id, self.password_edit.text())


class UsersPage(QWidget):
    """用户管理 (administrators)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.active_dialog: QDialog | None = None
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.table.activated.connect(lambda _index: self.edit_user())

        self.create_button = QPushButton(self.tr("新建用户(&N)"))
        self.edit_button = QPushButton(self.tr("修改(&E)"))
        self.reset_button = QPushButton(self.tr("重置密码(&R)"))
        self.active_button = QPushButton(self.tr("停用(&D)"))
        self.create_button.clicked.connect(self.create_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.message_label = QLabel()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        buttons = QHBoxLayout()
        for b in (self.create_button, self.edit_button, self.reset_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.setTabOrder(self.table, self.create_button)
        self.setFocusProxy(self.table)
        self.refresh()

    def page_title(self) -> str:
        """Title shown by the main window."""
        return self.tr("用户管理")

    def refresh(self) -> None:
        """Reload the accounts, keeping the selection."""
        selected = self.selected_user()
        self.message_label.hide()
        if not self.actor.can(Permission.MANAGE_USERS):
            self.model.set_rows([], self.ctx.clock.now())
            self._show_message(self.tr("当前用户无权管理用户账户。"))
            for b in (self.create_button, self.edit_button, self.reset_button, self.active_button):
                b.hide()
            return
        try:
            rows = users.list_users(self.ctx, self.actor)
        except DomainError as exc:
            rows = []
            self._show_message(error_text(exc))
        self.model.set_rows(rows, self.ctx.clock.now())
        fit_columns(self.table)
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def selected_user(self) -> UserInfo | None:
        """The account of the current row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[rows[0].row()]

    def select_user(self, user_id: str) -> None:
        """Select the row of `user_id`."""
        for i, u in enumerate(self.model.rows):
            if u.id == user_id:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        u = self.selected_user()
        for b in (self.edit_button, self.reset_button, self.active_button):
            b.setEnabled(u is not None)
        if u is not None and not u.active:
            self.active_button.setText(self.tr("启用(&D)"))
        else:
            self.active_button.setText(self.tr("停用(&D)"))

    def show_dialog(self, dialog: QDialog) -> None:
        """Open `dialog` window-modally without blocking; refresh when it is accepted."""
        self.active_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_confirm(self, title: str, text: str, ok_text: str) -> bool:
        """Ask yes/no through the shell's replaceable message boxes."""
        return Messages.confirm(self, title, text, ok_text)

    def create_user(self) -> None:
        """Open 新建用户."""
        dialog = CreateUserDialog(self.ctx, self.actor, self)
        self.show_dialog(dialog)  # connects refresh first: select the new row after it
        dialog.accepted.connect(lambda: self._select_created(dialog))

    def _select_created(self, dialog: CreateUserDialog) -> None:
        if dialog.created is not None:
            self.select_user(dialog.created.id)

    def edit_user(self) -> None:
        """Open 修改 for the selected account."""
        u = self.selected_user()
        if u is not None and self.actor.can(Permission.MANAGE_USERS):
            self.show_dialog(EditUserDialog(self.ctx, self.actor, u, self))

    def reset_password(self) -> None:
        """Open 重置密码 for the selected account."""
        u = self.selected_user()
        if u is not None:
            self.show_dialog(ResetPasswordDialog(self.ctx, self.actor, u, self))

    def toggle_active(self) -> None:
        """停用 / 启用 the selected account after confirmation."""
        u = self.selected_user()
        if u is None:
            return
        if u.active:
            title = self.tr("停用用户")
            text = self.tr("停用账户“{name}”（{user}）？停用后该账户不能登录。")
        else:
            title = self.tr("启用用户")
            text = self.tr("重新启用账户“{name}”（{user}）？")
        ok_text = self.tr("停用") if u.active else self.tr("启用")
        if not self.ask_confirm(title, text.format(name=u.display_name, user=u.username), ok_text):
            return
        self.message_label.hide()
        try:
            users.set_active(self.ctx, self.actor, u.id, not u.active)
        except DomainError as exc:
            self._show_message(error_text(exc))
            return
        self.refresh()
