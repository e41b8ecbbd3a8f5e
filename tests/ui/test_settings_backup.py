"""设置 → 备份 (ui/pages/settings_backup.py): choose a folder, schedule and keep count, save
through the service; refused input shows a Chinese message at its field and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.services import backup as service
from app.services.backup import BackupSchedule
from ui.pages.backups import BackupsPage
from ui.pages.settings import SettingsPage
from ui.pages.settings_backup import BackupSettingsGroup


def test_backup_group_saves_folder_schedule_and_keep(
    qtbot: QtBot, ctx: AppContext, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(ctx, admin)
    qtbot.addWidget(page)
    box = page.backup_box
    assert isinstance(box, BackupSettingsGroup)
    assert box.folder.text() == str(ctx.db_path.parent / "backups")
    assert box.schedule.currentText() == "每天" and box.keep.value() == 14

    chosen = tmp_path / "nas"
    chosen.mkdir()
    monkeypatch.setattr(BackupSettingsGroup, "ask_folder", classmethod(lambda c, p, s: str(chosen)))
    box.choose_button.click()
    assert box.folder.text() == str(chosen)
    box.schedule.setCurrentIndex(box.schedule.findData("weekly"))
    box.keep.setValue(7)
    with qtbot.waitSignal(box.saved_settings):
        box.save_button.click()
    assert box.saved.text() == "已保存。"
    s = service.backup_settings(ctx)
    assert (s.folder, s.schedule, s.keep) == (chosen, BackupSchedule.WEEKLY, 7)

    backups = BackupsPage(ctx, admin)
    qtbot.addWidget(backups)
    assert backups.folder_label.text() == str(chosen)
    assert "每周" in backups.heading.text() and "7" in backups.heading.text()

    box.use_default_folder()
    box.save_button.click()
    assert service.backup_settings(ctx).folder == ctx.db_path.parent / "backups"


def test_backup_group_refuses_a_missing_folder(
    qtbot: QtBot, ctx: AppContext, admin: Actor, tmp_path: Path
) -> None:
    page = SettingsPage(ctx, admin)
    qtbot.addWidget(page)
    box = page.backup_box
    assert isinstance(box, BackupSettingsGroup)
    before = service.backup_settings(ctx)
    box.folder.setText(str(tmp_path / "gone"))
    box.keep.setValue(3)
    box.save_button.click()
    assert box.errors["folder"].isVisibleTo(box)
    assert box.errors["folder"].text().startswith("备份文件夹不存在")
    assert box.saved.text() == ""
    assert service.backup_settings(ctx) == before


def test_no_backup_group_without_the_permission(
    qtbot: QtBot, ctx: AppContext, officer: Actor
) -> None:
    page = SettingsPage(ctx, officer)
    qtbot.addWidget(page)
    assert page.backup_box is None
