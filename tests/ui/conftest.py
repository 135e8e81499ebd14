"""A real main window over a real data folder in tmp_path, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from skill_ladder.paths import AppPaths
from skill_ladder.services.hub import Services
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.main_window import MainWindow


@pytest.fixture
def settings(paths: AppPaths) -> Settings:
    return Settings(paths.settings)


@pytest.fixture
def make_window(qtbot: QtBot, services: Services, settings: Settings):  # type: ignore[no-untyped-def]
    installed: list[Translations] = []

    def make(language: str = "en") -> MainWindow:
        translations = Translations()
        translations.apply(language)
        installed.append(translations)
        window = MainWindow(settings, translations, services.database.path.parent)
        window.attach(services)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for translations in installed:  # the next test starts in the source language again
        translations.clear()


@pytest.fixture
def window(make_window) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield make_window()
