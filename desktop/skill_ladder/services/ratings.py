"""Self-rating: every change is committed at once and appended to the history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from skill_ladder.domain.profile import Framework, LocalizedText, Requirement
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidInput
from skill_ladder.services.catalog import CatalogService
from skill_ladder.services.views import RatingChange, SavedRating
from skill_ladder.storage import ratings_store
from skill_ladder.storage.database import Connection, Database
from skill_ladder.storage.ratings_store import KEEP, Unchanged

MAX_NOTE_LENGTH = 20_000


def _by_key_or_name(given: str, named: Sequence[tuple[str, LocalizedText]]) -> str | None:
    """A key, or a name in any language ("ML Engineer", "ingeniero/a de ml"), to its key."""
    wanted = given.strip().casefold()
    for key, names in named:
        if given == key or wanted in {name.casefold() for name in names.values()}:
            return key
    return None


def require_role(framework: Framework, role: str, profile: str) -> str:
    """The key of the role `role` names (by key or name); an unknown one is refused."""
    found = _by_key_or_name(role, [(r.key, r.name) for r in framework.roles])
    if found is None:
        keys = ", ".join(r.key for r in framework.roles)
        raise InvalidInput("role.unknown", key=role, profile=profile, choices=keys)
    return found


def require_level(framework: Framework, level: str, profile: str) -> str:
    """The key of the level `level` names (by key, name or short name)."""
    named = [
        (lv.key, {**lv.name, **{f"short-{k}": v for k, v in lv.short.items()}})
        for lv in framework.levels
    ]
    found = _by_key_or_name(level, named)
    if found is None:
        keys = ", ".join(lv.key for lv in framework.levels)
        raise InvalidInput("level.unknown", key=level, profile=profile, choices=keys)
    return found


def cell_requirements(framework: Framework, role: str, level: str) -> list[Requirement]:
    return [
        r for s in framework.skills for r in s.requirements if r.role == role and r.level == level
    ]


class RatingService:
    def __init__(self, database: Database, catalog: CatalogService) -> None:
        self._db = database
        self._catalog = catalog

    def _save(
        self,
        connection: Connection,
        requirement_key: str,
        value: Rating | None | Unchanged,
        note: str | None,
    ) -> RatingChange:
        if note is not None and len(note) > MAX_NOTE_LENGTH:
            raise InvalidInput("note.too_long", max=MAX_NOTE_LENGTH)
        stored = ratings_store.save(
            connection, requirement_key, datetime.now(UTC), value=value, note=note
        )
        if stored is None:
            raise InvalidInput("requirement.unknown", key=requirement_key)
        slug = None if stored.value is None else stored.value.slug
        return RatingChange(requirement_key, slug, stored.note)

    def rating_of(self, requirement_key: str) -> SavedRating:
        """The saved rating of one requirement, and whether its text changed since: the one
        source of truth the window shows."""
        with self._db.transaction() as connection:
            return SavedRating(*ratings_store.current(connection, requirement_key))

    def set_rating(self, requirement_key: str, value: Rating | None) -> RatingChange:
        with self._db.transaction() as connection:
            return self._save(connection, requirement_key, value, None)

    def change_rating(
        self, requirement_key: str, value: Rating | None
    ) -> tuple[SavedRating, RatingChange | None]:
        """A person's click: the saved rating before, and the change, None when the rating
        is `value` already against today's text (nothing written). One transaction: the
        window learns what undo sets back without a read of its own."""
        with self._db.transaction() as connection:
            before = SavedRating(*ratings_store.current(connection, requirement_key))
            if before.value == value and not before.text_changed:
                return before, None
            return before, self._save(connection, requirement_key, value, None)

    def set_note(self, requirement_key: str, note: str) -> RatingChange:
        with self._db.transaction() as connection:
            return self._save(connection, requirement_key, KEEP, note)

    def rate_cell(
        self,
        profile: str,
        role: str,
        level: str,
        value: Rating | None,
        *,
        requirement: str | None = None,
        note: str | None = None,
    ) -> RatingChange:
        """Rate the requirement of a (profile, role, level) cell; a cell holding several
        requirements needs `requirement` to say which."""
        framework = self._catalog.load(profile)
        with self._db.transaction() as connection:
            role = require_role(framework, role, profile)
            level = require_level(framework, level, profile)
            cell = cell_requirements(framework, role, level)
            keys = [r.key for r in cell]
            if requirement is not None:
                if requirement not in keys:
                    raise InvalidInput(
                        "requirement.not_in_cell", key=requirement, role=role, level=level
                    )
                chosen = requirement
            elif len(keys) == 1:
                chosen = keys[0]
            elif not keys:
                raise InvalidInput("cell.empty", profile=profile, role=role, level=level)
            else:
                raise InvalidInput("cell.ambiguous", count=len(keys), keys=", ".join(keys))
            return self._save(connection, chosen, value, note)
