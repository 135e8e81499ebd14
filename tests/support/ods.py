"""OpenDocument spreadsheets written by hand (an ODF zip), as a spreadsheet program saves them:
a formula cell carries its cached value (`office:value`), which openpyxl cannot give an .xlsx.

`tests/data/spreadsheets/ladder.ods` was made with `python -m tests.support.ods`.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class Formula:
    """A formula cell and the value a spreadsheet program computed and saved for it."""

    formula: str
    value: str | float


@dataclass(frozen=True)
class Merged:
    """A cell merged over `rows` rows (the cells it covers follow as covered cells)."""

    value: str
    rows: int


Value = str | float | Formula | Merged | None


def _cell(value: Value) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, Merged):
        return (
            f'<table:table-cell table:number-rows-spanned="{value.rows}" '
            f'office:value-type="string"><text:p>{escape(value.value)}</text:p>'
            "</table:table-cell>"
        )
    formula = ""
    if isinstance(value, Formula):
        formula = f" table:formula={quoteattr(value.formula)}"
        value = value.value
    if isinstance(value, float | int):
        return (
            f'<table:table-cell{formula} office:value-type="float" office:value="{value}">'
            f"<text:p>{value:g}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell{formula} office:value-type="string">'
        f"<text:p>{escape(value)}</text:p></table:table-cell>"
    )


def ods_bytes(
    sheets: dict[str, list[list[Value]]],
    covered: set[tuple[str, int, int]],
    repeats: dict[tuple[str, int], int] | None = None,
) -> bytes:
    """`covered`: (sheet, row, column) cells hidden under a merged cell (0-based); `repeats`:
    (sheet, row) -> how many times the row is repeated (`table:number-rows-repeated`)."""
    tables = []
    for name, rows in sheets.items():
        body = []
        for r, row in enumerate(rows):
            cells = [
                "<table:covered-table-cell/>" if (name, r, c) in covered else _cell(value)
                for c, value in enumerate(row)
            ]
            times = (repeats or {}).get((name, r), 1)
            start = (
                f'<table:table-row table:number-rows-repeated="{times}">'
                if times > 1
                else "<table:table-row>"
            )
            body.append(start + "".join(cells) + "</table:table-row>")
        # as LibreOffice saves it: the rest of the sheet as one repeated empty row
        body.append(
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        tables.append(f"<table:table table:name={quoteattr(name)}>{''.join(body)}</table:table>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<office:document-content"
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
        ' office:version="1.3"><office:body><office:spreadsheet>'
        + "".join(tables)
        + "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text, kind in (
            ("mimetype", MIMETYPE, zipfile.ZIP_STORED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
        ):
            member = zipfile.ZipInfo(name, date_time=(2026, 12, 3, 0, 0, 0))
            archive.writestr(member, text, compress_type=kind)
    return out.getvalue()


# The committed fixture: Spanish sheet names and headers, a skill merged down three rows,
# a blank row, `required` and the version given by formulas with their saved values.
FIXTURE_SHEETS: dict[str, list[list[Value]]] = {
    "Requisitos": [
        ["Habilidad", "Rol", "Nivel", "Obligatorio", "Texto_EN", "Texto_ES"],
        [Merged("Kubernetes", 3), "Platform", "Junior", "sí", "Deploys a service", "Despliega"],
        [None, "Platform", "Senior", Formula("of:=1*1", 1.0), "Runs a cluster", "Opera"],
        [None, "Platform", "Senior", Formula('of:=IF(0;"x";"")', ""), "Tunes nodes", None],
        [None, None, None, None, None, None],
        ["Go", "Platform", "Junior", "X", "Writes a CLI", None],
    ],
    "Niveles": [
        ["Clave", "Nombre_EN", "Nombre_ES"],
        ["junior", "Junior", "Júnior"],
        ["senior", "Senior", "Sénior"],
    ],
    "Marco": [
        ["Clave", "Nombre_EN", "Nombre_ES", "Versión"],
        ["platform-ladder", "Platform ladder", "Escalera de plataforma", Formula("of:=1+2", 3.0)],
    ],
}
FIXTURE_COVERED = {("Requisitos", 2, 0), ("Requisitos", 3, 0)}
FIXTURE = Path(__file__).resolve().parent.parent / "data" / "spreadsheets" / "ladder.ods"


if __name__ == "__main__":
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_bytes(ods_bytes(FIXTURE_SHEETS, FIXTURE_COVERED))
    print(FIXTURE)
