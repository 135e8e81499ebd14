"""Where am I: the estimated level, readiness per level, the gaps and the plan to the target
for one role."""

from __future__ import annotations

from skill_ladder.domain.profile import Framework
from skill_ladder.domain.rating import Rating
from skill_ladder.domain.readiness import Assessment, RequirementRef, assess
from skill_ladder.services.catalog import CatalogService, Namer
from skill_ladder.services.ratings import require_role
from skill_ladder.services.views import (
    LevelStanding,
    PlanStep,
    RequirementView,
    Scope,
    Standing,
)
from skill_ladder.storage import personal_store, ratings_store
from skill_ladder.storage.database import Database
from skill_ladder.storage.ratings_store import StoredRating


def assess_role(
    framework: Framework,
    role: str,
    stored: dict[str, StoredRating],
    target: str | None = None,
) -> Assessment:
    """The rule of `domain.readiness` over every requirement of `role` in `framework`, with the
    plan reaching `target`."""
    refs = [
        RequirementRef(req.key, req.level, req.required, position)
        for position, (_, req) in enumerate(framework.by_role.get(role, ()))
    ]
    ratings: dict[str, Rating] = {
        key: value.value for key, value in stored.items() if value.value is not None
    }
    return assess([lv.key for lv in framework.levels], refs, ratings, target)


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
        mine = {req.key: (skill, req) for skill, req in framework.by_role.get(role, ())}
        with self._db.transaction() as connection:  # ratings and target: one snapshot
            stored = ratings_store.load_ratings(connection, list(mine))
            target = personal_store.get_target(connection, scope.framework, role)
        assessment = assess_role(framework, role, stored, target)
        namer = Namer(framework, language)

        def view(ref: RequirementRef) -> RequirementView:
            return namer.requirement(*mine[ref.key], stored.get(ref.key))

        return Standing(
            profile=scope.key,
            role=role,
            estimated_level=assessment.estimated_level,
            levels=level_standings(assessment, namer),
            gaps=tuple(view(gap) for gap in assessment.gaps),
            target=target,
            plan=tuple(
                PlanStep(
                    step.level,
                    namer.levels[step.level],
                    tuple(view(ref) for ref in step.requirements),
                )
                for step in assessment.plan
            ),
        )
