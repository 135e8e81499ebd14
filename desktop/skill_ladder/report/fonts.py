"""The font shipped in resources/fonts, registered once, so every machine renders the report
the same way (accents included) and the PDF embeds it."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from skill_ladder.paths import resource_root

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
FALLBACK_FAMILY = "DejaVu Sans"


@cache
def report_family() -> str:
    """Register the shipped font files (needs a QGuiApplication) and return their family."""
    family = FALLBACK_FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_root() / "fonts" / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family
