"""Every control is reachable by Tab and has a name a screen reader can say; a framework of
18,000 requirements stays usable (no thousands of widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from skill_ladder.catalog.synthetic import synthetic_bytes
from skill_ladder.services.hub import Services
from skill_ladder.services.views import Scope
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.widgets.card_list import CardList
from skill_ladder.ui.widgets.requirement_card import RequirementCard


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def tab_through(qtbot: QtBot, start: QWidget, limit: int = 200) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        if current in visited:
            break
        visited.append(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    return visited


def test_tab_reaches_and_names_every_control(qtbot: QtBot, window: MainWindow) -> None:
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    visited = tab_through(qtbot, window.browser.search)
    unnamed = [type(w).__name__ for w in visited if not spoken_name(w)]
    assert unnamed == []
    names = [spoken_name(w) for w in visited]
    for expected in (
        "Search profiles",
        "Skill profiles",
        "Role",
        "This is my role",
        "Level",
        "Not yet",
        "Evidence note",
        "Suggest a change to this description",
        "Target level",
        "Your name",
        "How is this estimated?",
    ):
        assert expected in names, (expected, names)
    cards = [w for w in visited if isinstance(w, RequirementCard)]
    assert (
        cards and cards[0].accessibleName() == "MLflow · ML Engineer · Junior, Required, Not rated"
    )
    order = [
        names.index(n)
        for n in (
            "Search profiles",
            "Skill profiles",
            "Role",
            "Level",
            "Views",
            "MLflow · ML Engineer · Junior, Required, Not rated",
            "Not yet",
            "Evidence note",
            "My role",
            "Target level",
            "Your plan",
        )
    ]
    assert order == sorted(order)
    # The four steps are one Tab stop; arrow keys move between them, as in any button group.
    steps = visited[names.index("Not yet")]
    steps.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        seen.append(spoken_name(QApplication.focusWidget()))
    assert steps.accessibleName() == "Not yet"
    assert seen == ["Working towards", "Meets", "Exceeds"]


def test_large_framework_switches_level_with_few_widgets(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    report = services.catalog.import_bytes(
        synthetic_bytes(key="large", skills=200, roles=10, levels=9)
    )
    assert len(report.skills) == 200
    window.controller.reload(Scope("large"))
    assert window.header._name.text() == "Synthetic framework large"  # noqa: SLF001
    assert (
        window.header._tiles[2].number.text().replace(",", "")
        + window.header._tiles[3].number.text()
        != ""
    )  # noqa: SLF001
    counts = services.catalog.detail(Scope("large"), "en", with_requirements=False).counts
    assert counts.required + counts.optional == 18_000

    window.selection.set_role("role-3")
    window.controller.select_role("role-3")
    assert len(window.cards.views()) == 200
    assert 0 < len(window.cards.cards()) <= two_screens(window.cards)
    slider = window.selection.levels.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert window.controller.level == "l9"
    first = window.cards.cards()[0].view
    assert first is not None and first.key == "large-skill-1-role-3-l9-1"
    assert len(window.findChildren(RequirementCard)) <= two_screens(window.cards)

    window.selection.set_role(None)
    window.controller.select_role(None)  # all roles: 2,000 requirements at this level
    assert len(window.cards.views()) == 2000
    assert len(window.findChildren(RequirementCard)) <= two_screens(window.cards)
    bar = window.cards.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = window.cards.cards()[-1].view
    assert last is not None and last.key == window.cards.views()[-1].key
    assert len(window.findChildren(RequirementCard)) <= two_screens(window.cards)


def two_screens(cards: CardList) -> int:
    """How many of the list's smallest cards fit on two screens of it."""
    smallest = min(card.height() for card in cards.cards())
    assert smallest > 0
    return 2 * cards.viewport().height() // smallest + 1


@pytest.mark.parametrize("at_start", [False, True])
def test_a_view_made_later_takes_its_place_in_the_tab_order(
    qtbot: QtBot,
    make_window,
    settings,
    at_start: bool,  # type: ignore[no-untyped-def]
) -> None:
    """The views other than the one on screen are made when first shown (issue 8); their
    controls still come right after the view switcher, before Where am I: whether shown
    later or at start (the last session ended on them)."""

    if at_start:
        settings.set("page", "growth")
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("growth")
    visited = tab_through(qtbot, window.browser.search)
    growth = [w for w in visited if window.pages.page("growth").view.isAncestorOf(w)]
    assert growth, [spoken_name(w) for w in visited]
    at = visited.index
    views = next(w for w in visited if spoken_name(w) == "Views")
    name = next(w for w in visited if spoken_name(w) == "Your name")  # Where am I
    assert at(views) < at(growth[0]) and at(growth[-1]) < at(name)
    assert [at(w) for w in growth] == list(range(at(growth[0]), at(growth[0]) + len(growth)))


def test_a_wrapped_text_gives_back_its_height_when_it_has_more_room(qtbot: QtBot) -> None:
    """A description laid out narrow once (before the window had its size) must not stay
    tall: that left a gap under every card when the window opened."""
    from skill_ladder.ui.widgets.labels import plain_label

    parent = QWidget()
    qtbot.addWidget(parent)
    label = plain_label(parent, wrap=True)
    label.setText("Designs MLflow infrastructure for the team. " * 4)
    parent.show()  # resize events reach shown widgets
    line = label.fontMetrics().height()
    label.resize(120, 10)
    narrow = label.minimumHeight()
    label.resize(2000, 10)
    assert narrow > 4 * line
    assert 0 < label.minimumHeight() <= 2 * line


def test_tab_leaves_the_matrix(qtbot: QtBot, window: MainWindow) -> None:
    """Arrow keys move between the matrix's cells; Tab goes on to the next control (the
    table used to keep the focus among its cells for good)."""

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("matrix")
    table = window.pages.page("matrix").view.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_a_wrapped_text_set_while_hidden_fits_when_shown(qtbot: QtBot) -> None:
    """A pooled card gets its next text while hidden; shown again, it is as tall as that
    text, not as the last one."""
    from skill_ladder.ui.widgets.labels import plain_label

    parent = QWidget()
    qtbot.addWidget(parent)
    label = plain_label(parent, wrap=True)
    label.setText("Designs MLflow infrastructure for the team. " * 8)
    parent.show()
    label.resize(200, 10)
    tall = label.minimumHeight()
    label.hide()
    label.setText("Short.")
    label.show()
    line = label.fontMetrics().height()
    assert tall > 4 * line
    assert 0 < label.minimumHeight() <= 2 * line
