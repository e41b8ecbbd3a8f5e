"""Read-only service functions over a DB-API sqlite3 connection, without SQLAlchemy.

The desktop's first page (工作台) is computed with these right at start-up, before the ORM is
imported (ui.first_page); the services answer the same questions by calling the same
functions through their session's connection (Database.dbapi_read), so each query is
written once. Modules here import only the standard library, app.rules, app.actor,
app.errors and local_db.rawsql (tests/test_light_imports.py checks it).
"""
