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


def test_county_audit_check_of_spellings_orjson_writes_otherwise(ctx) -> None:  # type: ignore[no-untyped-def]
    """The county's one-pass hash (orjson) falls back to the exact canonical JSON where the
    spellings differ (small and large floats, integers beyond 64 bits): such entries verify
    and their change is kept as the township hashed it; a changed entry still does not."""
    from datetime import UTC, datetime

    from app.sync.client import _audit_entry
    from county.service import _checked_entry
    from local_db.audit import append, canonical_json

    changes = [{"x": 1e-7, "y": 1e16, "z": "乡镇\u2028\x7f"}, {"big": 2**70, "n": [1.5, -0.0]}, {"a": "plain"}]
    with ctx.db.write_session() as s:
        s.begin()
        rows = [
            append(s, at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), user_id="u", user_name="张三",
                   action="test", entity="x", entity_id=str(i), change=c)
            for i, c in enumerate(changes)
        ]
        s.flush()
        entries = [(r.prev_hash, r.hash, r.change_json, _audit_entry(r)) for r in rows]
        s.rollback()
    for prev, expected, change_json, e in entries:
        stored, actual = _checked_entry(prev, e)
        assert actual == expected and stored == change_json == canonical_json(e.change)
        forged = e.model_copy(update={"change": {**e.change, "tampered": 1}})
        assert _checked_entry(prev, forged)[1] != expected


def test_batch_content_hash_is_the_hash_of_the_dumped_batch() -> None:
    """batch_content_hash reads the fields without model_dump: the same bytes as hashing the
    model_dump of the batch (what earlier counties stored for resent batches)."""
    import hashlib

    import orjson

    from app.sync.protocol import PushBatch, batch_content_hash, canonical_json

    body = {
        "schema_version": 1, "batch_id": "0" * 32, "township_id": "t1", "device_id": "d1",
        "rows": [{"seq": 1, "entity": "enforcement_case", "row_id": "r1", "version": 2, "op": "upsert",
                  "payload": {"id": "r1", "名称": "违法占道", "amount": 12.5, "n": None, "big": 2**63 - 1}}],
        "audit_entries": [{"seq": 3, "at": "2026-01-02T03:04:05+00:00", "action": "a", "entity": "e",
                           "change": {"k": [1, "二", 1e-7]}, "prev_hash": "0" * 64, "hash": "1" * 64}],
    }
    batch = PushBatch.model_validate_json(orjson.dumps(body))
    dumped = batch.model_dump(mode="json", exclude={"batch_id"})
    assert batch_content_hash(batch) == hashlib.sha256(orjson.dumps(dumped, option=orjson.OPT_SORT_KEYS)).hexdigest()
    huge = PushBatch.model_validate_json(orjson.dumps(body).replace(b'"big":9223372036854775807', b'"big":' + str(2**70).encode()))
    dumped = huge.model_dump(mode="json", exclude={"batch_id"})
    assert batch_content_hash(huge) == hashlib.sha256(canonical_json(dumped).encode()).hexdigest()
