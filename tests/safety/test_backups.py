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
    # Only the backups themselves: checking a copy left no -wal/-shm beside it.
    names = sorted(p.name for p in (cli.data_dir / "backups").iterdir())
    assert names == sorted(f"{b['id']}.sqlite3" for b in listed), names
    with sqlite3.connect(cli.data_dir / "skill-ladder.sqlite3") as live:  # restored: WAL again
        assert live.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    live.close()


def test_backing_up_a_folder_with_no_data_says_so(cli: Cli) -> None:
    result = cli("backup", "create")
    assert result.code == 1
    assert "nothing to back up yet" in result.err
    assert not (cli.data_dir / "backups").exists() or not any((cli.data_dir / "backups").iterdir())
    spanish = cli("backup", "create", lang="es")
    assert "Todavía no hay nada de lo que hacer una copia de seguridad" in spanish.err


def test_rolling_clears_what_earlier_builds_left_beside_backups(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    leftovers = [folder / "skill-ladder-20260101T000000Z-auto.sqlite3.partial-wal"]
    leftovers.append(folder / "skill-ladder-20260101T000000Z-auto.sqlite3.partial-shm")
    for leftover in leftovers:
        leftover.write_bytes(b"")
    backups.rotate(folder)
    assert list(folder.iterdir()) == []


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


def test_the_window_offers_the_newest_good_backup(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from skill_ladder.errors import StorageFailure
    from skill_ladder.paths import AppPaths
    from skill_ladder.ui.application import recover_at_start

    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
    connection.close()
    good = backups.create_backup(paths.database, paths.backups, backups.MANUAL)
    paths.database.unlink()
    offered: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        offered.append(box.text())
        restore = next(b for b in box.buttons() if b.text().startswith("Restore the backup"))
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    failure = StorageFailure(
        "database.damaged", path=str(paths.database), moved="/x", backup=good.id
    )
    assert recover_at_start(failure, paths.backup_service()) is True
    assert f"skill-ladder backup restore {good.id}" in offered[0]
    assert paths.database.exists() and backups.integrity_ok(paths.database)


def test_a_read_only_database_is_a_clear_failure(tmp_path: Path) -> None:
    import pytest
    from sqlalchemy import event

    from skill_ladder.domain.rating import Rating
    from skill_ladder.errors import StorageFailure
    from skill_ladder.paths import bundled_profiles
    from skill_ladder.services.hub import Services
    from skill_ladder.storage.database import open_database

    db = open_database(tmp_path / "x.sqlite3", tmp_path / "backups")
    services = Services.over(db)
    services.catalog.install_bundled(bundled_profiles())
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda con, _record: con.execute("PRAGMA query_only=ON"))
    with pytest.raises(StorageFailure) as caught:
        services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.EXCEEDS)
    assert caught.value.code == "database.read_only"
    db.close()
    reopened = Services.over(open_database(tmp_path / "x.sqlite3", tmp_path / "backups"))
    shown = {r.key: r for r in reopened.catalog.show("mlflow", "en").requirements}
    assert shown["mlflow-ml-engineer-junior"].rating_slug == "meets"
    reopened.database.close()
