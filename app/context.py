"""What every service call receives: the store, a clock, and the acting user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from app.errors import PermissionDenied
from app.rules.roles import ROLE_LABELS, Permission, Role, permissions_of
from local_db.engine import Database
from local_db.uow import UnitOfWork


def _system_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Clock:
    """Wall clock; tests pass a fixed `now` function."""

    now_fn: Callable[[], datetime] = _system_now

    def now(self) -> datetime:
        """Current time (aware, UTC)."""
        return self.now_fn()

    def today(self) -> date:
        """Today's date on this machine's local calendar."""
        return self.now_fn().astimezone().date()


@dataclass(frozen=True)
class Actor:
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


@dataclass
class AppContext:
    """The store and the clock; services are plain functions taking it plus an Actor."""

    db: Database
    clock: Clock = field(default_factory=Clock)

    @property
    def db_path(self) -> Path:
        return self.db.path

    def uow(self, actor: Actor) -> UnitOfWork:
        """A unit of work acting as `actor` (township taken from the actor or the store)."""
        township_id = actor.township_id or self.township_id()
        uow = UnitOfWork(
            self.db, user_id=actor.user_id, user_name=actor.username, township_id=township_id
        )
        uow.now = self.clock.now()
        return uow

    def township_id(self) -> str | None:
        """Id of this store's township, None before the first-run wizard."""
        from sqlalchemy import select

        from local_db.models import Township

        with self.db.read_session() as s:
            return s.scalar(select(Township.id).where(Township.deleted.is_(False)).limit(1))
