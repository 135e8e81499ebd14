"""A real PostgreSQL for the team tests (issue 17, point 6): one cluster for the whole run
(`tests/support/postgres.py`), a database `ladder` owned by the administrator's login, and
logins for an organisation of two teams:

    ladder_admin (admin, CREATEROLE)
    alice (manager) ── bob (member)
                   └── carol (manager) ── dave (member)
    erin (manager) ── frank (member)
    mallory: a login that is on no team

The tests skip only where the server binaries are absent, and fail instead under CI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from skill_ladder.paths import bundled_profiles
from skill_ladder.services.hub import Services
from skill_ladder.services.team import TeamService
from skill_ladder.storage.database import open_database
from tests.conftest import Cli, CliResult
from tests.support.postgres import Cluster, server_bin

ORGANISATION = [
    # login, name, manager, team role
    ("alice", "Alice Arias", None, "manager"),
    ("bob", "Bob Blanco", "alice", "member"),
    ("carol", "Carol Cano", "alice", "manager"),
    ("dave", "Dave Díaz", "carol", "member"),
    ("erin", "Erin Estévez", None, "manager"),
    ("frank", "Frank Fuentes", "erin", "member"),
]


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    if server_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs PostgreSQL's server binaries (.ci/run installs `postgresql`)")
        pytest.skip("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin")
    started = Cluster.start()
    try:
        started.create_login("ladder_admin", "CREATEROLE")
        started.create_database("ladder", "ladder_admin")
        for login, *_ in ORGANISATION:
            started.create_login(login)
        started.create_login("mallory")
        yield started
    finally:
        started.stop()


@dataclass
class Team:
    """The cluster, and one data folder (a laptop) per login: used through the real command
    (`team(login, ...)`, a subprocess) or through the services in this process
    (`team.service(login)`), which the window calls too."""

    cluster: Cluster
    folders: Path
    laptops: dict[str, Cli] = field(default_factory=dict)
    opened: dict[str, Services] = field(default_factory=dict)

    def services(self, login: str) -> Services:
        if login not in self.opened:
            folder = self.folders / login
            folder.mkdir(parents=True, exist_ok=True)
            database = open_database(folder / "skill-ladder.sqlite3", folder / "backups")
            self.opened[login] = Services.over(database)
            self.opened[login].catalog.install_bundled(bundled_profiles())
        return self.opened[login]

    def service(self, login: str) -> TeamService:
        return TeamService(self.services(login), self.folders / login)

    def close(self) -> None:
        for services in self.opened.values():
            services.database.close()

    def url(self, login: str, dbname: str = "ladder") -> str:
        return self.cluster.url(login, dbname)

    def __call__(self, login: str, *args: str, db: str | None = "ladder") -> CliResult:
        """`skill-ladder team ARGS… --db URL` on `login`'s laptop."""
        laptop = self.laptops.setdefault(login, Cli(self.folders / login))
        extra = ["--db", self.url(login, db)] if db is not None else []
        return laptop("team", *args, *extra, env=self.cluster.env())

    def local(self, login: str, *args: str) -> CliResult:
        laptop = self.laptops.setdefault(login, Cli(self.folders / login))
        return laptop(*args, env=self.cluster.env())


@pytest.fixture(scope="session")
def team(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """The schema made by `team init`, and the organisation added by the administrator."""
    os.environ.update(cluster.env())  # PGPASSFILE, for the connections made in this process
    made = Team(cluster, tmp_path_factory.mktemp("laptops"))
    done = made("ladder_admin", "init")
    assert done.code == 0, done.err
    admin = made.service("ladder_admin")
    for login, name, manager, role in ORGANISATION:
        admin.add_person(made.url("ladder_admin"), login, name, manager, role)
    yield made
    made.close()


@pytest.fixture(scope="session")
def shared(team: Team) -> Team:
    """The administrator publishes the bundled framework; bob, carol, dave and frank rate,
    close check-ins and share them (dave with his notes); bob shares a second, better one."""
    from skill_ladder.domain.rating import Rating

    team.service("ladder_admin").publish(team.url("ladder_admin"), "mlflow")
    ratings = {
        "bob": [("junior", Rating.MEETS), ("middle", Rating.WORKING_TOWARDS)],
        "carol": [("junior", Rating.EXCEEDS)],
        "dave": [("junior", Rating.NOT_YET)],
        "frank": [("junior", Rating.MEETS)],
    }
    for login, rated in ratings.items():
        services = team.services(login)
        for level, value in rated:
            services.ratings.rate_cell(
                "mlflow", "ml-engineer", level, value, note=f"{login}'s evidence"
            )
        services.checkins.create("first")
        team.service(login).share(team.url(login), notes=login == "dave", role="ml-engineer")
    bob = team.services("bob")
    for level in ("junior", "middle"):
        bob.ratings.rate_cell("mlflow", "ml-engineer", level, Rating.EXCEEDS)
    bob.checkins.create("second")
    team.service("bob").share(team.url("bob"), role="ML Engineer")
    return team
