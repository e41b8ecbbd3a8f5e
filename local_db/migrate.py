"""Applying Alembic migrations to the local store (after a verified backup, see app.store).

Alembic itself is imported only when a migration has to run: checking whether the store is
current reads the revision files' ids directly, which keeps the app's start fast.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from app.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# local_db/migrations in a checkout, the same relative folder inside a PyInstaller bundle.
MIGRATIONS_DIR: Path = migrations_dir()
_REV_RE = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(None|['\"]([^'\"]+)['\"])", re.M)


def alembic_config() -> Config:
    """Alembic configuration pointing at local_db/migrations (no .ini file needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision id, every revision that has a child), read from the revision files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REV_RE.search(source)
        down = _DOWN_RE.search(source)
        if rev is None or down is None:
            raise RuntimeError(f"migration without literal revision ids: {path.name}")
        revisions.add(rev.group(1))
        if down.group(2):
            parents.add(down.group(2))
    return frozenset(revisions), frozenset(parents)


@cache
def head_revision() -> str:
    """The newest migration revision shipped with this build (read from the revision files)."""
    revisions, parents = _revision_graph()
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return next(iter(heads))


def known_revisions() -> frozenset[str]:
    """Every migration revision this build knows (a store at another one is from a newer build)."""
    return _revision_graph()[0]


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
