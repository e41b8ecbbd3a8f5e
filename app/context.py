"""What every service call receives: the store, a clock, and the acting user."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.actor import SYSTEM_ACTOR, Actor, Clock
from local_db.engine import Database
from local_db.uow import UnitOfWork


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


__all__ = ["SYSTEM_ACTOR", "Actor", "AppContext", "Clock"]
