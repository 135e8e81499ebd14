"""Where am I: the estimated level, readiness per level and the gaps for one role."""

from __future__ import annotations

from skill_ladder.domain.profile import localize
from skill_ladder.domain.rating import Rating
from skill_ladder.domain.readiness import RequirementRef, assess
from skill_ladder.services.catalog import CatalogService, requirement_view
from skill_ladder.services.ratings import require_role
from skill_ladder.services.views import LevelStanding, Standing
from skill_ladder.storage import ratings_store
from skill_ladder.storage.database import Database


class StandingService:
    def __init__(self, database: Database, catalog: CatalogService) -> None:
        self._db = database
        self._catalog = catalog

    def standing(self, profile: str, role: str, language: str) -> Standing:
        with self._db.transaction() as session:
            framework = self._catalog.scope(session, profile)
            require_role(framework, role, profile)
            stored = ratings_store.load_ratings(session)
            fingerprints = ratings_store.current_fingerprints(session)
        mine = [
            (skill.key, req)
            for skill in framework.skills
            for req in skill.requirements
            if req.role == role
        ]
        refs = [
            RequirementRef(req.key, req.level, req.required, position)
            for position, (_, req) in enumerate(mine)
        ]
        ratings: dict[str, Rating] = {
            key: r.value for key, r in stored.items() if r.value is not None
        }
        assessment = assess([lv.key for lv in framework.levels], refs, ratings)
        by_key = dict((req.key, (skill_key, req)) for skill_key, req in mine)
        names = {lv.key: localize(lv.name, language).text for lv in framework.levels}
        return Standing(
            profile=profile,
            role=role,
            estimated_level=assessment.estimated_level,
            levels=tuple(
                LevelStanding(
                    key=s.key,
                    name=names[s.key],
                    met=s.met,
                    blocks=s.blocks,
                    readiness=s.readiness,
                    required_met=s.required_met,
                    required_total=s.required_total,
                    optional_met=s.optional_met,
                    optional_total=s.optional_total,
                )
                for s in assessment.levels
            ),
            gaps=tuple(
                requirement_view(
                    *by_key[gap.key], language, stored.get(gap.key), fingerprints.get(gap.key)
                )
                for gap in assessment.gaps
            ),
        )
