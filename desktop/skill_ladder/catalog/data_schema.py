"""The "my data" file (version 2; version 1 had no `my_roles`): everything personal, validated
strictly before any write.

Profiles inside it are profile documents (catalog/schema.py) and are validated by that
format when they are imported.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from skill_ladder.catalog.schema import DataFormatVersion, Key

DATA_FORMAT = "skill-ladder-data"
MAX_ROWS = 2_000_000
Note = Annotated[str, StringConstraints(max_length=20_000)]
Value = Annotated[int, Field(ge=0, le=3)]
# Whole numbers the database keeps as 64-bit integers: a check-in id of 2**63 or a position
# of 10**30 is refused here, with its JSON path, not by SQLite in the middle of the import.
Count = Annotated[int, Field(ge=0, le=2**31 - 1)]


def _in_utc(moment: datetime) -> datetime:
    """Times are stored in UTC: one that has no UTC equivalent (9999-12-31T23:00-05:00 is in
    the year 10000) is out of range."""
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        raise PydanticCustomError("moment_out_of_range", "has no UTC equivalent") from None


# A moment with its time zone (a time without one is ambiguous), convertible to UTC.
Moment = Annotated[AwareDatetime, AfterValidator(_in_utc)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class RatingDoc(_Strict):
    requirement: Key
    value: Value | None
    note: Note
    rated_fingerprint: Annotated[str, StringConstraints(max_length=32)] | None
    updated_at: Moment


class EventDoc(_Strict):
    requirement: Key
    value: Value | None
    note: Note
    at: Moment


class CheckinItemDoc(_Strict):
    requirement: Key
    framework: Key
    skill: Key
    skill_version: Annotated[int, Field(ge=1, le=2**31 - 1)]
    role: Key
    level: Key
    level_position: Count
    position: Count
    required: bool
    text: dict[
        Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")],
        Annotated[str, StringConstraints(max_length=5000)],
    ]
    value: Value | None
    note: Note


class CheckinDoc(_Strict):
    id: Annotated[int, Field(ge=1, le=2**31 - 1)]
    created: Moment
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
    since: Moment


class ProposalDoc(_Strict):
    requirement: Key
    proposed_text: Note
    reason: Note
    created: Moment


class DataDoc(_Strict):
    format: Literal["skill-ladder-data"]
    format_version: DataFormatVersion  # 2 added my_roles; version 1 files still import
    exported: Moment
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
