"""Alembic migrations of the local store (applied at start, after a backup)."""
