"""Check-ins: dated snapshots of every requirement as it stood, with the person's ratings."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, Select, String, delete, insert, select, type_coerce, update

from skill_ladder.domain.profile import Requirement, localize
from skill_ladder.domain.rating import Rating
from skill_ladder.domain.readiness import Assessment, RequirementRef, assess
from skill_ladder.errors import InvalidInput
from skill_ladder.services.catalog import CatalogService, Namer
from skill_ladder.services.views import (
    ChangeView,
    CheckinView,
    NamedKey,
    ReadinessHistory,
    ReadinessPoint,
    RequirementView,
    Scope,
)
from skill_ladder.storage import checkin_store, ratings_store
from skill_ladder.storage.database import Database
from skill_ladder.storage.ratings_store import StoredRating
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

MAX_CHECKIN_NOTE = 5_000


def _rating(value: int | None) -> Rating | None:
    return None if value is None else Rating(value)


def change_kind(before: Rating | None, after: Rating | None) -> str | None:
    if before == after:
        return None
    if before is None:
        return "new"
    if after is None:
        return "cleared"
    return "up" if after > before else "down"


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


def _texts(value: Mapping[str, str] | str) -> dict[str, str]:
    """A requirement's texts by language, from the catalogue (a dict) or a frozen item."""
    return json.loads(value) if isinstance(value, str) else dict(value)


class CheckinService:
    def __init__(self, database: Database, catalog: CatalogService) -> None:
        self._db = database
        self._catalog = catalog

    def create(self, note: str = "") -> CheckinView:
        """Freeze every installed requirement (text, flag, place, version) with its rating."""
        if len(note) > MAX_CHECKIN_NOTE:
            raise InvalidInput("note.too_long", max=MAX_CHECKIN_NOTE)
        created = datetime.now(UTC)
        with self._db.transaction() as connection:
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
            text_ids = checkin_store.text_ids(connection, [row.raw for row in snapshot])
            rated = sum(1 for row in snapshot if row.value is not None)
            added = connection.execute(
                insert(checkins).values(created_at=created, note=note, rated=rated)
            )
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
                ), text_id in zip(snapshot, text_ids, strict=True)
            ]
            if items:
                connection.execute(insert(checkin_items), items)
        return CheckinView(checkin_id, created, note, rated)

    def all(self) -> list[CheckinView]:
        with self._db.transaction() as connection:
            rows = connection.execute(
                select(
                    checkins.c.id, checkins.c.created_at, checkins.c.note, checkins.c.rated
                ).order_by(checkins.c.created_at, checkins.c.id)
            )
            return [CheckinView(*row) for row in rows]

    def rename(self, checkin_id: int, note: str) -> None:
        if len(note) > MAX_CHECKIN_NOTE:
            raise InvalidInput("note.too_long", max=MAX_CHECKIN_NOTE)
        with self._db.transaction() as connection:
            renamed = connection.execute(
                update(checkins).where(checkins.c.id == checkin_id).values(note=note)
            )
            if renamed.rowcount == 0:
                raise InvalidInput("checkin.unknown", id=checkin_id)

    def delete(self, checkin_id: int) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                delete(checkin_items).where(checkin_items.c.checkin_id == checkin_id)
            )
            gone = connection.execute(delete(checkins).where(checkins.c.id == checkin_id))
            if gone.rowcount == 0:
                raise InvalidInput("checkin.unknown", id=checkin_id)  # rolled back: nothing gone
            checkin_store.drop_unused(connection)

    def _frozen_query(
        self, scope: Scope, role: str | None, *, texts: bool = True
    ) -> Select[*tuple[Any, ...]]:
        """Frozen items of `scope` (of `role` only, when given) as plain rows, their texts still
        JSON: a check-in of a large framework holds 18,000 items, and only those shown are
        decoded."""
        query = select(*_FROZEN_COLUMNS).where(checkin_items.c.framework_key == scope.framework)
        if texts:
            query = query.add_columns(_FROZEN_TEXT).join(
                checkin_texts, checkin_items.c.text_id == checkin_texts.c.id
            )
        if scope.skills:
            query = query.where(checkin_items.c.skill_key.in_(scope.skills))
        if role is not None:
            query = query.where(checkin_items.c.role_key == role)
        return query

    def _frozen(self, checkin_id: int, scope: Scope, role: str | None = None) -> dict[str, Frozen]:
        with self._db.transaction() as connection:
            if connection.scalar(select(checkins.c.id).where(checkins.c.id == checkin_id)) is None:
                raise InvalidInput("checkin.unknown", id=checkin_id)
            query = self._frozen_query(scope, role).where(checkin_items.c.checkin_id == checkin_id)
            return {item.requirement_key: item for item in connection.execute(query).all()}

    def frozen_ratings(self, checkin_id: int, framework: str) -> list[tuple[str, int, str]]:
        """(requirement key, rating, note) of every item of `framework` rated at a check-in:
        what a team share sends (texts stay on the laptop)."""
        query = self._frozen_query(Scope(framework), None, texts=False).where(
            checkin_items.c.checkin_id == checkin_id, checkin_items.c.value.is_not(None)
        )
        with self._db.transaction() as connection:
            rows = connection.execute(query).all()
        return [(row.requirement_key, int(row.value), row.note or "") for row in rows]

    def changes(
        self, scope: Scope, before: int, after: int | None, language: str
    ) -> list[ChangeView]:
        """What changed between two check-ins (`after` None: the current ratings), in the
        wording of the later one; ordered up, down, new, cleared, then by level."""
        old = self._frozen(before, scope)
        framework = self._catalog.subset(scope)
        namer = Namer(framework, language)
        if after is None:
            now = {r.key: (s.key, r) for s in framework.skills for r in s.requirements}
            with self._db.transaction() as connection:
                stored = ratings_store.load_ratings(connection, list(now))
            later: dict[str, tuple[Rating | None, Mapping[str, str] | str, int]] = {
                key: (
                    stored[key].value if key in stored else None,
                    req.text,
                    framework.level_index(req.level),
                )
                for key, (skill, req) in now.items()
            }
            skills_of = {key: skill for key, (skill, _) in now.items()}
            roles_of = {key: req.role for key, (_, req) in now.items()}
            levels_of = {key: req.level for key, (_, req) in now.items()}
        else:
            new = self._frozen(after, scope)
            later = {key: (_rating(i.value), i.text, i.level_position) for key, i in new.items()}
            skills_of = {key: i.skill_key for key, i in new.items()}
            roles_of = {key: i.role_key for key, i in new.items()}
            levels_of = {key: i.level_key for key, i in new.items()}
        changes = []
        for key, (value, texts, position) in later.items():
            previous = _rating(old[key].value) if key in old else None
            kind = change_kind(previous, value)
            if kind is None:
                continue  # most requirements: their text is not even decoded
            changes.append(
                (
                    ("up", "down", "new", "cleared").index(kind),
                    position,
                    ChangeView(
                        key=key,
                        kind=kind,
                        role=roles_of[key],
                        level=levels_of[key],
                        before=previous,
                        after=value,
                        skill_name=namer.skills.get(skills_of[key], skills_of[key]),
                        role_name=namer.roles.get(roles_of[key], roles_of[key]),
                        level_name=namer.levels.get(levels_of[key], levels_of[key]),
                        text=localize(_texts(texts), language).text,
                    ),
                )
            )
        changes.sort(key=lambda c: (c[0], c[1]))
        return [c[2] for c in changes]

    @staticmethod
    def _assess_frozen(
        items: Iterable[Frozen], ladder: list[str]
    ) -> tuple[Assessment, list[Frozen]]:
        """The rule over one role's requirements as rated at a check-in, in ladder order."""
        ordered = sorted(items, key=lambda i: (i.level_position, i.skill_key, i.position))
        refs = [
            RequirementRef(i.requirement_key, i.level_key, i.required, n)
            for n, i in enumerate(ordered)
        ]
        ratings = {i.requirement_key: Rating(i.value) for i in ordered if i.value is not None}
        return assess(ladder, refs, ratings), ordered

    def snapshot(
        self, scope: Scope, checkin_id: int, role: str, language: str
    ) -> tuple[Assessment, list[RequirementView]]:
        """The rule applied to `role` as rated and worded at a check-in, and those
        requirements as views (in ladder order)."""
        framework = self._catalog.subset(scope)
        namer = Namer(framework, language)
        ladder = [lv.key for lv in framework.levels]
        frozen = self._frozen(checkin_id, scope, role)
        assessment, items = self._assess_frozen(frozen.values(), ladder)
        views = [
            namer.requirement(
                item.skill_key,
                Requirement(
                    item.requirement_key,
                    item.role_key,
                    item.level_key,
                    item.required,
                    _texts(item.text),
                ),
                # frozen as it was rated: nothing has changed since, from that day's view
                StoredRating(_rating(item.value), item.note, None),
            )
            for item in items
        ]
        return assessment, views

    def readiness_history(
        self, scope: Scope, role: str, language: str, *, include_now: bool = True
    ) -> ReadinessHistory:
        """Readiness per level of the current ladder at every check-in (as rated and worded
        then), and now."""
        framework = self._catalog.subset(scope)
        ladder = [lv.key for lv in framework.levels]
        namer = Namer(framework, language)
        points: list[ReadinessPoint] = []
        by_checkin: dict[int, list[Frozen]] = {}
        with self._db.transaction() as connection:
            for item in connection.execute(self._frozen_query(scope, role, texts=False)).all():
                by_checkin.setdefault(item.checkin_id, []).append(item)
        for checkin in self.all():
            result, _ = self._assess_frozen(by_checkin.get(checkin.id, []), ladder)
            points.append(
                ReadinessPoint(
                    checkin.id, checkin.created, tuple(s.readiness for s in result.levels)
                )
            )
        if include_now:
            from skill_ladder.services.standing import assess_role

            keys = [r.key for s in framework.skills for r in s.requirements if r.role == role]
            with self._db.transaction() as connection:
                stored = ratings_store.load_ratings(connection, keys)
            result = assess_role(framework, role, stored)
            points.append(
                ReadinessPoint(None, datetime.now(UTC), tuple(s.readiness for s in result.levels))
            )
        levels = tuple(NamedKey(k, namer.levels[k], namer.shorts[k]) for k in ladder)
        return ReadinessHistory(levels, tuple(points))
