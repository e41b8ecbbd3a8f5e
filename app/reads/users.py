"""The start-up's login check, read with plain SQL (no SQLAlchemy), and the Actor an account
acts as (the one implementation: app.services.users uses both)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import NamedTuple, Protocol

from app.actor import Actor
from app.rules.accounts import verify_password
from app.rules.roles import parse_roles
from local_db.rawsql import flag, utc


class AccountRow(Protocol):
    """What actor_for reads of an account: a UserAccount or any row with these attributes."""

    @property
    def id(self) -> str: ...
    @property
    def username(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def roles(self) -> str: ...  # comma-separated Role codes
    @property
    def township_id(self) -> str: ...


def actor_for(u: AccountRow) -> Actor:
    """The Actor a logged-in account acts as."""
    return Actor(u.id, u.username, u.display_name, parse_roles(u.roles), u.township_id)


class _Account(NamedTuple):
    id: str
    username: str
    display_name: str
    roles: str
    township_id: str


def login_candidate(
    con: sqlite3.Connection, username: str, now: datetime
) -> tuple[Actor, str] | None:
    """The account `username` could log in as at `now` and its stored password hash, before
    the password is checked: it exists, is not deleted, is active and not locked. None
    otherwise. Nothing is written."""
    username = (username or "").strip()
    row = con.execute(
        "SELECT id, username, display_name, roles, township_id, password_hash, active, "
        "locked_until, deleted FROM user_account WHERE username = ?",
        (username,),
    ).fetchone()
    if row is None:
        return None
    uid, name, display, roles, township, pw_hash, active, locked_until, deleted = row
    if flag(deleted) or not flag(active):
        return None
    locked = utc(locked_until)
    if locked is not None and locked > now:
        return None
    return actor_for(_Account(uid, name, display, roles, township)), pw_hash


def verify_login(
    con: sqlite3.Connection, username: str, password: str, now: datetime
) -> Actor | None:
    """Read-only: the Actor when users.login would succeed at `now`, else None. The account
    must exist, not be deleted, be active, not be locked at `now`, and `password` must match
    its hash. Nothing is written (see app.services.users.verify_login)."""
    candidate = login_candidate(con, username, now)
    if candidate is None or not verify_password(password, candidate[1]):
        return None
    return candidate[0]
