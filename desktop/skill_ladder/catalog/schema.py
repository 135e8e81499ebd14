"""The JSON profile format (version 1) as strict pydantic models.

Strict: a boolean is `true`/`false` (never `"yes"`), numbers are numbers, dates are ISO
`YYYY-MM-DD`, and unknown fields are errors. See docs/profile-format.md.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from skill_ladder.catalog import limits

KEY_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Key = Annotated[
    str, StringConstraints(pattern=KEY_PATTERN, min_length=1, max_length=limits.MAX_KEY_LENGTH)
]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # line breaks and tabs allowed


def _clean(pattern: re.Pattern[str]) -> object:
    def check(value: str) -> str:
        if not value.strip():
            raise PydanticCustomError("text_blank", "text is blank")
        if pattern.search(value):
            raise PydanticCustomError("text_control", "text holds control characters")
        return value

    return AfterValidator(check)


ShortText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=limits.MAX_NAME_LENGTH),
    _clean(_CONTROL_IN_NAME),
]
LongText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=limits.MAX_TEXT_LENGTH),
    _clean(_CONTROL_IN_TEXT),
]
Names = Annotated[
    dict[LanguageCode, ShortText], Field(min_length=1, max_length=limits.MAX_LANGUAGES)
]
Texts = Annotated[
    dict[LanguageCode, LongText], Field(min_length=1, max_length=limits.MAX_LANGUAGES)
]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class LevelDoc(_Strict):
    key: Key
    name: Names
    short: Names | None = None


class RoleDoc(_Strict):
    key: Key
    name: Names


class RequirementDoc(_Strict):
    key: Key
    role: Key | None = None
    level: Key
    required: bool
    text: Texts


class SkillDoc(_Strict):
    key: Key
    name: Names
    summary: Texts
    domain: Names
    group: Names
    version: Annotated[int, Field(ge=1, le=1_000_000_000)]
    updated: date
    requirements: Annotated[
        list[RequirementDoc], Field(min_length=1, max_length=limits.MAX_REQUIREMENTS_PER_SKILL)
    ]


class ProfileDoc(_Strict):
    format: Literal["skill-ladder-profile"]
    format_version: Literal[1]
    key: Key
    name: Names
    levels: Annotated[list[LevelDoc], Field(min_length=1, max_length=limits.MAX_LEVELS)]
    roles: Annotated[list[RoleDoc], Field(max_length=limits.MAX_ROLES)] = []
    skills: Annotated[list[SkillDoc], Field(min_length=1, max_length=limits.MAX_SKILLS)]
