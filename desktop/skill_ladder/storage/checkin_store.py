"""Check-ins' rows: made (every requirement frozen with its rating), listed, renamed, deleted,
and their frozen items read; the frozen texts kept once each (`tables.checkin_texts`, schema
0003). Core statements on the caller's connection (`services/checkins.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Row,
    String,
    bindparam,
    delete,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from skill_ladder.storage.tables import (
    checkin_items,
    checkin_texts,
    checkins,
    frameworks,
    levels,
    ratings,
    requirements,
    roles,
    skills,
)

_CHUNK = 500


def text_ids(connection: Connection, raw_texts: Sequence[str]) -> list[int]:
    """The id of each text (its JSON as stored), in order; those not kept yet are added."""
    import hashlib  # not at start: only a check-in or a data import gets here

    digests = [hashlib.sha1(raw.encode("utf-8")).hexdigest() for raw in raw_texts]
    wanted = list(dict.fromkeys(digests))
    known = _known(connection, wanted)
    missing = {d: raw for d, raw in zip(digests, raw_texts, strict=True) if d not in known}
    if missing:
        # The JSON as it is: bound as text, not encoded again by the column's JSON type.
        add = sqlite_insert(checkin_texts).values(
            digest=bindparam("digest"), text=bindparam("raw", type_=String)
        )
        connection.execute(
            add.on_conflict_do_nothing(index_elements=[checkin_texts.c.digest]),
            [{"digest": d, "raw": raw} for d, raw in missing.items()],
        )
        known.update(_known(connection, list(missing)))
    return [known[d] for d in digests]


def _known(connection: Connection, digests: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(digests), _CHUNK):
        query = select(checkin_texts.c.digest, checkin_texts.c.id).where(
            checkin_texts.c.digest.in_(digests[i : i + _CHUNK])
        )
        found.update({digest: text_id for digest, text_id in connection.execute(query)})
    return found


def drop_unused(connection: Connection) -> None:
    """Forget the texts no check-in refers to any more (after one was deleted)."""
    used = select(checkin_items.c.text_id)
    connection.execute(delete(checkin_texts).where(checkin_texts.c.id.not_in(used)))


def coverage(connection: Connection) -> tuple[int, int]:
    """(rated, total) over every installed requirement: what a check-in made now would
    freeze, and how many of those have a rating (as `CheckinService.create` counts them)."""
    total = connection.execute(select(func.count()).select_from(requirements)).scalar_one()
    rated = connection.execute(
        select(func.count())
        .select_from(requirements)
        .join(ratings, ratings.c.requirement_key == requirements.c.key)
        .where(ratings.c.value.is_not(None))
    ).scalar_one()
    return int(rated), int(total)


Frozen = Row[Any]  # a frozen check-in item: the columns of _FROZEN_COLUMNS (and its text)
_FROZEN_COLUMNS = (
    checkin_items.c.checkin_id,
    checkin_items.c.requirement_key,
    checkin_items.c.skill_key,
    checkin_items.c.role_key,
    checkin_items.c.level_key,
    checkin_items.c.level_position,
    checkin_items.c.position,
    checkin_items.c.required,
    checkin_items.c.value,
    checkin_items.c.note,
)
# the JSON as stored: decoded (`_texts`) only for the items that are shown
_FROZEN_TEXT = type_coerce(checkin_texts.c.text, String).label("text")


def freeze(connection: Connection, created: datetime, note: str) -> tuple[int, int]:
    """A new check-in: every installed requirement frozen (text, flag, place, version) with
    its rating. Returns its id and how many items are rated."""
    snapshot = connection.execute(
        select(
            requirements.c.key,
            frameworks.c.key,
            skills.c.key,
            skills.c.version,
            roles.c.key,
            levels.c.key,
            levels.c.position,
            requirements.c.position,
            requirements.c.required,
            type_coerce(requirements.c.text, String).label("raw"),  # JSON as stored
            ratings.c.value,
            ratings.c.note,
        )
        .join(skills, requirements.c.skill_id == skills.c.id)
        .join(frameworks, skills.c.framework_id == frameworks.c.id)
        .join(roles, requirements.c.role_id == roles.c.id)
        .join(levels, requirements.c.level_id == levels.c.id)
        .outerjoin(ratings, ratings.c.requirement_key == requirements.c.key)
    ).all()
    ids = text_ids(connection, [row.raw for row in snapshot])
    rated = sum(1 for row in snapshot if row.value is not None)
    added = connection.execute(insert(checkins).values(created_at=created, note=note, rated=rated))
    checkin_id = int(added.lastrowid)
    items = [
        {
            "checkin_id": checkin_id,
            "requirement_key": key,
            "framework_key": framework,
            "skill_key": skill,
            "skill_version": version,
            "role_key": role,
            "level_key": level,
            "level_position": level_position,
            "position": position,
            "required": required,
            "text_id": text_id,
            "value": value,
            "note": note_text or "",
        }
        for (
            key,
            framework,
            skill,
            version,
            role,
            level,
            level_position,
            position,
            required,
            _text,
            value,
            note_text,
        ), text_id in zip(snapshot, ids, strict=True)
    ]
    if items:
        connection.execute(insert(checkin_items), items)
    return checkin_id, rated


_ALL_CHECKINS = select(
    checkins.c.id, checkins.c.created_at, checkins.c.note, checkins.c.rated
).order_by(checkins.c.created_at, checkins.c.id)  # made once: the list is read at every change


def all_checkins(connection: Connection) -> Sequence[Row[int, datetime, str, int]]:
    """(id, created_at, note, rated) of every check-in, oldest first."""
    return connection.execute(_ALL_CHECKINS).all()


def exists(connection: Connection, checkin_id: int) -> bool:
    return connection.scalar(select(checkins.c.id).where(checkins.c.id == checkin_id)) is not None


def rename(connection: Connection, checkin_id: int, note: str) -> bool:
    renamed = connection.execute(
        update(checkins).where(checkins.c.id == checkin_id).values(note=note)
    )
    return bool(renamed.rowcount)


def delete_checkin(connection: Connection, checkin_id: int) -> bool:
    """Its items, itself, and the texts only it used; False when there is no such check-in."""
    connection.execute(delete(checkin_items).where(checkin_items.c.checkin_id == checkin_id))
    gone = connection.execute(delete(checkins).where(checkins.c.id == checkin_id))
    if not gone.rowcount:
        return False
    drop_unused(connection)
    return True


def frozen(
    connection: Connection,
    framework: str,
    skills_in: Sequence[str],
    role: str | None,
    *,
    checkin_id: int | None = None,
    texts: bool = True,
) -> list[Frozen]:
    """Frozen items of a framework (of some skills, of `role` only, of one check-in, when
    given) as plain rows, their texts still JSON: a check-in of a large framework holds
    18,000 items, and only those shown are decoded."""
    query = select(*_FROZEN_COLUMNS).where(checkin_items.c.framework_key == framework)
    if texts:
        query = query.add_columns(_FROZEN_TEXT).join(
            checkin_texts, checkin_items.c.text_id == checkin_texts.c.id
        )
    if skills_in:
        query = query.where(checkin_items.c.skill_key.in_(skills_in))
    if role is not None:
        query = query.where(checkin_items.c.role_key == role)
    if checkin_id is not None:
        query = query.where(checkin_items.c.checkin_id == checkin_id)
    return cast(list[Frozen], connection.execute(query).all())
