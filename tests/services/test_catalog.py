"""Importing, updating, exporting and removing profiles through the services."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import func, select

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidFile, InvalidInput
from skill_ladder.paths import AppPaths, bundled_profiles
from skill_ladder.services.hub import Services
from skill_ladder.storage.database import open_database
from skill_ladder.storage.tables import rating_events, requirements
from tests.conftest import database_dump
from tests.support.profiles import bundled_document


def _bytes(document: dict) -> bytes:  # type: ignore[type-arg]
    return json.dumps(document).encode()


def test_bundled_profile_is_installed_on_first_start(services: Services) -> None:
    profiles = services.catalog.list_profiles("en")
    assert [(p.key, p.framework, p.version) for p in profiles] == [("mlflow", "ml-engineering", 1)]
    detail = services.catalog.show("mlflow", "en")
    assert (
        detail.counts.roles,
        detail.counts.levels,
        detail.counts.required,
        detail.counts.optional,
    ) == (6, 5, 22, 8)


def test_install_bundled_again_does_nothing(services: Services) -> None:
    assert services.catalog.install_bundled(bundled_profiles()) == []


def test_same_version_again_succeeds_and_changes_nothing(
    services: Services, paths: AppPaths
) -> None:
    before = database_dump(paths.database)
    report = services.catalog.import_bytes(_bytes(bundled_document()))
    assert [s.action for s in report.skills] == ["unchanged"]
    assert not report.changed_anything
    assert database_dump(paths.database) == before


def test_newer_version_keeps_ratings_and_flags_changed_texts(services: Services) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    services.ratings.set_rating("mlflow-ml-engineer-middle", Rating.EXCEEDS)
    services.ratings.set_note("mlflow-ml-engineer-middle", "Wrote the team's naming guide")
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    for req in newer["skills"][0]["requirements"]:
        if req["key"] == "mlflow-ml-engineer-middle":
            req["text"]["en"] += " Reviews others' experiment setups."
    report = services.catalog.import_bytes(_bytes(newer))
    assert [(s.action, s.installed_version, s.file_version) for s in report.skills] == [
        ("updated", 1, 2)
    ]
    assert report.texts_changed == 1
    detail = services.catalog.show("mlflow", "en")
    by_key = {r.key: r for r in detail.requirements}
    assert by_key["mlflow-ml-engineer-junior"].rating_slug == "meets"
    assert not by_key["mlflow-ml-engineer-junior"].text_changed
    middle = by_key["mlflow-ml-engineer-middle"]
    assert (middle.rating_slug, middle.note, middle.text_changed) == (
        "exceeds",
        "Wrote the team's naming guide",
        True,
    )
    # A click of the value it has, on a changed text: rated again against today's text.
    before, change = services.ratings.change_rating("mlflow-ml-engineer-middle", Rating.EXCEEDS)
    assert (before.value, before.text_changed) == (Rating.EXCEEDS, True)
    assert change is not None and change.rating == "exceeds"
    again = {r.key: r for r in services.catalog.show("mlflow", "en").requirements}
    assert not again["mlflow-ml-engineer-middle"].text_changed
    # Now the same value again writes nothing.
    assert services.ratings.change_rating("mlflow-ml-engineer-middle", Rating.EXCEEDS)[1] is None


def test_translation_fix_does_not_flag_ratings(services: Services) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"][3]["text"]["es"] = "Texto corregido."
    assert services.catalog.import_bytes(_bytes(newer)).texts_changed == 0


def test_older_version_is_refused_and_changes_nothing(services: Services, paths: AppPaths) -> None:
    newer = bundled_document()
    newer["skills"][0]["version"] = 3
    services.catalog.import_bytes(_bytes(newer))
    before = database_dump(paths.database)
    with pytest.raises(InvalidInput) as caught:
        services.catalog.import_bytes(_bytes(bundled_document()))
    assert caught.value.code == "import.older_version"
    assert caught.value.params == {"key": "mlflow", "installed": "3", "version": "1"}
    assert database_dump(paths.database) == before
    # At start, an older bundled file is simply left aside.
    assert [
        s.action for r in services.catalog.install_bundled(bundled_profiles()) for s in r.skills
    ] == []


def test_keys_are_unique_across_everything_installed(services: Services, paths: AppPaths) -> None:
    clash = synthetic_document(key="other")
    clash["skills"][0]["key"] = "mlflow"
    clash["skills"][1]["requirements"][0]["key"] = "mlflow-ml-engineer-junior"
    before = database_dump(paths.database)
    with pytest.raises(InvalidFile) as caught:
        services.catalog.import_bytes(_bytes(clash))
    found = {(p.code, p.path) for p in caught.value.problems}
    assert ("key.taken", "$.skills[0].key") in found
    assert ("key.taken", "$.skills[1].requirements[0].key") in found
    assert database_dump(paths.database) == before


def test_framework_key_may_not_reuse_a_skill_key(services: Services) -> None:
    with pytest.raises(InvalidFile) as caught:
        services.catalog.import_bytes(_bytes(synthetic_document(key="mlflow")))
    assert ("key.taken", "$.key") in {(p.code, p.path) for p in caught.value.problems}


def test_export_then_import_into_a_fresh_folder_is_identical(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.catalog.import_bytes(
        _bytes(synthetic_document(key="mixed", roles=0, levels=3, per_cell=2))
    )
    for key in ("mlflow", "ml-engineering", "mixed", "mixed-skill-2"):
        exported = services.catalog.export(key)
        fresh_paths = AppPaths(tmp_path / f"fresh-{key}")
        fresh_paths.ensure()
        fresh = Services.over(open_database(fresh_paths.database, fresh_paths.backups))
        fresh.catalog.import_bytes(exported)
        assert fresh.catalog.export(key) == exported
        for language in ("en", "es"):
            assert fresh.catalog.show(key, language) == services.catalog.show(key, language)
        fresh.database.close()


def test_updated_skill_drops_removed_requirements_but_keeps_their_ratings(
    services: Services,
) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-principal", Rating.MEETS)
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"] = [
        r for r in newer["skills"][0]["requirements"] if r["key"] != "mlflow-ml-engineer-principal"
    ]
    services.catalog.import_bytes(_bytes(newer))
    with services.database.transaction() as connection:
        assert connection.scalar(select(func.count()).select_from(requirements)) == 29
        history = connection.scalars(select(rating_events.c.requirement_key)).all()
    assert history == ["mlflow-ml-engineer-principal"]
    services.catalog.import_bytes(
        _bytes(dict(bundled_document(), skills=[dict(bundled_document()["skills"][0], version=3)]))
    )
    restored = {r.key: r for r in services.catalog.show("mlflow", "en").requirements}
    assert restored["mlflow-ml-engineer-principal"].rating_slug == "meets"


def test_remove_keeps_personal_data_for_a_later_import(services: Services) -> None:
    services.ratings.set_rating("mlflow-data-scientist-lead", Rating.EXCEEDS)
    services.catalog.remove("ml-engineering")
    assert services.catalog.list_profiles("en") == []
    assert services.catalog.install_bundled(bundled_profiles()) == []  # not back at next start
    services.catalog.restore_bundled(bundled_profiles())
    by_key = {r.key: r for r in services.catalog.show("mlflow", "en").requirements}
    assert by_key["mlflow-data-scientist-lead"].rating_slug == "exceeds"


def test_spanish_content_and_english_fallback(bare_services: Services) -> None:
    doc = synthetic_document(key="partial", spanish=False)
    doc["skills"][0]["requirements"][0]["text"]["es"] = "Solo este en español."
    bare_services.catalog.import_bytes(_bytes(doc))
    reqs = bare_services.catalog.show("partial-skill-1", "es").requirements
    assert (reqs[0].text, reqs[0].text_is_fallback) == ("Solo este en español.", False)
    assert (
        reqs[1].text_is_fallback
        and reqs[1].text == doc["skills"][0]["requirements"][1]["text"]["en"]
    )


def test_a_newer_bundled_profile_is_imported_at_start(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    bundled = tmp_path / "bundled.json"
    bundled.write_text(json.dumps(newer), encoding="utf-8")
    reports = services.catalog.install_bundled([bundled])
    assert [(s.key, s.action) for r in reports for s in r.skills] == [("mlflow", "updated")]
    assert services.catalog.list_profiles("en")[0].version == 2
    assert services.catalog.install_bundled([bundled]) == []
    shown = {r.key: r for r in services.catalog.show("mlflow", "en").requirements}
    assert shown["mlflow-ml-engineer-junior"].rating_slug == "meets"


def test_same_version_again_reports_no_changed_wording(services: Services) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"][3]["text"]["en"] = "New wording."
    assert services.catalog.import_bytes(_bytes(newer)).texts_changed == 1
    assert services.catalog.import_bytes(_bytes(newer)).texts_changed == 0


def test_a_partial_file_may_not_rewrite_the_framework_ladder(
    services: Services, paths: AppPaths
) -> None:
    partial = synthetic_document(key="ml-engineering", skills=1, roles=1, levels=2)
    partial["levels"] = [{"key": "x", "name": {"en": "X"}}] + bundled_document()["levels"]
    partial["levels"][1]["name"]["en"] = "Newbie"
    partial["roles"] = bundled_document()["roles"]
    partial["skills"][0]["requirements"] = [
        dict(r, role="ml-engineer", level="junior") for r in partial["skills"][0]["requirements"]
    ]
    # Adding a level and a skill is fine; a partial file does not rename installed levels.
    services.catalog.import_bytes(_bytes(partial))
    framework = services.catalog.frameworks()["ml-engineering"]
    assert [lv.key for lv in framework.levels] == [
        "x",
        "junior",
        "middle",
        "senior",
        "lead",
        "principal",
    ]
    assert framework.levels[1].name["en"] == "Junior"
    # Dropping a level that MLflow stands on is refused, and changes nothing.
    dropping = copy.deepcopy(partial)
    dropping["skills"][0]["version"] = 2
    dropping["levels"] = [lv for lv in dropping["levels"] if lv["key"] != "senior"]
    before = database_dump(paths.database)
    with pytest.raises(InvalidFile) as caught:
        services.catalog.import_bytes(_bytes(dropping))
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("framework.ladder_changed", "$.levels")
    ]
    assert database_dump(paths.database) == before


def test_a_full_new_version_may_change_the_ladder(services: Services) -> None:
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["levels"] = [lv for lv in newer["levels"] if lv["key"] != "principal"]
    newer["levels"][0]["name"]["en"] = "Entry"
    newer["skills"][0]["requirements"] = [
        r for r in newer["skills"][0]["requirements"] if r["level"] != "principal"
    ]
    services.catalog.import_bytes(_bytes(newer))
    detail = services.catalog.show("mlflow", "en")
    assert [lv.key for lv in detail.levels] == ["junior", "middle", "senior", "lead"]
    assert detail.levels[0].name == "Entry"


def test_a_requirement_may_move_between_skills_of_its_framework(bare_services: Services) -> None:
    doc = synthetic_document(key="fw", skills=2, roles=1, levels=2)
    bare_services.catalog.import_bytes(_bytes(doc))
    bare_services.ratings.set_rating("fw-skill-1-role-1-l1-1", Rating.MEETS)
    moved = copy.deepcopy(doc)
    for skill in moved["skills"]:
        skill["version"] = 2
    req = moved["skills"][0]["requirements"].pop(0)
    moved["skills"][1]["requirements"].append(req)
    bare_services.catalog.import_bytes(_bytes(moved))
    skill2 = bare_services.catalog.show("fw-skill-2", "en").requirements
    assert "fw-skill-1-role-1-l1-1" in [r.key for r in skill2]
    assert next(r for r in skill2 if r.key == "fw-skill-1-role-1-l1-1").rating_slug == "meets"


@pytest.mark.parametrize("where", ["requirement as skill", "framework as requirement"])
def test_keys_of_every_kind_share_one_namespace(services: Services, where: str) -> None:
    doc = synthetic_document(key="other", skills=1)
    if where == "requirement as skill":
        doc["skills"][0]["requirements"][0]["key"] = "mlflow"
        path = "$.skills[0].requirements[0].key"
    else:
        doc["key"] = "mlflow-ml-engineer-junior"
        path = "$.key"
    with pytest.raises(InvalidFile) as caught:
        services.catalog.import_bytes(_bytes(doc))
    assert ("key.taken", path) in {(p.code, p.path) for p in caught.value.problems}


def test_a_clashing_bundled_profile_does_not_stop_the_app(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.catalog.import_bytes(_bytes(synthetic_document(key="mine", skills=1)))
    clash = bundled_document()
    clash["skills"][0]["version"] = 2
    clash["skills"][0]["requirements"][0]["key"] = "mine-skill-1-role-1-l1-1"
    bundled = tmp_path / "bundled.json"
    bundled.write_text(json.dumps(clash), encoding="utf-8")
    assert services.catalog.install_bundled([bundled]) == []
    assert services.catalog.list_profiles("en")[0].version == 1


def test_same_version_with_other_content_is_reported(services: Services) -> None:
    changed = bundled_document()
    changed["skills"][0]["requirements"][0]["text"]["en"] = "Something else."
    report = services.catalog.import_bytes(_bytes(changed))
    assert [(s.action, s.differs) for s in report.skills] == [("unchanged", True)]
    assert services.catalog.import_bytes(_bytes(bundled_document())).skills[0].differs is False


def test_search_matches_every_word_of_a_requirement_text_in_either_language(
    services: Services,
) -> None:
    services.catalog.import_bytes(
        json.dumps(synthetic_document(key="extra", skills=2, roles=1, levels=2)).encode()
    )
    matching = services.catalog.matching_skills
    assert matching("QLORA perplexity", "en") == {"mlflow"}  # words anywhere, any case
    assert matching("perplejidad", "es") == {"mlflow"}
    assert matching("perplexity", "es") == {"mlflow"}  # the base language's text too
    assert matching("perplejidad", "en") == frozenset()  # but not the other way round
    assert matching("qlora nothing-like-this", "en") == frozenset()
    assert matching("METRICAS perdida", "es") == {"mlflow"}  # accents and case aside
    assert matching("data scientist", "en") == {"mlflow"}  # the roles it has requirements for
    assert matching("ingeniero", "es") == {"mlflow"}
    assert matching("", "en") == {"mlflow", "extra-skill-1", "extra-skill-2"}
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"][0]["text"]["en"] = "Now about Kubeflow pipelines."
    services.catalog.import_bytes(json.dumps(newer).encode())  # new texts are searched
    assert matching("kubeflow", "en") == {"mlflow"}
