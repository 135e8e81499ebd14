"""Turn the bytes of a profile file into a `Framework`, or name every problem with its JSON path.

Two passes: the strict schema (types, required fields, sizes), then the rules a schema cannot
say (unique keys, known roles and levels, an English text everywhere). Nothing is written
anywhere: a file either parses completely or raises `InvalidFile`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from skill_ladder.catalog import limits
from skill_ladder.catalog.format import FORMAT_VERSION
from skill_ladder.catalog.schema import ProfileDoc, SkillDoc
from skill_ladder.domain.profile import (
    BASE_LANGUAGE,
    IMPLICIT_ROLE,
    Framework,
    Level,
    Requirement,
    Role,
    SkillProfile,
)
from skill_ladder.errors import InvalidFile, Problem

M = TypeVar("M", bound=BaseModel)

_EXPECTED_TYPE = {
    "bool_type": "boolean",
    "int_type": "integer",
    "int_from_float": "integer",
    "string_type": "string",
    "list_type": "list",
    "dict_type": "object",
    "model_type": "object",
    "model_attributes_type": "object",
    "date_type": "date",
}


def json_path(loc: Iterable[str | int]) -> str:
    """`("skills", 0, "key")` -> `$.skills[0].key`."""
    path = "$"
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.replace("-", "").replace("_", "").isalnum():
            path += f".{part}"
        else:
            path += f"[{part!r}]"
    return path


def problem_from_pydantic(error: Mapping[str, Any]) -> Problem:
    kind = str(error["type"])
    loc = [p for p in error["loc"] if p != "[key]"]
    path = json_path(loc)
    ctx = error.get("ctx") or {}
    if kind == "json_invalid":
        return Problem("file.not_json", "", {"detail": str(ctx.get("error", ""))})
    if kind == "missing":
        return Problem("field.missing", path)
    if kind == "extra_forbidden":
        return Problem("field.unknown", path)
    if kind in _EXPECTED_TYPE:
        return Problem("field.wrong_type", path, {"expected": _EXPECTED_TYPE[kind]})
    if kind.startswith("date_"):
        return Problem("field.bad_date", path, {"value": str(error.get("input", ""))[:40]})
    if kind == "string_pattern_mismatch":
        key_like = bool(loc) and (loc[-1] in ("key", "role", "level"))
        return Problem("field.bad_key" if key_like else "field.bad_language", path)
    if kind in ("string_too_short", "text_blank"):
        return Problem("field.empty", path)
    if kind == "text_control":
        return Problem("field.control_characters", path)
    if kind == "text_bidi":
        return Problem("field.bidi_controls", path)
    if kind == "timezone_aware":
        return Problem("field.no_time_zone", path)
    if kind == "moment_out_of_range":
        return Problem("field.out_of_range", path)
    if kind == "string_too_long":
        return Problem("field.too_long", path, {"max": str(ctx.get("max_length", ""))})
    if kind == "too_short":
        return Problem("field.too_few", path, {"min": str(ctx.get("min_length", ""))})
    if kind == "too_long":
        return Problem("field.too_many", path, {"max": str(ctx.get("max_length", ""))})
    if kind in ("greater_than_equal", "less_than_equal"):
        return Problem("field.out_of_range", path)
    if kind == "literal_error":
        if loc == ["format_version"]:
            return Problem("file.unsupported_version", path, {"supported": str(FORMAT_VERSION)})
        return Problem("file.not_a_profile", path)
    return Problem("field.invalid", path, {"detail": str(error.get("msg", ""))})


def _duplicates(keys: Sequence[str]) -> list[int]:
    seen: set[str] = set()
    repeated = []
    for index, key in enumerate(keys):
        if key in seen:
            repeated.append(index)
        seen.add(key)
    return repeated


def _english_missing(texts: Mapping[str, str], path: str) -> list[Problem]:
    return [] if BASE_LANGUAGE in texts else [Problem("text.missing_english", path)]


def _skill_problems(
    doc: SkillDoc, path: str, levels: set[str], roles: set[str] | None
) -> list[Problem]:
    problems: list[Problem] = []
    for field_name in ("name", "summary", "domain", "group"):
        problems += _english_missing(getattr(doc, field_name), f"{path}.{field_name}")
    for index, req in enumerate(doc.requirements):
        rpath = f"{path}.requirements[{index}]"
        problems += _english_missing(req.text, f"{rpath}.text")
        if req.level not in levels:
            problems.append(
                Problem("requirement.unknown_level", f"{rpath}.level", {"key": req.level})
            )
        if roles is None:
            if req.role not in (None, IMPLICIT_ROLE):
                problems.append(
                    Problem("requirement.role_without_roles", f"{rpath}.role", {"key": req.role})
                )
        elif req.role is None:
            problems.append(Problem("field.missing", f"{rpath}.role"))
        elif req.role not in roles:
            problems.append(Problem("requirement.unknown_role", f"{rpath}.role", {"key": req.role}))
    return problems


def _semantic_problems(doc: ProfileDoc) -> list[Problem]:
    problems = _english_missing(doc.name, "$.name")
    level_keys = [level.key for level in doc.levels]
    for index in _duplicates(level_keys):
        problems.append(
            Problem("key.duplicate", f"$.levels[{index}].key", {"key": level_keys[index]})
        )
    for index, level in enumerate(doc.levels):
        problems += _english_missing(level.name, f"$.levels[{index}].name")
    role_keys = [role.key for role in doc.roles]
    for index, key in enumerate(role_keys):
        if key == IMPLICIT_ROLE:
            problems.append(Problem("key.reserved", f"$.roles[{index}].key", {"key": key}))
    for index in _duplicates(role_keys):
        problems.append(
            Problem("key.duplicate", f"$.roles[{index}].key", {"key": role_keys[index]})
        )
    for index, role in enumerate(doc.roles):
        problems += _english_missing(role.name, f"$.roles[{index}].name")
    skill_keys = [skill.key for skill in doc.skills]
    for index in _duplicates(skill_keys):
        problems.append(
            Problem("key.duplicate", f"$.skills[{index}].key", {"key": skill_keys[index]})
        )
    if doc.key in skill_keys:
        problems.append(Problem("key.duplicate", "$.key", {"key": doc.key}))
    total = sum(len(skill.requirements) for skill in doc.skills)
    if total > limits.MAX_REQUIREMENTS:
        problems.append(
            Problem("field.too_many", "$.skills", {"max": str(limits.MAX_REQUIREMENTS)})
        )
    seen_requirements: set[str] = set(skill_keys) | {doc.key}
    roles = set(role_keys) if role_keys else None
    for s_index, skill in enumerate(doc.skills):
        path = f"$.skills[{s_index}]"
        problems += _skill_problems(skill, path, set(level_keys), roles)
        for r_index, req in enumerate(skill.requirements):
            if req.key in seen_requirements:
                problems.append(
                    Problem(
                        "key.duplicate", f"{path}.requirements[{r_index}].key", {"key": req.key}
                    )
                )
            seen_requirements.add(req.key)
    return problems


def _to_framework(doc: ProfileDoc) -> Framework:
    levels = tuple(
        Level(key=lv.key, name=dict(lv.name), short=dict(lv.short or lv.name)) for lv in doc.levels
    )
    if doc.roles:
        roles = tuple(Role(key=r.key, name=dict(r.name)) for r in doc.roles)
    else:
        roles = (Role(key=IMPLICIT_ROLE, name={"en": "Everyone", "es": "Todos"}),)
    skills = tuple(
        SkillProfile(
            key=s.key,
            name=dict(s.name),
            summary=dict(s.summary),
            domain=dict(s.domain),
            group=dict(s.group),
            version=s.version,
            updated=s.updated,
            requirements=tuple(
                Requirement(
                    key=r.key,
                    role=r.role or IMPLICIT_ROLE,
                    level=r.level,
                    required=r.required,
                    text=dict(r.text),
                )
                for r in s.requirements
            ),
        )
        for s in doc.skills
    )
    return Framework(key=doc.key, name=dict(doc.name), levels=levels, roles=roles, skills=skills)


def _refuse_duplicate_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):  # one pass over the names (counting each was quadratic)
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                raise _DuplicateName(name)
            seen.add(name)
    return found


class _DuplicateName(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def check_duplicate_names(data: bytes) -> None:
    """JSON parsers keep the last of two equal names; `"required": true, "required": false`
    must be an error, not a silent choice."""
    try:
        json.loads(data, object_pairs_hook=_refuse_duplicate_names)
    except _DuplicateName as duplicate:
        problem = Problem("file.duplicate_name", "", {"name": duplicate.name[:80]})
        raise InvalidFile("file.invalid", [problem], count=1) from None
    except (ValueError, RecursionError):
        return  # not JSON: the schema pass words it


# The `format` of each kind of file, and the code of the problem "this is the other kind".
_KINDS = {"skill-ladder-profile": "file.is_profile_file", "skill-ladder-data": "file.is_data_file"}
_BOM = b"\xef\xbb\xbf"


def _other_kind(model: type[BaseModel], data: bytes) -> Problem | None:
    """A data file given to the profile importer (or the reverse): one problem saying so,
    instead of every field the other format does not have."""
    from pydantic_core import from_json

    try:
        found = from_json(data)
    except ValueError:
        return None
    kind = found.get("format") if isinstance(found, dict) else None
    wanted = getattr(model.model_fields.get("format"), "annotation", None)
    if not isinstance(kind, str) or kind not in _KINDS or kind in getattr(wanted, "__args__", ()):
        return None
    return Problem(_KINDS[kind], "$.format")


def check_names_per_object(data: bytes, most: int) -> None:
    """Refuse, before parsing, a file in which some object must hold more than `most` names.

    Counted on the bytes, in a few milliseconds for 32 MiB: the names (a quote and a colon,
    less the escaped quotes before a colon) can only be fewer than the file's real names, and
    the opening braces only more than its objects (both may also sit in strings), so a
    quotient above `most` proves an object with more names than that: a file of one object
    with 2.7 million names took seconds to parse and check for a repeated name."""
    names = data.count(b'":') - data.count(b'\\":')
    objects = data.count(b"{")
    if names > most * max(1, objects):
        problem = Problem("file.too_many_names", "", {"most": str(most)})
        raise InvalidFile("file.invalid", [problem], count=1)


def validate_json(
    model: type[M], data: bytes, max_bytes: int, *, names_per_object: int | None = None
) -> M:
    """Parse `data` strictly as `model`, or raise `InvalidFile` naming every problem with its
    JSON path (sizes, duplicate names, types, missing and unknown fields). With
    `names_per_object`, a file that must have an object with more names is refused first."""
    if len(data) > max_bytes:
        raise InvalidFile("file.too_large", max_mib=max_bytes // (1024 * 1024))
    if data.startswith(_BOM):  # some editors begin UTF-8 files with a byte-order mark
        data = data[len(_BOM) :]
    if names_per_object is not None:
        check_names_per_object(data, names_per_object)
    check_duplicate_names(data)
    try:
        return model.model_validate_json(data, strict=True)
    except ValidationError as error:
        other = _other_kind(model, data)
        if other is not None:
            raise InvalidFile("file.invalid", [other], count=1) from None
        problems = [problem_from_pydantic(e) for e in error.errors(include_url=False)]
        raise InvalidFile(
            "file.invalid", problems[: limits.MAX_PROBLEMS_REPORTED], count=len(problems)
        ) from None
    except (RecursionError, MemoryError, UnicodeDecodeError):
        raise InvalidFile("file.invalid", [Problem("file.not_json")], count=1) from None


def parse_profile(data: bytes) -> Framework:
    """Validate a whole profile file; raise `InvalidFile` naming every problem found."""
    doc = validate_json(
        ProfileDoc, data, limits.MAX_FILE_BYTES, names_per_object=limits.MAX_NAMES_PER_OBJECT
    )
    problems = _semantic_problems(doc)
    if problems:
        raise InvalidFile(
            "file.invalid", problems[: limits.MAX_PROBLEMS_REPORTED], count=len(problems)
        )
    return _to_framework(doc)
