"""The modules the start-up's first page needs load without SQLAlchemy (see app.reads)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LIGHT = [
    # The start-up path to the painted dashboard (ui.main's FirstPageReader).
    "ui.main",
    "ui.app_window",
    "ui.pages",
    "ui.pages.dashboard",
    "app.services.dashboard",
    "app.demo_accounts",
    "app.actor",
    "app.errors",
    "local_db.engine",
    "local_db.rawsql",
    "local_db.revisions",
    *sorted(f"app.rules.{p.stem}" for p in (ROOT / "app" / "rules").glob("*.py")
            if p.stem != "__init__"),
    *sorted(f"app.reads.{p.stem}" for p in (ROOT / "app" / "reads").glob("*.py")
            if p.stem != "__init__"),
]


def test_first_page_modules_import_without_sqlalchemy() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {LIGHT!r}:\n"
        "    importlib.import_module(name)\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(' '.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"imported by the first page's modules: {out}"


def test_the_list_is_not_empty_and_names_real_modules() -> None:
    assert "app.rules.training" in LIGHT and "local_db.rawsql" in LIGHT
