"""Local SQLite store: SQLAlchemy models, migrations, repositories and the unit of work."""
