"""Career frameworks as plain data: a ladder, roles and skill profiles with requirements.

A *framework* (one profile file) has a ladder of levels, roles (or none: then one implicit role
`everyone`) and one or more *skill profiles*; a *requirement* belongs to one skill profile, one
role and one level, is required or optional, and has its text per language.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

IMPLICIT_ROLE = "everyone"
BASE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "es")

LocalizedText = Mapping[str, str]


@dataclass(frozen=True)
class Localized:
    """A text in the language asked for, or the English one with `fallback` set."""

    text: str
    fallback: bool


def localize(texts: LocalizedText, language: str) -> Localized:
    if texts.get(language):
        return Localized(texts[language], False)
    return Localized(texts.get(BASE_LANGUAGE, ""), language != BASE_LANGUAGE)


def text_fingerprint(texts: LocalizedText) -> str:
    """Identifies a requirement's wording: its English text. A changed translation does not
    flag a rating; a changed English text does."""
    return hashlib.sha256(texts.get(BASE_LANGUAGE, "").encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Level:
    key: str
    name: LocalizedText
    short: LocalizedText


@dataclass(frozen=True)
class Role:
    key: str
    name: LocalizedText


@dataclass(frozen=True)
class Requirement:
    key: str
    role: str
    level: str
    required: bool
    text: LocalizedText

    @cached_property
    def fingerprint(self) -> str:
        return text_fingerprint(self.text)


@dataclass(frozen=True)
class SkillProfile:
    key: str
    name: LocalizedText
    summary: LocalizedText
    domain: LocalizedText
    group: LocalizedText
    version: int
    updated: date
    requirements: tuple[Requirement, ...] = field(default=())


@dataclass(frozen=True)
class Framework:
    key: str
    name: LocalizedText
    levels: tuple[Level, ...]
    roles: tuple[Role, ...]
    skills: tuple[SkillProfile, ...]

    @property
    def has_roles(self) -> bool:
        return not (len(self.roles) == 1 and self.roles[0].key == IMPLICIT_ROLE)

    @cached_property
    def by_role(self) -> Mapping[str, tuple[tuple[str, Requirement], ...]]:
        """Each role's requirements with their skill's key, in file order (skill by skill):
        a role's standing reads its own rows, not all of a 10,800-requirement ladder."""
        found: dict[str, list[tuple[str, Requirement]]] = {}
        for skill in self.skills:
            for req in skill.requirements:
                found.setdefault(req.role, []).append((skill.key, req))
        return {role: tuple(rows) for role, rows in found.items()}

    @cached_property
    def required_count(self) -> int:
        return sum(1 for s in self.skills for r in s.requirements if r.required)

    @cached_property
    def requirement_count(self) -> int:
        return sum(len(s.requirements) for s in self.skills)

    def with_skills(self, keys: Collection[str]) -> Framework:
        """The same framework holding only the named skills (all of them for an empty set)."""
        if not keys:
            return self
        wanted = set(keys)
        return replace(self, skills=tuple(s for s in self.skills if s.key in wanted))

    def level_index(self, key: str) -> int:
        for index, level in enumerate(self.levels):
            if level.key == key:
                return index
        raise KeyError(key)
