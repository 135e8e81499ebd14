"""Preferences (language, last view, window geometry) in a small JSON file in the data folder.

Unknown or damaged content falls back to defaults and is logged, never fatal: preferences are
not precious. Written through the atomic-write helper, without fsync (at every change of
view), and a failed write is logged, not raised.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from skill_ladder.atomic_write import write_atomic
from skill_ladder.errors import StorageFailure

log = logging.getLogger(__name__)

LANGUAGE_SYSTEM = "system"


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
            self._values = values

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
