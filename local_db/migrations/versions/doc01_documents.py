"""documents: seals, issued documents, document number counters (issue #4)

Hand-written from the models in local_db/models_documents.py. While feature migrations are
developed in parallel this one chains after the newest of them present in this folder
(case01, tr01, eq01, else 0001) so that the tree keeps one head; the lead re-chains
down_revision to a fixed value when merging.

Revision ID: doc01
Revises: 0001 (see above)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "doc01"
down_revision = "case01"
branch_labels = None
depends_on = None

SYNC_COLUMNS = (
    ("id", sa.String(length=36), False),
    ("township_id", sa.String(length=36), False),
    ("version", sa.Integer(), False),
    ("updated_at", sa.DateTime(), False),
    ("updated_by", sa.String(length=36), True),
    ("deleted", sa.Boolean(), False),
)


def _sync_columns() -> list[sa.Column[object]]:
    return [sa.Column(name, type_, nullable=nullable) for name, type_, nullable in SYNC_COLUMNS]


def upgrade() -> None:
    op.create_table(
        "seal",
        sa.Column("owner_kind", sa.String(length=16), nullable=False),
        sa.Column("owner_name", sa.String(length=128), nullable=False),
        sa.Column("encrypted_png", sa.LargeBinary(), nullable=False),
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("seal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seal_township_id"), ["township_id"], unique=False)

    op.create_table(
        "issued_document",
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("doc_type", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq_no", sa.Integer(), nullable=False),
        sa.Column("number_text", sa.String(length=128), nullable=False),
        sa.Column("doc_version", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=36), nullable=True),
        sa.Column("seal_id", sa.String(length=36), nullable=True),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["supersedes_id"], ["issued_document.id"]),
        sa.ForeignKeyConstraint(["seal_id"], ["seal.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "township_id", "doc_type", "year", "seq_no", "doc_version", name="uq_issued_number"
        ),
    )
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issued_document_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_issued_document_number_text"), ["number_text"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_document_township_id"), ["township_id"], unique=False
        )

    op.create_table(
        "doc_number_counter",
        sa.Column("doc_type", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("township_id", sa.String(length=36), nullable=False),
        sa.Column("next_no", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("doc_type", "year"),
    )


def downgrade() -> None:
    op.drop_table("doc_number_counter")
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_document_township_id"))
        batch_op.drop_index(batch_op.f("ix_issued_document_number_text"))
        batch_op.drop_index(batch_op.f("ix_issued_document_case_id"))
    op.drop_table("issued_document")
    with op.batch_alter_table("seal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seal_township_id"))
    op.drop_table("seal")
