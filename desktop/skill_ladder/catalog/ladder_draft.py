"""A ladder being edited in the app (issue 16, point 4), as plain data, without Qt.

A `LadderDraft` holds the framework's name, levels, roles, skills and requirement rows. Every
item gets its key when it is made (`fresh_key`); after that the key never changes, whatever the
renaming. `check` builds the profile
document and runs the same validation as an import (`validation.parse_profile`), and names each
problem by the row it is about. `copy_of` makes a copy of a ladder under a new framework key,
with new keys everywhere (a ladder that came from a file is never edited in place).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from skill_ladder.catalog.document import framework_document
from skill_ladder.catalog.spreadsheet import short_key, slug
from skill_ladder.domain.profile import (
    IMPLICIT_ROLE,
    Framework,
    Level,
    Requirement,
    Role,
    SkillProfile,
)
from skill_ladder.errors import InvalidFile, Problem

LEVELS, ROLES, SKILLS, REQUIREMENTS, NAME = "levels", "roles", "skills", "requirements", "name"


@dataclass(frozen=True)
class DraftItem:
    """A level, role or skill: its key and its names."""

    key: str
    name_en: str
    name_es: str = ""


@dataclass(frozen=True)
class DraftRequirement:
    """One requirement row: its key and the keys of its skill, role ("" without roles) and
    level."""

    key: str
    skill: str
    role: str
    level: str
    required: bool = True
    text_en: str = ""
    text_es: str = ""


@dataclass(frozen=True)
class LadderDraft:
    key: str
    name_en: str
    name_es: str = ""
    levels: tuple[DraftItem, ...] = ()
    roles: tuple[DraftItem, ...] = ()
    skills: tuple[DraftItem, ...] = ()
    requirements: tuple[DraftRequirement, ...] = ()
    versions: dict[str, int] = field(default_factory=dict, compare=False)
    shorts: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class DraftProblem:
    """A problem and the row it is about: `part` is LEVELS, ROLES, SKILLS, REQUIREMENTS or
    NAME; `row` the index in that list (0 for NAME)."""

    part: str
    row: int
    problem: Problem


def draft_of(framework: Framework) -> LadderDraft:
    def item(key: str, name: Mapping[str, str]) -> DraftItem:
        return DraftItem(key, name.get("en", ""), name.get("es", ""))

    roles = framework.roles if framework.has_roles else ()
    return LadderDraft(
        key=framework.key,
        name_en=framework.name.get("en", ""),
        name_es=framework.name.get("es", ""),
        levels=tuple(item(lv.key, lv.name) for lv in framework.levels),
        roles=tuple(item(r.key, r.name) for r in roles),
        skills=tuple(item(s.key, s.name) for s in framework.skills),
        requirements=tuple(
            DraftRequirement(
                r.key,
                s.key,
                r.role if framework.has_roles else "",
                r.level,
                r.required,
                r.text.get("en", ""),
                r.text.get("es", ""),
            )
            for s in framework.skills
            for r in s.requirements
        ),
        versions={s.key: s.version for s in framework.skills},
        shorts={lv.key: dict(lv.short) for lv in framework.levels},
    )


def fresh_key(wanted: str, taken: set[str]) -> str:
    """`wanted` (slugged, cut to the key length), or with -2, -3… when taken; added to
    `taken`."""
    base = slug(wanted) or "item"
    key = short_key(base, wanted)
    n = 2
    while key in taken:
        key = short_key(f"{base}-{n}", wanted)
        n += 1
    taken.add(key)
    return key


def _texts(en: str, es: str) -> dict[str, str]:
    return {"en": en, **({"es": es} if es else {})}


def _short(level: DraftItem, kept: Mapping[str, str] | None) -> dict[str, str]:
    """A level's short name: the one it came with while its names are unchanged, else its
    name."""
    return dict(kept) if kept else _texts(level.name_en, level.name_es)


def draft_framework(draft: LadderDraft, today: date) -> Framework:
    """The framework a keyed draft describes, unchecked. A skill's summary is its name, its
    domain and group the ladder's name (as for spreadsheets); versions are the installed ones
    (`settle_versions` raises those that changed)."""
    name = _texts(draft.name_en, draft.name_es)
    roles = tuple(Role(r.key, _texts(r.name_en, r.name_es)) for r in draft.roles) or (
        Role(IMPLICIT_ROLE, {"en": "Everyone"}),
    )
    skills = []
    for skill in draft.skills:
        texts = _texts(skill.name_en, skill.name_es)
        requirements = tuple(
            Requirement(
                r.key,
                r.role or IMPLICIT_ROLE,
                r.level,
                r.required,
                _texts(r.text_en, r.text_es),
            )
            for r in draft.requirements
            if r.skill == skill.key
        )
        version = draft.versions.get(skill.key, 1)
        skills.append(
            SkillProfile(skill.key, texts, texts, name, name, version, today, requirements)
        )
    return Framework(
        draft.key,
        name,
        tuple(
            Level(lv.key, _texts(lv.name_en, lv.name_es), _short(lv, draft.shorts.get(lv.key)))
            for lv in draft.levels
        ),
        roles,
        tuple(skills),
    )


def _part_of(path: str, draft: LadderDraft) -> tuple[str, int]:
    """The draft's row a document path (`$.skills[1].requirements[2].text.en`) is about."""
    import re

    found = re.match(r"^\$\.(levels|roles|skills)\[(\d+)\](?:\.requirements\[(\d+)\])?", path)
    if found is None:
        return NAME, 0
    part, index = found[1], int(found[2])
    if part != SKILLS or found[3] is None:
        return part, index
    if index >= len(draft.skills):
        return SKILLS, index
    key = draft.skills[index].key
    rows = [i for i, r in enumerate(draft.requirements) if r.skill == key]
    within = int(found[3])
    return (REQUIREMENTS, rows[within]) if within < len(rows) else (SKILLS, index)


def check(draft: LadderDraft, today: date) -> tuple[Framework | None, list[DraftProblem]]:
    """The draft as a profile document run through the import's validation: the framework, or
    the problems, each at its row."""
    from skill_ladder.catalog.validation import parse_profile

    framework = draft_framework(draft, today)
    data = json.dumps(framework_document(framework), ensure_ascii=False).encode("utf-8")
    try:
        return parse_profile(data), []
    except InvalidFile as error:
        problems = error.problems or [Problem(error.code, "", dict(error.params))]
        return None, [DraftProblem(*_part_of(p.path, draft), p) for p in problems]


def copy_of(
    draft: LadderDraft, key: str, name_en: str, name_es: str, taken: Collection[str]
) -> LadderDraft:
    """The same ladder under framework key `key` with new skill and requirement keys (not one
    of `taken`): nothing of the original's is edited, or rated, through the copy. Levels and
    roles are keyed within their framework, so theirs stay."""
    used = set(taken)
    skills = {s.key: fresh_key(f"{key}-{s.name_en}", used) for s in draft.skills}
    return LadderDraft(
        key=key,
        name_en=name_en,
        name_es=name_es,
        levels=draft.levels,
        roles=draft.roles,
        skills=tuple(replace(s, key=skills[s.key]) for s in draft.skills),
        requirements=tuple(
            replace(
                r,
                key=fresh_key(f"{skills[r.skill]}-{r.role}-{r.level}", used),
                skill=skills[r.skill],
            )
            for r in draft.requirements
        ),
    )


def new_framework_key(name: str, taken: Collection[str]) -> str:
    """A framework key for a new ladder, from its name, not one of `taken`."""
    return fresh_key(name or "my-ladder", set(taken))
