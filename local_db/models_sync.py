"""Local sync bookkeeping (not synced): losing versions kept for review, the sync history and
the files the county confirmed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from local_db.ids import new_id, utcnow
from local_db.models import Base, UTCDateTime


class SyncConflict(Base):
    """A version that lost (kind "conflict") or that the county refused (kind "rejected"):
    kept with its reason for review, never dropped."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        UniqueConstraint("entity", "row_id", "losing_version", "payload_sha256", name="uq_sync_conflict"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # conflict | rejected
    entity: Mapped[str] = mapped_column(String(64), index=True)
    row_id: Mapped[str] = mapped_column(String(64), index=True)
    losing_version: Mapped[int] = mapped_column(Integer)
    losing_payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    winner_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class SyncRun(Base):
    """One sync attempt: when, why, what moved and how it ended (the sync page's history)."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trigger: Mapped[str] = mapped_column(String(16))  # start | timer | manual | cli
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # running | ok | error | cancelled (app.rules.sync.SyncOutcome); "running" left behind
    # by a crash reads as an interrupted attempt
    outcome: Mapped[str] = mapped_column(String(16), default="running", server_default="running")
    error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error_detail: Mapped[str | None] = mapped_column(Text, nullable=True)  # the status bar's tooltip
    retryable: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class SyncFile(Base):
    """A file (evidence, issued PDF) the county confirmed complete and hash-verified, so the
    next sync does not ask about it again (app.sync.files). `device_id` is the enrolment that
    got the confirmation: after enrolling again (possibly with another county) the county is
    asked once more."""

    __tablename__ = "sync_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(64))
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime)
