"""Team actions over the team's PostgreSQL (`storage/team/`): connect, init, people, publish
and pull frameworks, share and withdraw check-ins, a manager's status and report.

Nothing reaches the server without one of these calls; each is one connection and one
transaction (all or nothing). They block for up to the connect timeout (5 s unless the
connection string sets one): the window calls them off its thread. This module is imported on
the first team action only: psycopg and the PostgreSQL dialect load with it.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skill_ladder.atomic_write import write_atomic
from skill_ladder.domain.profile import Framework
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidInput, SkillLadderError, TeamFailure
from skill_ladder.services.catalog import Namer
from skill_ladder.services.checkins import change_kind
from skill_ladder.services.hub import Services
from skill_ladder.services.ratings import require_role
from skill_ladder.services.standing import level_standings
from skill_ladder.services.team_link import REMEMBERED, remembered_url
from skill_ladder.services.team_views import (
    ConnectionCheck,
    HeatRow,
    PersonGrowth,
    PersonStanding,
    SharedCheckin,
    SharedFramework,
    SharedPoint,
    SharePlan,
    TeamPerson,
    TeamReportData,
    TeamStatus,
)
from skill_ladder.services.views import ImportReport, NamedKey, Scope
from skill_ladder.storage.team import setup, store
from skill_ladder.storage.team.connection import TeamDatabase, parse_url

log = logging.getLogger(__name__)

TEAM_ROLES = ("member", "manager", "admin")
MAX_NAME = 200


class TeamService:
    def __init__(self, services: Services, data_dir: Path) -> None:
        self._services = services
        self._remembered = data_dir / REMEMBERED

    # -- the connection --------------------------------------------------------------------
    def remembered_url(self) -> str | None:
        return remembered_url(self._remembered.parent)

    def _database(self, url: str | None) -> TeamDatabase:
        chosen = url if url is not None else self.remembered_url()
        if chosen is None:
            raise InvalidInput("team.no_db")
        return TeamDatabase(chosen)

    def _work(
        self, url: str | None, action: Callable[[Any], Any], *, need: str | None = "member"
    ) -> Any:
        """`action` on one connection, in one transaction; first (in the same round trip) the
        server's schema version and the rights `need` asks for (member, manager, admin)."""
        database = self._database(url)
        try:
            if need is None:
                with database.transaction() as connection:
                    return action(connection)
            checked = False
            try:
                with database.transaction() as connection:
                    revision, held = store.checked_rights(connection)
                    checked = True
                    setup.require_head(revision)
                    store.require(held, need)
                    return action(connection)
            except TeamFailure as failure:
                if checked or failure.code == "team.unreachable":
                    raise
                with database.transaction() as connection:  # say why the check failed
                    setup.check_version(connection)
                raise
        finally:
            database.close()

    def connect(self, url: str) -> ConnectionCheck:
        """Tests the connection (login, team role, schema version) and remembers the string
        (it holds no password: one written in it is refused)."""
        result = self.check_connection(url)
        self.remember(url)
        return result

    def remember(self, url: str) -> None:
        """Remembers a connection string (refused if it holds a password), without testing
        it: the window tests off the GUI thread and remembers only if the person did not
        cancel meanwhile."""
        parse_url(url)
        write_atomic(self._remembered, json.dumps({"db": url}).encode("utf-8"), mode=0o600)

    def check_connection(self, url: str) -> ConnectionCheck:
        """The test `connect` makes (login, team role, schema version), remembering nothing:
        the window's "Test connection"."""
        parse_url(url)

        def check(connection: Any) -> ConnectionCheck:
            revision = setup.server_revision(connection)
            if revision is not None:
                setup.check_version(connection)  # another version: said now, not remembered
            held = store.rights(connection)
            role = next(
                (
                    name
                    for name, has in (
                        ("admin", held.admin),
                        ("manager", held.manager),
                        ("member", held.member),
                    )
                    if has
                ),
                None,
            )
            return ConnectionCheck(held.login, role, revision, setup.HEAD)

        result: ConnectionCheck = self._work(url, check, need=None)
        return result

    # -- administration --------------------------------------------------------------------
    def init(self, url: str | None) -> tuple[str | None, str]:
        """Creates or migrates the team schema; idempotent."""
        result: tuple[str | None, str] = self._work(url, setup.initialise, need=None)
        return result

    def add_person(
        self,
        url: str | None,
        login: str,
        name: str,
        manager: str | None = None,
        team_role: str = "member",
    ) -> bool:
        if team_role not in TEAM_ROLES:
            raise InvalidInput("team.role_kind", value=team_role, choices=", ".join(TEAM_ROLES))
        if not name.strip() or len(name) > MAX_NAME:
            raise InvalidInput("name.too_long" if name.strip() else "team.name_empty", max=MAX_NAME)

        def add(connection: Any) -> bool:
            return store.add_person(connection, login, name.strip(), manager, team_role)

        added: bool = self._work(url, add, need="admin")
        return added

    def people(self, url: str | None) -> list[TeamPerson]:
        def listing(connection: Any) -> list[TeamPerson]:
            return [TeamPerson(*row) for row in store.list_people(connection)]

        found: list[TeamPerson] = self._work(url, listing, need="admin")
        return found

    def publish(self, url: str | None, profile: str) -> tuple[str, dict[str, int]]:
        """Puts a framework (all its skills, their versions) on the server."""
        catalog = self._services.catalog
        key = catalog.resolve(profile).framework
        framework = catalog.load(key)
        versions = {skill.key: skill.version for skill in framework.skills}
        document = catalog.export(key)

        def put(connection: Any) -> None:
            store.publish(connection, key, versions, document, datetime.now(UTC))

        self._work(url, put, need="admin")
        return key, versions

    def published(self, url: str | None) -> list[str]:
        """The keys of the team's published frameworks (what a share may carry)."""
        keys: list[str] = self._work(url, store.published_keys)
        return keys

    def pull(self, url: str | None) -> list[ImportReport]:
        """Installs or updates the team's frameworks locally, as an import does (ratings
        follow keys; changed texts are flagged). A local version newer than the team's is
        left as it is."""

        documents = self._work(url, store.published)
        return [
            self._services.catalog.import_bytes(bytes(row.document), skip_older=True)
            for row in documents
        ]

    # -- sharing ---------------------------------------------------------------------------
    def my_role(self, framework: Framework, role: str | None) -> str | None:
        """My role on `framework`: the one given (`team share --role`), else the one I set as
        mine (issue 13, `my-role` or "This is my role"); None where I have none on it."""
        chosen = role if role is not None else self._services.personal.my_role(framework.key)
        if chosen is None:
            return None
        try:
            return require_role(framework, chosen, framework.key)
        except InvalidInput:
            return None

    def plan_share(
        self,
        url: str | None,
        checkin_id: int | None = None,
        *,
        notes: bool = False,
        role: str | None = None,
    ) -> SharePlan:
        """Exactly what `send` would put on the server for a check-in (the latest by
        default): its ratings of the team's published frameworks, notes only if asked, and
        the standing for my role by the app's rule."""

        published = self._work(url, store.published_keys)
        return self.plan_from(published, checkin_id, notes=notes, role=role)

    def plan_from(
        self,
        published: list[str],
        checkin_id: int | None = None,
        *,
        notes: bool = False,
        role: str | None = None,
    ) -> SharePlan:
        checkins = self._services.checkins
        every = checkins.all()
        if not every:
            raise InvalidInput("team.no_checkin")
        if checkin_id is None:
            chosen = every[-1]
        else:
            found = next((c for c in every if c.id == checkin_id), None)
            if found is None:
                raise InvalidInput("checkin.unknown", id=checkin_id)
            chosen = found
        installed = self._services.catalog.frameworks()
        if role is None and not any(
            self.my_role(installed[key], None) for key in published if key in installed
        ):
            raise InvalidInput("team.role_missing")
        shared: list[SharedFramework] = []
        for key in published:
            if key not in installed:
                continue
            framework = installed[key]
            items = checkins.frozen_ratings(chosen.id, key)
            mine = self.my_role(framework, role)
            estimated: str | None = None
            levels: tuple[dict[str, Any], ...] = ()
            if mine is not None:
                assessment, _ = checkins.snapshot(Scope(key), chosen.id, mine, "en")
                estimated = assessment.estimated_level
                levels = tuple(
                    {k: v for k, v in asdict(lv).items() if k != "name"}
                    for lv in level_standings(assessment, Namer(framework, "en"))
                )
            shared.append(
                SharedFramework(
                    framework=key,
                    ratings=tuple((k, v) for k, v, _ in items),
                    notes=tuple((k, n) for k, _, n in items if n) if notes else (),
                    role=mine,
                    estimated_level=estimated,
                    levels=levels,
                )
            )
        if not any(f.role for f in shared):
            raise InvalidInput(
                "team.role_unknown", role=role, frameworks=", ".join(published) or "—"
            )
        return SharePlan(chosen.id, chosen.created, notes, tuple(shared))

    def send(self, url: str | None, plan: SharePlan) -> bool:
        """Shares a planned check-in; False (nothing changed) when it was shared already."""
        sent: bool = self._work(url, lambda connection: _send(connection, plan))
        return sent

    def share(
        self,
        url: str | None,
        checkin_id: int | None = None,
        *,
        notes: bool = False,
        role: str | None = None,
    ) -> tuple[SharePlan, bool]:
        """Plan and send in one transaction (the published list read in the same one)."""

        def plan_and_send(connection: Any) -> tuple[SharePlan, bool]:
            published = store.published_keys(connection)
            plan = self.plan_from(published, checkin_id, notes=notes, role=role)
            return plan, _send(connection, plan)

        done: tuple[SharePlan, bool] = self._work(url, plan_and_send)
        return done

    def shares(self, url: str | None) -> list[SharedCheckin]:
        def listing(connection: Any) -> list[SharedCheckin]:
            return [
                SharedCheckin(
                    row.local_id,
                    row.created_at,
                    row.shared_at,
                    bool(row.notes_shared),
                    int(row.ratings),
                    tuple(sorted(row.frameworks)),
                )
                for row in store.my_shares(connection)
            ]

        found: list[SharedCheckin] = self._work(url, listing)
        return found

    def unshare(self, url: str | None, checkin_id: int) -> None:
        def withdraw(connection: Any) -> None:
            if not store.unshare(connection, checkin_id):
                raise InvalidInput("team.not_shared", id=checkin_id)

        self._work(url, withdraw)

    # -- managers --------------------------------------------------------------------------
    def _framework_key(self, profile: str) -> str:
        try:
            return self._services.catalog.resolve(profile).framework
        except SkillLadderError:
            return profile  # not installed here: the server may still know it

    def _ladder(self, key: str, language: str) -> tuple[NamedKey, ...]:
        framework = self._services.catalog.frameworks().get(key)
        if framework is None:
            return ()
        namer = Namer(framework, language)
        return tuple(
            NamedKey(lv.key, namer.levels[lv.key], namer.shorts[lv.key]) for lv in framework.levels
        )

    def status(self, url: str | None, profile: str, language: str) -> TeamStatus:
        """One row a person reporting to me (directly or through other managers): the
        standing of their last shared check-in."""
        key = self._framework_key(profile)

        rows = self._work(
            url, lambda connection: store.team_status(connection, key), need="manager"
        )
        return TeamStatus(
            framework=key,
            levels=self._ladder(key, language),
            people=tuple(
                PersonStanding(
                    login=row.login,
                    name=row.name,
                    manager=row.manager,
                    role=row.role,
                    estimated_level=row.estimated_level,
                    levels=tuple(row.levels or ()),
                    shared_at=row.shared_at,
                )
                for row in rows
            ),
        )

    def report_data(self, url: str | None, profile: str, language: str) -> TeamReportData:
        """The heat-map of the people reporting to me and each one's last two shared
        check-ins compared, for `report.renderer`."""
        key = self._framework_key(profile)
        framework = self._services.catalog.frameworks().get(key)
        if framework is None:
            raise InvalidInput("profile.unknown", key=profile)
        namer = Namer(framework, language)
        ladder = self._ladder(key, language)

        def read(connection: Any) -> tuple[str, list[Any], list[Any], list[Any]]:
            standing_rows, rated = store.last_two(connection, key)
            login = store.rights(connection).login
            return login, store.team_status(connection, key), standing_rows, rated

        login, people, rows, rated = self._work(url, read, need="manager")
        by_checkin: dict[int, dict[str, int]] = {}
        for checkin_id, requirement, value in rated:
            by_checkin.setdefault(checkin_id, {})[requirement] = value

        def point(row: Any) -> SharedPoint:
            readiness = {lv["key"]: lv["readiness"] for lv in row.levels}
            level = row.estimated_level
            return SharedPoint(
                row.created_at,
                namer.levels.get(level, level) if level else None,
                tuple(readiness.get(lv.key) for lv in ladder),
            )

        names = _told_apart({p.login: p.name for p in people})
        heat = []
        for person in people:
            cells: tuple[float | None, ...] = tuple(None for _ in ladder)
            if person.levels:
                readiness = {lv["key"]: lv["readiness"] for lv in person.levels}
                cells = tuple(readiness.get(lv.key) for lv in ladder)
            level = person.estimated_level
            estimated = namer.levels.get(level, level) if level else None
            heat.append(HeatRow(person.login, names[person.login], estimated, cells))
        growth = []
        for person_login in sorted({row.login for row in rows}):
            mine = [row for row in rows if row.login == person_login]
            latest = mine[-1]
            previous = mine[-2] if len(mine) > 1 else None
            changes: dict[str, int] = {}
            if previous is not None:
                before = by_checkin.get(previous.checkin_id, {})
                after = by_checkin.get(latest.checkin_id, {})
                for requirement in before.keys() | after.keys():
                    old, new = before.get(requirement), after.get(requirement)
                    kind = change_kind(
                        None if old is None else Rating(old), None if new is None else Rating(new)
                    )
                    if kind is not None:
                        changes[kind] = changes.get(kind, 0) + 1
            growth.append(
                PersonGrowth(
                    login=person_login,
                    name=names.get(person_login, person_login),
                    role_name=namer.roles.get(latest.role, latest.role),
                    latest=point(latest),
                    previous=None if previous is None else point(previous),
                    changes=changes,
                )
            )
        return TeamReportData(
            language=language,
            person=login,
            profile_name=namer.framework,
            made=datetime.now(UTC),
            levels=ladder,
            heat=tuple(heat),
            growth=tuple(growth),
        )


def share_summary(plan: SharePlan) -> dict[str, Any]:
    """A plan as plain JSON-ready data (the CLI's `--json`, the window's preview)."""
    return {
        "checkin": plan.checkin_id,
        "created": plan.created.isoformat(),
        "notes": plan.with_notes,
        "frameworks": [
            {
                "framework": f.framework,
                "role": f.role,
                "estimated_level": f.estimated_level,
                "ratings": len(f.ratings),
                "notes": len(f.notes),
            }
            for f in plan.frameworks
        ],
    }


def _send(connection: Any, plan: SharePlan) -> bool:
    """Shares the plan; False when this very check-in is shared already. A shared check-in of
    the same number made at another moment is another one (another laptop, or a data folder
    started afresh, numbers from 1 again): refused, never said to be shared."""
    sent = store.share(
        connection,
        plan.checkin_id,
        plan.created,
        [(f.framework, k, v) for f in plan.frameworks for k, v in f.ratings],
        [n for f in plan.frameworks for n in f.notes],
        [
            store.SharedStanding(f.framework, f.role, f.estimated_level, list(f.levels))
            for f in plan.frameworks
            if f.role is not None
        ],
    )
    if not sent:
        made = store.shared_created_at(connection, plan.checkin_id)
        if made is not None and not _same_moment(made, plan.created):
            day = made.astimezone().date().isoformat()  # the day on this laptop's clock
            raise TeamFailure("team.number_taken", id=plan.checkin_id, made=day)
    return sent


def _same_moment(a: datetime, b: datetime) -> bool:
    """Two creation times of one check-in: the server keeps microseconds, as SQLite does; a
    naive time is UTC."""
    a, b = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (a, b))
    return abs((a - b).total_seconds()) < 0.001


def _told_apart(names: dict[str, str]) -> dict[str, str]:
    """Each login's name as the team page and report show it: a name two people share is
    followed by the login, "Inés Ibáñez (ines)", so no one reads another's row as theirs."""
    seen = Counter(names.values())
    # Not words but a pattern, the same in every language: no translation.
    return {login: f"{name} ({login})" if seen[name] > 1 else name for login, name in names.items()}
