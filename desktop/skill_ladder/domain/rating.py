"""The self-rating scale: not rated, then four labelled steps."""

from __future__ import annotations

from enum import IntEnum


class Rating(IntEnum):
    """A person's own rating of one requirement. "Not rated" is the absence of a Rating."""

    NOT_YET = 0
    WORKING_TOWARDS = 1
    MEETS = 2
    EXCEEDS = 3

    @property
    def slug(self) -> str:
        return self.name.lower().replace("_", "-")

    @property
    def counts_as_met(self) -> bool:
        return self >= Rating.MEETS

    @classmethod
    def from_slug(cls, slug: str) -> Rating | None:
        """`none` gives None (not rated); an unknown slug raises ValueError."""
        if slug == NOT_RATED_SLUG:
            return None
        for rating in cls:
            if rating.slug == slug:
                return rating
        raise ValueError(slug)


NOT_RATED_SLUG = "none"
RATING_SLUGS: tuple[str, ...] = (NOT_RATED_SLUG, *(r.slug for r in Rating))
