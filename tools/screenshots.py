"""Render the main views to PNG (offscreen) for docs/screenshots and for looking at changes.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT light|dark en|es`.
Uses a temporary data folder with a few ratings, notes and two check-ins.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from skill_ladder.domain.rating import Rating
from skill_ladder.paths import AppPaths
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.application import application
from skill_ladder.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout, for tests/
from tests.support.palettes import dark_palette  # noqa: E402  the tests' dark scheme


def seed(paths: AppPaths):  # type: ignore[no-untyped-def]
    from skill_ladder.app import open_services

    services = open_services(paths)
    rate = services.ratings.rate_cell
    rate(
        "mlflow",
        "ml-engineer",
        "junior",
        Rating.EXCEEDS,
        note="Logged 40+ runs for the churn model; wrote the team's naming guide.",
    )
    rate(
        "mlflow",
        "ml-engineer",
        "middle",
        Rating.MEETS,
        note="Set up autologging for sklearn and PyTorch.",
    )
    first = services.checkins.create("Q2 self-review")
    rate(
        "mlflow",
        "ml-engineer",
        "senior",
        Rating.WORKING_TOWARDS,
        note="Tracking server on Kubernetes: in progress.",
    )
    rate("mlflow", "data-scientist", "junior", Rating.MEETS)
    second = services.checkins.create("Before my 1:1")
    backdate(paths, {first.id: 200, second.id: 60})
    rate("mlflow", "ml-engineer", "lead", Rating.NOT_YET)
    services.personal.set_name("Alex Doe")
    services.personal.set_my_role("ml-engineering", "ml-engineer")
    services.personal.set_target("ml-engineering", "ml-engineer", "lead")
    return services


def backdate(paths: AppPaths, days_ago: dict[int, int]) -> None:
    """Spread the sample check-ins over past months, as a real history would be."""
    import sqlite3
    from datetime import UTC, datetime, timedelta

    with sqlite3.connect(paths.database) as connection:
        for checkin, days in days_ago.items():
            moment = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=days)
            connection.execute(
                "UPDATE checkins SET created_at=? WHERE id=?", (moment.isoformat(" "), checkin)
            )
    connection.close()


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
        settings = Settings(paths.settings)
        settings.set("role", "ml-engineer")
        settings.set("level", "senior")
        translations = Translations()
        translations.apply(language)
        window = MainWindow(settings, translations, services.database.path.parent)
        window.attach(services)
        window.resize(1280, 820)
        suffix = "" if language == "en" else f"-{language}"
        window.show()
        for name in ("cards", "ladder", "plan", "compare", "matrix", "growth"):
            window.show_page(name)
            for _ in range(3):  # let wrapped labels settle their heights
                QApplication.processEvents()
            window.grab().save(str(out / f"{name}-{scheme}{suffix}.png"))
        window.show_page("cards")
        window.selection.set_role(None)
        window.controller.select_role(None)  # every role at Senior: long descriptions
        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(str(out / f"all-roles-{scheme}{suffix}.png"))
        window.close()
        # The next start, before its data has loaded: menus and the remembered header.
        opening = MainWindow(settings, translations, services.database.path.parent, body=False)
        opening.resize(1280, 820)
        opening.show()
        for _ in range(3):
            QApplication.processEvents()
        opening.grab().save(str(out / f"opening-{scheme}{suffix}.png"))
        opening.close()
        services.database.close()


def shoot_large(out: Path, scheme: str, language: str) -> None:
    """The matrix of a real ladder's shape (12 skills × 100 roles × 9 levels, 12 requirements a
    cell), a third of it rated: counts and colours per cell."""
    import random

    from skill_ladder.app import open_services
    from skill_ladder.catalog.synthetic import synthetic_bytes

    app = application()
    app.setStyle("Fusion")
    if scheme == "dark":
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp))
        paths.ensure()
        services = open_services(paths, back_up=False)
        services.catalog.import_bytes(
            synthetic_bytes(key="ladder", skills=12, roles=100, levels=9, text_words=12)
        )
        framework = services.catalog.frameworks()["ladder"]
        chance = random.Random(7)
        for skill in framework.skills:
            for req in skill.requirements:
                level = int(req.level[1:])
                if chance.random() < max(0.0, 0.95 - level * 0.1):
                    services.ratings.set_rating(req.key, Rating(chance.choice([1, 2, 2, 3, 3])))
        settings = Settings(paths.settings)
        settings.set("scope", {"framework": "ladder", "skills": []})
        settings.set("role", None)  # all roles: 12 requirements in each cell
        settings.set("level", "l3")
        translations = Translations()
        translations.apply(language)
        window = MainWindow(settings, translations, services.database.path.parent)
        window.attach(services)
        window.resize(1400, 860)
        window.show()
        window.show_page("matrix")
        for _ in range(3):
            QApplication.processEvents()
        suffix = "" if language == "en" else f"-{language}"
        window.grab().save(str(out / f"matrix-large-{scheme}{suffix}.png"))
        window.close()
        services.database.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    scheme_asked = sys.argv[2] if len(sys.argv) > 2 else "light"
    language_asked = sys.argv[3] if len(sys.argv) > 3 else "en"
    if len(sys.argv) > 4 and sys.argv[4] == "large":
        shoot_large(target, scheme_asked, language_asked)
    else:
        shoot(target, scheme_asked, language_asked)
