"""Render the level slider, Where am I and the matrix on generated frameworks to PNG
(offscreen), light and dark, English and Spanish, to look at them.

Run: `QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tools/widget_shots.py OUT`.
Frameworks: nine levels with long names and no short names; 25 skills × 9 levels with nine
requirements a cell (10,125 in all), about 60% of them rated; and the bundled MLflow profile.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from tests.support.long_ladders import long_level_names, many_per_cell
from tests.support.palettes import dark_palette

from skill_ladder.domain.rating import Rating
from skill_ladder.paths import AppPaths, bundled_profiles
from skill_ladder.services.hub import Services
from skill_ladder.services.views import Scope
from skill_ladder.storage import ratings_store
from skill_ladder.storage.database import open_database
from skill_ladder.translations import Translations
from skill_ladder.ui.application import application
from skill_ladder.ui.widgets.matrix_view import MatrixView
from skill_ladder.ui.widgets.selection_bar import SelectionBar
from skill_ladder.ui.widgets.standing_panel import StandingPanel


def prepare(folder: Path) -> Services:
    paths = AppPaths(folder)
    paths.ensure()
    services = Services.over(open_database(paths.database, paths.backups))
    services.catalog.install_bundled(bundled_profiles())
    services.catalog.import_bytes(json.dumps(long_level_names(skills=2, roles=2)).encode())
    dense = many_per_cell()
    services.catalog.import_bytes(json.dumps(dense).encode())
    rng = random.Random(1)
    now = datetime.now(UTC)
    with services.database.transaction() as connection:
        for skill in dense["skills"]:
            for req in skill["requirements"]:
                if rng.random() < 0.6:
                    low = int(req["level"][1:]) <= 4
                    value = Rating.MEETS if low and rng.random() < 0.7 else rng.choice(list(Rating))
                    ratings_store.save(connection, req["key"], now, value=value, note=None)
        for skill in services.catalog.subset(Scope("longnames")).skills:
            for req in skill.requirements:
                if req.role == "role-1" and req.level != "l9":
                    ratings_store.save(connection, req.key, now, value=Rating.MEETS, note=None)
    for key in ("mlflow-llm-engineer-lead", "mlflow-ml-engineer-junior"):
        services.ratings.set_rating(key, Rating.EXCEEDS)
    return services


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))


def shoot(out: Path, services: Services, scheme: str, language: str) -> None:
    tag = f"{scheme}-{language}"
    long_levels = services.catalog.detail(Scope("longnames"), language, with_requirements=False)
    roles = long_levels.roles
    for width in (1000, 560):  # the selection bar in a 1,280-pixel window, and narrow
        bar = SelectionBar()
        bar.set_roles(roles, "role-1", True)
        bar.levels.set_levels(long_levels.levels, "l3")
        bar.resize(width, bar.sizeHint().height())
        bar.show()
        bar.levels.slider.setFocus(Qt.FocusReason.TabFocusReason)
        save(bar, out / f"slider-long-{width}-{tag}.png")
        bar.close()
    seed_detail = services.catalog.detail(Scope("ml-engineering"), language)
    bar = SelectionBar()
    bar.set_roles(seed_detail.roles, "ml-engineer", True)
    bar.levels.set_levels(seed_detail.levels, "senior")
    bar.resize(1000, bar.sizeHint().height())
    bar.show()
    save(bar, out / f"slider-mlflow-{tag}.png")
    bar.close()

    standing = services.standing.standing_of(Scope("longnames"), "role-1", language)
    for width in (380, 300):
        panel = StandingPanel()
        panel.set_standing(standing, long_levels.levels, "l9")
        panel.resize(width, 640)
        panel.show()
        save(panel, out / f"where-am-i-{width}-{tag}.png")
        panel.close()

    dense = services.board.matrix(Scope("dense"), "role-1", language)
    for width in (1000, 640):
        view = MatrixView()
        view.set_matrix(dense)
        view.resize(width, 900)
        view.show()
        view.table.setFocus()
        view.table.setCurrentIndex(view.model.index(2, 3))
        save(view, out / f"matrix-dense-{width}-{tag}.png")
        view.close()
    seed = services.board.matrix(services.catalog.resolve("mlflow"), None, language)
    for width in (1000, 380):
        view = MatrixView()
        view.set_matrix(seed)
        view.resize(width, 360)
        view.show()
        view.table.setFocus()
        view.table.setCurrentIndex(view.model.index(3, 3))
        save(view, out / f"matrix-mlflow-{width}-{tag}.png")
        view.close()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    app.setStyle("Fusion")
    light = QPalette(app.palette())
    with tempfile.TemporaryDirectory() as tmp:
        services = prepare(Path(tmp))
        for scheme in ("light", "dark"):
            QGuiApplication.styleHints().setColorScheme(
                Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light
            )
            app.setPalette(dark_palette() if scheme == "dark" else light)
            for language in ("en", "es"):
                translations = Translations()
                translations.apply(language)
                shoot(out, services, scheme, language)
                translations.clear()
        services.database.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/widget-shots"))
