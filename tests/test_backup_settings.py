"""Backup settings (app/services/backup.py): the chosen folder, the daily / weekly / manual
schedule with the store's clock, the keep count, and refused input that changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.context import Actor, AppContext
from app.errors import PermissionDenied, ValidationError
from app.rules.roles import Role
from app.services import audit, users
from app.services import backup as service
from app.services.backup import BackupSchedule, backup_is_due
from local_db.backup import KEEP_BACKUPS
from tests.conftest import FakeClock


def test_defaults_are_the_platform_folder_daily_and_14(ctx: AppContext) -> None:
    s = service.backup_settings(ctx)
    assert s.folder == ctx.db_path.parent / "backups" == service.backup_dir(ctx)
    assert s.schedule is BackupSchedule.DAILY
    assert s.keep == KEEP_BACKUPS == 14
    assert not s.custom_folder


def test_chosen_folder_is_used_by_backup_now_and_the_schedule(
    ctx: AppContext, admin: Actor, tmp_path: Path, clock: FakeClock
) -> None:
    chosen = tmp_path / "usb-stick"
    chosen.mkdir()
    saved = service.save_backup_settings(ctx, admin, folder=chosen, schedule="daily", keep=2)
    assert saved.folder == chosen and saved.custom_folder and saved.keep == 2
    manual = service.backup_now(ctx, admin)
    assert manual.parent == chosen
    clock.advance(minutes=1)
    auto = service.scheduled_backup_if_due(ctx)
    assert auto is not None and auto.parent == chosen
    clock.advance(days=1)
    assert service.daily_backup_if_due(ctx) is not None  # the old name still works
    # keep 2: the oldest of three went
    assert [b.reason for b in service.list_backups(ctx)] == ["daily", "daily"]
    assert not (ctx.db_path.parent / "backups").exists()
    (entry,) = audit.list_entries(ctx, admin, audit.AuditFilter(action_prefix="settings.backup"))
    assert entry.change["after"] == {"folder": str(chosen), "schedule": "daily", "keep": 2}


def test_weekly_schedule_waits_seven_days(ctx: AppContext, admin: Actor, clock: FakeClock) -> None:
    service.save_backup_settings(
        ctx, admin, folder=service.default_backup_dir(ctx), schedule="weekly", keep=14
    )
    first = service.scheduled_backup_if_due(ctx)
    assert first is not None and first.name.endswith("-weekly.sqlite3")
    for _ in range(6):
        clock.advance(days=1)
        assert service.scheduled_backup_if_due(ctx) is None
    clock.advance(days=1)
    assert service.scheduled_backup_if_due(ctx) is not None
    assert service.scheduled_backup_if_due(ctx) is None


def test_manual_schedule_never_backs_up_by_itself(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    service.save_backup_settings(
        ctx, admin, folder=service.default_backup_dir(ctx), schedule="manual", keep=5
    )
    for _ in range(3):
        assert service.scheduled_backup_if_due(ctx) is None
        clock.advance(days=8)
    assert service.list_backups(ctx) == []
    assert service.backup_now(ctx, admin).exists()


def test_due_logic() -> None:
    d = date(2026, 11, 23)
    assert backup_is_due(BackupSchedule.DAILY, None, d)
    assert not backup_is_due(BackupSchedule.DAILY, d, d)
    assert backup_is_due(BackupSchedule.DAILY, date(2026, 11, 22), d)
    assert not backup_is_due(BackupSchedule.WEEKLY, date(2026, 11, 17), d)
    assert backup_is_due(BackupSchedule.WEEKLY, date(2026, 11, 16), d)
    assert backup_is_due(BackupSchedule.WEEKLY, date(2026, 12, 1), d)  # clock went back
    assert not backup_is_due(BackupSchedule.MANUAL, None, d)


@pytest.mark.parametrize(
    ("folder", "schedule", "keep", "field"),
    [
        ("/proc", "daily", 14, "folder"),  # exists, but nobody (not even root) can write there
        ("MISSING", "daily", 14, "folder"),
        ("FILE", "daily", 14, "folder"),
        ("", "daily", 14, "folder"),
        ("relative/folder", "daily", 14, "folder"),
        ("OK", "hourly", 14, "schedule"),
        ("OK", "weekly", 0, "keep"),
        ("OK", "weekly", "many", "keep"),
        ("OK", "weekly", 10_000, "keep"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    ctx: AppContext,
    admin: Actor,
    tmp_path: Path,
    folder: str,
    schedule: str,
    keep: object,
    field: str,
) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    paths = {
        "MISSING": str(tmp_path / "missing"),
        "FILE": str(tmp_path / "file.txt"),
        "OK": str(tmp_path / "ok"),
    }
    before = service.backup_settings(ctx)
    with pytest.raises(ValidationError) as err:
        service.save_backup_settings(
            ctx, admin, folder=paths.get(folder, folder), schedule=schedule, keep=keep  # type: ignore[arg-type]
        )
    assert err.value.field == field
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err.value.message)  # Chinese message
    assert service.backup_settings(ctx) == before
    assert list((tmp_path / "ok").iterdir()) == []  # the write probe leaves nothing behind


def test_only_backup_managers_change_settings(ctx: AppContext, admin: Actor, tmp_path: Path) -> None:
    users.create_user(
        ctx, admin, username="wq", display_name="王强", roles={Role.OFFICER}, password="first-pass-1"
    )
    officer = users.login(ctx, "wq", "first-pass-1")
    with pytest.raises(PermissionDenied):
        service.save_backup_settings(ctx, officer, folder=tmp_path, schedule="daily", keep=3)
    assert service.backup_settings(ctx).keep == KEEP_BACKUPS
