"""Plain data of team actions, for the command line and the window (no rows, no sessions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from skill_ladder.services.views import NamedKey


@dataclass(frozen=True)
class TeamPerson:
    login: str
    name: str
    manager: str | None
    team_role: str  # member | manager | admin


@dataclass(frozen=True)
class ConnectionCheck:
    login: str
    team_role: str | None  # None: the login is on no team yet
    server_revision: str | None
    app_revision: str


@dataclass(frozen=True)
class SharedFramework:
    """What one framework contributes to a share: its rated requirements, and the standing
    for my role on it (None where my role is not one of its roles)."""

    framework: str
    ratings: tuple[tuple[str, int], ...]  # (requirement key, rating 0-3)
    notes: tuple[tuple[str, str], ...]  # (requirement key, note): empty unless notes are shared
    role: str | None
    estimated_level: str | None
    levels: tuple[dict[str, Any], ...]  # the level objects of `status --json`


@dataclass(frozen=True)
class SharePlan:
    """Exactly what a share sends: the window shows it before sending."""

    checkin_id: int
    created: datetime
    with_notes: bool
    frameworks: tuple[SharedFramework, ...]

    @property
    def rating_count(self) -> int:
        return sum(len(f.ratings) for f in self.frameworks)

    @property
    def note_count(self) -> int:
        return sum(len(f.notes) for f in self.frameworks)


@dataclass(frozen=True)
class SharedCheckin:
    checkin_id: int
    created: datetime
    shared_at: datetime
    with_notes: bool
    ratings: int
    frameworks: tuple[str, ...]


@dataclass(frozen=True)
class PersonStanding:
    login: str
    name: str
    manager: str | None
    role: str | None  # the role on the ladder the standing is for
    estimated_level: str | None
    levels: tuple[dict[str, Any], ...]
    shared_at: datetime | None


@dataclass(frozen=True)
class TeamStatus:
    framework: str
    levels: tuple[NamedKey, ...]  # the ladder, named where the framework is installed
    people: tuple[PersonStanding, ...]


@dataclass(frozen=True)
class SharedPoint:
    """One shared check-in of a person, for the team report."""

    created: datetime
    estimated_level: str | None  # level name
    readiness: tuple[float | None, ...]  # per level of the ladder


@dataclass(frozen=True)
class PersonGrowth:
    login: str
    name: str
    role_name: str
    latest: SharedPoint
    previous: SharedPoint | None
    changes: dict[str, int] = field(default_factory=dict)  # up, down, new, cleared


class HeatRow(NamedTuple):
    """One person's row of the heat-map: who (the login tells two people of one name apart),
    the estimated level's name and the readiness per level of the ladder."""

    login: str
    name: str
    estimated: str | None
    cells: tuple[float | None, ...]


@dataclass(frozen=True)
class TeamReportData:
    """The manager's team report: the heat-map (people × levels) and each person's last two
    shared check-ins compared. `person`, `role_name` and `profile_name` make the footer."""

    language: str
    person: str  # the manager
    profile_name: str
    made: datetime
    levels: tuple[NamedKey, ...]
    heat: tuple[HeatRow, ...]
    growth: tuple[PersonGrowth, ...]
    role_name: str = ""
