"""startup: a partial index of live cases by status (the dashboard's cases-by-status figure)

Issue #8. Chains after the newest feature migration present while features are developed in
parallel; the lead re-chains down_revision when merging.

Revision ID: st01
Revises: sync01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "st01"
down_revision = "sync01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.create_index(
            "ix_enforcement_case_live_status", ["status"], sqlite_where=sa.text("deleted IS 0")
        )


def downgrade() -> None:
    with op.batch_alter_table("enforcement_case", schema=None) as batch_op:
        batch_op.drop_index("ix_enforcement_case_live_status", sqlite_where=sa.text("deleted IS 0"))
