"""The person's ratings and notes: current state plus an append-only history.

Core statements on `tables`; functions take an open `Connection`."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Literal

from sqlalchemy import Connection, Row, bindparam, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from skill_ladder.domain.rating import Rating
from skill_ladder.storage.tables import rating_events, ratings, requirements


class Unchanged(Enum):
    KEEP = "keep"


KEEP = Unchanged.KEEP


@dataclass(frozen=True)
class StoredRating:
    value: Rating | None
    note: str
    rated_fingerprint: str | None


_CHUNK = 500
_ALL_BEYOND = 2_000  # past this many keys one full scan beats many IN (...) queries
_FEW = 64  # up to this many keys one IN (...) query is cheaper than counting first


def _rated(connection: Connection) -> int:
    """How many ratings exist: when not many more than the keys asked for, reading them all
    beats binding every key into IN (...) lists (a role of a large framework asks for 1,800
    keys while a person has rated a few dozen)."""
    return connection.scalar(select(func.count()).select_from(ratings)) or 0


def load_ratings(
    connection: Connection, keys: Collection[str] | None = None
) -> dict[str, StoredRating]:
    """Current ratings, of the given requirement keys only or of all."""
    columns = select(
        ratings.c.requirement_key, ratings.c.value, ratings.c.note, ratings.c.rated_fingerprint
    )
    batches: list[Sequence[Row[str, int | None, str, str | None]]]
    if (
        keys is None
        or len(keys) > _ALL_BEYOND
        or (len(keys) > _FEW and _rated(connection) <= 2 * len(keys))
    ):
        wanted = None if keys is None else set(keys)
        batches = [
            [row for row in connection.execute(columns) if wanted is None or row[0] in wanted]
        ]
    else:
        ordered = list(keys)
        batches = [
            connection.execute(
                columns.where(ratings.c.requirement_key.in_(ordered[i : i + _CHUNK]))
            ).all()
            for i in range(0, len(ordered), _CHUNK)
        ]
    return {
        key: StoredRating(None if value is None else Rating(value), note, fingerprint)
        for batch in batches
        for key, value, note, fingerprint in batch
    }


_FINGERPRINT = select(requirements.c.fingerprint).where(requirements.c.key == bindparam("key"))
_HISTORY = insert(rating_events).values(
    requirement_key=bindparam("key"),
    value=bindparam("value"),
    note=bindparam("note"),
    at=bindparam("now"),
)


def _upsert(set_value: bool, set_note: bool) -> Any:
    """INSERT ... ON CONFLICT DO UPDATE of one rating, changing only what was given (built
    once per shape; SQLAlchemy caches the SQL). Not RETURNING: that needs SQLite 3.35, and
    Python may be linked with an older one (upserts need 3.24)."""
    row = sqlite_insert(ratings).values(
        requirement_key=bindparam("key"),
        value=bindparam("value"),
        note=bindparam("note"),
        rated_fingerprint=bindparam("fingerprint"),
        updated_at=bindparam("now"),
    )
    changed = ["updated_at"]
    if set_value:
        changed += ["value", "rated_fingerprint"]
    if set_note:
        changed.append("note")
    return row.on_conflict_do_update(
        index_elements=[ratings.c.requirement_key],
        set_={name: row.excluded[name] for name in changed},
    )


_UPSERTS = {(v, n): _upsert(v, n) for v in (False, True) for n in (False, True) if v or n}
_STORED = select(ratings.c.value, ratings.c.note, ratings.c.rated_fingerprint).where(
    ratings.c.requirement_key == bindparam("key")
)


def current(connection: Connection, requirement_key: str) -> tuple[Rating | None, bool]:
    """The saved value of one requirement and whether its text changed since it was rated."""
    fingerprint = connection.execute(_FINGERPRINT, {"key": requirement_key}).scalar()
    row = connection.execute(_STORED, {"key": requirement_key}).one_or_none()
    if row is None or row.value is None:
        return None, False
    changed = row.rated_fingerprint is not None and row.rated_fingerprint != fingerprint
    return Rating(row.value), changed


def save(
    connection: Connection,
    requirement_key: str,
    now: datetime,
    *,
    value: Rating | None | Literal[Unchanged.KEEP] = KEEP,
    note: str | None = None,
) -> StoredRating | None:
    """Change the value (pass `value`) and/or the note of a rating, and append the new state
    to the history; None (and nothing written) when no installed requirement has this key.
    Rating again records the requirement text it was rated against. Four statements: this is
    the save the person waits for after every click."""
    fingerprint = connection.execute(_FINGERPRINT, {"key": requirement_key}).scalar()
    if fingerprint is None:
        return None
    given = None if value is KEEP or value is None else int(value)
    upsert = _UPSERTS[(value is not KEEP, note is not None)]
    connection.execute(
        upsert,
        {
            "key": requirement_key,
            "value": given,
            "note": note or "",
            "fingerprint": None if given is None else fingerprint,
            "now": now,
        },
    )
    stored, stored_note, rated = connection.execute(_STORED, {"key": requirement_key}).one()
    connection.execute(
        _HISTORY, {"key": requirement_key, "value": stored, "note": stored_note, "now": now}
    )
    return StoredRating(None if stored is None else Rating(stored), stored_note, rated)


def forget(connection: Connection, keys: Collection[str]) -> None:
    """Delete the ratings, notes and rating history of these requirements."""
    ordered = list(keys)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        connection.execute(delete(ratings).where(ratings.c.requirement_key.in_(chunk)))
        connection.execute(delete(rating_events).where(rating_events.c.requirement_key.in_(chunk)))


def count_outdated(connection: Connection, keys: Collection[str], current: dict[str, str]) -> int:
    """How many of these requirements were rated against wording other than the current."""
    stored = load_ratings(connection, keys)
    return sum(
        1
        for key, rating in stored.items()
        if rating.rated_fingerprint is not None and rating.rated_fingerprint != current.get(key)
    )
