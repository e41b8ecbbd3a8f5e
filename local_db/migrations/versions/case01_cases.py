"""cases (案件): cases and their parties, items, handlers, steps, pauses, extensions, deadlines,
evidence, transfers, joint actions; county reference tables; FTS5 search index (issue #3)

Hand-written from the models in local_db/models_cases.py. While feature migrations are developed
in parallel this one chains after the newest of them present in this folder (tr01, eq01, else
0001) so that the tree has one head; the lead re-chains down_revision when merging.

The search index `case_fts` is an FTS5 table with the trigram tokenizer (substring search in
Chinese text without a word segmenter) over case number, parties (names, ID numbers, credit
codes, phones), place and facts. Its rowid comes from `case_fts_key` (an INTEGER PRIMARY KEY,
so VACUUM cannot renumber it); triggers keep both in step with enforcement_case and case_party,
whoever writes them (services, demo bulk insert, sync).

Revision ID: case01
Revises: 0001 (see above)
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op



revision = "case01"
down_revision = "tr01"
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
        sa.PrimaryKeyConstraint("id"),
    ]


_PARTIES_TEXT = """(SELECT COALESCE(group_concat(
    p.name || ' ' || COALESCE(p.id_number, '') || ' ' || COALESCE(p.uscc, '') || ' '
    || COALESCE(p.legal_rep, '') || ' ' || COALESCE(p.phone, ''), ' '), '')
    FROM case_party p WHERE p.case_id = {case_id} AND p.deleted = 0)"""

FTS_STATEMENTS = [
    "CREATE TABLE case_fts_key (rowid INTEGER PRIMARY KEY, case_id VARCHAR(36) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE case_fts USING fts5(number, parties, place, facts, tokenize = 'trigram')",
    f"""CREATE TRIGGER case_fts_case_insert AFTER INSERT ON enforcement_case BEGIN
        INSERT INTO case_fts_key (case_id) VALUES (new.id);
        INSERT INTO case_fts (rowid, number, parties, place, facts) VALUES (
            (SELECT rowid FROM case_fts_key WHERE case_id = new.id),
            new.number, {_PARTIES_TEXT.format(case_id="new.id")}, new.place, new.facts);
    END""",
    """CREATE TRIGGER case_fts_case_update AFTER UPDATE OF number, place, facts
    ON enforcement_case BEGIN
        UPDATE case_fts SET number = new.number, place = new.place, facts = new.facts
        WHERE rowid = (SELECT rowid FROM case_fts_key WHERE case_id = new.id);
    END""",
    f"""CREATE TRIGGER case_fts_party_insert AFTER INSERT ON case_party BEGIN
        UPDATE case_fts SET parties = {_PARTIES_TEXT.format(case_id="new.case_id")}
        WHERE rowid = (SELECT rowid FROM case_fts_key WHERE case_id = new.case_id);
    END""",
    f"""CREATE TRIGGER case_fts_party_update AFTER UPDATE ON case_party BEGIN
        UPDATE case_fts SET parties = {_PARTIES_TEXT.format(case_id="new.case_id")}
        WHERE rowid = (SELECT rowid FROM case_fts_key WHERE case_id = new.case_id);
    END""",
]

FTS_DROPS = [
    "DROP TRIGGER IF EXISTS case_fts_party_update",
    "DROP TRIGGER IF EXISTS case_fts_party_insert",
    "DROP TRIGGER IF EXISTS case_fts_case_update",
    "DROP TRIGGER IF EXISTS case_fts_case_insert",
    "DROP TABLE IF EXISTS case_fts",
    "DROP TABLE IF EXISTS case_fts_key",
]

TABLES = [
    "ref_catalog_item",
    "ref_benchmark",
    "ref_holiday",
    "ref_version",
    "enforcement_case",
    "case_party",
    "case_item",
    "case_handler",
    "case_step",
    "case_pause",
    "case_extension",
    "case_deadline",
    "evidence",
    "case_transfer",
    "joint_action",
    "joint_action_case",
]


def upgrade() -> None:
    op.create_table(
        "ref_catalog_item",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("domain", sa.String(length=32), nullable=False),
        sa.Column("township_power", sa.Boolean(), nullable=False),
        sa.Column("department", sa.String(length=128), nullable=True),
        sa.Column("life_health_finance", sa.Boolean(), nullable=False),
        sa.Column("source_version", sa.String(length=32), nullable=False),
        sa.Column("json", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("ref_catalog_item") as batch_op:
        batch_op.create_index("ix_ref_catalog_item_township_id", ["township_id"], unique=False)

    op.create_table(
        "ref_benchmark",
        sa.Column("item_code", sa.String(length=32), nullable=False),
        sa.Column("benchmark_version", sa.String(length=32), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("json", sa.Text(), nullable=False),
        *_sync_columns(),
    )
    with op.batch_alter_table("ref_benchmark") as batch_op:
        batch_op.create_index("ix_ref_benchmark_item_code", ["item_code"], unique=False)
        batch_op.create_index("ix_ref_benchmark_township_id", ["township_id"], unique=False)

    op.create_table(
        "ref_holiday",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("source_version", sa.String(length=32), nullable=False),
        *_sync_columns(),
        sa.UniqueConstraint("day"),
    )
    with op.batch_alter_table("ref_holiday") as batch_op:
        batch_op.create_index("ix_ref_holiday_township_id", ["township_id"], unique=False)

    op.create_table(
        "ref_version",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("data_version", sa.String(length=32), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        *_sync_columns(),
        sa.UniqueConstraint("kind"),
    )
    with op.batch_alter_table("ref_version") as batch_op:
        batch_op.create_index("ix_ref_version_township_id", ["township_id"], unique=False)

    op.create_table(
        "enforcement_case",
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("number_year", sa.Integer(), nullable=False),
        sa.Column("number_seq", sa.Integer(), nullable=False),
        sa.Column("procedure", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_detail", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("item_code", sa.String(length=32), nullable=False),
        sa.Column("party_type", sa.String(length=16), nullable=False),
        sa.Column("party_name", sa.String(length=128), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("act_at", sa.DateTime(), nullable=False),
        sa.Column("act_on", sa.Date(), nullable=False),
        sa.Column("discovered_on", sa.Date(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("facts_json", sa.Text(), nullable=False),
        sa.Column("life_health_finance", sa.Boolean(), nullable=False),
        sa.Column("within_limitation", sa.Boolean(), nullable=False),
        sa.Column(
            "lead_handler_id", sa.String(length=36), sa.ForeignKey("staff_member.id"), nullable=True
        ),
        sa.Column(
            "reviewer_id", sa.String(length=36), sa.ForeignKey("staff_member.id"), nullable=True
        ),
        sa.Column(
            "decider_id", sa.String(length=36), sa.ForeignKey("staff_member.id"), nullable=True
        ),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("investigation_report", sa.Text(), nullable=True),
        sa.Column("review_passed", sa.Boolean(), nullable=False),
        sa.Column("review_opinion", sa.Text(), nullable=True),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("hearing_requested", sa.Boolean(), nullable=False),
        sa.Column("hearing_held", sa.Boolean(), nullable=False),
        sa.Column("first_offence", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("warning_only", sa.Boolean(), nullable=False),
        sa.Column("fine_fen", sa.Integer(), nullable=False),
        sa.Column("benchmark_version", sa.String(length=32), nullable=True),
        sa.Column("tier", sa.String(length=16), nullable=True),
        sa.Column("range_min_fen", sa.Integer(), nullable=True),
        sa.Column("range_max_fen", sa.Integer(), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_number", sa.String(length=64), nullable=True),
        sa.Column("served_on", sa.Date(), nullable=True),
        sa.Column("paid_fen", sa.Integer(), nullable=False),
        sa.Column("late_fee_fen", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("payment_ref", sa.String(length=64), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        *_sync_columns(),
    )
    with op.batch_alter_table("enforcement_case") as batch_op:
        batch_op.create_index("ix_enforcement_case_township_id", ["township_id"], unique=False)
        batch_op.create_index(
            "ix_enforcement_case_status", ["status", "discovered_on"], unique=False
        )
        batch_op.create_index("ix_enforcement_case_discovered", ["discovered_on"], unique=False)
        batch_op.create_index(
            "ix_enforcement_case_procedure", ["procedure", "discovered_on"], unique=False
        )
        batch_op.create_index("ux_enforcement_case_number", ["township_id", "number"], unique=True)
        batch_op.create_index(
            "ix_enforcement_case_item", ["item_code", "discovered_on"], unique=False
        )
        batch_op.create_index(
            "ix_enforcement_case_year_seq", ["number_year", "procedure", "number_seq"], unique=False
        )

    op.create_table(
        "case_party",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("party_type", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("uscc", sa.String(length=18), nullable=True),
        sa.Column("legal_rep", sa.String(length=64), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_party") as batch_op:
        batch_op.create_index("ix_case_party_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_party_township_id", ["township_id"], unique=False)

    op.create_table(
        "case_item",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column("item_code", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_item") as batch_op:
        batch_op.create_index("ix_case_item_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_item_item_code", ["item_code"], unique=False)
        batch_op.create_index("ix_case_item_township_id", ["township_id"], unique=False)

    op.create_table(
        "case_handler",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column(
            "staff_id", sa.String(length=36), sa.ForeignKey("staff_member.id"), nullable=False
        ),
        sa.Column("lead", sa.Boolean(), nullable=False),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_handler") as batch_op:
        batch_op.create_index("ix_case_handler_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_handler_staff_id", ["staff_id"], unique=False)
        batch_op.create_index("ix_case_handler_township_id", ["township_id"], unique=False)

    op.create_table(
        "case_step",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column("move", sa.String(length=24), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("by_staff_id", sa.String(length=36), nullable=True),
        sa.Column("by_name", sa.String(length=64), nullable=False),
        sa.Column("document_ref", sa.String(length=128), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_step") as batch_op:
        batch_op.create_index("ix_case_step_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_step_township_id", ["township_id"], unique=False)

    op.create_table(
        "case_pause",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_pause") as batch_op:
        batch_op.create_index("ix_case_pause_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_pause_township_id", ["township_id"], unique=False)

    op.create_table(
        "case_extension",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column(
            "approved_by", sa.String(length=36), sa.ForeignKey("staff_member.id"), nullable=False
        ),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_extension") as batch_op:
        batch_op.create_index("ix_case_extension_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_extension_township_id", ["township_id"], unique=False)

    op.create_table(
        "case_deadline",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.Column("met_at", sa.DateTime(), nullable=True),
        sa.Column("transfer_id", sa.String(length=36), nullable=True),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_deadline") as batch_op:
        batch_op.create_index("ix_case_deadline_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_deadline_township_id", ["township_id"], unique=False)
        batch_op.create_index("ix_case_deadline_open_due", ["met_at", "due_on"], unique=False)

    op.create_table(
        "evidence",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=False
        ),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("captured_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_sync_columns(),
    )
    with op.batch_alter_table("evidence") as batch_op:
        batch_op.create_index("ix_evidence_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_evidence_sha256", ["sha256"], unique=False)
        batch_op.create_index("ix_evidence_township_id", ["township_id"], unique=False)

    op.create_table(
        "case_transfer",
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=True
        ),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("counterpart", sa.String(length=128), nullable=False),
        sa.Column("to_police", sa.Boolean(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=36), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("letter_number", sa.String(length=64), nullable=True),
        *_sync_columns(),
    )
    with op.batch_alter_table("case_transfer") as batch_op:
        batch_op.create_index("ix_case_transfer_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_case_transfer_township_id", ["township_id"], unique=False)

    op.create_table(
        "joint_action",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=128), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.Column("reported_at", sa.DateTime(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("lead_department", sa.String(length=128), nullable=False),
        sa.Column("departments", sa.Text(), nullable=False),
        *_sync_columns(),
    )
    with op.batch_alter_table("joint_action") as batch_op:
        batch_op.create_index("ix_joint_action_township_id", ["township_id"], unique=False)

    op.create_table(
        "joint_action_case",
        sa.Column(
            "joint_action_id",
            sa.String(length=36),
            sa.ForeignKey("joint_action.id"),
            nullable=False,
        ),
        sa.Column("department", sa.String(length=128), nullable=False),
        sa.Column(
            "case_id", sa.String(length=36), sa.ForeignKey("enforcement_case.id"), nullable=True
        ),
        sa.Column("case_number", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_sync_columns(),
    )
    with op.batch_alter_table("joint_action_case") as batch_op:
        batch_op.create_index(
            "ix_joint_action_case_joint_action_id", ["joint_action_id"], unique=False
        )
        batch_op.create_index("ix_joint_action_case_township_id", ["township_id"], unique=False)

    for statement in FTS_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in FTS_DROPS:
        op.execute(statement)
    for table in reversed(TABLES):
        op.drop_table(table)
