"""County sync server (FastAPI on PostgreSQL) — see DESIGN.md "County server"."""
