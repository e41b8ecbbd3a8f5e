"""Load: 50 enrolled townships push their outboxes at once (a thread and an HTTP connection
each, the real client code) against one county server: no errors, every row held exactly once
under its own township, every audit chain complete and verified. The latency figures are in
`python -m benchmarks sync-load`, not asserted here."""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from app.context import SYSTEM_ACTOR, AppContext
from app.store import open_store
from app.sync import client
from benchmarks.sync_load import clone_township, push_all
from county.db import AuditState, ReceivedRow
from local_db.models import AuditLog
from tests.conftest import FakeClock
from tests.county.helpers import County, county_rows, local_rows, make_county

TOWNSHIPS = 50


@pytest.fixture
def load_county(county_url: str) -> County:
    c = make_county(county_url, townships={f"T{i:02d}": f"乡镇{i}" for i in range(TOWNSHIPS)})
    yield c  # type: ignore[misc]
    c.http.close()
    c.server.stop()
    c.engine.dispose()


def test_fifty_townships_push_at_once(
    load_county: County, township_templates: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client, "PUSH_BATCH_ROWS", 40)  # a few requests per township
    monkeypatch.setattr(client, "PUSH_BATCH_AUDIT", 40)
    county = load_county
    ctxs: list[AppContext] = []
    try:
        for i in range(TOWNSHIPS):
            path = tmp_path / f"t{i}.sqlite3"
            clone_township(township_templates["A"], path, str(uuid.uuid4()))
            ctx = open_store(path, clock=FakeClock())
            client.enrol(ctx, SYSTEM_ACTOR, county.server.url, county.code(f"T{i:02d}"), device_name=f"pc{i}",
                         http=county.http)
            ctxs.append(ctx)
        expected = {tid: set() for tid in (c.township_id() for c in ctxs)}
        for c in ctxs:
            rows = local_rows(c)
            assert rows and all(r[0] == c.township_id() for r in rows)
            expected[c.township_id()] |= rows

        errors = push_all(ctxs, county.server.url)

        assert errors == []
        assert all(client.pending_count(c) == 0 for c in ctxs)
        held = county_rows(county)
        counts = Counter((tid, entity, rid) for tid, entity, rid, _v in held)
        assert max(counts.values()) == 1  # exactly once
        by_township: dict[str, set[tuple[str, str, str, int]]] = {}
        for r in held:
            by_township.setdefault(r[0], set()).add(r)
        assert by_township == expected
        with county.session() as s:
            states = {st.township_id: st for st in s.scalars(select(AuditState))}
            feed = [seq for (seq,) in s.execute(select(ReceivedRow.server_seq))]
        assert len(set(feed)) == len(feed)  # one feed position per row
        for c in ctxs:
            with c.db.read_session() as s:
                entries = len(list(s.scalars(select(AuditLog.seq))))
            st = states[c.township_id()]
            assert st.ok and st.entries == entries and st.last_seq == entries
    finally:
        for c in ctxs:
            c.db.dispose()
