"""Issue 14, point 5: a requirement reworded since it was rated, and a text shown in English
for want of a translation, are marked in `status`, `plan` and `profile show` (plain and JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from skill_ladder.catalog.synthetic import synthetic_document
from tests.conftest import Cli


def _framework(version: int, reworded: bool) -> dict[str, Any]:
    doc = synthetic_document(key="marks", skills=1, roles=1, levels=2, per_cell=2, version=version)
    requirements = doc["skills"][0]["requirements"]
    requirements[0]["text"] = {"en": "Only in English."}
    requirements[1]["text"] = (
        {"en": "Reworded text.", "es": "Texto reformulado."}
        if reworded
        else {"en": "Original text.", "es": "Texto original."}
    )
    return doc


def test_reworded_and_english_marks(cli: Cli, tmp_path: Path) -> None:
    first = tmp_path / "v1.json"
    first.write_text(json.dumps(_framework(1, reworded=False)))
    assert cli("profile", "import", str(first)).code == 0
    key = "marks-skill-1-role-1-l1-2"
    assert cli("rate", "marks", "role-1", "l1", "not-yet", "--requirement", key).code == 0
    second = tmp_path / "v2.json"
    second.write_text(json.dumps(_framework(2, reworded=True)))
    assert cli("profile", "import", str(second)).code == 0

    status = cli("status", "marks", "role-1", "--json", lang="es").json()
    by_key = {g["key"]: g for g in status["gaps"]}
    assert by_key[key]["text_changed"] is True and by_key[key]["text_language"] == "es"
    english = by_key["marks-skill-1-role-1-l1-1"]
    assert english["text_changed"] is False and english["text_language"] == "en"

    plain = cli("status", "marks", "role-1", lang="en").out
    assert "Reworded text. [text changed since rated]" in plain
    plan = cli("plan", "marks", "role-1").out
    assert "Reworded text. [text changed since rated]" in plan
    steps = cli("plan", "marks", "role-1", "--json").json()["steps"]
    marked = {r["key"]: r["text_changed"] for s in steps for r in s["requirements"]}
    assert marked[key] is True
    shown = cli("profile", "show", "marks", "--lang", "es").out
    assert "Only in English. (English)" in shown or "Only in English. (inglés)" in shown
    detail = cli("profile", "show", "marks", "--lang", "es", "--json").json()
    languages = {r["key"]: r["text_language"] for r in detail["requirements"]}
    assert languages["marks-skill-1-role-1-l1-1"] == "en" and languages[key] == "es"
