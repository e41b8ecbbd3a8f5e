"""resource_path(): the one way to find files under resources/, from a checkout or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def resources_root() -> Path:
    """Folder holding resources/: the PyInstaller bundle dir, else the project checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """Path of a resource given as a relative POSIX name such as "fonts/wqy-microhei.ttc".

    Absolute names and names climbing out with ".." are refused.
    """
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name or ":" in name:
        raise ValueError(f"resource name must be relative and stay inside resources/: {name!r}")
    return resources_root().joinpath(*pure.parts)
