"""Starting the Qt application and the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skill_ladder.cli_args import PROG
from skill_ladder.errors import SkillLadderError, StorageFailure
from skill_ladder.paths import AppPaths, resource_root
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.single_instance import SingleInstance, Start

if TYPE_CHECKING:
    from skill_ladder.services.backup_service import BackupService
    from skill_ladder.services.hub import Services

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 30_000
FIRST_PAINT_WAIT_MS = 500
AFTER_START_WAIT_MS = 3_000
TIMING_VARIABLE = "SKILL_LADDER_TIMING"


def application(*, focus_style: bool = True) -> QApplication:
    """The one QApplication. `focus_style=False` leaves the focus ring (`FocusStyle`) for
    later: the window's start installs it after the first paint, as making a Python style
    (PySide6 builds its QStyle type on first use) cost about 7 ms before it (issue 8)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Skill Ladder")
    app.setOrganizationName("skill-ladder")
    QApplication.setDesktopFileName("io.github.skillladder.SkillLadder")
    app.setWindowIcon(QIcon(str(resource_root() / "icons" / "skill-ladder.svg")))
    if focus_style:
        from skill_ladder.ui.style import install_focus_style

        install_focus_style(app)  # the keyboard focus seen on every control (issue 13)
    return app


def install_window_excepthook(window: MainWindow, log_file: Path) -> None:
    """An unexpected error in the window is logged and shown, not swallowed or fatal."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        previous(kind, value, tb)  # logs it
        from skill_ladder.wording import unexpected

        QMessageBox.critical(
            window,
            window.tr("Skill Ladder"),
            unexpected(str(log_file)),
        )

    sys.excepthook = hook


def recover_at_start(
    failure: StorageFailure, backups: BackupService, parent: QWidget | None = None
) -> bool:
    """The database was damaged and set aside: say so, and offer the newest good backup.
    True to go on (restored, or starting empty), False to quit."""
    application()
    from skill_ladder.wording import describe

    newest = backups.newest_good()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Recovery", "Skill Ladder"),
        describe(failure),
        parent=parent,
    )
    if newest is None:
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok
    restore = box.addButton(
        QApplication.translate("Recovery", "Restore the backup of %1").replace(
            "%1", newest.created.astimezone().strftime("%Y-%m-%d %H:%M")
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    empty = box.addButton(
        QApplication.translate("Recovery", "Start empty"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is restore:
        backups.restore(newest.id)
        return True
    return box.clickedButton() is empty


def first_instance(data_dir: Path) -> SingleInstance | None:
    """The lock of this data folder, or None after waking the window that holds it."""
    instance = SingleInstance(data_dir, application(focus_style=False))
    found = instance.acquire()
    if found in (Start.FIRST, Start.UNWRITABLE):  # unwritable: opened read-only (`open_services`)
        return instance
    if found is Start.WOKE_OTHER:
        said = QApplication.translate(
            "Recovery", "Skill Ladder is already open; its window was brought to the front."
        )
    else:
        said = QApplication.translate(
            "Recovery",
            "Skill Ladder is already open on this data folder but does not answer yet; "
            "try again in a moment.",
        )
    sys.stdout.write(said + "\n")
    return None


def run_window(
    paths: AppPaths,
    settings: Settings,
    translations: Translations,
    instance: SingleInstance,
    *,
    smoke: bool,
    open_services: Callable[[AppPaths], Services],
    after_start: Callable[[], threading.Thread | None] = lambda: None,
) -> int:
    """The window on screen first (menus and the remembered header); after its first paint
    the rest of the window, then the data (the storage layer loads only then), so the person
    sees the window at once. Once the data is on screen, the window starts listening for a
    second start (`instance.serve`) and `after_start` runs (the daily backup, on a thread the
    window waits for before it lets go of the folder)."""
    app = application(focus_style=False)  # installed once the window is painted
    window = MainWindow(settings, translations, paths.data_dir, body=False)
    instance.activated.connect(lambda: bring_to_front(window))
    timing = os.environ.get(TIMING_VARIABLE) == "1"
    started = after_done = False
    background: list[threading.Thread] = []

    def run_after_start() -> None:  # once: when the cards are painted, or after a wait
        nonlocal after_done
        if after_done or not started:
            return
        after_done = True
        instance.serve()
        thread = after_start()
        if thread is not None:
            background.append(thread)

    def load() -> None:  # once: on the first paint, or after a wait if none comes
        nonlocal started
        if started:
            return
        started = True
        try:
            from skill_ladder.ui.style import install_focus_style

            install_focus_style(app)
            window.build_body()
            controller = window.controller
            if timing:
                controller.ready.connect(lambda: _stamp("ready"))
            controller.ready.connect(lambda: QTimer.singleShot(0, run_after_start))
            if smoke:
                controller.ready.connect(lambda: QTimer.singleShot(0, app.quit))
            # A second start, meanwhile, brings a question or message to the front.
            services = _open_at_start(
                window, paths, open_services, ask=not smoke, before_asking=instance.serve
            )
            if isinstance(services, int):
                app.exit(services)
                return
            controller.reopen = lambda: open_services(paths)
            window.attach(services)
            QTimer.singleShot(AFTER_START_WAIT_MS, run_after_start)  # cards never painted
        except Exception:  # unforeseen: said in words, and the window does not hang half-open
            from skill_ladder.wording import unexpected

            log.critical("unexpected error while opening the data", exc_info=True)
            if not smoke:
                instance.serve()  # a second start, meanwhile, brings the message to the front
            _say(window, unexpected(str(paths.log)), ask=not smoke)
            app.exit(1)
        finally:
            # The start is over, however it ended: what it made lives as long as the window,
            # so it is set apart from the collector's work before collection resumes (the
            # collector was off from the start: see app.main).
            gc.freeze()
            gc.enable()

    if timing:  # connected first: stamped before anything else is built or loaded
        window.first_painted.connect(lambda: _stamp("window"))
    window.first_painted.connect(load)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, load)  # a window that is never exposed still loads
    if smoke:
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
    else:
        install_window_excepthook(window, paths.log)
    window.show()
    code = app.exec()
    for thread in background:  # the daily backup finishes before the folder is let go
        thread.join()
    if window.has_body and window.controller.attached:
        window.controller.services.database.close()
    instance.release()
    return code


def _stamp(moment: str) -> None:
    """For `make bench`: when a start-up moment happened, on the wall clock."""
    sys.stderr.write(f"{TIMING_VARIABLE} {moment} {time.time():.6f}\n")


def _say(window: MainWindow, message: str, *, ask: bool) -> None:
    """Why the window cannot go on: one line on standard error and, unless `--smoke`, a
    message in front of the window."""
    sys.stderr.write(f"{PROG}: {message}\n")
    if ask:
        box = QMessageBox(
            QMessageBox.Icon.Critical, window.tr("Skill Ladder"), message, parent=window
        )
        box.exec()


def _open_at_start(
    window: MainWindow,
    paths: AppPaths,
    open_services: Callable[[AppPaths], Services],
    *,
    ask: bool,
    before_asking: Callable[[], None] = lambda: None,
) -> Services | int:
    """The services, after offering a backup if the database was damaged (when `ask`); else
    the exit code, after saying why (`_say`). `before_asking` runs before any question or
    message is shown."""
    from skill_ladder.wording import error_line

    try:
        try:
            return open_services(paths)
        except StorageFailure as failure:
            if failure.code != "database.damaged" or not ask:
                raise
            before_asking()
            if not recover_at_start(failure, paths.backup_service(), window):
                return 1
            return open_services(paths)
    except SkillLadderError as error:
        log.error("cannot open the data: %s", error)
        if ask:
            before_asking()
        _say(window, error_line(error), ask=ask)
        return error.exit_code


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def say_before_window(text: str) -> None:
    """A refusal that stops the window before it opens (the data folder cannot be used), in
    a message box: started from a menu, nobody reads stderr."""
    QMessageBox.critical(None, QApplication.translate("Messages", "Skill Ladder"), text)
