"""Preferences (language, last view, window geometry) in a small JSON file in the data folder.

Unknown or damaged content falls back to defaults and is logged, never fatal: preferences are
not precious. Written through the atomic-write helper, without fsync (at every change of
view), and a failed write is logged, not raised.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skill_ladder.atomic_write import write_atomic
from skill_ladder.errors import StorageFailure

log = logging.getLogger(__name__)

LANGUAGE_SYSTEM = "system"


def _base64(value: Any) -> bool:
    import base64
    import binascii

    try:
        return isinstance(value, str) and bool(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        return False


def _scope(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("framework"), str)
        and isinstance(value.get("skills", []), list)
        and all(isinstance(s, str) for s in value.get("skills", []))
    )


# The preferences the window reads, and the shape each must have.
_CHECKS: dict[str, Callable[[Any], bool]] = {
    "geometry": _base64,
    "splitter": _base64,
    "tab": lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 100,
    "role": lambda v: isinstance(v, str),
    "level": lambda v: isinstance(v, str),
    "scope": _scope,
    "language": lambda v: v in ("en", "es", LANGUAGE_SYSTEM),
    "header": lambda v: isinstance(v, dict),
}


class Settings:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            log.warning("cannot read settings %s: %s", self._path, error)
            return
        try:
            values = json.loads(raw)
        except (ValueError, RecursionError):
            log.warning("settings file %s is not JSON; using defaults", self._path)
            return
        if isinstance(values, dict):
            self._values = {k: v for k, v in values.items() if self._sound(k, v)}

    def _sound(self, key: str, value: Any) -> bool:
        """Whether a known preference has the shape the window reads (settings are a file a
        person may edit: `"geometry": "!!!"` stopped every start). A bad one is dropped and
        logged; the window then uses its default."""
        check = _CHECKS.get(key)
        if check is None or value is None or check(value):
            return True
        log.warning("settings %s: ignored a bad %r (%.60r)", self._path, key, value)
        return False

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        if self._values.get(key) == value:
            return
        self._values[key] = value
        data = json.dumps(self._values, ensure_ascii=False, indent=2, sort_keys=True)
        try:  # every change of role, level or view: not flushed to disk, never in the way
            write_atomic(self._path, data.encode("utf-8"), create_folder=True, durable=False)
        except StorageFailure as error:
            log.warning("preferences not saved: %s", error)

    @property
    def language(self) -> str:
        value = self.get("language", LANGUAGE_SYSTEM)
        return value if value in ("en", "es", LANGUAGE_SYSTEM) else LANGUAGE_SYSTEM
