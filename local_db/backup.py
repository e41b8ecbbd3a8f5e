"""Online backups of the store (sqlite3 backup API), verified with PRAGMA integrity_check,
kept in a rotating folder, and restored without ever overwriting a damaged file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from local_db.engine import StoreDamaged, check_file

BACKUP_SUFFIX = ".sqlite3"
BACKUP_PREFIX = "squaddesk-"
KEEP_BACKUPS = 14


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and when it was taken (from its name)."""

    path: Path
    taken_at: datetime
    reason: str


def default_backup_dir(db_path: Path) -> Path:
    """Backups live beside the database, in a `backups` folder."""
    return db_path.parent / "backups"


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S-%f")


def backup_to(db_path: Path, dest_dir: Path, *, reason: str, now: datetime) -> Path:
    """Copy the live database with the sqlite3 backup API into `dest_dir`, verify it.

    Written to a temporary name first and renamed only once integrity_check passes.
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / f"{BACKUP_PREFIX}{_stamp(now)}-{reason}{BACKUP_SUFFIX}"
    tmp = final.with_suffix(".partial")
    src = sqlite3.connect(str(db_path))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    try:
        check_file(tmp, full=True)
    except StoreDamaged:
        tmp.unlink(missing_ok=True)
        raise
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final


def check_backup(path: Path) -> None:
    """Raise StoreDamaged unless `path` is a healthy, non-empty SquadDesk database.

    check_file alone accepts an empty file (a new database) and any SQLite file; neither may
    replace the store.
    """
    check_file(path, full=True)
    if path.stat().st_size == 0:
        raise StoreDamaged(path, "empty file")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(path, str(exc)) from exc
    if not {"alembic_version", "audit_log"} <= names:
        raise StoreDamaged(path, "not a SquadDesk database")


def list_backups(dest_dir: Path) -> list[BackupInfo]:
    """Backups in `dest_dir`, newest first."""
    out: list[BackupInfo] = []
    if not dest_dir.is_dir():
        return out
    for p in dest_dir.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"):
        parts = p.stem[len(BACKUP_PREFIX) :].split("-")
        try:
            taken = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        out.append(BackupInfo(p, taken, "-".join(parts[3:])))
    out.sort(key=lambda b: b.taken_at, reverse=True)
    return out


def rotate(dest_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was deleted."""
    removed = []
    for info in list_backups(dest_dir)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def newest_verified(dest_dir: Path) -> BackupInfo | None:
    """The newest backup that passes integrity_check (and is a SquadDesk database), or None."""
    for info in list_backups(dest_dir):
        try:
            check_backup(info.path)
        except StoreDamaged:
            continue
        return info
    return None


def set_aside(db_path: Path, now: datetime) -> Path | None:
    """Move a (damaged) database and its -wal/-shm files aside; never deletes them."""
    if not db_path.exists():
        return None
    aside = db_path.with_name(f"{db_path.name}.damaged-{_stamp(now)}")
    os.replace(db_path, aside)
    for extra in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + extra)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + extra))
    return aside


def restore(backup: Path, db_path: Path, now: datetime) -> Path | None:
    """Put `backup` in place of the database; the current file is kept aside, not overwritten.

    Returns where the previous database was moved (None when there was none).
    """
    check_backup(backup)
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    aside = set_aside(db_path, now)
    os.replace(tmp, db_path)
    return aside
