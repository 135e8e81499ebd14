"""How a search compares text: without case or accents, so "metricas" finds "métricas" and
"INGENIERO" finds "Ingeniero/a"."""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile("[\u0300-\u036f]")  # combining accents, once decomposed


def fold(text: str) -> str:
    """`text` as a search compares it: case-folded, accents taken off the letters."""
    if text.isascii():
        return text.casefold()
    # Decomposed first: "ℌ" becomes "H", and then "h"; "é" becomes "e" and an accent.
    return _MARKS.sub("", unicodedata.normalize("NFKD", text).casefold())
