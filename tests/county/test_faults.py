"""Sync through a proxy that cuts connections at random moments (≥ 100 cuts) while the county
server is killed mid-batch and restarted: afterwards the county holds exactly the townships'
rows — nothing lost, nothing doubled — and both audit chains verify."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.services import staff, users
from app.services.demo import DEMO_PASSWORD
from app.sync import client
from county import service
from county.db import AuditState, ReceivedRow, make_engine
from local_db.models import AuditLog, StaffMember
from tests.county.conftest import free_port
from tests.county.faults import CountyProcess, CuttingProxy

MIN_CUTS = 100


def _edit_round(ctx: AppContext, admin: Actor, rng: random.Random, n: int) -> None:
    with ctx.db.read_session() as s:
        ids = list(s.scalars(select(StaffMember.id).order_by(StaffMember.id)))
    for _ in range(n):
        if rng.random() < 0.3:
            staff.add_staff(
                ctx, admin,
                staff.StaffInput(name=f"队员{rng.randint(1000, 9999)}", kind=StaffKind.SWORN,
                                 position=StaffPosition.MEMBER),
            )
            continue
        info = staff.get_staff(ctx, rng.choice(ids))
        staff.update_staff(
            ctx, admin, info.id,
            staff.StaffInput(name=info.name, kind=info.kind, position=info.position, gender=info.gender,
                             phone=f"139{rng.randint(10000000, 99999999)}", user_id=info.user_id,
                             cert_number=info.cert_number, cert_issuer=info.cert_issuer,
                             cert_issued_on=info.cert_issued_on, cert_expires_on=info.cert_expires_on,
                             note=info.note),
        )


def _sync_until_done(ctx: AppContext, http: httpx.Client, limit_s: float = 30) -> int:
    """Sync, retrying after every cut; answers the number of failed attempts."""
    failures = 0
    deadline = time.monotonic() + limit_s
    while True:
        try:
            client.sync_now(ctx, trigger="timer", http=http)
            return failures
        except client.SyncError as exc:
            import os
            if os.environ.get("SD_DEBUG"):
                print(f"{time.monotonic():.2f} {exc.code} {exc}", flush=True)
            assert exc.retryable, f"non-retryable error under faults: {exc.code} {exc}"
            failures += 1
            assert time.monotonic() < deadline, f"sync never got through ({failures} attempts)"
            time.sleep(0.01)


def _local_payloads(ctx: AppContext) -> dict[tuple[str, str], dict]:
    from local_db.models import Base
    from local_db.uow import row_payload
    from tests.county.helpers import local_rows

    out = {}
    models = {m.local_table.name: m.class_ for m in Base.registry.mappers}
    with ctx.db.read_session() as s:
        for _tid, entity, rid, _v in local_rows(ctx):
            out[(entity, rid)] = row_payload(s.get(models[entity], rid))
    return out


def test_cuts_and_server_kills_lose_and_double_nothing(
    stores: dict[str, AppContext], county_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client, "PUSH_BATCH_ROWS", 7)
    monkeypatch.setattr(client, "PUSH_BATCH_AUDIT", 9)
    monkeypatch.setattr(client, "PULL_PAGE", 5)
    engine = make_engine(county_url)
    from county.migrate import upgrade

    upgrade(engine)
    with Session(engine) as s, s.begin():
        for code, name in (("A", "孝顺镇"), ("B", "傅村镇")):
            service.create_township(s, name, code)
        for kind in ("catalog", "benchmarks"):  # some county data to pull through the cuts
            from app.services import reference_data

            service.publish_reference(s, kind, reference_data.shipped_documents()[kind])
        codes = {c: service.new_enrolment_code(s, c)[0] for c in ("A", "B")}
    server = CountyProcess(county_url, free_port(), tmp_path / "county.log")
    server.start()
    proxy = CuttingProxy(server.port, seed=7, cut_share=0.7, max_budget=2500)
    direct = httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=10)
    # a new connection per request, so every request may be cut
    cut = httpx.Client(base_url=proxy.url, timeout=10, limits=httpx.Limits(max_keepalive_connections=0))
    stop = threading.Event()

    def killer() -> None:  # kill -9 the server at random moments (mid-batch) and restart it
        rng = random.Random(3)
        while server.kills < 3 and not stop.wait(rng.uniform(1.5, 3.0)):
            server.kill()
            server.start()

    try:
        for key in ("A", "B"):
            client.enrol(stores[key], client.SYSTEM_ACTOR, f"http://127.0.0.1:{server.port}", codes[key],
                         http=direct)
        rng = random.Random(11)
        admins = {k: users.login(stores[k], "admin", DEMO_PASSWORD) for k in stores}
        kthread = threading.Thread(target=killer, daemon=True)
        kthread.start()
        failures = rounds = 0
        deadline = time.monotonic() + 60
        while proxy.cuts < MIN_CUTS or server.kills < 2 or rounds < 4:
            assert time.monotonic() < deadline, f"too slow: {proxy.cuts} cuts, {server.kills} kills"
            for key in ("A", "B"):
                _edit_round(stores[key], admins[key], rng, 6)
                failures += _sync_until_done(stores[key], cut)
            rounds += 1
        stop.set()
        kthread.join(20)
        proxy.enabled = False
        for key in ("A", "B"):
            _sync_until_done(stores[key], cut)
    finally:
        stop.set()
        cut.close()
        direct.close()
        proxy.close()
        server.stop()

    assert proxy.cuts >= MIN_CUTS and server.kills >= 2 and failures > 0
    expected: dict[tuple[str, str, str], dict] = {}
    for ctx in stores.values():
        tid = ctx.township_id()
        for (entity, rid), payload in _local_payloads(ctx).items():
            expected[(tid, entity, rid)] = payload
        assert client.pending_count(ctx) == 0
    with Session(engine) as s:
        held = [(r.township_id, r.entity, r.row_id, r.payload) for r in s.scalars(select(ReceivedRow))]
        states = {st.township_id: st for st in s.scalars(select(AuditState))}
        assert len(states) == 2  # one device per township here
    keys = [(t, e, r) for t, e, r, _ in held]
    assert len(keys) == len(set(keys)), "duplicate rows at the county"
    assert set(keys) == set(expected), "rows lost or extra"
    for t, e, r, payload in held:
        assert payload == expected[(t, e, r)], (e, r)
    for ctx in stores.values():
        st = states[ctx.township_id()]
        with ctx.db.read_session() as s:
            last = s.scalar(select(func.max(AuditLog.seq)))
        assert st.ok, st.reason
        assert st.last_seq == last == st.entries
    engine.dispose()
