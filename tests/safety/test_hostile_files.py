"""Hostile shapes of profile and data files found in issue 15 (items 6, 7 and 11): each is a
one-line refusal naming its JSON path, with nothing written and no backup made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from skill_ladder.catalog.validation import parse_profile
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidFile
from skill_ladder.services.hub import Services
from skill_ladder.wording import describe_problem
from tests.conftest import Cli, database_dump
from tests.support.profiles import bundled_document


def _data_document(services: Services) -> dict[str, Any]:
    services.ratings.rate_cell("mlflow", "ml-engineer", "junior", Rating.MEETS, note="n")
    services.checkins.create("q1")
    services.personal.set_followed("mlflow", True)
    return json.loads(services.data.export_bytes())


# (where, value, the JSON path named): each crashed `data import` before.
CRASHERS = [
    (("ratings", 0, "updated_at"), "2026-01-01T10:00:00", "$.ratings[0].updated_at"),
    (("exported",), "9999-12-31T23:00:00-05:00", "$.exported"),
    (("checkins", 0, "created"), "9999-12-31T23:59:59-01:00", "$.checkins[0].created"),
    (("checkins", 0, "id"), 2**63, "$.checkins[0].id"),
    (("checkins", 0, "items", 0, "position"), 10**30, "$.checkins[0].items[0].position"),
    (("checkins", 0, "items", 0, "skill_version"), 2**64, "$.checkins[0].items[0].skill_version"),
    (("format_version",), True, "$.format_version"),
]


def _set(document: dict[str, Any], where: tuple[Any, ...], value: Any) -> None:
    target: Any = document
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = value


@pytest.mark.parametrize(("where", "value", "path"), CRASHERS)
def test_data_import_refuses_what_used_to_crash(
    services: Services, where: tuple[Any, ...], value: Any, path: str
) -> None:
    document = _data_document(services)
    _set(document, where, value)
    before = database_dump(services.database.path)
    with pytest.raises(InvalidFile) as refused:
        services.data.import_bytes(json.dumps(document).encode(), replace=True)
    assert [p.path for p in refused.value.problems] == [path]
    assert database_dump(services.database.path) == before
    assert not [b for b in services.backups.all() if b.kind == "import"]  # none for a refusal


def test_the_command_line_words_a_crasher_in_one_line(
    cli: Cli, services: Services, tmp_path: Path
) -> None:
    document = _data_document(services)
    document["checkins"][0]["id"] = 2**63
    document["ratings"][0]["updated_at"] = "2026-01-01T10:00:00"
    services.database.close()
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(document))
    result = cli("data", "import", str(hostile), "--replace")
    assert result.code == 2, result.err
    assert result.err.count("\n") == 1 and "should not have" not in result.err
    assert "$.checkins[0].id" in result.err and "$.ratings[0].updated_at" in result.err
    assert "time zone" in result.err
    assert not list((cli.data_dir / "backups").glob("*-import.sqlite3"))


def test_a_failed_write_leaves_no_import_backup(services: Services) -> None:
    """Past validation, a write that fails (here: a requirement key that a file's profile
    takes from another installed skill) rolls back and removes the backup it made."""
    document = _data_document(services)
    twin = bundled_document()
    twin["key"] = "twin"
    twin["skills"][0]["key"] = "twin-skill"  # its requirements keep mlflow's keys
    document["profiles"].append(twin)
    before = database_dump(services.database.path)
    with pytest.raises(Exception):  # noqa: B017  whichever refusal: nothing may remain
        services.data.import_bytes(json.dumps(document).encode(), replace=True)
    assert database_dump(services.database.path) == before
    assert not [b for b in services.backups.all() if b.kind == "import"]


def test_a_repeated_name_among_forty_thousand_is_named() -> None:
    """The check of repeated names is one pass (counting each name was quadratic: 38 s)."""
    from skill_ladder.catalog.validation import check_duplicate_names

    names = ",".join(f'"k{n}":0' for n in range(40_000))
    with pytest.raises(InvalidFile) as refused:
        check_duplicate_names(f'{{{names},"k7":1}}'.encode())
    assert refused.value.problems[0].code == "file.duplicate_name"
    assert refused.value.problems[0].params == {"name": "k7"}


def test_an_object_of_more_names_than_any_profile_is_refused_before_parsing() -> None:
    """Issue 15, item 6: one object of forty thousand names cannot be a profile; it is
    refused from the bytes alone, without parsing them."""
    names = ",".join(f'"k{n}":0' for n in range(40_000))
    with pytest.raises(InvalidFile) as refused:
        parse_profile(f'{{{names},"k7":1}}'.encode())
    assert refused.value.problems[0].code == "file.too_many_names"
    assert "more than 40 names" in describe_problem(refused.value.problems[0])


def test_the_count_of_names_never_refuses_a_real_profile() -> None:
    """Texts full of quoted words before a colon, and every text in twenty languages: the
    count stays a lower bound of the names, so a valid profile still imports."""
    document = bundled_document()
    languages = [
        "fr",
        "de",
        "it",
        "pt",
        "nl",
        "sv",
        "da",
        "fi",
        "pl",
        "cs",
        "sk",
        "hu",
        "ro",
        "bg",
        "el",
        "tr",
        "ja",
        "ko",
    ]
    for skill in document["skills"]:
        for requirement in skill["requirements"]:
            said = " ".join('"x": y {' for _ in range(50))
            requirement["text"] = {"en": said, "es": said, **{lang: said for lang in languages}}
    framework = parse_profile(json.dumps(document).encode())
    assert framework.requirement_count == 30


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("\u200b\u200d\ufeff", "field.empty"),  # only zero-width characters
        ("\u2060 \u200b", "field.empty"),
        ("MLflow\u202etxt.exe", "field.bidi_controls"),
        ("\u2066MLflow\u2069", "field.bidi_controls"),
    ],
)
def test_invisible_and_bidirectional_names_are_refused(name: str, code: str) -> None:
    document = bundled_document()
    document["skills"][0]["name"]["en"] = name
    with pytest.raises(InvalidFile) as refused:
        parse_profile(json.dumps(document).encode())
    assert [(p.code, p.path) for p in refused.value.problems] == [(code, "$.skills[0].name.en")]


def test_format_version_true_is_not_one() -> None:
    document = bundled_document()
    document["format_version"] = True
    with pytest.raises(InvalidFile) as refused:
        parse_profile(json.dumps(document).encode())
    assert [p.path for p in refused.value.problems] == ["$.format_version"]


def test_a_leading_byte_order_mark_is_read_past() -> None:
    data = b"\xef\xbb\xbf" + json.dumps(bundled_document()).encode()
    assert parse_profile(data).key == bundled_document()["key"]


def test_a_file_of_the_other_kind_says_which_command_to_use(
    services: Services, tmp_path: Path
) -> None:
    data_file = services.data.export_bytes()
    with pytest.raises(InvalidFile) as as_profile:
        services.catalog.import_bytes(data_file)
    assert [p.code for p in as_profile.value.problems] == ["file.is_data_file"]
    profile_file = json.dumps(bundled_document()).encode()
    with pytest.raises(InvalidFile) as as_data:
        services.data.import_bytes(profile_file)
    assert [p.code for p in as_data.value.problems] == ["file.is_profile_file"]
