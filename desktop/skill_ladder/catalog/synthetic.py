"""Synthetic frameworks of any size, for tests and benchmarks.

`synthetic_document(skills=200, roles=10, levels=9, per_cell=1)` gives a profile document
(the JSON structure of docs/profile-format.md) with skills × roles × levels × per_cell
requirements; `roles=0` gives a role-less framework. Texts are deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from datetime import date
from typing import Any

from skill_ladder.catalog.format import FORMAT_NAME, FORMAT_VERSION

_VOCABULARY = """
designs builds reviews automates documents measures mentors scales secures tests pipelines
models services experiments dashboards standards teams datasets releases across with for the
and of reliable reproducible shared production internal
"""
_WORDS = _VOCABULARY.split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def synthetic_document(
    *,
    skills: int = 3,
    roles: int = 2,
    levels: int = 5,
    per_cell: int = 1,
    key: str = "synthetic",
    version: int = 1,
    seed: int = 0,
    text_words: int = 24,
    spanish: bool = True,
) -> dict[str, Any]:
    rng = random.Random(seed)

    def texts(english: str) -> dict[str, str]:
        return {"en": english, "es": f"[es] {english}"} if spanish else {"en": english}

    level_keys = [f"l{n + 1}" for n in range(levels)]
    role_keys = [f"role-{n + 1}" for n in range(roles)]
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "key": key,
        "name": texts(f"Synthetic framework {key}"),
        "levels": [
            {"key": k, "name": texts(f"Level {n + 1}"), "short": texts(f"L{n + 1}")}
            for n, k in enumerate(level_keys)
        ],
    }
    if roles:
        doc["roles"] = [{"key": k, "name": texts(f"Role {n + 1}")} for n, k in enumerate(role_keys)]
    doc["skills"] = []
    for s in range(skills):
        skill_key = f"{key}-skill-{s + 1}"
        requirements = []
        for level in level_keys:
            for role in role_keys or [""]:
                for c in range(per_cell):
                    req_key = f"{skill_key}-{role or 'all'}-{level}-{c + 1}"
                    req: dict[str, Any] = {"key": req_key}
                    if role:
                        req["role"] = role
                    req["level"] = level
                    req["required"] = rng.random() < 0.7
                    req["text"] = texts(_sentence(rng, text_words))
                    requirements.append(req)
        doc["skills"].append(
            {
                "key": skill_key,
                "name": texts(f"Skill {s + 1}"),
                "summary": texts(_sentence(rng, 8)),
                "domain": texts(f"Domain {s % 4 + 1}"),
                "group": texts(f"Group {s % 9 + 1}"),
                "version": version,
                "updated": date(2026, 1, 1 + s % 28).isoformat(),
                "requirements": requirements,
            }
        )
    return doc


def synthetic_bytes(**sizes: Any) -> bytes:
    return json.dumps(synthetic_document(**sizes), ensure_ascii=False).encode("utf-8")
