"""Backups as the app uses them: daily automatic backup, backup on demand, restore."""

from __future__ import annotations

import contextlib

from pathlib import Path

from sqlalchemy import select

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.roles import Permission
from app.store import local_now
from local_db import backup
from local_db.backup import KEEP_BACKUPS, BackupInfo
from local_db.engine import StoreDamaged
from local_db.models import LocalSetting

LAST_DAILY_KEY = "backup.last_daily"


def backup_dir(ctx: AppContext) -> Path:
    """Where this store's backups go."""
    return backup.default_backup_dir(ctx.db_path)


def backup_now(
    ctx: AppContext, actor: Actor, *, dest_dir: Path | None = None, reason: str = "manual"
) -> Path:
    """Take a verified backup now and rotate the folder (keep 14)."""
    actor.require(Permission.MANAGE_BACKUPS)
    return _take(ctx, dest_dir or backup_dir(ctx), reason)


def _take(ctx: AppContext, dest: Path, reason: str) -> Path:
    try:
        ctx.db.wait_checked()  # never a backup of a store failing the start-up's check
        path = backup.backup_to(ctx.db_path, dest, reason=reason, now=local_now(ctx))
    except (OSError, StoreDamaged) as exc:
        raise DomainError("backup_failed", "备份失败：{detail}", detail=str(exc)) from exc
    backup.rotate(dest, KEEP_BACKUPS)
    return path


def daily_backup_if_due(ctx: AppContext) -> Path | None:
    """Take today's automatic backup unless one was taken today; returns its path."""
    today = ctx.clock.today().isoformat()
    with ctx.db.read_session() as s:
        last = s.scalar(select(LocalSetting.value).where(LocalSetting.key == LAST_DAILY_KEY))
    if last == today:
        return None
    path = _take(ctx, backup_dir(ctx), "daily")
    with ctx.db.write_session() as s, s.begin():
        row = s.get(LocalSetting, LAST_DAILY_KEY)
        if row is None:
            s.add(LocalSetting(key=LAST_DAILY_KEY, value=today))
        else:
            row.value = today
    return path


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
