"""The data folder's files under hostile names and timing (issue 15, items 1, 3, 4 and 10):
any legal folder name works, nothing in backups/ or recovery/ is ever replaced, an empty
database is damaged (not new), and every file the app makes is owner-only."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from skill_ladder.app import open_services
from skill_ladder.domain.rating import Rating
from skill_ladder.paths import AppPaths
from skill_ladder.storage import backups
from skill_ladder.storage.database import open_database
from tests.conftest import Cli


@pytest.mark.parametrize("name", ["proj#2", "what?x", "%41", "a b&c=d;e"])
def test_any_legal_folder_name_holds_its_data(tmp_path: Path, name: str) -> None:
    parent = tmp_path / "parent"
    paths = AppPaths(parent / name)
    paths.ensure()
    first = open_services(paths)  # the command line's start: checks, opens, backs up
    first.ratings.rate_cell("mlflow", "ml-engineer", "junior", Rating.MEETS, note="kept")
    first.database.close()
    # A second start reads the same file back: not declared damaged, not written elsewhere.
    again = open_services(paths)
    junior = next(lv for lv in again.standing.standing("mlflow", "ml-engineer", "en").levels)
    again.database.close()
    assert junior.met
    assert sorted(p.name for p in parent.iterdir()) == [name]
    assert not paths.recovery.exists()
    assert paths.database.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT note FROM ratings").fetchall() == [("kept",)]
    connection.close()
    made = list(paths.backups.glob("*-auto.sqlite3"))  # the daily backup
    assert len(made) == 1 and backups.integrity_ok(made[0])


def _database(path: Path, marker: str) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)")
        connection.execute("INSERT INTO t VALUES (?)", (marker,))
    connection.close()
    return path


def _markers(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        found = [row[0] for row in connection.execute("SELECT x FROM t")]
    connection.close()
    return found


def test_two_set_asides_in_one_second_keep_both(tmp_path: Path) -> None:
    now = datetime(2026, 12, 3, 12, 0, 0, tzinfo=UTC)
    recovery = tmp_path / "recovery"
    first = backups.set_aside(_database(tmp_path / "db", "first"), recovery, "damaged", now)
    second = backups.set_aside(_database(tmp_path / "db", "second"), recovery, "damaged", now)
    assert first != second
    assert (_markers(first), _markers(second)) == (["first"], ["second"])


def test_two_backups_in_one_second_keep_both(tmp_path: Path) -> None:
    now = datetime(2026, 12, 3, 12, 0, 0, tzinfo=UTC)
    database = _database(tmp_path / "db", "one")
    made = [backups.create_backup(database, tmp_path / "b", "manual", now) for _ in range(3)]
    assert len({m.path for m in made}) == 3
    assert [m.id for m in backups.list_backups(tmp_path / "b")] == sorted(
        (m.id for m in made), reverse=True
    )


def test_nothing_in_recovery_is_replaced_even_by_a_name_taken_meanwhile(tmp_path: Path) -> None:
    recovery = tmp_path / "recovery"
    recovery.mkdir()
    now = datetime(2026, 12, 3, 12, 0, 0, tzinfo=UTC)
    taken = recovery / "skill-ladder-20261203T120000Z-damaged.sqlite3"
    taken.write_bytes(b"someone's")
    moved = backups.set_aside(_database(tmp_path / "db", "mine"), recovery, "damaged", now)
    assert taken.read_bytes() == b"someone's"
    assert _markers(moved) == ["mine"]


def test_two_restores_in_a_row_keep_both_replaced_files(paths: AppPaths) -> None:
    service = paths.backup_service()
    _database(paths.database, "backed up")
    backup_id = service.create().id
    for marker in ("first", "second"):
        _database(paths.database, marker)
        service.restore(backup_id)
    kept = sorted(paths.recovery.glob("*before-restore*.sqlite3"))
    assert sorted(_markers(path)[-1] for path in kept) == ["first", "second"]
    assert _markers(paths.database) == ["backed up"]


def test_an_empty_database_is_damaged_not_new(cli: Cli, paths: AppPaths) -> None:
    _database(paths.database, "good")
    good = paths.backup_service().create().id
    paths.database.write_bytes(b"")
    result = cli("status", "mlflow", "ml-engineer")
    assert result.code == 1
    assert f"backup restore {good}" in result.err, result.err
    assert len(result.err.strip().splitlines()) == 1
    moved = list(paths.recovery.glob("*damaged.sqlite3"))
    assert [p.read_bytes() for p in moved] == [b""]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00"])
def test_a_file_shorter_than_a_header_fails_the_check(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "db").write_bytes(content)
    assert backups.integrity_ok(tmp_path / "db") is False
    assert backups.integrity_ok(tmp_path / "db", quick=True) is False


def test_a_new_database_and_its_wal_are_owner_only_from_the_start(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "new" / "skill-ladder.sqlite3"
        database = open_database(path, tmp_path / "backups")
        with database.transaction() as connection:  # the WAL and shared memory exist now
            connection.exec_driver_sql("SELECT 1")
            modes = {
                suffix: Path(f"{path}{suffix}").stat().st_mode & 0o777
                for suffix in ("", "-wal", "-shm")
            }
        database.close()
    finally:
        os.umask(previous)
    assert modes == {"": 0o600, "-wal": 0o600, "-shm": 0o600}


def test_copies_left_by_a_killed_backup_are_cleared(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead = int(gone.stdout)
    stale = folder / f"skill-ladder-20260101T000000Z-manual.sqlite3.{dead}.partial"
    old_style = folder / "skill-ladder-20260101T000000Z-auto.sqlite3.partial"
    running = folder / f"skill-ladder-20260101T000000Z-auto.sqlite3.{os.getppid()}.partial"
    for leftover in (stale, old_style, running):
        leftover.write_bytes(b"half")
    made = backups.create_backup(_database(tmp_path / "db", "x"), folder, "manual")
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.path.name, running.name])
    assert made.path.stat().st_mode & 0o777 == 0o600
