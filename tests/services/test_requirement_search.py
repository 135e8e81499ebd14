"""Searching requirements (`CatalogService.search_requirements`): what a search finds, where
its words are in what is shown, the order, the cap and the total, at 18,000 requirements."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.domain.search import fold
from skill_ladder.services.hub import Services
from skill_ladder.services.requirement_search import RequirementHit, SearchResults


def _import(services: Services, document: dict[str, Any]) -> None:
    services.catalog.import_bytes(json.dumps(document, ensure_ascii=False).encode("utf-8"))


def _marked(hit: RequirementHit) -> list[str]:
    """The pieces of the shown text the spans mark."""
    return [hit.text[start : start + length] for start, length in hit.text_spans]


def test_a_word_in_one_requirement_text_finds_that_requirement(services: Services) -> None:
    found = services.catalog.search_requirements("perplexity", "en")
    assert found.total == 1
    (hit,) = found.hits
    assert (hit.key, hit.framework, hit.skill, hit.role, hit.level) == (
        "mlflow-llm-engineer-junior",
        "ml-engineering",
        "mlflow",
        "llm-engineer",
        "junior",
    )
    assert (hit.skill_name, hit.role_name, hit.level_name) == ("MLflow", "LLM Engineer", "Junior")
    assert hit.text.startswith("Logs LLM fine-tuning runs in MLflow")
    assert hit.matched_in == ("text",)
    assert _marked(hit) == ["perplexity"]
    # The tree still finds the skill for the same word.
    assert services.catalog.matching_skills("perplexity", "en") == {"mlflow"}


def test_case_and_accents_do_not_count_and_spans_fall_on_the_accented_text(
    services: Services,
) -> None:
    found = services.catalog.search_requirements("CLASIFICACION", "es")
    assert found.total == 1
    (hit,) = found.hits
    assert hit.key == "mlflow-nlp-engineer-junior"
    assert hit.text.startswith("Conoce los fundamentos de MLflow")  # the Spanish text
    assert _marked(hit) == ["clasificación"]
    assert services.catalog.search_requirements("clasificación", "es").hits == found.hits
    # Every word of a longer search, each of its occurrences, in order.
    hit = services.catalog.search_requirements("metricas MLFLOW", "es").hits[0]
    marked = _marked(hit)
    assert {fold(piece) for piece in marked} == {"metricas", "mlflow"}
    assert marked.count("MLflow") == hit.text.count("MLflow")
    starts = [start for start, _ in hit.text_spans]
    assert starts == sorted(starts)


def test_spans_are_measured_on_the_original_text_when_folding_changes_its_length(
    services: Services,
) -> None:
    """The letter "ß" folds to two letters, "ﬁ" to two, a decomposed "é" loses its accent:
    the spans still mark the words of the text as it is shown."""
    document = synthetic_document(key="odd", skills=1, roles=1, levels=1)
    decomposed = unicodedata.normalize("NFD", "Métricas")
    text = f"Die Straße: ﬁle {decomposed} über STRASSE, métricas."
    document["skills"][0]["requirements"][0]["text"] = {"en": text, "es": text}
    _import(services, document)
    hit = services.catalog.search_requirements("metricas strasse", "en").hits[0]
    assert hit.text == text
    assert _marked(hit) == ["Straße", decomposed, "STRASSE", "métricas"]
    hit = services.catalog.search_requirements("file", "en").hits[0]
    assert _marked(hit) == ["ﬁle"]


def test_every_word_must_match_somewhere_and_the_hit_says_where(services: Services) -> None:
    catalog = services.catalog
    both = catalog.search_requirements("perplexity junior", "en")
    assert [h.key for h in both.hits] == ["mlflow-llm-engineer-junior"]
    assert both.hits[0].matched_in == ("text", "level")
    assert both.hits[0].level_spans == ((0, 6),)
    assert catalog.search_requirements("perplexity senior", "en").total == 0
    by_role = catalog.search_requirements("scientist lightgbm", "en")
    assert [(h.role, h.matched_in) for h in by_role.hits] == [("data-scientist", ("text", "role"))]
    assert by_role.hits[0].role_spans == ((5, 9),)  # "Data Scientist"
    by_skill = catalog.search_requirements("mlflow", "en")
    assert by_skill.total == 30  # every requirement: the skill's own name
    assert all("skill" in h.matched_in for h in by_skill.hits)
    assert by_skill.hits[0].skill_spans == ((0, 6),)


def test_a_word_found_only_in_the_english_text_still_finds_it(services: Services) -> None:
    found = services.catalog.search_requirements("perplexity", "es")
    assert [h.key for h in found.hits] == ["mlflow-llm-engineer-junior"]
    (hit,) = found.hits
    assert hit.text.startswith("Registra en MLflow")
    assert hit.matched_in == ("english",)
    assert hit.text_spans == ()  # nothing to mark in the Spanish text
    # But a Spanish word does not find it in English.
    assert services.catalog.search_requirements("perplejidad", "en").total == 0
    assert services.catalog.search_requirements("perplejidad", "es").total == 1


def test_hits_come_in_ladder_order_framework_skill_role_level(bare_services: Services) -> None:
    services = bare_services
    for key in ("beta", "alpha"):
        document = synthetic_document(key=key, skills=2, roles=2, levels=3, per_cell=2)
        # The file lists the levels top first: the ladder is still l1, l2, l3.
        for skill in document["skills"]:
            skill["requirements"].reverse()
        _import(services, document)
    found = services.catalog.search_requirements("level", "en")  # every level's name
    assert found.total == 2 * 2 * 2 * 3 * 2
    expected = [
        f"{key}-skill-{skill}-role-{role}-l{level}-{cell}"
        for key in ("alpha", "beta")
        for skill in (1, 2)
        for role in (1, 2)
        for level in (1, 2, 3)
        for cell in (2, 1)  # reversed in the file, and kept in file order within a cell
    ]
    assert [h.key for h in found.hits] == expected
    assert all(h.matched_in == ("level",) for h in found.hits)


def test_at_most_the_limit_is_returned_with_the_total(bare_services: Services) -> None:
    services = bare_services
    _import(services, synthetic_document(key="wide", skills=10, roles=5, levels=9))
    found = services.catalog.search_requirements("level", "en")
    assert (found.total, found.shown) == (450, 200)
    assert len(found.hits) == 200
    fewer = services.catalog.search_requirements("level", "en", limit=7)
    assert (fewer.total, fewer.hits) == (450, found.hits[:7])


def test_a_framework_without_roles_has_no_role_to_find_or_show(bare_services: Services) -> None:
    services = bare_services
    _import(services, synthetic_document(key="roleless", skills=1, roles=0, levels=2))
    found = services.catalog.search_requirements("level 2", "en")
    assert [h.key for h in found.hits] == ["roleless-skill-1-all-l2-1"]
    assert found.hits[0].role_name == ""
    assert services.catalog.search_requirements("everyone", "en").total == 0
    assert "roleless-skill-1" not in services.catalog.matching_skills("everyone", "en")


def test_an_empty_search_finds_nothing_and_new_texts_are_found_after_an_import(
    services: Services,
) -> None:
    assert services.catalog.search_requirements("   ", "en") == SearchResults("   ", 0, ())
    assert services.catalog.search_requirements("zephyrine", "en").total == 0
    document = synthetic_document(key="later", skills=1, roles=1, levels=2)
    document["skills"][0]["requirements"][1]["text"]["en"] = "Tends the zephyrine garden."
    _import(services, document)
    found = services.catalog.search_requirements("zephyrine", "en")
    assert [h.key for h in found.hits] == ["later-skill-1-role-1-l2-1"]


def _naive(document: dict[str, Any], words: list[str], language: str) -> list[str]:
    """What a search should find, the slow and obvious way."""

    def names(texts: dict[str, str]) -> list[str]:
        return [fold(texts.get(language) or texts["en"]), fold(texts["en"])]

    roles = {r["key"]: names(r["name"]) for r in document.get("roles", [])}
    levels = {lv["key"]: names(lv["name"]) for lv in document["levels"]}
    found = []
    for skill in document["skills"]:
        for requirement in sorted(
            skill["requirements"],
            key=lambda r: (list(roles).index(r["role"]), list(levels).index(r["level"])),
        ):
            places = (
                names(requirement["text"])
                + names(skill["name"])
                + roles[requirement["role"]]
                + levels[requirement["level"]]
            )
            if all(any(word in place for place in places) for word in words):
                found.append(requirement["key"])
    return found


def test_eighteen_thousand_requirements(bare_services: Services) -> None:
    services = bare_services
    document = synthetic_document(key="large", skills=200, roles=10, levels=9)
    assert sum(len(s["requirements"]) for s in document["skills"]) == 18_000
    lone = document["skills"][150]["requirements"][44]
    lone["text"] = {"en": "Keeps the Zéphyrine ledger.", "es": "Lleva el libro Zéphyrine."}
    _import(services, document)
    catalog = services.catalog

    found = catalog.search_requirements("zephyrine", "es")
    assert [h.key for h in found.hits] == [lone["key"]]
    assert _marked(found.hits[0]) == ["Zéphyrine"]

    for query in ("pipelines secures", "skill 17 role 2", "level 9 mentors", "reproducible"):
        for language in ("en", "es"):
            expected = _naive(document, fold(query).split(), language)
            found = catalog.search_requirements(query, language)
            assert found.total == len(expected), (query, language)
            assert [h.key for h in found.hits] == expected[:200], (query, language)
            assert all(_marked(h) for h in found.hits if "text" in h.matched_in)
            # The tree shows the skill of every requirement found.
            skills = catalog.matching_skills(query, language)
            assert {h.skill for h in found.hits} <= skills
