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
    PlanStep,
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
        self,
        profile: str,
        role: str,
        language: str,
        *,
        checkin: int | None = None,
        since: int | None = None,
        all_levels: bool = False,
    ) -> ReportData:
        return self.build_for(
            self._catalog.resolve(profile),
            role,
            language,
            checkin=checkin,
            since=since,
            all_levels=all_levels,
            name=profile,
        )

    def baseline(
        self, scope: Scope, role: str, checkin: int | None = None, since: int | None = None
    ) -> tuple[CheckinView | None, CheckinView | None]:
        """The state a report shows and the check-in it is compared with (None, None: the
        current ratings and no check-in yet). By default the state is `checkin`, or now; but
        when no rating or note of the role changed since the latest check-in, it is that
        check-in. The baseline is `since`, or the check-in before the state."""
        checkins = self._checkins.all()
        chosen: CheckinView | None = None
        if checkin is not None:
            chosen = next((c for c in checkins if c.id == checkin), None)
            if chosen is None:
                raise InvalidInput("checkin.unknown", id=checkin)
        elif checkins and self._checkins.unchanged_since(scope, checkins[-1].id, role):
            chosen = checkins[-1]
        earlier = (
            checkins if chosen is None else [c for c in checkins if c.created < chosen.created]
        )
        if since is None:
            return chosen, (earlier[-1] if earlier else None)
        baseline = next((c for c in checkins if c.id == since), None)
        if baseline is None:
            raise InvalidInput("checkin.unknown", id=since)
        if baseline not in earlier:
            raise InvalidInput("checkin.not_earlier", id=since)
        return chosen, baseline

    def build_for(
        self,
        scope: Scope,
        role: str,
        language: str,
        *,
        checkin: int | None = None,
        since: int | None = None,
        all_levels: bool = False,
        name: str | None = None,
    ) -> ReportData:
        """One consistent state of the data (one read transaction), however many services
        the report asks."""
        if self._db is None:
            return self._build(scope, role, language, checkin, since, all_levels, name)
        with self._db.snapshot():
            return self._build(scope, role, language, checkin, since, all_levels, name)

    def _build(
        self,
        scope: Scope,
        role: str,
        language: str,
        checkin: int | None,
        since: int | None,
        all_levels: bool,
        name: str | None,
    ) -> ReportData:
        framework = self._catalog.subset(scope)
        role = require_role(framework, role, name or scope.key)
        namer = Namer(framework, language)
        checkins = self._checkins.all()
        chosen, baseline = self.baseline(scope, role, checkin, since)
        target = self._personal.target(scope.framework, role)
        if chosen is None:
            standing = self._standing.standing_of(scope, role, language)
            levels, gaps = standing.levels, standing.gaps
            estimated = standing.estimated_level
            plan = standing.plan
            detail = self._catalog.detail(scope, language)
            mine = [r for r in detail.requirements if r.role == role]
        else:
            assessment, mine = self._checkins.snapshot(scope, chosen.id, role, language, target)
            levels = level_standings(assessment, namer)
            by_key = {v.key: v for v in mine}
            gaps = tuple(by_key[g.key] for g in assessment.gaps)
            estimated = assessment.estimated_level
            plan = tuple(
                PlanStep(
                    step.level,
                    namer.levels[step.level],
                    tuple(by_key[ref.key] for ref in step.requirements),
                )
                for step in assessment.plan
            )
        ladder = [lv.key for lv in framework.levels]
        plan_end = ladder.index(plan[-1].level) if plan else len(ladder) - 1
        shown = [
            v
            for v in mine
            if all_levels
            or v.level not in ladder
            or ladder.index(v.level) <= plan_end
            or v.rating is not None
            or v.note
        ]
        grouped = tuple(
            (
                NamedKey(key, namer.levels[key], namer.shorts[key]),
                tuple(v for v in shown if v.level == key),
            )
            for key in ladder
            if any(v.level == key for v in shown)
        )
        changes: tuple[ChangeView, ...] = ()
        if baseline is not None:
            changes = tuple(
                self._checkins.changes(
                    scope,
                    baseline.id,
                    None if chosen is None else chosen.id,
                    language,
                    role=role,
                    texts=True,
                )
            )
        history = self._history(scope, role, language, chosen, checkins)
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
            changes_since=baseline,
            changes=changes,
            history=history,
            skills=tuple(
                SkillVersion(namer.skills[s.key], s.version, s.updated) for s in framework.skills
            ),
            plan=plan,
            plan_level=namer.levels[plan[-1].level] if plan else None,
            all_levels=all_levels,
            hidden=len(mine) - len(shown),
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
