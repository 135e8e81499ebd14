"""The main window. For now a read-only view of the installed profiles; the full window
(role picker, level slider, cards, rating) is built on the same services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from skill_ladder.services import Services
from skill_ladder.settings import Settings


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: Settings, language: str) -> None:
        super().__init__()
        self._services = services
        self._settings = settings
        self._language = language
        self._profiles = QListWidget()
        self._header = QLabel()
        self._header.setTextFormat(Qt.TextFormat.PlainText)
        self._header.setWordWrap(True)
        self._header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self._header)
        splitter = QSplitter()
        splitter.addWidget(self._profiles)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.resize(960, 640)
        self._keys: list[str] = []
        self._profiles.currentRowChanged.connect(self._show_profile)
        self.retranslate_ui()
        self._load()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Skill Ladder"))
        self._profiles.setAccessibleName(self.tr("Skill profiles"))
        self._header.setAccessibleName(self.tr("Selected profile"))

    def _load(self) -> None:
        summaries = self._services.catalog.list_profiles(self._language)
        self._keys = [s.key for s in summaries]
        self._profiles.addItems([s.name for s in summaries])
        if summaries:
            self._profiles.setCurrentRow(0)

    def _show_profile(self, row: int) -> None:
        if row < 0:
            return
        detail = self._services.catalog.show(self._keys[row], self._language)
        counts = self.tr("%1 roles · %2 levels · %3 required · %4 optional")
        for index, value in enumerate(
            (
                detail.counts.roles,
                detail.counts.levels,
                detail.counts.required,
                detail.counts.optional,
            ),
            start=1,
        ):
            counts = counts.replace(f"%{index}", str(value))
        self._header.setText(
            "\n".join([detail.name, detail.summary, f"{detail.domain} › {detail.group}", counts])
        )
