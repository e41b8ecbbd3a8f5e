"""attention: a covering index of cases by id with the columns the deadline list reads

Issue #8 (start-up). The attention list (the 工作台's deadlines tile, the status bar) joins
~1,300 open deadlines of a 100,000-case store to their cases for the case number and the
deleted flag; by the id's unique index that is an index search and a table row per deadline
(~12 ms cold), by this covering index one search (~9 ms).

Revision ID: att01
Revises: cnt01
"""

from __future__ import annotations

from alembic import op

revision = "att01"
down_revision = "cnt01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.create_index("ix_enforcement_case_attention", ["id", "deleted", "number"])


def downgrade() -> None:
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.drop_index("ix_enforcement_case_attention")
