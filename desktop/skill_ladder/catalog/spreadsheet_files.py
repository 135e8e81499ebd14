"""Spreadsheet files to and from `spreadsheet.Sheet`s: `.xlsx` and `.ods` read with
python-calamine, `.xlsx` written with openpyxl, `.csv` both ways with the standard module.

The libraries are imported inside the functions that use them, never at start-up. A file that
cannot be read is an `InvalidFile` with one problem (`spreadsheet.unreadable`), never a
traceback. Before calamine sees a file, its sheets' extent is measured from the XML (calamine
allocates every cell between the first and the last used one: two cells at A1 and ZZ200000
would take gigabytes), and so is the unpacked size (a zip bomb).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import iterparse

from skill_ladder.catalog.spreadsheet import Cell, Sheet
from skill_ladder.errors import InvalidFile, Problem

SPREADSHEET_SUFFIXES = (".xlsx", ".ods", ".csv")
WRITABLE_SUFFIXES = (".xlsx", ".csv")
MAX_CELLS = 3_000_000  # the extent calamine may allocate, per sheet
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
_CHUNK = 1 << 20


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in SPREADSHEET_SUFFIXES


def _unreadable(detail: str) -> InvalidFile:
    return InvalidFile(
        "file.invalid", [Problem("spreadsheet.unreadable", "", {"detail": detail[:200]})], count=1
    )


def _too_large(sheet: str) -> InvalidFile:
    return InvalidFile(
        "file.invalid",
        [Problem("spreadsheet.too_large", sheet, {"max": str(MAX_CELLS)})],
        count=1,
    )


# -- reading ---------------------------------------------------------------------------------
def read_workbook(data: bytes, suffix: str) -> list[Sheet]:
    """The sheets of a spreadsheet file's bytes (`suffix`: `.xlsx`, `.ods` or `.csv`)."""
    suffix = suffix.lower()
    if suffix == ".csv":
        return [read_csv(data)]
    if suffix not in (".xlsx", ".ods"):
        raise _unreadable(suffix)
    try:  # besides BadZipFile: NotImplementedError for a version it does not know, EOFError…
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - whatever the archive's damage, said plainly
        raise _unreadable(str(error) or "not a zip file") from None
    merged: dict[str, list[Span]] = {}
    with archive:
        try:  # by content, as calamine reads it, whatever the suffix says
            names = archive.namelist()
            if any(name.endswith(".bin") for name in names if name.startswith("xl/")):
                raise _unreadable("an Excel binary workbook (.xlsb): save it as .xlsx")
            if "content.xml" in names:
                merged = _check_ods(archive)
            elif "xl/workbook.xml" in names:
                _check_xlsx(archive)
            else:
                raise _unreadable("neither an .xlsx nor an .ods workbook")
        except InvalidFile:
            raise
        except Exception as error:  # a damaged archive or XML: said, never a traceback
            raise _unreadable(str(error) or type(error).__name__) from None
    return _calamine_sheets(data, merged)


Span = tuple[tuple[int, int], tuple[int, int]]  # (top, left), (bottom, right), 0-based


def _calamine_sheets(data: bytes, ods_merged: Mapping[str, list[Span]]) -> list[Sheet]:
    """`ods_merged`: the merged cells of an .ods by sheet (calamine gives them for .xlsx
    only)."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for name in book.sheet_names:
            found = book.get_sheet_by_name(name)
            start = found.start or (0, 0)
            merged = found.merged_cell_ranges or ods_merged.get(name, [])
            rows = _fill_merged(found.to_python(skip_empty_area=True), merged, start)
            sheets.append(Sheet(name, rows, first_row=start[0] + 1, first_column=start[1]))
        return sheets
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # calamine's errors, and a Rust panic (a BaseException)
        raise _unreadable(str(error) or type(error).__name__) from None


def _fill_merged(
    rows: list[list[Any]], merged: Sequence[Any], start: tuple[int, int]
) -> list[list[Cell]]:
    """Every cell of a merged range takes the value of its top-left cell (a skill's name merged
    down its rows belongs to each of them). Values become `Cell`s (times as text)."""
    plain = _PLAIN
    table: list[list[Cell]] = [[v if type(v) in plain else _cell(v) for v in row] for row in rows]
    for (top, left), (bottom, right) in merged:
        r0, c0 = top - start[0], left - start[1]
        if not (0 <= r0 < len(table) and 0 <= c0 < len(table[r0])):
            continue
        value = table[r0][c0]
        for r in range(r0, min(bottom - start[0], len(table) - 1) + 1):
            row = table[r]
            for c in range(max(c0, 0), right - start[1] + 1):
                if c < len(row):
                    row[c] = value
    return table


_PLAIN = frozenset({str, float, int, bool, date, datetime, type(None)})


def _cell(value: Any) -> Cell:
    if value is None or isinstance(value, str | bool | int | float | date | datetime):
        return value
    if isinstance(value, time | timedelta):
        return str(value)
    return str(value)


# A cell tag with its reference; group 3 is "/" for an empty (self-closing) cell, which
# calamine keeps no value for.
_CELL_REF = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,3})(\d{1,7})\"[^>]*?(/?)>")
_CELL_TAG = re.compile(rb"<c[\s>/]")
_ROW_TAG = re.compile(rb"<row[\s>/]")
_ROW_REF = re.compile(rb"<row\b[^>]*?\br=\"(\d{1,7})\"")


def _unpacked(archive: zipfile.ZipFile, name: str, budget: list[int]) -> Iterator[bytes]:
    with archive.open(name) as member:
        while chunk := member.read(_CHUNK):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise _unreadable("the file unpacks to more than 400 MiB")
            yield chunk


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number - 1


def _check_xlsx(archive: zipfile.ZipFile) -> None:
    """The extent of every worksheet's cells that hold something, from their references. Cells
    and rows without a reference follow the one before: each may add one to the extent, which
    is counted as if it did."""
    budget = [MAX_UNPACKED_BYTES]
    for name in archive.namelist():
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        rows: list[int] = []  # the lowest and highest of cells holding something
        row_tags: list[int] = []  # of the row tags (which may hold cells without a reference)
        letters: set[bytes] = set()
        unreferenced = 0
        rest = b""
        for chunk in _unpacked(archive, name, budget):
            text = rest + chunk
            cut = text.rfind(b"<")
            text, rest = (text[:cut], text[cut:]) if cut > 0 else (text, b"")
            every = _CELL_REF.findall(text)
            found = [m for m in every if not m[2]]
            if found:
                letters.update(m[0] for m in found)
                numbers = [int(m[1]) for m in found]
                rows += (min(numbers), max(numbers))
            row_refs = [int(r) for r in _ROW_REF.findall(text)]
            if row_refs:
                row_tags += (min(row_refs), max(row_refs))
            unreferenced += len(_CELL_TAG.findall(text)) - len(every)
            unreferenced += len(_ROW_TAG.findall(text)) - len(row_refs)
        if unreferenced:
            rows += row_tags
        if not letters and not unreferenced:
            continue
        columns = [_column_number(c) for c in letters] or [0]
        height = (max(rows, default=1) - min(rows, default=1) + 1) + unreferenced
        width = (max(columns) - min(columns) + 1) + unreferenced
        if height * width > MAX_CELLS:
            raise _too_large(name.rsplit("/", 1)[-1].removesuffix(".xml"))


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


class _Budgeted(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._left = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._left:
            try:
                self._left = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(buffer), len(self._left))
        buffer[:size] = self._left[:size]
        self._left = self._left[size:]
        return size


def _check_ods(archive: zipfile.ZipFile) -> dict[str, list[Span]]:
    """The extent of the cells that hold something, with `number-rows-repeated` and
    `number-columns-repeated` counted (a row repeated a million times is a million rows);
    returns the merged cells of each sheet."""
    budget = [MAX_UNPACKED_BYTES]
    stream: IO[bytes] = io.BufferedReader(_Budgeted(_unpacked(archive, "content.xml", budget)))
    row = column = 0
    high_row = high_column = 0
    row_repeat = 1
    table_name = ""
    merged: dict[str, list[Span]] = {}
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == _ODS_TABLE + "table":
                row, high_row, high_column = 0, 0, 0
                table_name = element.get(_ODS_TABLE + "name", "")
            elif tag == _ODS_TABLE + "table-row":
                row_repeat = _repeat(element.get(_ODS_TABLE + "number-rows-repeated"))
                column = 0
            continue
        if tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
            repeat = _repeat(element.get(_ODS_TABLE + "number-columns-repeated"))
            if element.get(_ODS_OFFICE + "value-type") is not None or len(element):
                high_column = max(high_column, column + repeat)
                high_row = max(high_row, row + row_repeat)
                if high_row * high_column > MAX_CELLS:
                    raise _too_large(table_name)
                rows = _repeat(element.get(_ODS_TABLE + "number-rows-spanned"))
                columns = _repeat(element.get(_ODS_TABLE + "number-columns-spanned"))
                if rows > 1 or columns > 1:
                    span = ((row, column), (row + rows - 1, column + columns - 1))
                    merged.setdefault(table_name, []).append(span)
            column += repeat
            element.clear()
        elif tag == _ODS_TABLE + "table-row":
            row += row_repeat
            element.clear()
    return merged


def _repeat(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, int(value))
    except ValueError:
        return 1


def read_csv(data: bytes, name: str = "Requirements") -> Sheet:
    """A CSV file: UTF-8 with or without a BOM; comma, semicolon or tab, whichever the header
    line holds most of (outside quotes)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidFile(
            "file.invalid",
            [Problem("spreadsheet.not_utf8", "", {"offset": str(error.start)})],
            count=1,
        ) from None
    if "\x00" in text:
        raise _unreadable("the file holds NUL characters")
    delimiter = _delimiter(text)
    # Strict: a quote left open is an error, not a cell that swallows every row after it.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[Cell]] = []
    started = 1  # the line the row being read starts on
    try:
        for row in reader:
            rows.append([_from_csv(cell) for cell in row])
            started = reader.line_num + 1
    except csv.Error as error:
        # The csv module's words: a quote still open at the end, or one inside a cell.
        code = "spreadsheet.open_quote" if "end of data" in str(error) else "spreadsheet.bad_quote"
        raise InvalidFile(
            "file.invalid", [Problem(code, "", {"line": str(started)})], count=1
        ) from None
    return Sheet(name, rows)


def _delimiter(text: str) -> str:
    for line in text.splitlines():
        if not line.strip():
            continue
        counts = {d: 0 for d in ",;\t"}
        quoted = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","
    return ","


# -- writing ---------------------------------------------------------------------------------
# A cell a spreadsheet program would run as a formula when it opens a CSV (OWASP's "CSV
# injection"): written after an apostrophe, which the programs show as text and `read_csv`
# takes off again. A text already starting with apostrophes before such a character gets one
# more, so that every text comes back as it was written.
_FORMULA_STARTS = frozenset("=+-@\t\r")


def _formula_like(text: str) -> bool:
    return text.lstrip("'")[:1] in _FORMULA_STARTS and text[:1] in _FORMULA_STARTS | {"'"}


def csv_safe(value: object) -> object:
    """A cell as a CSV file holds it: a text that could run as a formula made inert."""
    if isinstance(value, str) and value and _formula_like(value):
        return "'" + value
    return value


def _from_csv(cell: str) -> str:
    """The inverse of `csv_safe`: the apostrophe it put before a formula-like text, off."""
    return cell[1:] if cell[:1] == "'" and _formula_like(cell[1:]) and cell[1:] else cell


def write_csv(sheet: Sheet) -> bytes:
    """UTF-8 with a BOM (so that Excel reads the accents), comma-separated; formula-like
    texts made inert (`csv_safe`)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in sheet.rows:
        writer.writerow(["" if c is None else csv_safe(c) for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_xlsx(
    sheets: Sequence[Sheet], comments: Mapping[tuple[str, str], str] | None = None
) -> bytes:
    """An `.xlsx` of `sheets`; `comments` puts a note on header cells: (sheet, header) -> text.
    The header row is bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for sheet in sheets:
        page = book.create_sheet(sheet.name[:31])
        for number, row in enumerate(sheet.rows, start=1):
            values = ["" if c is None else c for c in row]
            page.append(values)
            for column, value in enumerate(values, start=1):
                if isinstance(value, str) and value.startswith("="):
                    # A text, never a formula. The cell by its number: `page.max_row` scans
                    # every row, and asked after each row it made a 10,800-row export minutes.
                    page.cell(number, column).data_type = "s"
        if sheet.rows:
            for cell in page[1]:
                cell.font = bold
                note = (comments or {}).get((sheet.name, str(cell.value)))
                if note:
                    cell.comment = Comment(note, "Skill Ladder", width=320, height=120)
            page.freeze_panes = "A2"
            for index, _ in enumerate(sheet.rows[0]):
                letter = page.cell(1, index + 1).column_letter
                page.column_dimensions[letter].width = 18
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
