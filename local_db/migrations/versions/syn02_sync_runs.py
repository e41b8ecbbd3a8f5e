"""sync history: sync_run.outcome (ok / error / cancelled), error code and detail, retryable

Issue #7 (desktop sync worker, status bar and sync page). The lead re-chains down_revision
when merging.

Revision ID: syn02
Revises: sync01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "syn02"
down_revision = "st01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_run", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("outcome", sa.String(length=16), server_default="running", nullable=False)
        )
        batch_op.add_column(sa.Column("error_code", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("error_detail", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("retryable", sa.Boolean(), server_default="0", nullable=False))
    op.execute("UPDATE sync_run SET outcome = 'ok' WHERE ok")
    op.execute("UPDATE sync_run SET outcome = 'error' WHERE NOT ok AND finished_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("sync_run", schema=None) as batch_op:
        batch_op.drop_column("retryable")
        batch_op.drop_column("error_detail")
        batch_op.drop_column("error_code")
        batch_op.drop_column("outcome")
