"""A `Framework` written back as a profile document (the inverse of `validation.parse_profile`)."""

from __future__ import annotations

import json
from typing import Any

from skill_ladder.catalog.format import FORMAT_NAME, FORMAT_VERSION
from skill_ladder.domain.profile import Framework


def framework_document(framework: Framework) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "key": framework.key,
        "name": dict(framework.name),
        "levels": [
            {"key": lv.key, "name": dict(lv.name), "short": dict(lv.short)}
            for lv in framework.levels
        ],
    }
    if framework.has_roles:
        doc["roles"] = [{"key": r.key, "name": dict(r.name)} for r in framework.roles]
    doc["skills"] = [
        {
            "key": s.key,
            "name": dict(s.name),
            "summary": dict(s.summary),
            "domain": dict(s.domain),
            "group": dict(s.group),
            "version": s.version,
            "updated": s.updated.isoformat(),
            "requirements": [
                {
                    "key": r.key,
                    **({"role": r.role} if framework.has_roles else {}),
                    "level": r.level,
                    "required": r.required,
                    "text": dict(r.text),
                }
                for r in s.requirements
            ],
        }
        for s in framework.skills
    ]
    return doc


def dump_profile(framework: Framework) -> bytes:
    text = json.dumps(framework_document(framework), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
