"""Where a person stands on a ladder: met levels, readiness, the estimated level and the gaps.

The rule (PRODUCT.md, feature 5), in plain words:

- a level is *met* when it has required requirements and all of them are rated Meets or
  Exceeds; a level with no required requirement is met when it has optional ones and at least
  half of them are Meets or Exceeds;
- a level *blocks* when it has required requirements and is not met (optional-only levels never
  block);
- the *estimated level* is the highest met level with no blocking level at or below it;
- *readiness* is required met / required total, or optional met / optional total where nothing
  is required;
- the *gaps* are the unmet requirements of every level up to and including the level after the
  estimated one (the first level when there is none), required first, then by level;
- the *plan* carries the gaps up to the person's target: the unmet requirements of every level
  up to and including the target (up to the level after the estimated one when no target is
  set or the target is not above the estimate), level by level in ladder order, required
  first within a level.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from skill_ladder.domain.rating import Rating


@dataclass(frozen=True)
class RequirementRef:
    """The part of a requirement the rule needs. `position` orders requirements of one level."""

    key: str
    level: str
    required: bool
    position: int = 0


@dataclass(frozen=True)
class LevelStatus:
    key: str
    met: bool
    blocks: bool
    required_met: int
    required_total: int
    optional_met: int
    optional_total: int

    @property
    def readiness(self) -> float:
        """0..1: required met / required total, or optional met / optional total."""
        if self.required_total:
            return self.required_met / self.required_total
        if self.optional_total:
            return self.optional_met / self.optional_total
        return 0.0

    @property
    def is_empty(self) -> bool:
        return self.required_total == 0 and self.optional_total == 0


@dataclass(frozen=True)
class PlanStep:
    """One level of the plan: its unmet requirements, required first (may be empty)."""

    level: str
    requirements: tuple[RequirementRef, ...]


@dataclass(frozen=True)
class Assessment:
    levels: tuple[LevelStatus, ...]
    estimated_level: str | None
    gaps: tuple[RequirementRef, ...]
    plan: tuple[PlanStep, ...] = ()

    def level(self, key: str) -> LevelStatus:
        for status in self.levels:
            if status.key == key:
                return status
        raise KeyError(key)


def _level_status(key: str, reqs: Sequence[RequirementRef], met: set[str]) -> LevelStatus:
    required = [r for r in reqs if r.required]
    optional = [r for r in reqs if not r.required]
    required_met = sum(1 for r in required if r.key in met)
    optional_met = sum(1 for r in optional if r.key in met)
    if required:
        level_met = required_met == len(required)
    else:
        level_met = bool(optional) and optional_met * 2 >= len(optional)
    return LevelStatus(
        key=key,
        met=level_met,
        blocks=bool(required) and not level_met,
        required_met=required_met,
        required_total=len(required),
        optional_met=optional_met,
        optional_total=len(optional),
    )


def plan_end(ladder: Sequence[str], estimated: str | None, target: str | None) -> int:
    """The index of the last level of the plan: the target when it is above the estimate,
    else the level after the estimated one (the first level when there is none)."""
    estimated_index = -1 if estimated is None else ladder.index(estimated)
    if target is not None and target in ladder and ladder.index(target) > estimated_index:
        return ladder.index(target)
    return min(estimated_index + 1, len(ladder) - 1)


def assess(
    ladder: Sequence[str],
    requirements: Sequence[RequirementRef],
    ratings: Mapping[str, Rating],
    target: str | None = None,
) -> Assessment:
    """Apply the rule to the requirements of one role (any number of skills) on a ladder.

    `ladder` is the ordered level keys; requirements on a level not in it are ignored.
    `ratings` maps requirement keys to ratings; a missing key is "not rated". `target` (a
    level key, or None) decides how far the plan reaches.
    """
    met = {key for key, rating in ratings.items() if rating.counts_as_met}
    by_level: dict[str, list[RequirementRef]] = {key: [] for key in ladder}
    for req in requirements:
        if req.level in by_level:
            by_level[req.level].append(req)
    statuses = tuple(_level_status(key, by_level[key], met) for key in ladder)

    estimated_index: int | None = None
    for index, status in enumerate(statuses):
        if status.blocks:
            break
        if status.met:
            estimated_index = index

    estimated = None if estimated_index is None else ladder[estimated_index]
    position = {key: index for index, key in enumerate(ladder)}
    gaps = [
        req
        for key in ladder[: plan_end(ladder, estimated, None) + 1]
        for req in by_level[key]
        if req.key not in met
    ]
    gaps.sort(key=lambda r: (not r.required, position[r.level], r.position))
    steps = tuple(
        PlanStep(
            key,
            tuple(
                sorted(
                    (req for req in by_level[key] if req.key not in met),
                    key=lambda r: (not r.required, r.position),
                )
            ),
        )
        for key in ladder[: plan_end(ladder, estimated, target) + 1]
    )
    return Assessment(levels=statuses, estimated_level=estimated, gaps=tuple(gaps), plan=steps)
