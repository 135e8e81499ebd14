"""Small profile documents for tests: 3 and 9 levels, no roles, several requirements a cell."""

from __future__ import annotations

import copy
import json
from typing import Any

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.paths import resource_root

BUNDLED = resource_root() / "profiles" / "ml-engineering.json"


def bundled_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return document


def three_levels() -> dict[str, Any]:
    return synthetic_document(key="three", skills=2, roles=2, levels=3)


def nine_levels() -> dict[str, Any]:
    return synthetic_document(key="nine", skills=1, roles=3, levels=9)


def no_roles() -> dict[str, Any]:
    return synthetic_document(key="roleless", skills=2, roles=0, levels=4)


def multi_cell() -> dict[str, Any]:
    return synthetic_document(key="multi", skills=2, roles=2, levels=3, per_cell=3)


def with_changes(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A deep copy of `document` with top-level fields replaced."""
    changed = copy.deepcopy(document)
    changed.update(changes)
    return changed
