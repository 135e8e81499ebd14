"""My role, my target, my plan (issue 13): browsing never moves my standing; the target
carries the plan; the pages follow one state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.window_state import Change


def browse(window: MainWindow, role: str | None) -> None:
    window.selection.set_role(role)
    window.controller.select_role(role)


def tick_my_role(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.selection.mine, Qt.MouseButton.LeftButton)


def plan_rows(window: MainWindow) -> list[tuple[str, list[str]]]:
    return window.standing.gaps.rows()


def test_browsing_another_role_never_moves_my_standing(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    browse(window, "ml-engineer")
    tick_my_role(qtbot, window)
    assert services.personal.my_role("ml-engineering") == "ml-engineer"
    assert window.header._mine.text() == "You: ML Engineer · no target level yet"  # noqa: SLF001
    mine = window.controller.now.standing
    assert mine is not None and mine.role == "ml-engineer" and mine.estimated_level == "junior"
    browse(window, "data-scientist")  # read another role
    assert window.controller.role == "data-scientist"
    assert window.controller.now.standing == mine
    assert window.standing._estimate.text() == "Estimated level: Junior"  # noqa: SLF001
    assert not window.selection.mine.isChecked()
    # A matrix cell of another role opens its card, and my standing stays.
    window.show_page("matrix")
    model = window.pages.page("matrix").view.model
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    cell = model.index(rows.index("LLM Engineer"), 3)
    table = window.pages.page("matrix").view.table
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center()
    )
    assert window.controller.role == "llm-engineer" and window.controller.level == "lead"
    assert window.controller.now.standing == mine
    # The report follows my role too.
    assert window.controller.now.standing_role == "ml-engineer"


def test_before_my_role_is_set_where_am_i_follows_the_browsed_role_and_offers_it(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    browse(window, "data-scientist")
    standing = window.controller.now.standing
    assert standing is not None and standing.role == "data-scientist"
    adopt = window.standing.adopt
    assert adopt.isVisibleTo(window) and adopt.text() == "Data Scientist is my role"
    qtbot.mouseClick(adopt, Qt.MouseButton.LeftButton)
    assert services.personal.my_role("ml-engineering") == "data-scientist"
    assert not adopt.isVisibleTo(window)
    assert window.selection.mine.isChecked()
    # Clearing it from Where am I's combo: the standing follows the browsed role again.
    combo = window.standing.my_role
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert services.personal.my_role("ml-engineering") is None


def test_a_target_two_levels_up_carries_the_plan(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    for level in ("junior", "middle"):
        services.ratings.set_rating(f"mlflow-ml-engineer-{level}", Rating.MEETS)
    browse(window, "ml-engineer")
    tick_my_role(qtbot, window)
    assert [heading for heading, _ in plan_rows(window)] == [
        "Junior · nothing left ✓",
        "Middle · nothing left ✓",
        "Senior · 1 to cover",
    ]
    target = window.standing.target
    target.setCurrentIndex(target.findData("lead"))
    target.activated.emit(target.currentIndex())
    assert services.personal.target("ml-engineering", "ml-engineer") == "lead"
    rows = plan_rows(window)
    assert [heading for heading, _ in rows] == [
        "Junior · nothing left ✓",
        "Middle · nothing left ✓",
        "Senior · 1 to cover",
        "Lead / Staff · 1 to cover",
    ]
    assert rows[3][1][0].startswith("Required · Not rated\nDefines experiment tracking strategy")
    assert window.header._mine.text() == "You: ML Engineer · target Lead / Staff"  # noqa: SLF001
    # The plan page says the same, and a row opens its card.
    window.show_page("plan")
    page = window.pages.page("plan").view
    assert page.summary.text() == (
        "From Middle to your target, Lead / Staff. To cover: 2 required, 0 optional."
    )
    lead = page.tree.item_for("mlflow-ml-engineer-lead")
    page.tree.setCurrentItem(lead)
    page.tree.itemActivated.emit(lead)
    assert window.pages.current_key() == "cards" and window.controller.level == "lead"
    focused = QApplication.focusWidget()
    assert getattr(getattr(focused, "view", None), "key", None) == "mlflow-ml-engineer-lead"
    # Compare from my estimate to my target.
    window.show_page("compare")
    compare = window.pages.page("compare")
    compare.mine.setChecked(True)
    assert compare.view._current_title.text() == "Now: Middle"  # noqa: SLF001
    assert compare.view._next_title.text() == "To advance to Lead / Staff (required gaps first)"  # noqa: SLF001


def test_rating_on_my_ladder_page_keeps_its_place_and_moves_the_estimate(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    browse(window, "ml-engineer")
    tick_my_role(qtbot, window)
    window.show_page("ladder")
    page = window.pages.page("ladder")
    keys = [v.key for v in page.cards.views()]
    assert keys == [
        f"mlflow-ml-engineer-{lv}" for lv in ("junior", "middle", "senior", "lead", "principal")
    ]
    assert "estimated: none yet" in page.marks.text()
    card = page.cards.card_for("mlflow-ml-engineer-junior")
    assert card is not None
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_3)
    assert services.ratings.rating_of("mlflow-ml-engineer-junior").value == Rating.EXCEEDS
    assert "estimated: Junior" in page.marks.text()
    assert QApplication.focusWidget() is card  # the list was not rebuilt under the person


def test_a_level_change_does_not_rebuild_the_matrix(window: MainWindow) -> None:
    window.show_page("matrix")
    page = window.pages.page("matrix")
    seen: list[Change] = []
    original = page.refresh
    page.refresh = lambda now, changes: (seen.append(changes), original(now, changes))  # type: ignore[method-assign]
    window.selection.levels.set_level("senior")
    assert window.controller.level == "senior"
    assert seen == []
    browse(window, "ml-engineer")
    assert len(seen) == 1 and seen[0] & Change.ROLE


def test_search_finds_a_word_only_in_one_requirement_and_opens_its_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The whole window: type a word found only in one requirement's text (a data scientist's
    first level), see it listed under the box, go down into the list and press Enter: its card
    is on screen with the focus, at its role and level, and my role did not move."""
    browse(window, "ml-engineer")
    tick_my_role(qtbot, window)
    window.selection.levels.set_level("senior")
    window.controller.select_level("senior")
    window.show_page("matrix")
    browser = window.browser
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "LightGBM")
    results = browser.results
    assert results.isVisible()
    assert results.results.total == 1
    assert [hit.key for hit in results.results.hits] == ["mlflow-data-scientist-junior"]
    assert results.summary.text() == "1 requirement found"
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert results.view.hasFocus()
    qtbot.keyClick(results.view, Qt.Key.Key_Return)
    assert window.pages.current_key() == "cards"
    assert window.controller.role == "data-scientist" and window.controller.level == "junior"
    card = window.cards.card_for("mlflow-data-scientist-junior")
    assert card is not None
    focused = QApplication.focusWidget()
    assert focused is not None and (focused is card or card.isAncestorOf(focused))
    assert window.controller.now.my_role == "ml-engineer"
    assert window.controller.now.standing_role == "ml-engineer"


def test_my_ladder_marks_the_estimate_and_the_target_on_its_level_headings(
    window: MainWindow, services: Services
) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    services.personal.set_my_role("ml-engineering", "ml-engineer")
    services.personal.set_target("ml-engineering", "ml-engineer", "senior")
    window.controller.reload()
    window.show_page("ladder")
    cards = window.pages.page("ladder").cards
    headings = {
        label.text()
        for label in cards.viewport().findChildren(QLabel)
        if label.objectName() == "levelHeading" and label.isVisible()
    }
    assert "Junior · your estimated level" in headings
    assert "Senior · your target" in headings
    card = cards.card_for("mlflow-ml-engineer-middle")
    assert card is not None
    window.controller.rate("mlflow-ml-engineer-middle", Rating.MEETS)  # the estimate moves
    assert cards.card_for("mlflow-ml-engineer-middle") is card  # in place, not rebuilt
    headings = {
        label.text()
        for label in cards.viewport().findChildren(QLabel)
        if label.objectName() == "levelHeading" and label.isVisible()
    }
    assert "Middle · your estimated level" in headings and "Junior" in headings


def test_a_role_switch_keeps_what_changed_without_reading_it_again(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What changed is of the whole profile: browsing roles on the growth page reads it once
    (it decoded every changed text of a large ladder at each switch), a rating reads it again."""
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    services.checkins.create("first")
    services.ratings.set_rating("mlflow-ml-engineer-middle", Rating.MEETS)
    window.controller.reload()
    window.show_page("growth")
    calls: list[object] = []
    real = services.checkins.changes
    monkeypatch.setattr(
        services.checkins, "changes", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    for role in ("data-scientist", "llm-engineer", "ml-engineer"):
        browse(window, role)
    assert calls == []
    growth = window.pages.page("growth").view
    assert growth.changes.topLevelItemCount() == 1
    window.controller.rate("mlflow-ml-engineer-senior", Rating.WORKING_TOWARDS)
    assert len(calls) == 1 and growth.changes.topLevelItemCount() == 2
