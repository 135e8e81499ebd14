"""The search's results list under the box (`ProfileBrowser`), as a person uses it: type a
word, see the requirements it is in with the word marked, go down into them, open one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.services.hub import Services
from skill_ladder.translations import Translations
from skill_ladder.ui.models.requirement_results import (
    KEY_ROLE,
    NOTE_ROLE,
    TEXT_SPANS_ROLE,
    TITLE_ROLE,
    TITLE_SPANS_ROLE,
    RequirementResultsModel,
)
from skill_ladder.ui.widgets.highlight_delegate import (
    ELLIPSIS,
    excerpt,
    mark_format,
    muted,
    text_layout,
)
from skill_ladder.ui.widgets.profile_browser import ProfileBrowser


class Searching:
    """A browser wired to the catalogue as the window's controller wires it."""

    def __init__(self, qtbot: QtBot, services: Services) -> None:
        self.services = services
        self.language = "en"
        self.translations = Translations()
        self.translations.apply("en")
        self.browser = ProfileBrowser()
        qtbot.addWidget(self.browser)
        self.browser.search_changed.connect(self.search)
        self.reload()
        self.browser.resize(380, 640)
        self.browser.show()
        qtbot.waitExposed(self.browser)

    def search(self, text: str) -> None:
        catalog = self.services.catalog
        self.browser.show_matches(text, catalog.matching_skills(text, self.language))
        results = catalog.search_requirements(text, self.language)
        self.browser.show_requirement_results(results)

    def reload(self) -> None:
        catalog = self.services.catalog
        text = self.browser.search.text()
        entries = catalog.browse(self.language, set())
        self.browser.load(entries, None, catalog.matching_skills(text, self.language))

    def switch_to(self, language: str) -> None:
        self.language = language
        self.translations.apply(language)
        self.reload()
        self.search(self.browser.search.text())


@pytest.fixture
def searching(qtbot: QtBot, services: Services) -> Iterator[Searching]:
    wired = Searching(qtbot, services)
    yield wired
    wired.translations.clear()


def _import(services: Services, document: dict[str, Any]) -> None:
    services.catalog.import_bytes(json.dumps(document, ensure_ascii=False).encode("utf-8"))


def _type(qtbot: QtBot, browser: ProfileBrowser, text: str) -> None:
    browser.search.setFocus()
    browser.search.selectAll()
    qtbot.keyClicks(browser.search, text)


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start : start + length] for start, length in spans]


def test_a_word_in_one_requirement_shows_it_marked_and_enter_opens_it(
    qtbot: QtBot, searching: Searching
) -> None:
    browser = searching.browser
    assert not browser.results.isVisible()  # nothing while the box is empty
    _type(qtbot, browser, "PERPLEXITY")
    assert browser.results.isVisible() and browser.results.view.isVisible()
    model = browser.results.model
    assert model.rowCount() == 1
    index = model.index(0, 0)
    assert index.data(KEY_ROLE) == "mlflow-llm-engineer-junior"
    assert index.data(TITLE_ROLE) == "MLflow · LLM Engineer · Junior"
    text = index.data(Qt.ItemDataRole.DisplayRole)
    assert _marked(text, index.data(TEXT_SPANS_ROLE)) == ["perplexity"]
    assert browser.results.summary.text() == "1 requirement found"
    # The tree keeps filtering as before: the skill that holds it.
    assert browser.current_scope() is not None
    assert browser.current_scope().skills == ("mlflow",)  # type: ignore[union-attr]

    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is browser.results.view
    assert browser.results.view.currentIndex().row() == 0
    with qtbot.waitSignal(browser.requirement_opened) as opened:
        qtbot.keyClick(browser.results.view, Qt.Key.Key_Return)
    assert opened.args == ["mlflow-llm-engineer-junior"]

    qtbot.keyClick(browser.results.view, Qt.Key.Key_Up)  # up from the top: back to the box
    assert QApplication.focusWidget() is browser.search

    browser.search.clear()
    assert not browser.results.isVisible()
    assert browser.results.model.rowCount() == 0


def test_a_click_opens_a_result_and_the_words_are_marked_in_the_title(
    qtbot: QtBot, searching: Searching
) -> None:
    browser = searching.browser
    _type(qtbot, browser, "scientist metrics")
    model = browser.results.model
    assert model.rowCount() >= 2
    assert all("Data Scientist" in model.index(r, 0).data(TITLE_ROLE) for r in range(2))
    second = model.index(1, 0)
    assert _marked(second.data(TITLE_ROLE), second.data(TITLE_SPANS_ROLE)) == ["Scientist"]
    view = browser.results.view
    qtbot.waitUntil(lambda: not view.visualRect(second).isEmpty())  # rows laid out in batches
    centre = view.visualRect(second).center()
    with qtbot.waitSignal(browser.requirement_opened) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [second.data(KEY_ROLE)]


def test_a_word_only_in_a_level_name_or_nowhere(qtbot: QtBot, searching: Searching) -> None:
    browser = searching.browser
    _type(qtbot, browser, "principal")  # MLflow's top level: every role has one
    assert browser.results.model.rowCount() == 6
    assert browser.proxy.rowCount() == 1  # and the tree holds its skill
    _type(qtbot, browser, "zzzz-nothing")
    assert browser._no_match.isVisible()  # noqa: SLF001 - one message, not two
    assert not browser.results.isVisible()
    _type(qtbot, browser, "ladder")  # only in the framework's name: profiles, no requirement
    assert not browser._no_match.isVisible()  # noqa: SLF001
    assert browser.results.isVisible() and not browser.results.view.isVisible()
    assert browser.results.summary.text() == "No requirement matches your search."


def test_at_most_200_are_shown_and_the_line_says_how_many_in_either_language(
    qtbot: QtBot, searching: Searching, services: Services
) -> None:
    _import(services, synthetic_document(key="wide", skills=30, roles=5, levels=9))
    searching.reload()
    browser = searching.browser
    _type(qtbot, browser, "level skill")  # every level's and skill's name: 1,350 of them
    assert browser.results.model.rowCount() == 200
    assert browser.results.summary.text() == "Showing 200 of 1,350 requirements"
    assert browser.results.view.accessibleDescription() == "Showing 200 of 1,350 requirements"
    searching.switch_to("es")
    assert browser.results.summary.text() == "Se muestran 200 de 1350 requisitos"
    assert browser.results.view.accessibleName() == "Requisitos encontrados"
    _type(qtbot, browser, "level 9 skill 30")  # Skill 30 at Level 9, in each of 5 roles
    assert browser.results.summary.text() == "5 requisitos encontrados"


def test_a_result_found_only_in_english_says_so(qtbot: QtBot, searching: Searching) -> None:
    searching.switch_to("es")
    browser = searching.browser
    _type(qtbot, browser, "perplexity")
    index = browser.results.model.index(0, 0)
    assert index.data(KEY_ROLE) == "mlflow-llm-engineer-junior"
    assert index.data(NOTE_ROLE) == "encontrado en el texto en inglés"
    assert index.data(TEXT_SPANS_ROLE) == ()
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("MLflow · Ingeniero/a de LLM · Junior · encontrado en el texto")


def test_text_stays_plain_text(qtbot: QtBot, searching: Searching, services: Services) -> None:
    document = synthetic_document(key="tags", skills=1, roles=1, levels=1)
    text = "Writes <b>zebra</b> &amp; <i>markup</i> literally."
    document["skills"][0]["requirements"][0]["text"] = {"en": text}
    _import(services, document)
    searching.reload()
    _type(qtbot, searching.browser, "zebra")
    index = searching.browser.results.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == text
    assert _marked(text, index.data(TEXT_SPANS_ROLE)) == ["zebra"]
    searching.browser.results.grab()  # painted through the delegate without a warning


def test_the_first_marked_word_is_brought_into_the_lines_shown() -> None:
    font = QFont(QApplication.font())
    mark = mark_format(QApplication.palette())
    text = " ".join(["filler"] * 80) + " needle " + " ".join(["after"] * 20)
    start = text.index("needle")
    shown, spans = excerpt(text, ((start, 6),), font, 200, 3, mark)
    assert shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    assert _marked(shown, spans) == ["needle"]
    assert text_layout(shown, spans, font, 200, mark).lineCount() <= 3
    # Near the end, it still fills the lines the row is measured for (the full text's).
    text = " ".join(["filler"] * 80) + " last needle."
    start = text.index("needle")
    shown, spans = excerpt(text, ((start, 6),), font, 200, 3, mark)
    assert shown.startswith(ELLIPSIS) and shown.endswith("needle.")
    assert _marked(shown, spans) == ["needle"]
    assert text_layout(shown, spans, font, 200, mark).lineCount() == 3
    short, short_spans = excerpt("a needle", ((2, 6),), font, 200, 3, mark)
    assert (short, short_spans) == ("a needle", ((2, 6),))


def _contrast(one: QColor, other: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_marks_and_titles_are_readable_in_light_and_dark(scheme: str) -> None:
    palette = QPalette(QGuiApplication.palette())
    if scheme == "dark":  # what a dark desktop scheme hands Qt (tools/screenshots.py)
        for role, colour in (
            (QPalette.ColorRole.Base, "#1f1f22"),
            (QPalette.ColorRole.Text, "#e8e8ea"),
            (QPalette.ColorRole.Highlight, "#3d7bd9"),
        ):
            palette.setColor(role, QColor(colour))
    mark = mark_format(palette)
    marked_text, marker = mark.foreground().color(), mark.background().color()
    assert _contrast(marked_text, marker) >= 4.5
    group = QPalette.ColorGroup.Active
    assert _contrast(muted(palette, group), palette.color(group, QPalette.ColorRole.Base)) >= 4.5
    # The marker stands out from the row, selected or not.
    assert _contrast(marker, palette.color(group, QPalette.ColorRole.Base)) >= 1.5
    assert _contrast(marker, palette.color(group, QPalette.ColorRole.Highlight)) >= 1.5


def test_results_model_is_a_sound_item_model(  # type: ignore[no-untyped-def]
    qtmodeltester, services: Services
) -> None:
    model = RequirementResultsModel()
    model.set_results(services.catalog.search_requirements("mlflow", "en"))
    assert model.rowCount() == 30
    qtmodeltester.check(model)


def test_tab_goes_from_the_box_through_the_results_to_the_tree(
    qtbot: QtBot, searching: Searching
) -> None:
    browser = searching.browser
    _type(qtbot, browser, "perplexity")
    qtbot.keyClick(browser.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is browser.results.view
    qtbot.keyClick(browser.results.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is browser.tree
    browser.results.view.setFocus()
    qtbot.keyClick(browser.results.view, Qt.Key.Key_Escape)  # Escape: back to the box
    assert QApplication.focusWidget() is browser.search
