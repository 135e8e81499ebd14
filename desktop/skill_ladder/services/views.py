"""Plain data handed to the window and the command line, already in the chosen language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


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
    rating: str | None
    note: str
    text_changed: bool


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
class Standing:
    profile: str
    role: str
    estimated_level: str | None
    levels: tuple[LevelStanding, ...]
    gaps: tuple[RequirementView, ...]


@dataclass(frozen=True)
class SkillImport:
    key: str
    action: str
    installed_version: int | None
    file_version: int


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
class CheckinView:
    id: int
    created: datetime
    note: str
    rated: int
