"""Packaging: the PyInstaller one-folder build (build/squaddesk.spec) builds and starts.

The build runs once per test session into a temporary folder (~50 s of CPU) through the same
build/build.py a developer uses, then build/smoke.py starts the packaged programs offscreen.
PyInstaller comes from the `build` extra (scripts/_bootstrap.sh installs it); when it is
missing the test fails.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import resources

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_S = 1200
MAX_BUNDLE_MB = 320  # measured ≈ 252 MB on Linux; a jump means something unneeded came in


def exe(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert importlib.util.find_spec("PyInstaller") is not None, (
        "PyInstaller is not installed: pip install -e '.[build]' (scripts/test does this)"
    )
    tmp = tmp_path_factory.mktemp("pyinstaller")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "build" / "build.py"),
         "--dist", str(tmp / "dist"), "--work", str(tmp / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )
    assert proc.returncode == 0, f"build failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}"
    assert "built " in proc.stdout
    return tmp / "dist" / "SquadDesk"


def test_bundle_holds_programs_data_and_migrations(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert exe(bundle, "SquadDesk").is_file()
    assert exe(bundle, "squaddesk-admin").is_file()
    for name in ("fonts/wqy-microhei.ttc", "fonts/LICENSE-wqy-microhei.txt",
                 "reference/catalog.json", "reference/benchmarks.json",
                 "reference/holidays.json", "reference/equipment_standard.json",
                 "translations/squaddesk_en.qm", "icons/squaddesk.png", "icons/squaddesk.ico"):
        assert (internal / "resources" / name).is_file(), name
    assert not list((internal / "resources").rglob("*.ts"))  # sources of the .qm stay home
    shipped = {p.name for p in (ROOT / "local_db/migrations/versions").glob("*.py")}
    bundled = {p.name for p in (internal / "local_db/migrations/versions").glob("*.py")}
    assert shipped and bundled == shipped
    assert (internal / "local_db/migrations/env.py").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    # Linux names (CI builds on Linux); PNG is built into QtGui, PDF pages come from libqpdf.
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "imageformats/libqpdf.so", "imageformats/libqjpeg.so",
                   "printsupport/libcupsprintersupport.so"):
        assert (plugins / plugin).is_file(), plugin
    # Left out on purpose: the GTK theme plugin (and GTK with it), the county server's and
    # the tests' libraries.
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists()
    assert not list(internal.glob("libgtk-3*"))
    for module in ("fastapi", "uvicorn", "psycopg", "pytest", "county", "tests"):
        assert not (internal / module).exists(), module
    # Linux bundles link some libraries twice under other names: count each file once.
    size_mb = sum(
        p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
    ) / 1e6
    assert size_mb < MAX_BUNDLE_MB, f"bundle is {size_mb:.0f} MB"


def test_packaged_programs_start_offscreen(bundle: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "build" / "smoke.py"), str(bundle)],
        capture_output=True, text=True, encoding="utf-8", timeout=900,
    )
    assert proc.returncode == 0, f"smoke failed:\n{proc.stdout}\n{proc.stderr}"
    lines = proc.stdout.splitlines()
    assert any(line.startswith("ok   app start") and "SMOKE OK" in line for line in lines)
    summary = json.loads(lines[-1])
    assert summary["ok"] is True
    assert set(summary) == {"ok", "admin --help", "admin init", "admin check", "app start"}


def test_resource_paths_follow_the_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert resources.bundle_root() == ROOT
    assert resources.migrations_dir() == ROOT / "local_db" / "migrations"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.is_frozen()
    assert resources.bundle_root() == tmp_path
    assert resources.resource_path("fonts/x.ttc") == tmp_path / "resources" / "fonts" / "x.ttc"
    assert resources.migrations_dir() == tmp_path / "local_db" / "migrations"
