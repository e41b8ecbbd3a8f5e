"""Build the one-folder SquadDesk bundle: `python build/build.py [--dist DIR] [--work DIR]`.

Installs PyInstaller (the `build` extra of pyproject.toml) into the running Python when it is
missing, runs build/squaddesk.spec and prints the folder's size. The result is
DIST/SquadDesk/ (default build/dist/SquadDesk/) holding `SquadDesk` (the windowed app) and
`squaddesk-admin` (console), `.exe` on Windows. Same command on Windows and Linux.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
import tomllib
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
ROOT = BUILD_DIR.parent
SPEC = BUILD_DIR / "squaddesk.spec"
APP_FOLDER = "SquadDesk"


def build_requirements() -> list[str]:
    """The `build` extra of pyproject.toml (e.g. ["pyinstaller>=6"])."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        extras = tomllib.load(fh)["project"]["optional-dependencies"]
    return list(extras["build"])


def ensure_pyinstaller() -> None:
    """pip install the build extra's requirements when PyInstaller is not importable."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    reqs = build_requirements()
    print(f"PyInstaller not found: installing {' '.join(reqs)}", flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", *reqs],
        check=True,
    )
    importlib.invalidate_caches()


def folder_size(path: Path) -> int:
    """Bytes of every file below `path`."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(folder: Path, name: str) -> Path:
    """Path of a packaged program in the bundle folder (with .exe on Windows)."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def build(dist: Path, work: Path, *, clean: bool = False) -> Path:
    """Run the spec; returns DIST/SquadDesk. Raises CalledProcessError when PyInstaller fails."""
    ensure_pyinstaller()
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]
    if clean:
        cmd.insert(3, "--clean")
    subprocess.run(cmd, check=True, cwd=ROOT)
    return dist / APP_FOLDER


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the SquadDesk one-folder bundle")
    parser.add_argument("--dist", type=Path, default=BUILD_DIR / "dist",
                        help="output folder (default build/dist); the app lands in DIST/SquadDesk")
    parser.add_argument("--work", type=Path, default=BUILD_DIR / "work",
                        help="PyInstaller's work folder (default build/work)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        folder = build(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    except subprocess.CalledProcessError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    missing = [p for p in (executable(folder, "SquadDesk"), executable(folder, "squaddesk-admin"))
               if not p.is_file()]
    if missing:
        print(f"build incomplete, missing: {', '.join(map(str, missing))}", file=sys.stderr)
        return 1
    size_mb = folder_size(folder) / 1e6
    print(f"built {folder} in {seconds:.0f} s: {size_mb:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
