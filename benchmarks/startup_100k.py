"""Cold start to the painted dashboard on a 100,000-case store, against a bare Qt window.

The store is the 孝顺镇 demo township year (squad and users, a year of training, the equipment
inventory) with its cases scaled to 100,000 (app.services.demo_cases). It is built once and
cached under the benchmark cache folder (SQUADDESK_BENCH_CACHE, else the platform's user cache
folder), keyed by the schema head revision and a digest of the demo builders' source, so later
runs reuse it; each run copies it to a temporary folder first.

The app runs as `python -m ui.main --db COPY --exit-when-shown` with
SQUADDESK_DEMO_AUTOLOGIN=zhangwei (the demo leader: every dashboard tile, cases included). It
prints `dashboard <ms>` once the 工作台 page has all its figures filled and painted, counted
from the process's creation time (Linux: its start in clock ticks since boot, the boot's
epoch time from the clocks; ui.main.process_start_time). With the auto-login the figures are read by a second
process started at launch (ui.first_page: sqlite3 alone, its own interpreter on the other
core): the page is painted before the ORM is imported; the phases after `dashboard`
(imported, store, login, attached, ready) are the rest of the start, which the figure does
not wait for. The baseline is benchmarks.startup's bare QMainWindow
process. "Cold" means a fresh process each run; the OS file cache is not dropped (that needs
root), so the store file is read from memory after the first run. One warm-up each (it also
takes the day's automatic backup), then RUNS interleaved runs; medians reported:
ratio = dashboard / bare window. Target: ratio ≤ 1.5.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks import startup

NAME = "startup-100k"
DESCRIPTION = (
    "cold start to the painted dashboard on a 100,000-case demo store (offscreen, auto-login) "
    "vs a bare PySide6 window; ratio = dashboard / bare"
)

CASES = 100_000
RUNS = 9  # the reading process comes before or after the frame: enough runs for a steady median
WARMUPS = 1
LOGIN = "zhangwei"  # the demo leader: sees cases, training, equipment and staff
ROOT = startup.ROOT
DEMO_SOURCES = (
    "app/services/demo.py",
    "app/services/demo_cases.py",
    "app/services/demo_training.py",
    "app/services/demo_equipment.py",
)


def cache_dir() -> Path:
    """Where built benchmark stores are kept between runs."""
    env = os.environ.get("SQUADDESK_BENCH_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("SquadDesk", "SquadDesk")) / "benchmarks"


def cache_key() -> str:
    """Schema head revision + digest of the demo builders: a new key when either changes."""
    from local_db.migrate import head_revision

    digest = hashlib.sha256()
    for rel in DEMO_SOURCES:
        digest.update((ROOT / rel).read_bytes())
    return f"{head_revision()}-{digest.hexdigest()[:12]}"


def _count_cases(path: Path) -> int:
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM enforcement_case").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def build_store(path: Path, cases: int = CASES) -> float:
    """The demo township year with `cases` cases at `path` (built aside, then renamed);
    seconds taken. Prints progress while it runs."""
    from app.services import demo, demo_cases, demo_equipment, demo_training
    from app.store import open_store

    t0 = time.perf_counter()
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    stop = threading.Event()

    def heartbeat() -> None:
        while not stop.wait(15):
            print(f"  … {time.perf_counter() - t0:.0f} s, cases written: "
                  f"{_count_cases(tmp):,}/{cases:,}", flush=True)

    ticker = threading.Thread(target=heartbeat, daemon=True)
    ticker.start()
    ctx = open_store(tmp)
    try:
        print("  squad and users", flush=True)
        admin = demo.fill_demo(ctx)
        print("  training year", flush=True)
        demo_training.fill_training_demo(ctx, admin, ctx.clock.today().year)
        print("  equipment", flush=True)
        demo_equipment.fill_equipment_demo(ctx, admin)
        print(f"  {cases:,} cases", flush=True)
        general, summary = cases // 30, cases // 10
        demo_cases.fill_cases_demo(ctx, admin, general=general, summary=summary,
                                   parking=cases - general - summary)
    finally:
        stop.set()
        ctx.db.dispose()
    os.replace(tmp, path)
    return time.perf_counter() - t0


def cached_store() -> Path:
    """The cached 100k store, built first when missing."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{CASES // 1000}k-{cache_key()}.sqlite3"
    if path.exists():
        print(f"cached store: {path}")
        return path
    print(f"building the {CASES:,}-case demo store (takes minutes, once): {path}", flush=True)
    seconds = build_store(path)
    print(f"built in {seconds:.0f} s", flush=True)
    return path


def run() -> dict[str, Any]:
    source = cached_store()
    with tempfile.TemporaryDirectory(prefix="squaddesk-bench-startup100k-") as tmp:
        home = Path(tmp)
        env = startup._env(home)
        env[startup.AUTOLOGIN_ENV] = LOGIN
        db = home / "demo.sqlite3"
        shutil.copyfile(source, db)
        print(f"cold start to the painted dashboard, {WARMUPS} warm-up + {RUNS} interleaved runs "
              "each (offscreen; fresh processes, OS file cache not dropped):", flush=True)
        samples = startup.measure(
            {"app": startup.app_command(db), "baseline": startup.baseline_command()},
            env, runs=RUNS, warmups=WARMUPS, need=("shown", "ready", "dashboard"),
        )
    dashboard_ms = startup.median_mark(samples["app"], "dashboard")
    bare_ms = startup.median_mark(samples["baseline"], "shown")
    print(f"dashboard painted: {dashboard_ms} ms; bare window: {bare_ms} ms")
    print("phases (median ms from process creation; a->b: median time between them):")
    for key, value in startup.phase_medians(samples["app"]).items():
        print(f"  {key:20} {value:8.1f}")
    return {
        "ratio": round(dashboard_ms / bare_ms, 2),
        "ms": dashboard_ms,
        "bare_ms": bare_ms,
        "shown_ms": startup.median_mark(samples["app"], "shown"),
        "ready_ms": startup.median_mark(samples["app"], "ready"),
        "cases": CASES,
        "runs": RUNS,
        "phases_ms": startup.phase_medians(samples["app"]),
    }
