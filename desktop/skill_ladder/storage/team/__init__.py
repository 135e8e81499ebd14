"""The team's PostgreSQL database (schema `skill_ladder`): its connection, Core tables, the
group roles and row-level security, its own Alembic history, and the queries team actions run.

Nothing here is imported before the first team action: psycopg and SQLAlchemy's PostgreSQL
dialect load then, never at the app's start."""
