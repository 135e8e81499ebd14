"""SQLAlchemy 2 models, the SQLite engine, repositories and Alembic migrations. No Qt."""
