"""The migration revisions shipped with this build, read from the revision files' own ids.

No SQLAlchemy or Alembic import: the desktop's start-up checks that a store is current with
these before the ORM is loaded (local_db.rawsql.open_current). local_db.migrate re-exports them.
"""

from __future__ import annotations

import os
import re
from functools import cache

from app.resources import migrations_folder

_REV_RE = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(None|['\"]([^'\"]+)['\"])", re.M)


@cache
def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision id, every revision that has a child), read from the revision files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    # local_db/migrations in a checkout, the same relative folder inside a PyInstaller bundle
    # (os.scandir, not pathlib: the first page's reading process does without it).
    with os.scandir(os.path.join(migrations_folder(), "versions")) as entries:
        files = [e.path for e in entries if e.name.endswith(".py") and e.is_file()]
    for path in files:
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
        rev = _REV_RE.search(source)
        down = _DOWN_RE.search(source)
        if rev is None or down is None:
            name = os.path.basename(path)
            raise RuntimeError(f"migration without literal revision ids: {name}")
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
