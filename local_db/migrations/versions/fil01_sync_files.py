"""sync files: sync_file (files the county confirmed complete, asked about only once)

Issue #7 (files). The lead re-chains down_revision when merging.

Revision ID: fil01
Revises: sync01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "fil01"
down_revision = "syn02"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )


def downgrade() -> None:
    op.drop_table("sync_file")
