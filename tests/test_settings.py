"""Preferences: kept across runs, never in the way when they cannot be written."""

from __future__ import annotations

import json
from pathlib import Path

from skill_ladder.settings import Settings
from tests.conftest import Cli


def test_preferences_are_kept_for_the_next_run(tmp_path: Path) -> None:
    Settings(tmp_path / "settings.json").set("level", "senior")
    assert Settings(tmp_path / "settings.json").get("level") == "senior"


def test_preferences_that_cannot_be_written_change_nothing_else(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    settings = Settings(blocker / "settings.json")
    settings.set("level", "senior")  # no exception: a view change must go on
    assert settings.get("level") == "senior"  # still used for this run
    assert "preferences not saved" in caplog.text


BAD = {
    "geometry": "!!!",
    "splitter": "not base64 ~",
    "tab": "two",
    "role": 7,
    "scope": {"framework": "mlflow", "skills": 5},
    "language": ["es"],
}


def test_bad_preferences_are_ignored_and_logged(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({**BAD, "level": "senior"}))
    settings = Settings(path)
    assert {key: settings.get(key) for key in BAD} == dict.fromkeys(BAD)
    assert settings.get("level") == "senior"  # the sound ones are kept
    assert settings.language == "system"
    for key in BAD:
        assert f"ignored a bad '{key}'" in caplog.text


def test_the_window_starts_with_bad_preferences(cli: Cli) -> None:
    cli.data_dir.mkdir(parents=True)
    (cli.data_dir / "settings.json").write_text(json.dumps(BAD))
    assert cli.window_start("", "'started'") == "0 started"
