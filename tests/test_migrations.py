"""The migration chain: one head, read without Alembic, matching Alembic's own answer,
and the migrated schema equal to the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.context import AppContext
from local_db import migrate
from local_db.models import Base


def test_fast_head_matches_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()


def test_migrated_schema_matches_models(ctx: AppContext) -> None:
    assert migrate.current_revision(ctx.db.write_engine) == migrate.head_revision()
    with ctx.db.write_engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # FTS5 shadow tables are created by migrations, not models: ignore them.
    diffs = [d for d in diffs if not (d[0] == "remove_table" and "_fts" in d[1].name)]
    assert diffs == []
