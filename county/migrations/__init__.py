"""Alembic migrations of the county PostgreSQL database (run by county.migrate)."""
