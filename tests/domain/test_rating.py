from __future__ import annotations

import pytest

from skill_ladder.domain.rating import RATING_SLUGS, Rating


def test_scale_has_four_steps_in_order_plus_not_rated() -> None:
    assert [r.slug for r in Rating] == ["not-yet", "working-towards", "meets", "exceeds"]
    assert RATING_SLUGS[0] == "none"
    assert [r.counts_as_met for r in Rating] == [False, False, True, True]


@pytest.mark.parametrize("slug", RATING_SLUGS)
def test_slugs_round_trip(slug: str) -> None:
    rating = Rating.from_slug(slug)
    assert (rating.slug if rating is not None else "none") == slug


def test_unknown_slug_is_refused() -> None:
    with pytest.raises(ValueError):
        Rating.from_slug("great")
