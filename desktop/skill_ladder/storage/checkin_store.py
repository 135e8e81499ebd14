"""Frozen texts of check-ins, kept once each (`tables.checkin_texts`, schema 0003)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, String, bindparam, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from skill_ladder.storage.tables import checkin_items, checkin_texts, ratings, requirements

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
