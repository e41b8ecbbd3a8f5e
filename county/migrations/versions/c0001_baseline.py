"""county baseline: every county table as first shipped (township, device, enrolment_code,
received_row, received_conflict, applied_batch, audit_copy, audit_state, county_reference) and
the feed sequence.

A county database created by metadata.create_all before migrations existed is stamped at
this revision by county.migrate instead of running it.

Revision ID: c0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateSequence, DropSequence

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None

FEED_SEQ = sa.Sequence("feed_seq")


def upgrade() -> None:
    op.execute(CreateSequence(FEED_SEQ))
    op.create_table('applied_batch',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('township_id', sa.String(length=64), nullable=False),
    sa.Column('batch_id', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('ack', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('township_id', 'batch_id', name='uq_applied_batch')
    )
    op.create_table('audit_copy',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('township_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('user_name', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('change_json', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('township_id', 'device_id', 'seq', name='uq_audit_copy_seq')
    )
    op.create_table('audit_state',
    sa.Column('township_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('entries', sa.BigInteger(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('bad_seq', sa.BigInteger(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('township_id', 'device_id')
    )
    op.create_table('county_reference',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('payload', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), server_default=sa.text("nextval('feed_seq')"), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('entity', 'row_id', name='uq_county_reference_key')
    )
    op.create_index(op.f('ix_county_reference_server_seq'), 'county_reference', ['server_seq'], unique=False)
    op.create_table('received_conflict',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('township_id', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('losing_version', sa.Integer(), nullable=False),
    sa.Column('losing_device', sa.String(length=64), nullable=False),
    sa.Column('losing_payload', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('winner_version', sa.Integer(), nullable=False),
    sa.Column('winner_device', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_received_conflict_township_id'), 'received_conflict', ['township_id'], unique=False)
    op.create_table('received_row',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('township_id', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.Column('payload', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('batch_id', sa.String(length=32), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), server_default=sa.text("nextval('feed_seq')"), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('township_id', 'entity', 'row_id', name='uq_received_row_key')
    )
    op.create_index('ix_received_row_feed', 'received_row', ['township_id', 'server_seq'], unique=False)
    op.create_table('township',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('township_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('code'),
    sa.UniqueConstraint('township_id')
    )
    op.create_table('device',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('township_pk', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['township_pk'], ['township.pk'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_sha256')
    )
    op.create_index(op.f('ix_device_township_pk'), 'device', ['township_pk'], unique=False)
    op.create_table('enrolment_code',
    sa.Column('code_sha256', sa.String(length=64), nullable=False),
    sa.Column('township_pk', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('used_by_device', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['township_pk'], ['township.pk'], ),
    sa.PrimaryKeyConstraint('code_sha256')
    )
    op.create_index(op.f('ix_enrolment_code_township_pk'), 'enrolment_code', ['township_pk'], unique=False)
    # ### end Alembic commands ###


def downgrade() -> None:
    op.drop_index(op.f('ix_enrolment_code_township_pk'), table_name='enrolment_code')
    op.drop_table('enrolment_code')
    op.drop_index(op.f('ix_device_township_pk'), table_name='device')
    op.drop_table('device')
    op.drop_table('township')
    op.drop_index('ix_received_row_feed', table_name='received_row')
    op.drop_table('received_row')
    op.drop_index(op.f('ix_received_conflict_township_id'), table_name='received_conflict')
    op.drop_table('received_conflict')
    op.drop_index(op.f('ix_county_reference_server_seq'), table_name='county_reference')
    op.drop_table('county_reference')
    op.drop_table('audit_state')
    op.drop_table('audit_copy')
    op.drop_table('applied_batch')
    # ### end Alembic commands ###
    op.execute(DropSequence(FEED_SEQ))
