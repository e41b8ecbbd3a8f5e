"""The tr01 migration builds exactly the tables local_db/models_training.py describes."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import local_db.models_training  # noqa: F401 - registers the training tables on Base.metadata
from app.context import AppContext
from app.store import open_store
from local_db import migrate
from local_db.models import Base

TABLES = {"training_event", "training_attendance", "annual_assessment"}


def _table_of(diff: object) -> str | None:
    """Name of the table an autogenerate diff entry concerns."""
    if isinstance(diff, list):  # column modifications: a list of ("modify_…", schema, table, …)
        return _table_of(diff[0])
    assert isinstance(diff, tuple)
    kind = diff[0]
    if kind in ("add_table", "remove_table"):
        return str(diff[1].name)
    if kind in ("add_column", "remove_column") or kind.startswith("modify_"):
        return str(diff[2])
    if kind in ("add_fk", "remove_fk"):
        return str(diff[1].parent.name)
    table = getattr(diff[1], "table", None)  # indexes and constraints
    return str(table.name) if table is not None else None


def test_schema_after_open_store_matches_the_models(ctx: AppContext) -> None:
    with ctx.db.write_engine.connect() as conn:
        mc = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        diffs = compare_metadata(mc, Base.metadata)
        present = set(inspect(conn).get_table_names())
    assert TABLES <= present
    assert all(_table_of(d) for d in diffs), diffs  # every diff understood
    assert [d for d in diffs if _table_of(d) in TABLES] == []


def test_downgrade_removes_the_tables_and_upgrade_brings_them_back(tmp_path: Path) -> None:
    ctx = open_store(tmp_path / "m.sqlite3")
    try:
        engine = ctx.db.write_engine
        below = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("tr01")
        assert below is not None
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, str(below.down_revision))
        with engine.connect() as conn:
            assert not TABLES & set(inspect(conn).get_table_names())
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert TABLES <= set(inspect(conn).get_table_names())
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        ctx.db.dispose()
