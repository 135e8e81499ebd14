"""The level slider as a person uses it on a ladder of nine long level names without short
names: a click goes where it lands, names are clickable, and they never overlap."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services
from skill_ladder.services.views import NamedKey, Scope
from skill_ladder.translations import Translations
from skill_ladder.ui.widgets.level_slider import ELIDED, FULL, NUMBERS, SHORT, LevelSlider
from skill_ladder.ui.widgets.standing_panel import StandingPanel
from tests.support.long_ladders import LONG_LEVELS_EN, LONG_LEVELS_ES, long_level_names
from tests.support.palettes import dark_palette

WIDTHS = (1600, 1280, 1100, 900, 700, 500, 320, 206)


@pytest.fixture
def long_services(services: Services) -> Services:
    services.catalog.import_bytes(json.dumps(long_level_names(skills=2, roles=2)).encode())
    return services


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations()
    translations.apply(request.param)
    yield request.param
    translations.clear()


def levels_of(services: Services, language: str) -> tuple[NamedKey, ...]:
    detail = services.catalog.detail(Scope("longnames"), language, with_requirements=False)
    return detail.levels


def make_slider(qtbot: QtBot, levels: tuple[NamedKey, ...], width: int) -> LevelSlider:
    slider = LevelSlider()
    qtbot.addWidget(slider)
    slider.set_levels(levels, levels[-1].key)
    slider.resize(width, slider.sizeHint().height())
    slider.show()
    qtbot.waitExposed(slider)
    return slider


def tick_point(slider: LevelSlider, index: int) -> QPoint:
    """Where level `index`'s tick is on the slider's groove, in the slider's coordinates."""
    labels = slider.labels
    x = labels.ticks()[index] + labels.x() - slider.slider.x()
    return QPoint(x, slider.slider.height() // 2)


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_the_levels_come_without_short_names(long_services: Services, language: str) -> None:
    levels = levels_of(long_services, language)
    names = LONG_LEVELS_EN if language == "en" else LONG_LEVELS_ES
    assert [lv.name for lv in levels] == list(names)
    assert all(lv.short in ("", lv.name) for lv in levels)  # `short` defaults to the name


@pytest.mark.parametrize("width", [1100, 500])
def test_a_click_on_the_groove_goes_to_the_clicked_level(
    qtbot: QtBot, long_services: Services, width: int
) -> None:
    slider = make_slider(qtbot, levels_of(long_services, "en"), width)
    assert slider.level() == "l9"
    with qtbot.waitSignal(slider.level_changed) as moved:
        qtbot.mouseClick(slider.slider, Qt.MouseButton.LeftButton, pos=tick_point(slider, 0))
    assert moved.args == ["l1"]  # not one page step towards the click (l8)
    assert slider.level() == "l1"
    qtbot.mouseClick(slider.slider, Qt.MouseButton.LeftButton, pos=tick_point(slider, 4))
    assert slider.level() == "l5"
    # A little off the tick still lands on the nearest level.
    near = tick_point(slider, 6) + QPoint(3, 0)
    qtbot.mouseClick(slider.slider, Qt.MouseButton.LeftButton, pos=near)
    assert slider.level() == "l7"
    assert slider.window().focusWidget() is slider.slider  # the keyboard goes on from here


def test_a_click_then_a_drag_moves_the_handle(qtbot: QtBot, long_services: Services) -> None:
    slider = make_slider(qtbot, levels_of(long_services, "en"), 900)
    qtbot.mousePress(slider.slider, Qt.MouseButton.LeftButton, pos=tick_point(slider, 2))
    assert slider.level() == "l3"
    qtbot.mouseMove(slider.slider, tick_point(slider, 5))
    qtbot.mouseRelease(slider.slider, Qt.MouseButton.LeftButton, pos=tick_point(slider, 5))
    assert slider.level() == "l6"


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
@pytest.mark.parametrize("width", [1280, 700, 320])
def test_a_click_on_a_level_name_selects_it(
    qtbot: QtBot, long_services: Services, language: str, width: int
) -> None:
    slider = make_slider(qtbot, levels_of(long_services, language), width)
    labels = slider.labels
    _form, texts, rects = labels.arrangement()
    for index in (0, 3, 8, 2):
        if not texts[index]:
            continue
        with qtbot.waitSignal(slider.level_changed, timeout=1000) as moved:
            qtbot.mouseClick(labels, Qt.MouseButton.LeftButton, pos=rects[index].center())
        assert moved.args == [f"l{index + 1}"]
        assert slider.level() == f"l{index + 1}"
    # The edge of a name still counts as the name.
    qtbot.mouseClick(labels, Qt.MouseButton.LeftButton, pos=rects[0].topLeft() + QPoint(1, 2))
    assert slider.level() == "l1"


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_level_names_never_overlap(qtbot: QtBot, long_services: Services, language: str) -> None:
    slider = make_slider(qtbot, levels_of(long_services, language), WIDTHS[0])
    forms = []
    for width in WIDTHS:
        slider.resize(width, slider.height())
        assert slider.width() == width
        labels = slider.labels
        form, texts, rects = labels.arrangement()
        forms.append(form)
        shown = [r for r, t in zip(rects, texts, strict=True) if t]
        for a, b in zip(shown, shown[1:], strict=False):
            assert not a.intersects(b), (width, form, texts)
            assert a.right() < b.left()
        for rect, text in zip(rects, texts, strict=True):
            if text:  # inside the strip, and wide enough for its text in the bold font
                assert labels.rect().contains(rect), (width, text, rect)
                assert rect.width() >= labels.fontMetrics().horizontalAdvance(text)
        if form == ELIDED:
            assert any("…" in t for t in texts)
        if form == NUMBERS:
            assert texts[0] == "1" and all(t in ("", str(i + 1)) for i, t in enumerate(texts))
    # Wide enough, the names are shown (elided only as much as needed); narrow, the numbers.
    assert forms[0] in (FULL, ELIDED) and forms[-1] == NUMBERS
    order = [FULL, SHORT, ELIDED, NUMBERS]
    assert [order.index(f) for f in forms] == sorted(order.index(f) for f in forms)


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_full_names_are_in_the_tooltips(
    qtbot: QtBot, long_services: Services, language: str
) -> None:
    levels = levels_of(long_services, language)
    slider = make_slider(qtbot, levels, 500)
    assert slider.labels.arrangement()[0] == NUMBERS
    slider.set_level("l9")
    assert levels[8].name in slider.slider.toolTip()
    assert levels[8].name in slider.slider.accessibleDescription()
    assert "9" in slider.slider.accessibleDescription()
    assert slider.slider.accessibleName() == ("Level" if language == "en" else "Nivel")
    # Hovering a number shows that level's full name.
    _form, _texts, rects = slider.labels.arrangement()
    assert slider.labels.index_at(rects[2].center()) == 2
    assert slider.labels.names[2][0] == levels[2].name


def test_short_names_are_used_before_eliding(qtbot: QtBot, services: Services) -> None:
    """The bundled ladder has short names: where the full ones do not fit, they are used."""
    levels = services.catalog.detail(Scope("ml-engineering"), "en", with_requirements=False)
    slider = make_slider(qtbot, levels.levels, 1200)
    assert slider.labels.arrangement()[0] == FULL
    forms = set()
    for width in range(1200, 60, -20):
        slider.resize(width, slider.height())
        forms.add(slider.labels.arrangement()[0])
    assert SHORT in forms and NUMBERS in forms
    slider.resize(300, slider.height())
    form, texts, _ = slider.labels.arrangement()
    assert form == SHORT and texts == ["Jun", "Mid", "Sen", "Lead", "Princ"]


def test_the_keyboard_still_moves_the_slider(qtbot: QtBot, long_services: Services) -> None:
    slider = make_slider(qtbot, levels_of(long_services, "en"), 900)
    slider.slider.setFocus()
    seen: list[str] = []
    slider.level_changed.connect(seen.append)
    for key, expected in (
        (Qt.Key.Key_Home, "l1"),
        (Qt.Key.Key_Right, "l2"),
        (Qt.Key.Key_PageUp, "l3"),
        (Qt.Key.Key_End, "l9"),
        (Qt.Key.Key_Left, "l8"),
        (Qt.Key.Key_PageDown, "l7"),
    ):
        qtbot.keyClick(slider.slider, key)
        assert slider.level() == expected, key
    assert seen == ["l1", "l2", "l3", "l9", "l8", "l7"]


@pytest.mark.parametrize("dark", [False, True])
def test_focus_on_the_slider_is_clearly_visible(
    qtbot: QtBot, long_services: Services, dark: bool
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    if dark:
        holder.setPalette(dark_palette())
    layout = QVBoxLayout(holder)
    other = QLineEdit(holder)
    slider = LevelSlider(holder)
    layout.addWidget(other)
    layout.addWidget(slider)
    slider.set_levels(levels_of(long_services, "en"), "l3")
    holder.resize(800, 120)
    holder.show()
    qtbot.waitExposed(holder)
    highlight = slider.palette().color(QPalette.ColorRole.Highlight)

    def frame_pixels() -> list[QColor]:
        image = slider.grab().toImage()
        middle = image.height() // 2
        return [image.pixelColor(0, middle), image.pixelColor(image.width() - 1, middle)]

    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    assert all(not close(c, highlight) for c in frame_pixels())
    slider.slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: slider.slider.hasFocus())
    assert all(close(c, highlight) for c in frame_pixels())
    background = slider.palette().color(QPalette.ColorRole.Window)
    assert contrast(highlight, background) >= 1.8


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def contrast(a: QColor, b: QColor) -> float:
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b_ = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
@pytest.mark.parametrize("width", [380, 300])
def test_where_am_i_elides_long_level_names(
    qtbot: QtBot, long_services: Services, language: str, width: int
) -> None:
    for skill in long_services.catalog.subset(Scope("longnames")).skills:
        for req in skill.requirements:
            if req.role == "role-1" and req.level != "l9":
                long_services.ratings.set_rating(req.key, Rating.MEETS)
    standing = long_services.standing.standing_of(Scope("longnames"), "role-1", language)
    levels = levels_of(long_services, language)
    panel = StandingPanel()
    qtbot.addWidget(panel)
    panel.set_standing(standing, levels, "l9")
    assert panel.minimumSizeHint().width() <= 300  # the longest name does not widen the panel
    panel.resize(width, 700)
    panel.show()
    qtbot.waitExposed(panel)
    full = levels[8].name
    assert panel.target.currentText() == full
    assert panel.target.toolTip() == full
    shown = panel.target.shown_text()
    if panel.target.fontMetrics().horizontalAdvance(full) > panel.target.width() - 30:
        assert shown != full and shown.endswith("…")
        assert full.startswith(shown[:-1])
    else:
        assert shown == full
    assert full in panel.bars.toolTip()
    assert QRect(QPoint(0, 0), panel.target.size()).right() <= panel.width()
