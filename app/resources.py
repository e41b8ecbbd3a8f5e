"""Where shipped files live, from a source checkout or a PyInstaller bundle (one place).

`bundle_root()` is the only code that knows the difference: in a frozen build (PyInstaller sets
`sys.frozen` and `sys._MEIPASS`, the folder holding the bundled data) it is that folder, from a
checkout it is the project root. The bundle keeps the checkout's layout (build/squaddesk.spec
copies `resources/` and `local_db/migrations/` to the same relative places), so
`resource_path()` and `migrations_dir()` work unchanged in both. This module imports nothing
from the project, so `local_db` may use it too, and pathlib only when a Path is asked for:
the first page's reading process checks the store's revision with `migrations_folder()`.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

MIGRATIONS = ("local_db", "migrations")  # the store's Alembic folder, under the bundle root


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_folder() -> str:
    """bundle_root() as a string (without loading pathlib)."""
    if is_frozen():
        return str(sys._MEIPASS)  # type: ignore[attr-defined]
    return os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def bundle_root() -> Path:
    """The PyInstaller bundle's data folder when frozen, else the project checkout."""
    from pathlib import Path

    return Path(bundle_folder())


def resources_root() -> Path:
    """Folder holding the shipped resources (fonts, reference data, translations, icons)."""
    return bundle_root() / "resources"


def migrations_folder() -> str:
    """migrations_dir() as a string (without loading pathlib)."""
    return os.path.join(bundle_folder(), *MIGRATIONS)


def migrations_dir() -> Path:
    """Folder holding the local store's Alembic environment and versions/."""
    return bundle_root().joinpath(*MIGRATIONS)


def resource_path(name: str) -> Path:
    """Path of a resource given as a relative POSIX name such as "fonts/wqy-microhei.ttc".

    Absolute names and names climbing out with ".." are refused.
    """
    from pathlib import PurePosixPath

    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name or ":" in name:
        raise ValueError(f"resource name must be relative and stay inside resources/: {name!r}")
    return resources_root().joinpath(*pure.parts)
