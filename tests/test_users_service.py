"""User accounts service (app/services/users.py) on a real SQLite store."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.errors import DomainError, PermissionDenied, ValidationError
from app.rules.accounts import LOCKOUT_PERIOD, MAX_FAILED_LOGINS
from app.rules.roles import Role
from app.services import users
from app.services.users import LoginFailed
from tests.conftest import ADMIN_PASSWORD, FakeClock

PW = "start-pass-1"


def _scalar(path: Path, sql: str, *args: object) -> object:
    with closing(sqlite3.connect(path)) as con:
        return con.execute(sql, args).fetchone()[0]


def _counts(ctx: AppContext) -> tuple[object, ...]:
    return tuple(
        _scalar(ctx.db_path, f"SELECT count(*) FROM {t}")
        for t in ("user_account", "audit_log", "sync_outbox")
    )


def _attempt(ctx: AppContext, username: str, password: str) -> tuple[str, str]:
    """(code, message) of a refused login; fails the test if the login succeeds."""
    with pytest.raises(LoginFailed) as err:
        users.login(ctx, username, password)
    return err.value.code, err.value.message


def _new_user(
    ctx: AppContext,
    admin: Actor,
    username: str = "lisi",
    roles: set[Role] | None = None,
    password: str = PW,
) -> users.UserInfo:
    return users.create_user(
        ctx,
        admin,
        username=username,
        display_name="李四",
        roles=roles or {Role.OFFICER},
        password=password,
    )


# --- login ---------------------------------------------------------------------------------


def test_login_ok_returns_actor_and_is_audited(ctx: AppContext, clock: FakeClock) -> None:
    before = _counts(ctx)
    actor = users.login(ctx, "admin", ADMIN_PASSWORD)
    assert actor.username == "admin" and actor.user_id
    assert actor.roles == frozenset({Role.ADMIN})
    assert users.get_user(ctx, actor.user_id).last_login_at == clock.now()
    assert _counts(ctx)[1] == before[1] + 1
    assert (
        _scalar(ctx.db_path, "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
        == "user.login"
    )


def test_login_trims_username(ctx: AppContext) -> None:
    assert users.login(ctx, "  admin ", ADMIN_PASSWORD).username == "admin"


def test_wrong_password_messages_count_down_then_lock(ctx: AppContext) -> None:
    seen = [_attempt(ctx, "admin", "wrong-pass-1") for _ in range(MAX_FAILED_LOGINS)]
    for i, (code, message) in enumerate(seen[:-1]):
        left = MAX_FAILED_LOGINS - 1 - i
        assert code == "bad_password"
        assert message == f"用户名或密码错误（再错 {left} 次将锁定账户）。"
    assert seen[-1] == ("account_locked", "密码错误次数过多，账户已锁定，请 5 分钟后再试。")


def test_lockout_refuses_right_password_for_five_minutes(ctx: AppContext, clock: FakeClock) -> None:
    assert LOCKOUT_PERIOD.total_seconds() == 300
    for _ in range(MAX_FAILED_LOGINS):
        _attempt(ctx, "admin", "wrong-pass-1")
    code, message = _attempt(ctx, "admin", ADMIN_PASSWORD)
    assert code == "account_locked" and "5 分钟" in message
    clock.advance(minutes=4, seconds=59)
    code, message = _attempt(ctx, "admin", ADMIN_PASSWORD)
    assert code == "account_locked" and "1 分钟" in message
    # A wrong password while locked neither unlocks nor extends the lock.
    assert _attempt(ctx, "admin", "wrong-pass-1")[0] == "account_locked"
    clock.advance(seconds=1)
    actor = users.login(ctx, "admin", ADMIN_PASSWORD)
    info = users.get_user(ctx, actor.user_id or "")
    assert info.locked_until is None
    # The count starts again from zero after a successful login.
    assert _attempt(ctx, "admin", "wrong-pass-1")[1].endswith(
        f"再错 {MAX_FAILED_LOGINS - 1} 次将锁定账户）。"
    )


def test_after_the_lock_expires_the_count_starts_again(ctx: AppContext, clock: FakeClock) -> None:
    for _ in range(MAX_FAILED_LOGINS):
        _attempt(ctx, "admin", "wrong-pass-1")
    clock.advance(minutes=5)
    code, message = _attempt(ctx, "admin", "wrong-pass-1")
    assert code == "bad_password" and f"再错 {MAX_FAILED_LOGINS - 1} 次" in message


def test_failed_logins_are_audited_without_the_password(ctx: AppContext) -> None:
    _attempt(ctx, "admin", "wrong-pass-XYZ")
    row = _scalar(
        ctx.db_path, "SELECT action || ' ' || change_json FROM audit_log ORDER BY seq DESC LIMIT 1"
    )
    assert str(row).startswith("user.login_failed")
    assert "wrong-pass-XYZ" not in str(row)


def test_disabled_account_is_refused(ctx: AppContext, admin: Actor) -> None:
    u = _new_user(ctx, admin)
    users.set_active(ctx, admin, u.id, False)
    assert _attempt(ctx, "lisi", PW) == ("account_disabled", "该账户已停用，请联系管理员。")
    assert (
        _scalar(ctx.db_path, "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
        == "user.login_refused"
    )
    users.set_active(ctx, admin, u.id, True)
    assert users.login(ctx, "lisi", PW).user_id == u.id


def test_unknown_user_gets_the_same_messages_as_a_bad_password(
    ctx: AppContext, admin: Actor
) -> None:
    _new_user(ctx, admin)
    real = [_attempt(ctx, "lisi", "wrong-pass-1") for _ in range(MAX_FAILED_LOGINS + 1)]
    ghost = [_attempt(ctx, "nobody", "wrong-pass-1") for _ in range(MAX_FAILED_LOGINS + 1)]
    assert ghost == real
    assert real[0] == ("bad_password", "用户名或密码错误（再错 4 次将锁定账户）。")


def test_disabled_account_with_wrong_password_looks_like_any_wrong_password(
    ctx: AppContext, admin: Actor
) -> None:
    _new_user(ctx, admin, "lisi")
    u2 = _new_user(ctx, admin, "wangwu")
    users.set_active(ctx, admin, u2.id, False)
    # Without the password nobody learns that the account exists or is disabled.
    assert _attempt(ctx, "wangwu", "wrong-pass-1") == _attempt(ctx, "lisi", "wrong-pass-1")


# --- creating and changing accounts ------------------------------------------------------


def test_admin_creates_user_who_must_change_password(ctx: AppContext, admin: Actor) -> None:
    before = _counts(ctx)
    info = users.create_user(
        ctx,
        admin,
        username=" lisi ",
        display_name=" 李四 ",
        roles={Role.OFFICER, Role.CLERK},
        password=PW,
    )
    assert (info.username, info.display_name) == ("lisi", "李四")
    assert info.roles == frozenset({Role.OFFICER, Role.CLERK})
    assert info.must_change_password and info.active
    after = _counts(ctx)
    assert after == (before[0] + 1, before[1] + 1, before[2] + 1)
    actor = users.login(ctx, "lisi", PW)
    assert actor.user_id == info.id and actor.roles == info.roles
    assert [u.username for u in users.list_users(ctx, admin)] == ["admin", "lisi"]


@pytest.mark.parametrize(
    "role", [Role.LEADER, Role.OFFICER, Role.REVIEWER, Role.CLERK, Role.AUXILIARY]
)
def test_non_admin_cannot_create_users_and_nothing_is_written(
    ctx: AppContext, admin: Actor, role: Role
) -> None:
    _new_user(ctx, admin, "boss", {role})
    boss = users.login(ctx, "boss", PW)
    before = _counts(ctx)
    with pytest.raises(PermissionDenied):
        _new_user(ctx, boss, "sneaky")
    with pytest.raises(PermissionDenied):
        users.reset_password(ctx, boss, admin.user_id or "", "hijack-pass-1")
    with pytest.raises(PermissionDenied):
        users.update_user(ctx, boss, boss.user_id or "", display_name="x", roles={Role.ADMIN})
    with pytest.raises(PermissionDenied):
        users.set_active(ctx, boss, admin.user_id or "", False)
    assert _counts(ctx) == before
    assert _scalar(ctx.db_path, "SELECT count(*) FROM user_account WHERE username='sneaky'") == 0


@pytest.mark.parametrize("username", ["lisi", "admin"])
def test_duplicate_username_refused(ctx: AppContext, admin: Actor, username: str) -> None:
    _new_user(ctx, admin, "lisi")
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        _new_user(ctx, admin, username)
    assert err.value.field == "username" and err.value.code == "username_taken"
    assert username in err.value.message
    assert _counts(ctx) == before


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"username": "x"}, "username"),
        ({"username": "张三"}, "username"),
        ({"display_name": "  "}, "display_name"),
        ({"roles": set()}, "roles"),
        ({"password": "short1"}, "password"),
        ({"password": "onlyletters"}, "password"),
    ],
)
def test_create_user_validation_writes_nothing(
    ctx: AppContext, admin: Actor, kwargs: dict[str, object], field: str
) -> None:
    args: dict[str, object] = {
        "username": "lisi",
        "display_name": "李四",
        "roles": {Role.OFFICER},
        "password": PW,
    }
    args.update(kwargs)
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        users.create_user(ctx, admin, **args)  # type: ignore[arg-type]
    assert err.value.field == field
    assert _counts(ctx) == before


def test_reset_password_unlocks_and_requires_a_change(ctx: AppContext, admin: Actor) -> None:
    u = _new_user(ctx, admin)
    users.change_own_password(ctx, users.login(ctx, "lisi", PW), PW, "my-own-pass-2")
    assert not users.get_user(ctx, u.id).must_change_password
    for _ in range(MAX_FAILED_LOGINS):
        _attempt(ctx, "lisi", "wrong-pass-1")
    assert users.get_user(ctx, u.id).locked_until is not None
    users.reset_password(ctx, admin, u.id, "reset-pass-3")
    info = users.get_user(ctx, u.id)
    assert info.locked_until is None and info.must_change_password
    assert _attempt(ctx, "lisi", "my-own-pass-2")[0] == "bad_password"
    assert users.login(ctx, "lisi", "reset-pass-3").user_id == u.id  # no waiting


def test_change_own_password(ctx: AppContext, admin: Actor) -> None:
    u = _new_user(ctx, admin)
    me = users.login(ctx, "lisi", PW)
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        users.change_own_password(ctx, me, "not-my-pass-1", "new-pass-22")
    assert err.value.field == "old_password"
    with pytest.raises(ValidationError) as err:
        users.change_own_password(ctx, me, PW, PW)
    assert err.value.code == "same_password"
    with pytest.raises(ValidationError) as err:
        users.change_own_password(ctx, me, PW, "1234567")
    assert err.value.field == "new_password"
    assert _counts(ctx) == before
    users.change_own_password(ctx, me, PW, "new-pass-22")
    assert not users.get_user(ctx, u.id).must_change_password
    assert _attempt(ctx, "lisi", PW)[0] == "bad_password"
    assert users.login(ctx, "lisi", "new-pass-22").user_id == u.id
    with pytest.raises(DomainError):
        users.change_own_password(ctx, SYSTEM_ACTOR, PW, "new-pass-33")


def test_last_admin_cannot_lose_the_role(ctx: AppContext, admin: Actor) -> None:
    before = _counts(ctx)
    with pytest.raises(DomainError) as err:
        users.update_user(
            ctx, admin, admin.user_id or "", display_name="管理员", roles={Role.LEADER}
        )
    assert err.value.code == "last_admin"
    assert _counts(ctx) == before
    assert users.get_user(ctx, admin.user_id or "").roles == frozenset({Role.ADMIN})


def test_last_admin_cannot_be_disabled(ctx: AppContext, admin: Actor) -> None:
    before = _counts(ctx)
    with pytest.raises(DomainError) as err:
        users.set_active(ctx, admin, admin.user_id or "", False)
    assert err.value.code == "disable_self"
    # The command-line system actor is not an account: it may not disable the only admin either.
    with pytest.raises(DomainError) as err:
        users.set_active(ctx, SYSTEM_ACTOR, admin.user_id or "", False)
    assert err.value.code == "last_admin"
    assert _counts(ctx) == before
    assert users.get_user(ctx, admin.user_id or "").active


def test_with_a_second_admin_the_first_may_be_demoted_and_disabled(
    ctx: AppContext, admin: Actor
) -> None:
    second = _new_user(ctx, admin, "admin2", {Role.ADMIN})
    users.update_user(ctx, admin, admin.user_id or "", display_name="管理员", roles={Role.LEADER})
    other = users.login(ctx, "admin2", PW)
    users.set_active(ctx, other, admin.user_id or "", False)
    # Now admin2 is the last active administrator.
    with pytest.raises(DomainError) as err:
        users.update_user(ctx, other, second.id, display_name="李四", roles={Role.CLERK})
    assert err.value.code == "last_admin"


def test_password_hash_never_in_audit_or_logs(
    ctx: AppContext, admin: Actor, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    hashes: set[str] = set()

    def collect() -> None:
        with closing(sqlite3.connect(ctx.db_path)) as con:
            hashes.update(h for (h,) in con.execute("SELECT password_hash FROM user_account"))

    collect()
    u = _new_user(ctx, admin)
    collect()
    me = users.login(ctx, "lisi", PW)
    users.change_own_password(ctx, me, PW, "new-pass-22")
    collect()
    users.reset_password(ctx, admin, u.id, "reset-pass-3")
    collect()
    users.update_user(ctx, admin, u.id, display_name="李四四", roles={Role.CLERK})
    for _ in range(MAX_FAILED_LOGINS + 1):
        _attempt(ctx, "lisi", "wrong-pass-1")
    users.set_active(ctx, admin, u.id, False)
    users.set_active(ctx, admin, u.id, True)
    clock.advance(minutes=5)
    users.login(ctx, "lisi", "reset-pass-3")
    collect()
    assert len(hashes) == 4  # admin + lisi's three passwords
    with closing(sqlite3.connect(ctx.db_path)) as con:
        audit_text = "\n".join(c for (c,) in con.execute("SELECT change_json FROM audit_log"))
    assert "user.create" in str(_scalar(ctx.db_path, "SELECT group_concat(action) FROM audit_log"))
    secrets = hashes | {PW, "new-pass-22", "reset-pass-3", "wrong-pass-1", ADMIN_PASSWORD}
    for secret in secrets:
        assert secret not in audit_text
        assert secret not in caplog.text
    for h in hashes:  # not even the salt or the key alone
        for part in h.split("$")[4:]:
            assert part not in audit_text and part not in caplog.text
