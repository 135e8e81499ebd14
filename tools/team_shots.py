"""Render the Team page (a manager's, light) and the share preview to PNG (offscreen), on a real
PostgreSQL started as the team tests start it (`tests/support/postgres.py`): an administrator
publishes the bundled framework, four people rate, close check-ins and share them, and the
manager's window shows the team.

Run: `QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tools/team_shots.py [OUT [es]]`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from tests.support.postgres import Cluster

from skill_ladder.domain.rating import Rating
from skill_ladder.paths import bundled_profiles
from skill_ladder.services.hub import Services
from skill_ladder.services.team import TeamService
from skill_ladder.settings import Settings
from skill_ladder.storage.database import open_database
from skill_ladder.translations import Translations
from skill_ladder.ui.application import application
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.pages.team_page import TeamPage

PEOPLE = [
    # login, name, manager, team role, ratings of ml-engineer by level (two check-ins)
    ("maria", "María Molina", None, "manager", []),
    (
        "bob",
        "Bob Blanco",
        "maria",
        "member",
        [[("junior", Rating.MEETS)], [("junior", Rating.EXCEEDS), ("middle", Rating.MEETS)]],
    ),
    (
        "chen",
        "Chen Wei",
        "maria",
        "member",
        [
            [("junior", Rating.MEETS), ("middle", Rating.WORKING_TOWARDS)],
            [("junior", Rating.MEETS), ("middle", Rating.MEETS), ("senior", Rating.MEETS)],
        ],
    ),
    ("dana", "Dana Duarte", "maria", "member", [[("junior", Rating.WORKING_TOWARDS)]]),
    ("emeka", "Emeka Obi", "maria", "member", []),
]


def wait(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def laptop(folders: Path, login: str) -> tuple[Services, Path]:
    folder = folders / login
    folder.mkdir(parents=True)
    services = Services.over(open_database(folder / "skill-ladder.sqlite3", folder / "backups"))
    services.catalog.install_bundled(bundled_profiles())
    return services, folder


LANGUAGE = "en"  # `tools/team_shots.py OUT es`: the same in Spanish, to check the layout


def window_of(services: Services, folder: Path) -> MainWindow:
    translations = Translations()
    translations.apply(LANGUAGE)
    window = MainWindow(Settings(folder / "settings.json"), translations, folder)
    window.attach(services)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    return window


def shoot(out: Path, cluster: Cluster, folders: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    os.environ.update(cluster.env())
    cluster.create_login("ladder_admin", "CREATEROLE")
    cluster.create_database("ladder", "ladder_admin")
    admin_services, admin_folder = laptop(folders, "ladder_admin")
    admin = TeamService(admin_services, admin_folder)
    admin.init(cluster.url("ladder_admin"))
    for login, name, manager, role, _ in PEOPLE:
        cluster.create_login(login)
        admin.add_person(cluster.url("ladder_admin"), login, name, manager, role)
    admin.publish(cluster.url("ladder_admin"), "mlflow")
    laptops = {}
    for login, _, _, _, checkins in PEOPLE:
        services, folder = laptop(folders, login)
        laptops[login] = (services, folder)
        team = TeamService(services, folder)
        team.connect(cluster.url(login))
        services.personal.set_my_role("ml-engineering", "ml-engineer")
        for rated in checkins:
            for level, value in rated:
                services.ratings.rate_cell(
                    "mlflow", "ml-engineer", level, value, note="Led the model registry rollout"
                )
            services.checkins.create("Before my 1:1")
            team.share(cluster.url(login))

    services, folder = laptops["maria"]
    window = window_of(services, folder)
    window.show_page("team")
    page = window.pages.page("team")
    assert isinstance(page, TeamPage)
    for _ in range(100):
        wait(100)
        if page.view.content.isVisible():
            break
    page.view.choose_person("Chen Wei")
    wait(200)
    window.grab().save(str(out / "team-page.png"))
    window.close()

    services, folder = laptops["dana"]
    services.ratings.rate_cell(
        "mlflow", "ml-engineer", "junior", Rating.MEETS, note="Shipped the feature store client"
    )
    services.checkins.create("After the project")
    window = window_of(services, folder)
    actions = window.team_actions()
    actions.share_checkin()
    for _ in range(100):
        wait(100)
        if actions.share_dialog is not None:
            break
    dialog = actions.share_dialog
    assert dialog is not None
    dialog.notes.setChecked(True)
    wait(200)
    dialog.grab().save(str(out / "share-preview.png"))
    dialog.reject()
    window.close()


if __name__ == "__main__":
    app = application()
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    LANGUAGE = sys.argv[2] if len(sys.argv) > 2 else "en"
    started = Cluster.start()
    try:
        with tempfile.TemporaryDirectory() as folders:
            shoot(target, started, Path(folders))
    finally:
        started.stop()
