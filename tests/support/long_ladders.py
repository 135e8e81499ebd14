"""Generated frameworks for the slider and the matrix: nine levels with long names and no
`short` names (the format allows it), and a framework with many requirements a cell."""

from __future__ import annotations

from typing import Any

from skill_ladder.catalog.synthetic import synthetic_document

LONG_LEVELS_EN = (
    "Graduate Engineer in Training",
    "Junior Software Engineer",
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Software Engineer",
    "Senior Staff Engineer",
    "Principal Engineer",
    "Distinguished Engineer",
    "Vice President or Director of Engineering",
)
LONG_LEVELS_ES = (
    "Ingeniero en formación",
    "Ingeniero de software júnior",
    "Ingeniero de software",
    "Ingeniero de software sénior",
    "Ingeniero de software staff",
    "Ingeniero staff sénior",
    "Ingeniero principal",
    "Ingeniero distinguido",
    "Vicepresidente o Director de ingeniería",
)


def long_level_names(key: str = "longnames", **sizes: Any) -> dict[str, Any]:
    """Nine levels named as a real career framework names them, without short names."""
    document = synthetic_document(key=key, levels=9, **sizes)
    for level, english, spanish in zip(
        document["levels"], LONG_LEVELS_EN, LONG_LEVELS_ES, strict=True
    ):
        level["name"] = {"en": english, "es": spanish}
        del level["short"]
    return document


def many_per_cell(key: str = "dense") -> dict[str, Any]:
    """25 skills × 9 levels × 5 roles × 9 requirements a cell: 10,125 requirements, about 30%
    optional. A matrix for one role has 25 × 9 cells of 9 requirements; for all roles, 45."""
    return long_level_names(key=key, skills=25, roles=5, per_cell=9, text_words=8)
