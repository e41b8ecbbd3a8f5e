"""Training (培训) tables: events, who attended them with the credit given, annual assessments.

Every table is synced (SyncMixin). Code columns hold the codes of app.rules.training
(OrganiserLevel, TrainingCategory, TrainingMode, AssessmentResult). Credit is whole seconds
(see app.rules.training: exact for minutes and for 学时 with one decimal).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from local_db.models import Base, SyncMixin


class TrainingEvent(SyncMixin, Base):
    """One training (培训活动): what, who organised it, when, how long, and its credit."""

    __tablename__ = "training_event"

    title: Mapped[str] = mapped_column(String(200))
    organiser_level: Mapped[str] = mapped_column(String(16))  # OrganiserLevel code
    category: Mapped[str] = mapped_column(String(16))  # TrainingCategory code
    mode: Mapped[str] = mapped_column(String(16))  # TrainingMode code
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    days_tenths: Mapped[int] = mapped_column(Integer, default=0)  # 2.5 days = 25
    stated_units_tenths: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 学时 × 10
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    concentrated: Mapped[bool] = mapped_column(Boolean, default=False)  # 集中培训
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class TrainingAttendance(SyncMixin, Base):
    """One person at one training, with the credit they get (the event's or their own)."""

    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("event_id", "staff_id"),)

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("training_event.id"), index=True)
    staff_id: Mapped[str] = mapped_column(String(36), ForeignKey("staff_member.id"), index=True)
    credited_seconds: Mapped[int] = mapped_column(Integer)
    # "event": follows the event's stated 学时 / duration; "custom": own figure (e.g. imported).
    credit_source: Mapped[str] = mapped_column(String(8), default="event")
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class AnnualAssessment(SyncMixin, Base):
    """An officer's annual assessment result (年度考核) for one year."""

    __tablename__ = "annual_assessment"
    __table_args__ = (UniqueConstraint("staff_id", "year"),)

    staff_id: Mapped[str] = mapped_column(String(36), ForeignKey("staff_member.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(16))  # AssessmentResult code
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


Index("ix_training_event_start_date", TrainingEvent.start_date)

__all__ = ["AnnualAssessment", "TrainingAttendance", "TrainingEvent"]
