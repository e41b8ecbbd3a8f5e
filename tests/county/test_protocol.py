"""The wire protocol's lists stay true to the local models; missing PostgreSQL is an error,
never a skip; the county verifies audit hashes exactly as the township computes them."""

from __future__ import annotations

import pytest

from app.sync import protocol
from county import pgcluster
from local_db.models import Base, SyncMixin


def test_township_entities_are_exactly_the_synced_local_tables() -> None:
    synced = {
        m.local_table.name  # type: ignore[union-attr]
        for m in Base.registry.mappers
        if issubclass(m.class_, SyncMixin)
    }
    assert set(protocol.TOWNSHIP_ENTITIES) == synced - protocol.LOCAL_REFERENCE_TABLES
    assert len(protocol.TOWNSHIP_ENTITIES) == len(set(protocol.TOWNSHIP_ENTITIES))
    assert not set(protocol.COUNTY_ENTITIES) & set(protocol.TOWNSHIP_ENTITIES)


def test_batch_id_depends_on_content_only() -> None:
    row = protocol.RowChange(seq=1, entity="township", row_id="a", version=1, op="upsert", payload={"x": 1})
    other = row.model_copy(update={"payload": {"x": 2}})
    assert protocol.batch_id_for("t", "d", [row], []) == protocol.batch_id_for("t", "d", [row], [])
    assert protocol.batch_id_for("t", "d", [row], []) != protocol.batch_id_for("t", "d", [other], [])


def test_missing_postgres_binaries_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pgcluster.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(pgcluster.shutil, "which", lambda name: None)
    with pytest.raises(pgcluster.PostgresUnavailable, match="postgresql"):
        pgcluster.ThrowawayCluster()


def test_county_audit_hash_matches_the_township(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.sync.client import _audit_entry
    from county.service import GENESIS_HASH, _entry_hash
    from local_db.audit import iter_entries

    prev = GENESIS_HASH
    with ctx.db.read_session() as s:
        entries = list(iter_entries(s))
    assert entries
    for row in entries:
        e = _audit_entry(row)
        assert _entry_hash(prev, e) == row.hash
        prev = row.hash
