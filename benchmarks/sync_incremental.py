"""Incremental sync: 100 changed rows pushed and acknowledged (plus the empty pull that
follows) over loopback HTTP into a throwaway PostgreSQL cluster started for this run.

A small demo township is enrolled and fully synced first; then each run changes 100 staff
rows in one unit of work and times `sync_now` (push + ack + pull). "seconds" is the median of
RUNS runs; target <= 0.5. Needs Debian's postgresql (initdb/pg_ctl) like the county tests.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "sync-incremental"
DESCRIPTION = "100 changed rows: push + ack + pull over loopback into PostgreSQL; seconds target <= 0.5"

ROWS = 100
RUNS = 5
TARGET_SECONDS = 0.5


def _memory_keyring() -> Any:
    """An in-process keyring (the benchmark must not touch the machine's credential store)."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 10  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.data: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.data.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.data[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.data.pop((service, username), None)

    return MemoryKeyring()


def _change_rows(ctx: Any, run: int) -> None:
    from sqlalchemy import select

    from app.context import SYSTEM_ACTOR
    from local_db.models import StaffMember

    with ctx.uow(SYSTEM_ACTOR) as uow:
        members = list(uow.session.scalars(select(StaffMember).order_by(StaffMember.id).limit(ROWS)))
        for m in members:
            m.note = f"基准测试第 {run} 轮"
            uow.save(m, is_new=False)
        uow.record("benchmark.change", "staff_member", None, {"rows": len(members), "run": run})
        uow.commit()


def run() -> dict[str, Any]:
    import httpx
    import keyring
    from sqlalchemy.orm import Session

    from app.context import SYSTEM_ACTOR
    from app.services import demo
    from app.store import open_store
    from app.sync import client
    from county import service
    from county.app import create_app
    from county.db import make_engine
    from county.pgcluster import ThrowawayCluster
    from county.threaded_server import ServerThread

    previous = keyring.get_keyring()
    keyring.set_keyring(_memory_keyring())
    try:
        with ThrowawayCluster() as pg, tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(pg.create_database("bench"))
            server = ServerThread(create_app(engine=engine)).start()
            http = httpx.Client(base_url=server.url, timeout=30)
            try:
                with Session(engine) as s, s.begin():
                    service.create_township(s, "孝顺镇", "A")
                    code = service.new_enrolment_code(s, "A")[0]
                ctx = open_store(Path(tmp) / "store.sqlite3")
                demo.fill_demo(ctx, sworn=ROWS, auxiliaries=ROWS // 2)
                client.enrol(ctx, SYSTEM_ACTOR, server.url, code, http=http)
                first = time.perf_counter()
                initial = client.sync_now(ctx, http=http)
                first = time.perf_counter() - first
                times: list[float] = []
                sent: list[int] = []
                for i in range(RUNS):
                    _change_rows(ctx, i)
                    conn = client.open_connection(ctx, http=http)
                    t0 = time.perf_counter()
                    pushed = client.push_pending(ctx, conn)
                    client.pull(ctx, conn)
                    times.append(time.perf_counter() - t0)
                    sent.append(conn.bytes_sent)
                    assert pushed.rows == ROWS and client.pending_count(ctx) == 0
                ctx.db.dispose()
            finally:
                http.close()
                server.stop()
                engine.dispose()
    finally:
        keyring.set_keyring(previous)
    seconds = statistics.median(times)
    print(f"initial sync: {initial.push.rows} rows in {first:.2f} s")
    print(f"incremental ({ROWS} rows): median {seconds * 1000:.1f} ms, runs "
          + ", ".join(f"{t * 1000:.0f}" for t in times) + " ms")
    print(f"bytes sent per incremental push (gzip): {int(statistics.median(sent))}")
    return {
        "name": NAME,
        "seconds": round(seconds, 4),
        "target_seconds": TARGET_SECONDS,
        "rows": ROWS,
        "bytes_sent": int(statistics.median(sent)),
        "initial_rows": initial.push.rows,
        "initial_seconds": round(first, 3),
        "ok": seconds <= TARGET_SECONDS,
    }
