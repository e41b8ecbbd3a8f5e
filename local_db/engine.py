"""Opening the SQLite store: pragmas (WAL, synchronous=FULL, foreign keys), engines, sessions."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from local_db.rawsql import BUSY_TIMEOUT_MS  # one figure for the ORM's and the raw connections

if TYPE_CHECKING:  # SQLAlchemy is imported when an engine is made: check_file needs only sqlite3
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreDamaged(Exception):
    """The database file is not a readable SQLite database, or fails its integrity check."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def check_file(path: Path, *, full: bool = False) -> None:
    """Raise StoreDamaged unless `path` is an SQLite file passing quick_check/integrity_check.

    Opens read-only so a damaged file is never modified.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StoreDamaged(path, f"cannot read: {exc}") from exc
    if len(header) == 0:
        return  # an empty file is a new database
    if header != SQLITE_HEADER:
        raise StoreDamaged(path, "not an SQLite database")
    pragma = "integrity_check" if full else "quick_check"
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(path, str(exc)) from exc
    if rows != [("ok",)]:
        raise StoreDamaged(path, "; ".join(str(r[0]) for r in rows[:5]))


def _set_pragmas(dbapi_connection: Any, immediate: bool) -> None:
    # Autocommit at the driver level; SQLAlchemy's "begin" event issues BEGIN itself so that
    # write transactions take the write lock at once (BEGIN IMMEDIATE) and never deadlock.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if immediate:  # the writer; a reader opened first must not switch the file's journal mode
        cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(
    path: Path, *, immediate: bool, before_begin: Callable[[], None] | None = None
) -> Engine:
    """An engine on `path`; `immediate` engines start every transaction with BEGIN IMMEDIATE.

    `before_begin` is called before every BEGIN (the write gate of Database)."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if before_begin is not None:
            before_begin()
        _set_pragmas(dbapi_connection, immediate)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if before_begin is not None:
            before_begin()
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One SQLite store: a writer engine (BEGIN IMMEDIATE) and a reader engine (deferred).

    `pending_check` (the desktop app's start): the store's quick_check is still running on a
    thread; the function waits for it and raises StoreDamaged if it failed. Until it has
    passed, reading is allowed but every write transaction (and wait_checked) waits for it
    first, so nothing is ever written to a store that fails its check.
    """

    def __init__(self, path: Path, *, pending_check: Callable[[], None] | None = None) -> None:
        from sqlalchemy.orm import sessionmaker

        self.path = Path(path)
        self._pending_check = pending_check
        self._check_lock = threading.Lock()
        self._check_failed: StoreDamaged | None = None
        self.write_engine = make_engine(self.path, immediate=True, before_begin=self.wait_checked)
        self.read_engine = make_engine(self.path, immediate=False)
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)
        self._reader = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def check_pending(self) -> bool:
        """Whether the start-up check has not been waited for yet."""
        return self._pending_check is not None

    def wait_checked(self) -> None:
        """Wait for the pending start-up check, if any; raise StoreDamaged if it failed (again
        on every later call: the store stays closed to writes)."""
        if self._pending_check is None and self._check_failed is None:
            return
        with self._check_lock:
            if self._check_failed is not None:
                raise self._check_failed
            check = self._pending_check
            if check is None:
                return
            try:
                check()
            except StoreDamaged as exc:
                self._check_failed = exc
                raise
            self._pending_check = None

    def write_session(self) -> Session:
        """A session for one write transaction (use through UnitOfWork)."""
        return self._writer()

    def read_session(self) -> Session:
        """A session for reading; never commits."""
        return self._reader()

    @contextmanager
    def dbapi_read(self) -> Iterator[sqlite3.Connection]:
        """The reader's DB-API (sqlite3) connection inside one read transaction, for the plain
        SQL read functions of app.reads (local_db.rawsql)."""
        with self.read_engine.connect() as conn:
            conn.begin()  # BEGIN through the engine's "begin" event
            try:
                yield conn.connection.driver_connection  # type: ignore[misc]
            finally:
                conn.rollback()

    def dispose(self) -> None:
        """Close every pooled connection (before backup restore, copy or exit)."""
        self.write_engine.dispose()
        self.read_engine.dispose()
