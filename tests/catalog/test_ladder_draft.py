"""The ladder editor's core (issue 16, point 4), without Qt: a draft is checked by the import's
validation with problems by row; keys are made once; a copy has new keys; saving a ladder made
in the app is a new version that keeps ratings by key and flags changed texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skill_ladder.catalog.ladder_draft import (
    LEVELS,
    REQUIREMENTS,
    DraftItem,
    DraftRequirement,
    LadderDraft,
    check,
    copy_of,
    draft_of,
    fresh_key,
    new_framework_key,
)
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidInput
from skill_ladder.services.hub import Services

TODAY = date(2026, 12, 3)


def two_by_two() -> LadderDraft:
    return LadderDraft(
        key="team",
        name_en="Team",
        levels=(DraftItem("junior", "Junior"), DraftItem("senior", "Senior")),
        roles=(DraftItem("dev", "Developer"), DraftItem("ops", "Operator")),
        skills=(DraftItem("team-sql", "SQL", "SQL"),),
        requirements=(
            DraftRequirement("team-sql-1", "team-sql", "dev", "junior", True, "Writes joins"),
            DraftRequirement("team-sql-2", "team-sql", "ops", "senior", False, "Tunes", "Ajusta"),
        ),
    )


def test_a_good_draft_is_a_framework() -> None:
    framework, problems = check(two_by_two(), TODAY)
    assert problems == [] and framework is not None
    assert [r.key for r in framework.skills[0].requirements] == ["team-sql-1", "team-sql-2"]
    assert framework.skills[0].requirements[1].text == {"en": "Tunes", "es": "Ajusta"}
    assert framework.levels[0].short == {"en": "Junior"}


def test_problems_are_named_by_their_row() -> None:
    draft = two_by_two()
    broken = replace(
        draft,
        levels=(draft.levels[0], DraftItem("senior", "")),
        requirements=(draft.requirements[0], replace(draft.requirements[1], text_en="")),
    )
    framework, problems = check(broken, TODAY)
    assert framework is None
    places = {(p.part, p.row) for p in problems}
    assert (LEVELS, 1) in places and (REQUIREMENTS, 1) in places


def test_keys_are_made_once_and_a_copy_has_new_ones() -> None:
    taken = {"sql"}
    assert fresh_key("SQL", taken) == "sql-2" and "sql-2" in taken
    assert new_framework_key("My ladder", {"my-ladder"}) == "my-ladder-2"
    draft = two_by_two()
    copy = copy_of(draft, "team-copy", "Team (copy)", "", {"team-sql", "team-sql-1"})
    assert copy.key == "team-copy"
    assert [lv.key for lv in copy.levels] == ["junior", "senior"]  # keyed within the ladder
    assert not {s.key for s in copy.skills} & {s.key for s in draft.skills}
    assert not {r.key for r in copy.requirements} & {r.key for r in draft.requirements}
    assert [r.skill for r in copy.requirements] == [copy.skills[0].key] * 2
    assert check(copy, TODAY)[1] == []


def test_saving_keeps_ratings_by_key_and_flags_changed_texts(bare_services: Services) -> None:
    catalog = bare_services.catalog
    framework, _ = check(two_by_two(), TODAY)
    assert framework is not None
    catalog.save_ladder(framework)
    assert catalog.made_here("team")
    bare_services.ratings.set_rating("team-sql-1", Rating.MEETS)
    draft = draft_of(catalog.frameworks()["team"])
    reworded = replace(
        draft,
        levels=(replace(draft.levels[0], name_en="Starter"), draft.levels[1]),
        requirements=(replace(draft.requirements[0], text_en="Writes joins well"),)
        + draft.requirements[1:],
    )
    framework, _ = check(reworded, TODAY)
    assert framework is not None
    report = catalog.save_ladder(framework)
    assert report.texts_changed == 1
    saved = catalog.frameworks()["team"]
    assert saved.levels[0].key == "junior" and saved.levels[0].name["en"] == "Starter"
    assert saved.skills[0].version == 2
    shown = {r.key: r for r in catalog.show("team-sql", "en").requirements}
    assert shown["team-sql-1"].rating == Rating.MEETS and shown["team-sql-1"].text_changed


def test_a_ladder_from_a_file_is_not_saved_in_place(services: Services) -> None:
    bundled = services.catalog.frameworks()["ml-engineering"]
    assert not services.catalog.made_here("ml-engineering")
    with pytest.raises(InvalidInput) as refused:
        services.catalog.save_ladder(bundled)
    assert refused.value.code == "ladder.not_made_here"
    assert services.catalog.frameworks()["ml-engineering"] == bundled


def test_what_is_deleted_in_the_editor_is_gone_after_saving(bare_services: Services) -> None:
    catalog = bare_services.catalog
    draft = replace(
        two_by_two(),
        skills=(*two_by_two().skills, DraftItem("team-viz", "Charts")),
        requirements=(
            *two_by_two().requirements,
            DraftRequirement("team-viz-1", "team-viz", "dev", "junior", True, "Plots"),
        ),
    )
    framework, _ = check(draft, TODAY)
    assert framework is not None
    catalog.save_ladder(framework)
    saved = draft_of(catalog.frameworks()["team"])
    smaller = replace(saved, skills=saved.skills[:1], requirements=saved.requirements[:1])
    framework, _ = check(smaller, TODAY)
    assert framework is not None
    catalog.save_ladder(framework)
    after = catalog.frameworks()["team"]
    assert [s.key for s in after.skills] == ["team-sql"]
    assert [r.key for r in after.skills[0].requirements] == ["team-sql-1"]
