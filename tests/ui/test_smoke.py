"""`skill-ladder --smoke` opens the real window on a data folder, waits for the cards to be
painted and exits 0: the check packaging and benchmarks rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import Cli


def test_smoke_start_on_a_fresh_folder(cli: Cli) -> None:
    result = cli("--smoke")
    assert result.code == 0, result.err
    assert (cli.data_dir / "skill-ladder.sqlite3").exists()


def test_smoke_start_restores_the_last_view(cli: Cli) -> None:
    settings = cli.data_dir / "settings.json"
    cli.data_dir.mkdir(parents=True)
    settings.write_text(json.dumps({"role": "ml-engineer", "level": "lead", "tab": 2}))
    result = cli("--smoke")
    assert result.code == 0, result.err
    saved = json.loads(settings.read_text())
    assert (saved["role"], saved["level"], saved["tab"]) == ("ml-engineer", "lead", 2)
    assert saved["scope"] == {"framework": "ml-engineering", "skills": ["mlflow"]}


def test_a_normal_start_loads_no_validation_or_migration_library(cli: Cli) -> None:
    """Start-up stays light: pydantic (validation), Alembic (migrations) and the report code
    load only when a file is imported, a migration is due, or a report is made."""
    assert cli("profile", "list").code == 0  # the data folder exists and is up to date
    heavy = "('pydantic', 'alembic', 'skill_ladder.report.renderer')"
    assert cli.window_start("", f"sorted(m for m in {heavy} if m in sys.modules)") == "0 []"


def test_the_application_has_its_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from skill_ladder.ui.application import application

    assert not application().windowIcon().isNull()


def test_a_window_start_on_a_data_folder_that_is_a_file_says_so_in_a_message(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """Started from a menu nobody reads stderr: the refusal is a message box as well."""
    from skill_ladder.app import main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    assert main(["--data-dir", str(blocker)]) == 1
    said = f"The data folder “{blocker}” is a file, not a folder."
    assert seen == [said]
    assert capsys.readouterr().err == f"skill-ladder: {said}\n"
