"""Which language a run speaks: an explicit choice, the saved preference, or the system's."""

from __future__ import annotations

import os

SUPPORTED = ("en", "es")


def system_language() -> str:
    """Any Spanish locale gives Spanish, anything else English (as Qt reads the POSIX variables)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def choose_language(explicit: str | None, saved: str | None) -> str:
    for candidate in (explicit, saved):
        if candidate in SUPPORTED:
            return candidate
    return system_language()
