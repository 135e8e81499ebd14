"""Rating, history, standing and check-ins through the services, on a real SQLite file."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidInput
from skill_ladder.services.hub import Services
from skill_ladder.storage.tables import checkin_items, checkin_texts, rating_events
from tests.support.profiles import bundled_document


def test_every_change_is_kept_in_the_history(services: Services) -> None:
    key = "mlflow-ml-engineer-senior"
    services.ratings.set_rating(key, Rating.WORKING_TOWARDS)
    services.ratings.set_note(key, "Set up the tracking server")
    services.ratings.set_rating(key, Rating.MEETS)
    services.ratings.set_rating(key, None)
    with services.database.transaction() as connection:
        events = connection.execute(select(rating_events).order_by(rating_events.c.id)).all()
        history = [(e.value, e.note) for e in events]
        times = [e.at for e in events]
    assert history == [
        (1, ""),
        (1, "Set up the tracking server"),
        (2, "Set up the tracking server"),
        (None, "Set up the tracking server"),
    ]
    assert all(t.tzinfo is not None and t.utcoffset().total_seconds() == 0 for t in times)  # type: ignore[union-attr]
    assert times == sorted(times)


def test_change_rating_says_what_it_replaces_and_writes_only_a_change(
    services: Services,
) -> None:
    key = "mlflow-ml-engineer-senior"

    def events() -> int:
        with services.database.transaction() as connection:
            return int(
                connection.execute(select(func.count()).select_from(rating_events)).scalar_one()
            )

    before, change = services.ratings.change_rating(key, Rating.MEETS)
    assert (before.value, before.text_changed) == (None, False)
    assert change is not None and change.rating == "meets" and events() == 1
    before, change = services.ratings.change_rating(key, Rating.MEETS)
    assert before.value is Rating.MEETS and change is None and events() == 1
    before, change = services.ratings.change_rating(key, None)
    assert before.value is Rating.MEETS and change is not None and change.rating is None
    assert events() == 2
    with pytest.raises(InvalidInput) as caught:
        services.ratings.change_rating("no-such-requirement", Rating.MEETS)
    assert caught.value.code == "requirement.unknown" and events() == 2


def test_rate_cell_resolves_the_single_requirement(services: Services) -> None:
    change = services.ratings.rate_cell("mlflow", "nlp-engineer", "lead", Rating.EXCEEDS, note="x")
    assert (change.requirement, change.rating, change.note) == (
        "mlflow-nlp-engineer-lead",
        "exceeds",
        "x",
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("nope", "ml-engineer", "junior"), "profile.unknown"),
        (("mlflow", "astronaut", "junior"), "role.unknown"),
        (("mlflow", "ml-engineer", "wizard"), "level.unknown"),
    ],
)
def test_unknown_names_are_refused(
    services: Services, args: tuple[str, str, str], code: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        services.ratings.rate_cell(*args, Rating.MEETS)
    assert caught.value.code == code


def test_cells_with_several_requirements_need_a_choice(bare_services: Services) -> None:
    bare_services.catalog.import_bytes(
        json.dumps(synthetic_document(key="multi", per_cell=3)).encode()
    )
    with pytest.raises(InvalidInput) as caught:
        bare_services.ratings.rate_cell("multi", "role-1", "l2", Rating.MEETS)
    assert caught.value.code == "cell.ambiguous"
    with pytest.raises(InvalidInput):
        bare_services.ratings.rate_cell(
            "multi", "role-1", "l2", Rating.MEETS, requirement="multi-skill-1-role-2-l2-1"
        )
    change = bare_services.ratings.rate_cell(
        "multi-skill-2", "role-1", "l2", Rating.MEETS, requirement="multi-skill-2-role-1-l2-3"
    )
    assert change.requirement == "multi-skill-2-role-1-l2-3"


def test_standing_on_the_seed_matches_the_golden_case(services: Services) -> None:
    for level, value in (
        ("junior", Rating.NOT_YET),
        ("middle", Rating.EXCEEDS),
        ("senior", Rating.MEETS),
        ("lead", Rating.WORKING_TOWARDS),
    ):
        services.ratings.rate_cell("mlflow", "data-scientist", level, value)
    standing = services.standing.standing("mlflow", "data-scientist", "es")
    assert standing.estimated_level == "senior"
    assert [(g.level, g.required, g.rating_slug) for g in standing.gaps] == [
        ("lead", True, "working-towards"),
        ("junior", False, "not-yet"),
    ]
    assert standing.levels[1].name == "Intermedio"
    assert standing.gaps[0].text.startswith("Define")  # Spanish text


def test_framework_scope_spans_all_its_skills(bare_services: Services) -> None:
    bare_services.catalog.import_bytes(
        json.dumps(synthetic_document(key="fw", skills=3, roles=1, levels=2)).encode()
    )
    standing = bare_services.standing.standing("fw", "role-1", "en")
    assert sum(lv.required_total + lv.optional_total for lv in standing.levels) == 6
    single = bare_services.standing.standing("fw-skill-2", "role-1", "en")
    assert sum(lv.required_total + lv.optional_total for lv in single.levels) == 2


def test_checkin_freezes_texts_and_ratings_against_later_updates(services: Services) -> None:
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    services.ratings.set_note("mlflow-ml-engineer-junior", "first")
    first = services.checkins.create("Q3")
    assert first.rated == 1
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.EXCEEDS)
    newer = bundled_document()
    newer["skills"][0]["version"] = 2
    newer["skills"][0]["requirements"][3]["text"]["en"] = "Completely new wording."
    services.catalog.import_bytes(json.dumps(newer).encode())
    second = services.checkins.create("")
    with services.database.transaction() as connection:
        items = {
            (i.checkin_id, i.requirement_key): i
            for i in connection.execute(
                select(checkin_items, checkin_texts.c.text)
                .join(checkin_texts, checkin_items.c.text_id == checkin_texts.c.id)
                .where(checkin_items.c.requirement_key == "mlflow-ml-engineer-junior")
            )
        }
        old, new = (
            items[(first.id, "mlflow-ml-engineer-junior")],
            items[(second.id, "mlflow-ml-engineer-junior")],
        )
        assert (old.value, old.note, old.skill_version) == (2, "first", 1)
        assert old.text["en"].startswith("Uses MLflow for experiment logging")
        assert (new.value, new.skill_version, new.text["en"]) == (3, 2, "Completely new wording.")
        counted = select(func.count()).where(checkin_items.c.checkin_id == first.id)
        assert connection.scalar(counted) == 30
        # Each text kept once (0003): the 30 of the first check-in, and the one reworded.
        assert connection.scalar(select(func.count()).select_from(checkin_texts)) == 31
    listed = services.checkins.all()
    assert [(c.id, c.note, c.rated) for c in listed] == [(first.id, "Q3", 1), (second.id, "", 1)]
    texts = select(func.count()).select_from(checkin_texts)
    services.checkins.delete(second.id)  # its one text of its own goes with it
    with services.database.transaction() as connection:
        assert connection.scalar(texts) == 30
    services.checkins.delete(first.id)
    with services.database.transaction() as connection:
        assert connection.scalar(texts) == 0


def test_a_report_reads_one_snapshot(services: Services) -> None:
    """Issue 15: `build_for` asked each service in a transaction of its own (about eight);
    a commit by another process in between gave a report of two states."""
    from sqlalchemy import event

    services.ratings.rate_cell("mlflow", "ml-engineer", "junior", Rating.MEETS)
    services.checkins.create("q1")
    # a change since q1: the report is of now, compared with q1 (issue 14's baseline)
    services.ratings.rate_cell("mlflow", "ml-engineer", "middle", Rating.WORKING_TOWARDS)
    services.reports.build("mlflow", "ml-engineer", "en")  # caches warm
    begun: list[object] = []

    def count(connection: object) -> None:
        begun.append(connection)

    event.listen(services.database.engine, "begin", count)
    report = services.reports.build("mlflow", "ml-engineer", "en")
    event.remove(services.database.engine, "begin", count)
    assert len(begun) == 1
    assert report.changes_since is not None
    services.ratings.rate_cell("mlflow", "ml-engineer", "junior", Rating.EXCEEDS)  # writes again
    assert report.as_of_checkin is None and len(report.changes) == 1
