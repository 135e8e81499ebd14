"""My data out and back in; CSV for spreadsheets; refusing to overwrite without --replace."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.conftest import Cli, database_dump


def _fill(cli: Cli) -> None:
    for args in (
        ("rate", "mlflow", "ml-engineer", "junior", "exceeds", "--note", "Ran 40 experiments <b>"),
        ("rate", "mlflow", "data-scientist", "senior", "working-towards"),
        ("checkin", "create", "--note", "Q1"),
        ("rate", "mlflow", "ml-engineer", "middle", "meets", "--note", "Autologging"),
        ("checkin", "create"),
    ):
        assert cli(*args).code == 0, args


def test_export_import_export_is_identical(cli: Cli, tmp_path: Path) -> None:
    _fill(cli)
    first = tmp_path / "first.json"
    assert cli("data", "export", "--out", str(first)).code == 0
    fresh = Cli(tmp_path / "fresh")
    result = fresh("data", "import", str(first))
    assert result.code == 0, result.err
    second = tmp_path / "second.json"
    assert fresh("data", "export", "--out", str(second)).code == 0
    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    one.pop("exported"), two.pop("exported")
    assert one == two
    assert len(one["checkins"]) == 2 and len(one["rating_events"]) == 3
    assert (
        fresh("status", "mlflow", "ml-engineer", "--json").json()
        == cli("status", "mlflow", "ml-engineer", "--json").json()
    )


def test_import_into_a_folder_with_data_needs_replace(cli: Cli, tmp_path: Path) -> None:
    _fill(cli)
    exported = tmp_path / "mine.json"
    assert cli("data", "export", "--out", str(exported)).code == 0
    other = Cli(tmp_path / "other")
    assert other("rate", "mlflow", "nlp-engineer", "junior", "meets").code == 0
    before = database_dump(other.data_dir / "skill-ladder.sqlite3")
    refused = other("data", "import", str(exported))
    assert refused.code == 2 and "--replace" in refused.err
    assert database_dump(other.data_dir / "skill-ladder.sqlite3") == before
    replaced = other("data", "import", str(exported), "--replace")
    assert replaced.code == 0, replaced.err
    assert [b["kind"] for b in other("backup", "list", "--json").json()].count("import") == 1
    gaps = other("status", "mlflow", "nlp-engineer", "--json").json()["gaps"]
    assert gaps[0]["key"] == "mlflow-nlp-engineer-junior" and gaps[0]["rating"] is None


def test_a_broken_data_file_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    _fill(cli)
    exported = tmp_path / "mine.json"
    assert cli("data", "export", "--out", str(exported)).code == 0
    document = json.loads(exported.read_text())
    document["checkins"][1]["id"] = document["checkins"][0]["id"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document))
    fresh = Cli(tmp_path / "fresh")
    assert fresh("profile", "list").code == 0
    before = database_dump(fresh.data_dir / "skill-ladder.sqlite3")
    result = fresh("data", "import", str(broken))
    assert result.code == 2
    assert "$.checkins[1].id" in result.err
    assert "not a valid Skill Ladder data export (1 problem" in result.err  # not "profile"
    assert database_dump(fresh.data_dir / "skill-ladder.sqlite3") == before
    truncated = tmp_path / "truncated.json"
    truncated.write_text('{"format": ')
    cut = fresh("data", "import", str(truncated))
    assert cut.code == 2 and "not a valid Skill Ladder data export" in cut.err
    assert database_dump(fresh.data_dir / "skill-ladder.sqlite3") == before


def test_a_profile_too_large_is_refused_by_name(cli: Cli, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (33 * 1024 * 1024))
    result = cli("profile", "import", str(huge))
    assert result.code == 2
    assert result.err == f"skill-ladder: {huge}: The file is larger than 32 MiB.\n"


def test_a_note_that_would_run_as_a_formula_is_inert_in_the_csv(cli: Cli, tmp_path: Path) -> None:
    note = '=HYPERLINK("http://example.org","click")'
    assert cli("rate", "mlflow", "ml-engineer", "junior", "meets", "--note", note).code == 0
    out = tmp_path / "ratings.csv"
    assert cli("data", "export", "--csv", "--out", str(out)).code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["note"] for r in rows] == ["'" + note]


def test_ratings_as_csv(cli: Cli, tmp_path: Path) -> None:
    _fill(cli)
    out = tmp_path / "ratings.csv"
    assert cli("--lang", "es", "data", "export", "--csv", "--out", str(out)).code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3
    junior = next(r for r in rows if r["requirement"] == "mlflow-ml-engineer-junior")
    assert (junior["rating"], junior["note"], junior["role"], junior["required"]) == (
        "exceeds",
        "Ran 40 experiments <b>",
        "Ingeniero/a de ML",
        "yes",
    )
