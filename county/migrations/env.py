"""Alembic environment of the county database: runs migrations on the connection handed
over by county.migrate (or, from the alembic CLI, on `sqlalchemy.url`)."""

from __future__ import annotations

from alembic import context

from county.db import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached from the alembic CLI
    from county.db import make_engine

    connection = make_engine(config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    context.run_migrations()
