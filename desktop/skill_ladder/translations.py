"""Loading the translations of a language: Qt's own (`qtbase_<lang>.qm`, so standard buttons
and dialogs speak it too) first, then ours (`skill_ladder_<lang>.qm`), and the matching locale
for dates and numbers. Installing them makes Qt send LanguageChange to every widget."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """Where our compiled `.qm` files are: beside the package's modules (source checkout,
    wheel) or in a PyInstaller bundle (`sys._MEIPASS`)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "skill_ladder" / "translations"
    return Path(__file__).resolve().parent / "translations"


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks `language` (its country's formats), else the
    language's usual one."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


class Translations:
    """The translators installed for the current language; `apply` swaps them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ""

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QCoreApplication must exist before translations are loaded")
        self.clear()
        QLocale.setDefault(locale_for(language))
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._install(qt)
        ours = QTranslator(app)
        if ours.load(f"skill_ladder_{language}", str(translations_dir())):
            self._install(ours)
        elif language != "en":
            log.warning("no compiled translation for %s in %s", language, translations_dir())
        self.language = language
        # Deliver the LanguageChange events now, so every widget has its new words on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def clear(self) -> None:
        """Remove the translators this object installed (back to the source language)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
