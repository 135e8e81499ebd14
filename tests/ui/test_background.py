"""Work off the GUI thread reports back on it; a dialog closed (and deleted) while its work
ran is not touched afterwards (issue 17: closing a Team dialog mid-call was a traceback)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from skill_ladder.ui.background import run_in_background, still_open


def test_the_outcome_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[object, object, bool]] = []
    gui = threading.get_ident()
    run_in_background(
        lambda: threading.get_ident() != gui,
        lambda result, error: seen.append((result, error, threading.get_ident() == gui)),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(True, None, True)]


def test_a_dialog_closed_while_its_work_runs_is_left_alone(qtbot: QtBot) -> None:
    release = threading.Event()
    dialog = QDialog()
    dialog.finished.connect(dialog.deleteLater)  # as the Team dialogs are
    touched: list[str] = []
    other: list[object] = []

    def then(result: object, _error: object) -> None:
        dialog.setWindowTitle(str(result))  # would raise once the dialog is deleted
        touched.append("touched")

    run_in_background(lambda: release.wait(5) and "done", then, owner=dialog)
    run_in_background(lambda: release.wait(5) and "done", lambda r, _e: other.append(r))
    dialog.open()
    dialog.reject()
    qtbot.waitUntil(lambda: not still_open(dialog), timeout=5000)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: bool(other), timeout=5000)  # both outcomes were queued by now
    qtbot.wait(20)
    assert other == ["done"]
    assert touched == []
