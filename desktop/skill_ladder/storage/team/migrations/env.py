"""Alembic environment of the team schema: run only by `storage.team.setup.initialise`, on the
connection it hands over (`config.attributes["connection"]`), as the owner role. The version
table is `skill_ladder.alembic_version`, apart from the SQLite history in storage/migrations."""

from alembic import context

from skill_ladder.storage.team.tables import SCHEMA, metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table_schema=SCHEMA,
    include_schemas=True,
)
with context.begin_transaction():
    context.run_migrations()
