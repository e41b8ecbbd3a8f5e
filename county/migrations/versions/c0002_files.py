"""county files: county_file and county_file_chunk (evidence files and issued PDFs uploaded
by sha256 in resumable chunks, scoped by township)

Revision ID: c0002
Revises: c0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "county_file",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("township_id", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("township_id", "sha256", name="uq_county_file_key"),
    )
    op.create_table(
        "county_file_chunk",
        sa.Column("file_id", sa.BigInteger(), nullable=False),
        sa.Column("byte_offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["file_id"], ["county_file.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("file_id", "byte_offset", name="pk_county_file_chunk"),
    )
    # evidence is mostly already-compressed media: store chunks out of line, uncompressed
    op.execute("ALTER TABLE county_file_chunk ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table("county_file_chunk")
    op.drop_table("county_file")
