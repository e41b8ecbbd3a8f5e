"""First push of a whole township year over loopback HTTP into a fresh PostgreSQL database,
against a PostgreSQL COPY of the same rows as the baseline measured in the same run.

The store: the demo township year (`demo.fill_township_year`: squad, users, equipment
inventory, 30,000 cases) plus four more past years of training (about 5,000 training records)
and the 30,000 case rows queued in the sync outbox (the demo builder does not queue them).
Case child rows (parties, items, steps, deadlines, evidence) are not queued. The store is built
once per VERSION and cached under the temp directory; each run pushes a fresh copy.

"rows" counts everything the push sends: outbox rows AND audit entries (the demo chain holds
one entry per case). "seconds" is `client.push_pending` end to end (read outbox, batch, gzip,
HTTP, county apply, ack, outbox cleanup); "copy_seconds" is COPY of the same payloads into
the county's own tables (received_row, audit_copy, with their indexes) of another fresh
database migrated like the county's, one transaction. Targets: seconds <= 15 and ratio <= 5.

The county runs as `squaddesk-county serve` in its own process, as a county does (client and
server sharing one interpreter would fight over its GIL). Wall time on a shared machine is
noisy, so the CPU seconds the push took in each process are reported too: "cpu_client"
(this process), "cpu_server" (the county process), "cpu_postgres" (the whole cluster).
SQUADDESK_BENCH_PROFILE_CLIENT / SQUADDESK_BENCH_PROFILE_SERVER = a file name: cProfile
output of the push in this process / of the county process (its main thread only).
"""

from __future__ import annotations

import cProfile
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "sync-push"
DESCRIPTION = "first push of a township year (30k cases) into PostgreSQL vs COPY; targets <= 15 s, ratio <= 5"

VERSION = "sync-push-1"
TARGET_SECONDS = 15.0
TARGET_RATIO = 5.0
EXTRA_TRAINING_YEARS = 4


def _cache_dir() -> Path:
    d = Path(os.environ.get("SQUADDESK_BENCH_CACHE") or Path(tempfile.gettempdir()) / "squaddesk-bench")
    d.mkdir(parents=True, exist_ok=True)
    return d


def _queue_cases(ctx: Any) -> int:
    """Queue every case row in the outbox, as a store whose cases were entered by hand has."""
    from sqlalchemy import insert, select

    from local_db.audit import canonical_json
    from local_db.models import SyncOutbox
    from local_db.models_cases import Case
    from local_db.uow import row_payload

    with ctx.db.read_session() as s:
        queued = [
            {
                "entity": Case.__tablename__,
                "row_id": case.id,
                "version": case.version,
                "op": "delete" if case.deleted else "upsert",
                "payload": canonical_json(row_payload(case)),
            }
            for case in s.scalars(select(Case).order_by(Case.id))
        ]
    with ctx.db.write_session() as s:
        s.begin()
        s.execute(insert(SyncOutbox), queued)
        s.commit()
    n = len(queued)
    return n


def build_store() -> Path:
    """The cached township store (built when missing)."""
    from app.services import demo
    from app.services.demo_training import fill_training_demo
    from app.store import open_store

    path = _cache_dir() / f"{VERSION}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for old in tmp.parent.glob(tmp.name + "*"):
        old.unlink()
    t0 = time.perf_counter()
    ctx = open_store(tmp)
    admin = demo.fill_township_year(ctx)
    year = ctx.clock.today().year
    for past in range(year - EXTRA_TRAINING_YEARS, year):
        fill_training_demo(ctx, admin, past)
    _queue_cases(ctx)
    ctx.db.dispose()
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for extra in ("-wal", "-shm"):
        Path(str(tmp) + extra).unlink(missing_ok=True)
    tmp.rename(path)
    print(f"built the township store in {time.perf_counter() - t0:.1f} s: {path}")
    return path


def _outbox(ctx: Any) -> tuple[list[tuple[str, str, int, str, str]], list[Any]]:
    """(entity, row_id, version, op, payload) of the outbox in seq order, and the audit log."""
    from sqlalchemy import select

    from local_db.models import AuditLog, SyncOutbox

    with ctx.db.read_session() as s:
        rows = [
            (o.entity, o.row_id, o.version, o.op, o.payload)
            for o in s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq))
        ]
        audit = list(s.scalars(select(AuditLog).order_by(AuditLog.seq)))
    return rows, audit


def _copy_baseline(
    pg: Any, township_id: str, device_id: str, rows: list[tuple[str, str, int, str, str]], audit: list[Any]
) -> float:
    """COPY the same payloads into the county tables of a fresh database; seconds."""
    import psycopg

    from app.sync import client
    from county.db import make_engine, utcnow
    from county.migrate import upgrade

    url = pg.create_database("copy_baseline")
    engine = make_engine(url)
    upgrade(engine)  # the county's own schema (tables, indexes), as the push target has
    engine.dispose()
    latest: dict[tuple[str, str], tuple[str, str, int, str, str]] = {}
    for r in rows:
        latest[(r[0], r[1])] = r  # the county keeps the newest version of each row
    now = utcnow()
    received = []
    for entity, row_id, version, op, payload in latest.values():
        p = client._shared(entity, json.loads(payload))
        received.append(
            (township_id, entity, row_id, version, "delete" if op == "delete" else "upsert",
             bool(p["deleted"]), str(p["updated_at"]), json.dumps(p, ensure_ascii=False),
             device_id, "0" * 32, now)
        )
    copies = [
        (township_id, device_id, a.seq, a.at.isoformat(), a.user_id, a.user_name, a.action, a.entity,
         a.entity_id, a.change_json, a.prev_hash, a.hash)
        for a in audit
    ]
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1)) as conn:
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            with cur.copy(
                "COPY received_row (township_id, entity, row_id, version, op, deleted, updated_at,"
                " payload, device_id, batch_id, received_at) FROM STDIN"
            ) as cp:
                for rec in received:
                    cp.write_row(rec)
            with cur.copy(
                "COPY audit_copy (township_id, device_id, seq, at, user_id, user_name, action, entity,"
                " entity_id, change_json, prev_hash, hash) FROM STDIN"
            ) as cp:
                for rec in copies:
                    cp.write_row(rec)
        conn.commit()
        seconds = time.perf_counter() - t0
        held = conn.execute("SELECT count(*) FROM received_row").fetchone()
        assert held is not None and held[0] == len(received)
    return seconds


class _CountyProcess:
    """`squaddesk-county serve` in its own process, as a county runs it (the push client and
    the server do not share one interpreter and its GIL)."""

    def __init__(self, database_url: str) -> None:
        from county.pgcluster import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        root = Path(__file__).resolve().parent.parent
        profile = os.environ.get("SQUADDESK_BENCH_PROFILE_SERVER")  # cProfile output file
        self.proc = subprocess.Popen(
            [sys.executable, *(["-m", "cProfile", "-o", profile] if profile else []), "-m", "county.cli", "serve", "--database-url", database_url,
             "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(root)},
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                raise RuntimeError(f"county server exited: {err[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("county server did not start")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)  # uvicorn shuts down; a profiled run writes its stats
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        if self.proc.stderr:
            self.proc.stderr.close()


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) of a live process."""
    import psutil

    t = psutil.Process(pid).cpu_times()
    return float(t.user + t.system)


def _postgres_cpu(pg: Any) -> float:
    """CPU seconds of the whole PostgreSQL cluster so far: the postmaster, its live children
    (backends, writers) and the children it has reaped."""
    import psutil

    pid = int((pg.data / "postmaster.pid").read_text().split()[0])
    master = psutil.Process(pid)
    t = master.cpu_times()
    total = t.user + t.system + t.children_user + t.children_system
    for child in master.children(recursive=True):
        try:
            c = child.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += c.user + c.system
    return float(total)


def run() -> dict[str, Any]:
    import httpx
    import keyring
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from app.context import SYSTEM_ACTOR
    from app.store import open_store
    from app.sync import client
    from benchmarks.sync_incremental import _memory_keyring
    from county import service
    from county.db import AuditCopy, ReceivedRow, make_engine
    from county.migrate import upgrade
    from county.pgcluster import ThrowawayCluster

    cached = build_store()
    previous = keyring.get_keyring()
    keyring.set_keyring(_memory_keyring())
    try:
        with ThrowawayCluster() as pg, tempfile.TemporaryDirectory() as tmp:
            store = Path(tmp) / "store.sqlite3"
            shutil.copyfile(cached, store)
            url = pg.create_database("push")
            engine = make_engine(url)
            upgrade(engine)
            with Session(engine) as s, s.begin():
                service.create_township(s, "孝顺镇", "A")
                code = service.new_enrolment_code(s, "A")[0]
            server = _CountyProcess(url)
            http = httpx.Client(base_url=server.url, timeout=120)
            try:
                server.wait_ready()
                ctx = open_store(store)
                client.enrol(ctx, SYSTEM_ACTOR, server.url, code, http=http)
                township_id = ctx.township_id()
                assert township_id is not None
                rows, audit = _outbox(ctx)
                by_entity: dict[str, int] = {}
                for r in rows:
                    by_entity[r[0]] = by_entity.get(r[0], 0) + 1
                conn = client.open_connection(ctx, http=http)
                client.county_status(ctx, http=http)  # the server's first request warms it up
                cpu0 = (time.process_time(), _cpu(server.proc.pid), _postgres_cpu(pg))
                profile = os.environ.get("SQUADDESK_BENCH_PROFILE_CLIENT")  # cProfile output file
                profiler = cProfile.Profile() if profile else None
                t0 = time.perf_counter()
                if profiler is not None:
                    profiler.enable()
                pushed = client.push_pending(ctx, conn)
                seconds = time.perf_counter() - t0
                if profiler is not None:
                    profiler.disable()
                    profiler.dump_stats(profile)
                cpu1 = (time.process_time(), _cpu(server.proc.pid), _postgres_cpu(pg))
                cpu_client, cpu_server, cpu_postgres = (b - a for a, b in zip(cpu0, cpu1, strict=True))
                assert client.pending_count(ctx) == 0
                assert pushed.rows == len(rows) and pushed.audit_entries == len(audit), pushed
                status = client.county_status(ctx, http=http)
                assert status.audit.ok and status.audit.entries == len(audit), status.audit
                with Session(engine) as s:
                    held = s.scalar(select(func.count()).select_from(ReceivedRow))
                    copied = s.scalar(select(func.count()).select_from(AuditCopy))
                distinct = len({(r[0], r[1]) for r in rows})
                assert held == distinct and copied == len(audit), (held, distinct, copied)
                device_id = conn.device_id
                ctx.db.dispose()
            finally:
                http.close()
                server.stop()
                engine.dispose()
            copy_cpu0 = _postgres_cpu(pg)
            copy_seconds = _copy_baseline(pg, township_id, device_id, rows, audit)
            copy_cpu_postgres = _postgres_cpu(pg) - copy_cpu0
    finally:
        keyring.set_keyring(previous)
    total = len(rows) + len(audit)
    ratio = seconds / copy_seconds
    print("outbox rows by entity: " + ", ".join(f"{k} {v}" for k, v in sorted(by_entity.items())))
    print(f"pushed {len(rows)} outbox rows + {len(audit)} audit entries = {total} rows "
          f"in {pushed.batches} batches, {seconds:.2f} s ({total / seconds:.0f} rows/s)")
    print(f"CPU seconds during the push: client {cpu_client:.2f}, county server {cpu_server:.2f}, "
          f"PostgreSQL {cpu_postgres:.2f}")
    print(f"COPY of the same rows ({distinct} newest row versions + {len(audit)} audit entries): "
          f"{copy_seconds:.2f} s (PostgreSQL CPU {copy_cpu_postgres:.2f} s, setup included); ratio {ratio:.2f}")
    print(f"bytes on the wire (gzip) {conn.bytes_sent}, raw JSON {conn.bytes_raw}")
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        load = None
    return {
        "name": NAME,
        "seconds": round(seconds, 3),
        "copy_seconds": round(copy_seconds, 3),
        "ratio": round(ratio, 2),
        "cpu_client": round(cpu_client, 2),
        "cpu_server": round(cpu_server, 2),
        "cpu_postgres": round(cpu_postgres, 2),
        "copy_cpu_postgres": round(copy_cpu_postgres, 2),
        "load_avg": None if load is None else round(load, 2),
        "rows": total,
        "outbox_rows": len(rows),
        "audit_entries": len(audit),
        "batches": pushed.batches,
        "bytes_sent": conn.bytes_sent,
        "bytes_raw": conn.bytes_raw,
        "target_seconds": TARGET_SECONDS,
        "target_ratio": TARGET_RATIO,
        "ok": seconds <= TARGET_SECONDS and ratio <= TARGET_RATIO,
    }
