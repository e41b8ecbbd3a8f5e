"""County web reports on a county-sized database: TOWNSHIPS townships, each with a year of
CASES cases, OFFICERS officers with their trainings and an equipment inventory, as pushed
rows (`received_row`) in a throwaway PostgreSQL cluster started for this run.

Times building each report (county.reports.build, what a page and its export compute) and
the xlsx of the largest one; "seconds" is the slowest report's median over RUNS runs,
target <= 2.0. Needs Debian's postgresql (initdb/pg_ctl) like the county tests.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from datetime import date, timedelta
from typing import Any

NAME = "county-reports"
DESCRIPTION = (
    "county web reports over 5 townships x 30,000 cases in PostgreSQL; seconds target <= 2.0"
)

TOWNSHIPS = 5
CASES = 30_000
OFFICERS = 60
TRAININGS = 25
ITEMS = 400
RUNS = 3
YEAR = 2026
TARGET_SECONDS = 2.0


def _rows(tid: str, rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(entity: str, payload: dict[str, Any]) -> None:
        rid = str(uuid.UUID(int=rng.getrandbits(128)))
        payload = {
            "id": rid,
            "township_id": tid,
            "version": 1,
            "updated_at": "2026-11-01T00:00:00+00:00",
            "updated_by": None,
            "deleted": False,
            **payload,
        }
        out.append(
            {
                "township_id": tid,
                "entity": entity,
                "row_id": rid,
                "version": 1,
                "op": "upsert",
                "deleted": False,
                "updated_at": payload["updated_at"],
                "payload": payload,
                "device_id": "bench",
                "batch_id": "b1",
            }
        )

    statuses = ["received", "filed", "investigating", "decided", "executing", "closed", "archived"]
    for _ in range(CASES):
        day = date(YEAR, 1, 1) + timedelta(days=rng.randint(0, 364))
        fine = rng.choice([0, 5000, 10000, 20000, 200000])
        add(
            "enforcement_case",
            {
                "number": "x",
                "procedure": rng.choice(["summary", "summary", "general"]),
                "status": rng.choice(statuses),
                "discovered_on": day.isoformat(),
                "fine_fen": fine,
                "paid_fen": fine if rng.random() < 0.8 else 0,
                "facts": "占道经营，" * 20,
            },
        )
    staff = []
    for i in range(OFFICERS):
        sid = len(out)
        add(
            "staff_member",
            {
                "name": f"队员{i:03d}",
                "kind": "sworn" if i % 4 else "auxiliary",
                "position": "leader" if i < 3 else "member",
                "active": True,
                "user_id": None,
            },
        )
        staff.append(out[sid]["row_id"])
    events = []
    for i in range(TRAININGS):
        start = date(YEAR, 1, 5) + timedelta(days=i * 13)
        n = len(out)
        add(
            "training_event",
            {
                "title": f"培训{i}",
                "organiser_level": rng.choice(["county", "own_unit", "superior"]),
                "category": rng.choice(["business", "public_law", "skills", "ethics"]),
                "mode": "offline",
                "start_date": start.isoformat(),
                "end_date": start.isoformat(),
                "days_tenths": 10,
                "concentrated": rng.random() < 0.6,
            },
        )
        events.append(out[n]["row_id"])
    for e in events:
        for s in rng.sample(staff, OFFICERS // 2):
            add("training_attendance", {"event_id": e, "staff_id": s, "credited_seconds": 8 * 2700})
    cats = ["computer", "copier", "body_camera", "printer", "still_camera", "walkie_talkie"]
    for _ in range(ITEMS):
        add(
            "equipment_item",
            {
                "category": rng.choice(cats),
                "status": rng.choice(["in_store", "checked_out", "retired"]),
                "quantity": 1,
                "consumable": False,
            },
        )
    return out


def run() -> dict[str, Any]:
    from sqlalchemy import insert, text
    from sqlalchemy.orm import Session

    from county import reports, service
    from county.db import ReceivedRow, Township, make_engine
    from county.migrate import upgrade
    from county.pgcluster import ThrowawayCluster

    rng = random.Random(7)
    with ThrowawayCluster() as pg:
        engine = make_engine(pg.create_database("bench"))
        try:
            upgrade(engine)
            t0 = time.perf_counter()
            with Session(engine) as s, s.begin():
                for i in range(TOWNSHIPS):
                    t = service.create_township(s, f"乡镇{i}", f"T{i}")
                    t.township_id = str(uuid.uuid4())
                    s.flush()
                    rows = _rows(t.township_id, rng)
                    for j in range(0, len(rows), 5000):
                        s.execute(insert(ReceivedRow), rows[j : j + 5000])
                s.execute(text("ANALYZE"))
            load = time.perf_counter() - t0
            with Session(engine) as s:
                held = s.query(ReceivedRow).count()
                assert s.query(Township).count() == TOWNSHIPS
            times: dict[str, list[float]] = {name: [] for name in reports.REPORTS}
            xlsx: list[float] = []
            for _ in range(RUNS):
                for name in reports.REPORTS:
                    with Session(engine) as s, s.begin():
                        t1 = time.perf_counter()
                        rep = reports.build(s, name, YEAR)
                        times[name].append(time.perf_counter() - t1)
                    if name == "training":
                        t1 = time.perf_counter()
                        reports.to_xlsx(rep)
                        xlsx.append(time.perf_counter() - t1)
        finally:
            engine.dispose()
    med = {name: statistics.median(v) for name, v in times.items()}
    print(f"loaded {held} pushed rows ({TOWNSHIPS} townships) in {load:.1f} s")
    for name, v in med.items():
        print(f"{name:<10} median {v * 1000:.0f} ms")
    print(f"training xlsx median {statistics.median(xlsx) * 1000:.0f} ms")
    seconds = max(med.values())
    return {
        "seconds": round(seconds, 4),
        "target_seconds": TARGET_SECONDS,
        "ok": seconds <= TARGET_SECONDS,
        "rows": held,
        **{f"{name}_ms": round(v * 1000, 1) for name, v in med.items()},
        "training_xlsx_ms": round(statistics.median(xlsx) * 1000, 1),
    }
