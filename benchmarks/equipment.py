"""Equipment with 10,000 items: (a) stock-taking reconciliation of a session holding ~10,000
scans, (b) the filtered item list (item_ids with a filter + the first page of item_rows).

A fresh store is built in a temporary folder through the services (register_items, issue_kit,
tick_items); only the reads are timed. Each figure is the median of RUNS runs after one
warm-up; for (b) the slower of two typical filters (category + status sorted by name, and a
free-text search) is reported. "ms" is the slower of (a) and (b); target ≤ 100 ms.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "equipment"
DESCRIPTION = (
    "10,000 items: stock-take reconciliation (~10,000 scans) and the filtered list "
    "(ids + first page); ms = slower of the two, target <= 100"
)

ITEMS = 10_000
RUNS = 7
TARGET_MS = 100.0
LOCATIONS = ("装备室", "值班室", "车库", "办公室", "档案室")
CATALOG = (
    ("body_camera", "海康威视", "DSJ-MH2311", "执法记录仪"),
    ("radio", "摩托罗拉", "P8668i", "数字对讲机"),
    ("enforcement_phone", "华为", "nova 12 执法版", "执法手机"),
    ("computer", "联想", "启天 M430", "台式计算机"),
    ("still_camera", "佳能", "EOS 200D II", "数码照相机"),
    ("helmet", None, "JF-T2", "执勤头盔"),
    ("stab_vest", None, "FCF-02", "防刺背心"),
    ("reflective_vest", None, "FG-V3", "反光背心"),
    ("torch", "神火", "C8", "强光手电"),
    ("ebike", "雅迪", "冠能E8", "电动自行车"),
)


def _median_ms(fn: Any) -> float:
    fn()  # warm-up
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run() -> dict[str, Any]:
    import local_db.models_equipment  # noqa: F401  (until local_db.models imports it)
    from app.rules.certificates import StaffKind
    from app.rules.equipment import ItemStatus
    from app.services import equipment as eq
    from app.services import equipment_stocktake as st
    from app.services import setup, staff, users
    from app.store import open_store

    rng = random.Random(6)
    with tempfile.TemporaryDirectory(prefix="sqd-bench-eq-") as tmp:
        ctx = open_store(Path(tmp) / "bench.sqlite3")
        try:
            setup.initialize(
                ctx,
                township_name="孝顺镇",
                squad_name="孝顺镇综合行政执法队",
                doc_prefix="孝顺镇综执",
                admin_username="admin",
                admin_display_name="管理员",
                admin_password="bench-pass-1",
            )
            admin = users.login(ctx, "admin", "bench-pass-1")
            people = [
                staff.add_staff(
                    ctx, admin, staff.StaffInput(name=f"队员{i:02d}", kind=StaffKind.AUXILIARY)
                ).id
                for i in range(40)
            ]
            t0 = time.perf_counter()
            inputs = []
            for i in range(ITEMS):
                cat, brand, model, name = CATALOG[i % len(CATALOG)]
                inputs.append(
                    eq.ItemInput(
                        category=cat,
                        brand=brand,
                        model=model,
                        name=name,
                        serial_no=f"SN{i:07d}",
                        location=LOCATIONS[rng.randrange(len(LOCATIONS))],
                        price_fen=rng.randint(3000, 900000),
                    )
                )
            tags = eq.register_items(ctx, admin, inputs)
            ids = eq.item_ids(ctx)
            eq.issue_kit(
                ctx, admin, [(ids[i], people[i % len(people)]) for i in range(0, ITEMS, 10)]
            )
            session = st.open_stocktake(ctx, admin, "基准盘点")
            scanned = [t for t in tags if rng.random() > 0.02]  # ~2 % missing
            by_place: dict[str, list[str]] = {}
            rows = eq.item_rows(ctx, ids)
            place_of = {r.asset_tag: r.location or "" for r in rows.values()}
            for tag in scanned:
                seen = place_of[tag] if rng.random() > 0.01 else "走廊"  # ~1 % wrong place
                by_place.setdefault(seen, []).append(tag)
            by_place.setdefault("装备室", []).extend(f"XS-ZB-2019-{n:05d}" for n in range(150))
            for place, batch in by_place.items():
                st.tick_items(ctx, admin, session.id, batch, seen_location=place)
            setup_ms = (time.perf_counter() - t0) * 1000

            recon = st.reconcile(ctx, session.id)
            reconcile_ms = _median_ms(lambda: st.reconcile(ctx, session.id))

            def list_by_category() -> None:
                got = eq.item_ids(
                    ctx,
                    eq.ItemFilter(
                        categories=("body_camera", "radio", "enforcement_phone"),
                        statuses=(ItemStatus.IN_STORE,),
                    ),
                    eq.ItemSort.NAME,
                )
                eq.item_rows(ctx, got[: eq.PAGE_SIZE])

            def list_by_text() -> None:
                got = eq.item_ids(
                    ctx, eq.ItemFilter(text="海康"), eq.ItemSort.PURCHASE_DATE, descending=True
                )
                eq.item_rows(ctx, got[: eq.PAGE_SIZE])

            list_category_ms = _median_ms(list_by_category)
            list_text_ms = _median_ms(list_by_text)
        finally:
            ctx.db.dispose()
    list_ms = max(list_category_ms, list_text_ms)
    ms = max(reconcile_ms, list_ms)
    print(
        f"setup {setup_ms:.0f} ms: {ITEMS} items, {recon.scanned} scans, "
        f"{len(recon.missing)} missing, {len(recon.wrong_place)} wrong place, "
        f"{len(recon.unexpected)} unexpected"
    )
    print(
        f"reconcile {reconcile_ms:.1f} ms; list by category {list_category_ms:.1f} ms, "
        f"by text {list_text_ms:.1f} ms"
    )
    return {
        "ms": round(ms, 2),
        "reconcile_ms": round(reconcile_ms, 2),
        "list_ms": round(list_ms, 2),
        "list_category_ms": round(list_category_ms, 2),
        "list_text_ms": round(list_text_ms, 2),
        "items": ITEMS,
        "scans": recon.scanned,
        "target_ms": TARGET_MS,
        "within_target": ms <= TARGET_MS,
    }
