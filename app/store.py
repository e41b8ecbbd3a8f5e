"""Opening the local store at start: damage check, backup before migration, migrations."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.context import AppContext, Clock
from app.paths import APP_AUTHOR, APP_NAME, default_db_path, log_dir
from local_db import backup, migrate
from local_db.engine import Database, StoreDamaged, check_file

__all__ = ["APP_AUTHOR", "APP_NAME", "default_db_path", "log_dir", "open_store"]


def open_store(path: Path, *, clock: Clock | None = None) -> AppContext:
    """Open (creating if absent) and migrate the store at `path`.

    Raises StoreDamaged (nothing written) when the file is not a healthy SQLite database.
    A database behind the shipped schema is backed up (verified) before it is migrated.
    """
    clock = clock or Clock()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_file(path)
    db = Database(path)
    try:
        if migrate.needs_upgrade(db.write_engine):
            if existed and migrate.current_revision(db.write_engine) is not None:
                backup.backup_to(
                    path,
                    backup.default_backup_dir(path),
                    reason="pre-migration",
                    now=clock.now().astimezone().replace(tzinfo=None),
                )
                backup.rotate(backup.default_backup_dir(path))
            migrate.upgrade(db.write_engine)
    except Exception as exc:
        db.dispose()
        import sqlite3

        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, (sqlite3.DatabaseError, DatabaseError)):
            raise StoreDamaged(path, str(exc)) from exc
        raise
    return AppContext(db=db, clock=clock)


def local_now(ctx: AppContext) -> datetime:
    """Naive local time (for file names and user-facing stamps)."""
    return ctx.clock.now().astimezone().replace(tzinfo=None)
