"""设置 → 备份: the backup folder, the automatic schedule (每天 / 每周 / 仅手动) and how many
backups to keep. Stored in the store through app/services/backup.py, which checks them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError, ValidationError
from app.services import backup as backup_service
from app.services.backup import MAX_KEEP, SCHEDULE_LABELS, BackupSchedule, BackupSettings
from ui.errors import error_text, label_text
from ui.widgets import ErrorLabel, with_error

log = logging.getLogger(__name__)


class BackupSettingsGroup(QGroupBox):
    """The 备份 group of the settings page (administrators who manage backups)."""

    saved_settings = Signal(object)  # BackupSettings

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("备份"))
        self.setObjectName("backup_settings")
        self.ctx = ctx
        self.actor = actor

        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.folder.setPlaceholderText(self.tr("备份文件夹的完整路径"))
        self.choose_button = QPushButton(self.tr("选择…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("默认位置"))
        self.default_button.setToolTip(self.tr("数据库所在文件夹中的 backups 文件夹"))
        self.default_button.clicked.connect(self.use_default_folder)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.default_button)

        self.schedule = QComboBox()
        self.schedule.setObjectName("backup_schedule")
        for plan in BackupSchedule:
            self.schedule.addItem(label_text(SCHEDULE_LABELS[plan]), plan.value)
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setSuffix(self.tr(" 份"))
        self.hint = QLabel(
            self.tr(
                "自动备份在计划到期后程序首次启动时进行；超过保留份数时删除最早的备份。"
                "建议选择另一块硬盘或 U 盘上的文件夹。"
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")

        self.errors = {"folder": ErrorLabel(), "schedule": ErrorLabel(), "keep": ErrorLabel()}
        self.message = ErrorLabel()
        self.saved = QLabel()
        self.saved.setStyleSheet("color: #2e7d32;")
        self.saved.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存备份设置"))
        self.save_button.clicked.connect(self.save)

        form = QFormLayout(self)
        form.addRow(self.tr("备份文件夹"), with_error(folder_row, self.errors["folder"]))
        form.addRow(self.tr("自动备份"), with_error(self.schedule, self.errors["schedule"]))
        form.addRow(self.tr("保留份数"), with_error(self.keep, self.errors["keep"]))
        form.addRow(self.hint)
        form.addRow(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        form.addRow(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored settings."""
        self.show_settings(backup_service.backup_settings(self.ctx))

    def show_settings(self, s: BackupSettings) -> None:
        """Fill the fields from `s`."""
        self.folder.setText(str(s.folder))
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(s.schedule.value)))
        self.keep.setValue(s.keep)

    @classmethod
    def ask_folder(cls, parent: QWidget, start: str) -> str:
        """The folder chosen in the system dialog, or "" (tests replace this)."""
        return QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("BackupSettingsGroup", "选择备份文件夹"), start
        )

    def choose_folder(self) -> None:
        """选择…: pick the folder in the system dialog."""
        chosen = self.ask_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def use_default_folder(self) -> None:
        """默认位置: the folder beside the database."""
        self.folder.setText(str(backup_service.default_backup_dir(self.ctx)))

    def save(self) -> None:
        """Store the settings through the service; errors go next to their field."""
        for err in self.errors.values():
            err.clear_message()
        self.message.clear_message()
        self.saved.clear()
        try:
            s = backup_service.save_backup_settings(
                self.ctx,
                self.actor,
                folder=self.folder.text(),
                schedule=str(self.schedule.currentData()),
                keep=self.keep.value(),
            )
        except DomainError as exc:
            field = exc.field if isinstance(exc, ValidationError) else ""
            self.errors.get(field, self.message).show_message(error_text(exc))
            return
        log.info("Backup settings saved (%s, keep %d)", s.schedule.value, s.keep)
        self.show_settings(s)
        self.saved.setText(self.tr("已保存。"))
        self.saved_settings.emit(s)
