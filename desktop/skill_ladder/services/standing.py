"""Where am I: the estimated level, readiness per level and the gaps for one role."""

from __future__ import annotations

from skill_ladder.domain.profile import Framework
from skill_ladder.domain.rating import Rating
from skill_ladder.domain.readiness import Assessment, RequirementRef, assess
from skill_ladder.services.catalog import CatalogService, Namer
from skill_ladder.services.ratings import require_role
from skill_ladder.services.views import LevelStanding, Scope, Standing
from skill_ladder.storage import ratings_store
from skill_ladder.storage.database import Database
from skill_ladder.storage.ratings_store import StoredRating


def assess_role(framework: Framework, role: str, stored: dict[str, StoredRating]) -> Assessment:
    """The rule of `domain.readiness` over every requirement of `role` in `framework`."""
    refs = [
        RequirementRef(req.key, req.level, req.required, position)
        for position, req in enumerate(
            r for skill in framework.skills for r in skill.requirements if r.role == role
        )
    ]
    ratings: dict[str, Rating] = {
        key: value.value for key, value in stored.items() if value.value is not None
    }
    return assess([lv.key for lv in framework.levels], refs, ratings)


def level_standings(assessment: Assessment, namer: Namer) -> tuple[LevelStanding, ...]:
    return tuple(
        LevelStanding(
            key=s.key,
            name=namer.levels[s.key],
            met=s.met,
            blocks=s.blocks,
            readiness=s.readiness,
            required_met=s.required_met,
            required_total=s.required_total,
            optional_met=s.optional_met,
            optional_total=s.optional_total,
        )
        for s in assessment.levels
    )


class StandingService:
    def __init__(self, database: Database, catalog: CatalogService) -> None:
        self._db = database
        self._catalog = catalog

    def standing(self, profile: str, role: str, language: str) -> Standing:
        return self.standing_of(self._catalog.resolve(profile), role, language, name=profile)

    def standing_of(
        self, scope: Scope, role: str, language: str, *, name: str | None = None
    ) -> Standing:
        framework = self._catalog.subset(scope)
        role = require_role(framework, role, name or scope.key)
        mine = {
            req.key: (skill.key, req)
            for skill in framework.skills
            for req in skill.requirements
            if req.role == role
        }
        with self._db.transaction() as connection:
            stored = ratings_store.load_ratings(connection, list(mine))
        assessment = assess_role(framework, role, stored)
        namer = Namer(framework, language)
        return Standing(
            profile=scope.key,
            role=role,
            estimated_level=assessment.estimated_level,
            levels=level_standings(assessment, namer),
            gaps=tuple(
                namer.requirement(*mine[gap.key], stored.get(gap.key)) for gap in assessment.gaps
            ),
        )
