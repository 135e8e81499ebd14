"""The data of a personal growth report: who, which role, where they stand, the plan, every
rating with its note, and the growth since earlier check-ins. Qt-free; `report/` draws it."""

from __future__ import annotations

from datetime import UTC, datetime

from skill_ladder.errors import InvalidInput
from skill_ladder.services.catalog import CatalogService, Namer
from skill_ladder.services.checkins import CheckinService
from skill_ladder.services.personal import PersonalService
from skill_ladder.services.ratings import require_role
from skill_ladder.services.standing import StandingService, level_standings
from skill_ladder.services.views import (
    ChangeView,
    CheckinView,
    NamedKey,
    ReadinessHistory,
    ReportData,
    Scope,
    SkillVersion,
)
from skill_ladder.storage.database import Database


class ReportService:
    def __init__(
        self,
        catalog: CatalogService,
        standing: StandingService,
        checkins: CheckinService,
        personal: PersonalService,
        database: Database | None = None,
    ) -> None:
        self._db = database
        self._catalog = catalog
        self._standing = standing
        self._checkins = checkins
        self._personal = personal

    def build(
        self, profile: str, role: str, language: str, *, checkin: int | None = None
    ) -> ReportData:
        return self.build_for(
            self._catalog.resolve(profile), role, language, checkin=checkin, name=profile
        )

    def build_for(
        self,
        scope: Scope,
        role: str,
        language: str,
        *,
        checkin: int | None = None,
        name: str | None = None,
    ) -> ReportData:
        """One consistent state of the data (one read transaction), however many services
        the report asks."""
        if self._db is None:
            return self._build(scope, role, language, checkin, name)
        with self._db.snapshot():
            return self._build(scope, role, language, checkin, name)

    def _build(
        self, scope: Scope, role: str, language: str, checkin: int | None, name: str | None
    ) -> ReportData:
        framework = self._catalog.subset(scope)
        role = require_role(framework, role, name or scope.key)
        namer = Namer(framework, language)
        checkins = self._checkins.all()
        chosen: CheckinView | None = None
        if checkin is not None:
            chosen = next((c for c in checkins if c.id == checkin), None)
            if chosen is None:
                raise InvalidInput("checkin.unknown", id=checkin)
        if chosen is None:
            standing = self._standing.standing_of(scope, role, language)
            levels, gaps = standing.levels, standing.gaps
            estimated = standing.estimated_level
            detail = self._catalog.detail(scope, language)
            mine = [r for r in detail.requirements if r.role == role]
            earlier = checkins
        else:
            assessment, mine = self._checkins.snapshot(scope, chosen.id, role, language)
            levels = level_standings(assessment, namer)
            by_key = {v.key: v for v in mine}
            gaps = tuple(by_key[g.key] for g in assessment.gaps)
            estimated = assessment.estimated_level
            earlier = [c for c in checkins if c.created < chosen.created]
        ladder = [lv.key for lv in framework.levels]
        grouped = tuple(
            (
                NamedKey(key, namer.levels[key], namer.shorts[key]),
                tuple(v for v in mine if v.level == key),
            )
            for key in ladder
            if any(v.level == key for v in mine)
        )
        since = earlier[-1] if earlier else None
        changes: tuple[ChangeView, ...] = ()
        if since is not None:
            changes = tuple(
                c
                for c in self._checkins.changes(
                    scope, since.id, None if chosen is None else chosen.id, language
                )
                if c.role == role
            )
        history = self._history(scope, role, language, chosen, checkins)
        target = self._personal.target(scope.framework, role)
        return ReportData(
            language=language,
            person=self._personal.name(),
            profile_name=", ".join(namer.skills[s.key] for s in framework.skills)
            if len(framework.skills) <= 3
            else namer.framework,
            role_name=namer.roles.get(role, role),
            made=datetime.now(UTC),
            as_of_checkin=chosen,
            estimated_level=None if estimated is None else namer.levels[estimated],
            target_level=None if target is None else namer.levels.get(target, target),
            levels=levels,
            gaps=gaps,
            ratings_by_level=grouped,
            changes_since=since,
            changes=changes,
            history=history,
            skills=tuple(
                SkillVersion(namer.skills[s.key], s.version, s.updated) for s in framework.skills
            ),
        )

    def _history(
        self,
        scope: Scope,
        role: str,
        language: str,
        chosen: CheckinView | None,
        checkins: list[CheckinView],
    ) -> ReadinessHistory | None:
        if not checkins:
            return None
        history = self._checkins.readiness_history(
            scope, role, language, include_now=chosen is None
        )
        if chosen is not None:
            points = tuple(
                p for p in history.points if p.checkin is not None and p.when <= chosen.created
            )
            history = ReadinessHistory(history.levels, points)
        return history
