"""The acting user and the clock: what a service call needs besides the store.

No database import here: the start-up's first page (app.reads) uses these before the ORM is
loaded. app.context re-exports them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import NamedTuple

from app.errors import PermissionDenied
from app.rules.roles import ROLE_LABELS, Permission, Role, permissions_of


def _system_now() -> datetime:
    return datetime.now(UTC)


class Clock:
    """Wall clock; tests pass a fixed `now` function."""

    def __init__(self, now_fn: Callable[[], datetime] = _system_now) -> None:
        self.now_fn = now_fn

    def __repr__(self) -> str:
        return f"{type(self).__name__}(now_fn={self.now_fn!r})"

    def now(self) -> datetime:
        """Current time (aware, UTC)."""
        return self.now_fn()

    def today(self) -> date:
        """Today's date on this machine's local calendar."""
        return self.now_fn().astimezone().date()


class Actor(NamedTuple):
    """The logged-in user a service acts for."""

    user_id: str | None
    username: str
    display_name: str
    roles: frozenset[Role]
    township_id: str | None

    def can(self, permission: Permission) -> bool:
        """Whether this user's roles include `permission`."""
        return permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the user holds `permission`."""
        if not self.can(permission):
            roles = "、".join(ROLE_LABELS[r] for r in sorted(self.roles)) or "无"
            raise PermissionDenied(
                "permission_denied",
                "当前用户（{roles}）无权执行此操作。",
                roles=roles,
            )


SYSTEM_ACTOR = Actor(None, "system", "系统", frozenset({Role.ADMIN}), None)
