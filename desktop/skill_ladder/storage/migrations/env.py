"""Alembic environment: always run programmatically by `skill_ladder.storage.database`,
with the connection handed over in `config.attributes["connection"]`."""

from alembic import context

from skill_ladder.storage.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
