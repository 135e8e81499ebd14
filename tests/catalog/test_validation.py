"""Every problem of a profile file is named with its JSON path; nothing half-parses."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from skill_ladder.catalog import limits
from skill_ladder.catalog.document import dump_profile
from skill_ladder.catalog.synthetic import synthetic_bytes, synthetic_document
from skill_ladder.catalog.validation import parse_profile
from skill_ladder.errors import InvalidFile
from tests.support.profiles import bundled_document

Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _delete(path: list[Any]) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


def _duplicate_requirement(doc: dict[str, Any]) -> None:
    doc["skills"][0]["requirements"].append(copy.deepcopy(doc["skills"][0]["requirements"][0]))


def _duplicate_level(doc: dict[str, Any]) -> None:
    doc["levels"].append(copy.deepcopy(doc["levels"][1]))


# (name, mutation, expected problem code, expected JSON path)
BROKEN: list[tuple[str, Mutation, str, str]] = [
    (
        "required as a string",
        _set(["skills", 0, "requirements", 3, "required"], "yes"),
        "field.wrong_type",
        "$.skills[0].requirements[3].required",
    ),
    (
        "unknown role",
        _set(["skills", 0, "requirements", 5, "role"], "astronaut"),
        "requirement.unknown_role",
        "$.skills[0].requirements[5].role",
    ),
    (
        "unknown level",
        _set(["skills", 0, "requirements", 7, "level"], "wizard"),
        "requirement.unknown_level",
        "$.skills[0].requirements[7].level",
    ),
    (
        "duplicate requirement key",
        _duplicate_requirement,
        "key.duplicate",
        "$.skills[0].requirements[30].key",
    ),
    ("duplicate level key", _duplicate_level, "key.duplicate", "$.levels[5].key"),
    (
        "missing English text",
        _delete(["skills", 0, "requirements", 2, "text", "en"]),
        "text.missing_english",
        "$.skills[0].requirements[2].text",
    ),
    (
        "date in the page's own format",
        _set(["skills", 0, "updated"], "17/3/2026"),
        "field.bad_date",
        "$.skills[0].updated",
    ),
    (
        "version as text",
        _set(["skills", 0, "version"], "1"),
        "field.wrong_type",
        "$.skills[0].version",
    ),
    ("missing summary", _delete(["skills", 0, "summary"]), "field.missing", "$.skills[0].summary"),
    ("unknown field", _set(["skills", 0, "colour"], "blue"), "field.unknown", "$.skills[0].colour"),
    ("key with spaces", _set(["skills", 0, "key"], "ML flow"), "field.bad_key", "$.skills[0].key"),
    (
        "empty description",
        _set(["skills", 0, "requirements", 0, "text", "en"], ""),
        "field.empty",
        "$.skills[0].requirements[0].text.en",
    ),
    (
        "too long description",
        _set(["skills", 0, "requirements", 0, "text", "en"], "x" * (limits.MAX_TEXT_LENGTH + 1)),
        "field.too_long",
        "$.skills[0].requirements[0].text.en",
    ),
    ("no levels", _set(["levels"], []), "field.too_few", "$.levels"),
    ("newer format", _set(["format_version"], 2), "file.unsupported_version", "$.format_version"),
    ("not our format", _set(["format"], "other"), "file.not_a_profile", "$.format"),
    ("levels not a list", _set(["levels"], {"junior": 1}), "field.wrong_type", "$.levels"),
    (
        "requirement without a role",
        _delete(["skills", 0, "requirements", 4, "role"]),
        "field.missing",
        "$.skills[0].requirements[4].role",
    ),
]


def _broken(mutation: Mutation) -> bytes:
    doc = bundled_document()
    mutation(doc)
    return json.dumps(doc).encode()


@pytest.mark.parametrize(("name", "mutation", "code", "path"), BROKEN, ids=[b[0] for b in BROKEN])
def test_each_problem_is_named_with_its_json_path(
    name: str, mutation: Mutation, code: str, path: str
) -> None:
    with pytest.raises(InvalidFile) as caught:
        parse_profile(_broken(mutation))
    found = [(p.code, p.path) for p in caught.value.problems]
    assert (code, path) in found, found


def test_line_breaks_and_tabs_are_fine_in_descriptions() -> None:
    doc = bundled_document()
    doc["skills"][0]["requirements"][0]["text"]["en"] = "First line.\n\tSecond line."
    framework = parse_profile(json.dumps(doc).encode())
    assert framework.skills[0].requirements[0].text["en"] == "First line.\n\tSecond line."


def test_a_name_given_twice_in_one_object_is_refused() -> None:
    data = json.dumps(bundled_document()).replace(
        '"required": true', '"required": true, "required": false', 1
    )
    with pytest.raises(InvalidFile) as caught:
        parse_profile(data.encode())
    assert [(p.code, p.params) for p in caught.value.problems] == [
        ("file.duplicate_name", {"name": "required"})
    ]


def test_several_problems_are_all_reported() -> None:
    doc = bundled_document()
    doc["skills"][0]["requirements"][0]["required"] = "yes"
    doc["skills"][0]["requirements"][1]["level"] = 3
    with pytest.raises(InvalidFile) as caught:
        parse_profile(json.dumps(doc).encode())
    paths = {p.path for p in caught.value.problems}
    assert {"$.skills[0].requirements[0].required", "$.skills[0].requirements[1].level"} <= paths


@pytest.mark.parametrize(
    "data",
    [b"", b"{", b"not json", b"[]", b"\xff\xfe\x00", b"[" * 100_000 + b"]" * 100_000, b"null"],
    ids=["empty", "truncated", "text", "list", "binary", "deeply nested", "null"],
)
def test_non_profiles_are_refused_cleanly(data: bytes) -> None:
    with pytest.raises(InvalidFile) as caught:
        parse_profile(data)
    assert caught.value.code == "file.invalid"
    assert caught.value.problems


def test_file_over_the_size_limit_is_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InvalidFile) as caught:
        parse_profile(b" " * 1001)
    assert caught.value.code == "file.too_large"


def test_role_less_framework_gets_the_implicit_role() -> None:
    framework = parse_profile(synthetic_bytes(roles=0, levels=3))
    assert [r.key for r in framework.roles] == ["everyone"]
    assert not framework.has_roles
    assert {r.role for s in framework.skills for r in s.requirements} == {"everyone"}


def test_role_given_where_the_file_has_no_roles_is_refused() -> None:
    doc = synthetic_document(roles=0)
    doc["skills"][0]["requirements"][0]["role"] = "boss"
    with pytest.raises(InvalidFile) as caught:
        parse_profile(json.dumps(doc).encode())
    assert caught.value.problems[0].code == "requirement.role_without_roles"


@pytest.mark.parametrize("shape", [dict(roles=0, levels=3), dict(roles=3, levels=9, per_cell=2)])
def test_document_round_trips(shape: dict[str, int]) -> None:
    framework = parse_profile(synthetic_bytes(**shape))
    assert parse_profile(dump_profile(framework)) == framework


def test_bundled_profile_round_trips_byte_for_byte() -> None:
    from tests.support.profiles import BUNDLED

    assert dump_profile(parse_profile(BUNDLED.read_bytes())) == BUNDLED.read_bytes()
