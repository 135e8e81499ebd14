"""The SQLite file: pragmas, migrations, refusing what it must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from skill_ladder.errors import StorageFailure
from skill_ladder.storage.database import SCHEMA_HEAD, SCHEMA_REVISIONS, open_database


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.sqlite3", tmp_path / "backups")
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    db.close()


def test_known_revisions_match_the_alembic_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from skill_ladder.storage.database import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    ordered = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == SCHEMA_REVISIONS
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_migrated_schema_matches_the_tables(tmp_path: Path) -> None:
    """What Alembic builds is what the tables (and the ORM mapped onto them) expect:
    autogenerate finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from skill_ladder.storage.tables import metadata

    db = open_database(tmp_path / "x.sqlite3", tmp_path / "backups")
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    db.close()
    assert diff == []


def test_reopening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "x.sqlite3"
    open_database(path, tmp_path / "backups").close()
    probe = (
        "import sys; from pathlib import Path;"
        "from skill_ladder.storage.database import open_database;"
        f"open_database(Path({str(path)!r}), Path({str(tmp_path)!r}));"
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def _file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    open_database(path, tmp_path / "backups").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _file_bytes(path)
    with pytest.raises(StorageFailure) as caught:
        open_database(path, tmp_path / "backups")
    assert caught.value.code == "database.newer"
    assert _file_bytes(path) == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageFailure) as caught:
        open_database(path, tmp_path / "backups")
    assert caught.value.code == "database.unreadable"
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER)")
    connection.close()
    with pytest.raises(StorageFailure) as caught:
        open_database(path, tmp_path / "backups")
    assert caught.value.code == "database.foreign"


def test_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    open_database(path, tmp_path / "backups").close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_full_disk_is_a_clear_storage_failure_and_keeps_what_was_saved(tmp_path: Path) -> None:
    """Simulated with SQLite's own page limit: the commit fails, earlier data stays."""
    from skill_ladder.domain.rating import Rating
    from skill_ladder.paths import bundled_profiles
    from skill_ladder.services.hub import Services

    path = tmp_path / "x.sqlite3"
    db = open_database(path, tmp_path / "backups")
    services = Services.over(db)
    services.catalog.install_bundled(bundled_profiles())
    services.ratings.set_rating("mlflow-ml-engineer-junior", Rating.MEETS)

    @sqlalchemy_event_listens(db)
    def limit_pages(connection, _record):  # type: ignore[no-untyped-def]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    db.engine.dispose()
    with pytest.raises(StorageFailure) as caught:
        services.ratings.set_note("mlflow-ml-engineer-junior", "x" * 15_000)
    assert caught.value.code == "database.full"
    db.close()
    fresh = Services.over(open_database(path, tmp_path / "backups"))
    shown = {r.key: r for r in fresh.catalog.show("mlflow", "en").requirements}
    assert (
        shown["mlflow-ml-engineer-junior"].rating_slug,
        shown["mlflow-ml-engineer-junior"].note,
    ) == (
        "meets",
        "",
    )
    fresh.database.close()


def sqlalchemy_event_listens(db):  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    def register(function):  # type: ignore[no-untyped-def]
        event.listen(db.engine, "connect", function)
        return function

    return register


def _database_at(path: Path, revision: str) -> Path:
    """A database file as an older version of the app left it: the schema at `revision`."""
    from alembic import command
    from alembic.config import Config

    from skill_ladder.storage.database import MIGRATIONS, make_engine

    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    return path


def test_a_database_of_revision_0001_is_backed_up_and_migrated_with_its_checkins(
    tmp_path: Path,
) -> None:
    """0002 keeps each check-in's rated count on its row, counted from its frozen items."""
    from skill_ladder.storage import backups

    path = _database_at(tmp_path / "x.sqlite3", "0001")
    item = (
        "INSERT INTO checkin_items (checkin_id, requirement_key, framework_key, skill_key,"
        " skill_version, role_key, level_key, level_position, position, required, text, value,"
        " note) VALUES (?, ?, 'f', 's', 1, 'r', 'l', 0, 0, 1, '{\"en\": \"t\"}', ?, '')"
    )
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO checkins (id, created_at, note) VALUES (?, ?, '')",
            [(1, "2026-01-01 10:00:00"), (2, "2026-01-02 10:00:00")],
        )
        connection.executemany(
            item, [(1, "a", 2), (1, "b", None), (1, "c", 3), (2, "a", None), (2, "b", None)]
        )
    connection.close()

    database = open_database(path, tmp_path / "backups")
    database.close()
    with sqlite3.connect(path) as connection:
        rated = connection.execute("SELECT id, rated FROM checkins ORDER BY id").fetchall()
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert rated == [(1, 2), (2, 0)]
    assert version == (SCHEMA_HEAD,) == ("0005",)
    kept = backups.list_backups(tmp_path / "backups")
    assert [b.kind for b in kept] == [backups.BEFORE_MIGRATION]


def test_0003_keeps_each_frozen_text_once_and_every_item_its_own(tmp_path: Path) -> None:
    """A database of revision 0002 whose check-ins froze the same texts again and again: after
    the migration each text is stored once, every item still reads its own, and the file is
    compacted."""
    import json

    from skill_ladder.services.hub import Services
    from skill_ladder.services.views import Scope

    path = _database_at(tmp_path / "x.sqlite3", "0002")
    words = {n: json.dumps({"en": f"Text {n} " + "x" * 2000, "es": f"Texto {n}"}) for n in range(3)}
    item = (
        "INSERT INTO checkin_items (checkin_id, requirement_key, framework_key, skill_key,"
        " skill_version, role_key, level_key, level_position, position, required, text, value,"
        " note) VALUES (?, ?, 'f', 's', 1, 'r', 'l', 0, ?, 1, ?, ?, '')"
    )
    rows = [
        (checkin, f"req-{n}", n, words[0 if checkin < 30 or n else 2], 2)
        for checkin in range(1, 41)
        for n in range(3)
    ]
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO checkins (id, created_at, note, rated) VALUES (?, ?, '', 3)",
            [(n, f"2026-01-{1 + n % 28:02d} 10:00:00") for n in range(1, 41)],
        )
        connection.executemany(item, rows)
    connection.close()
    before = path.stat().st_size

    database = open_database(path, tmp_path / "backups")
    with sqlite3.connect(path) as connection:
        texts = connection.execute("SELECT count(*), count(DISTINCT digest) FROM checkin_texts")
        assert texts.fetchone() == (2, 2)  # "Text 0", and "Text 2" of the later check-ins
    connection.close()
    services = Services.over(database)
    frozen = services.checkins._frozen(35, Scope("f"))  # noqa: SLF001
    assert {key: json.loads(i.text)["es"] for key, i in frozen.items()} == {
        "req-0": "Texto 2",
        "req-1": "Texto 0",
        "req-2": "Texto 0",
    }
    assert json.loads(services.checkins._frozen(1, Scope("f"))["req-0"].text)["es"] == "Texto 0"  # noqa: SLF001
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from skill_ladder.storage.tables import metadata

    with database.engine.connect() as connection:  # indexes and keys as the tables declare
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    database.close()
    assert path.stat().st_size < before / 3  # compacted after migrating


def test_one_frameworks_items_of_one_checkin_are_found_by_index(tmp_path: Path) -> None:
    """The report's growth and What changed read one framework's items of a check-in: by the
    index of 0005, not by walking every item the check-in froze of every ladder."""
    from sqlalchemy import event

    from skill_ladder.storage import checkin_store

    db = open_database(tmp_path / "x.sqlite3", tmp_path / "backups")
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    with db.transaction() as connection:
        checkin_store.frozen(connection, "mlflow", ["mlflow"], None, checkin_id=1)
        statement, parameters = statements[-1]
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    db.close()
    steps = " | ".join(str(row[-1]) for row in plan)
    assert "checkin_items USING INDEX ix_checkin_items_checkin_framework" in steps, steps
