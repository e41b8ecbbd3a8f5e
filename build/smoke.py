"""Smoke-start a packaged SquadDesk: `python build/smoke.py DIST_DIR [--first-run]`.

DIST_DIR is the bundle folder (build/dist/SquadDesk) or the folder above it. Everything runs
offscreen (QT_QPA_PLATFORM=offscreen) in a new temporary folder that also holds the settings,
logs and data folders (XDG_* on Linux), so the user's own SquadDesk data is never touched:

1. `squaddesk-admin --help` exits 0;
2. `squaddesk-admin --db TMP/squaddesk.sqlite3 init ...` creates a store: the bundled Alembic
   migrations run from the frozen program;
3. `squaddesk-admin --db ... check` passes the integrity check;
4. `SquadDesk --db ... --smoke-exit` with SQUADDESK_DEMO_AUTOLOGIN=1 (the init above uses the
   demo administrator's name and password) opens the store, logs in, attaches the pages and
   prints "SMOKE OK <window title>" once the main window is on screen, then exits 0.

With --first-run, step 4 instead starts on a database that does not exist yet
(`--db TMP/first.sqlite3 --demo`): the first-run path of a new installation, where the app
builds the demo township year itself (about a minute) before the main window shows.

Prints one line per step and, last, one JSON object with the timings; exits 0 when every step
passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as `python build/smoke.py` from the checkout

from app.services.demo import DEMO_ADMIN, DEMO_PASSWORD  # noqa: E402
from ui.main import SMOKE_OK  # noqa: E402

APP = "SquadDesk"
ADMIN = "squaddesk-admin"
TOWNSHIP = "孝顺镇"


@dataclass
class Step:
    name: str
    ok: bool
    seconds: float
    detail: str


def bundle_folder(dist: Path) -> Path:
    """The folder holding the executables: DIST itself or DIST/SquadDesk."""
    for folder in (dist, dist / APP):
        if program(folder, APP).is_file():
            return folder
    raise SystemExit(f"no {APP} executable in {dist} or {dist / APP}")


def program(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def smoke_env(home: Path) -> dict[str, str]:
    """The environment for the packaged programs: offscreen, private folders, UTF-8 output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "XDG_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    env["SQUADDESK_DEMO_AUTOLOGIN"] = "1"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    env["HOME"] = str(home)
    return env


def run(name: str, cmd: list[str], *, env: dict[str, str], cwd: Path, timeout: float,
        stdin: str = "", expect: str = "") -> Step:
    """Run one packaged program; ok when it exits 0, prints `expect` and no traceback."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, input=stdin.encode("utf-8"), capture_output=True, env=env,
                              cwd=cwd, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode("utf-8", "replace")
        err = (exc.stderr or b"").decode("utf-8", "replace")
        return Step(name, False, time.perf_counter() - started,
                    f"no exit within {timeout:.0f} s\n{out}\n{err}".strip())
    seconds = time.perf_counter() - started
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    problems = []
    if proc.returncode != 0:
        problems.append(f"exit code {proc.returncode}")
    if expect and expect not in out:
        problems.append(f"{expect!r} not in its output")
    if "Traceback (most recent call last)" in out + err:
        problems.append("a Python traceback was printed")
    lines = [line for line in out.splitlines() if line.strip()]
    detail = lines[-1] if lines and not problems else f"{'; '.join(problems)}\n{out}\n{err}"
    return Step(name, not problems, seconds, detail.strip())


def smoke(dist: Path, *, first_run: bool = False, timeout: float = 180.0) -> list[Step]:
    folder = bundle_folder(dist)
    app, admin = program(folder, APP), program(folder, ADMIN)
    steps: list[Step] = []
    with tempfile.TemporaryDirectory(prefix="squaddesk-smoke-") as tmp:
        home = Path(tmp)
        env = smoke_env(home)
        db = home / "squaddesk.sqlite3"

        def step(name: str, cmd: list[str], **kw: object) -> bool:
            result = run(name, cmd, env=env, cwd=home, **kw)  # type: ignore[arg-type]
            steps.append(result)
            mark = "ok  " if result.ok else "FAIL"
            print(f"{mark} {name} ({result.seconds:.1f} s): {result.detail}", flush=True)
            return result.ok

        if not step("admin --help", [str(admin), "--help"], timeout=timeout, expect=ADMIN):
            return steps
        if not step("admin init",
                    [str(admin), "--db", str(db), "init", "--township", TOWNSHIP,
                     "--admin", DEMO_ADMIN],
                    stdin=DEMO_PASSWORD + "\n", timeout=timeout):
            return steps
        if not step("admin check", [str(admin), "--db", str(db), "check"], timeout=timeout):
            return steps
        if first_run:
            gui = [str(app), "--db", str(home / "first.sqlite3"), "--demo", "--smoke-exit"]
            step("app first run (demo database)", gui, timeout=max(timeout, 600.0),
                 expect=SMOKE_OK)
        else:
            step("app start", [str(app), "--db", str(db), "--smoke-exit"], timeout=timeout,
                 expect=SMOKE_OK)
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-start a packaged SquadDesk (offscreen)")
    parser.add_argument("dist", type=Path, help="the bundle folder (…/dist/SquadDesk) or its parent")
    parser.add_argument("--first-run", action="store_true",
                        help="start the app on a new database (it builds the demo data first)")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per program run")
    args = parser.parse_args(argv)
    steps = smoke(args.dist.resolve(), first_run=args.first_run, timeout=args.timeout)
    ok = len(steps) == 4 and all(s.ok for s in steps)
    print(json.dumps({"ok": ok, **{s.name: round(s.seconds, 2) for s in steps}},
                     ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
