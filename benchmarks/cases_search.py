"""Case search: filter 100,000 cases by a text term through the service (case_ids with a text
filter: FTS5 trigram MATCH, joined to the case table and sorted) against the same FTS query
run through raw sqlite3 on the same file, in the same run. Interleaved runs after a warm-up;
medians reported; ratio = service / raw. Targets: ≤ 150 ms and ≤ 2×.

The store is the demo township scaled to 100,000 cases (app.services.demo_cases). The main
term is a street in one village (≥ 3 characters: index lookup); a two-character surname+given
name (substring scan fallback) is reported too.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "cases-search"
DESCRIPTION = (
    "text search over 100,000 cases through case_ids() vs the same FTS5 query in raw sqlite3; "
    "ratio = service / raw"
)

CASES = 100_000
RUNS = 15
TERM = "浦口村振兴路"
SHORT_TERM = "吴建"


def build(path: Path) -> float:
    """The demo store with CASES cases; seconds taken."""
    import local_db.models_cases  # noqa: F401
    from app.services import demo, demo_cases
    from app.store import open_store

    t0 = time.perf_counter()
    ctx = open_store(path)
    admin = demo.fill_demo(ctx)
    general, summary = CASES // 30, CASES // 10
    demo_cases.fill_cases_demo(ctx, admin, general=general, summary=summary,
                               parking=CASES - general - summary)
    ctx.db.dispose()
    return time.perf_counter() - t0


def raw_sql(term: str) -> tuple[str, dict[str, str]]:
    from app.services.case_search import search_sql

    found = search_sql(term)
    assert found is not None
    sql, params = found
    return (
        ("SELECT enforcement_case.id FROM enforcement_case WHERE enforcement_case.deleted = 0 "
        f"AND enforcement_case.id IN ({sql}) "
        "ORDER BY enforcement_case.discovered_on DESC, enforcement_case.number_seq DESC"),
        params,
    )


def measure(path: Path, term: str) -> dict[str, Any]:
    from app.services import case_search
    from app.store import open_store

    ctx = open_store(path)
    con = sqlite3.connect(path)
    sql, params = raw_sql(term)
    f = case_search.CaseFilter(text=term)

    def service() -> list[str]:
        return case_search.case_ids(ctx, f)

    def raw() -> list[str]:
        return [r[0] for r in con.execute(sql, params)]

    a, b = service(), raw()
    assert a == b, (len(a), len(b))
    times: dict[str, list[float]] = {"service": [], "raw": []}
    for i in range(RUNS):
        order = (("service", service), ("raw", raw))
        for name, fn in order if i % 2 == 0 else order[::-1]:
            t0 = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t0) * 1000)
    con.close()
    ctx.db.dispose()
    svc, rw = statistics.median(times["service"]), statistics.median(times["raw"])
    return {"ms": round(svc, 2), "raw_ms": round(rw, 2), "ratio": round(svc / rw, 2),
            "hits": len(a)}


def run() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="squaddesk-bench-cases-") as tmp:
        path = Path(tmp) / "cases.sqlite3"
        built = build(path)
        print(f"built {CASES} cases in {built:.1f} s", flush=True)
        main = measure(path, TERM)
        print(f"term {TERM!r}: {main}", flush=True)
        short = measure(path, SHORT_TERM)
        print(f"short term {SHORT_TERM!r}: {short}", flush=True)
    return {
        "name": NAME,
        "ms": main["ms"],
        "raw_ms": main["raw_ms"],
        "ratio": main["ratio"],
        "hits": main["hits"],
        "cases": CASES,
        "short_term_ms": short["ms"],
        "short_term_raw_ms": short["raw_ms"],
        "short_term_ratio": short["ratio"],
        "short_term_hits": short["hits"],
        "build_s": round(built, 1),
        "runs": RUNS,
    }
