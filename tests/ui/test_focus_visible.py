"""The keyboard focus can be seen on every kind of control, in light and dark (issue 13 point
9): each control is drawn unfocused, then focused as a Tab press focuses it, and the pixels
that changed must include a ring in the focus colour, not a faint hint."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from skill_ladder.domain.rating import Rating
from skill_ladder.services.views import FrameworkEntry, RequirementView, SkillEntry
from skill_ladder.ui.style import STYLE_SHEET, FocusStyle, install_focus_style
from skill_ladder.ui.widgets.profile_browser import ProfileBrowser
from skill_ladder.ui.widgets.requirement_card import RequirementCard
from tests.support.palettes import dark_palette

# Enough changed pixels for a ring round a small control (a tab, a step): a faint one-pixel
# hint in a blend of colours, as the platform style draws, does not reach it.
RING_PIXELS = 120


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application in FocusStyle over Fusion, with a light or a dark palette."""
    previous_style = qapp.style().name()
    previous_palette = qapp.palette()
    qapp.setStyle("fusion")
    style = install_focus_style(qapp)
    assert isinstance(qapp.style(), FocusStyle) and style is qapp.style()
    palette = style.standardPalette() if request.param == "light" else dark_palette()
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(previous_palette)
    qapp.setStyle(previous_style)


def close(a: QColor, b: QColor, tolerance: int = 70) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance
    )


def ring_pixels(before: QImage, after: QImage, colour: QColor) -> int:
    """Pixels that changed with the focus and now have the ring's colour."""
    assert before.size() == after.size()
    count = 0
    for y in range(after.height()):
        for x in range(after.width()):
            now = after.pixelColor(x, y)
            if now != before.pixelColor(x, y) and close(now, colour):
                count += 1
    return count


def focused_and_not(
    qtbot: QtBot, target: QWidget, shown: QWidget | None = None
) -> tuple[QImage, QImage]:
    """`shown` (default: `target`) drawn with the focus on a line edit before it, then with
    the focus on `target` as a Tab press gives it."""
    shown = shown or target
    window = target.window()
    first = window.findChild(QLineEdit, "first")
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(first.hasFocus)
    before = shown.grab().toImage()
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)  # as Tab sets it
    after = shown.grab().toImage()
    return before, after


HOSTS: list[QWidget] = []  # the test's window, alive until the test ends


@pytest.fixture(autouse=True)
def _hosts() -> Iterator[None]:
    yield
    HOSTS.clear()


def host(qtbot: QtBot, build: Callable[[QWidget], QWidget]) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    HOSTS.append(window)
    layout = QVBoxLayout(window)
    first = QLineEdit(window)
    first.setObjectName("first")
    layout.addWidget(first)
    target = build(window)
    layout.addWidget(target)
    window.resize(520, 320)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return target


def test_a_push_button(qtbot: QtBot, scheme: QPalette) -> None:
    button = host(qtbot, lambda w: QPushButton("Report…", w))
    before, after = focused_and_not(qtbot, button)
    assert ring_pixels(before, after, scheme.color(QPalette.ColorRole.Highlight)) >= RING_PIXELS


def test_a_combo_box(qtbot: QtBot, scheme: QPalette) -> None:
    def build(parent: QWidget) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(["ML Engineer", "Data Scientist"])
        return combo

    combo = host(qtbot, build)
    before, after = focused_and_not(qtbot, combo)
    assert ring_pixels(before, after, scheme.color(QPalette.ColorRole.Highlight)) >= RING_PIXELS


def test_the_tabs(qtbot: QtBot, scheme: QPalette) -> None:
    def build(parent: QWidget) -> QWidget:
        tabs = QTabWidget(parent)
        for name in ("Cards", "Compare with next level", "Matrix"):
            tabs.addTab(QLabel(name), name)
        return tabs

    tabs = host(qtbot, build)
    assert isinstance(tabs, QTabWidget)
    bar = tabs.tabBar()
    before, after = focused_and_not(qtbot, bar)
    assert ring_pixels(before, after, scheme.color(QPalette.ColorRole.Highlight)) >= RING_PIXELS


def test_the_profile_tree_and_its_current_row(qtbot: QtBot, scheme: QPalette) -> None:
    def build(parent: QWidget) -> QWidget:
        browser = ProfileBrowser(parent)
        skills = tuple(
            SkillEntry(key, key.title(), "Machine Learning & AI", "MLOps", followed=False)
            for key in ("mlflow", "kubeflow", "airflow")
        )
        browser.load([FrameworkEntry("ml", "ML engineering ladder", skills)], None, ())
        return browser

    browser = host(qtbot, build)
    assert isinstance(browser, ProfileBrowser)
    tree = browser.tree
    before, after = focused_and_not(qtbot, tree)
    # A ring round the whole tree, in the highlight colour...
    assert ring_pixels(before, after, scheme.color(QPalette.ColorRole.Highlight)) >= (
        tree.width() + tree.height()
    )
    # ...and round the current row, which is filled with the highlight: in the colour of the
    # text drawn on it, so it does not vanish.
    row = tree.visualRect(tree.currentIndex()).translated(tree.viewport().pos())
    on_row = ring_pixels(
        before.copy(row), after.copy(row), scheme.color(QPalette.ColorRole.HighlightedText)
    )
    assert on_row >= row.width(), (on_row, row)


def card_view() -> RequirementView:
    return RequirementView(
        key="mlflow-ml-engineer-senior",
        skill="mlflow",
        role="ml-engineer",
        level="senior",
        required=True,
        text="Designs MLflow infrastructure for the team.",
        text_is_fallback=False,
        rating=Rating.WORKING_TOWARDS,
        note="",
        text_changed=False,
        skill_name="MLflow",
        role_name="ML Engineer",
        level_name="Senior",
    )


def card_host(qtbot: QtBot) -> RequirementCard:
    def build(parent: QWidget) -> QWidget:
        container = QWidget(parent)
        container.setStyleSheet(STYLE_SHEET)  # as CardList sets it on its container
        card = RequirementCard(container)
        card.set_view(card_view())
        QVBoxLayout(container).addWidget(card)
        return container

    container = host(qtbot, build)
    card = container.findChild(RequirementCard)
    assert card is not None
    return card


@pytest.mark.parametrize("rating", [Rating.WORKING_TOWARDS, Rating.MEETS])
def test_the_rating_steps_checked_or_not(qtbot: QtBot, scheme: QPalette, rating: Rating) -> None:
    card = card_host(qtbot)
    step = card.rating.button(rating)
    before, after = focused_and_not(qtbot, step)
    checked = step.isChecked()  # the card is rated Working towards
    assert checked == (rating == Rating.WORKING_TOWARDS)
    # On the checked step (filled with the highlight) the ring takes the text colour.
    ring = scheme.color(QPalette.ColorRole.Text if checked else QPalette.ColorRole.Highlight)
    assert ring_pixels(before, after, ring) >= 2 * (step.width() + step.height()), step.size()


def test_a_card(qtbot: QtBot, scheme: QPalette) -> None:
    card = card_host(qtbot)
    before, after = focused_and_not(qtbot, card)
    assert ring_pixels(before, after, scheme.color(QPalette.ColorRole.Highlight)) >= 2 * (
        card.width() + card.height()
    )


def test_installing_twice_keeps_one_focus_style(qapp: QApplication) -> None:
    previous = qapp.style().name()
    try:
        first = install_focus_style(qapp)
        assert install_focus_style(qapp) is first
    finally:
        qapp.setStyle(previous)
