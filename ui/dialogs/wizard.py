"""First-run wizard: the township, its squad, the document-number prefix, the first admin."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget, QWizard, QWizardPage

from app.context import AppContext
from app.errors import DomainError, ValidationError
from app.services import setup, ui_support
from ui.errors import error_text
from ui.widgets import ErrorLabel, with_error

log = logging.getLogger(__name__)


class _FormPage(QWizardPage):
    """A wizard page whose line edits each carry an error line, keyed by service field name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.errors: dict[str, ErrorLabel] = {}
        self.general = ErrorLabel()

    def add_field(self, field: str, label: str, edit: QLineEdit) -> QLineEdit:
        edit.setObjectName(field)
        err = ErrorLabel()
        err.setObjectName(f"{field}_error")
        self.errors[field] = err
        self.form.addRow(label, with_error(edit, err))
        return edit

    def clear_errors(self) -> None:
        for err in self.errors.values():
            err.clear_message()
        self.general.clear_message()

    def show_error(self, exc: DomainError) -> None:
        """Put the service's message next to its field (or under the form)."""
        field = exc.field if isinstance(exc, ValidationError) else ""
        self.errors.get(field, self.general).show_message(error_text(exc))


class TownshipPage(_FormPage):
    """Township name; squad name and number prefix follow it until edited by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("乡镇与执法队"))
        self.setSubTitle(
            self.tr("填写本乡镇（街道）的名称。执法队名称和文书编号前缀会自动生成，可以修改。")
        )
        self.township = self.add_field("township_name", self.tr("乡镇（街道）名称"), QLineEdit())
        self.township.setPlaceholderText(self.tr("例如：孝顺镇"))
        self.squad = self.add_field("squad_name", self.tr("执法队名称"), QLineEdit())
        self.prefix = self.add_field("doc_prefix", self.tr("文书编号前缀"), QLineEdit())
        self.form.addRow(self.general)
        self._squad_auto = ""
        self._prefix_auto = ""
        self.township.textChanged.connect(self._prefill)

    def _prefill(self, name: str) -> None:
        name = name.strip()
        squad = f"{name}综合行政执法队" if name else ""
        prefix = f"{name}综执" if name else ""
        if self.squad.text() == self._squad_auto:
            self.squad.setText(squad)
        if self.prefix.text() == self._prefix_auto:
            self.prefix.setText(prefix)
        self._squad_auto, self._prefix_auto = squad, prefix

    def validatePage(self) -> bool:  # QWizardPage.validatePage override
        self.clear_errors()
        try:
            ui_support.check_township_fields(
                self.township.text(), self.squad.text(), self.prefix.text()
            )
        except DomainError as exc:
            self.show_error(exc)
            return False
        return True


class AdminPage(_FormPage):
    """The first administrator account; finishing here initialises the store."""

    def __init__(
        self, ctx: AppContext, township: TownshipPage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.township_page = township
        self.setTitle(self.tr("管理员账户"))
        self.setSubTitle(self.tr("创建第一个管理员账户，用它登录后再为队员创建账户。"))
        self.username = self.add_field("username", self.tr("用户名"), QLineEdit("admin"))
        self.display_name = self.add_field("display_name", self.tr("姓名"), QLineEdit())
        self.password = self.add_field("password", self.tr("密码"), QLineEdit())
        self.confirm = self.add_field("confirm_password", self.tr("再次输入密码"), QLineEdit())
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        rules = QLabel(self.tr("密码至少 8 位，须同时包含字母和数字。"))
        rules.setStyleSheet("color: #555;")
        self.form.addRow(rules)
        self.form.addRow(self.general)

    def validatePage(self) -> bool:  # QWizardPage.validatePage override
        self.clear_errors()
        if self.password.text() != self.confirm.text():
            self.errors["confirm_password"].show_message(self.tr("两次输入的密码不一致。"))
            return False
        t = self.township_page
        try:
            info = setup.initialize(
                self.ctx,
                township_name=t.township.text(),
                squad_name=t.squad.text(),
                doc_prefix=t.prefix.text(),
                admin_username=self.username.text(),
                admin_display_name=self.display_name.text(),
                admin_password=self.password.text(),
            )
        except DomainError as exc:
            if isinstance(exc, ValidationError) and exc.field in t.errors:
                self.general.show_message(error_text(exc))
            else:
                self.show_error(exc)
            return False
        log.info("Store initialised for %s (admin %s)", info.name, self.username.text().strip())
        return True


class SetupWizard(QWizard):
    """First start on an empty store: creates the township and the first administrator."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次使用设置 - 乡镇综合执法队工作台"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(560, 420)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.township_page = TownshipPage()
        self.admin_page = AdminPage(ctx, self.township_page)
        self.addPage(self.township_page)
        self.addPage(self.admin_page)

    @property
    def admin_username(self) -> str:
        """The administrator's username as entered."""
        return self.admin_page.username.text().strip()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> str | None:
        """Run the wizard; the new administrator's username, or None when cancelled."""
        wiz = cls(ctx, parent)
        if wiz.exec() == QDialog.DialogCode.Accepted:
            return wiz.admin_username
        return None
