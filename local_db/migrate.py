"""Applying Alembic migrations to the local store (after a verified backup, see app.store).

Alembic itself is imported only when a migration has to run: checking whether the store is
current reads the revision files' ids directly, which keeps the app's start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from app.resources import migrations_dir
from local_db.revisions import (  # noqa: F401 - re-exported
    _revision_graph,
    head_revision,
    known_revisions,
)

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    """Alembic configuration pointing at local_db/migrations (no .ini file needed)."""
    from alembic.config import Config

    cfg = Config()
    # local_db/migrations in a checkout, the same relative folder inside a PyInstaller bundle.
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None  # no alembic_version table yet: a new database


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is behind the shipped migrations."""
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine) -> None:
    """Apply every pending migration in one connection."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
