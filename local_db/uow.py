"""Unit of work: one user action = one write transaction holding the change, its audit entry
and its sync outbox entry, or nothing at all."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from collections.abc import Sequence
from types import TracebackType
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from local_db import audit
from local_db.engine import Database
from local_db.ids import utcnow
from local_db.models import SyncMixin, SyncOutbox


def blob_ref(data: bytes) -> dict[str, Any]:
    """How a binary column travels in a payload: by hash (the bytes go as an attachment)."""
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def row_payload(row: SyncMixin) -> dict[str, Any]:
    """Column values of a synced row as JSON-ready data (the outbox payload).

    Columns a model lists in `__local_only_columns__` (secrets, device-local state) are left
    out. Dates become ISO text; binary columns (seal images, issued PDFs) become blob references
    {"sha256", "size"}: attachments are uploaded by hash, not inside row payloads.
    """
    out: dict[str, Any] = {}
    local_only: frozenset[str] = getattr(type(row), "__local_only_columns__", frozenset())
    for attr in inspect(row).mapper.column_attrs:
        if attr.key in local_only:
            continue
        value = getattr(row, attr.key)
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        elif isinstance(value, (bytes, bytearray, memoryview)):
            value = blob_ref(bytes(value))
        out[attr.key] = value
    return out


class UnitOfWork:
    """`with UnitOfWork(db, ...) as uow: ...; uow.commit()` — leaving without commit rolls back."""

    def __init__(
        self,
        db: Database,
        *,
        user_id: str | None,
        user_name: str | None,
        township_id: str | None,
    ) -> None:
        self.db = db
        self.user_id = user_id
        self.user_name = user_name
        self.township_id = township_id
        self._session: Session | None = None
        self._committed = False
        self.now = utcnow()

    @property
    def session(self) -> Session:
        assert self._session is not None, "UnitOfWork used outside its with-block"
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.db.write_session()
        self._session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            if not self._committed:
                self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def save(self, row: SyncMixin, *, is_new: bool) -> None:
        """Stamp the sync columns, flush, and queue the row in the sync outbox."""
        self.save_many([row], is_new=is_new)

    def save_many(self, rows: Sequence[SyncMixin], *, is_new: bool) -> None:
        """`save` for many rows with one flush (bulk import, stock-take close, demo data)."""
        for row in rows:
            if is_new:
                if not getattr(row, "township_id", None):
                    if self.township_id is None:
                        raise ValueError("township_id unknown for a new synced row")
                    row.township_id = self.township_id
                row.version = 1
                self.session.add(row)
            else:
                row.version = (row.version or 0) + 1
            row.updated_at = self.now
            row.updated_by = self.user_id
        self.session.flush()
        self.session.add_all(
            SyncOutbox(
                entity=type(row).__tablename__,  # type: ignore[attr-defined]
                row_id=row.id,
                version=row.version,
                op="delete" if row.deleted else "upsert",
                payload=audit.canonical_json(row_payload(row)),
            )
            for row in rows
        )

    def record(
        self, action: str, entity: str, entity_id: str | None, change: dict[str, Any]
    ) -> None:
        """Write the audit entry of this action (never put secrets in `change`)."""
        self.session.flush()
        audit.append(
            self.session,
            at=self.now,
            user_id=self.user_id,
            user_name=self.user_name,
            action=action,
            entity=entity,
            entity_id=entity_id,
            change=change,
        )

    def commit(self) -> None:
        """Commit the transaction (change + audit + outbox)."""
        self.session.commit()
        self._committed = True
