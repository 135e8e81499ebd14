"""The bundled MLflow profile is the seed page, word for word, with a Spanish text for all."""

from __future__ import annotations

import re

from skill_ladder.catalog.validation import parse_profile
from skill_ladder.domain.profile import LANGUAGES
from tests.support.profiles import BUNDLED
from tests.support.seed_page import SEED_LEVELS, SEED_ROLES, parse_seed_page

FRAMEWORK = parse_profile(BUNDLED.read_bytes())
MLFLOW = FRAMEWORK.skills[0]
LEVEL_KEYS = ["junior", "middle", "senior", "lead", "principal"]
ROLE_KEYS = [
    "computer-vision-engineer",
    "data-scientist",
    "llm-engineer",
    "ml-engineer",
    "mlops-engineer",
    "nlp-engineer",
]


def test_seed_page_parses_into_thirty_cells() -> None:
    cells = parse_seed_page()
    assert len(cells) == 30
    assert sum(c.required for c in cells) == 22


def test_every_cell_of_the_seed_matches_word_for_word() -> None:
    by_cell = {(r.role, r.level): r for r in MLFLOW.requirements}
    level_key = dict(zip(SEED_LEVELS, LEVEL_KEYS, strict=True))
    role_key = dict(zip(SEED_ROLES, ROLE_KEYS, strict=True))
    cells = parse_seed_page()
    for cell in cells:
        req = by_cell[(role_key[cell.role], level_key[cell.level])]
        assert req.text["en"] == cell.description, (cell.role, cell.level)
        assert req.required == cell.required, (cell.role, cell.level)
        assert req.key == f"mlflow-{role_key[cell.role]}-{level_key[cell.level]}"
    assert len(MLFLOW.requirements) == len(cells) == 30


def test_header_facts_of_the_seed() -> None:
    assert MLFLOW.key == "mlflow"
    assert MLFLOW.name["en"] == "MLflow"
    assert MLFLOW.summary["en"] == "MLflow tracking, model registry, serving, projects"
    assert MLFLOW.domain["en"] == "Machine Learning & AI"
    assert MLFLOW.group["en"] == "MLOps"
    assert MLFLOW.updated.isoformat() == "2026-03-17"
    assert [lv.key for lv in FRAMEWORK.levels] == LEVEL_KEYS
    assert [lv.name["en"] for lv in FRAMEWORK.levels] == list(SEED_LEVELS)
    assert [lv.short["en"] for lv in FRAMEWORK.levels] == ["Jun", "Mid", "Sen", "Lead", "Princ"]
    assert [r.key for r in FRAMEWORK.roles] == ROLE_KEYS
    assert [r.name["en"] for r in FRAMEWORK.roles] == list(SEED_ROLES)


def test_junior_and_middle_require_only_ml_and_nlp_engineers_senior_up_everyone() -> None:
    for req in MLFLOW.requirements:
        early = req.level in ("junior", "middle")
        expected = req.role in ("ml-engineer", "nlp-engineer") if early else True
        assert req.required == expected, req.key


def _all_texts() -> list[tuple[str, dict[str, str]]]:
    texts: list[tuple[str, dict[str, str]]] = [("framework", dict(FRAMEWORK.name))]
    texts += [(f"level {lv.key}", dict(lv.name)) for lv in FRAMEWORK.levels]
    texts += [(f"level short {lv.key}", dict(lv.short)) for lv in FRAMEWORK.levels]
    texts += [(f"role {r.key}", dict(r.name)) for r in FRAMEWORK.roles]
    for field in ("name", "summary", "domain", "group"):
        texts.append((field, dict(getattr(MLFLOW, field))))
    texts += [(r.key, dict(r.text)) for r in MLFLOW.requirements]
    return texts


def test_every_text_has_english_and_spanish() -> None:
    for where, text in _all_texts():
        assert set(text) == set(LANGUAGES), where
        assert text["es"].strip(), where


def test_spanish_descriptions_are_translations_not_copies() -> None:
    for req in MLFLOW.requirements:
        assert req.text["es"] != req.text["en"], req.key
        # The same technical identifiers survive translation.
        for code in re.findall(r"mlflow\.\w+", req.text["en"]):
            assert code in req.text["es"], (req.key, code)
