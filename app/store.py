"""Opening the local store at start: damage check, backup before migration, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from app.context import AppContext, Clock
from app.errors import DomainError
from app.paths import APP_AUTHOR, APP_NAME, default_db_path, log_dir
from local_db import backup, migrate
from local_db.engine import Database, StoreDamaged, check_file

__all__ = ["APP_AUTHOR", "APP_NAME", "default_db_path", "log_dir", "open_store"]


def _check_is_ours(path: Path) -> None:
    """Read-only: refuse another program's SQLite file and a store from a newer SquadDesk.

    Runs before the store is opened for writing (opening switches the file to WAL mode and
    migrating would add our tables to it).
    """
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                n
                for (n,) in con.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            revision = (
                con.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(path, str(exc)) from exc
    if revision is None:
        if tables:
            raise StoreDamaged(path, "not a SquadDesk database")
        return
    if revision[0] not in migrate.known_revisions():
        raise DomainError(
            "store_too_new",
            "数据库由更新版本的 SquadDesk 写入（数据库版本 {revision}），本程序无法打开，"
            "请升级 SquadDesk。",
            revision=revision[0],
        )


def open_store(
    path: Path,
    *,
    clock: Clock | None = None,
    checked: bool = False,
    pending_check: Callable[[], None] | None = None,
) -> AppContext:
    """Open (creating if absent) and migrate the store at `path`.

    Raises StoreDamaged (nothing written) when the file is not a healthy SQLite database or
    not a SquadDesk one, DomainError("store_too_new") for a store of a newer SquadDesk.
    A database behind the shipped schema is backed up (verified) before it is migrated.
    `checked`: the caller has just run check_file(path) itself (the desktop app starts it on
    a thread at launch, so the quick_check overlaps Qt's start-up).
    `pending_check`: that check is still running; the function waits for it and raises
    StoreDamaged. The store opens for reading at once; every write transaction waits for the
    check (Database.wait_checked), and a migration (with its backup) waits for it first.
    """
    clock = clock or Clock()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        if not checked and pending_check is None:
            check_file(path)
        _check_is_ours(path)
    else:
        pending_check = None  # a new store: nothing to check
    db = Database(path, pending_check=pending_check)
    try:
        if migrate.needs_upgrade(db.read_engine):
            db.wait_checked()
            if existed and migrate.current_revision(db.write_engine) is not None:
                try:
                    backup.backup_to(
                        path,
                        backup.default_backup_dir(path),
                        reason="pre-migration",
                        now=clock.now().astimezone().replace(tzinfo=None),
                    )
                except (OSError, StoreDamaged) as exc:
                    # No migration without its backup.
                    raise DomainError(
                        "premigration_backup_failed",
                        "升级数据库前的备份失败，数据库未升级：{detail}",
                        detail=str(exc),
                    ) from exc
                backup.rotate(backup.default_backup_dir(path))
            migrate.upgrade(db.write_engine)
    except Exception as exc:
        db.dispose()
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, (sqlite3.DatabaseError, DatabaseError)):
            raise StoreDamaged(path, str(exc)) from exc
        raise
    return AppContext(db=db, clock=clock)


@contextmanager
def reads_before_check(ctx: AppContext) -> Iterator[None]:
    """Reading a store whose start-up check may still run (open_store pending_check): a read
    that finds the file damaged waits for the check and raises StoreDamaged (the check's own
    report when it fails, else the read's error)."""
    try:
        yield
    except Exception as exc:
        from sqlalchemy.exc import DatabaseError, OperationalError

        # Plain-SQL reads (app.reads) raise sqlite3's own errors, the ORM's are wrapped.
        if isinstance(exc, (OperationalError, sqlite3.OperationalError)) or not isinstance(
            exc, (sqlite3.DatabaseError, DatabaseError)
        ):
            raise  # not damage (a lock, a bug): as it is
        ctx.db.wait_checked()
        raise StoreDamaged(ctx.db_path, str(exc)) from exc


def local_now(ctx: AppContext) -> datetime:
    """Naive local time (for file names and user-facing stamps)."""
    return ctx.clock.now().astimezone().replace(tzinfo=None)
