"""设置: the interface language (everyone) and the township details (administrators)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError, ValidationError
from app.rules.roles import Permission
from app.services import setup
from ui.errors import error_text
from ui.settings import Settings
from ui.widgets import ErrorLabel, with_error

log = logging.getLogger(__name__)

FORM_WIDTH = 640  # px: forms stay readable on wide screens


class SettingsPage(QWidget):
    """Language choice, applied at the next start; township form for administrators."""

    township_changed = Signal(object)  # setup.TownshipInfo

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.settings = settings or Settings()

        lang_box = QGroupBox(self.tr("界面语言"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("更改语言后，重新启动程序生效。"))
        self.language_note.setStyleSheet("color: #555;")
        lang_form = QFormLayout(lang_box)
        lang_form.addRow(self.tr("语言"), self.language)
        lang_form.addRow(self.language_note)

        lang_box.setMaximumWidth(FORM_WIDTH)
        lay = QVBoxLayout(self)
        lay.addWidget(lang_box)

        self.township_box: QGroupBox | None = None
        if actor.can(Permission.MANAGE_SETTINGS):
            self.township_box = QGroupBox(self.tr("乡镇与执法队"))
            self.name = QLineEdit()
            self.squad = QLineEdit()
            self.prefix = QLineEdit()
            self.errors = {
                "township_name": ErrorLabel(),
                "squad_name": ErrorLabel(),
                "doc_prefix": ErrorLabel(),
            }
            self.message = ErrorLabel()
            self.saved = QLabel()
            self.saved.setStyleSheet("color: #2e7d32;")
            form = QFormLayout(self.township_box)
            form.addRow(
                self.tr("乡镇（街道）名称"), with_error(self.name, self.errors["township_name"])
            )
            form.addRow(self.tr("执法队名称"), with_error(self.squad, self.errors["squad_name"]))
            form.addRow(self.tr("文书编号前缀"), with_error(self.prefix, self.errors["doc_prefix"]))
            self.save_button = QPushButton(self.tr("保存"))
            self.save_button.clicked.connect(self.save_township)
            row = QHBoxLayout()
            row.addWidget(self.save_button)
            row.addWidget(self.saved, 1)
            form.addRow(self.message)
            form.addRow(row)
            self.township_box.setMaximumWidth(FORM_WIDTH)
            lay.addWidget(self.township_box)
        lay.addStretch()
        self.refresh()

    def page_title(self) -> str:
        """Navigation title."""
        return self.tr("设置")

    def refresh(self) -> None:
        """Show the stored language and the township's current details."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.blockSignals(False)
        if self.township_box is not None:
            town = setup.township(self.ctx)
            if town is not None:
                self.name.setText(town.name)
                self.squad.setText(town.squad_name)
                self.prefix.setText(town.doc_prefix)

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index))
        self.settings.language = code
        log.info("Language set to %s (applies at next start)", code)
        self.language_note.setText(
            self.tr("已保存。重新启动程序后界面将使用：{language}").format(
                language=self.language.itemText(index)
            )
        )

    def save_township(self) -> None:
        """Save the township details through the service; errors go next to their field."""
        for err in self.errors.values():
            err.clear_message()
        self.message.clear_message()
        self.saved.clear()
        try:
            info = setup.update_township(
                self.ctx,
                self.actor,
                name=self.name.text(),
                squad_name=self.squad.text(),
                doc_prefix=self.prefix.text(),
            )
        except DomainError as exc:
            field = exc.field if isinstance(exc, ValidationError) else ""
            self.errors.get(field, self.message).show_message(error_text(exc))
            return
        self.saved.setText(self.tr("已保存。"))
        self.township_changed.emit(info)
