"""County server tables (PostgreSQL, SQLAlchemy 2 typed models). The schema is created and
upgraded by the Alembic migrations in county/migrations (county.migrate).

`received_row` holds every township-owned row the townships pushed (one row per
(township_id, entity, row_id), the newest version); `county_reference` the county-owned
documents. Both take their `server_seq` from one sequence, `feed_seq`, so one cursor walks
the whole change feed. Writers take an advisory lock before drawing from the sequence and
readers of the feed take it shared (see county.service), so a reader never skips a seq that
a slower transaction commits later. `county_file` / `county_file_chunk` hold uploaded
evidence files and issued PDFs by sha256.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    Sequence,
    String,
    Text,
    UniqueConstraint,
    create_engine,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    """Current time, aware UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of the county tables."""


FEED_SEQ = Sequence("feed_seq", metadata=Base.metadata)


class Township(Base):
    """A township (乡镇) the county serves. `township_id` is the id its rows carry; it is
    bound by the first enrolment (the store's own township id)."""

    __tablename__ = "township"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    township_id: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Device(Base):
    """An enrolled device; only the sha256 of its token is stored."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    township_pk: Mapped[int] = mapped_column(ForeignKey("township.pk"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class EnrolmentCode(Base):
    """A one-time enrolment code (stored hashed) with its expiry."""

    __tablename__ = "enrolment_code"

    code_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    township_pk: Mapped[int] = mapped_column(ForeignKey("township.pk"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    used_by_device: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReceivedRow(Base):
    """The newest version of one township-owned row, as pushed."""

    __tablename__ = "received_row"
    __table_args__ = (
        UniqueConstraint("township_id", "entity", "row_id", name="uq_received_row_key"),
        Index("ix_received_row_feed", "township_id", "server_seq"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    township_id: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[str] = mapped_column(String(40), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    device_id: Mapped[str] = mapped_column(String(64))
    batch_id: Mapped[str] = mapped_column(String(32))
    server_seq: Mapped[int] = mapped_column(BigInteger, FEED_SEQ, server_default=FEED_SEQ.next_value())
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReceivedConflict(Base):
    """A losing version the county saw (kept, never dropped)."""

    __tablename__ = "received_conflict"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    township_id: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    losing_version: Mapped[int] = mapped_column(Integer)
    losing_device: Mapped[str] = mapped_column(String(64))
    losing_payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    winner_version: Mapped[int] = mapped_column(Integer)
    winner_device: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AppliedBatch(Base):
    """A push batch applied for a township: its content hash and the ack sent back."""

    __tablename__ = "applied_batch"
    __table_args__ = (UniqueConstraint("township_id", "batch_id", name="uq_applied_batch"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    township_id: Mapped[str] = mapped_column(String(64))
    batch_id: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[str] = mapped_column(String(64))
    content_sha256: Mapped[str] = mapped_column(String(64))
    ack: Mapped[dict[str, Any]] = mapped_column(JSONB)
    rows: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditCopy(Base):
    """The county's copy of a township's audit chains (one per device: each store keeps its
    own chain), entry by entry."""

    __tablename__ = "audit_copy"
    __table_args__ = (UniqueConstraint("township_id", "device_id", "seq", name="uq_audit_copy_seq"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    township_id: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    user_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    change_json: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditState(Base):
    """Where one device's audit chain of a township stands at the county and the first break
    seen."""

    __tablename__ = "audit_state"

    township_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(BigInteger, default=0)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    bad_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CountyReference(Base):
    """A county-owned document (catalog, benchmarks, holidays …), one row per kind."""

    __tablename__ = "county_reference"
    __table_args__ = (UniqueConstraint("entity", "row_id", name="uq_county_reference_key"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    server_seq: Mapped[int] = mapped_column(
        BigInteger, FEED_SEQ, server_default=FEED_SEQ.next_value(), index=True
    )
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CountyAdmin(Base):
    """A county administrator of the web pages (not a township device): scrypt password hash
    (app.rules.accounts), failed-login lockout."""

    __tablename__ = "county_admin"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CountySetting(Base):
    """County server settings (key → text), e.g. the generated web session secret."""

    __tablename__ = "county_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TownshipKey(Base):
    """A township's 一案一码 Ed25519 public key (never a private key), kept for good: the
    current one has `retired_at` NULL; past ones still verify the codes they signed.
    `township_code` is the code the township prints in its QR codes; one code belongs to one
    township only (a township cannot publish keys under another's code)."""

    __tablename__ = "township_key"
    __table_args__ = (
        UniqueConstraint("township_pk", "township_code", "key_id", name="uq_township_key"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    township_pk: Mapped[int] = mapped_column(ForeignKey("township.pk"), index=True)
    township_code: Mapped[str] = mapped_column(String(32), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CountyFile(Base):
    """An evidence file or issued-document PDF a township uploads by sha256, in chunks.

    Scoped by township: one township's upload is invisible to every other township (the same
    content uploaded by two townships is held twice). `received` counts the bytes held so far;
    `complete` is set only after the sha256 of the whole file matched.
    """

    __tablename__ = "county_file"
    __table_args__ = (UniqueConstraint("township_id", "sha256", name="uq_county_file_key"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    township_id: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[str] = mapped_column(String(64))  # the device that started the upload
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CountyFileChunk(Base):
    """One uploaded chunk of a county_file, at its byte offset (chunks never overlap: each
    is appended at the file's `received` position)."""

    __tablename__ = "county_file_chunk"
    __table_args__ = (PrimaryKeyConstraint("file_id", "byte_offset", name="pk_county_file_chunk"),)

    file_id: Mapped[int] = mapped_column(ForeignKey("county_file.id", ondelete="CASCADE"))
    byte_offset: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


def make_engine(database_url: str) -> Engine:
    """An engine on the county PostgreSQL (`postgresql://…` is taken as psycopg 3)."""
    if database_url.startswith(("postgresql://", "postgres://")):
        database_url = "postgresql+psycopg://" + database_url.split("://", 1)[1]
    return create_engine(database_url, pool_size=10, max_overflow=40, pool_pre_ping=True)
