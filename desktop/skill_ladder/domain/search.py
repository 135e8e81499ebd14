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


Span = tuple[int, int]  # (start, length) in the original text


def words_of(query: str) -> list[str]:
    """The words of a search, folded: every one of them must be found."""
    return fold(query).split()


def fold_with_map(text: str) -> tuple[str, list[int], list[int]]:
    """`fold(text)`, with, for each of its characters, where the original characters it came
    from start and end in `text` (folding changes lengths: "ß" gives "ss", "é" gives "e"
    once its accent is taken off, "ﬁ" gives "fi").

    A letter is folded with the combining marks that follow it, as `fold` sees them
    (decomposition reorders marks only among themselves), so the folded text is `fold(text)`."""
    if text.isascii():
        positions = list(range(len(text)))
        return text.casefold(), positions, [p + 1 for p in positions]
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    start = 0
    length = len(text)
    while start < length:
        end = start + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        folded = fold(text[start:end])
        pieces.append(folded)
        starts += [start] * len(folded)
        ends += [end] * len(folded)
        start = end
    return "".join(pieces), starts, ends


def find_spans(text: str, words: list[str]) -> tuple[Span, ...]:
    """Where the folded `words` (`words_of`) occur in `text`, every occurrence, as spans of
    the original text, in order; spans that overlap or touch are merged into one."""
    if not words or not text:
        return ()
    folded, starts, ends = fold_with_map(text)
    found: list[tuple[int, int]] = []
    for word in words:
        if not word:
            continue
        at = folded.find(word)
        while at >= 0:
            found.append((starts[at], ends[at + len(word) - 1]))
            at = folded.find(word, at + 1)
    found.sort()
    merged: list[list[int]] = []
    for begin, end in found:
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([begin, end])
    return tuple((begin, end - begin) for begin, end in merged)
