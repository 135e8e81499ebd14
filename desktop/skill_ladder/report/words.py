"""The report's own language: a translator of its own, so a Spanish window can print an
English report (and back) without switching the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from skill_ladder.translations import locale_for, translations_dir


class ReportWords:
    def __init__(self, language: str) -> None:
        self.language = language
        self.locale: QLocale = locale_for(language)
        self._translator = QTranslator(QCoreApplication.instance())
        self._loaded = self._translator.load(f"skill_ladder_{language}", str(translations_dir()))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like QCoreApplication.translate, but in this report's language only."""
        found = (
            self._translator.translate(context, source, disambiguation, n) if self._loaded else ""
        )
        text = found or source
        if n >= 0:
            text = text.replace("%n", self.locale.toString(n))
        return text

    def date(self, value: QDate) -> str:
        # The pattern itself is translated: "17 March 2026", "17 de marzo de 2026".
        return self.locale.toString(value, self.translate("ReportWords", "d MMMM yyyy"))

    def moment(self, value: QDate) -> str:
        return self.locale.toString(value, "d MMM yyyy")

    def percent(self, value: float) -> str:
        number = self.locale.toString(round(value * 100))
        return self.translate("Format", "%1%").replace("%1", number)
