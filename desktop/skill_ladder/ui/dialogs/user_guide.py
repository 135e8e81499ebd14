"""Help › User guide: a short guide in the window's language, from Markdown files we write and
ship (resources/help/guide-<language>.md). The guide is our text, not a profile's or a
person's, so Markdown is fine; links are not followed (the app stays offline)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from skill_ladder.paths import resource_root

FALLBACK_LANGUAGE = "en"


def guide_path(language: str) -> Path:
    """The guide in `language` ("en", "es"), or in English when there is none in it."""
    folder = resource_root() / "help"
    wanted = folder / f"guide-{language}.md"
    return wanted if wanted.is_file() else folder / f"guide-{FALLBACK_LANGUAGE}.md"


class UserGuideDialog(QDialog):
    """Not modal: a person reads "press 0 to 3 on a card" and tries it in the window."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)  # nothing to open: no network, no other page
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.language = ""
        self.path = Path()
        self.load(language)
        self.text.setFocus()
        self.resize(720, 640)

    def load(self, language: str) -> None:
        self.setWindowTitle(self.tr("Skill Ladder user guide"))
        self.text.setAccessibleName(self.tr("User guide"))
        if language == self.language:
            return
        self.language = language
        self.path = guide_path(language)
        try:
            self.text.setMarkdown(self.path.read_text(encoding="utf-8"))
        except OSError:  # a damaged install: say so instead of an empty box
            self.text.setPlainText(
                self.tr("The user guide is missing from this installation: %1").replace(
                    "%1", str(self.path)
                )
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """The window switched language: the guide follows (the locale is set first)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.load(QLocale().name().split("_")[0])
        super().changeEvent(event)

    @classmethod
    def show_guide(cls, parent: QWidget, language: str) -> UserGuideDialog:
        """Show the guide in `language` (the window's: "en" or "es") beside the window; a
        guide already open is brought to the front instead of opening a second."""
        dialog = parent.findChild(cls)
        if dialog is None:
            dialog = cls(language, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()  # a new window comes to the front by itself
        else:
            dialog.load(language)
            dialog.show()
            dialog.raise_()  # perhaps behind the window
        dialog.activateWindow()
        return dialog
