"""What each login may see and do, held by PostgreSQL itself (issue 17, point 3): plain SQL
as each login, around the app, against row-level security forced on the owner's tables."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest

from skill_ladder.errors import TeamFailure
from tests.team.conftest import Team

PERSONAL = ("checkins", "ratings", "notes", "standings")


@contextmanager
def login(team: Team, name: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(team.url(name)) as connection:
        yield connection


def logins_in(connection: psycopg.Connection[Any], table: str) -> set[str]:
    rows = connection.execute(f"SELECT DISTINCT login FROM skill_ladder.{table}").fetchall()
    return {row[0] for row in rows}


def test_a_member_reads_only_their_own_rows(shared: Team) -> None:
    with login(shared, "bob") as bob:
        for table in ("checkins", "ratings", "standings", "people"):
            assert logins_in(bob, table) == {"bob"}, table
        assert logins_in(bob, "notes") == set()  # bob shared no notes
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("SELECT * FROM skill_ladder.my_reports()")


def test_nobody_shares_as_someone_else(shared: Team) -> None:
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security")
    with login(shared, "bob") as bob, refused:
        bob.execute(
            "INSERT INTO skill_ladder.checkins (login, local_id, created_at)"
            " VALUES ('dave', 77, now())"
        )
    with login(shared, "bob") as bob:
        dave_checkin = shared.cluster.sql(
            "SELECT min(id) FROM skill_ladder.checkins WHERE login = 'dave'", "ladder"
        )
        with pytest.raises(psycopg.errors.ForeignKeyViolation):  # his row on dave's check-in
            bob.execute(
                "INSERT INTO skill_ladder.ratings (checkin_id, requirement_key, framework, value)"
                f" VALUES ({dave_checkin}, 'x', 'ml-engineering', 3)"
            )
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security")
    with login(shared, "bob") as bob, refused:
        bob.execute(
            "INSERT INTO skill_ladder.ratings"
            " (checkin_id, login, requirement_key, framework, value)"
            f" VALUES ({dave_checkin}, 'dave', 'x', 'ml-engineering', 3)"
        )
    with login(shared, "dave") as dave:
        assert dave.execute("DELETE FROM skill_ladder.ratings WHERE login = 'bob'").rowcount == 0


def test_a_manager_reads_the_chain_below_and_writes_nothing(shared: Team) -> None:
    with login(shared, "alice") as alice:
        assert logins_in(alice, "standings") == {"bob", "carol", "dave"}
        assert logins_in(alice, "people") == {"alice", "bob", "carol", "dave"}  # and her own
        assert alice.execute("DELETE FROM skill_ladder.ratings").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            alice.execute("UPDATE skill_ladder.ratings SET value = 0")
    with login(shared, "carol") as carol:
        assert logins_in(carol, "standings") == {"carol", "dave"}  # her own and her report's


def test_a_manager_does_not_read_another_team(shared: Team) -> None:
    with login(shared, "erin") as erin:
        for table in PERSONAL:
            assert logins_in(erin, table) <= {"frank"}, table
        assert logins_in(erin, "ratings") == {"frank"}
    with login(shared, "alice") as alice:
        for table in PERSONAL:
            assert "frank" not in logins_in(alice, table), table
    status = shared.service("erin").status(shared.url("erin"), "mlflow", "en")
    assert [p.login for p in status.people] == ["frank"]


def test_notes_are_shared_only_when_the_person_says_so(shared: Team) -> None:
    with login(shared, "alice") as alice:
        rows = alice.execute("SELECT login, note FROM skill_ladder.notes").fetchall()
    assert rows and {row[0] for row in rows} == {"dave"}  # bob and carol kept theirs
    assert {row[1] for row in rows} == {"dave's evidence"}
    # bob's notes exist on his laptop, and his shares carried none
    assert shared.services("bob").checkins.frozen_ratings(1, "ml-engineering")[0][2]
    assert not any(s.with_notes for s in shared.service("bob").shares(shared.url("bob")))


def test_an_admin_manages_people_but_reads_no_personal_rows(shared: Team) -> None:
    with login(shared, "ladder_admin") as admin:
        assert "bob" in logins_in(admin, "people")
        for table in PERSONAL:
            assert logins_in(admin, table) == set(), table


def test_a_login_on_no_team_reads_nothing(shared: Team) -> None:
    denied = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with login(shared, "mallory") as mallory, denied:
        mallory.execute("SELECT * FROM skill_ladder.ratings")
    with pytest.raises(TeamFailure) as refused:
        shared.service("mallory").shares(shared.url("mallory"))
    assert refused.value.code == "team.not_on_team"


def test_the_tables_belong_to_a_nologin_owner_no_login_holds(shared: Team) -> None:
    sql = shared.cluster.sql
    owners = sql(
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'skill_ladder'", "ladder"
    )
    assert owners == "skill_ladder_owner"
    assert sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'skill_ladder_owner'") == "f"
    forced = sql(
        "SELECT bool_and(relrowsecurity AND relforcerowsecurity) FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'skill_ladder' AND c.relkind = 'r' AND c.relname <> 'alembic_version'",
        "ladder",
    )
    assert forced == "t"
    members = sql(
        "SELECT count(*) FROM pg_auth_members WHERE roleid = 'skill_ladder_owner'::regrole"
    )
    assert members == "0"
