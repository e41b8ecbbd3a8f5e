"""Case (案件) tables: cases, parties, items, handlers, steps, pauses, extensions, deadlines,
evidence, transfers, joint actions, and the county-owned reference tables (catalog,
benchmarks, holidays, versions).

Every table is synced (SyncMixin). Status, kind and procedure columns hold the codes of
app.rules.workflow / app.rules.deadlines / app.services.case_model. Money is integer fen.
The full-text index `case_fts` (FTS5, trigram) and its key table `case_fts_key` are created
by the migration together with the triggers that keep them in step with `enforcement_case`
and `case_party` (no ORM model: only the search service reads them).

The case table is called `enforcement_case` because CASE is an SQL keyword.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from local_db.models import Base, SyncMixin, UTCDateTime


class Case(SyncMixin, Base):
    """One case; first party, first item and fine are kept here for the 100,000-row list."""

    __tablename__ = "enforcement_case"

    number: Mapped[str] = mapped_column(String(64))
    number_year: Mapped[int] = mapped_column(Integer)
    number_seq: Mapped[int] = mapped_column(Integer)
    procedure: Mapped[str] = mapped_column(String(16))  # Procedure code
    source: Mapped[str] = mapped_column(String(16))  # CaseSource code
    source_detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16))  # Status code
    item_code: Mapped[str] = mapped_column(String(32))  # first (main) catalog item
    party_type: Mapped[str] = mapped_column(String(16))  # PartyType of the first party
    party_name: Mapped[str] = mapped_column(String(128))
    place: Mapped[str] = mapped_column(String(200))
    act_at: Mapped[datetime] = mapped_column(UTCDateTime)
    act_on: Mapped[date] = mapped_column(Date)  # local date of the act (benchmark, limitation)
    discovered_on: Mapped[date] = mapped_column(Date)
    facts: Mapped[str] = mapped_column(Text, default="")
    facts_json: Mapped[str] = mapped_column(Text, default="{}")  # discretion facts
    life_health_finance: Mapped[bool] = mapped_column(Boolean, default=False)
    within_limitation: Mapped[bool] = mapped_column(Boolean, default=True)
    lead_handler_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff_member.id"), nullable=True
    )
    reviewer_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff_member.id"), nullable=True
    )
    decider_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff_member.id"), nullable=True
    )
    filed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    investigation_report: Mapped[str | None] = mapped_column(Text, nullable=True)
    review_passed: Mapped[bool] = mapped_column(Boolean, default=False)
    review_opinion: Mapped[str | None] = mapped_column(Text, nullable=True)
    notice_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    hearing_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    hearing_held: Mapped[bool] = mapped_column(Boolean, default=False)
    first_offence: Mapped[bool] = mapped_column(Boolean, default=False)  # 首违不罚 applies
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)  # Outcome code
    warning_only: Mapped[bool] = mapped_column(Boolean, default=False)
    fine_fen: Mapped[int] = mapped_column(Integer, default=0)
    benchmark_version: Mapped[str | None] = mapped_column(String(32), nullable=True)
    tier: Mapped[str | None] = mapped_column(String(16), nullable=True)  # Tier code
    range_min_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    range_max_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reasons: Mapped[str | None] = mapped_column(Text, nullable=True)  # 说理
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    served_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)
    late_fee_fen: Mapped[int] = mapped_column(Integer, default=0)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    payment_ref: Mapped[str | None] = mapped_column(String(64), nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)


# The list's filters and sorts (status, procedure, item, discovery date, number).
Index("ux_enforcement_case_number", Case.township_id, Case.number, unique=True)
Index("ix_enforcement_case_status", Case.status, Case.discovered_on)
Index("ix_enforcement_case_procedure", Case.procedure, Case.discovered_on)
Index("ix_enforcement_case_item", Case.item_code, Case.discovered_on)
Index("ix_enforcement_case_discovered", Case.discovered_on)
Index("ix_enforcement_case_year_seq", Case.number_year, Case.procedure, Case.number_seq)
# Cases by status for the dashboard: a covering index of the live cases (no table lookups;
# "IS 0" as SQLAlchemy renders deleted.is_(False), so the planner can match it).
Index("ix_enforcement_case_live_status", Case.status, sqlite_where=text("deleted IS 0"))
# The attention list (deadlines joined to their cases): the case number and deleted flag
# without a table lookup per deadline (migration att01).
Index("ix_enforcement_case_attention", Case.id, Case.deleted, Case.number)


class CaseStatusCount(Base):
    """Live cases per status, kept by triggers on enforcement_case (migration cnt01): the
    工作台's figure without a scan of every case. Derived data: never written by the app,
    never synced."""

    __tablename__ = "case_status_count"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class CaseParty(SyncMixin, Base):
    """A party (当事人): citizen (name, ID number, phone) or organisation (name, USCC, legal rep)."""

    __tablename__ = "case_party"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    party_type: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128))
    id_number: Mapped[str | None] = mapped_column(String(18), nullable=True)
    uscc: Mapped[str | None] = mapped_column(String(18), nullable=True)
    legal_rep: Mapped[str | None] = mapped_column(String(64), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)


class CaseItem(SyncMixin, Base):
    """A catalog item (执法事项) the case concerns; seq 0 is the main one."""

    __tablename__ = "case_item"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(32), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class CaseHandler(SyncMixin, Base):
    """A handler (承办人) of a case; `lead` marks the main handler."""

    __tablename__ = "case_handler"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    staff_id: Mapped[str] = mapped_column(String(36), ForeignKey("staff_member.id"), index=True)
    lead: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseStep(SyncMixin, Base):
    """A workflow step taken: move, from/to status, who and when, the document it produced."""

    __tablename__ = "case_step"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    move: Mapped[str] = mapped_column(String(24))  # Move code, or register / summary_decision
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    by_staff_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    by_name: Mapped[str] = mapped_column(String(64))
    document_ref: Mapped[str | None] = mapped_column(String(128), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class CasePause(SyncMixin, Base):
    """A period the decision clock stands still: hearing, appraisal, announcement, suspension."""

    __tablename__ = "case_pause"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # PauseKind code
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class CaseExtension(SyncMixin, Base):
    """A leader-approved extension of the decision deadline."""

    __tablename__ = "case_extension"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    approved_by: Mapped[str] = mapped_column(String(36), ForeignKey("staff_member.id"))
    approved_on: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)


class CaseDeadline(SyncMixin, Base):
    """A due date of an open step (Deadline code), computed on the working-day calendar."""

    __tablename__ = "case_deadline"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # Deadline code
    start_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)  # hour deadlines
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    met_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    transfer_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


# Dashboard: open deadlines by due date.
Index("ix_case_deadline_open_due", CaseDeadline.met_at, CaseDeadline.due_on)


class Evidence(SyncMixin, Base):
    """An evidence file's metadata; the file is <db folder>/evidence/<sha[:2]>/<sha256>."""

    __tablename__ = "evidence"

    case_id: Mapped[str] = mapped_column(String(36), ForeignKey("enforcement_case.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))  # EvidenceKind code
    size: Mapped[int] = mapped_column(Integer)
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class CaseTransfer(SyncMixin, Base):
    """A transfer out (to a department or to public security) or in (received), tracked to
    acknowledgement."""

    __tablename__ = "case_transfer"

    case_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("enforcement_case.id"), nullable=True, index=True
    )
    direction: Mapped[str] = mapped_column(String(8))  # out | in
    counterpart: Mapped[str] = mapped_column(String(128))  # the other department
    to_police: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reasons: Mapped[str] = mapped_column(Text)
    materials: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of material names
    letter_number: Mapped[str | None] = mapped_column(String(64), nullable=True)


class JointAction(SyncMixin, Base):
    """A joint enforcement action (联合执法): 常规, 专项 (applied 5 days ahead) or 应急."""

    __tablename__ = "joint_action"

    kind: Mapped[str] = mapped_column(String(16))  # JointKind code
    title: Mapped[str] = mapped_column(String(128))
    plan: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    start_on: Mapped[date] = mapped_column(Date)
    lead_department: Mapped[str] = mapped_column(String(128))
    departments: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of names


class JointActionCase(SyncMixin, Base):
    """A case a participating department filed after a joint action (ours has case_id)."""

    __tablename__ = "joint_action_case"

    joint_action_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("joint_action.id"), index=True
    )
    department: Mapped[str] = mapped_column(String(128))
    case_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("enforcement_case.id"), nullable=True
    )
    case_number: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


# --- county-owned reference data (township_id = "county") ---------------------------------


class RefCatalogItem(SyncMixin, Base):
    """A catalog item (执法事项目录) as distributed by the county."""

    __tablename__ = "ref_catalog_item"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str] = mapped_column(String(32))
    township_power: Mapped[bool] = mapped_column(Boolean, default=True)  # 乡镇赋权
    department: Mapped[str | None] = mapped_column(String(128), nullable=True)
    life_health_finance: Mapped[bool] = mapped_column(Boolean, default=False)
    source_version: Mapped[str] = mapped_column(String(32))
    json: Mapped[str] = mapped_column(Text)  # the item as sent (legal/penalty basis …)


class RefBenchmark(SyncMixin, Base):
    """One version of an item's discretion benchmark (the JSON as sent)."""

    __tablename__ = "ref_benchmark"

    item_code: Mapped[str] = mapped_column(String(32), index=True)
    benchmark_version: Mapped[str] = mapped_column(String(32))
    effective_from: Mapped[date] = mapped_column(Date)
    json: Mapped[str] = mapped_column(Text)


class RefHoliday(SyncMixin, Base):
    """A public holiday or 调休 make-up workday."""

    __tablename__ = "ref_holiday"

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # holiday | workday
    name: Mapped[str] = mapped_column(String(64), default="")
    source_version: Mapped[str] = mapped_column(String(32))


class RefVersion(SyncMixin, Base):
    """Which version of each reference kind (catalog, benchmarks, holidays) is loaded."""

    __tablename__ = "ref_version"

    kind: Mapped[str] = mapped_column(String(16), unique=True)
    data_version: Mapped[str] = mapped_column(String(32))  # (SyncMixin.version is the row's)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime)


__all__ = [
    "Case",
    "CaseDeadline",
    "CaseExtension",
    "CaseHandler",
    "CaseItem",
    "CaseParty",
    "CasePause",
    "CaseStep",
    "CaseTransfer",
    "Evidence",
    "JointAction",
    "JointActionCase",
    "RefBenchmark",
    "RefCatalogItem",
    "RefHoliday",
    "RefVersion",
]
