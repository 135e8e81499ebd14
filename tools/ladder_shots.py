"""Render the spreadsheet import's mapping step and preview, and the ladder editor, to PNG
(offscreen), for the README's "Bring your own ladder".

Run: `QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tools/ladder_shots.py OUT`.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from skill_ladder.catalog.ladder_draft import DraftItem, DraftRequirement, LadderDraft
from skill_ladder.catalog.spreadsheet import ColumnChoice, Sheet, parse_workbook
from skill_ladder.errors import InvalidFile
from skill_ladder.translations import Translations
from skill_ladder.ui.application import application
from skill_ladder.ui.dialogs.ladder_editor import LadderEditor
from skill_ladder.ui.dialogs.spreadsheet_import import ColumnMappingDialog, ImportPreviewDialog

ROWS = [
    ["Competencia", "Puesto", "Nivel", "Obligatorio", "Descripción"],
    ["Testing", "Backend", "Junior", "sí", "Writes unit tests for the code they change"],
    ["Testing", "Backend", "Senior", "no", "Designs the test strategy of a service"],
    ["Testing", "Frontend", "Junior", "x", "Writes component tests"],
    ["Review", "Frontend", "Senior", "maybe", "Reviews others' code within a day"],
    ["Review", "Backend", "Senior", "yes", "Teaches others through reviews"],
]
CHOICE = ColumnChoice(
    sheets={"requirements": "team-ladder"},
    columns={"requirements": {0: "skill", 1: "role", 4: "text_en"}},
)


def shoot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    sheets = [Sheet("team-ladder", ROWS)]
    mapping = ColumnMappingDialog(sheets, "team-ladder.csv")
    mapping.choose(0, "skill")
    mapping.show()
    QApplication.processEvents()
    mapping.grab().save(str(out / "ladder-mapping.png"))
    try:
        parse_workbook(sheets, "team-ladder", date.today(), CHOICE)
        problems = []
    except InvalidFile as error:
        problems = list(error.problems)
    preview = ImportPreviewDialog("team-ladder.csv", sheets, CHOICE, None, problems, "en")
    preview.show()
    preview.show_problem(0)
    QApplication.processEvents()
    preview.grab().save(str(out / "ladder-preview-problems.png"))
    fixed = [row[:3] + ["yes" if row[3] == "maybe" else row[3]] + row[4:] for row in ROWS]
    good = [Sheet("team-ladder", fixed)]
    framework, _ = parse_workbook(good, "team-ladder", date.today(), CHOICE)
    preview = ImportPreviewDialog("team-ladder.csv", good, CHOICE, framework, [], "en")
    preview.show()
    QApplication.processEvents()
    preview.grab().save(str(out / "ladder-preview.png"))
    draft = LadderDraft(
        key="data-team",
        name_en="Data team ladder",
        name_es="Escalera del equipo de datos",
        levels=(DraftItem("junior", "Junior", "Júnior"), DraftItem("senior", "Senior", "Sénior")),
        roles=(DraftItem("analyst", "Analyst", "Analista"), DraftItem("engineer", "Engineer")),
        skills=(DraftItem("data-team-sql", "SQL", "SQL"), DraftItem("data-team-viz", "Charts")),
        requirements=(
            DraftRequirement(
                "sql-1",
                "data-team-sql",
                "analyst",
                "junior",
                True,
                "Writes joins",
                "Escribe uniones",
            ),
            DraftRequirement(
                "sql-2", "data-team-sql", "engineer", "senior", True, "Tunes slow queries"
            ),
            DraftRequirement("viz-1", "data-team-viz", "analyst", "senior", False, ""),
        ),
    )
    editor = LadderEditor(draft, rated=frozenset(), taken=frozenset(), save=lambda f: True)
    editor.show()
    editor.check_now()  # the check waits for a pause in typing: shown with its outcome
    QApplication.processEvents()
    editor.grab().save(str(out / "ladder-editor.png"))


if __name__ == "__main__":
    app = application()
    translations = Translations()
    translations.apply("en")  # the English plurals
    shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
