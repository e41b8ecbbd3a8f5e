"""The dialog shown when the database file is damaged at start: restore a backup or quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from local_db.backup import BackupInfo


class DamagedStoreDialog:
    """Explains the damage; tests replace `ask` (restore?) and `tell` (final notices)."""

    @classmethod
    def ask(cls, db_path: Path, backup: BackupInfo | None, parent: QWidget | None = None) -> bool:
        """True when the user chose to restore `backup`; with no backup, only "quit" exists."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("DamagedStoreDialog", "数据库文件已损坏"))
        box.setText(
            QCoreApplication.translate(
                "DamagedStoreDialog", "数据库文件已损坏，无法打开：\n{path}"
            ).format(path=str(db_path))
        )
        restore = None
        if backup is not None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "DamagedStoreDialog",
                    "可以用最近一次校验完好的备份（{time}）恢复。恢复后，该备份之后录入的数据"
                    "将不存在；损坏的文件会被改名保留在原文件夹中，不会删除。",
                ).format(time=backup.taken_at.strftime("%Y-%m-%d %H:%M"))
            )
            restore = box.addButton(
                QCoreApplication.translate("DamagedStoreDialog", "从备份恢复"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setInformativeText(
                QCoreApplication.translate(
                    "DamagedStoreDialog",
                    "没有找到可用的备份，程序将退出。请联系技术支持人员，不要删除该文件。",
                )
            )
        quit_button = box.addButton(
            QCoreApplication.translate("DamagedStoreDialog", "退出"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(restore or quit_button)
        box.exec()
        return restore is not None and box.clickedButton() is restore

    @classmethod
    def tell(cls, text: str, *, error: bool = False, parent: QWidget | None = None) -> None:
        """A closing notice (restored, or restore failed)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("DamagedStoreDialog", "数据库恢复"))
        box.setText(text)
        box.addButton(
            QCoreApplication.translate("DamagedStoreDialog", "确定"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.exec()
