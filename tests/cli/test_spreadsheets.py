"""Spreadsheets through the real `skill-ladder` command: .xlsx made with openpyxl, .csv with the
csv module, and the committed .ods fixture (formulas with their saved values)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from tests.conftest import Cli, database_dump
from tests.support.ods import FIXTURE, FIXTURE_COVERED, FIXTURE_SHEETS, ods_bytes


def _xlsx(
    path: Path, sheets: dict[str, list[list[Any]]], merged: dict[str, list[str]] | None = None
) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cells in (merged or {}).get(name, []):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def _zip_of_a_later_version() -> bytes:
    """A workbook whose central directory asks for zip version 6.4 (Python's reader knows up
    to 6.3 and raises NotImplementedError, not BadZipFile)."""
    data = bytearray(_zip({"xl/workbook.xml": "<workbook/>"}))
    entry = data.index(b"PK\x01\x02")
    data[entry + 6 : entry + 8] = (64).to_bytes(2, "little")
    return bytes(data)


def _cells(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet's cells as text, as any spreadsheet program would show them."""
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        return {"csv": [row for row in csv.reader(io.StringIO(text, newline=""))]}
    book = CalamineWorkbook.from_path(str(path))
    return {
        name: [[str(c) for c in row] for row in book.get_sheet_by_name(name).to_python()]
        for name in book.sheet_names
    }


def _show(cli: Cli, key: str) -> dict[str, Any]:
    result = cli("profile", "show", key, "--json")
    assert result.code == 0, result.err
    shown: dict[str, Any] = result.json()
    return shown


MESSY = {
    " Requisitos ": [
        [],
        [None, "Habilidad ", "ROL", "Nivel", "obligatorio", "Texto_EN", "Texto_ES", "Notas"],
        [None, "Terraform", "Platform ", "Junior", "Sí", "  Writes a module  ", "Escribe", "n/a"],
        [None, None, "Platform", "Senior", "no", "Reviews plans", None, None],
        [None, None, "Platform", "Senior", "x", "Owns the state", None, None],
        [],
        [None, "Linux", "SRE", "Junior", True, "Reads logs", "Lee registros", None],
    ]
}


def test_a_messy_xlsx_imports(cli: Cli, tmp_path: Path) -> None:
    """Spanish names with stray spaces, a table starting at B2 after a blank row, a skill
    merged down three rows, another blank row, a column the layout does not know."""
    path = _xlsx(tmp_path / "Team Ladder.xlsx", MESSY, merged={" Requisitos ": ["B3:B5"]})
    result = cli("profile", "import", str(path))
    assert result.code == 0, result.err
    assert "team-ladder-terraform (v1): added" in result.out
    shown = _show(cli, "team-ladder")
    assert shown["levels"] == ["junior", "senior"] and shown["roles"] == ["platform", "sre"]
    texts = [(r["key"], r["skill"], r["required"], r["text"]) for r in shown["requirements"]]
    assert texts == [
        (
            "team-ladder-terraform-platform-junior-1",
            "team-ladder-terraform",
            True,
            "Writes a module",
        ),
        (
            "team-ladder-terraform-platform-senior-1",
            "team-ladder-terraform",
            False,
            "Reviews plans",
        ),
        (
            "team-ladder-terraform-platform-senior-2",
            "team-ladder-terraform",
            True,
            "Owns the state",
        ),
        ("team-ladder-linux-sre-junior-1", "team-ladder-linux", True, "Reads logs"),
    ]


def test_a_bad_required_cell_is_refused_by_cell_one_line_each(cli: Cli, tmp_path: Path) -> None:
    cli("rate", "mlflow", "ml-engineer", "junior", "meets")
    database = cli.data_dir / "skill-ladder.sqlite3"
    before = database_dump(database)
    rows = [row[:] for row in MESSY[" Requisitos "]]
    rows[3][4] = "maybe"  # spreadsheet row 4, column E
    rows[6][1] = None  # a row without its skill
    path = _xlsx(
        tmp_path / "ladder.xlsx", {" Requisitos ": rows}, merged={" Requisitos ": ["B3:B5"]}
    )
    result = cli("profile", "import", str(path))
    assert result.code == 2
    lines = result.err.splitlines()
    assert len(lines) == 3 and "Traceback" not in result.err
    assert "The file is not a valid profile (2 problem" in lines[0]
    assert lines[1].endswith(" Requisitos !E4: “maybe” is not yes or no")
    assert lines[2].endswith(" Requisitos !B7: must not be empty")  # B4 and B5 are merged
    assert all(line.startswith(f"skill-ladder: {path}: ") for line in lines)
    assert database_dump(database) == before
    spanish = cli("profile", "import", str(path), lang="es")
    assert "“maybe” no es sí ni no" in spanish.err


def test_the_ods_fixture_reads_formulas_as_their_saved_values(cli: Cli) -> None:
    assert FIXTURE.read_bytes() == ods_bytes(FIXTURE_SHEETS, FIXTURE_COVERED)  # made by the helper
    result = cli("profile", "import", str(FIXTURE))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "platform-ladder-kubernetes (v3): added",  # the version cell is =1+2, saved as 3
        "platform-ladder-go (v3): added",
    ]
    shown = _show(cli, "platform-ladder")
    required = {r["text"]: r["required"] for r in shown["requirements"]}
    assert required == {
        "Deploys a service": True,
        "Runs a cluster": True,  # =1*1, saved as 1
        "Tunes nodes": False,  # a formula that gave an empty text
        "Writes a CLI": True,
    }
    spanish = cli("profile", "show", "platform-ladder", "--json", lang="es").json()
    assert spanish["name"] == "Escalera de plataforma"


def test_a_csv_with_semicolons_and_a_bom(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "ventas.csv"
    text = "Habilidad;Nivel;Obligatorio;Texto_EN\r\nNegociación;Júnior;sí;Closes a deal\r\n\r\n"
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    result = cli("profile", "import", str(path))
    assert result.code == 0, result.err
    shown = _show(cli, "ventas")
    assert shown["levels"] == ["junior"] and shown["roles"] == ["everyone"]
    assert shown["requirements"][0]["key"] == "ventas-negociacion-junior-1"


def test_a_reimport_raises_the_version_of_exactly_the_changed_skills(
    cli: Cli, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path / "team.xlsx", MESSY, merged={" Requisitos ": ["B3:B5"]})
    assert cli("profile", "import", str(path)).code == 0
    rate = cli(
        "rate",
        "team",
        "platform",
        "senior",
        "meets",
        "--requirement",
        "team-terraform-platform-senior-2",
    )
    assert rate.code == 0, rate.err
    again = cli("profile", "import", str(path))
    assert again.out.splitlines() == [
        "team-terraform (v1): already installed, unchanged",
        "team-linux (v1): already installed, unchanged",
    ]
    rows = [row[:] for row in MESSY[" Requisitos "]]
    rows[4][5] = "Owns the remote state"  # Terraform's last requirement is reworded
    _xlsx(path, {" Requisitos ": rows}, merged={" Requisitos ": ["B3:B5"]})
    edited = cli("profile", "import", str(path))
    assert edited.out.splitlines()[:2] == [
        "team-terraform (v2): updated",
        "team-linux (v1): already installed, unchanged",
    ]
    assert edited.out.splitlines()[2].startswith("1 rated requirement")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_export_import_export(cli: Cli, tmp_path: Path, suffix: str) -> None:
    source = _xlsx(tmp_path / "Team Ladder.xlsx", MESSY, merged={" Requisitos ": ["B3:B5"]})
    assert cli("profile", "import", str(source)).code == 0
    first = tmp_path / f"team-ladder{suffix}"
    assert cli("profile", "export", "team-ladder", "--out", str(first)).code == 0
    empty = Cli(tmp_path / "another-folder")
    imported = empty("profile", "import", str(first))
    assert imported.code == 0, imported.err
    second = tmp_path / f"again{suffix}"
    assert empty("profile", "export", "team-ladder", "--out", str(second)).code == 0
    assert _cells(second) == _cells(first)
    assert (
        empty("profile", "show", "team-ladder", "--json").json()["requirements"]
        == (cli("profile", "show", "team-ladder", "--json").json()["requirements"])
    )


def test_the_bundled_profile_exports_to_xlsx_and_back(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "mlflow.xlsx"
    assert cli("profile", "export", "ml-engineering", "--out", str(out)).code == 0
    sheets = _cells(out)
    assert list(sheets) == ["Requirements", "Levels", "Roles", "Framework"]
    assert sheets["Requirements"][0][:4] == ["skill", "role", "level", "required"]
    assert len(sheets["Requirements"]) == 31  # header + 30 requirements
    again = cli("profile", "import", str(out))
    assert again.code == 0, again.err
    assert again.out == "mlflow (v1): already installed, unchanged\n"


def test_template_has_comments_and_imports(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    result = cli("profile", "template", "--out", str(out), lang="es")
    assert result.code == 0, result.err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Requirements", "Levels", "Roles", "Framework"]
    header = book["Requirements"][1]
    assert [c.value for c in header[:4]] == ["skill", "role", "level", "required"]
    assert all(c.comment is not None and c.comment.text for c in header)
    assert header[3].comment.text.startswith("Si el requisito es obligatorio: sí o no")
    assert book["Requirements"].max_row == 2  # one example row
    assert cli("profile", "import", str(out)).code == 0


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (
            'skill,role,level,required,text_en\nS,R,L1,yes,ok\nS,R,L2,yes,"open\n'
            "S,R,L3,yes,swallowed\nS,R,L4,yes,swallowed too\n",
            "a quoted cell in the row that starts on line 3 is never closed",
        ),
        (
            'skill,role,level,required,text_en\nS,R,L1,yes,"closed" then more\n',
            "the row that starts on line 2 has a quote",
        ),
    ],
)
def test_a_csv_quote_left_open_is_refused_naming_its_line(
    cli: Cli, tmp_path: Path, content: str, said: str
) -> None:
    """Read leniently, a quote left open took every later row into one cell, and the file
    imported as fewer requirements than it holds, without a word."""
    path = tmp_path / "quoted.csv"
    path.write_text(content, encoding="utf-8")
    result = cli("profile", "import", str(path))
    assert result.code == 2 and "Traceback" not in result.err
    assert said in result.err
    assert "quoted" not in cli("profile", "list").out


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.xlsx", b""),
        ("text.ods", b"just some text"),
        ("zip.xlsx", _zip({"hello.txt": "not a workbook"})),
        ("xlsb.xlsx", _zip({"xl/workbook.bin": "", "xl/worksheets/sheet1.bin": ""})),
        ("latin1.csv", "skill;level\nÉcole;x\n".encode("latin-1")),
        ("version64.ods", _zip_of_a_later_version()),
    ],
)
def test_unreadable_spreadsheets_are_one_clean_error(
    cli: Cli, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("profile", "import", str(path))
    assert result.code == 2
    assert "Traceback" not in result.err
    assert len(result.err.splitlines()) == 2  # the refusal and its one problem
