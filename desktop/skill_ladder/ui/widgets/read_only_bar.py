"""The lasting bar above the pages when nothing can be saved (issue 15, item 9): the disk is
full or the data folder cannot be written. It says why, what still works (reading, export,
the report) and what to do; it stays until the window closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.wording import fill

FULL = "full"  # `storage.database.unwritable`'s reasons
READ_ONLY = "read_only"


class ReadOnlyBar(Retranslatable, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = plain_label(self, wrap=True, selectable=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        self.reason = ""
        self.folder = ""
        self.setVisible(False)

    def show_reason(self, reason: str, folder: str) -> None:
        """Show the bar for `reason` (FULL or READ_ONLY) about the data folder `folder`."""
        self.reason, self.folder = reason, folder
        self.retranslate_ui()
        self.setVisible(True)

    def retranslate_ui(self) -> None:
        if self.reason == FULL:
            text = self.tr(
                "The disk holding your data is full: nothing can be saved. Your ratings and "
                "notes are shown read-only; export and the report still work. Free some space, "
                "then start Skill Ladder again."
            )
        elif self.reason:
            text = self.tr(
                "This folder cannot be written: %1. Your data is shown read-only: rating and "
                "notes are off; export and the report still work."
            )
            text = fill(text, self.folder)
        else:
            text = ""
        self.message.setText(text)
        self.message.setAccessibleName(text)
