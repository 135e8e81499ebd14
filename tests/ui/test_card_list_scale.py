"""The card list at real scale (issue 13, point 8): 10,000 requirements in view scroll with a
few card widgets, recycled; the keyboard, notes and `focus_card` still reach every card. And
the compact card of point 4, with optional skill and level headings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from skill_ladder.catalog.synthetic import synthetic_bytes
from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services
from skill_ladder.services.views import Scope
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.widgets.card_list import CardList
from skill_ladder.ui.widgets.requirement_card import RequirementCard


@pytest.fixture
def big(services: Services) -> Services:
    """10,000 requirements at one level: 10 skills × 100 roles × 10 a cell."""
    services.catalog.import_bytes(
        synthetic_bytes(key="big", skills=10, roles=100, levels=1, per_cell=10, spanish=False)
    )
    return services


def show_all(window: MainWindow, key: str = "big") -> CardList:
    window.controller.reload(Scope(key))
    window.selection.set_role(None)
    window.controller.select_role(None)
    QApplication.processEvents()
    return window.cards


def widgets_in(cards: CardList) -> list[RequirementCard]:
    return cards.viewport().findChildren(RequirementCard)


def two_screens(cards: CardList) -> int:
    """How many of the list's smallest cards fit on two screens of it."""
    smallest = min(card.height() for card in cards.cards())
    assert smallest > 0
    return 2 * cards.viewport().height() // smallest + 1


def rating_of(services: Services, key: str) -> Rating | None:
    views = services.board.cards(Scope("big"), None, "l1", "en")
    return next(v.rating for v in views if v.key == key)


def test_ten_thousand_cards_scroll_top_to_bottom_with_two_screens_of_widgets(
    window: MainWindow, big: Services
) -> None:
    cards = show_all(window)
    assert len(cards.views()) == 10_000
    limit = two_screens(cards)
    bar = cards.verticalScrollBar()
    seen: set[str] = set()
    most = 0
    steps = 0
    while True:
        most = max(most, len(widgets_in(cards)))
        seen.update(c.view.key for c in cards.cards() if c.view is not None)
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
        steps += 1
        if steps % 100 == 0:
            QApplication.processEvents()  # painted now and then, as a person would see it
    assert steps > 100  # it did scroll a long way
    assert 0 < most <= limit, (most, limit)
    assert len(seen) == 10_000  # every card was shown on the way
    last = cards.cards()[-1].view
    assert last is not None and last.key == cards.views()[-1].key


def test_the_last_of_ten_thousand_is_rated_by_keyboard(
    qtbot: QtBot, window: MainWindow, big: Services
) -> None:
    cards = show_all(window)
    last = cards.views()[-1].key
    assert rating_of(big, last) is None
    assert cards.focus_card(last)
    focused = QApplication.focusWidget()
    assert isinstance(focused, RequirementCard)
    assert focused.view is not None and focused.view.key == last
    assert cards.viewport().rect().contains(focused.geometry())  # on screen
    qtbot.keyClick(focused, Qt.Key.Key_2)
    assert rating_of(big, last) is Rating.MEETS
    assert focused.rating.button(Rating.MEETS).isChecked()
    assert len(widgets_in(cards)) <= two_screens(cards)


def test_tab_goes_through_the_first_thirty_cards_in_order_and_back(
    qtbot: QtBot, window: MainWindow, big: Services
) -> None:
    cards = show_all(window)
    keys = [v.key for v in cards.views()[:30]]
    cards.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the view switcher
    reached: list[str] = []
    for _ in range(30 * 10):
        focused = QApplication.focusWidget()
        if isinstance(focused, RequirementCard):
            assert focused.view is not None
            assert cards.viewport().rect().contains(focused.geometry()), "scrolled in"
            reached.append(focused.view.key)
            if len(reached) == 30:
                break
        assert focused is not None and cards.isAncestorOf(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert reached == keys
    assert len(widgets_in(cards)) <= two_screens(cards)
    # Shift+Tab goes back through the card before's controls to that card.
    backwards: list[str] = []
    for _ in range(10):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        now = QApplication.focusWidget()
        if isinstance(now, RequirementCard) and now.view is not None:
            backwards.append(now.view.key)
            break
    assert backwards == [keys[28]]


def test_the_focused_card_keeps_its_note_while_scrolled_away_and_back(
    qtbot: QtBot, window: MainWindow, big: Services
) -> None:
    cards = show_all(window)
    key = cards.views()[2].key
    card = cards.card_for(key)
    assert card is not None
    card.note.setFocus()
    qtbot.keyClicks(card.note, "Led the migration")  # not saved yet: the timer is running
    bar = cards.verticalScrollBar()
    for _ in range(50):
        bar.setValue(bar.value() + bar.pageStep())
    QApplication.processEvents()
    assert card.view is not None and card.view.key == key  # not recycled for another card
    assert QApplication.focusWidget() is card.note
    assert len(widgets_in(cards)) <= two_screens(cards) + 1  # the screens, and this one
    bar.setValue(0)
    assert cards.card_for(key) is card
    assert card.note.toPlainText() == "Led the migration"
    cards.flush()
    views = big.board.cards(Scope("big"), None, "l1", "en")
    assert next(v.note for v in views if v.key == key) == "Led the migration"


def test_a_one_line_requirement_is_its_text_and_one_row_of_controls(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.catalog.import_bytes(
        synthetic_bytes(key="short", skills=1, roles=2, levels=2, text_words=4, spanish=False)
    )
    window.controller.reload(Scope("short"))
    window.selection.set_role("role-1")
    window.controller.select_role("role-1")
    QApplication.processEvents()
    card = window.cards.cards()[0]
    title, text = card._title, card._description  # noqa: SLF001
    suggest = card._suggest  # noqa: SLF001
    line = text.fontMetrics().height()
    assert text.height() <= line + 2  # one line of text
    row = [card.rating, card.note, suggest]
    assert len({w.y() for w in row}) == 1  # rating steps, note and Suggest on one row
    controls = max(w.height() for w in row)
    frame = card.frameWidth()
    top_line = max(title.height(), card._badge.height())  # noqa: SLF001  the badge beside
    assert card.height() <= top_line + text.height() + controls + 2 * (8 + frame) + 2 * 4
    assert card.height() < 3 * line + controls + 40
    # The note opens when focused: three lines, on a row of its own.
    closed = card.note.height()
    card.note.setFocus()
    QApplication.processEvents()
    assert card.note.height() > 2 * closed and card.note.y() > card.rating.y()
    assert window.cards.viewport().rect().contains(card.geometry())


def test_headings_by_level_and_skill(window: MainWindow, services: Services) -> None:
    services.catalog.import_bytes(
        synthetic_bytes(key="ladder", skills=3, roles=2, levels=2, per_cell=2, spanish=False)
    )
    views = [
        view
        for level in ("l1", "l2")
        for view in services.board.cards(Scope("ladder"), "role-1", level, "en")
    ]
    cards = window.cards
    cards.set_cards(views, show_role=False, group_by_skill=True, group_by_level=True)
    QApplication.processEvents()
    rows = sorted(
        (w for w in cards.viewport().children() if isinstance(w, (QLabel, RequirementCard))),
        key=lambda w: w.y(),
    )
    shown = [
        w.text() if isinstance(w, QLabel) else "card"
        for w in rows
        if w.isVisible() and (isinstance(w, RequirementCard) or w.objectName().endswith("Heading"))
    ]
    assert shown[:8] == ["Level 1", "Skill 1", "card", "card", "Skill 2", "card", "card", "Skill 3"]
    card = cards.cards()[0]
    assert card._title.text() == ""  # noqa: SLF001  the headings say it all
    assert card.accessibleName().startswith("Skill 1 · Level 1, ")
    cards.set_cards(views, show_role=False, group_by_skill=True)
    QApplication.processEvents()
    assert cards.cards()[0]._title.text() == "Level 1"  # noqa: SLF001


def test_an_empty_list_says_why_and_is_painted(qtbot: QtBot, window: MainWindow) -> None:
    cards = window.cards
    with qtbot.waitSignal(cards.painted, timeout=5000):
        cards.set_cards((), show_role=False, empty_text="Nothing is expected here.")
    said = [
        label
        for label in cards.viewport().findChildren(QLabel)
        if label.isVisible() and label.text() == "Nothing is expected here."
    ]
    assert said and cards.viewport().rect().contains(said[0].geometry())
    assert cards.cards() == []
    window.controller.select_role("ml-engineer")
    assert cards.cards() and not said[0].isVisible()
