"""Backups made with SQLite's backup API, verified, rolled, restored; a damaged database is
set aside and the command line names the backup to restore."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from skill_ladder.storage import backups
from tests.conftest import Cli


def test_backup_list_and_restore_from_the_command_line(cli: Cli) -> None:
    assert cli("rate", "mlflow", "ml-engineer", "junior", "meets", "--note", "first").code == 0
    made = cli("backup", "create")
    assert made.code == 0, made.err
    listed = cli("backup", "list", "--json").json()
    manual = [b for b in listed if b["kind"] == "manual"]
    assert len(manual) == 1
    path = cli.data_dir / "backups" / f"{manual[0]['id']}.sqlite3"
    assert path.stat().st_mode & 0o777 == 0o600
    assert backups.integrity_ok(path)
    assert cli("rate", "mlflow", "ml-engineer", "junior", "exceeds", "--note", "later").code == 0
    restored = cli("backup", "restore", manual[0]["id"])
    assert restored.code == 0, restored.err
    status = cli("status", "mlflow", "ml-engineer", "--json").json()
    junior = next(lv for lv in status["levels"] if lv["key"] == "junior")
    assert junior["met"] is True
    recovery = list((cli.data_dir / "recovery").glob("*before-restore.sqlite3"))
    assert len(recovery) == 1  # the replaced data is kept, not deleted
    assert cli("backup", "restore", "nope").code == 1


def test_a_damaged_database_is_set_aside_and_the_backup_named(cli: Cli) -> None:
    assert cli("rate", "mlflow", "ml-engineer", "junior", "meets").code == 0
    good = cli("backup", "create")
    assert good.code == 0
    backup_id = cli("backup", "list", "--json").json()[0]["id"]
    database = cli.data_dir / "skill-ladder.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(database.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over every page but the header
        data[offset + 100 : offset + 400] = b"\xff" * 300
    database.write_bytes(bytes(data))
    result = cli("profile", "list")
    assert result.code == 1
    assert f"skill-ladder backup restore {backup_id}" in result.err
    assert result.err.count("\n") == 1
    assert not database.exists()
    moved = list((cli.data_dir / "recovery").glob("*damaged.sqlite3"))
    assert len(moved) == 1 and moved[0].read_bytes() == bytes(data)  # never written to
    assert cli("backup", "restore", backup_id).code == 0
    status = cli("status", "mlflow", "ml-engineer", "--json").json()
    assert status["levels"][0]["met"] is True


def test_rolling_keeps_days_weeks_and_months(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE t (x INTEGER)")
    connection.close()
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 29, 12, tzinfo=UTC)
    for days in range(0, 400, 1):
        backups.create_backup(database, folder, backups.AUTOMATIC, now - timedelta(days=days))
    backups.create_backup(database, folder, backups.MANUAL, now - timedelta(days=500))
    backups.rotate(folder, now)
    kept = backups.list_backups(folder)
    automatic = [b for b in kept if b.kind == backups.AUTOMATIC]
    ages = sorted((now - b.created).days for b in automatic)
    assert ages[:7] == [0, 1, 2, 3, 4, 5, 6]
    assert 12 <= len(automatic) <= 7 + 5 + 12
    assert max(ages) <= 31 * 12
    assert [b.kind for b in kept].count(backups.MANUAL) == 1  # manual ones are never rolled
    assert json.dumps([b.id for b in kept])
