"""The `team` command line against a real PostgreSQL (issue 17, point 4): outputs, JSON
shapes, exit codes and one-line errors, as several logins. Each call is a real subprocess;
the data behind them is made in-process (`shared`), to keep the team tests' time small."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from skill_ladder.paths import bundled_profiles
from skill_ladder.services.hub import Services
from skill_ladder.storage.database import open_database
from tests.conftest import Cli, CliResult
from tests.support.profiles import three_levels
from tests.team.conftest import Team

LEVEL_FIELDS = {
    "key",
    "met",
    "blocks",
    "readiness",
    "required_met",
    "required_total",
    "optional_met",
    "optional_total",
}


def one_line_error(done: CliResult, code: int) -> str:
    assert done.code == code, (done.out, done.err)
    err = done.err.strip()
    assert "\n" not in err and "Traceback" not in err, err
    assert err.startswith("skill-ladder: "), err
    return err


def test_init_is_idempotent_and_needs_createrole(team: Team) -> None:
    again = team("ladder_admin", "init")
    assert again.code == 0 and again.out == "Team schema already at revision t0002.\n"
    assert "CREATEROLE" in one_line_error(team("bob", "init"), 1)


def test_person_add_and_list(team: Team) -> None:
    added = team("ladder_admin", "person", "add", "mallory", "--name", "Mallory Mora")
    assert added.code == 0 and added.out == "mallory added to the team as member.\n"
    listed = team("ladder_admin", "person", "list", "--json").json()
    rows = {p["login"]: p for p in listed["people"]}
    assert rows["dave"] == {
        "login": "dave",
        "name": "Dave Díaz",
        "manager": "carol",
        "team_role": "member",
    }
    assert {"ladder_admin", "alice", "bob", "carol", "dave", "erin", "frank", "mallory"} == set(
        rows
    )
    text = team("ladder_admin", "person", "list").out
    assert "bob\tBob Blanco\talice\tmember\n" in text
    team.cluster.sql("DELETE FROM skill_ladder.people WHERE login = 'mallory'", "ladder")
    team.cluster.sql("REVOKE skill_ladder_member FROM mallory")
    assert "not an administrator" in one_line_error(team("alice", "person", "list"), 1)
    unknown = team("ladder_admin", "person", "add", "nobody", "--name", "N")
    assert "createuser" in one_line_error(unknown, 2)
    bad = team("ladder_admin", "person", "add", "bob", "--name", "B", "--team-role", "boss")
    one_line_error(bad, 2)  # argparse's choices


def test_share_shares_and_unshare(shared: Team) -> None:
    local = shared.services("frank")
    local.checkins.create("to withdraw")
    done = shared("frank", "share", "--role", "ml-engineer")
    assert done.code == 0, done.err
    assert done.out.startswith("Check-in 2 shared: 1 rating(s).\n")
    assert "ml-engineering, as ml-engineer: estimated level junior" in done.out
    again = shared("frank", "share", "--role", "ml-engineer")
    assert again.out == "Check-in 2 was shared already; nothing changed.\n"
    mine = shared("frank", "shares", "--json").json()
    assert [s["checkin"] for s in mine["shares"]] == [2, 1]
    assert set(mine["shares"][0]) == {
        "checkin",
        "created",
        "shared_at",
        "notes",
        "ratings",
        "frameworks",
    }
    assert mine["shares"][0]["frameworks"] == ["ml-engineering"]
    withdrawn = shared("frank", "unshare", "2")
    assert withdrawn.out == "Check-in 2 withdrawn from the team.\n"
    assert "team shares" in one_line_error(shared("frank", "unshare", "2"), 2)
    text = shared("frank", "shares").out
    assert text.startswith("1\t") and "without notes\tml-engineering" in text
    assert "--role" in one_line_error(shared("frank", "share"), 2)
    assert "“nobody”" in one_line_error(shared("frank", "share", "--role", "nobody"), 2)


def test_a_check_in_numbered_like_a_shared_one_is_refused_not_said_shared(
    shared: Team, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """erin shares check-in 1; on a data folder started afresh her first check-in is 1 again,
    made at another moment: refused in one line (nothing written), never "shared already".
    Withdrawn at the end: erin shares nothing in the other tests."""
    shared.services("erin").checkins.create("on the first laptop")
    request.addfinalizer(lambda: shared("erin", "unshare", "1"))
    done = shared("erin", "share", "--role", "ml-engineer")
    assert done.code == 0 and done.out.startswith("Check-in 1 shared"), done.err
    fresh = tmp_path / "erin-afresh"
    fresh.mkdir()
    database = open_database(fresh / "skill-ladder.sqlite3", fresh / "backups")
    services = Services.over(database)
    services.catalog.install_bundled(bundled_profiles())
    assert services.checkins.create("on a new laptop").id == 1
    database.close()
    count = "SELECT count(*) FROM skill_ladder.checkins WHERE login = 'erin'"
    assert shared.cluster.sql(count, "ladder") == "1"

    refused = Cli(fresh)(
        "team",
        "share",
        "--role",
        "ml-engineer",
        "--db",
        shared.url("erin"),
        env=shared.cluster.env(),
    )
    err = one_line_error(refused, 1)
    assert "already has a check-in 1 of yours, made on " in err and "team unshare 1" in err
    assert shared.cluster.sql(count, "ladder") == "1"
    again = shared("erin", "share", "--role", "ml-engineer")  # the first laptop's, the same one
    assert again.out == "Check-in 1 was shared already; nothing changed.\n"


def test_share_takes_my_role_once_it_is_set(shared: Team) -> None:
    """Without --role, a share stands for the role set as mine (issue 13's `my-role`)."""
    local = shared.services("frank")
    local.personal.set_my_role("ml-engineering", "ml-engineer")
    local.checkins.create("with my role")
    done = shared("frank", "share")
    assert done.code == 0, done.err
    assert "ml-engineering, as ml-engineer: estimated level" in done.out


def test_status_as_manager_and_refused_to_a_member(shared: Team) -> None:
    status = shared("alice", "status", "mlflow", "--json").json()
    people = {p["login"]: p for p in status["people"]}
    assert set(people) == {"bob", "carol", "dave"}  # dave through carol; not erin's frank
    bob = people["bob"]
    assert set(bob) == {
        "login",
        "name",
        "manager",
        "role",
        "estimated_level",
        "levels",
        "shared_at",
    }
    assert (bob["role"], bob["manager"], bob["estimated_level"]) == (
        "ml-engineer",
        "alice",
        "middle",
    )
    assert set(bob["levels"][0]) == LEVEL_FIELDS and bob["levels"][0]["key"] == "junior"
    text = shared("alice", "status", "ml-engineering").out
    assert "bob\tBob Blanco\tml-engineer\tMiddle\t" in text
    assert "not a manager" in one_line_error(shared("bob", "status", "mlflow"), 1)


def test_publish_and_pull(shared: Team, tmp_path: Path) -> None:
    document = tmp_path / "three.json"
    document.write_text(json.dumps(three_levels()), encoding="utf-8")
    shared.services("ladder_admin").catalog.import_file(document)
    published = shared("ladder_admin", "publish", "three")
    assert published.out == "Published three to the team (2 skill(s)).\n"
    pulled = shared("erin", "pull")
    assert pulled.code == 0, pulled.err
    assert "three-skill-1 (v1): added\n" in pulled.out
    assert "mlflow (v" in pulled.out and "already installed, unchanged" in pulled.out
    assert "not an administrator" in one_line_error(shared("erin", "publish", "mlflow"), 1)


def test_the_team_report(shared: Team, tmp_path: Path) -> None:
    out = tmp_path / "team.pdf"
    done = shared("alice", "report", "mlflow", "--out", str(out))
    assert done.code == 0, done.err
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Team report" in flat and "Where the team stands" in flat
    for name in ("Bob Blanco", "Carol Cano", "Dave Díaz"):
        assert name in flat
    assert "Frank" not in flat
    assert "Each person's last two shared check-ins" in flat
    assert "estimated level Junior → Middle" in flat
    assert "Ratings: up: 2" in flat  # bob's two requirements, compared
    denied = shared("bob", "report", "mlflow", "--out", str(tmp_path / "no.pdf"))
    assert "not a manager" in one_line_error(denied, 1)
    assert not (tmp_path / "no.pdf").exists()
