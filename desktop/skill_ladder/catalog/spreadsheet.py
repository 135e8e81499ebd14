"""A framework as a spreadsheet (docs/spreadsheet-format.md), without any spreadsheet library.

A `Workbook` is a list of `Sheet`s of rows of cells, as `spreadsheet_files` reads them from
`.xlsx`, `.ods` or `.csv` (merged cells already filled in). This module turns one into the same
profile document the JSON importer validates (`sheet_document`, `parse_workbook`), with every
problem at a cell as a spreadsheet names it (`Requirements!D12`), and a `Framework` back into a
workbook (`framework_workbook`, `template_workbook`). The window's mapping step can call
`read_layout` to see which columns were recognised, and pass a `ColumnChoice` for the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from skill_ladder.catalog import limits
from skill_ladder.catalog.format import FORMAT_NAME, FORMAT_VERSION
from skill_ladder.domain.profile import BASE_LANGUAGE, Framework, SkillProfile
from skill_ladder.errors import InvalidFile, Problem

Cell = str | int | float | bool | date | datetime | None

REQUIREMENTS, LEVELS, ROLES, FRAMEWORK = "requirements", "levels", "roles", "framework"
SHEET_KINDS = (REQUIREMENTS, LEVELS, ROLES, FRAMEWORK)
SHEET_TITLES = {
    REQUIREMENTS: "Requirements",
    LEVELS: "Levels",
    ROLES: "Roles",
    FRAMEWORK: "Framework",
}
_SHEET_WORDS = {
    REQUIREMENTS: ("requirements", "requisitos"),
    LEVELS: ("levels", "niveles"),
    ROLES: ("roles",),
    FRAMEWORK: ("framework", "marco"),
}

# Every column of every sheet: field -> the headers that name it (English, Spanish).
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    REQUIREMENTS: {
        "skill": ("skill", "habilidad"),
        "role": ("role", "rol"),
        "level": ("level", "nivel"),
        "required": ("required", "obligatorio"),
        "text_en": ("text_en", "texto_en"),
        "text_es": ("text_es", "texto_es"),
        "key": ("key", "clave"),
        "skill_key": ("skill_key", "clave_habilidad"),
        "skill_name_es": ("skill_name_es", "habilidad_es", "nombre_habilidad_es"),
        "summary_en": ("summary_en", "resumen_en"),
        "summary_es": ("summary_es", "resumen_es"),
        "domain_en": ("domain_en", "dominio_en"),
        "domain_es": ("domain_es", "dominio_es"),
        "group_en": ("group_en", "grupo_en"),
        "group_es": ("group_es", "grupo_es"),
    },
    LEVELS: {
        "key": ("key", "clave"),
        "name_en": ("name_en", "nombre_en"),
        "name_es": ("name_es", "nombre_es"),
        "short_en": ("short_en", "corto_en"),
        "short_es": ("short_es", "corto_es"),
    },
    ROLES: {
        "key": ("key", "clave"),
        "name_en": ("name_en", "nombre_en"),
        "name_es": ("name_es", "nombre_es"),
    },
    FRAMEWORK: {
        "key": ("key", "clave"),
        "name_en": ("name_en", "nombre_en"),
        "name_es": ("name_es", "nombre_es"),
        "version": ("version",),  # "versión" folds to it
    },
}
REQUIRED_COLUMNS = {
    REQUIREMENTS: ("skill", "level", "required", "text_en"),
    LEVELS: ("name_en",),
    ROLES: ("name_en",),
    FRAMEWORK: (),
}
YES = frozenset({"yes", "si", "true", "verdadero", "1", "x"})
NO = frozenset({"no", "false", "falso", "0", ""})
_HASH_LENGTH = 8


# -- the workbook ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Sheet:
    """One sheet's cells; `rows[0][0]` is the cell at row `first_row` (1-based, as shown) and
    column `first_column` (0-based: A is 0)."""

    name: str
    rows: Sequence[Sequence[Cell]]
    first_row: int = 1
    first_column: int = 0


Workbook = Sequence[Sheet]


@lru_cache(maxsize=1024)
def column_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(sheet: str, column: int, row: int) -> str:
    """`Requirements!D12` (column 0-based, row 1-based as shown)."""
    return f"{sheet}!{column_letters(column)}{row}"


def row_name(sheet: str, row: int) -> str:
    return f"{sheet}!{row}:{row}"


_CELL_PLACE = re.compile(r"^(?P<sheet>.+)!(?P<column>[A-Z]+)?(?P<row>\d+)(?::\d+)?$")


@dataclass(frozen=True)
class CellPlace:
    """Where a problem is: a sheet, a row (1-based, as shown) and a column (0-based; None for
    a whole row or sheet, row 0 for a whole sheet)."""

    sheet: str
    row: int
    column: int | None


def place_of(problem: Problem) -> CellPlace | None:
    """The cell a spreadsheet problem names (for the window: "a click shows its row")."""
    match = _CELL_PLACE.match(problem.path)
    if match is None:
        return CellPlace(problem.path, 0, None) if problem.path else None
    letters = match["column"]
    column = None
    if letters:
        column = 0
        for letter in letters:
            column = column * 26 + ord(letter) - ord("A") + 1
        column -= 1
    return CellPlace(match["sheet"], int(match["row"]), column)


# -- words and keys --------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def fold_header(text: str) -> str:
    """Case, accents and surrounding spaces do not count; inner spaces and hyphens are `_`."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", "_", plain)


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees in it (stray spaces removed; 3.0 is "3")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; accents folded. Empty if nothing is left."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", plain))


def short_key(key: str, source: str) -> str:
    """A key within `limits.MAX_KEY_LENGTH`: longer ones are cut and end in a hash of the whole;
    an empty one (a name in another script) is made of the hash of `source`."""
    if not key:
        return "k" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:_HASH_LENGTH]
    if len(key) <= limits.MAX_KEY_LENGTH:
        return key
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:_HASH_LENGTH]
    head = key[: limits.MAX_KEY_LENGTH - _HASH_LENGTH - 1].rstrip("-")
    return f"{head}-{digest}"


def made_key(*parts: str) -> str:
    """`<framework>-<skill>-<role>-<level>-<n>` from texts: folded, joined, cut to 80."""
    joined = "-".join(p for p in (slug(part) for part in parts) if p)
    return short_key(joined, "\x1f".join(parts))


# -- the layout of a workbook ----------------------------------------------------------------
@dataclass(frozen=True)
class ColumnChoice:
    """What the person said about a workbook whose names the layout does not know.

    `sheets`: layout sheet (`"requirements"`, `"levels"`, `"roles"`, `"framework"`) -> the
    name of the file's sheet that holds it. `columns`: layout sheet -> {column (0-based, A is 0,
    as in the file) -> field (a key of `COLUMNS[sheet]`, or "" to ignore the column)}. Columns
    not named here are recognised by their headers."""

    sheets: Mapping[str, str] = field(default_factory=dict)
    columns: Mapping[str, Mapping[int, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetLayout:
    """One sheet of the layout as found in a workbook: the header row, which column holds which
    field, the headers that were not recognised and the required fields no column holds."""

    kind: str
    sheet: Sheet
    header_index: int  # index in `sheet.rows` of the header row (the first row not blank)
    fields: Mapping[str, int]  # field -> column (0-based, absolute)
    unknown: tuple[tuple[int, str], ...]  # (column, header text) not recognised
    missing: tuple[str, ...]

    @property
    def header_row(self) -> int:
        return self.sheet.first_row + self.header_index

    def body(self) -> Iterable[tuple[int, Mapping[str, Cell]]]:
        """(row number as shown, {field: cell}) for each row after the header that is not
        blank."""
        first_column = self.sheet.first_column
        for index in range(self.header_index + 1, len(self.sheet.rows)):
            row = self.sheet.rows[index]
            if all(cell_text(c) == "" for c in row):
                continue
            values: dict[str, Cell] = {}
            for name, column in self.fields.items():
                at = column - first_column
                values[name] = row[at] if 0 <= at < len(row) else None
            yield self.sheet.first_row + index, values

    def cell(self, name: str, row: int) -> str:
        return cell_name(self.sheet.name, self.fields[name], row)


def _blank(row: Sequence[Cell]) -> bool:
    return all(cell_text(c) == "" for c in row)


def _sheet_kind(name: str) -> str | None:
    folded = fold_header(name)
    for kind, words in _SHEET_WORDS.items():
        if folded in words:
            return kind
    return None


def _header_words(kind: str) -> dict[str, str]:
    return {fold_header(word): name for name, words in COLUMNS[kind].items() for word in words}


def _layout(kind: str, sheet: Sheet, chosen: Mapping[int, str]) -> SheetLayout:
    header_index = next((i for i, row in enumerate(sheet.rows) if not _blank(row)), 0)
    header = sheet.rows[header_index] if sheet.rows else []
    words = _header_words(kind)
    fields: dict[str, int] = {}
    unknown: list[tuple[int, str]] = []
    for offset, value in enumerate(header):
        column = sheet.first_column + offset
        text = cell_text(value)
        if column in chosen:
            name = chosen[column]
        elif text:
            name = words.get(fold_header(text), "")
            if not name:
                unknown.append((column, text))
        else:
            name = ""
        if name and name in COLUMNS[kind] and name not in fields:
            fields[name] = column
    for column, name in chosen.items():  # a choice past the header's last cell
        if name and name in COLUMNS[kind] and name not in fields:
            fields[name] = column
    missing = tuple(name for name in REQUIRED_COLUMNS[kind] if name not in fields)
    return SheetLayout(kind, sheet, header_index, fields, tuple(unknown), missing)


def read_layout(workbook: Workbook, choice: ColumnChoice | None = None) -> dict[str, SheetLayout]:
    """The layout's sheets found in `workbook` (by name, or by `choice`). A workbook of one sheet
    whose name is not a layout name (a CSV, a fresh spreadsheet's "Sheet1") is the
    Requirements sheet."""
    choice = choice or ColumnChoice()
    by_kind: dict[str, Sheet] = {}
    for kind, chosen in choice.sheets.items():
        found = next((s for s in workbook if s.name == chosen), None)
        if found is not None and kind in SHEET_KINDS:
            by_kind[kind] = found
    chosen_names = set(choice.sheets.values())
    for sheet in workbook:
        if sheet.name in chosen_names:
            continue
        known = _sheet_kind(sheet.name)
        if known is not None and known not in by_kind:
            by_kind[known] = sheet
    if REQUIREMENTS not in by_kind and len(workbook) == 1 and _sheet_kind(workbook[0].name) is None:
        by_kind[REQUIREMENTS] = workbook[0]
    return {
        kind: _layout(kind, sheet, choice.columns.get(kind, {})) for kind, sheet in by_kind.items()
    }


# -- a workbook into a profile document ------------------------------------------------------
@dataclass(frozen=True)
class SheetDocument:
    """The profile document made from a workbook, where each of its values came from
    (`places`: JSON path -> cell), and whether the Framework sheet gave a version."""

    document: dict[str, Any]
    places: Mapping[str, str]
    versioned: bool


@dataclass
class _Named:
    key: str
    name: dict[str, str]
    short: dict[str, str]
    place: str
    words: set[str] = field(default_factory=set)


class _Builder:
    def __init__(self, layouts: Mapping[str, SheetLayout], file_stem: str, today: date) -> None:
        self.layouts = layouts
        self.file_stem = file_stem
        self.today = today
        self.problems: list[Problem] = []
        self.places: dict[str, str] = {}

    def problem(self, code: str, place: str, **params: str) -> None:
        self.problems.append(Problem(code, place, dict(params)))

    # the Framework sheet, or the file name
    def framework(self) -> tuple[str, dict[str, str], int | None]:
        stem = self.file_stem.strip() or "ladder"
        key, name, version = short_key(slug(stem), stem), {"en": stem}, None
        layout = self.layouts.get(FRAMEWORK)
        if layout is None:
            return key, name, version
        for row, values in layout.body():
            if "key" in values and cell_text(values["key"]):
                key = cell_text(values["key"])
                self.places["$.key"] = layout.cell("key", row)
            for language in ("en", "es"):
                column = f"name_{language}"
                if column in values and cell_text(values[column]):
                    name[language] = cell_text(values[column])
                    self.places[f"$.name.{language}"] = layout.cell(column, row)
            if "version" in values and cell_text(values["version"]):
                version = self._version(values["version"], layout.cell("version", row))
            break  # one framework: the first row that is not blank
        return key, name, version

    def _version(self, value: Cell, place: str) -> int | None:
        text = cell_text(value)
        if re.fullmatch(r"\d{1,9}", text) and int(text) >= 1:
            return int(text)
        self.problem("sheet.bad_version", place, value=text[:40])
        return None

    # Levels and Roles sheets
    def named_sheet(self, kind: str) -> list[_Named] | None:
        layout = self.layouts.get(kind)
        if layout is None:
            return None
        if layout.missing:
            self._missing(layout)
            return []
        found: list[_Named] = []
        for row, values in layout.body():
            name = {
                lang: cell_text(values.get(f"name_{lang}"))
                for lang in ("en", "es")
                if cell_text(values.get(f"name_{lang}"))
            }
            short = {
                lang: cell_text(values.get(f"short_{lang}"))
                for lang in ("en", "es")
                if cell_text(values.get(f"short_{lang}"))
            }
            english = name.get("en", "")
            key = cell_text(values.get("key")) or made_key(english)
            place = layout.cell("name_en", row)
            if not english:
                self.problem("field.empty", place)
            named = _Named(key, name, short, place)
            named.words = {fold_header(key)} | {fold_header(t) for t in name.values()}
            found.append(named)
        return found

    def _missing(self, layout: SheetLayout) -> None:
        for name in layout.missing:
            self.problem(
                "sheet.missing_column",
                row_name(layout.sheet.name, layout.header_row),
                column=name,
                sheet=layout.sheet.name,
            )

    def build(self) -> SheetDocument:
        key, name, version = self.framework()
        requirements = self.layouts.get(REQUIREMENTS)
        if requirements is None:
            self.problem("sheet.missing", "", sheet=SHEET_TITLES[REQUIREMENTS])
            raise self._invalid()
        if requirements.missing:
            self._missing(requirements)
            raise self._invalid()
        levels = self.named_sheet(LEVELS)
        roles = self.named_sheet(ROLES)
        rows = list(requirements.body())
        if len(rows) > limits.MAX_REQUIREMENTS:
            self.problem(
                "field.too_many", requirements.sheet.name, max=str(limits.MAX_REQUIREMENTS)
            )
            raise self._invalid()
        has_roles = roles is not None or (
            "role" in requirements.fields and any(cell_text(v.get("role")) for _, v in rows)
        )
        levels_from_rows = levels is None
        roles_from_rows = roles is None
        level_list: list[_Named] = levels or []
        role_list: list[_Named] = roles or []
        skills: dict[str, dict[str, Any]] = {}
        per_cell: dict[tuple[str, str, str], int] = {}
        for row, values in rows:
            self._row(
                requirements,
                row,
                values,
                key,
                name,
                has_roles,
                (level_list, levels_from_rows),
                (role_list, roles_from_rows),
                skills,
                per_cell,
            )
        if not rows:
            self.problem("sheet.no_rows", requirements.sheet.name)
        if self.problems:
            raise self._invalid()
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "key": key,
            "name": name,
            "levels": [],
        }
        for index, level in enumerate(level_list):
            document["levels"].append(
                {"key": level.key, "name": level.name, "short": level.short or level.name}
            )
            self._place_named(f"$.levels[{index}]", level)
        if has_roles:
            document["roles"] = [{"key": r.key, "name": r.name} for r in role_list]
            for index, role in enumerate(role_list):
                self._place_named(f"$.roles[{index}]", role)
        document["skills"] = []
        for s_index, skill in enumerate(skills.values()):
            for path, place in skill.pop("places").items():
                self.places[f"$.skills[{s_index}]{path}"] = place
            skill["version"] = version or 1
            document["skills"].append(skill)
        return SheetDocument(document, dict(self.places), versioned=version is not None)

    def _place_named(self, path: str, named: _Named) -> None:
        self.places[path] = named.place
        self.places[f"{path}.key"] = named.place

    def _invalid(self) -> InvalidFile:
        return InvalidFile(
            "file.invalid",
            self.problems[: limits.MAX_PROBLEMS_REPORTED],
            count=len(self.problems),
        )

    def _find(
        self, found: tuple[list[_Named], bool], text: str, place: str, unknown: str
    ) -> str | None:
        named, from_rows = found
        folded = fold_header(text)
        for candidate in named:
            if candidate.key == text:
                return candidate.key
        for candidate in named:
            if folded in candidate.words:
                return candidate.key
        if not from_rows:
            self.problem(unknown, place, key=text[:80])
            return None
        entry = _Named(made_key(text), {"en": text}, {}, place, {folded})
        named.append(entry)
        return entry.key

    def _row(
        self,
        layout: SheetLayout,
        row: int,
        values: Mapping[str, Cell],
        framework_key: str,
        framework_name: Mapping[str, str],
        has_roles: bool,
        levels: tuple[list[_Named], bool],
        roles: tuple[list[_Named], bool],
        skills: dict[str, dict[str, Any]],
        per_cell: dict[tuple[str, str, str], int],
    ) -> None:
        text = {f: cell_text(values.get(f)) for f in COLUMNS[REQUIREMENTS]}
        ok = True
        for name in ("skill", "level"):
            if not text[name]:
                self.problem("field.empty", layout.cell(name, row))
                ok = False
        required = self._required(values.get("required"), layout.cell("required", row))
        role_key = ""
        if has_roles:
            if "role" not in layout.fields or not text["role"]:
                place = (
                    layout.cell("role", row)
                    if "role" in layout.fields
                    else row_name(layout.sheet.name, row)
                )
                self.problem("sheet.role_empty", place)
                ok = False
            else:
                role_key = (
                    self._find(
                        roles, text["role"], layout.cell("role", row), "requirement.unknown_role"
                    )
                    or ""
                )
                ok = ok and bool(role_key)
        level_key = ""
        if text["level"]:
            level_key = (
                self._find(
                    levels, text["level"], layout.cell("level", row), "requirement.unknown_level"
                )
                or ""
            )
            ok = ok and bool(level_key)
        if not ok or required is None:
            return
        identity = text["skill_key"] or fold_header(text["skill"])
        skill = skills.get(identity)
        skill_place = layout.cell("skill", row)
        if skill is None:
            skill_key = text["skill_key"] or made_key(framework_key, text["skill"])
            skill = self._new_skill(layout, row, skill_key, text, framework_name)
            skills[identity] = skill
        else:
            self._fill_skill(layout, row, skill, text)
        cell = (skill["key"], role_key, level_key)
        per_cell[cell] = per_cell.get(cell, 0) + 1
        key = text["key"] or made_key(
            framework_key,
            text["skill"],
            *([text["role"]] if has_roles else []),
            text["level"],
            str(per_cell[cell]),
        )
        requirement: dict[str, Any] = {"key": key}
        if has_roles:
            requirement["role"] = role_key
        requirement["level"] = level_key
        requirement["required"] = required
        requirement["text"] = {"en": text["text_en"]}
        if text["text_es"]:
            requirement["text"]["es"] = text["text_es"]
        path = f".requirements[{len(skill['requirements'])}]"
        places = skill["places"]
        places[path] = skill_place
        places[f"{path}.key"] = layout.cell("key", row) if "key" in layout.fields else skill_place
        for name, column in (
            ("role", "role"),
            ("level", "level"),
            ("required", "required"),
            ("text.en", "text_en"),
            ("text.es", "text_es"),
            ("text", "text_en"),
        ):
            if column in layout.fields:
                places[f"{path}.{name}"] = layout.cell(column, row)
        skill["requirements"].append(requirement)

    def _new_skill(
        self,
        layout: SheetLayout,
        row: int,
        key: str,
        text: Mapping[str, str],
        framework_name: Mapping[str, str],
    ) -> dict[str, Any]:
        name = {"en": text["skill"]}
        places = {"": layout.cell("skill", row), ".key": layout.cell("skill", row)}
        places[".name.en"] = places[".name"] = layout.cell("skill", row)
        if text["skill_name_es"]:
            name["es"] = text["skill_name_es"]
            places[".name.es"] = layout.cell("skill_name_es", row)
        if text["skill_key"]:
            places[".key"] = layout.cell("skill_key", row)
        skill: dict[str, Any] = {
            "key": key,
            "name": name,
            "summary": dict(name),
            "domain": dict(framework_name),
            "group": dict(framework_name),
            "version": 1,
            "updated": self.today.isoformat(),
            "requirements": [],
            "places": places,
        }
        self._fill_skill(layout, row, skill, text)
        return skill

    def _fill_skill(
        self, layout: SheetLayout, row: int, skill: dict[str, Any], text: Mapping[str, str]
    ) -> None:
        """The skill's summary, domain and group: the first row of the skill that gives each
        (a default stays until a row says otherwise)."""
        given: set[str] = skill.setdefault("given", set())
        for part in ("summary", "domain", "group"):
            for language in ("en", "es"):
                column = f"{part}_{language}"
                if text[column] and column not in given:
                    given.add(column)
                    skill[part][language] = text[column]
                    skill["places"][f".{part}.{language}"] = layout.cell(column, row)
                    skill["places"].setdefault(f".{part}", layout.cell(column, row))
        if not skill.get("name_es_given") and text["skill_name_es"]:
            skill["name_es_given"] = True
            skill["name"]["es"] = text["skill_name_es"]
            if "summary_es" not in given:
                skill["summary"]["es"] = text["skill_name_es"]

    def _required(self, value: Cell, place: str) -> bool | None:
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        folded = fold_header(cell_text(value))
        if folded in YES:
            return True
        if folded in NO:
            return False
        self.problem("sheet.not_yes_no", place, value=cell_text(value)[:40])
        return None


def _clean_skill(skill: dict[str, Any]) -> None:
    skill.pop("given", None)
    skill.pop("name_es_given", None)


def sheet_document(
    workbook: Workbook, file_stem: str, today: date, choice: ColumnChoice | None = None
) -> SheetDocument:
    """The profile document a workbook describes, or `InvalidFile` with every problem at its
    cell. `file_stem` names the framework when there is no Framework sheet."""
    layouts = read_layout(workbook, choice)
    made = _Builder(layouts, file_stem, today).build()
    for skill in made.document["skills"]:
        _clean_skill(skill)
    return made


def _place(places: Mapping[str, str], path: str) -> str:
    """The cell of the longest JSON path of `places` that `path` starts with."""
    probe = path
    while probe:
        if probe in places:
            return places[probe]
        cut = max(probe.rfind("."), probe.rfind("["))
        if cut <= 0:
            break
        probe = probe[:cut]
    return places.get("$", "")


def parse_workbook(
    workbook: Workbook, file_stem: str, today: date, choice: ColumnChoice | None = None
) -> tuple[Framework, bool]:
    """A workbook validated as a JSON profile is (same schema, rules and limits), every problem
    named by its cell. Returns the framework and whether its versions came from the file."""
    from skill_ladder.catalog.validation import parse_profile

    made = sheet_document(workbook, file_stem, today, choice)
    data = json.dumps(made.document, ensure_ascii=False).encode("utf-8")
    try:
        framework = parse_profile(data)
    except InvalidFile as error:
        problems = [replace(p, path=_place(made.places, p.path)) for p in error.problems]
        raise InvalidFile(error.code, problems, **error.params) from None
    return framework, made.versioned


def _content(skill: SkillProfile) -> SkillProfile:
    return replace(skill, version=0, updated=date.min)


def settle_versions(
    framework: Framework, installed: Framework | None, today: date, *, versioned: bool
) -> Framework:
    """Versions for a spreadsheet's skills. Without a version in the file, a skill whose content
    changed since it was installed (or every skill, when the framework's name, levels or roles
    changed) takes the installed version plus one (and today's date); one
    that did not change keeps its version and date; a new one is version 1. With a version, an
    unchanged skill keeps its installed date (so a second import of the same file is
    "unchanged")."""
    before = {} if installed is None else {s.key: s for s in installed.skills}
    # every skill stands on the ladder: a renamed level or role is news for all of them
    ladder_changed = installed is not None and (
        (installed.name, installed.levels, installed.roles)
        != (framework.name, framework.levels, framework.roles)
    )
    skills = []
    for skill in framework.skills:
        old = before.get(skill.key)
        if old is None:
            skills.append(skill if versioned else replace(skill, version=1, updated=today))
        elif _content(old) == _content(skill) and not ladder_changed:
            if versioned and skill.version != old.version:
                skills.append(skill)
            else:
                skills.append(replace(skill, version=old.version, updated=old.updated))
        elif versioned:
            skills.append(skill)
        else:
            skills.append(replace(skill, version=old.version + 1, updated=today))
    return replace(framework, skills=tuple(skills))


# -- a framework into a workbook -------------------------------------------------------------
def _labels(items: Sequence[tuple[str, Mapping[str, str]]]) -> dict[str, str]:
    """How requirement rows name each level or role: its English name when no other level or
    role could be read as it, else its key."""
    counts: dict[str, int] = {}
    for key, name in items:
        for word in {fold_header(key), fold_header(name.get(BASE_LANGUAGE, key))}:
            counts[word] = counts.get(word, 0) + 1
    labels = {}
    for key, name in items:
        english = name.get(BASE_LANGUAGE, "")
        clash = counts.get(fold_header(english), 0) > 1 and fold_header(english) != fold_header(key)
        labels[key] = english if english and not clash else key
    return labels


REQUIREMENT_HEADERS = (
    "skill",
    "role",
    "level",
    "required",
    "text_en",
    "text_es",
    "key",
    "skill_key",
    "skill_name_es",
    "summary_en",
    "summary_es",
    "domain_en",
    "domain_es",
    "group_en",
    "group_es",
)
LEVEL_HEADERS = ("key", "name_en", "name_es", "short_en", "short_es")
ROLE_HEADERS = ("key", "name_en", "name_es")
FRAMEWORK_HEADERS = ("key", "name_en", "name_es", "version")


def framework_workbook(framework: Framework) -> list[Sheet]:
    """The layout of `framework`: Requirements (with keys, so a re-import keeps ratings),
    Levels, Roles (if it has roles) and Framework (no version: a re-import of an edited file
    raises the versions of exactly the skills that changed)."""
    level_labels = _labels([(lv.key, lv.name) for lv in framework.levels])
    role_labels = _labels([(r.key, r.name) for r in framework.roles])
    headers = [h for h in REQUIREMENT_HEADERS if h != "role" or framework.has_roles]
    rows: list[list[Cell]] = [list(headers)]
    for skill in framework.skills:
        for req in skill.requirements:
            values: dict[str, str] = {
                "skill": skill.name.get("en", ""),
                "role": role_labels.get(req.role, req.role),
                "level": level_labels.get(req.level, req.level),
                "required": "yes" if req.required else "no",
                "text_en": req.text.get("en", ""),
                "text_es": req.text.get("es", ""),
                "key": req.key,
                "skill_key": skill.key,
                "skill_name_es": skill.name.get("es", ""),
            }
            for part in ("summary", "domain", "group"):
                for language in ("en", "es"):
                    values[f"{part}_{language}"] = getattr(skill, part).get(language, "")
            rows.append([values[h] for h in headers])
    sheets = [Sheet(SHEET_TITLES[REQUIREMENTS], rows)]
    sheets.append(
        Sheet(
            SHEET_TITLES[LEVELS],
            [list(LEVEL_HEADERS)]
            + [
                [
                    lv.key,
                    lv.name.get("en", ""),
                    lv.name.get("es", ""),
                    lv.short.get("en", ""),
                    lv.short.get("es", ""),
                ]
                for lv in framework.levels
            ],
        )
    )
    if framework.has_roles:
        sheets.append(
            Sheet(
                SHEET_TITLES[ROLES],
                [list(ROLE_HEADERS)]
                + [[r.key, r.name.get("en", ""), r.name.get("es", "")] for r in framework.roles],
            )
        )
    sheets.append(
        Sheet(
            SHEET_TITLES[FRAMEWORK],
            [
                list(FRAMEWORK_HEADERS),
                [framework.key, framework.name.get("en", ""), framework.name.get("es", ""), ""],
            ],
        )
    )
    return sheets


def template_workbook() -> list[Sheet]:
    """An empty layout with one example row in each sheet (it imports as it is)."""
    example = {
        "skill": "Python",
        "role": "Data Engineer",
        "level": "Junior",
        "required": "yes",
        "text_en": "Writes small scripts with tests.",
        "text_es": "Escribe scripts pequeños con pruebas.",
        "skill_name_es": "Python",
    }
    return [
        Sheet(
            SHEET_TITLES[REQUIREMENTS],
            [list(REQUIREMENT_HEADERS), [example.get(h, "") for h in REQUIREMENT_HEADERS]],
        ),
        Sheet(
            SHEET_TITLES[LEVELS],
            [list(LEVEL_HEADERS), ["junior", "Junior", "Junior", "Jr", "Jr"]],
        ),
        Sheet(
            SHEET_TITLES[ROLES],
            [list(ROLE_HEADERS), ["data-engineer", "Data Engineer", "Ingeniero/a de datos"]],
        ),
        Sheet(
            SHEET_TITLES[FRAMEWORK],
            [list(FRAMEWORK_HEADERS), ["my-ladder", "My ladder", "Mi escalera", ""]],
        ),
    ]


def sheet_cells(sheet: Sheet) -> list[list[str]]:
    """A sheet's cells as text, blank rows and trailing empty cells dropped (to compare two
    workbooks by content)."""
    rows = []
    for row in sheet.rows:
        texts = [cell_text(c) for c in row]
        while texts and not texts[-1]:
            texts.pop()
        if texts:
            rows.append(texts)
    return rows
