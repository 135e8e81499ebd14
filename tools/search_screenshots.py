"""Render the search's results list (offscreen) to PNG, for looking at changes to it.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/search_screenshots.py OUT light|dark en|es`.
Uses a temporary data folder with the bundled profile and a generated 18,000-requirement one.
The window is wired here as the controller will be: the box's text goes to
`CatalogService.search_requirements`, the results to `ProfileBrowser.show_requirement_results`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import dark_palette, seed  # tools/ is on the path when run

from skill_ladder.catalog.synthetic import synthetic_bytes
from skill_ladder.paths import AppPaths
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.application import application
from skill_ladder.ui.main_window import MainWindow

SEARCHES = {
    "en": ("metrics registry", "level 9 mentors"),
    "es": ("metricas registro", "level 9 mentors"),
}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shoot(out: Path, scheme: str, language: str) -> None:
    app = application()
    app.setStyle("Fusion")
    QGuiApplication.styleHints().setColorScheme(
        Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
    )
    if scheme == "dark":
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp))
        paths.ensure()
        services = seed(paths)
        services.catalog.import_bytes(synthetic_bytes(key="large", skills=200, roles=10, levels=9))
        translations = Translations()
        translations.apply(language)
        window = MainWindow(Settings(paths.settings), translations, services.database.path.parent)
        window.attach(services)
        browser = window.browser
        browser.search_changed.connect(
            lambda text: browser.show_requirement_results(
                services.catalog.search_requirements(text, language)
            )
        )
        window.resize(1280, 820)
        window.show()
        suffix = "" if language == "en" else f"-{language}"
        for n, query in enumerate(SEARCHES[language]):
            browser.search.clear()
            browser.search.setFocus()
            QTest.keyClicks(browser.search, query)
            settle()
            if n == 0:
                QTest.keyClick(browser.search, Qt.Key.Key_Down)
                QTest.keyClick(browser.results.view, Qt.Key.Key_Down)
            settle()
            name = f"search-{n + 1}-{scheme}{suffix}"
            window.grab().save(str(out / f"{name}-window.png"))
            browser.grab().save(str(out / f"{name}.png"))
        window.close()
        services.database.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-search")
    target.mkdir(parents=True, exist_ok=True)
    shoot(
        target,
        sys.argv[2] if len(sys.argv) > 2 else "light",
        sys.argv[3] if len(sys.argv) > 3 else "en",
    )
