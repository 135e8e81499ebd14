"""Text from files and notes made safe to print: control characters shown as escapes.

A shared data file's note printed raw by `checkin list` could set the terminal's title, clear
the screen or write the clipboard (OSC 52), and bidirectional overrides can make a line read
differently from what it holds. All non-JSON output of the command line (to a terminal or
not) shows C0 controls but tab and line feed, DEL, C1 controls, the bidirectional embeddings,
overrides and isolates, and the line and paragraph separators as visible escapes; inside a
one-line listing, line breaks and tabs too.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_HIDDEN_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` with every control character shown as an escape (`\\x1b`, `\\u202e`); with
    `one_line`, line breaks and tabs as `\\n` and `\\t` too."""
    return (_HIDDEN_IN_LINE if one_line else _HIDDEN).sub(_escape, text)


class VisibleOutput:
    """A text stream that shows control characters as escapes in all that is written to it
    (the line breaks and tabs of the output's own layout pass). `raw` is the stream itself,
    for JSON (which escapes by its own rules)."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return self.raw.write(visible(text))

    def flush(self) -> None:
        self.raw.flush()


def print_json(value: Any, out: TextIO | VisibleOutput) -> None:
    """`value` as JSON on `out`, raw: JSON escapes by its own rules."""
    import json

    stream = out.raw if isinstance(out, VisibleOutput) else out
    json.dump(value, stream, ensure_ascii=False, indent=2, default=str)
    stream.write("\n")
