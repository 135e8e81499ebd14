"""`make bench-team`: the team's PostgreSQL at the scale of an organisation (issue 17, point 7).

Starts a throwaway cluster (tests/support/postgres.py), runs `team init`, then fills it with
COPY, in steps that double the people: each person shares 12 check-ins of a 300-requirement
framework (at 2,000 people: 24,000 check-ins, 7.2 million ratings). At each step it times,
through the same `TeamService` calls the command line and the window make (a new connection
each, as a person's action is):

- one share (a member's 300 ratings, their standing; target under 300 ms),
- a manager's status for the ~50 people below them (target under 200 ms),
- the whole organisation's status for the framework, as its top manager (target under 2 s).

It prints medians and how each grows as the people double; no pass or fail. Not in CI.
`--people 2000` sets the last step (default 2,000; steps halve down to 500).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "desktop"))

from tests.support.postgres import Cluster  # noqa: E402

from skill_ladder.catalog.synthetic import synthetic_bytes  # noqa: E402
from skill_ladder.domain.rating import Rating  # noqa: E402
from skill_ladder.services.hub import Services  # noqa: E402
from skill_ladder.services.team import TeamService  # noqa: E402
from skill_ladder.storage.database import open_database  # noqa: E402

FRAMEWORK = "bench"
CHECKINS = 12
TEAM_SIZE = 50  # a manager and 49 members
LEVELS = ["l1", "l2", "l3", "l4", "l5"]
ROW = "{:>7} {:>11} {:>7} {:>9} {:>11} {:>8} {:>6}"


def login(index: int) -> str:
    return f"p{index:05d}"


def manager_of(index: int) -> int | None:
    """p00001 is the top; every 50 people: one manager (reporting to the top), 49 members."""
    if index == 1:
        return None
    if (index - 2) % TEAM_SIZE == 0:
        return 1
    return index - (index - 2) % TEAM_SIZE


def fill(cluster: Cluster, start: int, stop: int, keys: list[str]) -> float:
    """People `start`..`stop - 1` with their shared check-ins, ratings and standings, by COPY
    as the superuser (who is not held by row-level security). Returns seconds."""
    import psycopg

    rng = random.Random(start)
    began = time.perf_counter()
    first = datetime(2025, 1, 1, tzinfo=UTC)
    with psycopg.connect(cluster.url("postgres")) as connection:
        cursor = connection.cursor()
        with cursor.copy(
            "COPY skill_ladder.people (login, name, manager, team_role) FROM STDIN"
        ) as copy:
            for i in range(start, stop):
                boss = manager_of(i)
                role = "member" if boss not in (None, 1) else "manager"
                copy.write_row((login(i), f"Person {i}", login(boss) if boss else None, role))
        base = int(
            cursor.execute("SELECT coalesce(max(id), 0) FROM skill_ladder.checkins").fetchone()[0]
        )  # type: ignore[index]
        checkins, ratings, standings = io.StringIO(), io.StringIO(), io.StringIO()
        next_id = base
        for i in range(start, stop):
            who = login(i)
            for n in range(CHECKINS):
                next_id += 1
                when = (first + timedelta(days=30 * n)).isoformat()
                checkins.write(f"{next_id}\t{who}\t{n + 1}\t{when}\t{when}\t0\n")
                lines = [
                    f"{next_id}\t{key}\t{who}\t{FRAMEWORK}\t{rng.randrange(4)}\n" for key in keys
                ]
                ratings.write("".join(lines))
                levels = [
                    {
                        "key": lv,
                        "met": False,
                        "blocks": True,
                        "readiness": rng.random(),
                        "required_met": 0,
                        "required_total": 20,
                        "optional_met": 0,
                        "optional_total": 10,
                    }
                    for lv in LEVELS
                ]
                level = rng.choice(LEVELS)
                standings.write(
                    f"{next_id}\t{FRAMEWORK}\t{who}\t{when}\trole-1\t{level}\t{json.dumps(levels)}\n"
                )
        for table, columns, data in (
            ("checkins", "id, login, local_id, created_at, shared_at, notes_shared", checkins),
            ("ratings", "checkin_id, requirement_key, login, framework, value", ratings),
            (
                "standings",
                "checkin_id, framework, login, created_at, role, estimated_level, levels",
                standings,
            ),
        ):
            with cursor.copy(f"COPY skill_ladder.{table} ({columns}) FROM STDIN") as copy:
                data.seek(0)
                while chunk := data.read(1 << 20):
                    copy.write(chunk)
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('skill_ladder.checkins', 'id'),"
            " (SELECT max(id) FROM skill_ladder.checkins))"
        )
        connection.commit()
        connection.autocommit = True
        # What autovacuum would do next, done now: statistics and the visibility map, so the
        # timings below do not share the two cores with it.
        connection.execute("VACUUM (ANALYZE)")
    return time.perf_counter() - began


def timed(action: Callable[[], object], runs: int) -> float:
    action()  # a first run: caches warm, as in a person's session
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples) * 1000


def laptop(folder: Path) -> Services:
    database = open_database(folder / "skill-ladder.sqlite3", folder / "backups")
    return Services.over(database)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    steps = [options.people]
    while steps[0] // 2 >= 500:
        steps.insert(0, steps[0] // 2)

    cluster = Cluster.start()
    os.environ.update(cluster.env())
    work = Path(tempfile.mkdtemp(prefix="skill-ladder-bench-team-"))
    try:
        cluster.create_login("bench_admin", "CREATEROLE")
        cluster.create_database("ladder", "bench_admin")
        top, manager, member = login(1), login(2), login(3)
        for name in (top, manager, member):
            cluster.create_login(name)
        admin = TeamService(laptop(work / "admin"), work / "admin")
        admin.init(cluster.url("bench_admin"))
        document = synthetic_bytes(key=FRAMEWORK, skills=10, roles=2, levels=5, per_cell=3)
        admin_services = laptop(work / "admin")
        admin_services.catalog.import_bytes(document)
        admin = TeamService(admin_services, work / "admin")
        admin.publish(cluster.url("bench_admin"), FRAMEWORK)
        keys = sorted(
            r.key for s in admin_services.catalog.load(FRAMEWORK).skills for r in s.requirements
        )
        assert len(keys) == 300, len(keys)

        mine = laptop(work / "member")
        mine.catalog.import_bytes(document)
        rng = random.Random(1)
        framework = mine.catalog.load(FRAMEWORK)
        for skill in framework.skills:
            for req in skill.requirements:
                mine.ratings.rate_cell(
                    skill.key, req.role, req.level, Rating(rng.randrange(4)), requirement=req.key
                )
        member_team = TeamService(mine, work / "member")

        print(
            f"Team server benchmark: {len(keys)} requirements, {CHECKINS} shared check-ins a person"
        )
        version = cluster.sql("SHOW server_version")
        print(f"PostgreSQL {version}, {os.cpu_count()} cores; medians of {options.runs} runs")
        print()
        print(ROW.format("people", "ratings", "fill s", "share ms", "manager ms", "org ms", "rows"))
        results = []
        filled = 1
        for size in steps:
            fill_s = fill(cluster, filled, size + 1, keys)
            if filled == 1:
                admin.add_person(cluster.url("bench_admin"), top, "Top", None, "manager")
                admin.add_person(cluster.url("bench_admin"), manager, "Manager", top, "manager")
                admin.add_person(cluster.url("bench_admin"), member, "Member", manager, "member")
            filled = size + 1

            # check-ins closed beforehand: the timing is the share alone (plan and send)
            waiting = [mine.checkins.create().id for _ in range(options.runs + 1)]

            def share(waiting: list[int] = waiting) -> None:
                member_team.share(cluster.url(member), waiting.pop(0), role="role-1")

            share_ms = timed(share, options.runs)
            # status reads the server; the laptop only names the levels
            manager_ms = timed(
                lambda: member_team.status(cluster.url(manager), FRAMEWORK, "en"), options.runs
            )
            org_rows = len(member_team.status(cluster.url(top), FRAMEWORK, "en").people)
            org_ms = timed(
                lambda: member_team.status(cluster.url(top), FRAMEWORK, "en"),
                max(3, options.runs // 2),
            )
            ratings = int(cluster.sql("SELECT count(*) FROM skill_ladder.ratings", "ladder"))
            results.append((size, share_ms, manager_ms, org_ms))
            print(
                ROW.format(
                    size,
                    f"{ratings:,}",
                    f"{fill_s:.1f}",
                    f"{share_ms:.1f}",
                    f"{manager_ms:.1f}",
                    f"{org_ms:.1f}",
                    org_rows,
                )
            )
            sys.stdout.flush()
        if len(results) > 1:
            print()
            print("growth as the people double (time at N / time at N/2):")
            for (a, *before), (b, *after) in zip(results, results[1:], strict=False):
                ratios = "  ".join(
                    f"{name} ×{later / earlier:.2f}"
                    for name, earlier, later in zip(
                        ("share", "manager", "org"), before, after, strict=True
                    )
                )
                print(f"  {a:>5} → {b:>5}: {ratios}")
        print()
        print("targets: share < 300 ms, a manager's status (50 people) < 200 ms,")
        print("         the whole organisation's status < 2 s")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
