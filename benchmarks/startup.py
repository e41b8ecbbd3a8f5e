"""Cold start: from spawning the app until its main window is shown, against a bare Qt window.

The app runs as `python -m ui.main --db DEMO --exit-when-shown` on a demo database built first
with `python -m app.cli --db DEMO demo`; SQUADDESK_DEMO_AUTOLOGIN=1 logs it in as the demo user,
and it prints `shown <ms>` and exits 0 once its main window is shown. The baseline is a process
that imports PySide6.QtWidgets, creates a QApplication and a QMainWindow, shows it and exits on
the next turn of the event loop (as the app does). Both run with QT_QPA_PLATFORM=offscreen and
are timed by wall clock from spawn to exit. One warm-up each, then RUNS runs each, interleaved
(alternating which goes first); medians are reported and ratio = app / baseline.
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
ROOT = Path(__file__).resolve().parent.parent

BASELINE_SCRIPT = """\
import os, sys, time

def process_start():
    # Process creation time like the app's `shown` figure (Linux /proc); else script start.
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as fh:
            btime = next(int(ln.split()[1]) for ln in fh if ln.startswith("btime"))
        return btime + ticks / os.sysconf("SC_CLK_TCK")
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
    env["SQUADDESK_DEMO_AUTOLOGIN"] = "1"
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


def timed_run(cmd: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall milliseconds from spawn to exit, and the `shown <ms>` figure the process printed."""
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
    shown: float | None = None
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "shown":
            try:
                shown = float(parts[1])
            except ValueError:
                pass
    return wall_ms, shown


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
) -> dict[str, list[tuple[float, float | None]]]:
    """Warm up each command, then run them interleaved, alternating which goes first."""
    names = list(commands)
    for _ in range(warmups):
        for name in names:
            timed_run(commands[name], env)
    samples: dict[str, list[tuple[float, float | None]]] = {name: [] for name in names}
    for i in range(runs):
        order = names if i % 2 == 0 else names[::-1]
        for name in order:
            wall, shown = timed_run(commands[name], env)
            samples[name].append((wall, shown))
        print(
            f"  run {i + 1}/{runs}: " + ", ".join(f"{n} {samples[n][-1][0]:.0f} ms" for n in names),
            flush=True,
        )
    return samples


def _median_shown(values: list[tuple[float, float | None]]) -> float | None:
    shown = [s for _, s in values if s is not None]
    return round(statistics.median(shown), 1) if shown else None


def run() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="squaddesk-bench-startup-") as tmp:
        home = Path(tmp)
        env = _env(home)
        db_path = home / "demo.sqlite3"
        demo_ms = build_demo_db(db_path, env)
        print(f"demo database built in {demo_ms:.0f} ms: {db_path}")
        print(f"cold start, {WARMUPS} warm-up + {RUNS} interleaved runs each (offscreen):")
        samples = measure({"app": app_command(db_path), "baseline": baseline_command()}, env)
    app_ms = statistics.median(w for w, _ in samples["app"])
    baseline_ms = statistics.median(w for w, _ in samples["baseline"])
    return {
        "name": NAME,
        "app_ms": round(app_ms, 1),
        "baseline_ms": round(baseline_ms, 1),
        "ratio": round(app_ms / baseline_ms, 2),
        "app_min_ms": round(min(w for w, _ in samples["app"]), 1),
        "app_max_ms": round(max(w for w, _ in samples["app"]), 1),
        "baseline_min_ms": round(min(w for w, _ in samples["baseline"]), 1),
        "baseline_max_ms": round(max(w for w, _ in samples["baseline"]), 1),
        "app_shown_ms": _median_shown(samples["app"]),
        "baseline_shown_ms": _median_shown(samples["baseline"]),
        "runs": RUNS,
        "demo_build_ms": round(demo_ms, 1),
    }
