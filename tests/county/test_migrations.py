"""County Alembic migrations: one chain, found relative to the package; a new database
migrated to head equals the county models; a database made by create_all before migrations
existed is stamped at the baseline and upgraded; `squaddesk-county migrate` reports it."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

import county
from county import cli as county_cli
from county import migrate
from county.db import Base, make_engine
from county.pgcluster import ThrowawayCluster


def test_script_location_is_inside_the_package() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert str(migrate.MIGRATIONS_DIR).startswith(str(county.__path__[0]))
    assert len(script.get_heads()) == 1
    assert [r.revision for r in script.walk_revisions()][-1] == migrate.BASELINE


def test_migrated_schema_equals_models(county_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(county_url)
    try:
        assert migrate.current_revision(engine) is None
        assert county_cli.main(["--database-url", county_url, "migrate"]) == 0
        assert "→" in capsys.readouterr().out
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            assert diffs == []
            # sequences are not compared by alembic: the feed sequence exists and is used
            assert conn.execute(text("SELECT nextval('feed_seq')")).scalar_one() >= 1
        assert county_cli.main(["--database-url", county_url, "migrate"]) == 0  # idempotent
        assert "已是最新" in capsys.readouterr().out
    finally:
        engine.dispose()


def test_legacy_create_all_database_is_stamped_and_upgraded(
    pg_cluster: ThrowawayCluster, county_url: str
) -> None:
    engine = make_engine(county_url)
    try:
        # what create_all made before migrations existed: every table of the baseline
        later = {"county_file", "county_file_chunk", "county_admin", "county_setting", "township_key"}
        legacy = [t for name, t in Base.metadata.tables.items() if name not in later]
        Base.metadata.create_all(engine, tables=legacy)
        before, after = migrate.upgrade(engine)
        assert (before, after) == (migrate.BASELINE, migrate.head_revision())
        assert later <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
