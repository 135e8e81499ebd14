"""Switching language at run time changes every visible text at once, dialogs included."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from skill_ladder.ui.dialogs.problem_list import ProblemListDialog
from skill_ladder.ui.dialogs.suggest_change import SuggestChangeDialog
from skill_ladder.ui.main_window import MainWindow
from tests.i18n.test_catalogues import TS_FILES
from tests.i18n.visible_texts import visible_texts

# Words that are the same in both languages (names, symbols), so seeing them is no leak.
SAME_IN_BOTH = {
    "Skill Ladder",
    "Junior",
    "Senior",
    "Lead / Staff",
    "Principal",
    "MLflow",
    "MLOps",
    "Sen",
    "Lead",
    "Princ",
    "Jun",
    "%",
}


def english_sources() -> set[str]:
    """Every UI string whose Spanish differs, without placeholders (filled ones differ anyway)."""
    root = ET.parse(TS_FILES[0]).getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if "%" not in source and source not in forms:
            found.add(source.replace("&", "").strip())
    return found - SAME_IN_BOTH


def every_view_texts(window: MainWindow) -> set[str]:
    texts = set()
    for key in window.pages.page_keys():
        window.show_page(key)
        texts |= visible_texts(window)
    window.show_page("cards")
    return texts


def test_es_en_es_changes_every_visible_text(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("es")
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    english = english_sources()
    spanish_texts = every_view_texts(window)
    assert not (spanish_texts & english), sorted(spanish_texts & english)
    assert "Dónde estoy" in spanish_texts or any("Dónde" in t for t in spanish_texts)

    window.choose_language("en")
    english_texts = every_view_texts(window)
    assert "Where am I" in english_texts
    assert "Estimated level: none yet" in english_texts
    assert window.cards.cards()[0]._description.text().startswith("Uses MLflow")  # noqa: SLF001

    window.choose_language("es")
    again = every_view_texts(window)
    assert not (again & english), sorted(again & english)
    assert again == spanish_texts
    assert window.cards.cards()[0]._description.text().startswith("Usa MLflow")  # noqa: SLF001
    assert window._settings.get("language") == "es"  # noqa: SLF001


def test_dialogs_speak_spanish_with_qt_standard_buttons(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("es")
    english = english_sources()
    suggest = SuggestChangeDialog("Texto actual", window)
    problems = ProblemListDialog("Título", "Resumen", ["$.a: algo"], window)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        window,
    )
    for dialog in (suggest, problems):
        texts = visible_texts(dialog)
        assert not (texts & english), sorted(texts & english)
    buttons = suggest.findChild(QDialogButtonBox)
    assert buttons is not None
    assert (
        buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    )
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


@pytest.mark.parametrize("language", ["en", "es"])
def test_dates_follow_the_chosen_language(make_window, language: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language)
    place = window.header._place.text()  # noqa: SLF001
    assert ("marzo" in place) == (language == "es")
    assert ("March" in place) == (language == "en")


def test_switch_rewords_undo_and_the_status_bar(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window = make_window("en")
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    card = window.cards.cards()[0]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_2)
    assert window.last_checkin.text() == "No check-in yet"
    assert window.statusBar().currentMessage() == "Saved"
    window.choose_language("es")
    assert window.undo_action.text().replace("&", "") == "Deshacer valoración"
    assert window.last_checkin.text() == "Aún no hay autoevaluaciones"
    assert window.statusBar().currentMessage() == ""  # "Saved" was of the old language


def test_after_a_switch_every_card_has_the_height_of_its_new_words(
    qtbot: QtBot, make_window
) -> None:  # type: ignore[no-untyped-def]
    """The window words itself, then reads the content again: the cards are measured once,
    with both the new content and their own new words (Spanish runs longer)."""
    from PySide6.QtWidgets import QApplication

    window = make_window("en")
    window.resize(900, 700)
    window.controller.select_role(None)  # all roles: several cards on screen
    for language in ("es", "en", "es"):
        window.choose_language(language)
        QApplication.processEvents()
        cards = [c for c in window.cards.cards() if c.isVisible()]
        assert len(cards) > 1
        for card in cards:
            assert card.height() == card.height_for(card.width()), (language, card.view)


def test_a_page_not_in_view_is_worded_when_shown_not_at_the_switch(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A switch costs what is on screen: the Growth page, built but not in view, words
    itself when it is shown again, and then speaks the new language."""
    from skill_ladder.ui.widgets.growth_view import GrowthView

    window = make_window("en")
    window.show_page("growth")
    growth = window.pages.page("growth").view  # type: ignore[attr-defined]
    assert isinstance(growth, GrowthView)
    window.show_page("cards")
    worded: list[GrowthView] = []
    original = GrowthView.retranslate_ui

    def counted(self: GrowthView) -> None:
        worded.append(self)
        original(self)

    monkeypatch.setattr(GrowthView, "retranslate_ui", counted)
    window.choose_language("es")
    qtbot.wait(10)
    assert growth not in worded  # hidden: not worded at the switch
    assert "Dónde estoy" in visible_texts(window) or any(
        "Dónde" in t for t in visible_texts(window)
    )
    window.show_page("growth")
    assert worded.count(growth) == 1
    english = english_sources()
    shown = visible_texts(window)
    assert not (shown & english), sorted(shown & english)
