"""50 township clients pushing at once against one county server (loopback HTTP, a throwaway
PostgreSQL cluster): per-request latency p50/p95/max and the total time.

Each township is a real store: one demo squad store is built, then copied 50 times with a new
township id written into every synced row and outbox payload (`clone_township`), so each
township is enrolled separately and pushes its own outbox with the real client code
(`client.push_pending`), in its own thread with its own HTTP connection. The batch size is
lowered to BATCH_ROWS so each township sends several requests. tests/county/test_load.py runs
the same load (smaller) and checks that every row arrives exactly once.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

NAME = "sync-load"
DESCRIPTION = "50 townships pushing at once into one county: per-request p50/p95/max and total seconds"

TOWNSHIPS = 50
BATCH_ROWS = 20


def clone_township(src: Path, dest: Path, township_id: str) -> None:
    """Copy a township store under another township id (every township_id column, the township
    row's id, and the outbox payloads)."""
    shutil.copyfile(src, dest)
    db = sqlite3.connect(dest)
    try:
        old = db.execute("SELECT id FROM township LIMIT 1").fetchone()[0]
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for t in tables:
            cols = {r[1] for r in db.execute(f'PRAGMA table_info("{t}")')}
            if "township_id" in cols:
                db.execute(f'UPDATE "{t}" SET township_id = ? WHERE township_id = ?', (township_id, old))
        db.execute("UPDATE township SET id = ? WHERE id = ?", (township_id, old))
        db.execute(
            "UPDATE sync_outbox SET payload = json_set(payload, '$.township_id', ?),"
            " row_id = CASE WHEN entity = 'township' THEN ? ELSE row_id END"
            " WHERE json_extract(payload, '$.township_id') = ?",
            (township_id, township_id, old),
        )
        db.execute(
            "UPDATE sync_outbox SET payload = json_set(payload, '$.id', ?) WHERE entity = 'township'",
            (township_id,),
        )
        db.commit()
    finally:
        db.close()


def push_all(
    ctxs: list[Any], url: str, *, on_request: Callable[[float], None] | None = None
) -> list[BaseException]:
    """Push every store's outbox at once, one thread and one HTTP client per township; answers
    the errors raised."""
    import httpx

    from app.sync import client

    errors: list[BaseException] = []
    start = threading.Barrier(len(ctxs))

    def one(ctx: Any) -> None:
        with httpx.Client(base_url=url, timeout=120) as http:
            try:
                conn = client.open_connection(ctx, http=http)
                if on_request is not None:
                    plain = conn.request

                    def timed(*a: Any, **k: Any) -> Any:
                        t0 = time.perf_counter()
                        try:
                            return plain(*a, **k)
                        finally:
                            on_request(time.perf_counter() - t0)

                    conn.request = timed  # type: ignore[method-assign]
                start.wait()
                client.push_pending(ctx, conn)
            except BaseException as exc:  # noqa: BLE001 - reported by the caller
                errors.append(exc)

    threads = [threading.Thread(target=one, args=(c,)) for c in ctxs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run() -> dict[str, Any]:
    import keyring
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from app.context import SYSTEM_ACTOR
    from app.services import demo
    from app.store import open_store
    from app.sync import client
    from benchmarks.sync_incremental import _memory_keyring
    from county import service
    from county.app import create_app
    from county.db import ReceivedRow, make_engine
    from county.pgcluster import ThrowawayCluster
    from county.threaded_server import ServerThread

    previous = keyring.get_keyring()
    keyring.set_keyring(_memory_keyring())
    saved_batch = client.PUSH_BATCH_ROWS
    client.PUSH_BATCH_ROWS = BATCH_ROWS
    latencies: list[float] = []
    lock = threading.Lock()

    def record(seconds: float) -> None:
        with lock:
            latencies.append(seconds)

    try:
        with ThrowawayCluster() as pg, tempfile.TemporaryDirectory() as tmp:
            template = Path(tmp) / "template.sqlite3"
            ctx = open_store(template)
            demo.fill_demo(ctx)  # the full demo squad: 40 sworn, 30 auxiliaries
            ctx.db.dispose()
            engine = make_engine(pg.create_database("load"))
            server = ServerThread(create_app(engine=engine)).start()
            ctxs = []
            try:
                import httpx

                with httpx.Client(base_url=server.url, timeout=60) as http:
                    for i in range(TOWNSHIPS):
                        path = Path(tmp) / f"t{i}.sqlite3"
                        clone_township(template, path, str(uuid.uuid4()))
                        with Session(engine) as s, s.begin():
                            service.create_township(s, f"乡镇{i}", f"T{i:02d}")
                            code = service.new_enrolment_code(s, f"T{i:02d}")[0]
                        c = open_store(path)
                        client.enrol(c, SYSTEM_ACTOR, server.url, code, device_name=f"pc{i}", http=http)
                        ctxs.append(c)
                expected = sum(client.pending_count(c) for c in ctxs)
                t0 = time.perf_counter()
                errors = push_all(ctxs, server.url, on_request=record)
                total = time.perf_counter() - t0
                if errors:
                    raise errors[0]
                with Session(engine) as s:
                    held = s.scalar(select(func.count()).select_from(ReceivedRow))
                assert all(client.pending_count(c) == 0 for c in ctxs)
            finally:
                for c in ctxs:
                    c.db.dispose()
                server.stop()
                engine.dispose()
    finally:
        client.PUSH_BATCH_ROWS = saved_batch
        keyring.set_keyring(previous)
    p50, p95 = _percentile(latencies, 0.5), _percentile(latencies, 0.95)
    print(f"{TOWNSHIPS} townships, {expected} outbox rows ({held} held by the county), "
          f"{len(latencies)} requests of <= {BATCH_ROWS} rows")
    print(f"per request: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms, "
          f"mean {statistics.mean(latencies) * 1000:.0f} ms; all pushed in {total:.2f} s")
    return {
        "name": NAME,
        "townships": TOWNSHIPS,
        "requests": len(latencies),
        "rows": expected,
        "p50_seconds": round(p50, 4),
        "p95_seconds": round(p95, 4),
        "max_seconds": round(max(latencies), 4),
        "seconds": round(total, 3),
    }
