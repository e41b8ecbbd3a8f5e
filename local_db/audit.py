"""The hash-chained audit log (全过程记录): append inside a transaction, verify the whole chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from local_db.models import AuditLog

GENESIS_HASH = "0" * 64


def _default(value: Any) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


def canonical_json(obj: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text, dates in ISO form."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default)


def entry_hash(prev_hash: str, row: AuditLog) -> str:
    """sha256(prev_hash + canonical_json(row without its hashes))."""
    body = {
        "seq": row.seq,
        "at": row.at.isoformat(),
        "user_id": row.user_id,
        "user_name": row.user_name,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "change": json.loads(row.change_json),
    }
    return hashlib.sha256((prev_hash + canonical_json(body)).encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    user_id: str | None,
    user_name: str | None,
    action: str,
    entity: str,
    entity_id: str | None,
    change: dict[str, Any],
) -> AuditLog:
    """Append one chained entry in the session's (write) transaction."""
    last = session.execute(
        select(AuditLog.seq, AuditLog.hash).order_by(AuditLog.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    # Hashed as stored: in UTC (the column gives times back in UTC, so a time in another
    # zone hashed as given would never verify).
    if at.tzinfo is None:
        raise ValueError("audit time must be timezone-aware")
    at = at.astimezone(UTC)
    row = AuditLog(
        seq=seq,
        at=at,
        user_id=user_id,
        user_name=user_name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        change_json=canonical_json(change),
        prev_hash=prev,
        hash="",
    )
    row.hash = entry_hash(prev, row)
    session.add(row)
    return row


@dataclass(frozen=True)
class ChainReport:
    """Result of walking the chain: ok, how many entries, and the first bad one if any."""

    ok: bool
    checked: int
    bad_seq: int | None = None
    reason: str | None = None


def iter_entries(session: Session, batch: int = 2000) -> Iterator[AuditLog]:
    """All entries in seq order, fetched in batches."""
    yield from session.scalars(
        select(AuditLog).order_by(AuditLog.seq).execution_options(yield_per=batch)
    )


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain; report the first entry whose hash, link or sequence does not hold."""
    prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for row in iter_entries(session):
        if row.seq != expected_seq:
            # Entries are missing (deleted): the first missing one is the first bad entry.
            return ChainReport(
                False,
                checked,
                expected_seq,
                f"sequence gap: entry {expected_seq} missing (next is {row.seq})",
            )
        if row.prev_hash != prev:
            return ChainReport(False, checked, row.seq, "link to previous entry broken")
        try:
            actual = entry_hash(prev, row)
        except (ValueError, TypeError) as exc:
            return ChainReport(False, checked, row.seq, f"unreadable entry: {exc}")
        if actual != row.hash:
            return ChainReport(False, checked, row.seq, "content does not match its hash")
        prev = row.hash
        expected_seq += 1
        checked += 1
    return ChainReport(True, checked)
