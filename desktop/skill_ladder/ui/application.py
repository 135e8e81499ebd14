"""Starting the Qt application and the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from skill_ladder.errors import StorageFailure
from skill_ladder.paths import resource_root
from skill_ladder.services import Services
from skill_ladder.services.backup_service import BackupService
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.ui.single_instance import SingleInstance
from skill_ladder.ui.style import STYLE_SHEET

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 30_000


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Skill Ladder")
    app.setOrganizationName("skill-ladder")
    QApplication.setDesktopFileName("io.github.skillladder.SkillLadder")
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(QIcon(str(resource_root() / "icons" / "skill-ladder.svg")))
    return app


def install_window_excepthook(window: MainWindow) -> None:
    """An unexpected error in the window is logged and shown, not swallowed or fatal."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        previous(kind, value, tb)  # logs it
        from skill_ladder.wording import unexpected

        QMessageBox.critical(
            window,
            window.tr("Skill Ladder"),
            unexpected(str(window.controller.services.database.path.parent / "skill-ladder.log")),
        )

    sys.excepthook = hook


def recover_at_start(failure: StorageFailure, backups: BackupService) -> bool:
    """The database was damaged and set aside: say so, and offer the newest good backup.
    True to go on (restored, or starting empty), False to quit."""
    application()
    from skill_ladder.wording import describe

    newest = backups.newest_good()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Recovery", "Skill Ladder"),
        describe(failure),
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
    instance = SingleInstance(data_dir, application())
    if instance.acquire():
        return instance
    sys.stdout.write(
        QApplication.translate(
            "Recovery", "Skill Ladder is already open; its window was brought to the front."
        )
        + "\n"
    )
    return None


def run_window(
    services: Services,
    settings: Settings,
    translations: Translations,
    instance: SingleInstance,
    *,
    smoke: bool,
    reopen: Callable[[], Services] | None = None,
) -> int:
    app = application()
    window = MainWindow(services, settings, translations)
    if reopen is not None:
        window.controller.reopen = reopen
    instance.activated.connect(lambda: bring_to_front(window))
    if smoke:
        window.controller.ready.connect(lambda: QTimer.singleShot(0, app.quit))
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
    else:
        install_window_excepthook(window)
    window.show()
    code = app.exec()
    services.database.close()
    instance.release()
    return code


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
