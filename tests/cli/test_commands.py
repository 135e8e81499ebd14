"""The real `skill-ladder` command in subprocesses, as scripts and people use it."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from skill_ladder.catalog.synthetic import synthetic_document
from tests.conftest import Cli, database_dump, write_json
from tests.support import profiles
from tests.support.seed_page import parse_seed_page


def test_profile_show_json_gives_the_seed_counts(cli: Cli) -> None:
    result = cli("profile", "show", "mlflow", "--json")
    assert result.code == 0, result.err
    shown = result.json()
    assert shown["counts"] == {"roles": 6, "levels": 5, "required": 22, "optional": 8}
    assert shown["levels"] == ["junior", "middle", "senior", "lead", "principal"]
    assert len(shown["roles"]) == 6
    assert (shown["domain"], shown["group"], shown["updated"], shown["version"]) == (
        "Machine Learning & AI",
        "MLOps",
        "2026-03-17",
        1,
    )
    english = {c.description for c in parse_seed_page()}
    assert {r["text"] for r in shown["requirements"]} == english
    assert set(shown["requirements"][0]) == {
        *("key", "skill", "role", "level", "required", "text", "text_changed", "text_language")
    }


@pytest.mark.parametrize("where", ["global", "subcommand"])
def test_profile_show_in_spanish(cli: Cli, where: str) -> None:
    args = ("profile", "show", "mlflow", "--json")
    result = cli(*args, lang="es") if where == "global" else cli(*args, "--lang", "es", lang="en")
    assert result.code == 0, result.err
    shown = result.json()
    spanish = {r["text"]["es"] for r in profiles.bundled_document()["skills"][0]["requirements"]}
    assert {r["text"] for r in shown["requirements"]} == spanish
    assert shown["domain"] == "Machine learning e IA"


def test_system_language_is_followed_without_lang(cli: Cli) -> None:
    result = cli("profile", "show", "mlflow", "--json", env={"LANG": "es_AR.UTF-8"})
    assert result.json()["summary"].startswith("MLflow: seguimiento")


def test_profile_list_json(cli: Cli) -> None:
    result = cli("profile", "list", "--json")
    assert result.code == 0, result.err
    assert result.json() == [
        {
            "key": "mlflow",
            "name": "MLflow",
            "framework": "ml-engineering",
            "domain": "Machine Learning & AI",
            "group": "MLOps",
            "version": 1,
            "updated": "2026-03-17",
        }
    ]


FIXTURES = {
    "three levels": profiles.three_levels,
    "nine levels": profiles.nine_levels,
    "no roles": profiles.no_roles,
    "several per cell": profiles.multi_cell,
}


@pytest.mark.parametrize("name", FIXTURES)
def test_other_framework_shapes_import_and_answer(cli: Cli, tmp_path: Path, name: str) -> None:
    document = FIXTURES[name]()
    path = write_json(tmp_path / "fixture.json", document)
    imported = cli("profile", "import", str(path))
    assert imported.code == 0, imported.err
    skill = document["skills"][0]
    shown = cli("profile", "show", skill["key"], "--json").json()
    levels = [lv["key"] for lv in document["levels"]]
    assert shown["levels"] == levels
    roles = [r["key"] for r in document.get("roles", [])] or ["everyone"]
    assert shown["roles"] == roles
    assert len(shown["requirements"]) == len(skill["requirements"])
    first = skill["requirements"][0]
    rate_args = [skill["key"], first.get("role", "everyone"), first["level"], "meets"]
    if name == "several per cell":
        rate_args += ["--requirement", first["key"]]
    assert cli("rate", *rate_args).code == 0
    status = cli("status", document["key"], roles[0], "--json")
    assert status.code == 0, status.err
    body = status.json()
    assert [lv["key"] for lv in body["levels"]] == levels
    first_level = body["levels"][0]
    assert first_level["required_met"] + first_level["optional_met"] == 1


def test_status_golden_case_through_the_command_line(cli: Cli) -> None:
    for level, value in (("junior", "meets"), ("middle", "meets"), ("senior", "working-towards")):
        assert cli("rate", "mlflow", "ml-engineer", level, value).code == 0
    body = cli("status", "mlflow", "ml-engineer", "--json").json()
    assert body["estimated_level"] == "middle"
    assert [(g["level"], g["required"], g["rating"]) for g in body["gaps"]] == [
        ("senior", True, "working-towards")
    ]
    assert set(body["gaps"][0]) == {
        *("key", "skill", "role", "level", "required", "text", "rating"),
        *("text_changed", "text_language"),
    }
    levels = {lv["key"]: lv for lv in body["levels"]}
    assert levels["senior"] == {
        "key": "senior",
        "met": False,
        "blocks": True,
        "readiness": 0.0,
        "required_met": 0,
        "required_total": 1,
        "optional_met": 0,
        "optional_total": 0,
    }
    text = cli("status", "mlflow", "ml-engineer")
    assert "Estimated level: Middle" in text.out


def test_rating_with_a_note_and_clearing(cli: Cli) -> None:
    assert (
        cli("rate", "mlflow", "ml-engineer", "junior", "exceeds", "--note", "Logged 40 runs").code
        == 0
    )
    assert cli("rate", "mlflow", "ml-engineer", "junior", "none").code == 0
    body = cli("status", "mlflow", "ml-engineer", "--json").json()
    assert body["gaps"][0]["key"] == "mlflow-ml-engineer-junior"
    assert body["gaps"][0]["rating"] is None


def test_checkins_are_listed_with_local_offset(cli: Cli) -> None:
    cli("rate", "mlflow", "ml-engineer", "junior", "meets")
    assert cli("checkin", "create", "--note", "Before my 1:1").code == 0
    assert cli("checkin", "create").code == 0
    listed = cli("checkin", "list", "--json", env={"TZ": "America/Argentina/Buenos_Aires"}).json()
    assert [(c["id"], c["note"]) for c in listed] == [(1, "Before my 1:1"), (2, "")]
    created = datetime.fromisoformat(listed[0]["created"])
    assert created.utcoffset() is not None and created.utcoffset().total_seconds() == -3 * 3600


def test_export_then_import_into_a_fresh_folder(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "exported.json"
    assert cli("profile", "export", "mlflow", "--out", str(out)).code == 0
    fresh = Cli(tmp_path / "fresh")
    assert fresh("profile", "import", str(out)).code == 0
    for lang in ("en", "es"):
        assert (
            fresh("profile", "show", "mlflow", "--json", lang=lang).json()
            == cli("profile", "show", "mlflow", "--json", lang=lang).json()
        )
    again = tmp_path / "again.json"
    assert fresh("profile", "export", "mlflow", "--out", str(again)).code == 0
    assert again.read_bytes() == out.read_bytes()


def test_importing_the_same_version_again_succeeds(cli: Cli) -> None:
    result = cli("profile", "import", str(profiles.BUNDLED))
    assert result.code == 0, result.err
    assert "unchanged" in result.out


def _broken(change: Any) -> dict[str, Any]:
    document = profiles.bundled_document()
    document["key"] = "custom"
    document["skills"][0]["key"] = "custom-skill"
    for req in document["skills"][0]["requirements"]:
        req["key"] = "custom-" + req["key"]
    change(document)
    return document


BROKEN_FILES: dict[str, tuple[Any, str]] = {
    "boolean as text": (
        lambda d: d["skills"][0]["requirements"][0].__setitem__("required", "yes"),
        "$.skills[0].requirements[0].required",
    ),
    "unknown role": (
        lambda d: d["skills"][0]["requirements"][1].__setitem__("role", "astronaut"),
        "$.skills[0].requirements[1].role",
    ),
    "unknown level": (
        lambda d: d["skills"][0]["requirements"][2].__setitem__("level", "galaxy"),
        "$.skills[0].requirements[2].level",
    ),
    "duplicate key": (
        lambda d: d["skills"][0]["requirements"][4].__setitem__(
            "key", d["skills"][0]["requirements"][3]["key"]
        ),
        "$.skills[0].requirements[4].key",
    ),
    "missing English": (
        lambda d: d["roles"][2]["name"].pop("en"),
        "$.roles[2].name",
    ),
    "bad date": (
        lambda d: d["skills"][0].__setitem__("updated", "2026-02-30"),
        "$.skills[0].updated",
    ),
    "wrong type": (
        lambda d: d.__setitem__("levels", "junior, senior"),
        "$.levels",
    ),
    "key taken by the bundled profile": (
        lambda d: d["skills"][0]["requirements"][0].__setitem__("key", "mlflow-ml-engineer-junior"),
        "$.skills[0].requirements[0].key",
    ),
}


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_broken_files_are_named_and_change_nothing(cli: Cli, tmp_path: Path, name: str) -> None:
    change, json_path = BROKEN_FILES[name]
    cli("rate", "mlflow", "ml-engineer", "junior", "meets")  # some personal data to protect
    database = cli.data_dir / "skill-ladder.sqlite3"
    before = database_dump(database)
    path = write_json(tmp_path / "broken.json", _broken(change))
    result = cli("profile", "import", str(path))
    assert result.code == 2
    assert json_path in result.err
    assert str(path) in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert database_dump(database) == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("profile", "show", "nothing"), "nothing"),
        (("rate", "mlflow", "astronaut", "junior", "meets"), "astronaut"),
        (("rate", "mlflow", "ml-engineer", "galaxy", "meets"), "galaxy"),
        (("rate", "mlflow", "ml-engineer", "junior", "great"), "great"),
        (("status", "mlflow", "astronaut"), "astronaut"),
        (("profile", "import", "/no/such/file.json"), "/no/such/file.json"),
        (("profile", "frobnicate"), "frobnicate"),
        (("--lang", "fr", "profile", "list"), "fr"),
        (("--data-dir", "", "profile", "list"), "--data-dir"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(cli: Cli, args: tuple[str, ...], fragment: str) -> None:
    result = cli(*args)
    assert result.code == 2
    assert fragment in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert result.out == ""


def test_not_a_json_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    path.write_text("<html>not a profile</html>")
    result = cli("profile", "import", str(path))
    assert result.code == 2
    assert "not valid JSON" in result.err


def test_unwritable_export_target_fails_with_exit_1(cli: Cli, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = cli("profile", "export", "mlflow", "--out", str(blocker / "x.json"))
    assert result.code == 1
    assert re.search(r"Cannot write .*x\.json", result.err)


def test_database_from_a_newer_app_exits_1_and_is_untouched(cli: Cli) -> None:
    import sqlite3

    assert cli("profile", "list").code == 0
    database = cli.data_dir / "skill-ladder.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999'")
    connection.close()
    before = database.read_bytes()
    result = cli("profile", "list")
    assert result.code == 1
    assert "newer version" in result.err
    assert database.read_bytes() == before


def test_data_folder_from_the_environment(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    folder = tmp_path / "env-folder"
    env = {**os.environ, "SKILL_LADDER_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "skill_ladder", "profile", "list"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (folder / "skill-ladder.sqlite3").exists()
    assert (folder / "skill-ladder.log").exists()


def test_a_large_log_is_rotated_at_start_keeping_three(cli: Cli) -> None:
    assert cli("profile", "list").code == 0
    log = cli.data_dir / "skill-ladder.log"
    for n in (1, 2, 3):
        log.with_name(f"skill-ladder.log.{n}").write_text(f"old {n}\n")
    log.write_text("x" * 1_000_001)
    assert cli("profile", "list").code == 0
    assert log.stat().st_size < 10_000  # a new log, with this run's lines only
    assert log.with_name("skill-ladder.log.1").read_text() == "x" * 1_000_001
    assert log.with_name("skill-ladder.log.2").read_text() == "old 1\n"
    assert log.with_name("skill-ladder.log.3").read_text() == "old 2\n"
    assert not log.with_name("skill-ladder.log.4").exists()  # "old 3" is gone


def test_unexpected_failure_is_logged_not_shown_as_traceback(cli: Cli, tmp_path: Path) -> None:
    synthetic = synthetic_document(key="big", skills=1)
    path = write_json(tmp_path / "ok.json", synthetic)
    database = cli.data_dir / "skill-ladder.sqlite3"
    assert cli("profile", "list").code == 0
    import sqlite3

    with sqlite3.connect(database) as connection:  # sabotage: a table the code relies on
        connection.execute("DROP TABLE frameworks")
    connection.close()
    result = cli("profile", "import", str(path))
    assert result.code == 1
    assert "Traceback" not in result.err
    assert "skill-ladder.log" in result.err
    assert "Traceback" in (cli.data_dir / "skill-ladder.log").read_text()


def test_help_lists_the_subcommands(cli: Cli) -> None:
    result = cli("--help")
    assert result.code == 0
    for word in ("profile", "rate", "status", "checkin", "--data-dir", "--lang"):
        assert word in result.out
    body: dict[str, Any] = json.loads(cli("profile", "list", "--json").out)[0]
    assert body["key"] == "mlflow"


def test_unknown_role_lists_the_roles(cli: Cli) -> None:
    result = cli("status", "mlflow", "astronaut")
    assert "its roles: computer-vision-engineer, data-scientist" in result.err


def test_a_device_is_read_only_up_to_the_limit(cli: Cli) -> None:
    result = cli("profile", "import", "/dev/zero")
    assert result.code == 2
    assert "larger than 32 MiB" in result.err


def test_data_folder_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    result = Cli(blocker)("profile", "list")
    assert result.code == 1
    assert result.err == f"skill-ladder: The data folder “{blocker}” is a file, not a folder.\n"


def test_export_into_a_missing_folder_is_refused(cli: Cli, tmp_path: Path) -> None:
    result = cli("profile", "export", "mlflow", "--out", str(tmp_path / "missing" / "x.json"))
    assert result.code == 1
    assert "No such file or directory" in result.err
    assert not (tmp_path / "missing").exists()
    # In Spanish the system's reason too, and a data folder inside a file.
    spanish = cli(
        "profile", "export", "mlflow", "--out", str(tmp_path / "missing" / "x.json"), lang="es"
    )
    assert "no existe el archivo o la carpeta" in spanish.err and "No such" not in spanish.err
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    inside = Cli(blocker / "sub")("profile", "list", lang="es")
    assert inside.code == 1 and inside.err.endswith(": no es una carpeta.\n"), inside.err


def test_empty_check_in_list_says_so(cli: Cli) -> None:
    assert cli("checkin", "list").out == "No check-ins yet.\n"


def test_spanish_command_line(cli: Cli) -> None:
    shown = cli("--lang", "es", "profile", "show", "mlflow")
    assert shown.code == 0
    assert "Obligatorio" in shown.out and "Intermedio" in shown.out
    status = cli("--lang", "es", "status", "mlflow", "ml-engineer")
    assert status.out.startswith("Nivel estimado:")


def test_bad_argument_is_reported_in_spanish(cli: Cli) -> None:
    result = cli("--lang", "es", "rate", "mlflow", "ml-engineer", "junior", "genial")
    assert result.code == 2
    assert "no es una valoración" in result.err
    argparse_error = cli("--lang", "es", "profile", "frobnicate")
    assert argparse_error.code == 2
    assert "opción no válida" in argparse_error.err
    help_text = cli("--lang", "es", "--help")
    assert "opciones" in help_text.out and "muestra este mensaje de ayuda" in help_text.out


def test_roles_and_levels_may_be_named_as_shown(cli: Cli) -> None:
    assert cli("rate", "mlflow", "ML Engineer", "Lead / Staff", "meets").code == 0
    body = cli("status", "mlflow", "ml engineer", "--json").json()
    lead = next(lv for lv in body["levels"] if lv["key"] == "lead")
    assert lead["required_met"] == 1
    assert cli("--lang", "es", "status", "mlflow", "Ingeniero/a de ML").code == 0
