"""The JSON profile format (version 1) as strict pydantic models.

Strict: a boolean is `true`/`false` (never `"yes"`), numbers are numbers, dates are ISO
`YYYY-MM-DD`, and unknown fields are errors. See docs/profile-format.md.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from skill_ladder.catalog import limits

KEY_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Key = Annotated[
    str, StringConstraints(pattern=KEY_PATTERN, min_length=1, max_length=limits.MAX_KEY_LENGTH)
]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # line breaks and tabs allowed
# Invisible: zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen, and the
# bidirectional marks. A name made only of these (and spaces) is blank.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]")
# Bidirectional embeddings, overrides and isolates: in a name they make it read as another.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _clean(pattern: re.Pattern[str], *, bidi: bool = True) -> object:
    def check(value: str) -> str:
        if not _INVISIBLE.sub("", value).strip():
            raise PydanticCustomError("text_blank", "text is blank")
        if pattern.search(value):
            raise PydanticCustomError("text_control", "text holds control characters")
        if not bidi and _BIDI_CONTROL.search(value):
            raise PydanticCustomError("text_bidi", "name holds bidirectional controls")
        return value

    return AfterValidator(check)


def _not_a_boolean(value: object) -> object:
    """`true` equals 1 to Python: a format version must be the number itself."""
    if isinstance(value, bool):
        raise PydanticCustomError("int_type", "a boolean is not a version")
    return value


FormatVersion = Annotated[Literal[1], BeforeValidator(_not_a_boolean)]
# the "my data" file's: 2 added my_roles (issue 13); version 1 files still import
DataFormatVersion = Annotated[Literal[1, 2], BeforeValidator(_not_a_boolean)]


ShortText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=limits.MAX_NAME_LENGTH),
    _clean(_CONTROL_IN_NAME, bidi=False),
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
    format_version: FormatVersion
    key: Key
    name: Names
    levels: Annotated[list[LevelDoc], Field(min_length=1, max_length=limits.MAX_LEVELS)]
    roles: Annotated[list[RoleDoc], Field(max_length=limits.MAX_ROLES)] = []
    skills: Annotated[list[SkillDoc], Field(min_length=1, max_length=limits.MAX_SKILLS)]
