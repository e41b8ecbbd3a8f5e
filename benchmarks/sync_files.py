"""File upload to the county: one 24 MiB evidence file sent in 1 MiB chunks over loopback HTTP
into a throwaway PostgreSQL cluster (GET, 24 PUTs, hash check of the whole file on the last
chunk), against a baseline measured in the same run: the same bytes written straight into the
county's chunk table with SQL in one transaction (no HTTP, no hashing). "ratio" = upload /
baseline; target <= 4 (HTTP, auth, a row lock and a commit per chunk, the final hash check).
Also the cost of the next sync's file step once the file is confirmed (no request).
Needs Debian's postgresql (initdb/pg_ctl) like the county tests.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

NAME = "sync-files"
DESCRIPTION = "24 MiB evidence file uploaded in 1 MiB chunks into PostgreSQL; ratio to direct SQL insert, target <= 4"

SIZE = 24 << 20
TARGET_RATIO = 4.0


def _baseline(engine: Any, data: bytes, chunk: int) -> float:
    """The same bytes into county_file_chunk with plain SQL inserts (one transaction)."""
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    from county.db import CountyFile, CountyFileChunk

    t0 = time.perf_counter()
    with Session(engine) as s, s.begin():
        f = CountyFile(township_id="baseline", sha256="0" * 64, size=len(data), received=0, complete=False,
                       device_id="baseline")
        s.add(f)
        s.flush()
        for off in range(0, len(data), chunk):
            s.add(CountyFileChunk(file_id=f.id, byte_offset=off, data=data[off:off + chunk]))
            s.flush()
    seconds = time.perf_counter() - t0
    with Session(engine) as s, s.begin():
        s.execute(delete(CountyFile).where(CountyFile.township_id == "baseline"))
    return seconds


def run() -> dict[str, Any]:
    import httpx
    import keyring
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from app.context import SYSTEM_ACTOR, Actor
    from app.rules.roles import Role
    from app.services import case_evidence, demo, users
    from app.services.demo_cases import fill_cases_demo
    from app.store import open_store
    from app.sync import client, files
    from app.sync.protocol import FILE_CHUNK_BYTES
    from benchmarks.sync_incremental import _memory_keyring
    from county import service
    from county.app import create_app
    from county.db import make_engine
    from county.pgcluster import ThrowawayCluster
    from county.threaded_server import ServerThread
    from local_db.models_cases import Case

    data = random.Random(2026).randbytes(SIZE)
    previous = keyring.get_keyring()
    keyring.set_keyring(_memory_keyring())
    try:
        with ThrowawayCluster() as pg, tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(pg.create_database("bench"))
            server = ServerThread(create_app(engine=engine)).start()
            http = httpx.Client(base_url=server.url, timeout=60)
            try:
                with Session(engine) as s, s.begin():
                    service.create_township(s, "孝顺镇", "A")
                    code = service.new_enrolment_code(s, "A")[0]
                ctx = open_store(Path(tmp) / "store.sqlite3")
                demo.fill_demo(ctx, sworn=6, auxiliaries=3)
                fill_cases_demo(ctx, users.login(ctx, demo.DEMO_ADMIN, demo.DEMO_PASSWORD),
                                general=2, summary=0, parking=0)
                client.enrol(ctx, SYSTEM_ACTOR, server.url, code, http=http)
                client.sync_now(ctx, http=http)  # rows first
                src = Path(tmp) / "video.mp4"
                src.write_bytes(data)
                with ctx.db.read_session() as s:
                    case_id = s.scalars(select(Case.id).limit(1)).one()
                officer = Actor(None, "officer", "办案员", frozenset({Role.OFFICER}), ctx.township_id())
                case_evidence.attach_evidence(ctx, officer, case_id, src, kind=case_evidence.EvidenceKind.VIDEO)
                client.push_pending(ctx, client.open_connection(ctx, http=http))
                conn = client.open_connection(ctx, http=http)
                t0 = time.perf_counter()
                result = files.upload_files(ctx, conn)
                upload = time.perf_counter() - t0
                assert result.uploaded == 1, result
                t0 = time.perf_counter()
                again = files.upload_files(ctx, conn)
                noop = time.perf_counter() - t0
                assert again.checked == 0
                ctx.db.dispose()
                baseline = _baseline(engine, data, FILE_CHUNK_BYTES)
            finally:
                http.close()
                server.stop()
                engine.dispose()
    finally:
        keyring.set_keyring(previous)
    ratio = upload / baseline
    mib = SIZE / (1 << 20)
    print(f"upload {mib:.0f} MiB in {SIZE // FILE_CHUNK_BYTES} chunks: {upload:.2f} s ({mib / upload:.1f} MiB/s)")
    print(f"baseline (direct SQL insert of the chunks): {baseline:.2f} s ({mib / baseline:.1f} MiB/s)")
    print(f"ratio {ratio:.2f} (target <= {TARGET_RATIO}); next sync's file step: {noop * 1000:.1f} ms")
    return {
        "name": NAME,
        "seconds": round(upload, 3),
        "baseline_seconds": round(baseline, 3),
        "ratio": round(ratio, 2),
        "target_ratio": TARGET_RATIO,
        "mib_per_second": round(mib / upload, 1),
        "noop_seconds": round(noop, 4),
        "ok": ratio <= TARGET_RATIO,
    }
