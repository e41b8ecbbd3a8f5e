"""training (培训): events, attendance with credit, annual assessments (issue #5)

Hand-written from the models in local_db/models_training.py. Chained after eq01 (the equipment
migration developed in parallel) so that the tree has one head; the lead re-chains
down_revision when merging parallel feature migrations.

Revision ID: tr01
Revises: eq01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "tr01"
down_revision = "eq01"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "training_event",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organiser_level", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("days_tenths", sa.Integer(), nullable=False),
        sa.Column("stated_units_tenths", sa.Integer(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("concentrated", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("training_event", schema=None) as batch_op:
        batch_op.create_index("ix_training_event_start_date", ["start_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_training_event_township_id"), ["township_id"], unique=False
        )

    op.create_table(
        "training_attendance",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("credited_seconds", sa.Integer(), nullable=False),
        sa.Column("credit_source", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["event_id"], ["training_event.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "staff_id"),
    )
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_attendance_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_attendance_staff_id"), ["staff_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_attendance_township_id"), ["township_id"], unique=False
        )

    op.create_table(
        "annual_assessment",
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("staff_id", "year"),
    )
    with op.batch_alter_table("annual_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_annual_assessment_staff_id"), ["staff_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_annual_assessment_township_id"), ["township_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("annual_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_annual_assessment_township_id"))
        batch_op.drop_index(batch_op.f("ix_annual_assessment_staff_id"))
    op.drop_table("annual_assessment")

    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_attendance_township_id"))
        batch_op.drop_index(batch_op.f("ix_training_attendance_staff_id"))
        batch_op.drop_index(batch_op.f("ix_training_attendance_event_id"))
    op.drop_table("training_attendance")

    with op.batch_alter_table("training_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_event_township_id"))
        batch_op.drop_index("ix_training_event_start_date")
    op.drop_table("training_event")
