"""数据备份: list backups, back up now, restore one (the store is then reopened)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import Actor, AppContext
from app.errors import DomainError
from app.services import backup as backup_service
from app.services.backup import BackupSchedule
from local_db.backup import BackupInfo
from ui import tasks
from ui.errors import error_text
from ui.widgets import BusyBar, ErrorLabel, Messages

log = logging.getLogger(__name__)

TABLE_WIDTH = 760  # px


def size_text(size: int) -> str:
    """File size as KB/MB."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupsPage(QWidget):
    """Backups of the open store; restore replaces the store and asks for a fresh login."""

    store_replaced = Signal(str)  # message for the user after a restore
    backup_finished = Signal(object)  # Path, or the DomainError that stopped it

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.backups: list[BackupInfo] = []

        self.heading = heading = QLabel()
        heading.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("color: #555;")

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("备份时间"), self.tr("原因"), self.tr("大小")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.setMaximumWidth(TABLE_WIDTH)

        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("从备份恢复…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.busy = BusyBar()
        self.status = QLabel()
        self.error = ErrorLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.busy, 1)
        buttons.addStretch()

        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.folder_label)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(self.error)
        lay.addWidget(self.table, 1)
        self.refresh()

    def page_title(self) -> str:
        """Navigation title."""
        return self.tr("数据备份")

    def reason_text(self, reason: str) -> str:
        """Why a backup was taken, in words."""
        known = {
            "daily": self.tr("每日自动备份"),
            "weekly": self.tr("每周自动备份"),
            "manual": self.tr("手动备份"),
            "pre-migration": self.tr("升级前自动备份"),
        }
        return known.get(reason, reason)

    def refresh(self) -> None:
        """Re-read the backup settings and the backup folder."""
        conf = backup_service.backup_settings(self.ctx)
        plan = {
            BackupSchedule.DAILY: self.tr("数据库每天首次启动时自动备份一次"),
            BackupSchedule.WEEKLY: self.tr("数据库每周自动备份一次"),
            BackupSchedule.MANUAL: self.tr("不自动备份，请定期手动备份"),
        }[conf.schedule]
        self.heading.setText(
            self.tr("{plan}，最多保留 {keep} 份（可在“设置 → 备份”中修改）。备份保存在：").format(
                plan=plan, keep=conf.keep
            )
        )
        self.folder_label.setText(str(conf.folder))
        self.backups = backup_service.list_backups(self.ctx)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            try:
                size = size_text(info.path.stat().st_size)
            except OSError:
                size = "?"
            cells = [
                info.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                self.reason_text(info.reason),
                size,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if self.backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        working = self.busy.isVisible()
        self.backup_button.setEnabled(not working)
        self.restore_button.setEnabled(not working and self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self._update_buttons()

    def backup_now(self) -> None:
        """Take a backup on the thread pool; the list refreshes when it is done."""
        if self.busy.isVisible():
            return
        self.error.clear_message()
        self.status.setText(self.tr("正在备份…"))
        self._set_busy(True)
        ctx, actor = self.ctx, self.actor
        tasks.run_in_background(
            lambda: backup_service.backup_now(ctx, actor), self._backup_done, self._backup_failed
        )

    def _backup_done(self, path: Path) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("备份完成：{name}").format(name=path.name))
        self.refresh()
        self.backup_finished.emit(path)

    def _backup_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        if not isinstance(exc, DomainError):
            log.error("Backup failed", exc_info=exc)
        self.error.show_message(error_text(exc))
        self.backup_finished.emit(exc)

    def restore_selected(self) -> None:
        """Confirm, then put the chosen backup in place of the store and ask for a new login."""
        info = self.selected()
        if info is None:
            return
        if tasks.busy():
            self.error.show_message(self.tr("后台任务尚未完成，请稍后再试。"))
            return
        when = info.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        ok = Messages.confirm(
            self,
            self.tr("从备份恢复"),
            self.tr(
                "确定用 {time} 的备份替换当前数据库吗？\n\n"
                "该备份之后录入的数据将不再显示。当前数据库文件会被改名保留，不会删除。"
                "恢复后程序将重新打开数据库，需要重新登录。"
            ).format(time=when),
            self.tr("恢复"),
        )
        if not ok:
            return
        try:
            aside = backup_service.restore_into(self.ctx.db_path, info.path, self.ctx)
        except DomainError as exc:
            self.error.show_message(error_text(exc))
            return
        log.info(
            "Restored %s from %s; previous file kept at %s", self.ctx.db_path, info.path, aside
        )
        message = self.tr("已从 {time} 的备份恢复。原数据库文件保留为：{aside}").format(
            time=when, aside=str(aside) if aside else "-"
        )
        self.store_replaced.emit(message)
