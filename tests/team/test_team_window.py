"""The Team menu and page in the real window (issue 17, point 5), against the real PostgreSQL of
`conftest.py`: connect (and test the connection, off the GUI thread), share a check-in with a
preview of exactly what leaves the laptop (notes unticked), withdraw, pull; the Team page as a
manager (heat-map, a person's growth, the report) and as a member; psycopg never loaded by a
window that is not asked a team action.

Each test has its own laptop (a data folder in tmp_path) over a login made for these tests:
hugo (manager) ── ines, juan (members), and kai (on no one's team), so the other team
tests' data is left alone."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from skill_ladder.domain.rating import Rating
from skill_ladder.paths import bundled_profiles
from skill_ladder.services.hub import Services
from skill_ladder.services.team import TeamService
from skill_ladder.services.team_views import ConnectionCheck
from skill_ladder.settings import Settings
from skill_ladder.storage.database import open_database
from skill_ladder.translations import Translations
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.pages.team_page import STALE_AFTER_S, TeamPage
from tests.team.conftest import Team

PEOPLE = [
    ("hugo", "Hugo Herrera", None, "manager"),
    ("ines", "Inés Ibáñez", "hugo", "member"),
    ("juan", "Juan Jiménez", "hugo", "member"),
    ("kai", "Kai Kato", None, "member"),
]


@pytest.fixture(scope="module")
def crew(shared: Team) -> Iterator[Team]:
    """hugo's team on the server; the bundled framework published (by `shared`). Taken off
    the team after this module, so the other team tests see the organisation they made."""
    for login, *_ in PEOPLE:
        if login not in shared.cluster.logins:
            shared.cluster.create_login(login)
    admin = shared.service("ladder_admin")
    for login, name, manager, role in PEOPLE:
        admin.add_person(shared.url("ladder_admin"), login, name, manager, role)
    yield shared
    logins = ", ".join(f"'{login}'" for login, *_ in PEOPLE)
    for table in ("notes", "ratings", "standings", "checkins", "people"):
        shared.cluster.sql(f"DELETE FROM skill_ladder.{table} WHERE login IN ({logins})", "ladder")


class Laptop:
    """A fresh data folder for `login`, with the bundled profiles, and a real window over it."""

    def __init__(self, team: Team, login: str, folder: Path) -> None:
        self.team, self.login, self.folder = team, login, folder
        folder.mkdir(parents=True, exist_ok=True)
        database = open_database(folder / "skill-ladder.sqlite3", folder / "backups")
        self.services = Services.over(database)
        self.services.catalog.install_bundled(bundled_profiles())
        self.windows: list[MainWindow] = []

    def service(self) -> TeamService:
        return TeamService(self.services, self.folder)

    def connect(self) -> None:
        self.service().connect(self.team.url(self.login))

    def rate_and_close(self, level_values: list[tuple[str, Rating]], note: str = "") -> int:
        for level, value in level_values:
            self.services.ratings.rate_cell(
                "mlflow", "ml-engineer", level, value, note=f"{self.login}: {note}" if note else ""
            )
        return self.services.checkins.create("a check-in").id

    def window(self, qtbot: QtBot) -> MainWindow:
        translations = Translations()
        translations.apply("en")
        window = MainWindow(Settings(self.folder / "settings.json"), translations, self.folder)
        window.attach(self.services)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        self.windows.append(window)
        return window

    def close(self) -> None:
        for window in self.windows:
            window.close()
        self.services.database.close()


@pytest.fixture
def laptop(crew: Team, tmp_path: Path) -> Iterator[Callable[[str], Laptop]]:
    made: list[Laptop] = []

    def make(login: str) -> Laptop:
        found = Laptop(crew, login, tmp_path / login)
        made.append(found)
        return found

    yield make
    for found in made:
        found.close()


def answer_next_box(button_text: str | None) -> None:
    """Click `button_text` (None: press Escape) on the next modal message box."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            if button_text is None:
                box.reject()
                return
            for button in box.findChildren(QPushButton):
                if button.text().replace("&", "") == button_text:
                    button.click()
                    return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


# -- connect ---------------------------------------------------------------------------------------
def test_connect_tests_off_the_gui_thread_and_remembers(
    laptop: Callable[[str], Laptop], crew: Team, qtbot: QtBot
) -> None:
    ines = laptop("ines")
    window = ines.window(qtbot)
    window.menu_actions["team_connect"].trigger()
    dialog = window.team_actions().connect_dialog
    assert dialog is not None and dialog.isVisible()

    # A server that never answers (a socket that listens and says nothing): one line after
    # the connect timeout, through the signal, the window answering meanwhile.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    port = silent.getsockname()[1]
    dialog.url.setText(f"host=127.0.0.1 port={port} dbname=ladder user=ines connect_timeout=1")
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as said:
        dialog.test_button.click()
        assert not dialog.test_button.isEnabled()  # running, and the click returned at once
    timer.stop()
    silent.close()
    line = said.args[0]
    assert line.startswith("Cannot reach the team database: ") and "\n" not in line
    assert len(ticks) >= 5  # the event loop ran while the connection timed out
    assert dialog.outcome.text() == line and dialog.test_button.isEnabled()
    assert not (ines.folder / "team.json").exists()

    # A password written in the string: refused before any connection, in one line.
    dialog.url.setText(crew.url("ines") + " password=secret")
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as said:
        dialog.test_button.click()
    assert said.args[0].startswith("Do not write the password in the connection string")

    # Good: tested without remembering, then Connect remembers it (no password in it).
    dialog.url.setText(crew.url("ines"))
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as said:
        dialog.test_button.click()
    assert said.args[0] == "Connected as ines (member)."
    assert not (ines.folder / "team.json").exists()
    with qtbot.waitSignal(window.team_actions().connected, timeout=10_000):
        dialog.connect_button.click()
    assert window.team_actions().remembered() == crew.url("ines")
    assert (ines.folder / "team.json").stat().st_mode & 0o777 == 0o600
    assert "connected as ines" in window.statusBar().currentMessage()


def test_cancel_while_connecting_closes_and_remembers_nothing(
    laptop: Callable[[str], Laptop], crew: Team, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real server, answered a second late (a slow network): Cancel closes the dialog
    at once, and the good answer that comes after remembers nothing."""
    real = TeamService.check_connection

    def slow(service: TeamService, url: str) -> ConnectionCheck:
        time.sleep(1.0)
        return real(service, url)

    monkeypatch.setattr(TeamService, "check_connection", slow)
    ines = laptop("ines")
    window = ines.window(qtbot)
    actions = window.team_actions()
    window.menu_actions["team_connect"].trigger()
    dialog = actions.connect_dialog
    assert dialog is not None
    dialog.url.setText(crew.url("ines"))
    said: list[object] = []
    actions.connected.connect(said.append)
    dialog.tested.connect(said.append)
    dialog.connect_button.click()
    assert dialog.outcome.text() == "Connecting…"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()  # closed at once, not when the answer comes
    qtbot.wait(2000)  # the answer (connected as ines) arrives meanwhile and is dropped
    assert said == [] and not (ines.folder / "team.json").exists()
    assert actions.remembered() is None


# -- share -----------------------------------------------------------------------------------------
def open_share(window: MainWindow, qtbot: QtBot):  # type: ignore[no-untyped-def]
    actions = window.team_actions()
    actions.share_dialog = None
    window.menu_actions["team_share"].trigger()
    qtbot.waitUntil(lambda: actions.share_dialog is not None, timeout=10_000)
    return actions.share_dialog


def test_share_preview_is_the_plan_and_notes_stay_unless_ticked(
    laptop: Callable[[str], Laptop], crew: Team, qtbot: QtBot
) -> None:
    juan = laptop("juan")
    juan.connect()
    juan.services.personal.set_my_role("ml-engineering", "ml-engineer")
    first = juan.rate_and_close([("junior", Rating.MEETS)], note="evidence one")
    latest = juan.rate_and_close(
        [("junior", Rating.EXCEEDS), ("middle", Rating.MEETS)], note="secret evidence"
    )
    window = juan.window(qtbot)
    dialog = open_share(window, qtbot)
    assert dialog.checkin.currentData() == latest  # the latest by default
    assert not dialog.notes.isChecked()
    plan = juan.service().plan_from(["ml-engineering"], latest)
    assert dialog.plan == plan  # the preview is of exactly this plan
    text = dialog.preview.toPlainText()
    assert "Machine learning engineering" in text
    assert f"Ratings: {plan.rating_count}" in text
    assert "Standing for my role, ML Engineer: estimated level" in text
    assert "Notes: not shared" in text and "secret evidence" not in text

    dialog.notes.setChecked(True)
    with_notes = dialog.preview.toPlainText()
    assert "juan: secret evidence" in with_notes and dialog.plan.with_notes
    dialog.notes.setChecked(False)  # untick again: what is sent has no notes
    assert "secret evidence" not in dialog.preview.toPlainText()

    with qtbot.waitSignal(window.team_actions().shared, timeout=10_000) as sent:
        dialog.share_button.click()
    assert sent.args == [latest, True]
    assert "Check-in shared with your team" in window.statusBar().currentMessage()
    # As the server's superuser (past row-level security): no note is stored at all.
    rows = crew.cluster.sql(
        "SELECT c.local_id, c.notes_shared, count(n.note) FROM skill_ladder.checkins c "
        "LEFT JOIN skill_ladder.notes n ON n.checkin_id = c.id "
        "WHERE c.login = 'juan' GROUP BY c.local_id, c.notes_shared",
        "ladder",
    )
    assert rows == f"{latest}|0|0"
    ratings = crew.cluster.sql(
        "SELECT count(*) FROM skill_ladder.ratings WHERE login = 'juan'", "ladder"
    )
    assert int(ratings) == plan.rating_count
    as_manager = crew.cluster.sql(
        "SELECT count(*) FROM skill_ladder.checkins WHERE login = 'juan'", "ladder", "hugo"
    )
    assert as_manager == "1"  # juan's manager sees the share

    # The earlier one, with notes ticked: the notes reach the server.
    dialog = open_share(window, qtbot)
    dialog.checkin.setCurrentIndex(dialog.checkin.findData(first))
    dialog.notes.setChecked(True)
    with qtbot.waitSignal(window.team_actions().shared, timeout=10_000):
        dialog.share_button.click()
    notes = crew.cluster.sql(
        "SELECT n.note FROM skill_ladder.notes n JOIN skill_ladder.checkins c "
        "ON c.id = n.checkin_id WHERE c.login = 'juan'",
        "ladder",
        "hugo",  # his manager reads the notes juan chose to share
    )
    assert notes.splitlines() and all("evidence one" in n for n in notes.splitlines())


def test_share_without_my_role_says_to_set_it(
    laptop: Callable[[str], Laptop], crew: Team, qtbot: QtBot
) -> None:
    ines = laptop("ines")
    ines.connect()
    ines.rate_and_close([("junior", Rating.MEETS)])
    window = ines.window(qtbot)
    dialog = open_share(window, qtbot)
    assert dialog.plan is None and not dialog.share_button.isEnabled()
    assert "Say which role on the ladder is yours first" in dialog.preview.toPlainText()
    dialog.reject()


def test_share_asks_to_connect_first(laptop: Callable[[str], Laptop], qtbot: QtBot) -> None:
    window = laptop("ines").window(qtbot)
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    window.menu_actions["team_share"].trigger()
    assert seen and "Connect to your team's database first" in seen[0]
    assert "psycopg" not in sys.modules or window.team_actions().share_dialog is None


# -- withdraw --------------------------------------------------------------------------------------
def test_withdraw_after_confirmation_cancel_is_the_default(
    laptop: Callable[[str], Laptop], crew: Team, qtbot: QtBot
) -> None:
    kai = laptop("kai")
    kai.connect()
    kai.services.personal.set_my_role("ml-engineering", "ml-engineer")
    checkin = kai.rate_and_close([("junior", Rating.MEETS)])
    kai.service().share(crew.url("kai"), checkin)
    window = kai.window(qtbot)
    actions = window.team_actions()
    window.menu_actions["team_withdraw"].trigger()
    qtbot.waitUntil(lambda: actions.withdraw_dialog is not None, timeout=10_000)
    dialog = actions.withdraw_dialog
    assert dialog is not None and dialog.list.count() >= 1
    assert dialog.list.currentItem().text().startswith("Check-in of ")

    defaults: list[object] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel))
            box.defaultButton().click()
        else:
            QTimer.singleShot(20, press_enter)

    QTimer.singleShot(20, press_enter)
    dialog.withdraw_button.click()
    assert defaults == [True]
    count = "SELECT count(*) FROM skill_ladder.checkins WHERE login = 'kai' AND local_id = "
    assert crew.cluster.sql(count + str(checkin), "ladder") == "1"  # Cancel: still shared

    answer_next_box("Withdraw")
    with qtbot.waitSignal(actions.withdrawn, timeout=10_000) as gone:
        dialog.withdraw_button.click()
    assert gone.args == [checkin]
    assert crew.cluster.sql(count + str(checkin), "ladder") == "0"
    assert dialog.list.count() == 0
    assert f"Check-in {checkin} withdrawn" in window.statusBar().currentMessage()


# -- pull ------------------------------------------------------------------------------------------
def test_pull_installs_the_published_framework(
    laptop: Callable[[str], Laptop], crew: Team, qtbot: QtBot
) -> None:
    ines = laptop("ines")
    ines.connect()
    ines.services.catalog.remove("mlflow")
    assert "ml-engineering" not in ines.services.catalog.frameworks()
    window = ines.window(qtbot)
    with qtbot.waitSignal(window.team_actions().pulled, timeout=20_000) as done:
        window.menu_actions["team_pull"].trigger()
    assert done.args == [True]
    assert "ml-engineering" in ines.services.catalog.frameworks()
    assert "The team's frameworks are installed" in window.statusBar().currentMessage()
    assert window.menu_actions["team_pull"].isEnabled()  # no longer busy


# -- the Team page ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hugo_team(crew: Team, tmp_path_factory: pytest.TempPathFactory) -> Team:
    """ines shares two check-ins (junior met, then middle too), juan none yet from this
    module's own laptops: both through the services the window calls."""
    folder = tmp_path_factory.mktemp("hugo-team")
    ines = Laptop(crew, "ines", folder / "ines")
    ines.services.personal.set_my_role("ml-engineering", "ml-engineer")
    url = crew.url("ines")
    one = ines.rate_and_close([("junior", Rating.MEETS)])
    ines.service().share(url, one)
    two = ines.rate_and_close([("junior", Rating.EXCEEDS), ("middle", Rating.MEETS)])
    ines.service().share(url, two)
    ines.close()
    return crew


def show_team(laptop: Laptop, qtbot: QtBot) -> tuple[MainWindow, TeamPage]:
    window = laptop.window(qtbot)
    window.show_page("team")
    page = window.pages.page("team")
    assert isinstance(page, TeamPage)
    if page.view.connect_button.isHidden():  # a connection is remembered: it loads
        assert page.view.message.text() == "Loading…" and not page.view.content.isVisible()
    qtbot.waitUntil(lambda: page.view.message.text() != "Loading…", timeout=15_000)
    return window, page


def test_the_team_page_for_a_manager(
    laptop: Callable[[str], Laptop], hugo_team: Team, qtbot: QtBot, tmp_path: Path
) -> None:
    hugo = laptop("hugo")
    hugo.connect()
    window, page = show_team(hugo, qtbot)
    view = page.view
    assert view.content.isVisible(), view.message.text()
    assert view.framework.currentData() == "ml-engineering"
    rows = {row[0]: row for row in view.heat_text()}
    assert set(rows) == {"Inés Ibáñez", "Juan Jiménez"}
    assert rows["Inés Ibáñez"][1] == "Middle"
    assert rows["Inés Ibáñez"][2:4] == ["100 %", "100 %"]  # junior and middle met
    assert rows["Juan Jiménez"][1] in ("nothing shared yet", "no level yet", "Junior", "Middle")
    head = [view.heat.horizontalHeaderItem(c).text() for c in range(view.heat.columnCount())]
    assert head[:4] == ["Person", "Estimated level", "Junior", "Middle"]

    view.choose_person("Inés Ibáñez")
    growth = view.growth_text()
    assert "Inés Ibáñez, as ML Engineer" in growth and "estimated level Middle" in growth
    assert "Before, the check-in of" in growth and "estimated level Junior" in growth
    assert "Middle\t0 %\t100 %\t+100 points" in growth

    out = tmp_path / "team.pdf"
    with qtbot.waitSignal(page.loads.report_written, timeout=20_000) as written:
        page.write_report(out)
    assert written.args == [str(out)]
    assert out.stat().st_mode & 0o777 == 0o600
    done = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())
    assert "Inés Ibáñez" in text and "Juan Jiménez" in text
    assert "Bob" not in text  # not hugo's


def test_two_people_of_one_name_each_show_their_own_growth(
    laptop: Callable[[str], Laptop], hugo_team: Team, qtbot: QtBot
) -> None:
    """A person's growth is found by login, not by the name the heat-map shows, and a name
    two people share is told apart by the login."""
    if "inez" not in hugo_team.cluster.logins:
        hugo_team.cluster.create_login("inez")
    admin = hugo_team.service("ladder_admin")
    admin.add_person(hugo_team.url("ladder_admin"), "inez", "Inés Ibáñez", "hugo", "member")
    try:
        hugo = laptop("hugo")
        hugo.connect()
        _, page = show_team(hugo, qtbot)
        view = page.view
        names = [row[0] for row in view.heat_text()]
        assert names == ["Inés Ibáñez (ines)", "Inés Ibáñez (inez)", "Juan Jiménez"]
        view.heat.setCurrentCell(1, 0)
        assert "Inés Ibáñez (inez) has shared no check-in yet." in view.growth_title.text()
        view.heat.setCurrentCell(0, 0)
        assert "Inés Ibáñez (ines), as ML Engineer" in view.growth_text()
    finally:
        hugo_team.cluster.sql("DELETE FROM skill_ladder.people WHERE login = 'inez'", "ladder")


def test_a_share_made_since_shows_when_the_page_is_shown_again(
    laptop: Callable[[str], Laptop], hugo_team: Team, qtbot: QtBot
) -> None:
    """Back on the Team page after STALE_AFTER_S, it reads the team again, the old figures on
    screen meanwhile and the person chosen still chosen; back sooner, it reads nothing."""
    hugo = laptop("hugo")
    hugo.connect()
    window, page = show_team(hugo, qtbot)
    view = page.view
    view.choose_person("Juan Jiménez")
    assert view.chosen_login() == "juan"
    juan = laptop("juan")
    juan.services.personal.set_my_role("ml-engineering", "ml-engineer")
    # A new check-in of juan's, numbered past those he shared from another laptop (a number
    # shared already is another check-in: refused): junior not yet met, so no level.
    taken = "SELECT coalesce(max(local_id), 0) FROM skill_ladder.checkins WHERE login = 'juan'"
    highest, checkin = int(hugo_team.cluster.sql(taken, "ladder")), 0
    while checkin <= highest:
        checkin = juan.rate_and_close([("junior", Rating.NOT_YET)])
    juan.service().share(hugo_team.url("juan"), checkin)
    loads = page._generation
    window.show_page("cards")
    window.show_page("team")
    assert page._generation == loads  # shown again at once: nothing read
    assert {row[0]: row for row in view.heat_text()}["Juan Jiménez"][1] != "no level yet"

    assert page.loaded_at is not None
    page.loaded_at -= STALE_AFTER_S + 1
    window.show_page("cards")
    with qtbot.waitSignal(page.loads.loaded, timeout=15_000):
        window.show_page("team")
        assert view.content.isVisible() and view.message.isHidden()  # the old figures
    rows = {row[0]: row for row in view.heat_text()}
    assert rows["Juan Jiménez"][1] == "no level yet"
    assert view.chosen_login() == "juan"
    assert "Juan Jiménez, as ML Engineer" in view.growth_text()

    # Stale again, and the server unreachable: the figures stay, the status bar says why.
    page.loaded_at -= STALE_AFTER_S + 1
    window.show_page("cards")
    unreachable = "host=127.0.0.1 port=1 dbname=ladder user=hugo connect_timeout=1"
    (hugo.folder / "team.json").write_text(json.dumps({"db": unreachable}))
    with qtbot.waitSignal(page.loads.loaded, timeout=15_000):
        window.show_page("team")
    assert view.content.isVisible() and view.message.isHidden()
    assert {row[0]: row for row in view.heat_text()}["Juan Jiménez"][1] == "no level yet"
    said = window.statusBar().currentMessage()
    assert said.startswith("The team could not be read again; the page shows it as read at")
    assert "Cannot reach the team database" in said


def test_the_team_page_for_a_member_says_it_is_for_managers(
    laptop: Callable[[str], Laptop], hugo_team: Team, qtbot: QtBot
) -> None:
    juan = laptop("juan")
    juan.connect()
    _, page = show_team(juan, qtbot)
    assert "shows the team to managers" in page.view.message.text()
    assert not page.view.content.isVisible() and not page.view.report_button.isEnabled()


def test_the_team_page_with_a_server_that_never_answers(
    laptop: Callable[[str], Laptop], qtbot: QtBot
) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    juan = laptop("juan")
    url = f"host=127.0.0.1 port={silent.getsockname()[1]} dbname=ladder connect_timeout=1"
    (juan.folder / "team.json").write_text(json.dumps({"db": url}), encoding="utf-8")
    try:
        window, page = show_team(juan, qtbot)
    finally:
        silent.close()
    said = page.view.message.text()
    assert said.startswith("Cannot reach the team database: ") and "\n" not in said
    assert said in window.statusBar().currentMessage()


def test_the_team_page_without_a_connection_says_to_connect(
    laptop: Callable[[str], Laptop], qtbot: QtBot
) -> None:
    _, page = show_team(laptop("juan"), qtbot)
    assert "Connect to your team's database first" in page.view.message.text()
    assert page.view.connect_button.isVisible()


# -- psycopg only on a team action -----------------------------------------------------------------
def test_the_window_and_its_other_pages_never_load_psycopg(tmp_path: Path) -> None:
    """In a child process: the window opens, every page but Team is shown, and psycopg (and
    the team service) are not loaded; the Team page without a remembered connection neither."""
    probe = "\n".join(
        [
            "import sys",
            "from pathlib import Path",
            "from PySide6.QtWidgets import QApplication",
            "app = QApplication(['x'])",
            "from skill_ladder.paths import bundled_profiles",
            "from skill_ladder.services.hub import Services",
            "from skill_ladder.settings import Settings",
            "from skill_ladder.storage.database import open_database",
            "from skill_ladder.translations import Translations",
            "from skill_ladder.ui.main_window import MainWindow",
            f"folder = Path({str(tmp_path / 'data')!r}); folder.mkdir()",
            "db = open_database(folder / 'db.sqlite3', folder / 'backups')",
            "services = Services.over(db); services.catalog.install_bundled(bundled_profiles())",
            "t = Translations(); t.apply('en')",
            "w = MainWindow(Settings(folder / 's.json'), t, folder); w.attach(services); w.show()",
            "for key in w.pages.page_keys():",
            "    w.show_page(key); app.processEvents()",
            "heavy = ('psycopg', 'skill_ladder.services.team', 'skill_ladder.storage.team.store')",
            "print(sorted(m for m in heavy if m in sys.modules))",
            "w.team_actions().service()  # the first team action loads them",
            "print(sorted(m for m in heavy if m in sys.modules))",
        ]
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.strip().splitlines()[-2:]
    assert before == "[]"
    assert after == "['psycopg', 'skill_ladder.services.team', 'skill_ladder.storage.team.store']"
