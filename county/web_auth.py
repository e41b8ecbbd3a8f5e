"""County administrators of the web pages: accounts, login with lockout, and the signed
session cookie.

Passwords: scrypt through app.rules.accounts (the desktop's hashing, password rules and the
5 failures → 5 minutes lockout). Sessions are stateless (any instance behind a load
balancer can check them): the cookie holds the admin id, an expiry and a fingerprint of the
admin's password hash (a password change ends every session), signed with HMAC-SHA256.

The signing secret comes from $SQUADDESK_COUNTY_SESSION_SECRET when set (≥ 32 characters);
otherwise one is generated on first use and stored in the `county_setting` table, so every
instance on the same database shares it.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.rules.accounts import (
    LOCKOUT_PERIOD,
    MAX_FAILED_LOGINS,
    check_password,
    hash_password,
    verify_password,
)
from county.db import CountyAdmin, CountySetting, utcnow
from county.service import ApiError

ENV_SECRET = "SQUADDESK_COUNTY_SESSION_SECRET"
SECRET_SETTING = "web.session_secret"
MIN_SECRET_LENGTH = 32
COOKIE_NAME = "sd_county_session"
SESSION_LIFETIME = timedelta(hours=8)
_USERNAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")


@dataclass(frozen=True)
class Admin:
    """The logged-in county administrator."""

    id: int
    username: str


class LoginRefused(Exception):
    """Login refused; `message` is Chinese, for the login page."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@functools.cache
def _dummy_hash() -> str:
    return hash_password("dummy-password-0")


# --- accounts -----------------------------------------------------------------------------


def add_admin(s: Session, username: str, password: str) -> Admin:
    """A new county administrator (password rules of app.rules.accounts)."""
    username = username.strip()
    if not _USERNAME_RE.match(username):
        raise ApiError(422, "bad_username", "用户名须为 2–64 位字母、数字或 _ . @ -。")
    try:
        check_password(password)
    except ValidationError as exc:
        raise ApiError(422, "bad_password", exc.message) from exc
    if s.scalar(select(CountyAdmin.id).where(CountyAdmin.username == username)) is not None:
        raise ApiError(409, "admin_exists", f"管理员 {username} 已存在。")
    row = CountyAdmin(username=username, password_hash=hash_password(password))
    s.add(row)
    s.flush()
    return Admin(row.id, row.username)


def login(s: Session, username: str, password: str, *, now: datetime | None = None) -> Admin:
    """Check a password (lockout after MAX_FAILED_LOGINS failures for LOCKOUT_PERIOD).

    The caller commits the session whatever the outcome (failures are counted)."""
    now = now or utcnow()
    row = s.scalar(
        select(CountyAdmin).where(CountyAdmin.username == username.strip()).with_for_update()
    )
    if row is None or not row.active:
        verify_password(password, _dummy_hash())  # an unknown name takes as long
        raise LoginRefused("用户名或密码错误。")
    if row.locked_until is not None and row.locked_until > now:
        minutes = max(1, int((row.locked_until - now).total_seconds() + 59) // 60)
        raise LoginRefused(f"登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。")
    if not verify_password(password, row.password_hash):
        row.failed_logins += 1
        if row.failed_logins >= MAX_FAILED_LOGINS:
            row.failed_logins = 0
            row.locked_until = now + LOCKOUT_PERIOD
            raise LoginRefused(
                f"登录失败次数过多，账户已锁定 {int(LOCKOUT_PERIOD.total_seconds() // 60)} 分钟。"
            )
        raise LoginRefused("用户名或密码错误。")
    row.failed_logins = 0
    row.locked_until = None
    row.last_login_at = now
    return Admin(row.id, row.username)


# --- session cookie -----------------------------------------------------------------------


def session_secret(s: Session) -> bytes:
    """The signing secret: the environment's, else the one stored in the database (created
    on first use; concurrent first uses agree through ON CONFLICT DO NOTHING)."""
    env = os.environ.get(ENV_SECRET, "")
    if env:
        if len(env) < MIN_SECRET_LENGTH:
            raise ApiError(
                500, "weak_secret", f"{ENV_SECRET} 至少需要 {MIN_SECRET_LENGTH} 个字符。"
            )
        return env.encode("utf-8")
    value = s.scalar(select(CountySetting.value).where(CountySetting.key == SECRET_SETTING))
    if value is not None:
        return value.encode("utf-8")
    s.execute(
        pg_insert(CountySetting)
        .values(key=SECRET_SETTING, value=secrets.token_hex(32), updated_at=utcnow())
        .on_conflict_do_nothing(index_elements=["key"])
    )
    value = s.scalar(select(CountySetting.value).where(CountySetting.key == SECRET_SETTING))
    assert value is not None
    return value.encode("utf-8")


def _fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode("ascii"), hashlib.sha256).hexdigest()


def issue_cookie(s: Session, admin: Admin, *, now: datetime | None = None) -> str:
    """The cookie value for a fresh session of `admin`."""
    now = now or utcnow()
    row = s.get(CountyAdmin, admin.id)
    assert row is not None
    claims = {
        "a": admin.id,
        "exp": int((now + SESSION_LIFETIME).timestamp()),
        "h": _fingerprint(row.password_hash),
    }
    body = _b64(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
    return f"{body}.{_sign(session_secret(s), body)}"


def admin_of_cookie(s: Session, cookie: str | None, *, now: datetime | None = None) -> Admin | None:
    """The admin a cookie stands for, or None (missing, forged, expired, password changed,
    admin disabled)."""
    if not cookie or cookie.count(".") != 1:
        return None
    body, sig = cookie.split(".")
    if not hmac.compare_digest(_sign(session_secret(s), body), sig):
        return None
    try:
        claims = json.loads(_unb64(body))
        admin_id, exp, fp = int(claims["a"]), int(claims["exp"]), str(claims["h"])
    except (ValueError, KeyError, TypeError):
        return None
    if exp <= (now or utcnow()).timestamp():
        return None
    row = s.get(CountyAdmin, admin_id)
    if (
        row is None
        or not row.active
        or not hmac.compare_digest(_fingerprint(row.password_hash), fp)
    ):
        return None
    return Admin(row.id, row.username)
