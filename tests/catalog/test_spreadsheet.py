"""The spreadsheet layout (docs/spreadsheet-format.md) without files: workbooks as lists of
rows, turned into frameworks, problems named by cell."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skill_ladder.catalog import limits
from skill_ladder.catalog.spreadsheet import (
    ColumnChoice,
    Sheet,
    cell_name,
    framework_workbook,
    made_key,
    parse_workbook,
    place_of,
    read_layout,
    settle_versions,
    sheet_cells,
    template_workbook,
)
from skill_ladder.catalog.spreadsheet_files import read_csv
from skill_ladder.domain.profile import Framework
from skill_ladder.errors import InvalidFile, Problem

TODAY = date(2026, 12, 3)
HEADER = ["skill", "role", "level", "required", "text_en"]


def _parse(
    *sheets: Sheet, stem: str = "My Ladder", choice: ColumnChoice | None = None
) -> tuple[Framework, bool]:
    return parse_workbook(list(sheets), stem, TODAY, choice)


def _problems(*sheets: Sheet, choice: ColumnChoice | None = None) -> list[str]:
    with pytest.raises(InvalidFile) as caught:
        _parse(*sheets, choice=choice)
    return [
        f"{p.path} {p.code} {p.params.get('value', p.params.get('key', ''))}".strip()
        for p in caught.value.problems
    ]


def test_requirement_rows_alone_make_a_framework() -> None:
    framework, versioned = _parse(
        Sheet(
            "Requirements",
            [
                HEADER,
                ["Python", "Data Engineer", "Junior", "yes", "Writes scripts"],
                ["Python", "Data Engineer", "Junior", "no", "Reads docs"],
                ["Python", "Analyst", "Senior", "x", "Designs packages"],
                ["SQL", "Analyst", "Junior", "", "Writes joins"],
            ],
        )
    )
    assert not versioned
    assert framework.key == "my-ladder" and framework.name == {"en": "My Ladder"}
    assert [lv.key for lv in framework.levels] == ["junior", "senior"]  # order of appearance
    assert [r.key for r in framework.roles] == ["data-engineer", "analyst"]
    python = framework.skills[0]
    assert python.key == "my-ladder-python"
    assert [r.key for r in python.requirements] == [
        "my-ladder-python-data-engineer-junior-1",
        "my-ladder-python-data-engineer-junior-2",
        "my-ladder-python-analyst-senior-1",
    ]
    assert [r.required for r in python.requirements] == [True, False, True]
    # defaults: summary is the name; domain and group the framework's name; updated today
    assert python.summary == {"en": "Python"}
    assert python.domain == python.group == {"en": "My Ladder"}
    assert python.updated == TODAY and python.version == 1
    assert framework.skills[1].requirements[0].required is False  # an empty cell is "no"


def test_a_framework_without_roles() -> None:
    framework, _ = _parse(
        Sheet(
            "Sheet1",
            [["skill", "role", "level", "required", "text_en"], ["Go", "", "Mid", 1, "Ships"]],
        )
    )
    assert not framework.has_roles
    assert framework.skills[0].requirements[0].key == "my-ladder-go-mid-1"


def test_spanish_headers_and_sheet_names_ignore_case_accents_and_spaces() -> None:
    framework, versioned = _parse(
        Sheet(
            "  REQUISITOS ",
            [
                [" Habilidad", "ROL", "nivel ", "Obligatorio", "Texto EN", "texto_es"],
                [" Kubernetes ", "Plataforma", "Júnior", "Sí", "Deploys", "Despliega"],
                ["Kubernetes", "Plataforma", "Sénior", "VERDADERO", "Runs", ""],
            ],
        ),
        Sheet(
            "Niveles",
            [
                ["clave", "nombre_en", "nombre_es", "corto_en"],
                ["jr", "Junior", "Júnior", "J"],
                ["sr", "Senior", "Sénior", ""],
            ],
        ),
        Sheet("marco", [["Clave", "Nombre_EN", "Versión"], ["plat", "Platform", 4]]),
    )
    assert versioned
    assert framework.key == "plat" and framework.name == {"en": "Platform"}
    assert [(lv.key, lv.short["en"]) for lv in framework.levels] == [("jr", "J"), ("sr", "Senior")]
    skill = framework.skills[0]
    assert skill.name == {"en": "Kubernetes"} and skill.version == 4
    assert [r.level for r in skill.requirements] == ["jr", "sr"]
    assert skill.requirements[0].text == {"en": "Deploys", "es": "Despliega"}
    assert skill.requirements[1].text == {"en": "Runs"}


@pytest.mark.parametrize(
    ("word", "required"),
    [
        ("yes", True), ("Sí", True), ("si", True), ("TRUE", True), ("verdadero", True), ("1", True),
        ("x", True), (True, True), (1.0, True), ("no", False), ("false", False), ("Falso", False),
        ("0", False), ("", False), (None, False), (False, False), (0, False),
    ],
)  # fmt: skip
def test_required_words(word: object, required: bool) -> None:
    framework, _ = _parse(Sheet("Requirements", [HEADER, ["Go", "Dev", "Mid", word, "Ships"]]))
    assert framework.skills[0].requirements[0].required is required


def test_a_bad_required_cell_is_named_as_a_spreadsheet_shows_it() -> None:
    rows: list[list[object]] = [HEADER] + [["Go", "Dev", "Mid", "yes", f"T{i}"] for i in range(10)]
    rows.append(["Go", "Dev", "Mid", "maybe", "Later"])
    assert _problems(Sheet("Requirements", rows)) == ["Requirements!D12 sheet.not_yes_no maybe"]


def test_validation_problems_point_at_cells() -> None:
    long_text = "x" * (limits.MAX_TEXT_LENGTH + 1)
    problems = _problems(
        Sheet(
            "Requirements",
            [
                HEADER,
                [],
                ["Go", "Dev", "Mid", "yes", long_text],
                ["Go", "", "Mid", "yes", "No role here"],
                ["", "Dev", "Mid", "yes", "No skill"],
            ],
        )
    )
    assert problems == ["Requirements!B4 sheet.role_empty", "Requirements!A5 field.empty"]
    problems = _problems(Sheet("Requirements", [HEADER, ["Go", "Dev", "Mid", "yes", long_text]]))
    assert problems == ["Requirements!E2 field.too_long"]


def test_unknown_levels_and_roles_when_their_sheets_are_given() -> None:
    problems = _problems(
        Sheet(
            "Requirements",
            [HEADER, ["Go", "Dev", "Principal", "yes", "T"], ["Go", "Ops", "Mid", "no", "U"]],
        ),
        Sheet("Levels", [["name_en"], ["Mid"]]),
        Sheet("Roles", [["key", "name_en"], ["dev", "Developer"]]),
    )
    assert problems == [
        "Requirements!C2 requirement.unknown_level Principal",
        "Requirements!B3 requirement.unknown_role Ops",
    ]


def test_missing_columns_and_sheets() -> None:
    assert _problems(
        Sheet("Requirements", [["skill", "level", "text_en"], ["Go", "Mid", "T"]])
    ) == ["Requirements!1:1 sheet.missing_column"]
    assert _problems(Sheet("Levels", [["name_en"], ["Mid"]]), Sheet("Roles", [["name_en"]])) == [
        "sheet.missing"
    ]


def test_duplicate_keys_are_named_by_cell() -> None:
    header = [*HEADER, "key"]
    problems = _problems(
        Sheet(
            "Requirements",
            [
                header,
                ["Go", "Dev", "Mid", "yes", "T", "k-1"],
                ["Go", "Dev", "Mid", "no", "U", "k-1"],
            ],
        )
    )
    assert problems == ["Requirements!F3 key.duplicate k-1"]


def test_keys_are_folded_and_long_ones_cut_with_a_hash() -> None:
    assert made_key("Ingeniería", "Diseño de APIs", "Líder", "Sénior", "2") == (
        "ingenieria-diseno-de-apis-lider-senior-2"
    )
    long_one = made_key("framework", "a skill with a very long name " * 4, "role", "level", "1")
    assert len(long_one) == limits.MAX_KEY_LENGTH
    assert long_one != made_key(
        "framework", "a skill with a very long name " * 5, "role", "level", "1"
    )
    assert made_key("日本語").startswith("k")  # nothing left to slug: a hash


def test_a_moved_row_keeps_its_key_and_others_keep_theirs() -> None:
    rows = [HEADER, ["Go", "Dev", "Mid", "yes", "A"], ["Go", "Dev", "Senior", "yes", "B"]]
    first, _ = _parse(Sheet("Requirements", rows))
    edited = [HEADER, ["Go", "Dev", "Senior", "yes", "B"], ["Go", "Dev", "Mid", "yes", "A changed"]]
    second, _ = _parse(Sheet("Requirements", edited))
    keys = {r.text["en"]: r.key for r in first.skills[0].requirements}
    again = {r.text["en"]: r.key for r in second.skills[0].requirements}
    assert again["B"] == keys["B"] and again["A changed"] == keys["A"]


def test_the_mapping_names_columns_the_layout_does_not_know() -> None:
    sheet = Sheet(
        "Career",
        [
            ["Competency", "Track", "Grade", "Must?", "Description"],
            ["Go", "Dev", "Mid", "yes", "T"],
        ],
        first_row=3,
        first_column=1,
    )
    layout = read_layout([sheet])["requirements"]
    assert layout.missing == ("skill", "level", "required", "text_en")
    assert layout.unknown[0] == (1, "Competency") and layout.header_row == 3
    choice = ColumnChoice(
        columns={"requirements": {1: "skill", 2: "role", 3: "level", 4: "required", 5: "text_en"}}
    )
    framework, _ = _parse(sheet, choice=choice)
    assert framework.skills[0].requirements[0].key == "my-ladder-go-dev-mid-1"
    choice_b = ColumnChoice(
        sheets={"requirements": "Career"},
        columns={"requirements": {1: "skill", 3: "level", 4: "required", 5: "text_en", 2: ""}},
    )
    framework, _ = _parse(sheet, Sheet("Notes", [["x"]]), choice=choice_b)
    assert not framework.has_roles
    rows = [*sheet.rows, ["Go", "Dev", "Mid", "perhaps", "U"]]
    assert _problems(replace(sheet, rows=rows), choice=choice) == [
        "Career!E5 sheet.not_yes_no perhaps"
    ]


def test_place_of_reads_a_problem_path() -> None:
    place = place_of(Problem("x", "Requirements!D12"))
    assert place is not None and (place.sheet, place.row, place.column) == ("Requirements", 12, 3)
    place = place_of(Problem("x", cell_name("Requisitos", 27, 9)))
    assert place is not None and (place.sheet, place.row, place.column) == ("Requisitos", 9, 27)
    row = place_of(Problem("x", "Requirements!1:1"))
    assert row is not None and (row.row, row.column) == (1, None)


def test_versions_rise_for_exactly_the_changed_skills() -> None:
    rows = [HEADER, ["Go", "Dev", "Mid", "yes", "A"], ["SQL", "Dev", "Mid", "yes", "B"]]
    installed, _ = _parse(Sheet("Requirements", rows))
    installed = replace(
        installed,
        skills=tuple(replace(s, version=5, updated=date(2026, 1, 1)) for s in installed.skills),
    )
    edited, versioned = _parse(
        Sheet("Requirements", [rows[0], rows[1], ["SQL", "Dev", "Mid", "no", "B"]])
    )
    settled = settle_versions(edited, installed, TODAY, versioned=versioned)
    assert [(s.version, s.updated) for s in settled.skills] == [
        (5, date(2026, 1, 1)),  # unchanged: its version and date
        (6, TODAY),  # its requirement became optional
    ]
    fresh = settle_versions(edited, None, TODAY, versioned=False)
    assert [s.version for s in fresh.skills] == [1, 1]


def test_csv_with_a_bom_and_each_delimiter() -> None:
    for delimiter in (",", ";", "\t"):
        text = (
            delimiter.join(HEADER)
            + "\r\n"
            + delimiter.join(["Go", "Dev", "Mid", "sí", '"A, b; c"'])
            + "\r\n"
        )
        for prefix in ("", "\ufeff"):
            sheet = read_csv((prefix + text).encode("utf-8"))
            framework, _ = _parse(sheet)
            assert framework.skills[0].requirements[0].text == {"en": "A, b; c"}


def test_a_csv_that_is_not_utf8_is_refused_clearly() -> None:
    with pytest.raises(InvalidFile) as caught:
        read_csv("skill;level\nÉcole;x\n".encode("latin-1"))
    assert caught.value.problems[0].code == "spreadsheet.not_utf8"


def test_a_framework_written_as_a_workbook_reads_back_the_same() -> None:
    framework, _ = _parse(*template_workbook())
    sheets = framework_workbook(framework)
    again, versioned = parse_workbook(sheets, "other-name", TODAY)
    assert not versioned
    assert again == framework
    assert [sheet_cells(s) for s in framework_workbook(again)] == [sheet_cells(s) for s in sheets]


def test_a_renamed_level_raises_every_skill() -> None:
    rows = [HEADER, ["Go", "Dev", "Mid", "yes", "A"], ["SQL", "Dev", "Mid", "yes", "B"]]
    levels = Sheet("Levels", [["key", "name_en", "name_es"], ["mid", "Mid", "Medio"]])
    installed, _ = _parse(Sheet("Requirements", rows), levels)
    renamed = replace(levels, rows=[levels.rows[0], ["mid", "Mid", "Intermedio"]])
    edited, _ = _parse(Sheet("Requirements", rows), renamed)
    settled = settle_versions(edited, installed, TODAY, versioned=False)
    assert [s.version for s in settled.skills] == [2, 2]
    same = settle_versions(installed, installed, TODAY, versioned=False)
    assert [s.version for s in same.skills] == [1, 1]


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+cmd", "-5 years", "@SUM(A1)", "\tTab first", "'=x", "''+y", "'quoted", "'", "plain"],
)
def test_a_csv_never_holds_a_formula_and_gives_every_text_back(text: str) -> None:
    """A cell that a spreadsheet program would run when it opens the CSV is written after an
    apostrophe (shown as text there), and read back as it was."""
    import csv
    import io

    from skill_ladder.catalog.spreadsheet_files import write_csv

    sheet = Sheet("Requirements", [HEADER, ["Go", "Dev", "Mid", "yes", text]])
    data = write_csv(sheet)
    raw = next(iter(csv.reader(io.StringIO(data.decode("utf-8-sig")[len(",".join(HEADER)) + 2 :]))))
    assert raw[4][:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert sheet_cells(read_csv(data)) == sheet_cells(sheet)


def test_a_text_that_looks_like_a_formula_stays_a_text() -> None:
    from skill_ladder.catalog.spreadsheet_files import read_workbook, write_xlsx

    sheet = Sheet("Requirements", [HEADER, ["Go", "Dev", "Mid", "yes", "=1+1 is not run"]])
    again = read_workbook(write_xlsx([sheet]), ".xlsx")
    assert sheet_cells(again[0]) == sheet_cells(sheet)
