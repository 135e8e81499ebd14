"""Check-ins: dated snapshots of every requirement as it stood, with the person's ratings."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

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
from skill_ladder.storage.checkin_store import Frozen
from skill_ladder.storage.database import Database
from skill_ladder.storage.ratings_store import StoredRating

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
            checkin_id, rated = checkin_store.freeze(connection, created, note)
        return CheckinView(checkin_id, created, note, rated)

    def all(self) -> list[CheckinView]:
        with self._db.transaction() as connection:
            return [CheckinView(*row) for row in checkin_store.all_checkins(connection)]

    def coverage(self) -> tuple[int, int]:
        """(rated, total): how many requirements a check-in made now would freeze, in every
        installed ladder, and how many of them are rated (for the words before closing one)."""
        with self._db.transaction() as connection:
            return checkin_store.coverage(connection)

    def rename(self, checkin_id: int, note: str) -> None:
        if len(note) > MAX_CHECKIN_NOTE:
            raise InvalidInput("note.too_long", max=MAX_CHECKIN_NOTE)
        with self._db.transaction() as connection:
            if not checkin_store.rename(connection, checkin_id, note):
                raise InvalidInput("checkin.unknown", id=checkin_id)

    def delete(self, checkin_id: int) -> None:
        with self._db.transaction() as connection:
            if not checkin_store.delete_checkin(connection, checkin_id):
                raise InvalidInput("checkin.unknown", id=checkin_id)  # rolled back: nothing gone

    def _frozen(self, checkin_id: int, scope: Scope, role: str | None = None) -> dict[str, Frozen]:
        with self._db.transaction() as connection:
            if not checkin_store.exists(connection, checkin_id):
                raise InvalidInput("checkin.unknown", id=checkin_id)
            found = checkin_store.frozen(
                connection, scope.framework, scope.skills, role, checkin_id=checkin_id
            )
            return {item.requirement_key: item for item in found}

    def unchanged_since(self, scope: Scope, checkin_id: int, role: str) -> bool:
        """True when no rating and no note of `role` in `scope` differs from the check-in:
        the current state is the check-in's (the report is then as of that check-in)."""
        framework = self._catalog.subset(scope)
        keys = [r.key for _, r in framework.by_role.get(role, ())]
        old = self._frozen(checkin_id, scope, role)
        with self._db.transaction() as connection:
            stored = ratings_store.load_ratings(connection, keys)
        for key in keys:
            now = stored.get(key)
            then = old.get(key)
            value_now = None if now is None else now.value
            note_now = "" if now is None else now.note
            value_then = None if then is None else _rating(then.value)
            note_then = "" if then is None else (then.note or "")
            if value_now != value_then or note_now != note_then:
                return False
        return True

    def frozen_ratings(self, checkin_id: int, framework: str) -> list[tuple[str, int, str]]:
        """(requirement key, rating, note) of every item of `framework` rated at a check-in:
        what a team share sends (texts stay on the laptop)."""
        with self._db.transaction() as connection:
            rows = checkin_store.frozen(
                connection, framework, (), None, checkin_id=checkin_id, texts=False
            )
        return [
            (row.requirement_key, int(row.value), row.note or "")
            for row in rows
            if row.value is not None
        ]

    def changes(
        self,
        scope: Scope,
        before: int,
        after: int | None,
        language: str,
        *,
        role: str | None = None,
        texts: bool = False,
    ) -> list[ChangeView]:
        """What changed between two check-ins (`after` None: the current ratings), in the
        wording of the later one; ordered up, down, new, cleared, then by level. Of `role`
        only when given; with `texts`, also the rated requirements whose wording alone
        changed (kind "text"). Every change says whether its wording changed."""
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
        for key, (value, wording, position) in later.items():
            if role is not None and roles_of[key] != role:
                continue
            previous = _rating(old[key].value) if key in old else None
            kind = change_kind(previous, value)
            if kind is None and not (texts and previous is not None):
                continue  # most requirements: their text is not even decoded
            reworded = key in old and _texts(old[key].text) != _texts(wording)
            if kind is None and reworded:
                kind = "text"
            if kind is None:
                continue
            changes.append(
                (
                    ("up", "down", "new", "cleared", "text").index(kind),
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
                        text=localize(_texts(wording), language).text,
                        text_changed=reworded,
                    ),
                )
            )
        changes.sort(key=lambda c: (c[0], c[1]))
        return [c[2] for c in changes]

    @staticmethod
    def _assess_frozen(
        items: Iterable[Frozen], ladder: list[str], target: str | None = None
    ) -> tuple[Assessment, list[Frozen]]:
        """The rule over one role's requirements as rated at a check-in, in ladder order."""
        ordered = sorted(items, key=lambda i: (i.level_position, i.skill_key, i.position))
        refs = [
            RequirementRef(i.requirement_key, i.level_key, i.required, n)
            for n, i in enumerate(ordered)
        ]
        ratings = {i.requirement_key: Rating(i.value) for i in ordered if i.value is not None}
        return assess(ladder, refs, ratings, target), ordered

    def snapshot(
        self, scope: Scope, checkin_id: int, role: str, language: str, target: str | None = None
    ) -> tuple[Assessment, list[RequirementView]]:
        """The rule applied to `role` as rated and worded at a check-in, and those
        requirements as views (in ladder order)."""
        framework = self._catalog.subset(scope)
        namer = Namer(framework, language)
        ladder = [lv.key for lv in framework.levels]
        frozen = self._frozen(checkin_id, scope, role)
        assessment, items = self._assess_frozen(frozen.values(), ladder, target)
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
            for item in checkin_store.frozen(
                connection, scope.framework, scope.skills, role, texts=False
            ):
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

            keys = [r.key for _, r in framework.by_role.get(role, ())]
            with self._db.transaction() as connection:
                stored = ratings_store.load_ratings(connection, keys)
            result = assess_role(framework, role, stored)
            points.append(
                ReadinessPoint(None, datetime.now(UTC), tuple(s.readiness for s in result.levels))
            )
        levels = tuple(NamedKey(k, namer.levels[k], namer.shorts[k]) for k in ladder)
        return ReadinessHistory(levels, tuple(points))
