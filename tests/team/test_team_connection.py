"""Connecting (issue 17, points 1-2): connection strings, service names and URIs, passwords
only from libpq's files, the connect timeout, one line for an unreachable server or another
schema version, and psycopg never loaded by anything but a team action."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skill_ladder.errors import InvalidInput, TeamFailure
from skill_ladder.storage.team import setup
from skill_ladder.storage.team.connection import TeamDatabase, connection_string
from tests.conftest import Cli
from tests.team.conftest import Team


def test_the_connect_timeout_is_five_seconds_unless_the_string_sets_one() -> None:
    assert "connect_timeout=5" in connection_string("service=acme")
    assert "connect_timeout=9" in connection_string(
        "postgresql://ana@db.example/ladder?connect_timeout=9"
    )
    assert "connect_timeout=5" not in connection_string("host=h connect_timeout=9")
    with pytest.raises(InvalidInput) as refused:
        connection_string("host=h user=ana password=secret")
    assert refused.value.code == "team.db_password"


def test_an_unreachable_server_is_one_line_and_exit_1(cli: Cli, tmp_path: Path) -> None:
    done = cli("team", "shares", "--db", f"host={tmp_path} dbname=ladder user=bob")
    assert done.code == 1 and done.err.count("\n") == 1, done.err
    assert done.err.startswith("skill-ladder: Cannot reach the team database: ")


def test_a_server_that_never_answers_times_out(team: Team) -> None:
    with socket.socket() as silent:  # accepts connections in the kernel, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        url = f"host=127.0.0.1 port={port} dbname=ladder user=bob connect_timeout=2"
        started = time.monotonic()
        with pytest.raises(TeamFailure) as refused:
            team.service("bob").shares(url)
        waited = time.monotonic() - started
    assert refused.value.code == "team.unreachable"
    assert 1.5 < waited < 10, waited


def test_a_password_in_the_string_or_no_string_is_a_bad_argument(team: Team, cli: Cli) -> None:
    done = cli("team", "connect", "postgresql://bob:secret@localhost/ladder")
    assert done.code == 2 and "PGPASSFILE" in done.err and "\n" not in done.err.strip()
    assert not (cli.data_dir / "team.json").exists()
    with pytest.raises(InvalidInput) as refused:
        team.service("bob").shares(None)
    assert refused.value.code == "team.no_db"


def test_connect_remembers_the_string_and_never_a_password(team: Team) -> None:
    service = team.service("carol")
    check = service.connect(team.url("carol"))
    assert (check.login, check.team_role, check.server_revision) == ("carol", "manager", "t0002")
    remembered = json.loads((team.folders / "carol" / "team.json").read_text())
    assert remembered == {"db": team.url("carol")}
    assert team.cluster.logins["carol"] not in json.dumps(remembered)
    assert service.shares(None) is not None  # --db left out


def test_service_names_and_uris(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services_file = tmp_path / "pg_service.conf"
    services_file.write_text(
        f"[acme]\nhost={team.cluster.socket_dir}\ndbname=ladder\nuser=bob\n", encoding="utf-8"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services_file))
    service = team.service("bob")
    assert service.connect("service=acme").login == "bob"
    uri = f"postgresql://bob@/ladder?host={team.cluster.socket_dir}"
    assert service.connect(uri).login == "bob"


def test_another_schema_version_is_said_in_one_line(team: Team) -> None:
    cluster = team.cluster
    for name in ("older", "newer"):
        cluster.create_database(name, "ladder_admin")
    with TeamDatabase(team.url("ladder_admin", "older")).transaction() as connection:
        setup.initialise(connection, target="t0001")
    team.service("ladder_admin").init(team.url("ladder_admin", "newer"))
    cluster.sql("UPDATE skill_ladder.alembic_version SET version_num = 't9999'", "newer")
    bob = team.service("bob")
    with pytest.raises(TeamFailure) as older:
        bob.shares(team.url("bob", "older"))
    assert older.value.code == "team.server_older"
    newer = team("bob", "shares", db="newer")
    assert newer.code == 1
    assert newer.err == (
        "skill-ladder: The team database is at schema t9999, newer than this app's t0002:"
        " update Skill Ladder.\n"
    )
    assert team.service("ladder_admin").init(team.url("ladder_admin", "older")) == (
        "t0001",
        "t0002",
    )
    assert bob.shares(team.url("bob", "older")) == []  # bob is in no people row there:
    # the group role is the cluster's, the rows are the database's


def test_nothing_but_a_team_action_loads_psycopg(cli: Cli) -> None:
    assert cli("profile", "list").code == 0  # a second start (a first one runs Alembic,
    # which loads every dialect of SQLAlchemy, PostgreSQL's included)
    network = (
        "psycopg",
        "sqlalchemy.dialects.postgresql",
        "skill_ladder.services.team",
        "skill_ladder.storage.team",
    )
    shown = f"sorted(m for m in sys.modules if m.startswith({network!r}))"
    assert cli.window_start("", shown) == "0 []"
    probe = (
        "import sys, skill_ladder.app as app;"
        f"code = app.main(['--data-dir', {str(cli.data_dir)!r}, 'status', 'mlflow',"
        " 'ml-engineer']);"
        f"print(code, {shown})"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stderr


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="an empty network namespace needs root and util-linux (CI runs as root)",
)
def test_without_a_network_a_team_command_says_so_in_one_line(cli: Cli) -> None:
    """The only commands that open a network connection fail cleanly where there is none."""
    command = ["unshare", "-n", sys.executable, "-m", "skill_ladder"]
    command += ["--data-dir", str(cli.data_dir), "team", "shares"]
    command += ["--db", "host=127.0.0.1 dbname=ladder user=bob"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("skill-ladder: Cannot reach the team database: ")
    assert done.stderr.count("\n") == 1
