"""The small things of issue 13 point 10 in Check-ins and growth and in Compare, each as a
person sees it: one item per check-in with its note below, a Requirement column that keeps
its room, a From box that shows the whole name, and no button left alone on a line."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services
from skill_ladder.services.views import ChangeView, CheckinView
from skill_ladder.translations import Translations
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.widgets.growth_view import (
    AFTER,
    BEFORE,
    CHANGE,
    LEVEL,
    REQUIREMENT,
    WHERE,
    GrowthView,
    RowOrColumn,
)
from skill_ladder.ui.widgets.readiness_charts import local_date_time

# The growth view's width in a 1,600-pixel window (the window's left column takes the rest).
AT_1600 = 1240
LONG_NOTE = "Before my 1:1 with Sam about the promotion case"
LONG_TEXT = (
    "Designs the evaluation strategy for production recommender systems, including offline "
    "metrics, online experiments and guardrails agreed with product and legal."
)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations()
    translations.apply(request.param)
    yield request.param
    translations.clear()


def checkins() -> list[CheckinView]:
    now = datetime.now(UTC)
    return [
        CheckinView(1, now - timedelta(days=200), "Q2 self-review", 12),
        CheckinView(2, now - timedelta(days=60), LONG_NOTE, 30),
        CheckinView(3, now - timedelta(days=2), "", 31),
    ]


def changes(count: int = 12) -> list[ChangeView]:
    """As a real framework has them: long skill and role names, long texts."""
    return [
        ChangeView(
            f"k{i}",
            ("up", "new", "down", "cleared")[i % 4],
            "platform-engineer",
            "lead",
            Rating.NOT_YET,
            Rating.MEETS,
            "Machine Learning System Design and Architecture",
            "Senior Machine Learning Platform Engineer",
            "Lead / Staff",
            LONG_TEXT,
        )
        for i in range(count)
    ]


def growth_view(qtbot: QtBot, width: int) -> GrowthView:
    view = GrowthView()
    qtbot.addWidget(view)
    view.resize(width, 760)
    view.set_checkins(checkins())
    view.set_changes(changes())
    view.show()
    qtbot.waitExposed(view)
    for _ in range(3):
        QApplication.processEvents()
    return view


# -- the check-in list -------------------------------------------------------------------------
def test_each_check_in_is_one_item_with_its_note_on_a_second_line(
    qtbot: QtBot, language: str
) -> None:
    view = growth_view(qtbot, AT_1600)
    rated = {"en": "rated", "es": "evaluados"}[language]
    found = checkins()
    texts = [view.timeline.item(i).text() for i in range(view.timeline.count())]
    assert texts == [  # newest first, one item each
        f"{local_date_time(found[2].created)} · 31 {rated}",
        f"{local_date_time(found[1].created)} · 30 {rated}\n{LONG_NOTE}",
        f"{local_date_time(found[0].created)} · 12 {rated}\nQ2 self-review",
    ]
    line = view.timeline.fontMetrics().lineSpacing()
    places = [view.timeline.visualItemRect(view.timeline.item(i)) for i in range(3)]
    assert places[0].height() < 2 * line  # no note: one line
    assert all(p.height() >= 2 * line for p in places[1:])  # the note on a line of its own
    assert all(a.bottom() < b.top() for a, b in zip(places, places[1:], strict=False))


def test_the_name_of_a_check_in_for_a_question_about_it(qtbot: QtBot) -> None:
    view = growth_view(qtbot, AT_1600)
    found = checkins()
    assert view.label_for(2) == f"{local_date_time(found[1].created)} · {LONG_NOTE}"
    assert view.label_for(3) == local_date_time(found[2].created)
    assert view.label_for(99) == ""


# -- what changed ------------------------------------------------------------------------------
def test_the_requirement_column_keeps_its_room_at_1600_pixels(qtbot: QtBot, language: str) -> None:
    view = growth_view(qtbot, AT_1600)
    tree = view.changes
    header = tree.header()
    room = tree.viewport().width()
    sizes = [header.sectionSize(c) for c in range(header.count())]
    assert sum(sizes) <= room + 1, (sizes, room)  # no sideways scrolling
    assert sizes[REQUIREMENT] >= 0.4 * room - 1, (sizes, room)
    assert sizes[REQUIREMENT] >= tree.fontMetrics().averageCharWidth() * 40
    assert sizes[WHERE] <= 0.3 * room + 1, (sizes, room)
    for column in (CHANGE, LEVEL, BEFORE, AFTER):  # the short ones as wide as their words
        assert sizes[column] >= tree.sizeHintForColumn(column), (column, sizes)
    assert tree.topLevelItem(0).toolTip(WHERE).startswith("Machine Learning System Design")


def test_the_window_at_1600_pixels_gives_the_requirement_room(
    make_window,  # type: ignore[no-untyped-def]
    services: Services,
) -> None:
    services.checkins.create("Q2 self-review")
    for level in ("junior", "middle", "senior"):
        services.ratings.set_rating(f"mlflow-ml-engineer-{level}", Rating.MEETS)
    window = make_window("es")
    window.resize(1600, 900)
    window.show_page("growth")
    for _ in range(4):
        QApplication.processEvents()
    tree = window.pages.page("growth").view.changes
    assert tree.topLevelItemCount() == 3
    header = tree.header()
    room = tree.viewport().width()
    assert header.sectionSize(REQUIREMENT) >= 0.4 * room - 1
    assert sum(header.sectionSize(c) for c in range(header.count())) <= room + 1


def edit_field(combo: QComboBox) -> QRect:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )


@pytest.mark.parametrize("width", [AT_1600, 900])
def test_the_from_box_shows_the_whole_name(qtbot: QtBot, language: str, width: int) -> None:
    view = growth_view(qtbot, width)
    view.before.setCurrentIndex(view.before.findData(2))
    name = view.before.currentText()
    assert LONG_NOTE in name
    needed = view.before.fontMetrics().horizontalAdvance(name)
    assert edit_field(view.before).width() >= needed, (edit_field(view.before), needed)
    assert view.before.toolTip() == name


# -- buttons never alone on a line -------------------------------------------------------------
def rows_of(buttons: list[QPushButton]) -> int:
    return len({b.y() for b in buttons})


@pytest.mark.parametrize("width", [AT_1600, 900, 700, 560])
def test_the_check_in_buttons_share_one_row(qtbot: QtBot, language: str, width: int) -> None:
    view = growth_view(qtbot, width)
    buttons = [view.create_button, view.rename_button, view.delete_button]
    assert rows_of(buttons) == 1, [(b.text(), b.geometry()) for b in buttons]


def test_narrower_than_a_row_the_buttons_stack_never_two_and_one(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = RowOrColumn(holder)
    buttons = [
        QPushButton(t, holder) for t in ("Cerrar autoevaluación…", "Renombrar…", "Eliminar…")
    ]
    for button in buttons:
        layout.addWidget(button)
    holder.show()
    widest = max(b.sizeHint().width() for b in buttons)
    assert layout.minimumSize().width() == widest
    for width in range(widest, layout.row_width() + 40, 7):
        holder.resize(width, layout.heightForWidth(width))
        layout.setGeometry(QRect(0, 0, width, layout.heightForWidth(width)))
        rows, columns = rows_of(buttons), len({b.x() for b in buttons})
        assert (rows, columns) in ((1, 3), (3, 1)), (width, rows, columns)
        assert all(b.geometry().right() < width for b in buttons)


@pytest.mark.parametrize("width", [1600, 1200])
def test_compare_never_leaves_clear_alone_in_spanish(
    make_window,  # type: ignore[no-untyped-def]
    width: int,
) -> None:
    window: MainWindow = make_window("es")
    window.resize(width, 900)
    window.controller.select_role("ml-engineer")
    window.show_page("compare")
    for _ in range(6):
        QApplication.processEvents()
    compare = window.pages.page("compare").view
    cards = compare.current.cards() + compare.next.cards()
    assert len(cards) == 2
    for card in cards:
        control = card.rating
        steps = [control.button(r) for r in Rating] + control.tab_chain()[-1:]
        assert steps[-1].text() == "Borrar"
        assert rows_of(steps) == 1, [(s.text(), s.geometry()) for s in steps]  # type: ignore[arg-type]
    # Side by side when there is room for the steps on one line; else one under the other.
    assert compare.side_by_side == (width == 1600)
    if compare.side_by_side:
        assert compare.current.y() == compare.next.y()
    else:
        assert compare.next.y() > compare.current.geometry().bottom()
