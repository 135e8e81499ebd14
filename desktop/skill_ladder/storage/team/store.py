"""The queries of team actions, on a connection of `TeamDatabase.transaction()`. Row-level
security decides whose rows a query sees; these functions never filter by login for safety,
only for meaning (a member's own shares)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from skill_ladder.errors import InvalidInput, TeamFailure
from skill_ladder.storage.team.setup import ADMIN, GROUPS, MANAGER, MEMBER
from skill_ladder.storage.team.tables import (
    checkins,
    frameworks,
    notes,
    people,
    ratings,
    standings,
)


@dataclass(frozen=True)
class Rights:
    login: str
    member: bool
    manager: bool
    admin: bool


def rights(connection: Connection) -> Rights:
    row = connection.execute(
        text(
            "SELECT session_user,"
            f" pg_has_role(session_user, '{MEMBER}', 'USAGE'),"
            f" pg_has_role(session_user, '{MANAGER}', 'USAGE'),"
            f" pg_has_role(session_user, '{ADMIN}', 'USAGE')"
        )
    ).one()
    return Rights(str(row[0]), bool(row[1]), bool(row[2]), bool(row[3]))


def require(held: Rights, what: str) -> Rights:
    """`held`, refused in one line unless it holds `what` (member, manager or admin)."""
    if what == "member" and not held.member:
        raise TeamFailure("team.not_on_team", login=held.login)
    if what == "manager" and not (held.manager or held.admin):
        raise TeamFailure("team.not_manager", login=held.login)
    if what == "admin" and not held.admin:
        raise TeamFailure("team.not_admin", login=held.login)
    return held


_CHECKED = (
    "SELECT v.version_num, session_user,"
    f" pg_has_role(session_user, '{MEMBER}', 'USAGE'),"
    f" pg_has_role(session_user, '{MANAGER}', 'USAGE'),"
    f" pg_has_role(session_user, '{ADMIN}', 'USAGE')"
    " FROM skill_ladder.alembic_version v"
)


def checked_rights(connection: Connection) -> tuple[str, Rights]:
    """The server's schema revision and the login's rights in one round trip (every team
    action starts with it). Fails, as the database says, on a server without the schema or
    a login without the right to read it: `setup.check_version` then says which."""
    row = connection.execute(text(_CHECKED)).one()
    return str(row[0]), Rights(str(row[1]), bool(row[2]), bool(row[3]), bool(row[4]))


# -- people ------------------------------------------------------------------------------------
def add_person(
    connection: Connection, login: str, name: str, manager: str | None, team_role: str
) -> bool:
    """Adds (or updates) a person and gives their login the group role of `team_role`
    (and takes the others back). True when the person is new."""
    if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login}) is None:
        raise InvalidInput("team.login_unknown", login=login)
    if manager is not None:
        if manager == login:
            raise InvalidInput("team.own_manager", login=login)
        if connection.scalar(select(people.c.login).where(people.c.login == manager)) is None:
            raise InvalidInput("team.manager_unknown", login=manager)
    statement = pg_insert(people).values(
        login=login, name=name, manager=manager, team_role=team_role
    )
    added = connection.execute(
        statement.on_conflict_do_update(
            index_elements=[people.c.login],
            set_={"name": name, "manager": manager, "team_role": team_role},
        ).returning(text("xmax = 0"))
    ).scalar_one()
    quoted = connection.dialect.identifier_preparer.quote(login)
    connection.execute(text(f"GRANT {GROUPS[team_role]} TO {quoted}"))
    for role, group in GROUPS.items():
        if role != team_role:
            connection.execute(text(f"REVOKE {group} FROM {quoted}"))
    return bool(added)


def list_people(connection: Connection) -> list[Any]:
    return list(
        connection.execute(
            select(people.c.login, people.c.name, people.c.manager, people.c.team_role).order_by(
                people.c.login
            )
        ).all()
    )


# -- frameworks --------------------------------------------------------------------------------
def publish(
    connection: Connection, key: str, versions: dict[str, int], document: bytes, when: datetime
) -> None:
    values = {"versions": versions, "document": document, "published_at": when}
    connection.execute(
        pg_insert(frameworks)
        .values(key=key, **values)
        .on_conflict_do_update(
            index_elements=[frameworks.c.key],
            set_={**values, "published_by": text("session_user")},
        )
    )


def published_keys(connection: Connection) -> list[str]:
    return list(connection.scalars(select(frameworks.c.key).order_by(frameworks.c.key)))


def published(connection: Connection) -> list[Any]:
    return list(
        connection.execute(
            select(frameworks.c.key, frameworks.c.versions, frameworks.c.document).order_by(
                frameworks.c.key
            )
        ).all()
    )


# -- sharing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SharedStanding:
    framework: str
    role: str
    estimated_level: str | None
    levels: list[dict[str, Any]]


def share(
    connection: Connection,
    local_id: int,
    created_at: datetime,
    rated: Sequence[tuple[str, str, int]],  # (framework, requirement key, value)
    noted: Sequence[tuple[str, str]],  # (requirement key, note); empty unless notes are shared
    shared_standings: Sequence[SharedStanding],
) -> bool:
    """Shares one check-in, all of it or nothing. False (and nothing written) when it was
    shared already."""
    new_id = connection.execute(
        pg_insert(checkins)
        .values(local_id=local_id, created_at=created_at, notes_shared=1 if noted else 0)
        .on_conflict_do_nothing(index_elements=[checkins.c.login, checkins.c.local_id])
        .returning(checkins.c.id)
    ).scalar()
    if new_id is None:
        return False
    if rated:
        connection.execute(
            insert(ratings),
            [
                {"checkin_id": new_id, "framework": f, "requirement_key": k, "value": v}
                for f, k, v in rated
            ],
        )
    if noted:
        connection.execute(
            insert(notes),
            [{"checkin_id": new_id, "requirement_key": k, "note": n} for k, n in noted],
        )
    if shared_standings:
        connection.execute(
            insert(standings),
            [
                {
                    "checkin_id": new_id,
                    "framework": s.framework,
                    "created_at": created_at,
                    "role": s.role,
                    "estimated_level": s.estimated_level,
                    "levels": s.levels,
                }
                for s in shared_standings
            ],
        )
    return True


def my_shares(connection: Connection) -> list[Any]:
    """The connected login's shared check-ins, newest first, with what each holds."""
    counted = (
        select(func.count())
        .select_from(ratings)
        .where(ratings.c.checkin_id == checkins.c.id)
        .scalar_subquery()
    )
    kinds = (
        select(func.coalesce(func.array_agg(standings.c.framework), text("'{}'::text[]")))
        .where(standings.c.checkin_id == checkins.c.id)
        .scalar_subquery()
    )
    return list(
        connection.execute(
            select(
                checkins.c.local_id,
                checkins.c.created_at,
                checkins.c.shared_at,
                checkins.c.notes_shared,
                counted.label("ratings"),
                kinds.label("frameworks"),
            )
            .where(checkins.c.login == func.session_user())
            .order_by(checkins.c.created_at.desc())
        ).all()
    )


def shared_created_at(connection: Connection, local_id: int) -> datetime | None:
    """When the connected login's shared check-in with this number was made (None: none)."""
    found: datetime | None = connection.execute(
        select(checkins.c.created_at).where(
            checkins.c.login == func.session_user(), checkins.c.local_id == local_id
        )
    ).scalar()
    return found


def unshare(connection: Connection, local_id: int) -> bool:
    gone = connection.execute(
        delete(checkins).where(
            checkins.c.login == func.session_user(), checkins.c.local_id == local_id
        )
    )
    return bool(gone.rowcount)


# -- what managers see -------------------------------------------------------------------------
_LATEST = """
SELECT p.login, p.name, p.manager, s.role, s.estimated_level, s.levels, c.shared_at
FROM skill_ladder.people p
LEFT JOIN LATERAL (
    SELECT checkin_id, role, estimated_level, levels FROM skill_ladder.standings
    WHERE framework = :framework AND login = p.login
    ORDER BY created_at DESC LIMIT 1
) s ON true
LEFT JOIN skill_ladder.checkins c ON c.id = s.checkin_id
WHERE p.login IN (SELECT skill_ladder.my_reports())
ORDER BY p.login
"""


def team_status(connection: Connection, framework: str) -> list[Any]:
    """One row per person reporting to the connected login (directly or not): their last
    shared standing for `framework` (None where they shared none)."""
    return list(connection.execute(text(_LATEST), {"framework": framework}).all())


_LAST_TWO = """
SELECT s.login, s.checkin_id, s.created_at, s.role, s.estimated_level, s.levels
FROM skill_ladder.people p
CROSS JOIN LATERAL (
    SELECT login, checkin_id, created_at, role, estimated_level, levels
    FROM skill_ladder.standings
    WHERE framework = :framework AND login = p.login
    ORDER BY created_at DESC LIMIT 2
) s
WHERE p.login IN (SELECT skill_ladder.my_reports())
ORDER BY s.login, s.created_at
"""


def last_two(connection: Connection, framework: str) -> tuple[list[Any], list[Any]]:
    """Each report's last two shared standings for `framework` (oldest first) and the ratings
    of those check-ins in that framework."""
    rows = list(connection.execute(text(_LAST_TWO), {"framework": framework}).all())
    ids = [row.checkin_id for row in rows]
    rated = (
        list(
            connection.execute(
                select(ratings.c.checkin_id, ratings.c.requirement_key, ratings.c.value).where(
                    ratings.c.checkin_id.in_(ids), ratings.c.framework == framework
                )
            ).all()
        )
        if ids
        else []
    )
    return rows, rated
