"""The window is on screen before the storage layer loads: `MainWindow` is built without data
(menus, the header remembered from the last session), and `attach` hands it the services after
the first paint. A data folder that cannot be opened is said in words, not a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from skill_ladder.errors import StorageFailure
from skill_ladder.paths import AppPaths
from skill_ladder.services.hub import Services
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.widgets.profile_header import MEMORY_KEY
from tests.conftest import Cli


def test_the_window_paints_before_the_storage_layer_is_imported(cli: Cli) -> None:
    """Nothing heavy before the first paint (issue 8): not SQLAlchemy, the validation
    library, Alembic, the chart or report code, the backup code, nor the focus ring's style
    (a Python QStyle costs PySide6 about 7 ms to make; it is installed right after). Nor the
    ORM before the cards are painted: everything the window reads is Core."""
    assert cli("profile", "list").code == 0  # an initialised folder, as on a second start
    setup = """
events = []
built = main_window.MainWindow.__init__
def init(self, *args, **kwargs):
    built(self, *args, **kwargs)
    heavy = ("sqlalchemy", "pydantic", "alembic", "skill_ladder.report.charts",
             "skill_ladder.report.renderer", "skill_ladder.storage.backups",
             "skill_ladder.ui.style")
    self.first_painted.connect(
        lambda: events.append(f"painted {sorted(m for m in heavy if m in sys.modules)}")
    )
main_window.MainWindow.__init__ = init
real = app.open_services
def opening(paths, **options):
    events.append("open with sqlalchemy" if "sqlalchemy" in sys.modules else "open")
    events.append("collector on" if gc.isenabled() else "collector off")
    return real(paths, **options)
app.open_services = opening
attach = main_window.MainWindow.attach
def attached(self, services):
    self.controller.ready.connect(lambda: events.append(
        f"ready, collector {gc.isenabled()}, orm {'sqlalchemy.orm' in sys.modules}, "
        f"{type(main_window.QApplication.style()).__name__}"
    ))
    attach(self, services)
main_window.MainWindow.attach = attached
"""
    expected = (
        "0 ['painted []', 'open', 'collector off', 'ready, collector True, orm False, FocusStyle']"
    )
    assert cli.window_start(setup, "events") == expected


def test_the_daily_backup_is_made_after_the_window_has_its_data(cli: Cli) -> None:
    """A first start: the backup is due, and made off the window's path (it takes most of a
    second for a large database)."""
    setup = f"""
seen = []
import threading
backup = app.daily_backup
def daily_backup(paths):
    seen.append(threading.current_thread().name)
    backup(paths)
app.daily_backup = daily_backup
attach = main_window.MainWindow.attach
def attached(self, services):
    folder = Path({str(cli.data_dir / "backups")!r})
    self.controller.ready.connect(
        lambda: seen.append(sorted(p.name for p in folder.glob("*")) if folder.exists() else [])
    )
    attach(self, services)
main_window.MainWindow.attach = attached
"""
    # Nothing yet when the cards show; then made on a thread of its own.
    assert cli.window_start(setup, "seen") == "0 [[], 'daily_backup']"
    listed = cli("backup", "list", "--json")
    assert listed.code == 0, listed.err
    assert [b["kind"] for b in listed.json()] == ["auto"]  # made, and complete at exit


def test_an_unforeseen_failure_at_start_is_said_and_the_window_closes(cli: Cli) -> None:
    setup = """
import io
import skill_ladder.ui.application
skill_ladder.ui.application.SMOKE_TIMEOUT_MS = 600_000  # a window left hanging is a failure
said = io.StringIO()
sys.stderr = said
def broken(paths, **options):
    raise RuntimeError("a bug")
app.open_services = broken
"""
    shown = "'Something went wrong' in said.getvalue(), 'Traceback' in said.getvalue()"
    assert cli.window_start(setup, shown) == "1 True False"
    assert "RuntimeError: a bug" in (cli.data_dir / "skill-ladder.log").read_text()


def test_a_window_start_on_a_newer_database_says_why_and_changes_nothing(cli: Cli) -> None:
    assert cli("profile", "list").code == 0
    database = cli.data_dir / "skill-ladder.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = database.read_bytes()
    result = cli("--smoke")
    assert result.code == 1
    assert "newer version of Skill Ladder" in result.err
    assert "Traceback" not in result.err
    assert database.read_bytes() == before


def test_the_shell_shows_the_remembered_header_and_waits_for_the_data(
    qtbot: QtBot,
    qapp,
    services: Services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    settings = Settings(paths.settings)
    translations = Translations()
    translations.apply("en")
    first = MainWindow(settings, translations, paths.data_dir)
    qtbot.addWidget(first)
    first.attach(services)
    live_name = first.header._name.text()
    assert live_name and settings.get(MEMORY_KEY)["name"] == live_name
    first.close()

    shell = MainWindow(settings, translations, paths.data_dir, body=False)  # as at a start
    qtbot.addWidget(shell)
    with qtbot.waitSignal(shell.first_painted, timeout=5000):
        shell.show()
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    assert not shell.has_body  # menus and header only: the first paint
    assert shell.header._name.text() == live_name
    assert not shell.header.star.isVisibleTo(shell)  # no follow star on a picture
    assert shell.statusBar().currentMessage() == "Opening your data…"
    assert not shell.menu_actions["import"].isEnabled()
    assert shell.menu_actions["quit"].isEnabled()
    assert shell.menu_actions["language_es"].isEnabled()
    shell.choose_language("es")  # before the data: only the words change
    assert shell.menu_actions["about"].text() == "&Acerca de Skill Ladder"
    assert shell.statusBar().currentMessage() == "Abriendo tus datos…"
    shell.choose_language("en")

    shell.build_body()  # right after the first paint
    assert not shell.report_button.isEnabled()
    assert not shell.standing.isEnabled()  # no name typed into a window without its data
    assert shell.views.tabText(0) == "Cards"
    assert QApplication.focusWidget() is None

    shell.attach(services)
    assert shell.controller.attached
    assert shell.menu_actions["import"].isEnabled() and shell.report_button.isEnabled()
    assert not shell.menu_actions["undo"].isEnabled()
    assert shell.statusBar().currentMessage() == ""
    assert shell.cards.views()  # the cards of the last view
    assert QApplication.focusWidget() is shell.browser.search  # as a start without the wait
    translations.clear()


def test_a_window_built_in_steps_keeps_the_tab_order_of_the_screen(
    qtbot: QtBot,
    qapp,
    services: Services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    """The header is made first (for the first paint); its Tab stops still come after the
    browser and before role and level, as on screen."""
    from tests.ui.test_keyboard_and_scale import spoken_name, tab_through

    translations = Translations()
    translations.apply("en")
    window = MainWindow(Settings(paths.settings), translations, paths.data_dir, body=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attach(services)
    qtbot.wait(50)
    names = [spoken_name(w) for w in tab_through(qtbot, window.browser.search)]
    follow = names.index("Follow")
    assert names.index("Skill profiles") < follow < names.index("Role"), names
    translations.clear()


def test_a_first_start_without_a_remembered_header_focuses_the_search(
    qtbot: QtBot,
    qapp,
    services: Services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    translations = Translations()
    translations.apply("en")
    shell = MainWindow(Settings(paths.settings), translations, paths.data_dir, body=False)
    qtbot.addWidget(shell)
    shell.show()
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    assert shell.header._name.text() == "No profile selected"
    assert not shell.header.star.isVisibleTo(shell)  # nothing to follow, nothing to focus
    assert QApplication.focusWidget() is None
    shell.attach(services)
    assert QApplication.focusWidget() is shell.browser.search
    translations.clear()


GOOD_MEMORY = {
    "language": "en",
    "key": "k",
    "name": "Remembered",
    "summary": "",
    "domain": "",
    "group": "",
    "updated": "2026-03-17",
    "has_roles": True,
    "is_framework": False,
    "counts": [1, 2, 3, 4],
}


def test_a_header_memory_as_written_is_shown(qtbot: QtBot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.json")
    settings.set(MEMORY_KEY, GOOD_MEMORY)
    translations = Translations()
    translations.apply("en")
    shell = MainWindow(settings, translations, tmp_path, body=False)
    qtbot.addWidget(shell)
    assert shell.header._name.text() == "Remembered"
    translations.clear()


@pytest.mark.parametrize(
    "value",
    [
        None,
        "a string",
        {**GOOD_MEMORY, "language": "es"},  # written in another language
        {**GOOD_MEMORY, "name": 3},
        {**GOOD_MEMORY, "updated": "not a date"},
        {**GOOD_MEMORY, "counts": [1, 2]},
        {key: value for key, value in GOOD_MEMORY.items() if key != "summary"},
    ],
)
def test_a_damaged_header_memory_is_ignored(
    qtbot: QtBot,
    qapp,
    tmp_path: Path,
    value: object,  # type: ignore[no-untyped-def]
) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set(MEMORY_KEY, value)
    translations = Translations()
    translations.apply("en")
    shell = MainWindow(settings, translations, tmp_path)
    qtbot.addWidget(shell)
    assert shell.header._name.text() == "No profile selected"
    translations.clear()


def test_a_data_folder_that_cannot_be_opened_is_shown_in_a_message(
    qtbot: QtBot,
    qapp,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from skill_ladder.ui.application import _open_at_start

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    paths = AppPaths(tmp_path / "data")
    translations = Translations()
    translations.apply("en")
    window = MainWindow(Settings(paths.settings), translations, paths.data_dir)
    qtbot.addWidget(window)

    def refuse(_paths: AppPaths) -> Services:
        raise StorageFailure("database.newer", path=str(paths.database))

    assert _open_at_start(window, paths, refuse, ask=True) == 1
    assert shown and "newer version of Skill Ladder" in shown[0]
    translations.clear()


@pytest.mark.parametrize(
    ("saved", "shown"),
    [("compare", "compare"), ("growth", "growth"), (2, "cards"), ("x", "cards"), (None, "cards")],
)
def test_the_shell_opens_on_the_last_view(
    qtbot: QtBot,
    qapp,
    tmp_path: Path,
    saved: object,
    shown: str,  # type: ignore[no-untyped-def]
) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("page", saved)
    translations = Translations()
    translations.apply("en")
    shell = MainWindow(settings, translations, tmp_path)
    qtbot.addWidget(shell)
    assert shell.pages.current_key() == shown
    translations.clear()


def test_the_spreadsheet_libraries_load_only_with_a_spreadsheet(cli: Cli) -> None:
    """Issue 16: calamine, openpyxl and the spreadsheet modules are imported when a
    spreadsheet is read or written, never by a start (window or command)."""
    assert cli("profile", "list").code == 0
    setup = """
attach = main_window.MainWindow.attach
spreadsheet = ("python_calamine", "openpyxl", "skill_ladder.catalog.spreadsheet",
               "skill_ladder.catalog.spreadsheet_files")
seen = []
def attached(self, services):
    self.controller.ready.connect(
        lambda: seen.append(sorted(m for m in spreadsheet if m in sys.modules))
    )
    attach(self, services)
main_window.MainWindow.attach = attached
"""
    assert cli.window_start(setup, "seen") == "0 [[]]"
