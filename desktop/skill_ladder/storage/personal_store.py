"""Small personal records: the person's name, my role and target levels, follows and proposals.

Core statements on `tables`; functions take an open `Connection`."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, Row, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from skill_ladder.storage.tables import follows, my_roles, person, proposals, targets


def get_value(connection: Connection, key: str) -> str:
    value = connection.scalar(select(person.c.value).where(person.c.key == key))
    return "" if value is None else str(value)


def set_value(connection: Connection, key: str, value: str) -> None:
    row = sqlite_insert(person).values(key=key, value=value)
    connection.execute(
        row.on_conflict_do_update(index_elements=[person.c.key], set_={"value": value})
    )


DISMISSED = "dismissed_profiles"


def dismissed(connection: Connection) -> set[str]:
    """Skill profiles the person removed: bundled ones are not brought back at start."""
    raw = get_value(connection, DISMISSED)
    return set(json.loads(raw)) if raw else set()


def set_dismissed(connection: Connection, keys: set[str]) -> None:
    set_value(connection, DISMISSED, json.dumps(sorted(keys)))


MADE_HERE = "ladders_made_here"


def made_here(connection: Connection) -> set[str]:
    """Frameworks made in the app's ladder editor (issue 16): only these are edited in place."""
    raw = get_value(connection, MADE_HERE)
    return set(json.loads(raw)) if raw else set()


def set_made_here(connection: Connection, keys: set[str]) -> None:
    set_value(connection, MADE_HERE, json.dumps(sorted(keys)))


def _target(framework: str, role: str) -> ColumnElement[bool]:
    return (targets.c.framework_key == framework) & (targets.c.role_key == role)


def get_target(connection: Connection, framework: str, role: str) -> str | None:
    return connection.scalar(select(targets.c.level_key).where(_target(framework, role)))


def set_target(connection: Connection, framework: str, role: str, level: str | None) -> None:
    if level is None:
        connection.execute(delete(targets).where(_target(framework, role)))
        return
    row = sqlite_insert(targets).values(framework_key=framework, role_key=role, level_key=level)
    connection.execute(
        row.on_conflict_do_update(
            index_elements=[targets.c.framework_key, targets.c.role_key],
            set_={"level_key": level},
        )
    )


def get_my_role(connection: Connection, framework: str) -> str | None:
    return connection.scalar(
        select(my_roles.c.role_key).where(my_roles.c.framework_key == framework)
    )


def set_my_role(connection: Connection, framework: str, role: str | None) -> None:
    if role is None:
        connection.execute(delete(my_roles).where(my_roles.c.framework_key == framework))
        return
    row = sqlite_insert(my_roles).values(framework_key=framework, role_key=role)
    connection.execute(
        row.on_conflict_do_update(
            index_elements=[my_roles.c.framework_key], set_={"role_key": role}
        )
    )


def followed(connection: Connection) -> set[str]:
    return set(connection.scalars(select(follows.c.skill_key)))


def set_followed(connection: Connection, skill: str, follow: bool, now: datetime) -> None:
    if follow:  # following again keeps the first date
        row = sqlite_insert(follows).values(skill_key=skill, since=now)
        connection.execute(row.on_conflict_do_nothing(index_elements=[follows.c.skill_key]))
    else:
        connection.execute(delete(follows).where(follows.c.skill_key == skill))


def add_proposal(
    connection: Connection, requirement: str, proposed: str, reason: str, now: datetime
) -> int:
    """The new proposal's id."""
    added = connection.execute(
        insert(proposals).values(
            requirement_key=requirement, proposed_text=proposed, reason=reason, created_at=now
        )
    )
    return int(added.lastrowid)


def all_proposals(connection: Connection) -> list[Row[int, str, str, str, datetime]]:
    """(id, requirement_key, proposed_text, reason, created_at), oldest first."""
    return list(
        connection.execute(
            select(
                proposals.c.id,
                proposals.c.requirement_key,
                proposals.c.proposed_text,
                proposals.c.reason,
                proposals.c.created_at,
            ).order_by(proposals.c.created_at, proposals.c.id)
        )
    )


def delete_proposal(connection: Connection, proposal_id: int) -> bool:
    return bool(connection.execute(delete(proposals).where(proposals.c.id == proposal_id)).rowcount)
