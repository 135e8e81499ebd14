"""Preferences: kept across runs, never in the way when they cannot be written."""

from __future__ import annotations

from pathlib import Path

from skill_ladder.settings import Settings


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
