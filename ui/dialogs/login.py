"""Login dialog (lockout messages from the service) and the change-own-password dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError, ValidationError
from app.services import setup, users
from local_db.engine import StoreDamaged
from ui.errors import error_text
from ui.widgets import ErrorLabel, with_error

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Username and password; on success `actor` holds the logged-in user."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        hint: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.damaged: StoreDamaged | None = None
        self.setWindowTitle(self.tr("登录 - 乡镇综合执法队工作台"))
        self.setMinimumWidth(420)

        town = setup.township(ctx)
        title = QLabel(town.squad_name if town else self.tr("乡镇综合执法队工作台"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(
            "background: #fff8dc; padding: 6px; border: 1px solid #e0c870;"
        )
        self.hint_label.setVisible(bool(hint))

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = ErrorLabel()
        self.message.setObjectName("message")

        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)

        buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setDefault(True)
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = QPushButton(self.tr("退出"))
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.hint_label)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        """Ask the service; show its message on failure, accept on success."""
        try:
            actor = users.login(self.ctx, self.username.text(), self.password.text())
        except StoreDamaged as exc:  # the start-up's store check failed: ask() raises it
            self.damaged = exc
            self.reject()
            return
        except DomainError as exc:
            log.info("Login refused for %r: %s", self.username.text().strip(), exc.code)
            self.message.show_message(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        log.info("Logged in: %s", actor.username)
        self.actor = actor
        self.accept()

    @classmethod
    def ask(
        cls, ctx: AppContext, *, hint: str = "", username: str = "", parent: QWidget | None = None
    ) -> Actor | None:
        """Run the dialog; the logged-in actor, or None when the user quit.

        Raises StoreDamaged when the store failed the start-up's check (the login, a write,
        waits for it: local_db.engine.Database.wait_checked)."""
        dlg = cls(ctx, hint=hint, username=username, parent=parent)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        if dlg.damaged is not None:
            raise dlg.damaged
        return dlg.actor if accepted else None


class ChangePasswordDialog(QDialog):
    """The user changes their own password (forced after an administrator set it)."""

    def __init__(
        self, ctx: AppContext, actor: Actor, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.setWindowTitle(self.tr("修改密码"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("管理员为您设置了初始密码，请先修改为只有您自己知道的新密码。"))
            note.setWordWrap(True)
            lay.addWidget(note)
        self.old_password = QLineEdit()
        self.new_password = QLineEdit()
        self.confirm_password = QLineEdit()
        for edit in (self.old_password, self.new_password, self.confirm_password):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_error = ErrorLabel()
        self.new_error = ErrorLabel()
        self.confirm_error = ErrorLabel()
        self.message = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("原密码"), with_error(self.old_password, self.old_error))
        form.addRow(self.tr("新密码"), with_error(self.new_password, self.new_error))
        form.addRow(
            self.tr("再次输入新密码"), with_error(self.confirm_password, self.confirm_error)
        )
        lay.addLayout(form)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("修改密码"))
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("取消")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def try_change(self) -> None:
        """Check the repeat, call the service, show its message next to the field."""
        for label in (self.old_error, self.new_error, self.confirm_error, self.message):
            label.clear_message()
        if self.new_password.text() != self.confirm_password.text():
            self.confirm_error.show_message(self.tr("两次输入的新密码不一致。"))
            return
        try:
            users.change_own_password(
                self.ctx, self.actor, self.old_password.text(), self.new_password.text()
            )
        except ValidationError as exc:
            target = {"old_password": self.old_error, "new_password": self.new_error}
            target.get(exc.field, self.message).show_message(error_text(exc))
            return
        except DomainError as exc:
            self.message.show_message(error_text(exc))
            return
        log.info("Password changed by %s", self.actor.username)
        self.accept()

    @classmethod
    def ask(
        cls, ctx: AppContext, actor: Actor, *, forced: bool = False, parent: QWidget | None = None
    ) -> bool:
        """Run the dialog; True once the password was changed."""
        return cls(ctx, actor, forced=forced, parent=parent).exec() == QDialog.DialogCode.Accepted
