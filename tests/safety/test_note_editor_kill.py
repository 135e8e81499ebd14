"""A note typed in the window a second before the process is killed is in the database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from skill_ladder.app import open_services
from skill_ladder.paths import AppPaths
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.application import application
from skill_ladder.ui.main_window import MainWindow
app = application()
paths = AppPaths(Path(sys.argv[1])); paths.ensure()
services = open_services(paths)
translations = Translations(); translations.apply("en")
window = MainWindow(Settings(paths.settings), translations, services.database.path.parent)
window.attach(services)
window.show()
card = window.cards.cards()[0]
card.note.setFocus()
QTest.keyClicks(card.note, "Typed just before the crash")
QTest.qWait(1000)
print("typed", card.view.key, flush=True)
QTest.qWait(60_000)
"""


def test_note_typed_a_second_before_a_kill_is_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline().split()
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert line[0] == "typed"
    with sqlite3.connect(data / "skill-ladder.sqlite3") as connection:
        note = connection.execute(
            "SELECT note FROM ratings WHERE requirement_key = ?", (line[1],)
        ).fetchone()
    connection.close()
    assert note == ("Typed just before the crash",)
