"""equipment (装备): items, loans, maintenance, stock-taking, seized goods (issue #6)

Hand-written from the models in local_db/models_equipment.py; the lead re-chains
down_revision when merging parallel feature migrations.

Revision ID: eq01
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "eq01"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seized_good",
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("case_number", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("storage_place", sa.String(length=64), nullable=False),
        sa.Column("seized_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("disposal_decision", sa.String(length=16), nullable=True),
        sa.Column("disposal_note", sa.Text(), nullable=True),
        sa.Column("disposal_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("seized_good", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seized_good_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_seized_good_case_number"), ["case_number"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_seized_good_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_seized_good_township_id"), ["township_id"], unique=False
        )

    op.create_table(
        "stocktake_session",
        sa.Column("title", sa.String(length=128), nullable=False),
        sa.Column("location_scope", sa.String(length=64), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("opened_by", sa.String(length=64), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.Column("result_json", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stocktake_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stocktake_session_township_id"), ["township_id"], unique=False
        )

    op.create_table(
        "stocktake_scan",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("asset_tag", sa.String(length=64), nullable=False),
        sa.Column("seen_location", sa.String(length=64), nullable=True),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["stocktake_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stocktake_scan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stocktake_scan_township_id"), ["township_id"], unique=False
        )
        batch_op.create_index(
            "ux_stocktake_scan_session_tag", ["session_id", "asset_tag"], unique=True
        )

    op.create_table(
        "equipment_item",
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("brand", sa.String(length=64), nullable=True),
        sa.Column("model", sa.String(length=128), nullable=False),
        sa.Column("serial_no", sa.String(length=128), nullable=True),
        sa.Column("asset_tag", sa.String(length=32), nullable=False),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("price_fen", sa.Integer(), nullable=True),
        sa.Column("funding_source", sa.String(length=64), nullable=True),
        sa.Column("location", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("holder_staff_id", sa.String(length=36), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("consumable", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["holder_staff_id"],
            ["staff_member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("asset_tag"),
    )
    with op.batch_alter_table("equipment_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_equipment_item_category_status", ["category", "status"], unique=False
        )
        batch_op.create_index("ix_equipment_item_holder", ["holder_staff_id"], unique=False)
        batch_op.create_index("ix_equipment_item_location", ["location"], unique=False)
        batch_op.create_index("ix_equipment_item_status", ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_equipment_item_township_id"), ["township_id"], unique=False
        )
        batch_op.create_index(
            "ux_equipment_item_model_serial",
            ["model", "serial_no"],
            unique=True,
            sqlite_where=sa.text("serial_no IS NOT NULL AND deleted = 0"),
        )

    op.create_table(
        "seized_good_movement",
        sa.Column("good_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["good_id"],
            ["seized_good.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("seized_good_movement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seized_good_movement_good_id"), ["good_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_seized_good_movement_township_id"), ["township_id"], unique=False
        )

    op.create_table(
        "equipment_movement",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("out_at", sa.DateTime(), nullable=False),
        sa.Column("due_back", sa.Date(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("condition_out", sa.Text(), nullable=True),
        sa.Column("condition_in", sa.Text(), nullable=True),
        sa.Column("from_location", sa.String(length=64), nullable=True),
        sa.Column("to_location", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["equipment_item.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("equipment_movement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_equipment_movement_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_equipment_movement_staff_id"), ["staff_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_equipment_movement_township_id"), ["township_id"], unique=False
        )
        batch_op.create_index(
            "ux_equipment_movement_open_checkout",
            ["item_id"],
            unique=True,
            sqlite_where=sa.text("kind = 'checkout' AND returned_at IS NULL AND deleted = 0"),
        )

    op.create_table(
        "maintenance_schedule",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("interval_months", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["equipment_item.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("maintenance_schedule", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_maintenance_schedule_due_on"), ["due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_maintenance_schedule_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_maintenance_schedule_township_id"), ["township_id"], unique=False
        )

    op.create_table(
        "maintenance_record",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("schedule_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("cost_fen", sa.Integer(), nullable=True),
        sa.Column("vendor", sa.String(length=128), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["equipment_item.id"],
        ),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["maintenance_schedule.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("maintenance_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_maintenance_record_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_maintenance_record_township_id"), ["township_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("maintenance_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maintenance_record_township_id"))
        batch_op.drop_index(batch_op.f("ix_maintenance_record_item_id"))

    op.drop_table("maintenance_record")
    with op.batch_alter_table("maintenance_schedule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maintenance_schedule_township_id"))
        batch_op.drop_index(batch_op.f("ix_maintenance_schedule_item_id"))
        batch_op.drop_index(batch_op.f("ix_maintenance_schedule_due_on"))

    op.drop_table("maintenance_schedule")
    with op.batch_alter_table("equipment_movement", schema=None) as batch_op:
        batch_op.drop_index(
            "ux_equipment_movement_open_checkout",
            sqlite_where=sa.text("kind = 'checkout' AND returned_at IS NULL AND deleted = 0"),
        )
        batch_op.drop_index(batch_op.f("ix_equipment_movement_township_id"))
        batch_op.drop_index(batch_op.f("ix_equipment_movement_staff_id"))
        batch_op.drop_index(batch_op.f("ix_equipment_movement_item_id"))

    op.drop_table("equipment_movement")
    with op.batch_alter_table("seized_good_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seized_good_movement_township_id"))
        batch_op.drop_index(batch_op.f("ix_seized_good_movement_good_id"))

    op.drop_table("seized_good_movement")
    with op.batch_alter_table("equipment_item", schema=None) as batch_op:
        batch_op.drop_index(
            "ux_equipment_item_model_serial",
            sqlite_where=sa.text("serial_no IS NOT NULL AND deleted = 0"),
        )
        batch_op.drop_index(batch_op.f("ix_equipment_item_township_id"))
        batch_op.drop_index("ix_equipment_item_status")
        batch_op.drop_index("ix_equipment_item_location")
        batch_op.drop_index("ix_equipment_item_holder")
        batch_op.drop_index("ix_equipment_item_category_status")

    op.drop_table("equipment_item")
    with op.batch_alter_table("stocktake_scan", schema=None) as batch_op:
        batch_op.drop_index("ux_stocktake_scan_session_tag")
        batch_op.drop_index(batch_op.f("ix_stocktake_scan_township_id"))

    op.drop_table("stocktake_scan")
    with op.batch_alter_table("stocktake_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stocktake_session_township_id"))

    op.drop_table("stocktake_session")
    with op.batch_alter_table("seized_good", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seized_good_township_id"))
        batch_op.drop_index(batch_op.f("ix_seized_good_status"))
        batch_op.drop_index(batch_op.f("ix_seized_good_case_number"))
        batch_op.drop_index(batch_op.f("ix_seized_good_case_id"))

    op.drop_table("seized_good")
