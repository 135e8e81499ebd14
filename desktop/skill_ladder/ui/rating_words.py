"""The rating scale in words, letters and colours, for every view that shows a rating."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from skill_ladder.domain.rating import Rating

translate = QCoreApplication.translate


def rating_label(rating: Rating | None) -> str:
    labels = {
        None: translate("Rating", "Not rated"),
        Rating.NOT_YET: translate("Rating", "Not yet"),
        Rating.WORKING_TOWARDS: translate("Rating", "Working towards"),
        Rating.MEETS: translate("Rating", "Meets"),
        Rating.EXCEEDS: translate("Rating", "Exceeds"),
    }
    return labels[rating]


def rating_letter(rating: Rating | None) -> str:
    """A one-letter mark, so a coloured view is readable without colour."""
    letters = {
        None: translate("Rating", "–"),
        Rating.NOT_YET: translate("Rating", "N", "letter for Not yet"),
        Rating.WORKING_TOWARDS: translate("Rating", "W", "letter for Working towards"),
        Rating.MEETS: translate("Rating", "M", "letter for Meets"),
        Rating.EXCEEDS: translate("Rating", "E", "letter for Exceeds"),
    }
    return letters[rating]


def required_label(required: bool) -> str:
    return translate("Rating", "Required") if required else translate("Rating", "Optional")


_HUES = {Rating.NOT_YET: 0, Rating.WORKING_TOWARDS: 38, Rating.MEETS: 130, Rating.EXCEEDS: 205}


def rating_color(rating: Rating | None, palette: QPalette) -> QColor:
    """A fill colour readable in light and dark schemes: the hue says the rating, the
    lightness follows the palette's base colour."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < 0.5
    if rating is None:
        return palette.color(QPalette.ColorRole.AlternateBase)
    saturation = 0.55 if dark else 0.6
    lightness = 0.32 if dark else 0.82
    return QColor.fromHslF(_HUES[rating] / 360, saturation, lightness)
