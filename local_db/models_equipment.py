"""Equipment (装备) tables: items, loans, maintenance, stock-taking and seized goods (罚没物品).

Every table is synced (SyncMixin). Status and kind columns hold the codes of
app.rules.equipment (ItemStatus, MaintenanceKind) and of app.services.equipment_seized.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from local_db.models import Base, SyncMixin, UTCDateTime


class EquipmentItem(SyncMixin, Base):
    """One piece of equipment (or one stock line of a consumable, counted by quantity)."""

    __tablename__ = "equipment_item"

    category: Mapped[str] = mapped_column(String(32))  # standard category code
    name: Mapped[str] = mapped_column(String(128))
    brand: Mapped[str | None] = mapped_column(String(64), nullable=True)
    model: Mapped[str] = mapped_column(String(128), default="")
    serial_no: Mapped[str | None] = mapped_column(String(128), nullable=True)
    asset_tag: Mapped[str] = mapped_column(String(32), unique=True)
    purchase_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    price_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    funding_source: Mapped[str | None] = mapped_column(String(64), nullable=True)
    location: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16))  # ItemStatus code
    holder_staff_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff_member.id"), nullable=True
    )
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    consumable: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


# Serial numbers are unique per model (only where a serial number is recorded).
Index(
    "ux_equipment_item_model_serial",
    EquipmentItem.model,
    EquipmentItem.serial_no,
    unique=True,
    sqlite_where=text("serial_no IS NOT NULL AND deleted = 0"),
)
# The filtered list: category / status / location / holder filters, sorted by tag.
Index("ix_equipment_item_category_status", EquipmentItem.category, EquipmentItem.status)
Index("ix_equipment_item_status", EquipmentItem.status)
Index("ix_equipment_item_location", EquipmentItem.location)
Index("ix_equipment_item_holder", EquipmentItem.holder_staff_id)


class EquipmentMovement(SyncMixin, Base):
    """A check-out (领用, returned later), an issue of consumables, or a transfer of place."""

    __tablename__ = "equipment_movement"

    item_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment_item.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # checkout | issue | transfer
    staff_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff_member.id"), nullable=True, index=True
    )
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    out_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_back: Mapped[date | None] = mapped_column(Date, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    condition_out: Mapped[str | None] = mapped_column(Text, nullable=True)
    condition_in: Mapped[str | None] = mapped_column(Text, nullable=True)
    from_location: Mapped[str | None] = mapped_column(String(64), nullable=True)
    to_location: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


# Nothing can be checked out twice: at most one open check-out per item, enforced by SQLite.
Index(
    "ux_equipment_movement_open_checkout",
    EquipmentMovement.item_id,
    unique=True,
    sqlite_where=text("kind = 'checkout' AND returned_at IS NULL AND deleted = 0"),
)


class MaintenanceSchedule(SyncMixin, Base):
    """A recurring or one-off due date (vehicle inspection, insurance, battery swap …)."""

    __tablename__ = "maintenance_schedule"

    item_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment_item.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # MaintenanceKind code
    due_on: Mapped[date] = mapped_column(Date, index=True)
    interval_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class MaintenanceRecord(SyncMixin, Base):
    """Maintenance done on an item."""

    __tablename__ = "maintenance_record"

    item_id: Mapped[str] = mapped_column(String(36), ForeignKey("equipment_item.id"), index=True)
    schedule_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("maintenance_schedule.id"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # MaintenanceKind code
    done_on: Mapped[date] = mapped_column(Date)
    cost_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vendor: Mapped[str | None] = mapped_column(String(128), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class StocktakeSession(SyncMixin, Base):
    """A stock-taking (盘点) session; `result_json` holds the reconciliation once closed."""

    __tablename__ = "stocktake_session"

    title: Mapped[str] = mapped_column(String(128))
    location_scope: Mapped[str | None] = mapped_column(String(64), nullable=True)  # None = all
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    result_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class StocktakeScan(SyncMixin, Base):
    """One tag scanned (or ticked) in a session; a re-scan updates the place and time."""

    __tablename__ = "stocktake_scan"

    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("stocktake_session.id"))
    asset_tag: Mapped[str] = mapped_column(String(64))
    seen_location: Mapped[str | None] = mapped_column(String(64), nullable=True)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime)


Index(
    "ux_stocktake_scan_session_tag",
    StocktakeScan.session_id,
    StocktakeScan.asset_tag,
    unique=True,
)


class SeizedGood(SyncMixin, Base):
    """罚没物品 held in the separate store, linked to its case (case_id without FK for now)."""

    __tablename__ = "seized_good"

    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    case_number: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(16), default="件")
    storage_place: Mapped[str] = mapped_column(String(64))
    seized_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), index=True)  # SeizedStatus code
    disposal_decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    disposal_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    disposal_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class SeizedGoodMovement(SyncMixin, Base):
    """In / out / disposal record of a seized good."""

    __tablename__ = "seized_good_movement"

    good_id: Mapped[str] = mapped_column(String(36), ForeignKey("seized_good.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # in | out | back | dispose
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    quantity: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("staff_member.id"), nullable=True
    )
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


__all__ = [
    "EquipmentItem",
    "EquipmentMovement",
    "MaintenanceRecord",
    "MaintenanceSchedule",
    "SeizedGood",
    "SeizedGoodMovement",
    "StocktakeScan",
    "StocktakeSession",
]
