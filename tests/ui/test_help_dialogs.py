"""Help (issue 13 point 9) and the small dialogs of point 10, driven as a person would: the
answers they return, their default buttons, and what they say."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from skill_ladder.paths import resource_root
from skill_ladder.services.backup_service import BackupView
from skill_ladder.services.hub import Services
from skill_ladder.translations import Translations
from skill_ladder.ui.dialogs.close_checkin import MAX_NOTE, CloseCheckinDialog
from skill_ladder.ui.dialogs.confirm import confirm_delete_checkin
from skill_ladder.ui.dialogs.restore_backup import RestoreBackupDialog
from skill_ladder.ui.dialogs.shortcuts_dialog import ShortcutsDialog, plain_text
from skill_ladder.ui.dialogs.user_guide import UserGuideDialog, guide_path
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.widgets.readiness_charts import local_date_time

ROOT = Path(__file__).resolve().parents[2]
NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """English as the window has it: its plurals ("30 requirements") come from a translation."""
    translations = Translations()
    translations.apply("en")
    yield
    translations.clear()


@pytest.fixture
def spanish(english: None) -> Iterator[None]:
    translations = Translations()
    translations.apply("es")
    yield
    translations.clear()


FAILURES: list[BaseException] = []


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Run `act` on the modal dialog of `kind` once its `exec` has shown it. A failure in
    `act` closes the dialog (no test hangs on it) and is raised by `raise_failures`."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                act(dialog)
            except BaseException as failure:  # noqa: BLE001 - raised again by the test
                FAILURES.append(failure)
                if isinstance(dialog, QDialog):
                    dialog.reject()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture(autouse=True)
def raise_failures() -> Iterator[None]:
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def press(qtbot: QtBot, key: Qt.Key) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        qtbot.keyClick(QApplication.focusWidget() or dialog, key)

    return act


# -- closing a check-in ------------------------------------------------------------------------
def test_closing_a_check_in_says_what_is_frozen_and_returns_the_note(
    qtbot: QtBot, parent: QWidget
) -> None:
    def type_and_enter(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCheckinDialog)
        summary = dialog.summary.text()
        assert "every rating and note of every installed ladder" in summary
        assert "22 of 30 requirements rated" in summary
        assert dialog.ok_button.isDefault()
        qtbot.waitUntil(dialog.note.hasFocus)  # the note takes the keyboard first
        qtbot.keyClicks(dialog.note, "  Before my 1:1  ")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter: the default, Close check-in

    when_shown(CloseCheckinDialog, type_and_enter)
    assert CloseCheckinDialog.ask(parent, 22, 30) == "Before my 1:1"


def test_closing_a_check_in_with_no_note_or_cancelled(qtbot: QtBot, parent: QWidget) -> None:
    when_shown(CloseCheckinDialog, press(qtbot, Qt.Key.Key_Return))
    assert CloseCheckinDialog.ask(parent, 0, 30) == ""
    when_shown(CloseCheckinDialog, press(qtbot, Qt.Key.Key_Escape))
    assert CloseCheckinDialog.ask(parent, 0, 30) is None


def test_closing_a_check_in_in_spanish_counts_in_spanish(
    qtbot: QtBot, parent: QWidget, spanish: None
) -> None:
    dialog = CloseCheckinDialog(1, 1, parent)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().endswith("1 de 1 requisito evaluado.")
    assert dialog.windowTitle() == "Cerrar autoevaluación"
    dialog = CloseCheckinDialog(22, 30, parent)
    qtbot.addWidget(dialog)
    assert "todas las escaleras instaladas" in dialog.summary.text()
    assert dialog.summary.text().endswith("22 de 30 requisitos evaluados.")


def test_the_note_limit_is_the_services_own() -> None:
    from skill_ladder.services.checkins import MAX_CHECKIN_NOTE

    assert MAX_NOTE == MAX_CHECKIN_NOTE


# -- deleting a check-in -----------------------------------------------------------------------
def test_deleting_a_check_in_defaults_to_cancel(qtbot: QtBot, parent: QWidget) -> None:
    seen: dict[str, object] = {}

    def look_and_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton()
        seen["cancel"] = box.button(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_shown(QMessageBox, look_and_enter)
    assert confirm_delete_checkin(parent, "4 Oct 2026 17:47 · Before my 1:1") is False
    assert seen["default"] is seen["cancel"] is not None
    assert seen["text"] == "Delete the check-in “4 Oct 2026 17:47 · Before my 1:1”?"

    when_shown(QMessageBox, press(qtbot, Qt.Key.Key_Escape))
    assert confirm_delete_checkin(parent, "x") is False


def test_deleting_a_check_in_when_the_person_chooses_delete(qtbot: QtBot, parent: QWidget) -> None:
    def click_delete(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        delete = next(
            b
            for b in box.findChildren(QPushButton)
            if b.text().replace("&", "") == "Delete check-in"
        )
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)

    when_shown(QMessageBox, click_delete)
    assert confirm_delete_checkin(parent, "<b>not bold</b>") is True


def test_a_check_in_note_is_shown_as_plain_text(qtbot: QtBot, parent: QWidget) -> None:
    def look(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.reject()

    when_shown(QMessageBox, look)
    confirm_delete_checkin(parent, "<b>x</b>")


# -- restoring a backup ------------------------------------------------------------------------
def backup(name: str, days_ago: float, kind: str, size: int) -> BackupView:
    return BackupView(name, datetime.now(UTC) - timedelta(days=days_ago), kind, size)


def test_backups_are_listed_newest_first_with_date_kind_and_size(
    qtbot: QtBot, parent: QWidget
) -> None:
    found = [
        backup("old", 30, "auto", 40_960),
        backup("newest", 0.01, "manual", 2_400_000),
        backup("middle", 3, "migration", 512),
    ]
    dialog = RestoreBackupDialog(found, parent)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.topLevelItem(r).text(c) for c in range(3)]
        for r in range(dialog.table.topLevelItemCount())
    ]
    by_name = {b.id: b for b in found}
    assert [r[0] for r in rows] == [
        local_date_time(by_name[n].created) for n in ("newest", "middle", "old")
    ]
    assert [r[1] for r in rows] == ["Made by you", "Before an update", "Daily, automatic"]
    locale = QLocale()
    assert [r[2] for r in rows] == [
        locale.formattedDataSize(s, 1) for s in (2_400_000, 512, 40_960)
    ]
    assert dialog.chosen() == "newest"  # the newest is chosen at first


def test_choosing_a_backup_returns_its_id_and_cancel_returns_none(
    qtbot: QtBot, parent: QWidget, services: Services
) -> None:
    made = [services.backups.create("manual"), services.backups.create("auto")]
    found = services.backups.all()
    assert {b.id for b in made} <= {b.id for b in found}

    def pick_second(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreBackupDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    expected = sorted(found, key=lambda b: (b.created, b.id), reverse=True)[1].id
    when_shown(RestoreBackupDialog, pick_second)
    assert RestoreBackupDialog.choose(parent, found) == expected

    when_shown(RestoreBackupDialog, press(qtbot, Qt.Key.Key_Escape))
    assert RestoreBackupDialog.choose(parent, found) is None


def test_restore_cannot_be_pressed_with_no_backup(qtbot: QtBot, parent: QWidget) -> None:
    dialog = RestoreBackupDialog([], parent)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.chosen() is None


# -- keyboard shortcuts ------------------------------------------------------------------------
def window_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]


def test_every_shortcut_of_the_window_is_listed_with_the_keys_of_the_controls(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = window_actions(window)
    assert len(actions) >= 10  # Ctrl+I, Ctrl+P, Ctrl+Q, undo, redo, Ctrl+F, Ctrl+1…5, Ctrl+K…
    dialog = ShortcutsDialog.show_for(window, window.findChildren(QAction))
    assert dialog.isVisible() and not dialog.isModal()
    rows = {(keys, what) for _, keys, what in dialog.rows()}
    for action in actions:
        keys = ", ".join(s.toString(NATIVE) for s in action.shortcuts())
        assert (keys, plain_text(action.text()).rstrip("…").strip()) in rows, action.text()
    groups = [group for group, _, _ in dialog.rows()]
    assert "File" in groups and "Edit" in groups and "View" in groups
    keys = [keys for _, keys, _ in dialog.rows()]
    assert "0 to 3" in keys
    assert QKeySequence(Qt.Key.Key_Delete).toString(NATIVE) in " ".join(keys)
    assert QKeySequence(Qt.Key.Key_Home).toString(NATIVE) in " ".join(keys)  # the slider
    # Ctrl+Z is listed once, as the window's own Undo.
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(NATIVE)
    assert sum(1 for k in keys if k.split(", ")[0] == undo) == 1


def test_a_new_action_shows_up_without_touching_the_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = window.menuBar().addMenu("&Tools")
    action = QAction("&Frobnicate…", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    menu.addAction(action)
    dialog = ShortcutsDialog.show_for(window, window.findChildren(QAction))
    assert ("Tools", QKeySequence("Ctrl+Shift+F").toString(NATIVE), "Frobnicate") in (dialog.rows())
    again = ShortcutsDialog.show_for(window, window.findChildren(QAction))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ShortcutsDialog) == [again]  # one at a time


def test_shortcuts_in_spanish(qtbot: QtBot, parent: QWidget, spanish: None) -> None:
    dialog = ShortcutsDialog([], parent)
    qtbot.addWidget(dialog)
    groups = {group for group, _, _ in dialog.rows()}
    assert "En una tarjeta de requisito" in groups
    assert ("De 0 a 3") in [keys for _, keys, _ in dialog.rows()]


# -- the user guide ----------------------------------------------------------------------------
SECTIONS = re.compile(r"^## ", re.M)


def test_the_guide_exists_in_both_languages_with_the_same_sections() -> None:
    english = guide_path("en").read_text(encoding="utf-8")
    spanish = guide_path("es").read_text(encoding="utf-8")
    assert guide_path("es").name == "guide-es.md"
    assert len(SECTIONS.findall(english)) == len(SECTIONS.findall(spanish)) >= 9
    for words in ("This is my role", "target", "Close a check-in", "Report", "half", "blocks"):
        assert words in english, words
    for words in ("Este es mi rol", "nivel objetivo", "Cerrar autoevaluación", "Informe"):
        assert words in spanish, words
    assert "la mitad" in spanish and "bloquea" in spanish
    # The rule of PRODUCT.md feature 5, in plain words: the worked example holds.
    assert "estimate is Middle" in english and "estimado es Intermedio" in spanish


def test_an_unknown_language_falls_back_to_english() -> None:
    assert guide_path("fr") == guide_path("en")


def test_the_guide_is_bundled_like_the_profiles() -> None:
    spec = (ROOT / "packaging" / "skill-ladder.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources" / "help"), "resources/help")' in spec
    assert (resource_root() / "help" / "guide-en.md").is_file()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stack
def test_the_guide_opens_in_the_window_language_and_follows_a_switch(
    qtbot: QtBot, parent: QWidget
) -> None:
    dialog = UserGuideDialog.show_guide(parent, "en")
    assert not dialog.isModal()
    assert dialog.text.toPlainText().startswith("Skill Ladder in five minutes")
    assert "How your level is estimated" in dialog.text.toPlainText()
    translations = Translations()
    try:
        translations.apply("es")  # the locale first, then LanguageChange to every widget
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert dialog.text.toPlainText().startswith("Skill Ladder en cinco minutos")
        assert dialog.windowTitle() == "Guía de uso de Skill Ladder"
    finally:
        translations.clear()
    assert UserGuideDialog.show_guide(parent, "en") is dialog  # brought back, not a second
