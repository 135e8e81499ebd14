"""The matrix of a framework with many requirements a cell (25 skills × 9 levels, 10,125
requirements): each cell says how many required are met out of how many, the optional ones
apart, readable without colour; a selected cell keeps its colour; equal data rebuilds nothing."""

from __future__ import annotations

import json
import random
import shutil
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.domain.rating import Rating
from skill_ladder.paths import AppPaths, bundled_profiles
from skill_ladder.rating_words import rating_color
from skill_ladder.services.hub import Services
from skill_ladder.services.views import Matrix, MatrixCell, Scope
from skill_ladder.storage import ratings_store
from skill_ladder.storage.database import open_database
from skill_ladder.translations import Translations
from skill_ladder.ui.models.matrix_model import CELL_ROLE
from skill_ladder.ui.widgets.matrix_view import SELECTION_FRAME, MatrixView
from tests.support.long_ladders import many_per_cell
from tests.support.palettes import dark_palette

Counts = dict[tuple[str, str], list[int]]  # (skill, level) -> [req met, req total, opt met, opt]


@pytest.fixture(scope="module")
def dense_document() -> dict[str, Any]:
    return many_per_cell()


def rate_at_random(services: Services, document: dict[str, Any], seed: int) -> dict[str, Rating]:
    """Rate about 60% of the requirements (every value, none more likely at low levels), in
    one transaction, and answer what was rated."""
    rng = random.Random(seed)
    rated: dict[str, Rating] = {}
    now = datetime.now(UTC)
    with services.database.transaction() as connection:
        for skill in document["skills"]:
            for req in skill["requirements"]:
                if rng.random() < 0.6:
                    low = int(req["level"][1:]) <= 4
                    value = Rating.MEETS if low and rng.random() < 0.7 else rng.choice(list(Rating))
                    ratings_store.save(connection, req["key"], now, value=value, note=None)
                    rated[req["key"]] = value
        # Every requirement of role-1 in one cell met: a cell that reads 9/9 (or n/n).
        for req in document["skills"][0]["requirements"]:
            if req["role"] == "role-1" and req["level"] == "l1":
                ratings_store.save(connection, req["key"], now, value=Rating.EXCEEDS, note=None)
                rated[req["key"]] = Rating.EXCEEDS
    return rated


@pytest.fixture(scope="module")
def dense_template(
    tmp_path_factory: pytest.TempPathFactory, dense_document: dict[str, Any]
) -> tuple[Path, dict[str, Rating]]:
    """A database with the bundled profiles and the dense framework, rated: made once for
    the module (importing 10,125 requirements takes a while), copied for each test."""
    folder = tmp_path_factory.mktemp("dense")
    database = open_database(folder / "template.sqlite3", folder / "backups")
    services = Services.over(database)
    services.catalog.install_bundled(bundled_profiles())
    services.catalog.import_bytes(json.dumps(dense_document).encode())
    rated = rate_at_random(services, dense_document, seed=7)
    database.close()
    return folder / "template.sqlite3", rated


@pytest.fixture
def dense(
    paths: AppPaths, dense_template: tuple[Path, dict[str, Rating]]
) -> Iterator[tuple[Services, dict[str, Rating]]]:
    template, rated = dense_template
    shutil.copyfile(template, paths.database)
    database = open_database(paths.database, paths.backups)
    yield Services.over(database), rated
    database.close()


def expected_counts(
    document: dict[str, Any], rated: dict[str, Rating], role: str | None
) -> tuple[Counts, dict[tuple[str, str], list[str]]]:
    """The rule counted straight from the document: met is Meets or Exceeds."""
    counts: Counts = defaultdict(lambda: [0, 0, 0, 0])
    keys: dict[tuple[str, str], list[str]] = defaultdict(list)
    for skill in document["skills"]:
        for req in skill["requirements"]:
            if role is not None and req["role"] != role:
                continue
            cell = counts[(skill["key"], req["level"])]
            keys[(skill["key"], req["level"])].append(req["key"])
            met = rated.get(req["key"]) in (Rating.MEETS, Rating.EXCEEDS)
            if req["required"]:
                cell[0] += met
                cell[1] += 1
            else:
                cell[2] += met
                cell[3] += 1
    return counts, keys


def make_view(qtbot: QtBot, matrix: Matrix, width: int = 1100, dark: bool = False) -> MatrixView:
    view = MatrixView()
    qtbot.addWidget(view)
    if dark:
        view.setPalette(dark_palette())
    view.set_matrix(matrix)
    view.resize(width, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_framework_is_as_large_as_asked(
    dense: tuple[Services, dict[str, Rating]], dense_document: dict[str, Any]
) -> None:
    services, _ = dense
    counts = services.catalog.detail(Scope("dense"), "en", with_requirements=False).counts
    assert counts.required + counts.optional == 10_125
    assert counts.optional > 2_000  # optional ones in every part of the matrix


@pytest.mark.parametrize("role", ["role-1", None])
def test_cell_counts_follow_the_rule(
    dense: tuple[Services, dict[str, Rating]], dense_document: dict[str, Any], role: str | None
) -> None:
    services, rated = dense
    matrix = services.board.matrix(Scope("dense"), role, "en")
    assert matrix.rows_are == "skills"
    assert len(matrix.rows) == 25 and len(matrix.levels) == 9
    expected, keys = expected_counts(dense_document, rated, role)
    per_cell = 9 if role else 45
    for row in matrix.rows:
        for cell in row.cells:
            place = (row.skill or "", cell.level)
            assert len(cell.requirements) == per_cell
            assert sorted(cell.requirements) == sorted(keys[place])
            got = [cell.required_met, cell.required_total, cell.optional_met, cell.optional_total]
            assert got == expected[place], place
            assert cell.rated == sum(1 for k in cell.requirements if k in rated)
    first = matrix.rows[0].cells[0]
    if role:
        assert first.required_met == first.required_total and first.share == 1


def test_the_model_shows_counts_with_optional_apart(
    qtbot: QtBot, dense: tuple[Services, dict[str, Rating]]
) -> None:
    services, _ = dense
    matrix = services.board.matrix(Scope("dense"), "role-1", "en")
    view = make_view(qtbot, matrix)
    model = view.model
    seen_optional = 0
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            cell: MatrixCell = index.data(CELL_ROLE)
            text = index.data()
            first, _, second = text.partition("\n")
            assert first == f"{cell.required_met}/{cell.required_total}"
            if cell.optional_total:
                seen_optional += 1
                assert second == f"+{cell.optional_met}/{cell.optional_total} opt"
            else:
                assert second == ""
            words = index.data(Qt.ItemDataRole.ToolTipRole)
            assert index.data(Qt.ItemDataRole.AccessibleTextRole) == words
            assert f"{cell.required_met} of {cell.required_total} required met" in words
            assert matrix.rows[r].name in words and matrix.levels[c].name in words
            if cell.optional_total:
                assert f"{cell.optional_met} of {cell.optional_total} optional met" in words
    assert seen_optional > 100


def test_cells_are_coloured_by_the_share_met(
    qtbot: QtBot, dense: tuple[Services, dict[str, Rating]]
) -> None:
    services, _ = dense
    view = make_view(qtbot, services.board.matrix(Scope("dense"), "role-1", "en"))
    model = view.model
    palette = view.palette()
    meets = rating_color(Rating.MEETS, palette)
    by_share: dict[float, set[str]] = defaultdict(set)
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            cell: MatrixCell = index.data(CELL_ROLE)
            color: QColor = index.data(Qt.ItemDataRole.BackgroundRole)
            share = cell.share
            assert share is not None
            if share == 1:
                assert color == meets
            else:
                assert color != meets
                assert 0 <= color.hslHueF() * 360 <= 56
            by_share[round(share, 3)].add(color.name())
    assert all(len(colors) == 1 for colors in by_share.values())  # the share decides
    assert len(by_share) > 10
    low, high = min(by_share), max(s for s in by_share if s < 1)
    assert QColor(next(iter(by_share[low]))).hslHue() < QColor(next(iter(by_share[high]))).hslHue()


@pytest.fixture
def edge_services(services: Services) -> Services:
    """A small framework with a cell of optional ones only, a cell of one requirement, an
    empty cell, and cells of three."""
    document = synthetic_document(key="edge", skills=3, roles=1, levels=3, per_cell=3)
    first, second, third = (skill["requirements"] for skill in document["skills"])
    for req in first:
        if req["level"] == "l1":
            req["required"] = False
        if req["level"] == "l2":
            req["required"] = True
    document["skills"][1]["requirements"] = [
        req for req in second if req["level"] != "l1" or req["key"].endswith("-1")
    ]
    document["skills"][1]["requirements"][0]["required"] = True
    document["skills"][2]["requirements"] = [req for req in third if req["level"] != "l1"]
    services.catalog.import_bytes(json.dumps(document).encode())
    keys = [req["key"] for req in first if req["level"] == "l1"]
    services.ratings.set_rating(keys[0], Rating.MEETS)
    services.ratings.set_rating(keys[1], Rating.WORKING_TOWARDS)
    services.ratings.set_rating(document["skills"][1]["requirements"][0]["key"], Rating.EXCEEDS)
    return services


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations()
    translations.apply(request.param)
    yield request.param
    translations.clear()


@pytest.mark.parametrize(
    ("language", "optional_only", "single", "opt_word", "met_word"),
    [
        ("en", "1/3 opt", "E•", "opt", "1 of 3 optional met"),
        ("es", "1/3 opc", "S•", "opc", "1 de 3 opcionales cumplidos"),
    ],
    indirect=["language"],
)
def test_optional_only_single_and_empty_cells(
    qtbot: QtBot,
    edge_services: Services,
    language: str,
    optional_only: str,
    single: str,
    opt_word: str,
    met_word: str,
) -> None:
    view = make_view(qtbot, edge_services.board.matrix(Scope("edge"), "role-1", language))
    model = view.model
    assert model.index(0, 0).data() == optional_only
    assert met_word in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 1).data() == "0/3"  # all required, none rated
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == rating_color(
        None, view.palette()
    )
    assert model.index(1, 0).data() == single  # one requirement keeps its letter
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == rating_color(
        Rating.EXCEEDS, view.palette()
    )
    assert model.index(2, 0).data() is None  # nothing expected
    assert model.flags(model.index(2, 0)) == Qt.ItemFlag.NoItemFlags
    assert opt_word in view._counts_legend.text()  # noqa: SLF001
    view.set_matrix(edge_services.board.matrix(Scope("edge"), "role-1", language))


def test_a_click_opens_the_cells_first_requirement(
    qtbot: QtBot, dense: tuple[Services, dict[str, Rating]]
) -> None:
    services, _ = dense
    matrix = services.board.matrix(Scope("dense"), "role-1", "en")
    view = make_view(qtbot, matrix)
    index = view.model.index(4, 6)
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(view.cell_opened) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cell = matrix.rows[4].cells[6]
    assert opened.args == ["role-1", matrix.rows[4].skill, "l7", cell.requirements[0]]


@pytest.mark.parametrize("dark", [False, True])
def test_a_selected_cell_keeps_its_colour_inside_a_frame(
    qtbot: QtBot, dense: tuple[Services, dict[str, Rating]], dark: bool
) -> None:
    services, _ = dense
    view = make_view(qtbot, services.board.matrix(Scope("dense"), "role-1", "en"), dark=dark)
    table = view.table
    index = view.model.index(0, 0)  # 9/9: the colour of Meets
    fill: QColor = index.data(Qt.ItemDataRole.BackgroundRole)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.waitUntil(lambda: table.selectionModel().isSelected(index))
    rect = table.visualRect(index)
    image = table.viewport().grab().toImage()
    highlight = table.palette().color(QPalette.ColorRole.Highlight)
    inside = QPoint(rect.left() + SELECTION_FRAME + 3, rect.center().y())
    assert image.pixelColor(inside).rgb() == fill.rgb()  # the fill shows, not the selection's
    edge = QPoint(rect.left() + 1, rect.center().y())
    assert image.pixelColor(edge).rgb() == highlight.rgb()
    assert image.pixelColor(QPoint(rect.center().x(), rect.top() + 1)).rgb() == highlight.rgb()
    # The cell beside it has no frame.
    beside = view.model.index(0, 1)
    other = table.visualRect(beside)
    beside_fill: QColor = beside.data(Qt.ItemDataRole.BackgroundRole)
    assert image.pixelColor(QPoint(other.left() + 1, other.center().y())).rgb() == beside_fill.rgb()


def test_header_names_are_abbreviated_only_without_room(
    qtbot: QtBot, dense: tuple[Services, dict[str, Rating]]
) -> None:
    dense_services, _ = dense
    services = dense_services
    view = make_view(qtbot, dense_services.board.matrix(Scope("dense"), "role-1", "en"), 1100)
    model = view.model
    names = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(9)
    ]
    texts = model.header_texts()
    assert texts is not None  # nine long names do not fit on one line: they wrap
    assert [t.replace("\n", " ") for t in texts] == names
    view.resize(700, 800)
    qtbot.waitUntil(lambda: model.header_texts() != texts)
    narrow = model.header_texts()
    assert narrow is not None and any("…" in t for t in narrow)
    header = view.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, text in enumerate(narrow):
        for line in text.split("\n"):
            assert metrics.horizontalAdvance(line) <= header.sectionSize(column)
    assert len(narrow[0].split("\n")) <= 3
    # The bundled ladder: full names at the window's width, the short ones when narrow.
    mlflow = services.catalog.resolve("mlflow")
    seed = make_view(qtbot, services.board.matrix(mlflow, None, "en"), 1100)
    assert seed.model.header_texts() is None
    assert seed.model.headerData(3, Qt.Orientation.Horizontal) == "Lead / Staff"
    seed.resize(330, 600)
    qtbot.waitUntil(lambda: seed.model.header_texts() is not None)
    assert seed.model.header_texts() == ["Jun", "Mid", "Sen", "Lead", "Princ"]
    assert seed.model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Lead / Staff"
    )


def test_equal_data_rebuilds_nothing(
    qtbot: QtBot, dense: tuple[Services, dict[str, Rating]]
) -> None:
    services, _ = dense
    view = make_view(qtbot, services.board.matrix(Scope("dense"), "role-1", "en"))
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    assert view.set_matrix(services.board.matrix(Scope("dense"), "role-1", "en")) is False
    assert resets == []
    first = view.model.matrix()
    assert first is not None
    key = first.rows[3].cells[3].requirements[0]
    services.ratings.set_rating(key, Rating.NOT_YET)
    assert view.set_matrix(services.board.matrix(Scope("dense"), "role-1", "en")) is True
    assert resets == [1]
    assert view.set_matrix(services.board.matrix(Scope("dense"), "role-2", "en")) is True
    assert view.set_matrix(services.board.matrix(Scope("dense"), "role-2", "es")) is True
    assert len(resets) == 3


def test_the_matrix_model_is_sound(qtmodeltester, qtbot: QtBot, dense) -> None:  # type: ignore[no-untyped-def]
    services, _ = dense
    view = make_view(qtbot, services.board.matrix(Scope("dense"), None, "en"))
    qtmodeltester.check(view.model)
    assert view.model.index(0, 0, view.model.index(0, 0)) == QModelIndex()


@pytest.mark.parametrize("dark", [False, True])
def test_the_focused_cell_shows_a_dashed_line_inside_its_frame(
    qtbot: QtBot, dense: tuple[Services, dict[str, Rating]], dark: bool
) -> None:
    services, _ = dense
    view = make_view(qtbot, services.board.matrix(Scope("dense"), "role-1", "en"), dark=dark)
    table = view.table
    view.activateWindow()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Right)  # from the first cell to the second
    index = table.currentIndex()
    assert (index.row(), index.column()) == (0, 1)
    rect = table.visualRect(index)
    image = table.viewport().grab().toImage()
    text = table.palette().color(QPalette.ColorRole.Text).rgb()
    highlight = table.palette().color(QPalette.ColorRole.Highlight).rgb()
    y = rect.top() + SELECTION_FRAME + 1
    dashes = [x for x in range(rect.left(), rect.right()) if image.pixelColor(x, y).rgb() == text]
    assert len(dashes) > rect.width() // 4  # a dashed line along the top, inside the frame
    assert image.pixelColor(rect.left() + 1, rect.center().y()).rgb() == highlight
    fill: QColor = index.data(Qt.ItemDataRole.BackgroundRole)
    assert image.pixelColor(rect.left() + SELECTION_FRAME + 3, rect.center().y()).rgb() == (
        fill.rgb()
    )
