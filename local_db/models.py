"""SQLAlchemy 2 typed models of the local store.

Every synced table carries the sync columns (SyncMixin): a time-ordered UUID id, township_id,
version, updated_at, updated_by and a deleted tombstone. Synced rows are never hard-deleted.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from local_db.ids import new_id, utcnow


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC in SQLite and gives them back aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        from datetime import UTC

        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        from datetime import UTC

        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of every local table."""


class SyncMixin:
    """The sync columns every synced table carries (DESIGN.md "Local store")."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    township_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Township(SyncMixin, Base):
    """The township (乡镇/街道) this store belongs to, with its squad and document prefix."""

    __tablename__ = "township"

    name: Mapped[str] = mapped_column(String(64))
    squad_name: Mapped[str] = mapped_column(String(128))
    doc_prefix: Mapped[str] = mapped_column(String(32))


class UserAccount(SyncMixin, Base):
    """A login account; roles are a comma-separated list of Role codes."""

    __tablename__ = "user_account"
    __table_args__ = (UniqueConstraint("township_id", "username"),)
    # Never leaves this computer: the password hash and the login counters.
    __local_only_columns__ = frozenset(
        {"password_hash", "failed_logins", "locked_until", "last_login_at"}
    )

    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(64))
    roles: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class StaffMember(SyncMixin, Base):
    """A squad member (人员), sworn officer or auxiliary, with the enforcement certificate."""

    __tablename__ = "staff_member"

    name: Mapped[str] = mapped_column(String(64))
    gender: Mapped[str | None] = mapped_column(String(8), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # StaffKind code
    position: Mapped[str] = mapped_column(String(16))  # StaffPosition code
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    user_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("user_account.id"), nullable=True
    )
    cert_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    cert_issuer: Mapped[str | None] = mapped_column(String(128), nullable=True)
    cert_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cert_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cert_status: Mapped[str] = mapped_column(String(16), default="green")  # CertStatus code
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class CertificateAction(SyncMixin, Base):
    """A recorded change of a certificate's three-colour status, with its reason."""

    __tablename__ = "certificate_action"

    staff_id: Mapped[str] = mapped_column(String(36), ForeignKey("staff_member.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # CertAction code
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    effective_on: Mapped[date] = mapped_column(Date)


class AuditLog(Base):
    """全过程记录: append-only, hash-chained log of every change (DESIGN.md "Audit chain")."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    user_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64), index=True)
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    change_json: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SyncOutbox(Base):
    """Transactional outbox: one row per synced change, written with the change itself."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    payload: Mapped[str] = mapped_column(Text)


class LocalSetting(Base):
    """Device-local key/value settings (not synced): e.g. last daily backup date."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_staff_member_kind", StaffMember.kind)

__all__ = [
    "AuditLog",
    "Base",
    "CertificateAction",
    "LocalSetting",
    "StaffMember",
    "SyncMixin",
    "SyncOutbox",
    "Township",
    "UTCDateTime",
    "UserAccount",
]

# Feature models register their tables on the same Base (imported last: they import Base).
import local_db.models_cases  # noqa: E402, F401
import local_db.models_documents  # noqa: E402, F401
import local_db.models_equipment  # noqa: E402, F401
import local_db.models_training  # noqa: E402, F401
import local_db.models_sync  # noqa: E402, F401
