"""The remembered team connection (`team connect`), read without loading psycopg: the window
asks whether there is one before any team action (issue 17: psycopg loads on the first team
action only)."""

from __future__ import annotations

import json
from pathlib import Path

REMEMBERED = "team.json"  # in the data folder: the connection string, never a password


def remembered_url(data_dir: Path) -> str | None:
    """The connection string `team connect` remembered in `data_dir`, None if there is none."""
    try:
        value = json.loads((data_dir / REMEMBERED).read_text(encoding="utf-8")).get("db")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value.strip() else None
