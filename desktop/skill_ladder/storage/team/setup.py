"""`team init`: the group roles, the NOLOGIN owner, the schema `skill_ladder` and its Alembic
history (apart from the SQLite one), run as the owner; and the check every other team action
makes that the server and the app are at the same schema version."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from skill_ladder.errors import TeamFailure
from skill_ladder.storage.team.tables import SCHEMA

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
OWNER = "skill_ladder_owner"
MEMBER = "skill_ladder_member"
MANAGER = "skill_ladder_manager"
ADMIN = "skill_ladder_admin"
GROUPS = {"member": MEMBER, "manager": MANAGER, "admin": ADMIN}
# The revisions this app knows, oldest first; the last is the one it works with.
REVISIONS = ("t0001", "t0002")
HEAD = REVISIONS[-1]


def server_revision(connection: Connection) -> str | None:
    """The team schema's revision on the server, None where `team init` never ran. A login
    that is on no team cannot read it: that is said as such."""
    schema = connection.scalar(text("SELECT 1 FROM pg_namespace WHERE nspname = 'skill_ladder'"))
    if schema is None:
        return None
    if not connection.scalar(text("SELECT has_schema_privilege('skill_ladder', 'USAGE')")):
        raise TeamFailure("team.not_on_team", login=connection.scalar(text("SELECT session_user")))
    if not connection.scalar(text("SELECT to_regclass('skill_ladder.alembic_version')")):
        return None
    value = connection.scalar(text("SELECT version_num FROM skill_ladder.alembic_version"))
    return None if value is None else str(value)


def check_version(connection: Connection) -> None:
    """Refuses, in one line, a server without the schema or at another version."""
    require_head(server_revision(connection))


def require_head(found: str | None) -> None:
    if found is None:
        raise TeamFailure("team.not_initialised")
    if found == HEAD:
        return
    if found in REVISIONS:
        raise TeamFailure("team.server_older", server=found, app=HEAD)
    raise TeamFailure("team.server_newer", server=found, app=HEAD)


def _role_exists(connection: Connection, name: str) -> bool:
    found = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found is not None


def initialise(connection: Connection, *, target: str = HEAD) -> tuple[str | None, str]:
    """Roles, schema and migrations up to `target`, in the caller's transaction; returns the
    revisions before and after. Needs a login with CREATEROLE that may create schemas in the
    database (its owner, usually)."""
    login = str(connection.scalar(text("SELECT session_user")))
    can = connection.scalar(
        text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user")
    )
    if not can:
        raise TeamFailure("team.init_needs_createrole", login=login)
    before = server_revision(connection)
    if before is not None and before not in REVISIONS:
        raise TeamFailure("team.server_newer", server=before, app=HEAD)
    for role in (OWNER, MEMBER, MANAGER, ADMIN):
        if not _role_exists(connection, role):
            connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    connection.execute(text(f"GRANT {MEMBER} TO {MANAGER}, {ADMIN}"))
    quoted = connection.dialect.identifier_preparer.quote(login)
    # The owner's rights only for this transaction: granted, used, taken back before commit.
    connection.execute(text(f"GRANT {OWNER} TO {quoted}"))
    connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA} AUTHORIZATION {OWNER}"))
    connection.execute(text(f"SET LOCAL ROLE {OWNER}"))
    _migrate(connection, target)
    connection.execute(text("RESET ROLE"))
    connection.execute(text(f"GRANT {ADMIN} TO {quoted}"))
    connection.execute(
        text(
            "INSERT INTO skill_ladder.people (login, name, team_role)"
            " VALUES (session_user, session_user, 'admin') ON CONFLICT (login) DO NOTHING"
        )
    )
    connection.execute(text(f"REVOKE {OWNER} FROM {quoted}"))
    return before, target


def _migrate(connection: Connection, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("version_table_schema", SCHEMA)
    config.attributes["connection"] = connection
    command.upgrade(config, target)
