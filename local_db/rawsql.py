"""Reading the store with the standard library's sqlite3 alone (no SQLAlchemy import).

The read functions of app.reads take a DB-API connection and run plain SQL: the services
call them through the session's connection (Database.dbapi_read), and the desktop's start-up
calls them on a connection of its own (open_current) to show the first page before the ORM
is loaded. The converters give back what the ORM's column types give: dates, aware UTC
datetimes (local_db.models.UTCDateTime stores naive UTC), booleans.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

# Neither pathlib nor local_db.engine: the first page's reading process does without them.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from os import PathLike

BUSY_TIMEOUT_MS = 15_000  # waiting for another writer before "database is locked"
# Bytes a file URI keeps as they are (RFC 3986 unreserved, the path's "/" and a drive's ":").
_URI_SAFE = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/:"
)


def day(value: str | None) -> date | None:
    """A DATE column's value ("YYYY-MM-DD") as a date."""
    return None if value is None else date.fromisoformat(value)


def day_of(value: str) -> date:
    """A NOT NULL DATE column's value as a date."""
    return date.fromisoformat(value)


def utc(value: str | None) -> datetime | None:
    """A UTCDateTime column's value (naive UTC text) as an aware UTC datetime."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def flag(value: int | None) -> bool:
    """A BOOLEAN column's value (0/1) as a bool."""
    return bool(value)


def placeholders(n: int) -> str:
    """"?, ?, ?" for an IN list of `n` values."""
    return ", ".join("?" * n)


class NotCurrent(Exception):
    """The store is missing, empty or not at this build's schema revision: open it the usual
    way (app.store.open_store migrates or refuses it)."""


def file_uri(path: str, *, windows: bool = os.name == "nt") -> str:
    """The file: URI of the absolute path `path` (what pathlib's as_uri() gives, without
    loading pathlib): percent-encoded UTF-8, "/" separators, "file:///C:/…" for a drive."""
    if windows:
        path = path.replace("\\", "/")
    encoded = "".join(
        chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in path.encode("utf-8")
    )
    return ("file://" if encoded.startswith("/") else "file:///") + encoded


def open_current(path: str | PathLike[str]) -> sqlite3.Connection:
    """A connection for reading the existing store at `path`, at this build's schema head.

    Never creates the file (mode=rw) and writes nothing. Raises NotCurrent when the store is
    not there or needs migrating, sqlite3.Error when it cannot be read.
    """
    from local_db.revisions import head_revision

    path = os.fspath(path)
    try:
        if os.stat(path).st_size == 0:
            raise NotCurrent(path)
    except OSError as exc:
        raise NotCurrent(path) from exc
    con = sqlite3.connect(
        f"{file_uri(os.path.realpath(path))}?mode=rw", uri=True, isolation_level=None,
        check_same_thread=False,
    )
    try:
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as exc:  # no such table: a new store
            raise NotCurrent(str(path)) from exc
        if row is None or row[0] != head_revision():
            raise NotCurrent(f"{path} at {row[0] if row else None}")
    except BaseException:
        con.close()
        raise
    return con


@contextmanager
def snapshot(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction on an autocommit connection: every query inside sees the same
    state of the store."""
    con.execute("BEGIN")
    try:
        yield con
    finally:
        con.execute("ROLLBACK")
