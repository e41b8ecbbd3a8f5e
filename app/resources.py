"""Where shipped files live, from a source checkout or a PyInstaller bundle (one place).

`bundle_root()` is the only code that knows the difference: in a frozen build (PyInstaller sets
`sys.frozen` and `sys._MEIPASS`, the folder holding the bundled data) it is that folder, from a
checkout it is the project root. The bundle keeps the checkout's layout (build/squaddesk.spec
copies `resources/` and `local_db/migrations/` to the same relative places), so
`resource_path()` and `migrations_dir()` work unchanged in both. This module imports nothing
from the project, so `local_db` may use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The PyInstaller bundle's data folder when frozen, else the project checkout."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def resources_root() -> Path:
    """Folder holding the shipped resources (fonts, reference data, translations, icons)."""
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    """Folder holding the local store's Alembic environment and versions/."""
    return bundle_root() / "local_db" / "migrations"


def resource_path(name: str) -> Path:
    """Path of a resource given as a relative POSIX name such as "fonts/wqy-microhei.ttc".

    Absolute names and names climbing out with ".." are refused.
    """
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name or ":" in name:
        raise ValueError(f"resource name must be relative and stay inside resources/: {name!r}")
    return resources_root().joinpath(*pure.parts)
