"""What the window shows in its main area: expectation cards, compare, and the matrix."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from skill_ladder.domain.profile import Framework, Requirement
from skill_ladder.domain.rating import Rating
from skill_ladder.services.catalog import CatalogService, Namer
from skill_ladder.services.views import (
    Comparison,
    Matrix,
    MatrixCell,
    MatrixRow,
    NamedKey,
    RequirementView,
    Scope,
)
from skill_ladder.storage import ratings_store
from skill_ladder.storage.database import Database


@dataclass
class _Index:
    """Requirements of one framework by (role, level), in skill then file order."""

    framework: Framework
    cells: dict[tuple[str, str], list[tuple[str, Requirement]]]

    @classmethod
    def of(cls, framework: Framework) -> _Index:
        cells: dict[tuple[str, str], list[tuple[str, Requirement]]] = defaultdict(list)
        for skill in framework.skills:
            for req in skill.requirements:
                cells[(req.role, req.level)].append((skill.key, req))
        return cls(framework, dict(cells))

    def at(self, role: str | None, level: str) -> list[tuple[str, Requirement]]:
        if role is not None:
            return self.cells.get((role, level), [])
        roles = [r.key for r in self.framework.roles]
        found = [item for r in roles for item in self.cells.get((r, level), [])]
        order = {s.key: i for i, s in enumerate(self.framework.skills)}
        found.sort(key=lambda item: order[item[0]])  # grouped by skill, roles in order
        return found


class BoardService:
    def __init__(self, database: Database, catalog: CatalogService) -> None:
        self._db = database
        self._catalog = catalog
        self._indexes: dict[Scope, _Index] = {}
        self._catalog_seen: object = None

    def _index(self, scope: Scope) -> _Index:
        frameworks = self._catalog.frameworks()
        if frameworks is not self._catalog_seen:  # the catalogue was reloaded
            self._indexes.clear()
            self._catalog_seen = frameworks
        if scope not in self._indexes:
            self._indexes[scope] = _Index.of(self._catalog.subset(scope))
        return self._indexes[scope]

    def _views(
        self, index: _Index, items: list[tuple[str, Requirement]], language: str
    ) -> tuple[RequirementView, ...]:
        with self._db.transaction() as connection:
            stored = ratings_store.load_ratings(connection, [req.key for _, req in items])
        namer = Namer(index.framework, language)
        return tuple(namer.requirement(skill, req, stored.get(req.key)) for skill, req in items)

    def cards(
        self, scope: Scope, role: str | None, level: str, language: str
    ) -> tuple[RequirementView, ...]:
        """The requirements of `role` (None: every role) at `level`, grouped by skill."""
        index = self._index(scope)
        return self._views(index, index.at(role, level), language)

    def role_ladder(self, scope: Scope, role: str, language: str) -> tuple[RequirementView, ...]:
        """Every requirement of `role`, level by level in ladder order, grouped by skill."""
        index = self._index(scope)
        items = [item for lv in index.framework.levels for item in index.at(role, lv.key)]
        return self._views(index, items, language)

    def compare(
        self, scope: Scope, role: str | None, level: str, language: str, *, to: str | None = None
    ) -> Comparison:
        """`level` beside `to` (by default the level after it): what to cover to get there."""
        index = self._index(scope)
        keys = [lv.key for lv in index.framework.levels]
        position = keys.index(level)
        next_level = keys[position + 1] if position + 1 < len(keys) else None
        if to is not None and to in keys and to != level:
            next_level = to
        current = self._views(index, index.at(role, level), language)
        upcoming: tuple[RequirementView, ...] = ()
        if next_level is not None:
            upcoming = self._views(index, index.at(role, next_level), language)
            met = {2, 3}
            upcoming = tuple(
                sorted(
                    upcoming,
                    key=lambda v: (
                        not v.required,
                        v.rating is not None and int(v.rating) in met,
                    ),
                )
            )
        return Comparison(level, next_level, current, upcoming)

    def matrix(self, scope: Scope, role: str | None, language: str) -> Matrix:
        """Roles × levels for one skill; skills × levels for several (one role or all)."""
        index = self._index(scope)
        framework = index.framework
        namer = Namer(framework, language)
        levels = tuple(
            NamedKey(lv.key, namer.levels[lv.key], namer.shorts[lv.key]) for lv in framework.levels
        )
        by_roles = len(framework.skills) == 1 and framework.has_roles
        keys = (
            [req.key for _, req in framework.by_role.get(role, ())]
            if role is not None and not by_roles
            else [req.key for s in framework.skills for req in s.requirements]
        )  # only the ratings shown: one role's are a fifth of a five-role framework's
        with self._db.transaction() as connection:
            stored = ratings_store.load_ratings(connection, keys)

        def cell(level: str, reqs: list[Requirement]) -> MatrixCell:
            # One pass: 1,800 cells of a 200-skill ladder are drawn at each role switch.
            rated = required_total = required_met = optional_total = optional_met = 0
            low: Rating | None = None
            unrated = False
            for r in reqs:
                saved = stored.get(r.key)
                value = None if saved is None else saved.value
                if value is None:
                    unrated = True
                else:
                    rated += 1
                    low = value if low is None or value < low else low
                met = value is not None and value.counts_as_met
                if r.required:
                    required_total += 1
                    required_met += met
                else:
                    optional_total += 1
                    optional_met += met
            return MatrixCell(
                level=level,
                requirements=tuple(r.key for r in reqs),
                required=required_total > 0,
                rating=None if unrated or not reqs else low,
                rated=rated,
                required_total=required_total,
                required_met=required_met,
                optional_total=optional_total,
                optional_met=optional_met,
            )

        rows: list[MatrixRow] = []
        if by_roles:
            skill = framework.skills[0]
            by_cell: dict[tuple[str, str], list[Requirement]] = defaultdict(list)
            for q in skill.requirements:
                by_cell[(q.role, q.level)].append(q)
            for r in framework.roles:
                cells = tuple(
                    cell(lv.key, by_cell.get((r.key, lv.key), [])) for lv in framework.levels
                )
                if any(not c.empty for c in cells):
                    rows.append(MatrixRow(r.key, namer.roles[r.key], r.key, skill.key, cells))
            return Matrix("roles", levels, tuple(rows))
        shown: dict[str, dict[str, list[Requirement]]] = defaultdict(lambda: defaultdict(list))
        for skill_key, q in (
            framework.by_role.get(role, ())
            if role is not None
            else ((s.key, q) for s in framework.skills for q in s.requirements)
        ):
            shown[skill_key][q.level].append(q)
        for skill in framework.skills:
            by_level = shown.get(skill.key, {})
            cells = tuple(cell(lv.key, by_level.get(lv.key, [])) for lv in framework.levels)
            rows.append(MatrixRow(skill.key, namer.skills[skill.key], role, skill.key, cells))
        return Matrix("skills", levels, tuple(rows))
