"""Plain data handed to the window and the command line, already in the chosen language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from skill_ladder.domain.rating import Rating


@dataclass(frozen=True)
class Scope:
    """What a view shows: one framework, all its skills (empty `skills`) or some of them."""

    framework: str
    skills: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.skills[0] if len(self.skills) == 1 else self.framework


@dataclass(frozen=True)
class ProfileSummary:
    key: str
    name: str
    framework: str
    domain: str
    group: str
    version: int
    updated: date


@dataclass(frozen=True)
class NamedKey:
    key: str
    name: str
    short: str = ""


@dataclass(frozen=True)
class Counts:
    roles: int
    levels: int
    required: int
    optional: int


@dataclass(frozen=True)
class RequirementView:
    key: str
    skill: str
    role: str
    level: str
    required: bool
    text: str
    text_is_fallback: bool
    rating: Rating | None
    note: str
    text_changed: bool
    skill_name: str = ""
    role_name: str = ""
    level_name: str = ""

    @property
    def rating_slug(self) -> str | None:
        return None if self.rating is None else self.rating.slug


@dataclass(frozen=True)
class ProfileDetail:
    key: str
    is_framework: bool
    framework: str
    name: str
    summary: str
    domain: str
    group: str
    version: int | None
    updated: date | None
    levels: tuple[NamedKey, ...]
    roles: tuple[NamedKey, ...]
    has_roles: bool
    counts: Counts
    requirements: tuple[RequirementView, ...]


@dataclass(frozen=True)
class LevelStanding:
    key: str
    name: str
    met: bool
    blocks: bool
    readiness: float
    required_met: int
    required_total: int
    optional_met: int
    optional_total: int


@dataclass(frozen=True)
class PlanStep:
    """One level of the plan to the target: its unmet requirements, required first."""

    level: str
    level_name: str
    requirements: tuple[RequirementView, ...]


@dataclass(frozen=True)
class Standing:
    profile: str
    role: str
    estimated_level: str | None
    levels: tuple[LevelStanding, ...]
    gaps: tuple[RequirementView, ...]
    target: str | None = None  # the person's target level for this role, if any
    plan: tuple[PlanStep, ...] = ()  # the gaps carried up to the target, level by level

    @property
    def plan_level(self) -> str | None:
        """The last level the plan reaches (the target, or the level after the estimate)."""
        return self.plan[-1].level if self.plan else None


@dataclass(frozen=True)
class SkillImport:
    key: str
    action: str
    installed_version: int | None
    file_version: int
    differs: bool = False  # "unchanged" although the file's content is not the installed one


@dataclass(frozen=True)
class ImportReport:
    framework: str
    skills: tuple[SkillImport, ...]
    texts_changed: int

    @property
    def changed_anything(self) -> bool:
        return any(s.action in ("added", "updated") for s in self.skills)


@dataclass(frozen=True)
class RatingChange:
    requirement: str
    rating: str | None
    note: str


@dataclass(frozen=True)
class SavedRating:
    value: Rating | None
    text_changed: bool  # rated against wording that has changed since


@dataclass(frozen=True)
class CheckinView:
    id: int
    created: datetime
    note: str
    rated: int


@dataclass(frozen=True)
class Comparison:
    """A level beside the next one: what to cover to advance (required gaps first)."""

    level: str
    next_level: str | None
    current: tuple[RequirementView, ...]
    next: tuple[RequirementView, ...]


class MatrixCell(NamedTuple):
    """One (row, level) cell of the matrix. A cell of one requirement is shown by its rating;
    a cell of several by how many of its required ones are met (Meets or Exceeds), with the
    optional ones counted apart. A named tuple: a 200-skill ladder makes 1,800 of them at each
    role switch, and a frozen dataclass took three times as long to build."""

    level: str
    requirements: tuple[str, ...]
    required: bool  # at least one of them is required
    rating: Rating | None  # the lowest rating of the cell's requirements; None: not all rated
    rated: int
    required_total: int = 0
    required_met: int = 0
    optional_total: int = 0
    optional_met: int = 0

    @property
    def empty(self) -> bool:
        return not self.requirements

    @property
    def single(self) -> bool:
        return len(self.requirements) == 1

    @property
    def share(self) -> float | None:
        """Required met ÷ required, or optional met ÷ optional where nothing is required
        (as a level's readiness is counted); None for an empty cell."""
        if self.required_total:
            return self.required_met / self.required_total
        if self.optional_total:
            return self.optional_met / self.optional_total
        return None


@dataclass(frozen=True)
class MatrixRow:
    key: str
    name: str
    role: str | None  # the role a click opens; None for a skill row over all roles
    skill: str | None
    cells: tuple[MatrixCell, ...]


@dataclass(frozen=True)
class Matrix:
    rows_are: str  # "roles" or "skills"
    levels: tuple[NamedKey, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class ChangeView:
    """One requirement whose rating differs between two check-ins (or a check-in and now)."""

    key: str
    kind: str  # "up", "down", "new", "cleared"; "text": the wording alone changed
    role: str
    level: str
    before: Rating | None
    after: Rating | None
    skill_name: str
    role_name: str
    level_name: str
    text: str
    text_changed: bool = False  # worded differently at the two moments compared


@dataclass(frozen=True)
class ReadinessPoint:
    checkin: int | None  # None: the current ratings
    when: datetime
    readiness: tuple[float, ...]  # per level of `ReadinessHistory.levels`


@dataclass(frozen=True)
class ReadinessHistory:
    levels: tuple[NamedKey, ...]
    points: tuple[ReadinessPoint, ...]


@dataclass(frozen=True)
class ProposalView:
    id: int
    requirement: str
    skill_name: str
    role_name: str
    level_name: str
    current_text: str
    proposed_text: str
    reason: str
    created: datetime


@dataclass(frozen=True)
class SkillEntry:
    key: str
    name: str
    domain: str
    group: str
    followed: bool


@dataclass(frozen=True)
class FrameworkEntry:
    key: str
    name: str
    skills: tuple[SkillEntry, ...]


@dataclass(frozen=True)
class SkillVersion:
    name: str
    version: int
    updated: date


@dataclass(frozen=True)
class ReportData:
    """Everything a personal growth report shows, in one language."""

    language: str
    person: str
    profile_name: str
    role_name: str
    made: datetime
    as_of_checkin: CheckinView | None  # None: the current ratings
    estimated_level: str | None  # level names
    target_level: str | None
    levels: tuple[LevelStanding, ...]
    gaps: tuple[RequirementView, ...]
    ratings_by_level: tuple[tuple[NamedKey, tuple[RequirementView, ...]], ...]
    changes_since: CheckinView | None
    changes: tuple[ChangeView, ...]
    history: ReadinessHistory | None
    skills: tuple[SkillVersion, ...]
    plan: tuple[PlanStep, ...] = ()  # the plan to the target, as in the window (Standing.plan)
    plan_level: str | None = None  # the last level of the plan (a level name)
    all_levels: bool = True  # False: levels up to the plan's end, and rated ones above
    hidden: int = 0  # requirements left out of the ratings table (unrated, above the plan)
