"""File › Import with a spreadsheet (issue 16, point 3): the mapping step when the headers are
not the layout's, remembered per file name; the preview before anything is written; problems
by cell, a click on one showing its row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from skill_ladder.services.hub import Services
from skill_ladder.settings import Settings
from skill_ladder.ui.dialogs.spreadsheet_import import ColumnMappingDialog, ImportPreviewDialog
from skill_ladder.ui.main_window import MainWindow
from tests.conftest import database_dump

ODD_HEADERS = (
    "Competencia;Puesto;Nivel;Obligatorio;Descripción\n"
    "Testing;Backend;Junior;sí;Writes unit tests\n"
    "Testing;Backend;Senior;no;Designs the test strategy\n"
    "Testing;Frontend;Junior;x;Writes component tests\n"
    "Review;Frontend;Senior;{bad};Reviews others' code\n"
)


def write_sheet(tmp_path: Path, name: str = "team-ladder.csv", bad: str = "yes") -> Path:
    path = tmp_path / name
    path.write_text(ODD_HEADERS.replace("{bad}", bad), encoding="utf-8")
    return path


def test_the_mapping_step_then_the_preview_then_the_import(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    asked: list[dict[int, str]] = []

    def map_columns(dialog: ColumnMappingDialog) -> int:
        # The first rows are shown as the sheet has them; only unknown columns get a combo.
        assert dialog.rows.item(0, 0).text() == "Competencia"
        assert dialog.rows.item(1, 4).text() == "Writes unit tests"
        asked.append({c: str(combo.currentData()) for c, combo in dialog.combos.items()})
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and "skill" in dialog.missing.text()
        dialog.choose(0, "skill")
        dialog.choose(1, "role")
        dialog.choose(4, "text_en")
        assert ok.isEnabled() and dialog.missing.text() == ""
        return QDialog.DialogCode.Accepted

    previews: list[str] = []

    def preview(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog.summary.text())
        assert not dialog.problems.isVisibleTo(dialog)
        if len(previews) == 1:  # nothing written before the person says so
            assert "team-ladder" not in services.catalog.frameworks()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", map_columns)
    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    path = write_sheet(tmp_path)
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as done:
        window.files.import_path(path)
    assert done.args == [True]
    assert asked == [{0: "", 1: "", 4: ""}]
    summary = previews[0]
    assert "Levels: Junior, Senior" in summary
    assert "Roles: Backend, Frontend" in summary
    assert "Skills: Testing (v1), Review (v1)" in summary
    assert "4 requirements; nothing is written" in summary
    installed = services.catalog.frameworks()["team-ladder"]
    assert [r.text["en"] for r in installed.skills[0].requirements][0] == "Writes unit tests"
    assert window.statusBar().currentMessage().startswith("Imported team-ladder.csv")
    # Remembered per file name: the same name again does not ask.
    assert settings.get("spreadsheet_columns")["team-ladder.csv"]["columns"]["requirements"] == {
        "0": "skill",
        "1": "role",
        "4": "text_en",
    }
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda dialog: pytest.fail("asked again"))
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as again:
        window.files.import_path(path)
    assert again.args == [True] and len(previews) == 2
    # A later session reads the choice back from settings.json.
    assert Settings(settings._path).get("spreadsheet_columns")  # noqa: SLF001


def test_problems_by_cell_and_a_click_shows_the_row(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    settings.set(
        "spreadsheet_columns",
        {
            "bad.csv": {
                "sheets": {},
                "columns": {"requirements": {"0": "skill", "1": "role", "4": "text_en"}},
            }
        },
    )
    seen: list[tuple[list[str], int | None, bool]] = []

    def preview(dialog: ImportPreviewDialog) -> int:
        texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert dialog.problems.isVisibleTo(dialog)
        dialog.problems.item(0).setSelected(True)
        dialog.show_problem(0)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((texts, dialog.selected_row(), ok.isEnabled()))
        return QDialog.DialogCode.Accepted  # even so: nothing can be imported

    monkeypatch.setattr(
        ColumnMappingDialog, "exec", lambda dialog: pytest.fail("the choice was remembered")
    )
    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    before = database_dump(services.database.path)
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as done:
        window.files.import_path(write_sheet(tmp_path, "bad.csv", bad="maybe"))
    assert done.args == [False]
    texts, row, importable = seen[0]
    assert texts == ["Requirements!D5: “maybe” is not yes or no"]
    assert row == 5 and not importable
    assert database_dump(services.database.path) == before
    said = "Not imported: the file has problems; nothing was changed"
    assert window.statusBar().currentMessage() == said


def test_cancelling_the_mapping_step_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: pytest.fail("no preview"))
    before = database_dump(services.database.path)
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as done:
        window.files.import_path(write_sheet(tmp_path))
    assert done.args == [False]
    assert database_dump(services.database.path) == before
    assert settings.get("spreadsheet_columns") is None
    assert window.menu_actions["import"].isEnabled()
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed"


def test_a_problem_far_down_a_long_sheet_shows_its_row(qtbot: QtBot) -> None:
    from skill_ladder.catalog.spreadsheet import Sheet
    from skill_ladder.errors import Problem

    rows = [["skill", "level", "required", "text_en"]]
    rows += [[f"s{i % 25}", f"l{i % 9}", "yes", f"text {i}"] for i in range(10_000)]
    problem = Problem("sheet.not_yes_no", "Requirements!C9000", {"value": "maybe"})
    dialog = ImportPreviewDialog(
        "big.xlsx", [Sheet("Requirements", rows)], None, None, [problem], "en"
    )
    qtbot.addWidget(dialog)
    assert dialog.sheet.model().rowCount() == 10_001
    assert dialog.sheet.model().headerData(8998, Qt.Orientation.Vertical) == "8999"
    dialog.show_problem(0)
    assert dialog.selected_row() == 9000
    assert dialog.problems.item(0).text() == "Requirements!C9000: “maybe” is not yes or no"
    assert dialog.sheet.model().index(8999, 3).data() == "text 8998"


def test_cancelling_a_good_preview_says_cancelled_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "good.csv"
    path.write_text("skill,role,level,required,text_en\nS,R,L1,yes,Writes tests\n", "utf-8")
    shown: list[bool] = []

    def cancel(dialog: ImportPreviewDialog) -> int:
        shown.append(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", cancel)
    before = database_dump(services.database.path)
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as done:
        window.files.import_path(path)
    assert done.args == [False] and shown == [True]  # importable, and cancelled
    assert database_dump(services.database.path) == before
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed"
