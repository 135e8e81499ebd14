"""The "my data" file (version 2; version 1 had no `my_roles`): everything personal, validated
strictly before any write.

Profiles inside it are profile documents (catalog/schema.py) and are validated by that
format when they are imported.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from skill_ladder.catalog.schema import Key

DATA_FORMAT = "skill-ladder-data"
MAX_ROWS = 2_000_000
Note = Annotated[str, StringConstraints(max_length=20_000)]
Value = Annotated[int, Field(ge=0, le=3)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class RatingDoc(_Strict):
    requirement: Key
    value: Value | None
    note: Note
    rated_fingerprint: Annotated[str, StringConstraints(max_length=32)] | None
    updated_at: datetime


class EventDoc(_Strict):
    requirement: Key
    value: Value | None
    note: Note
    at: datetime


class CheckinItemDoc(_Strict):
    requirement: Key
    framework: Key
    skill: Key
    skill_version: Annotated[int, Field(ge=1)]
    role: Key
    level: Key
    level_position: Annotated[int, Field(ge=0)]
    position: Annotated[int, Field(ge=0)]
    required: bool
    text: dict[
        Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")],
        Annotated[str, StringConstraints(max_length=5000)],
    ]
    value: Value | None
    note: Note


class CheckinDoc(_Strict):
    id: Annotated[int, Field(ge=1)]
    created: datetime
    note: Annotated[str, StringConstraints(max_length=5000)]
    items: Annotated[list[CheckinItemDoc], Field(max_length=200_000)]


class TargetDoc(_Strict):
    framework: Key
    role: Key
    level: Key


class MyRoleDoc(_Strict):
    framework: Key
    role: Key


class FollowDoc(_Strict):
    skill: Key
    since: datetime


class ProposalDoc(_Strict):
    requirement: Key
    proposed_text: Note
    reason: Note
    created: datetime


class DataDoc(_Strict):
    format: Literal["skill-ladder-data"]
    format_version: Literal[1, 2]  # 2 added my_roles; version 1 files still import
    exported: datetime
    profiles: Annotated[list[dict[str, Any]], Field(max_length=1000)]
    ratings: Annotated[list[RatingDoc], Field(max_length=MAX_ROWS)]
    rating_events: Annotated[list[EventDoc], Field(max_length=MAX_ROWS)]
    checkins: Annotated[list[CheckinDoc], Field(max_length=10_000)]
    targets: Annotated[list[TargetDoc], Field(max_length=10_000)]
    my_roles: Annotated[list[MyRoleDoc], Field(max_length=10_000)] = []
    follows: Annotated[list[FollowDoc], Field(max_length=10_000)]
    proposals: Annotated[list[ProposalDoc], Field(max_length=100_000)]
    person: dict[
        Annotated[str, StringConstraints(max_length=40)],
        Annotated[str, StringConstraints(max_length=100_000)],
    ]
