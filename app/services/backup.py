"""Backups as the app uses them: the scheduled automatic backup, backup on demand, restore,
and the backup settings (folder, schedule, how many to keep) kept in the store."""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError, ValidationError
from app.rules.roles import Permission
from app.store import local_now
from local_db import backup
from local_db.backup import KEEP_BACKUPS, BackupInfo
from local_db.engine import StoreDamaged
from local_db.models import LocalSetting

LAST_DAILY_KEY = "backup.last_daily"  # date of the last automatic backup (any schedule)
FOLDER_KEY = "backup.folder"
SCHEDULE_KEY = "backup.schedule"
KEEP_KEY = "backup.keep"
MAX_KEEP = 365
WEEKLY_DAYS = 7


class BackupSchedule(StrEnum):
    """When the automatic backup runs (on the first start of the day it is due)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MANUAL = "manual"


SCHEDULE_LABELS: dict[BackupSchedule, str] = {
    BackupSchedule.DAILY: "每天",
    BackupSchedule.WEEKLY: "每周",
    BackupSchedule.MANUAL: "仅手动",
}


@dataclass(frozen=True)
class BackupSettings:
    """Where backups go, when they are taken automatically and how many are kept."""

    folder: Path
    schedule: BackupSchedule
    keep: int
    default_folder: Path

    @property
    def custom_folder(self) -> bool:
        """True when the administrator chose a folder other than the default."""
        return self.folder != self.default_folder


def default_backup_dir(ctx: AppContext) -> Path:
    """The platform location: a `backups` folder beside the database."""
    return backup.default_backup_dir(ctx.db_path)


def _stored(ctx: AppContext) -> dict[str, str]:
    keys = [FOLDER_KEY, SCHEDULE_KEY, KEEP_KEY, LAST_DAILY_KEY]
    with ctx.db.read_session() as s:
        rows = s.execute(
            select(LocalSetting.key, LocalSetting.value).where(LocalSetting.key.in_(keys))
        ).all()
    return {k: v for k, v in rows}


def backup_settings(ctx: AppContext) -> BackupSettings:
    """The stored backup settings, defaults filled in (unknown stored values fall back)."""
    stored = _stored(ctx)
    default = default_backup_dir(ctx)
    folder = Path(stored[FOLDER_KEY]) if stored.get(FOLDER_KEY) else default
    try:
        schedule = BackupSchedule(stored.get(SCHEDULE_KEY) or BackupSchedule.DAILY)
    except ValueError:
        schedule = BackupSchedule.DAILY
    try:
        keep = int(stored.get(KEEP_KEY) or KEEP_BACKUPS)
    except ValueError:
        keep = KEEP_BACKUPS
    if not 1 <= keep <= MAX_KEEP:
        keep = KEEP_BACKUPS
    return BackupSettings(folder=folder, schedule=schedule, keep=keep, default_folder=default)


def backup_dir(ctx: AppContext) -> Path:
    """Where this store's backups go (the chosen folder, else beside the database)."""
    return backup_settings(ctx).folder


def _check_folder(folder: Path) -> None:
    """Raise ValidationError unless `folder` is an existing folder we can write into."""
    if not folder.exists():
        raise ValidationError("folder", "backup_folder_missing", "备份文件夹不存在：{path}", path=str(folder))
    if not folder.is_dir():
        raise ValidationError("folder", "backup_folder_not_dir", "所选路径不是文件夹：{path}", path=str(folder))
    try:  # os.access is unreliable on Windows (ACLs) and for root: really write a file
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".squaddesk-write-test-"):
            pass
    except OSError as exc:
        raise ValidationError(
            "folder",
            "backup_folder_not_writable",
            "备份文件夹无法写入：{path}（{detail}）",
            path=str(folder),
            detail=exc.strerror or str(exc),
        ) from exc


def save_backup_settings(
    ctx: AppContext, actor: Actor, *, folder: Path | str, schedule: str, keep: int | str
) -> BackupSettings:
    """Store the backup folder, schedule and keep count (administrator; audited).

    Everything is checked first; on any error nothing is changed.
    """
    actor.require(Permission.MANAGE_BACKUPS)
    text = str(folder).strip()
    if not text:
        raise ValidationError("folder", "backup_folder_empty", "请选择备份文件夹。")
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise ValidationError("folder", "backup_folder_relative", "备份文件夹须为完整路径：{path}", path=text)
    default = default_backup_dir(ctx)
    if path == default:  # the default folder is made on first use
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # _check_folder says what is wrong
    _check_folder(path)
    try:
        plan = BackupSchedule(schedule)
    except ValueError:
        raise ValidationError("schedule", "bad_backup_schedule", "未知的备份计划：{value}", value=str(schedule)) from None
    try:
        count = int(str(keep).strip())
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_KEEP:
        raise ValidationError("keep", "bad_backup_keep", "保留份数须在 1 到 {max} 之间。", max=MAX_KEEP)
    before = backup_settings(ctx)
    values = {
        FOLDER_KEY: "" if path == default else str(path),
        SCHEDULE_KEY: plan.value,
        KEEP_KEY: str(count),
    }
    with ctx.uow(actor) as uow:
        for key, value in values.items():
            row = uow.session.get(LocalSetting, key)
            if row is None:
                uow.session.add(LocalSetting(key=key, value=value))
            else:
                row.value = value
        uow.record(
            "settings.backup",
            "local_setting",
            None,
            {
                "before": {"folder": str(before.folder), "schedule": before.schedule.value, "keep": before.keep},
                "after": {"folder": str(path), "schedule": plan.value, "keep": count},
            },
        )
        uow.commit()
    return backup_settings(ctx)


def backup_now(
    ctx: AppContext, actor: Actor, *, dest_dir: Path | None = None, reason: str = "manual"
) -> Path:
    """Take a verified backup now into the backup folder and rotate it (keep count)."""
    actor.require(Permission.MANAGE_BACKUPS)
    settings = backup_settings(ctx)
    return _take(ctx, dest_dir or settings.folder, reason, settings.keep)


def _take(ctx: AppContext, dest: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    try:
        ctx.db.wait_checked()  # never a backup of a store failing the start-up's check
        path = backup.backup_to(ctx.db_path, dest, reason=reason, now=local_now(ctx))
    except (OSError, StoreDamaged) as exc:
        raise DomainError("backup_failed", "备份失败：{detail}", detail=str(exc)) from exc
    backup.rotate(dest, keep)
    return path


def backup_is_due(schedule: BackupSchedule, last: date | None, today: date) -> bool:
    """Whether the automatic backup is due today, given the date of the last one."""
    if schedule is BackupSchedule.MANUAL:
        return False
    if last is None or last > today:  # never taken, or the clock went back
        return True
    if schedule is BackupSchedule.WEEKLY:
        return today - last >= timedelta(days=WEEKLY_DAYS)
    return last != today


def scheduled_backup_if_due(ctx: AppContext) -> Path | None:
    """Take the automatic backup when the schedule says it is due; returns its path.

    Daily: once per calendar day; weekly: 7 days after the last one; manual: never.
    """
    settings = backup_settings(ctx)
    today = ctx.clock.today()
    raw = _stored(ctx).get(LAST_DAILY_KEY)
    try:
        last = date.fromisoformat(raw) if raw else None
    except ValueError:
        last = None
    if not backup_is_due(settings.schedule, last, today):
        return None
    reason = "weekly" if settings.schedule is BackupSchedule.WEEKLY else "daily"
    path = _take(ctx, settings.folder, reason, settings.keep)
    with ctx.db.write_session() as s, s.begin():
        row = s.get(LocalSetting, LAST_DAILY_KEY)
        if row is None:
            s.add(LocalSetting(key=LAST_DAILY_KEY, value=today.isoformat()))
        else:
            row.value = today.isoformat()
    return path


daily_backup_if_due = scheduled_backup_if_due  # the name callers used before schedules


def list_backups(ctx: AppContext) -> list[BackupInfo]:
    """Backups of this store, newest first."""
    return backup.list_backups(backup_dir(ctx))
def restore_into(db_path: Path, backup_file: Path, ctx: AppContext | None = None) -> Path | None:
    """Replace the database at `db_path` by `backup_file` (verified first).

    The open store (if given) is closed first; the replaced file is kept aside, never deleted.
    Returns where the old file went. The caller reopens the store afterwards.
    """
    try:
        backup.check_backup(backup_file)
    except StoreDamaged as exc:
        raise DomainError("backup_damaged", "备份文件已损坏，不能用于恢复：{detail}", detail=exc.detail) from exc
    if ctx is not None:
        # The start-up's check may still be reading the file (Windows cannot replace an
        # open file); whether it passes does not matter to a restore.
        with contextlib.suppress(StoreDamaged):
            ctx.db.wait_checked()
        ctx.db.dispose()
    from datetime import datetime

    return backup.restore(backup_file, db_path, datetime.now())
