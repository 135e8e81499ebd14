"""The person's ratings and notes: current state plus an append-only history."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Literal

from sqlalchemy import Row, delete, select
from sqlalchemy.orm import Session

from skill_ladder.domain.rating import Rating
from skill_ladder.storage.models import RatingEventRow, RatingRow, RequirementRow


class Unchanged(Enum):
    KEEP = "keep"


KEEP = Unchanged.KEEP


@dataclass(frozen=True)
class StoredRating:
    value: Rating | None
    note: str
    rated_fingerprint: str | None


def _stored(row: RatingRow) -> StoredRating:
    value = None if row.value is None else Rating(row.value)
    return StoredRating(value, row.note, row.rated_fingerprint)


_CHUNK = 500
_ALL_BEYOND = 2_000  # past this many keys one full scan beats many IN (...) queries


def load_ratings(session: Session, keys: Collection[str] | None = None) -> dict[str, StoredRating]:
    """Current ratings, of the given requirement keys only or of all (Core rows, no ORM)."""
    columns = select(
        RatingRow.requirement_key, RatingRow.value, RatingRow.note, RatingRow.rated_fingerprint
    )
    batches: list[Sequence[Row[str, int | None, str, str | None]]]
    if keys is None or len(keys) > _ALL_BEYOND:
        wanted = None if keys is None else set(keys)
        batches = [[row for row in session.execute(columns) if wanted is None or row[0] in wanted]]
    else:
        ordered = list(keys)
        batches = [
            session.execute(
                columns.where(RatingRow.requirement_key.in_(ordered[i : i + _CHUNK]))
            ).all()
            for i in range(0, len(ordered), _CHUNK)
        ]
    return {
        key: StoredRating(None if value is None else Rating(value), note, fingerprint)
        for batch in batches
        for key, value, note, fingerprint in batch
    }


def fingerprint_of(session: Session, requirement_key: str) -> str | None:
    return session.scalar(
        select(RequirementRow.fingerprint).where(RequirementRow.key == requirement_key)
    )


def save(
    session: Session,
    requirement_key: str,
    fingerprint: str,
    now: datetime,
    *,
    value: Rating | None | Literal[Unchanged.KEEP] = KEEP,
    note: str | None = None,
) -> StoredRating:
    """Change the value (pass `value`) and/or the note of a rating, and append the new state
    to the history. Rating again records the requirement text it was rated against."""
    row = session.get(RatingRow, requirement_key)
    if row is None:
        row = RatingRow(requirement_key=requirement_key, value=None, note="", updated_at=now)
        session.add(row)
    if value is not KEEP:
        row.value = None if value is None else int(value)
        row.rated_fingerprint = None if value is None else fingerprint
    if note is not None:
        row.note = note
    row.updated_at = now
    session.add(
        RatingEventRow(requirement_key=requirement_key, value=row.value, note=row.note, at=now)
    )
    return _stored(row)


def forget(session: Session, keys: Collection[str]) -> None:
    """Delete the ratings, notes and rating history of these requirements."""
    ordered = list(keys)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        session.execute(delete(RatingRow).where(RatingRow.requirement_key.in_(chunk)))
        session.execute(delete(RatingEventRow).where(RatingEventRow.requirement_key.in_(chunk)))


def count_outdated(session: Session, keys: Collection[str], current: dict[str, str]) -> int:
    """How many of these requirements were rated against wording other than the current."""
    stored = load_ratings(session, keys)
    return sum(
        1
        for key, rating in stored.items()
        if rating.rated_fingerprint is not None and rating.rated_fingerprint != current.get(key)
    )
