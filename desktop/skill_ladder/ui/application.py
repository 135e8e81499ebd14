"""Starting the Qt application and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from skill_ladder.services import Services
from skill_ladder.settings import Settings
from skill_ladder.ui.main_window import MainWindow


def run_window(services: Services, settings: Settings, language: str, *, smoke: bool) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Skill Ladder")
    QApplication.setDesktopFileName("io.github.skill_ladder.SkillLadder")
    window = MainWindow(services, settings, language)
    window.show()
    if smoke:
        QTimer.singleShot(0, app.quit)
    return app.exec()
