"""Hostile files thrown at both importers: malformed, truncated, huge, deeply nested, wrongly
typed. Only clear validation errors come out, and nothing is written."""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidFile, InvalidInput
from skill_ladder.services.hub import Services
from tests.conftest import database_dump
from tests.support.profiles import bundled_document

EXAMPLES = 1000 if os.environ.get("CI") else 150  # 2,000 in CI across the two importers

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            found += _paths(child, (*prefix, index))
    return found


# Values that once crashed an import or slipped through validation (issue 15): times without
# a zone or past year 9999 in UTC, integers past SQLite's 64 bits, `true` as a number, names of
# invisible or bidirectional characters, and a file of the other kind.
edge_values = st.sampled_from(
    [
        "2026-01-01T10:00:00",
        "9999-12-31T23:00:00-05:00",
        "0001-01-01T00:30:00+01:00",
        2**63,
        -(2**63) - 1,
        10**30,
        True,
        "\u200b\u200d\ufeff",
        "abc\u202eexe.txt",
        "\u2066x\u2069",
        "skill-ladder-data",
        "skill-ladder-profile",
    ]
)


@st.composite
def hostile(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    kind = draw(st.sampled_from(["mutate", "truncate", "random", "nested", "huge", "edge", "bom"]))
    raw = json.dumps(base).encode()
    if kind == "bom":  # read past; whatever follows is judged as usual
        return b"\xef\xbb\xbf" + draw(hostile(base))
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw) - 1))]
    if kind == "random":
        return json.dumps(draw(json_values)).encode()
    if kind == "nested":
        depth = draw(st.integers(100, 50_000))
        return b"[" * depth + b"]" * depth
    if kind == "huge":
        return json.dumps({**base, "key": "x" * draw(st.integers(100, 200_000))}).encode()
    document = json.loads(raw)
    path = draw(st.sampled_from(_paths(document)[1:]))
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = draw(edge_values if kind == "edge" else json_values)
    if kind == "edge" and draw(st.booleans()):  # many names in one object, one repeated
        names = draw(st.integers(2, 20_000))
        return (
            json.dumps(document)[:-1]
            + ","
            + ",".join(f'"n{i}":0' for i in range(names))
            + ',"n0":1}'
        ).encode()
    return json.dumps(document).encode()


def _refused_cleanly(services: Services, action: Any) -> None:
    before = database_dump(services.database.path)
    try:
        action()
    except (InvalidFile, InvalidInput) as error:
        assert error.exit_code == 2
        assert database_dump(services.database.path) == before
    # A mutation may leave a valid file: then it simply imports.


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_profile_importer_survives_hostile_files(services: Services, data: st.DataObject) -> None:
    document = bundled_document()
    document["key"], document["skills"][0]["key"] = "fuzz", "fuzz-skill"
    for requirement in document["skills"][0]["requirements"]:
        requirement["key"] = "fuzz-" + requirement["key"]
    payload = data.draw(hostile(document))
    _refused_cleanly(services, lambda: services.catalog.import_bytes(payload))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_data_importer_survives_hostile_files(services: Services, data: st.DataObject) -> None:
    if not services.data.has_personal_data():  # once: every example must see the same base
        services.ratings.rate_cell("mlflow", "ml-engineer", "junior", Rating.MEETS)
    base = services.data.export_document()
    base["exported"] = "2026-11-29T00:00:00+00:00"
    payload = data.draw(hostile(base))
    _refused_cleanly(services, lambda: services.data.import_bytes(payload, replace=False))


# -- spreadsheets (issue 16): .xlsx, .ods and .csv through the same importer ------------------
SHEET_EXAMPLES = EXAMPLES // 2
SHEET_HEADER = ["skill", "role", "level", "required", "text_en", "text_es", "key"]
SHEET_ROWS: list[list[Any]] = [
    SHEET_HEADER,
    ["Go", "Dev", "Junior", "yes", "Writes a CLI", "Escribe una CLI", ""],
    ["Go", "Dev", "Senior", "no", "Designs modules", "", ""],
]

cell_values = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(["yes", "no", "maybe", "Junior", "Senior", "Dev", "", " ", "=1+1"])
)


def _xlsx_bytes(rows: list[list[Any]], far: bool = False) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Requirements"
    for row in rows:
        sheet.append([_xlsx_safe(value) for value in row])
    if far:
        sheet["ZZ200000"] = "far away"  # calamine would allocate every cell in between
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_safe(value: Any) -> Any:
    """openpyxl refuses control characters and reads "=" as a formula: keep both as text."""
    if isinstance(value, str):
        return "".join(c if c.isprintable() or c in "\t\n" else "?" for c in value)
    return value


def _csv_bytes(rows: list[list[Any]], delimiter: str) -> bytes:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue().encode("utf-8")


def _ods(rows: list[list[Any]], repeated: bool = False) -> bytes:
    from tests.support.ods import ods_bytes

    values = [[v if isinstance(v, str | float | int) else None for v in row] for row in rows]
    # with `repeated`, a row with content repeated two million times
    return ods_bytes(
        {"Requirements": values}, set(), {("Requirements", 1): 2_000_000} if repeated else {}
    )


@st.composite
def hostile_sheet(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from([".xlsx", ".ods", ".csv"]))
    kind = draw(st.sampled_from(["cells", "truncate", "flip", "extent", "long"]))
    rows = [list(row) for row in SHEET_ROWS]
    if kind == "cells":
        extra = draw(st.lists(st.lists(cell_values, max_size=9), max_size=6))
        rows += extra
        for _ in range(draw(st.integers(0, 4))):
            r = draw(st.integers(0, len(rows) - 1))
            if rows[r]:
                rows[r][draw(st.integers(0, len(rows[r]) - 1))] = draw(cell_values)
    if kind == "long":
        rows[1][4] = "x" * draw(st.integers(1, 200_000))
    if suffix == ".xlsx":
        data = _xlsx_bytes(rows, far=kind == "extent")
    elif suffix == ".ods":
        data = _ods(rows, repeated=kind == "extent")
    else:
        data = _csv_bytes(rows, draw(st.sampled_from([",", ";", "\t"])))
    if kind == "truncate":
        data = data[: draw(st.integers(0, 10**9)) % len(data)]  # the length varies: dates
    if kind == "flip":
        mutable = bytearray(data)
        for _ in range(draw(st.integers(1, 20))):
            mutable[draw(st.integers(0, 10**9)) % len(mutable)] = draw(st.integers(0, 255))
        data = bytes(mutable)
    return suffix, data


@settings(max_examples=SHEET_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_spreadsheet_importer_survives_hostile_files(
    services: Services, data: st.DataObject, tmp_path_factory: Any
) -> None:
    suffix, payload = data.draw(hostile_sheet())
    path = tmp_path_factory.mktemp("sheet") / f"fuzz-ladder{suffix}"
    path.write_bytes(payload)
    _refused_cleanly(services, lambda: services.catalog.import_file(path))
