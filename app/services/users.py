"""User accounts: login with lockout, creating users, roles, password resets, disabling."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import func, select

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.reads import users as reads
from app.rules.accounts import (
    LOCKOUT_PERIOD,
    MAX_FAILED_LOGINS,
    check_password,
    hash_password,
    verify_password,
)
from app.rules.roles import Permission, Role, format_roles, parse_roles
from app.services.setup import validate_username
from local_db.models import UserAccount
from local_db.uow import UnitOfWork


@dataclass(frozen=True)
class UserInfo:
    """Plain data about an account (never the password hash)."""

    id: str
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None


def _info(u: UserAccount) -> UserInfo:
    return UserInfo(
        u.id,
        u.username,
        u.display_name,
        parse_roles(u.roles),
        u.active,
        u.locked_until,
        u.must_change_password,
        u.last_login_at,
    )


def actor_for(u: UserAccount) -> Actor:
    """The Actor a logged-in account acts as."""
    return reads.actor_for(u)


class LoginFailed(DomainError):
    """Wrong name or password, disabled or locked account."""


# Failed attempts on usernames that do not exist, counted like a real account's (per store,
# in memory) so that the messages, the countdown and the lockout give nothing away.
_UNKNOWN_FAILURES: dict[tuple[str, str], tuple[int, datetime | None]] = {}
_UNKNOWN_FAILURES_MAX = 10_000
_unknown_lock = threading.Lock()


@cache
def _dummy_hash() -> str:
    """A hash to check unknown usernames against, so they cost the same time as real ones."""
    return hash_password(os.urandom(16).hex())


def _locked_error(minutes: int) -> LoginFailed:
    return LoginFailed(
        "account_locked",
        "密码错误次数过多，账户已锁定，请 {minutes} 分钟后再试。",
        minutes=minutes,
    )


def _minutes_left(locked_until: datetime, now: datetime) -> int:
    return max(1, int((locked_until - now).total_seconds() + 59) // 60)


def _bad_password_error(failed: int) -> LoginFailed:
    return LoginFailed(
        "bad_password",
        "用户名或密码错误（再错 {left} 次将锁定账户）。",
        left=MAX_FAILED_LOGINS - failed,
    )


def _refuse_unknown(ctx: AppContext, username: str, password: str, now: datetime) -> LoginFailed:
    """The error for a username that does not exist: the same as for a real account."""
    key = (str(ctx.db_path), username)
    with _unknown_lock:
        failed, locked_until = _UNKNOWN_FAILURES.get(key, (0, None))
    if locked_until is not None and locked_until > now:
        return _locked_error(_minutes_left(locked_until, now))
    verify_password(password, _dummy_hash())
    failed += 1
    with _unknown_lock:
        if len(_UNKNOWN_FAILURES) >= _UNKNOWN_FAILURES_MAX:
            _UNKNOWN_FAILURES.clear()
        if failed >= MAX_FAILED_LOGINS:
            _UNKNOWN_FAILURES[key] = (0, now + LOCKOUT_PERIOD)
            return _locked_error(int(LOCKOUT_PERIOD.total_seconds() // 60))
        _UNKNOWN_FAILURES[key] = (failed, None)
    return _bad_password_error(failed)


def login(ctx: AppContext, username: str, password: str) -> Actor:
    """Check the password; 5 failures in a row lock the account for 5 minutes.

    Raises LoginFailed with a Chinese message. The failure count is committed either way.
    An unknown username, or a disabled account with a wrong password, gets exactly the
    answers a wrong password would get; only the right password learns "disabled".
    """
    now = ctx.clock.now()
    username = (username or "").strip()
    with UnitOfWork(ctx.db, user_id=None, user_name=username[:64], township_id=None) as uow:
        uow.now = now
        s = uow.session
        user = s.scalars(select(UserAccount).where(UserAccount.username == username)).first()
        if user is None or user.deleted:
            # Same messages as a wrong password: do not reveal which usernames exist.
            raise _refuse_unknown(ctx, username, password, now)
        if user.locked_until is not None and user.locked_until > now:
            raise _locked_error(_minutes_left(user.locked_until, now))
        if not verify_password(password, user.password_hash):
            user.failed_logins = (user.failed_logins or 0) + 1
            change: dict[str, object] = {"failed_logins": user.failed_logins}
            locked = user.failed_logins >= MAX_FAILED_LOGINS
            failed = user.failed_logins
            if locked:
                user.locked_until = now + LOCKOUT_PERIOD
                user.failed_logins = 0
                change["locked_until"] = user.locked_until
            uow.record("user.login_failed", "user_account", user.id, change)
            uow.commit()
            if locked:
                raise _locked_error(int(LOCKOUT_PERIOD.total_seconds() // 60))
            raise _bad_password_error(failed)
        if not user.active:
            uow.record("user.login_refused", "user_account", user.id, {"reason": "disabled"})
            uow.commit()
            raise LoginFailed("account_disabled", "该账户已停用，请联系管理员。")
        _record_success(uow, user, now)
        return actor_for(user)


def _record_success(uow: UnitOfWork, user: UserAccount, now: datetime) -> None:
    """A successful login's bookkeeping: failures reset, last login, audit record; committed."""
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    uow.user_id = user.id
    uow.record("user.login", "user_account", user.id, {})
    uow.commit()


def verify_login(ctx: AppContext, username: str, password: str) -> Actor | None:
    """Read-only: the Actor when `login` would succeed, else None (nothing is written).

    For the desktop start-up while the store's check still runs (no write may happen yet):
    the user sees the first page at once, and record_login(ctx, actor, now) writes what
    `login` writes on success once the check has passed. On None, call `login`, which gives
    the reason and counts the failure.
    """
    with ctx.db.dbapi_read() as con:
        return reads.verify_login(con, username, password, ctx.clock.now())


def record_login(ctx: AppContext, actor: Actor, now: datetime) -> None:
    """What `login` commits on success, for a login checked with verify_login at `now`."""
    assert actor.user_id is not None
    with UnitOfWork(ctx.db, user_id=None, user_name=actor.username[:64], township_id=None) as uow:
        uow.now = now
        user = uow.session.get(UserAccount, actor.user_id)
        if user is None:
            raise NotFound("user_not_found", "找不到该用户。")
        _record_success(uow, user, now)


def _roles_from(roles: set[Role] | frozenset[Role]) -> frozenset[Role]:
    if not roles:
        raise ValidationError("roles", "no_role", "请至少选择一个角色。")
    return frozenset(Role(r) for r in roles)


def list_users(ctx: AppContext, actor: Actor) -> list[UserInfo]:
    """All accounts, by username."""
    actor.require(Permission.MANAGE_USERS)
    with ctx.db.read_session() as s:
        rows = s.scalars(
            select(UserAccount).where(UserAccount.deleted.is_(False)).order_by(UserAccount.username)
        )
        return [_info(u) for u in rows]


def get_user(ctx: AppContext, user_id: str) -> UserInfo:
    """One account by id."""
    with ctx.db.read_session() as s:
        u = s.get(UserAccount, user_id)
        if u is None or u.deleted:
            raise NotFound("user_not_found", "找不到该用户。")
        return _info(u)


def create_user(
    ctx: AppContext,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    roles: set[Role] | frozenset[Role],
    password: str,
) -> UserInfo:
    """Create an account (administrators); the user must change the password at first login."""
    actor.require(Permission.MANAGE_USERS)
    username = validate_username(username)
    display_name = (display_name or "").strip()
    if not display_name:
        raise ValidationError("display_name", "required", "请填写{label}。", label="姓名")
    if len(display_name) > 64:
        raise ValidationError(
            "display_name", "too_long", "{label}不能超过 {n} 个字。", label="姓名", n=64
        )
    role_set = _roles_from(roles)
    check_password(password)
    with ctx.uow(actor) as uow:
        taken = uow.session.scalar(
            select(func.count()).select_from(UserAccount).where(UserAccount.username == username)
        )
        if taken:
            raise ValidationError(
                "username", "username_taken", "用户名“{name}”已被使用。", name=username
            )
        u = UserAccount(
            username=username,
            display_name=display_name,
            roles=format_roles(role_set),
            password_hash=hash_password(password),
            must_change_password=True,
        )
        uow.save(u, is_new=True)
        uow.record(
            "user.create",
            "user_account",
            u.id,
            {"username": username, "display_name": display_name, "roles": format_roles(role_set)},
        )
        uow.commit()
        return _info(u)


def _load(uow: UnitOfWork, user_id: str) -> UserAccount:
    u = uow.session.get(UserAccount, user_id)
    if u is None or u.deleted:
        raise NotFound("user_not_found", "找不到该用户。")
    return u


def _admins_left(uow: UnitOfWork, excluding: str) -> int:
    users = uow.session.scalars(
        select(UserAccount).where(
            UserAccount.active.is_(True), UserAccount.deleted.is_(False), UserAccount.id != excluding
        )
    )
    return sum(1 for u in users if Role.ADMIN in parse_roles(u.roles))


def update_user(
    ctx: AppContext,
    actor: Actor,
    user_id: str,
    *,
    display_name: str,
    roles: set[Role] | frozenset[Role],
) -> UserInfo:
    """Change an account's name and roles; the last active administrator keeps that role."""
    actor.require(Permission.MANAGE_USERS)
    role_set = _roles_from(roles)
    display_name = (display_name or "").strip()
    if not display_name:
        raise ValidationError("display_name", "required", "请填写{label}。", label="姓名")
    with ctx.uow(actor) as uow:
        u = _load(uow, user_id)
        if Role.ADMIN not in role_set and Role.ADMIN in parse_roles(u.roles):
            if _admins_left(uow, u.id) == 0:
                raise DomainError("last_admin", "至少要保留一个启用的管理员账户。")
        before = {"display_name": u.display_name, "roles": u.roles}
        u.display_name = display_name
        u.roles = format_roles(role_set)
        uow.save(u, is_new=False)
        uow.record(
            "user.update",
            "user_account",
            u.id,
            {"before": before, "after": {"display_name": display_name, "roles": u.roles}},
        )
        uow.commit()
        return _info(u)


def reset_password(ctx: AppContext, actor: Actor, user_id: str, new_password: str) -> None:
    """Administrator sets a new password; unlocks; the user must change it at next login."""
    actor.require(Permission.MANAGE_USERS)
    check_password(new_password)
    with ctx.uow(actor) as uow:
        u = _load(uow, user_id)
        u.password_hash = hash_password(new_password)
        u.must_change_password = True
        u.failed_logins = 0
        u.locked_until = None
        uow.save(u, is_new=False)
        uow.record("user.reset_password", "user_account", u.id, {"username": u.username})
        uow.commit()


def change_own_password(ctx: AppContext, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password (old one required)."""
    if actor.user_id is None:
        raise DomainError("no_user", "未登录。")
    check_password(new_password, field="new_password")
    if new_password == old_password:
        raise ValidationError("new_password", "same_password", "新密码不能与原密码相同。")
    with ctx.uow(actor) as uow:
        u = _load(uow, actor.user_id)
        if not verify_password(old_password, u.password_hash):
            raise ValidationError("old_password", "bad_old_password", "原密码不正确。")
        u.password_hash = hash_password(new_password)
        u.must_change_password = False
        uow.save(u, is_new=False)
        uow.record("user.change_password", "user_account", u.id, {})
        uow.commit()


def set_active(ctx: AppContext, actor: Actor, user_id: str, active: bool) -> UserInfo:
    """Disable or re-enable an account; nobody disables themself or the last administrator."""
    actor.require(Permission.MANAGE_USERS)
    with ctx.uow(actor) as uow:
        u = _load(uow, user_id)
        if not active:
            if u.id == actor.user_id:
                raise DomainError("disable_self", "不能停用当前登录的账户。")
            if Role.ADMIN in parse_roles(u.roles) and _admins_left(uow, u.id) == 0:
                raise DomainError("last_admin", "至少要保留一个启用的管理员账户。")
        u.active = active
        if active:
            u.failed_logins = 0
            u.locked_until = None
        uow.save(u, is_new=False)
        uow.record("user.enable" if active else "user.disable", "user_account", u.id, {})
        uow.commit()
        return _info(u)
