"""Annual training report: computing it for 200 officers × 40 trainings (every officer at every
training: 8,000 attendance rows), warm, median of RUNS runs; target ≤ 200 ms. Writing the
report as xlsx is timed separately (`xlsx_ms`).

The store is a temporary SQLite file, migrated and initialised through the services; staff,
trainings and attendance are bulk-inserted with SQLAlchemy Core (the services' per-row unit of
work would only slow the set-up down, not the figure measured).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

NAME = "training-report"
DESCRIPTION = (
    "annual training report for 200 officers x 40 trainings (8,000 attendances), warm median; "
    "target <= 200 ms; xlsx write timed separately"
)

OFFICERS = 200
TRAININGS = 40
WARMUPS = 2
RUNS = 15
XLSX_RUNS = 5
TARGET_MS = 200.0
YEAR = 2026


def build_store(path: Path, officers: int, trainings: int) -> tuple[Any, int]:
    """A store with `officers` sworn officers, `trainings` trainings in YEAR, all attended."""
    from sqlalchemy import insert

    from app.rules.training import (
        SECONDS_PER_TENTH_UNIT,
        OrganiserLevel,
        TrainingCategory,
        TrainingMode,
    )
    from app.services import setup
    from app.store import open_store
    from local_db.ids import new_id, utcnow
    from local_db.models import StaffMember
    from local_db.models_training import TrainingAttendance, TrainingEvent

    ctx = open_store(path)
    setup.initialize(
        ctx,
        township_name="基准镇",
        squad_name="基准镇综合行政执法队",
        doc_prefix="基准镇综执",
        admin_username="admin",
        admin_display_name="管理员",
        admin_password="bench-pass-2026",
    )
    township = ctx.township_id()
    rng = random.Random(20260)
    now = utcnow()
    sync = {
        "township_id": township,
        "version": 1,
        "updated_at": now,
        "updated_by": None,
        "deleted": False,
    }
    staff_rows = [
        {
            **sync,
            "id": new_id(),
            "name": f"队员{i:03d}",
            "gender": "男",
            "kind": "sworn",
            "position": "leader" if i < officers // 20 else "member",
            "cert_number": f"BENCH{i:05d}",
            "cert_issued_on": date(2022, 1, 1),
            "cert_expires_on": date(2027, 1, 1) + timedelta(days=i),
            "cert_status": "green",
            "active": True,
        }
        for i in range(officers)
    ]
    levels, categories, modes = list(OrganiserLevel), list(TrainingCategory), list(TrainingMode)
    event_rows: list[dict[str, Any]] = []
    for j in range(trainings):
        start = date(YEAR, 1, 5) + timedelta(days=j * 8)
        mode = modes[j % len(modes)]
        event_rows.append(
            {
                **sync,
                "id": new_id(),
                "title": f"基准培训{j:02d}",
                "organiser_level": levels[j % len(levels)].value,
                "category": categories[j % len(categories)].value,
                "mode": mode.value,
                "start_date": start,
                "end_date": start + timedelta(days=1),
                "days_tenths": 20,
                "stated_units_tenths": 10 * rng.randint(2, 8),
                "duration_minutes": None,
                "concentrated": mode is not TrainingMode.ONLINE,
                "note": None,
            }
        )
    attendance_rows = [
        {
            **sync,
            "id": new_id(),
            "event_id": e["id"],
            "staff_id": s["id"],
            "credited_seconds": e["stated_units_tenths"] * SECONDS_PER_TENTH_UNIT,
            "credit_source": "event",
            "note": None,
        }
        for e in event_rows
        for s in staff_rows
    ]
    with ctx.db.write_engine.begin() as conn:
        conn.execute(insert(StaffMember), staff_rows)
        conn.execute(insert(TrainingEvent), event_rows)
        conn.execute(insert(TrainingAttendance), attendance_rows)
    return ctx, len(attendance_rows)


def _median_ms(fn: Any, runs: int, warmups: int) -> tuple[float, float, float]:
    for _ in range(warmups):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), min(samples), max(samples)


def run(
    officers: int = OFFICERS,
    trainings: int = TRAININGS,
    runs: int = RUNS,
    xlsx_runs: int = XLSX_RUNS,
) -> dict[str, Any]:
    from app.context import SYSTEM_ACTOR
    from app.services import training_reports

    with tempfile.TemporaryDirectory(prefix="squaddesk-bench-training-") as tmp:
        t0 = time.perf_counter()
        ctx, attendances = build_store(Path(tmp) / "bench.sqlite3", officers, trainings)
        build_ms = (time.perf_counter() - t0) * 1000
        print(
            f"store built in {build_ms:.0f} ms: {officers} officers, {trainings} trainings, "
            f"{attendances} attendances"
        )
        today = date(YEAR, 11, 20)
        try:
            report = training_reports.annual_report(ctx, SYSTEM_ACTOR, YEAR, today)
            assert len(report.people) == officers, len(report.people)
            assert report.trainings == trainings
            ms, lo, hi = _median_ms(
                lambda: training_reports.annual_report(ctx, SYSTEM_ACTOR, YEAR, today),
                runs,
                WARMUPS,
            )
            print(f"report: median {ms:.1f} ms over {runs} warm runs (min {lo:.1f}, max {hi:.1f})")
            out = Path(tmp) / "report.xlsx"
            xlsx_ms, _, _ = _median_ms(
                lambda: training_reports.write_annual_report_xlsx(report, out), xlsx_runs, 1
            )
            print(
                f"xlsx write: median {xlsx_ms:.1f} ms over {xlsx_runs} runs "
                f"({out.stat().st_size} bytes)"
            )
        finally:
            ctx.db.dispose()
    return {
        "name": NAME,
        "ms": round(ms, 1),
        "min_ms": round(lo, 1),
        "max_ms": round(hi, 1),
        "xlsx_ms": round(xlsx_ms, 1),
        "target_ms": TARGET_MS,
        "meets_target": ms <= TARGET_MS,
        "officers": officers,
        "trainings": trainings,
        "attendances": attendances,
        "runs": runs,
        "build_ms": round(build_ms, 1),
    }
