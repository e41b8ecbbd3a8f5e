"""Cold start: from spawning the app until its main window is shown, against a bare Qt window.

The app runs as `python -m ui.main --db DEMO --exit-when-shown` on a demo database built first
with `python -m app.cli --db DEMO demo`; SQUADDESK_DEMO_AUTOLOGIN=1 logs it in as the demo user.
It prints `shown <ms>` when its main window is on screen (the frame with menus and status bar,
saying it is opening the database) and `ready <ms>` once the store is open, the user logged in
and the pages attached, and `dashboard <ms>` once the 工作台 shows its figures (the figure
benchmarks.startup_100k uses); then it exits 0. All count from the process's creation time.
The baseline is a process that imports PySide6.QtWidgets, creates a QApplication and a
QMainWindow, shows it and prints `shown <ms>` on the next turn of the event loop (as the app
does). Both run with QT_QPA_PLATFORM=offscreen, from compiled bytecode as an installed app.
One warm-up each, then RUNS runs each, interleaved (alternating which goes first); medians:
ratio = app shown / baseline shown, ready_ratio = app ready / baseline shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "startup"
DESCRIPTION = (
    "cold start to main window shown (demo database, offscreen) vs a bare PySide6 "
    "QMainWindow process; ratio = app / baseline"
)

WARMUPS = 1
RUNS = 7
TIMEOUT_S = 120.0
AUTOLOGIN_ENV = "SQUADDESK_DEMO_AUTOLOGIN"  # "1": the demo admin; else a demo user's name
MARKS = ("shown", "ready", "dashboard")
# The app's start-up phases (ui.main --exit-when-shown), in order, ms from process creation:
# qt = the frame made (Qt and the window's modules imported), imported = the database layer
# and models imported, store = opened, login = logged in, attached = the pages attached,
# figures = the dashboard's figures set, dashboard = painted.
PHASES = ("qt", "shown", "imported", "store", "login", "attached", "ready", "figures",
          "dashboard")
ROOT = Path(__file__).resolve().parent.parent

BASELINE_SCRIPT = """\
import os, sys, time

def process_start():
    # Process creation time like the app's figures (ui.main.process_start_time: Linux ticks
    # since boot, the boot's epoch time from the clocks); else script start.
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        booted = time.time() - time.clock_gettime(time.CLOCK_BOOTTIME)
        return booted + ticks / os.sysconf("SC_CLK_TCK")
    except Exception:
        return time.time()

started = process_start()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("SquadDesk startup baseline")
window.resize(1280, 800)
window.show()

def shown():
    print(f"shown {(time.time() - started) * 1000:.0f}", flush=True)
    app.exit(0)

QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # An installed app runs from compiled bytecode: let the first (warm-up) run write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env[AUTOLOGIN_ENV] = "1"
    # Keep settings, logs and app data of the benchmark out of the user's own folders.
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
    ):
        env[var] = str(home / sub)
    return env


def app_command(db_path: Path) -> list[str]:
    return [sys.executable, "-m", "ui.main", "--db", str(db_path), "--exit-when-shown"]


def baseline_command() -> list[str]:
    return [sys.executable, "-c", BASELINE_SCRIPT]


def timed_run(
    cmd: list[str], env: dict[str, str], need: tuple[str, ...] = ("shown",)
) -> tuple[float, dict[str, float]]:
    """Wall milliseconds from spawn to exit, and the `shown`/`ready`/`dashboard` figures it
    printed (each mark in `need` must be there)."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        cmd,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
    )
    wall_ms = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd[:3])} ... exited {proc.returncode}\n"
            f"--- stdout ---\n{proc.stdout[-2000:]}\n--- stderr ---\n{proc.stderr[-4000:]}"
        )
    marks: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in PHASES:
            try:
                marks[parts[0]] = float(parts[1])
            except ValueError:
                pass
    missing = [m for m in need if m not in marks]
    if missing:
        raise RuntimeError(
            f"{' '.join(cmd[:3])} ... printed no {'/'.join(missing)} line:\n{proc.stdout}"
        )
    return wall_ms, marks


def build_demo_db(db_path: Path, env: dict[str, str]) -> float:
    """Create the demo database; milliseconds taken."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(db_path), "demo"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"demo database build exited {proc.returncode}:\n{proc.stderr[-4000:]}")
    return (time.perf_counter() - t0) * 1000


def measure(
    commands: dict[str, list[str]],
    env: dict[str, str],
    *,
    runs: int = RUNS,
    warmups: int = WARMUPS,
    need: tuple[str, ...] = ("shown",),
) -> dict[str, list[tuple[float, dict[str, float]]]]:
    """Warm up each command, then run them interleaved, alternating which goes first.

    `need`: the marks the first command (the app) must print; the others print `shown`.
    """
    names = list(commands)
    wants = {name: (need if i == 0 else ("shown",)) for i, name in enumerate(names)}
    for _ in range(warmups):
        for name in names:
            timed_run(commands[name], env, wants[name])
    samples: dict[str, list[tuple[float, dict[str, float]]]] = {name: [] for name in names}
    for i in range(runs):
        order = names if i % 2 == 0 else names[::-1]
        for name in order:
            wall, marks = timed_run(commands[name], env, wants[name])
            samples[name].append((wall, marks))
        print(
            f"  run {i + 1}/{runs}: "
            + ", ".join(
                f"{n} " + " ".join(f"{k} {v:.0f} ms" for k, v in samples[n][-1][1].items())
                for n in names
            ),
            flush=True,
        )
    return samples


def phase_medians(values: list[tuple[float, dict[str, float]]]) -> dict[str, float]:
    """Median ms of each start-up phase the app printed in every run, and the median time
    spent in each (from the previous phase), for the breakdown."""
    present = [p for p in PHASES if all(p in m for _, m in values)]
    out: dict[str, float] = {}
    previous: str | None = None
    for phase in present:
        out[phase] = median_mark(values, phase)
        if previous is not None:
            out[f"{previous}->{phase}"] = round(
                statistics.median(m[phase] - m[previous] for _, m in values), 1
            )
        previous = phase
    return out


def median_mark(values: list[tuple[float, dict[str, float]]], key: str) -> float:
    """Median of one printed mark over the runs, in ms."""
    return round(statistics.median(m[key] for _, m in values), 1)


_median = median_mark


def run() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="squaddesk-bench-startup-") as tmp:
        home = Path(tmp)
        env = _env(home)
        db_path = home / "demo.sqlite3"
        demo_ms = build_demo_db(db_path, env)
        print(f"demo database built in {demo_ms:.0f} ms: {db_path}")
        print(f"cold start, {WARMUPS} warm-up + {RUNS} interleaved runs each (offscreen):")
        samples = measure(
            {"app": app_command(db_path), "baseline": baseline_command()}, env,
            need=("shown", "ready"),
        )
    app_ms = _median(samples["app"], "shown")
    ready_ms = _median(samples["app"], "ready")
    baseline_ms = _median(samples["baseline"], "shown")
    print(f"main window shown: app {app_ms} ms, bare window {baseline_ms} ms")
    print(f"store open and pages attached (ready): {ready_ms} ms")
    return {
        "name": NAME,
        "app_ms": app_ms,
        "baseline_ms": baseline_ms,
        "ratio": round(app_ms / baseline_ms, 2),
        "ready_ms": ready_ms,
        "ready_ratio": round(ready_ms / baseline_ms, 2),
        "app_exit_wall_ms": round(statistics.median(w for w, _ in samples["app"]), 1),
        "baseline_exit_wall_ms": round(statistics.median(w for w, _ in samples["baseline"]), 1),
        "runs": RUNS,
        "demo_build_ms": round(demo_ms, 1),
    }
