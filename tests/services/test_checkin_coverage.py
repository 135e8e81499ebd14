"""What closing a check-in would freeze, counted before it is closed (the words of the
"Close a check-in" dialog): every installed requirement, and how many are rated."""

from __future__ import annotations

from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services


def test_coverage_counts_every_installed_requirement_and_the_rated_ones(
    services: Services,
) -> None:
    assert services.checkins.coverage() == (0, 30)  # MLflow: 6 roles × 5 levels
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    services.ratings.set_rating("mlflow-ml-engineer-middle", Rating.NOT_YET)
    services.ratings.set_note("mlflow-data-scientist-junior", "a note, no rating")
    services.ratings.set_rating("mlflow-ml-engineer-senior", Rating.MEETS)
    services.ratings.set_rating("mlflow-ml-engineer-senior", None)  # cleared again
    assert services.checkins.coverage() == (2, 30)
    assert services.checkins.create("").rated == 2  # the same count the check-in keeps


def test_coverage_of_nothing_installed(bare_services: Services) -> None:
    assert bare_services.checkins.coverage() == (0, 0)
