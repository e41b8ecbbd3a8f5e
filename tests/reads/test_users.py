"""app.reads.users.verify_login on a plain sqlite3 connection: the Actor users.login gives for
the right password; None for a wrong password, a disabled, locked, deleted or unknown account;
and nothing written either way."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.context import Actor, AppContext
from app.reads import users as reads
from app.rules.accounts import LOCKOUT_PERIOD, MAX_FAILED_LOGINS
from app.rules.roles import Role
from app.services import users
from app.store import StoreDamaged, reads_before_check
from local_db.rawsql import open_current
from tests.conftest import ADMIN_PASSWORD, FakeClock

PASSWORD = "officer-pass-1"


@pytest.fixture
def con(db_path: Path) -> Iterator[sqlite3.Connection]:
    c = open_current(db_path)
    yield c
    c.close()


def _state(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as c:
        return c.execute("SELECT * FROM user_account ORDER BY id").fetchall() + c.execute(
            "SELECT count(*), max(seq) FROM audit_log").fetchall()


def test_verify_login_answers_what_login_answers_and_writes_nothing(
    ctx: AppContext, admin: Actor, db_path: Path, con: sqlite3.Connection, clock: FakeClock
) -> None:
    for name in ("wang", "off", "locked", "gone"):
        users.create_user(ctx, admin, username=name, display_name=f"用户{name}",
                          roles={Role.OFFICER, Role.REVIEWER}, password=PASSWORD)
    off = users.verify_login(ctx, "off", PASSWORD)
    assert off is not None and off.user_id is not None
    users.set_active(ctx, admin, off.user_id, False)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(users.LoginFailed):
            users.login(ctx, "locked", "wrong-password")
    with closing(sqlite3.connect(db_path, isolation_level=None)) as w:
        w.execute("UPDATE user_account SET deleted = 1 WHERE username = 'gone'")

    now = clock.now()
    before = _state(db_path)
    watch = sqlite3.connect(db_path)
    version = watch.execute("PRAGMA data_version").fetchone()
    wang = reads.verify_login(con, " wang ", PASSWORD, now)
    assert wang is not None and wang.roles == frozenset({Role.OFFICER, Role.REVIEWER})
    assert reads.verify_login(con, "admin", ADMIN_PASSWORD, now) is not None
    for name, password in (("wang", "wrong-password"), ("off", PASSWORD),
                           ("locked", PASSWORD), ("gone", PASSWORD), ("nobody", PASSWORD),
                           ("", "")):
        assert reads.verify_login(con, name, password, now) is None, name
        assert users.verify_login(ctx, name, password) is None, name
    assert con.total_changes == 0
    assert watch.execute("PRAGMA data_version").fetchone() == version
    assert _state(db_path) == before
    watch.close()

    # The lock ends LOCKOUT_PERIOD after the fifth failure.
    later = now + LOCKOUT_PERIOD
    assert reads.verify_login(con, "locked", PASSWORD, later) is not None
    # The same Actor as the service's read and its login (which does write).
    assert users.verify_login(ctx, "wang", PASSWORD) == wang
    assert users.login(ctx, "wang", PASSWORD) == wang
    admin_actor = reads.verify_login(con, "admin", ADMIN_PASSWORD, now)
    assert admin_actor == admin == users.login(ctx, "admin", ADMIN_PASSWORD)


def test_a_plain_sql_lock_before_the_check_is_no_damage(ctx: AppContext) -> None:
    """verify_login runs under reads_before_check at start-up and now raises sqlite3's own
    errors: a lock stays a lock, a damaged file still means the restore."""
    with pytest.raises(sqlite3.OperationalError), reads_before_check(ctx):
        raise sqlite3.OperationalError("database is locked")
    with pytest.raises(StoreDamaged), reads_before_check(ctx):
        raise sqlite3.DatabaseError("database disk image is malformed")
