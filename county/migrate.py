"""Alembic migrations of the county PostgreSQL database.

`upgrade(engine)` brings the database to the newest revision shipped in county/migrations
(found relative to this package, so it works when installed). `create_app` and every
`squaddesk-county` command call it on start; `squaddesk-county migrate` runs it alone.
Concurrent starts of several county instances serialise on an advisory lock. A database
created before migrations existed (tables made by metadata.create_all, no alembic_version)
is stamped at the baseline first, then upgraded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BASELINE = "c0001"
_MIGRATE_LOCK = (3, 0)  # pg_advisory_xact_lock key: one migrating instance at a time


def alembic_config() -> Config:
    """Alembic configuration pointing at county/migrations (no .ini file needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest county revision shipped with this build."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the county database is at (None: not migrated yet)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Upgrade the county database to head in one transaction; answers (before, after)."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": _MIGRATE_LOCK[0], "b": _MIGRATE_LOCK[1]})
        insp = inspect(conn)
        before: str | None = None
        if insp.has_table("alembic_version"):
            before = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        cfg.attributes["connection"] = conn
        if before is None and insp.has_table("township"):
            command.stamp(cfg, BASELINE)  # made by create_all before migrations existed
            before = BASELINE
        command.upgrade(cfg, "head")
        after = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    return before, str(after)
