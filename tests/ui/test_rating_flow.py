"""Driving the window like a person: pick a role, move the slider, rate by click and by key,
undo, type a note; then check what is on screen and what is in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services
from skill_ladder.ui.main_window import MainWindow


def stored(services: Services, key: str) -> tuple[str | None, str]:
    view = next(r for r in services.catalog.show("mlflow", "en").requirements if r.key == key)
    return view.rating_slug, view.note


def choose_role(qtbot: QtBot, window: MainWindow, name: str) -> None:
    combo = window.selection.role
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != name:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.controller.role == combo.currentData()


def test_rate_with_mouse_and_keys_then_undo_and_note(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    choose_role(qtbot, window, "ML Engineer")
    slider = window.selection.levels.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.controller.level == "senior"
    cards = window.cards.cards()
    assert len(cards) == 1
    card = cards[0]
    assert card.view is not None and card.view.key == "mlflow-ml-engineer-senior"
    assert card._title.text() == "MLflow · ML Engineer · Senior"  # noqa: SLF001
    assert "Designs MLflow infrastructure for the team." in card._description.text()  # noqa: SLF001
    assert card._badge.text() == "REQUIRED"  # noqa: SLF001

    qtbot.mouseClick(card.rating.button(Rating.MEETS), Qt.MouseButton.LeftButton)
    assert stored(services, "mlflow-ml-engineer-senior") == ("meets", "")
    assert window.statusBar().currentMessage() == "Saved"
    assert card.rating.button(Rating.MEETS).isChecked()

    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_3)
    assert stored(services, "mlflow-ml-engineer-senior")[0] == "exceeds"
    assert card.rating.button(Rating.EXCEEDS).isChecked()

    window.undo_action.trigger()
    assert stored(services, "mlflow-ml-engineer-senior")[0] == "meets"
    assert card.rating.button(Rating.MEETS).isChecked()

    qtbot.keyClick(card, Qt.Key.Key_Delete)
    assert stored(services, "mlflow-ml-engineer-senior")[0] is None

    card.note.setFocus()
    qtbot.keyClicks(card.note, "Ran the tracking server on Kubernetes")
    qtbot.waitUntil(
        lambda: (
            stored(services, "mlflow-ml-engineer-senior")[1]
            == "Ran the tracking server on Kubernetes"
        ),
        timeout=3000,
    )
    # Digits typed into the note are text, not ratings.
    qtbot.keyClicks(card.note, " 3")
    slider.setFocus()  # leaving the note saves at once
    assert stored(services, "mlflow-ml-engineer-senior") == (
        None,
        "Ran the tracking server on Kubernetes 3",
    )


def test_ctrl_z_undoes_the_last_rating(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    choose_role(qtbot, window, "NLP Engineer")
    card = window.cards.cards()[0]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_2)
    qtbot.keyClick(card, Qt.Key.Key_1)
    assert stored(services, "mlflow-nlp-engineer-junior")[0] == "working-towards"
    window.activateWindow()
    qtbot.keyClick(card, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(services, "mlflow-nlp-engineer-junior")[0] == "meets"


def test_where_am_i_follows_the_ratings(qtbot: QtBot, window: MainWindow) -> None:
    choose_role(qtbot, window, "ML Engineer")
    assert window.standing._estimate.text() == "Estimated level: none yet"  # noqa: SLF001
    for level in ("junior", "middle"):
        window.selection.levels.set_level(level)
        card = window.cards.cards()[0]
        card.setFocus()
        qtbot.keyClick(card, Qt.Key.Key_2)
    assert window.standing._estimate.text() == "Estimated level: Middle"  # noqa: SLF001
    assert window.standing._gaps_title.text() == (  # noqa: SLF001
        "From Middle to the next level, Senior (no target set). To cover: 1 required, 0 optional."
    )
    window.standing.target.setCurrentIndex(window.standing.target.findData("lead"))
    window.standing.target.activated.emit(window.standing.target.currentIndex())
    assert window.controller.services.personal.target("ml-engineering", "ml-engineer") == "lead"
    assert window.standing._gaps_title.text() == (  # noqa: SLF001
        "From Middle to your target, Lead / Staff. To cover: 2 required, 0 optional."
    )


def test_all_roles_shows_every_role_at_the_level(window: MainWindow) -> None:
    assert window.controller.role is None
    cards = window.cards.cards()
    assert len(cards) == 6
    titles = [c._title.text() for c in cards]  # noqa: SLF001
    assert titles[0] == "MLflow · Computer Vision Engineer · Junior"
    badges = [c._badge.text() for c in cards]  # noqa: SLF001
    assert badges.count("REQUIRED") == 2
    assert "Pick your role" in window.standing._estimate.text()  # noqa: SLF001


def test_name_is_kept_for_reports(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    window.standing.name.setFocus()
    qtbot.keyClicks(window.standing.name, "Alex Doe")
    qtbot.keyClick(window.standing.name, Qt.Key.Key_Return)
    assert services.personal.name() == "Alex Doe"


def test_keyboard_stays_on_the_cards_when_the_level_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose_role(qtbot, window, "ML Engineer")
    card = window.cards.cards()[0]
    card.setFocus()
    window.menu_actions["next_level"].trigger()
    assert window.controller.level == "middle"
    focused = window.focusWidget()
    assert focused is window.cards.cards()[0]
    qtbot.keyClick(focused, Qt.Key.Key_2)
    assert window.cards.cards()[0].rating.button(Rating.MEETS).isChecked()


def test_re_rating_a_changed_description_clears_its_flag(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    import json

    from tests.support.profiles import bundled_document

    choose_role(qtbot, window, "ML Engineer")
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"][3]["text"]["en"] = "Uses MLflow every day."
    services.catalog.import_bytes(json.dumps(newer).encode())
    window.controller.reload()
    card = window.cards.cards()[0]
    assert card._flag.isVisibleTo(window)  # noqa: SLF001
    flagged = card.height()
    qtbot.mouseClick(
        card.rating.button(Rating.MEETS), Qt.MouseButton.LeftButton
    )  # same value: confirms
    assert not card._flag.isVisibleTo(window)  # noqa: SLF001
    qtbot.waitUntil(lambda: card.height() == card.height_for(card.width()))
    assert card.height() < flagged  # the flag's lines are given back
    qtbot.mouseClick(card.rating.button(Rating.EXCEEDS), Qt.MouseButton.LeftButton)
    assert card.height() == card.height_for(card.width())  # a plain rating keeps its shape
    assert not next(
        r
        for r in services.catalog.show("mlflow", "en").requirements
        if r.key == "mlflow-ml-engineer-junior"
    ).text_changed


def test_rating_across_views_saves_and_undoes_the_right_values(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:

    choose_role(qtbot, window, "ML Engineer")
    key = "mlflow-ml-engineer-junior"
    qtbot.mouseClick(window.cards.cards()[0].rating.button(Rating.MEETS), Qt.MouseButton.LeftButton)
    window.show_page("compare")
    card = window.pages.page("compare").view.current.cards()[0]
    assert card.rating.button(Rating.MEETS).isChecked()
    qtbot.mouseClick(card.rating.button(Rating.EXCEEDS), Qt.MouseButton.LeftButton)
    assert stored(services, key)[0] == "exceeds"
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Delete)
    assert stored(services, key)[0] is None
    window.undo_action.trigger()
    assert stored(services, key)[0] == "exceeds"
    window.undo_action.trigger()
    assert stored(services, key)[0] == "meets"
    assert (
        window.pages.page("compare").view.current.cards()[0].rating.button(Rating.MEETS).isChecked()
    )


def test_the_cards_have_their_style_and_the_rest_of_the_window_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The style rules (ui/style.py) sit on the cards' container, not the application, so
    the rest of the window is painted without Qt's slower style-sheet style (issue 8)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    card = next(c for c in window.cards.cards() if c.view is not None and c.view.required)
    card.rating.button(Rating.MEETS).setChecked(True)
    highlight = card.palette().color(QPalette.ColorRole.Highlight).rgb()

    def colours(widget) -> set[int]:  # type: ignore[no-untyped-def]
        image = widget.grab().toImage()
        return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}

    assert highlight in colours(card._badge)  # noqa: SLF001  the required badge is filled
    assert highlight in colours(card.rating.button(Rating.MEETS))  # the chosen rating too
    assert highlight not in colours(card.rating.button(Rating.EXCEEDS))
    assert QApplication.instance().styleSheet() == ""  # type: ignore[union-attr]
    assert window.browser.style().metaObject().className() != "QStyleSheetStyle"


def test_a_rating_that_is_not_saved_leaves_the_card_showing_what_is_stored(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save that fails reads the stored value back; one that succeeds shows the value given
    without reading (the click's path)."""
    from skill_ladder.errors import InvalidInput
    from skill_ladder.ui import window_controller

    choose_role(qtbot, window, "ML Engineer")
    card = window.cards.cards()[0]
    qtbot.mouseClick(card.rating.button(Rating.MEETS), Qt.MouseButton.LeftButton)
    assert card.rating.button(Rating.MEETS).isChecked()
    warnings: list[str] = []
    monkeypatch.setattr(
        window_controller.QMessageBox, "warning", lambda _w, _t, text: warnings.append(text)
    )

    def refuse(key: str, value: Rating | None) -> None:
        raise InvalidInput("requirement.unknown", key=key)

    # The click's save (with what it replaces, in one transaction) refused.
    monkeypatch.setattr(services.ratings, "change_rating", refuse)
    qtbot.mouseClick(card.rating.button(Rating.EXCEEDS), Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert card.rating.button(Rating.MEETS).isChecked()
    assert not card.rating.button(Rating.EXCEEDS).isChecked()
    assert stored(services, card.view.key if card.view else "")[0] == "meets"
    assert window.statusBar().currentMessage().startswith("Not saved: ")
    assert window.controller.undo.count() == 1  # only the first click, which was saved

    # Undo's save refused: the card still shows what is stored, and the step is dropped.
    monkeypatch.setattr(services.ratings, "set_rating", refuse)
    window.controller.undo.undo()
    assert len(warnings) == 2
    assert card.rating.button(Rating.MEETS).isChecked()
    assert stored(services, card.view.key if card.view else "")[0] == "meets"
    assert window.controller.undo.count() == 0  # the step that could not be undone is dropped


def test_a_click_writes_its_rating_once_and_the_same_value_again_nothing(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """The click saves (with what it replaces) before its undo step is pushed; the push shows
    it without saving again. One row of history a click, none for the value it has."""
    choose_role(qtbot, window, "ML Engineer")
    card = window.cards.cards()[0]
    key = card.view.key if card.view else ""

    def history() -> int:
        with services.database.transaction() as connection:
            count = "SELECT count(*) FROM rating_events WHERE requirement_key = ?"
            return int(connection.exec_driver_sql(count, (key,)).scalar() or 0)

    before = history()
    qtbot.mouseClick(card.rating.button(Rating.MEETS), Qt.MouseButton.LeftButton)
    assert history() == before + 1 and window.controller.undo.count() == 1
    qtbot.mouseClick(card.rating.button(Rating.MEETS), Qt.MouseButton.LeftButton)
    assert history() == before + 1 and window.controller.undo.count() == 1
    window.undo_action.trigger()  # undo saves the value before: one row more
    assert history() == before + 2 and stored(services, key)[0] is None
    window.controller.undo.redo()
    assert history() == before + 3 and stored(services, key)[0] == "meets"
