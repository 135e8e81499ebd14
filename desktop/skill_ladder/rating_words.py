"""The rating scale in words, letters and colours, for every view that shows a rating."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from skill_ladder.domain.rating import Rating

translate = QCoreApplication.translate
Translate = Callable[..., str]  # QCoreApplication.translate, or a report's own language


def rating_label(rating: Rating | None, translate: Translate = translate) -> str:
    labels = {
        None: translate("Rating", "Not rated"),
        Rating.NOT_YET: translate("Rating", "Not yet"),
        Rating.WORKING_TOWARDS: translate("Rating", "Working towards"),
        Rating.MEETS: translate("Rating", "Meets"),
        Rating.EXCEEDS: translate("Rating", "Exceeds"),
    }
    return labels[rating]


def change_kind_labels(translate: Translate = translate) -> dict[str, str]:
    """The kinds of change between two check-ins (`ChangeView.kind`), for "What changed" and the
    report's growth section."""
    return {
        "up": translate("Rating", "Up"),
        "down": translate("Rating", "Down"),
        "new": translate("Rating", "Newly rated"),
        "cleared": translate("Rating", "Cleared"),
        "text": translate("Rating", "Reworded"),
    }


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


def readiness_caption(
    required_met: int,
    required_total: int,
    optional_met: int,
    optional_total: int,
    translate: Translate = translate,
) -> str:
    """ "1/2 required", or "1/3 optional" where nothing is required."""
    if required_total:
        text, met, total = translate("Rating", "%1/%2 required"), required_met, required_total
    elif optional_total:
        text, met, total = translate("Rating", "%1/%2 optional"), optional_met, optional_total
    else:
        return translate("Rating", "nothing to rate")
    return text.replace("%1", str(met)).replace("%2", str(total))


def estimation_rule(translate: Translate = translate) -> str:
    """The rule of `domain.readiness`, in plain words (the window and the report show it)."""
    return translate(
        "Rating",
        "A level is met when all its required requirements are rated Meets or Exceeds. "
        "A level with only optional requirements is met when at least half of them are. "
        "A level with required requirements that is not met blocks the levels above it; "
        "optional-only levels never block. The estimated level is the highest met level "
        "with no blocking level at or below it. Readiness counts the required requirements "
        "met (or the optional ones where nothing is required). The gaps are the unmet "
        "requirements up to the level after the estimate, required first.",
    )


def required_label(required: bool, translate: Translate = translate) -> str:
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
