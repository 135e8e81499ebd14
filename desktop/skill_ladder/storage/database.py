"""Opening the SQLite database: checks, migrations, the engine, and its transactions.

At start the file's schema revision is read with the plain `sqlite3` module (cheap); Alembic is
imported only when a migration is due. A database made by a newer version of the app is
refused, never downgraded; before migrating an existing file it is backed up with SQLite's
backup API.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy import Connection as Connection  # the type services name, re-exported
from sqlalchemy.exc import OperationalError

from skill_ladder.errors import StorageFailure, reason_of
from skill_ladder.storage import sqlite_files

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# Every schema revision this version of the app knows, oldest first. A test checks that this
# matches the Alembic scripts, so start-up can decide without importing Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


# SQLite failures that are about the place the data lives, not about our code: they become a
# StorageFailure with a plain message instead of an unexpected error.
_ENVIRONMENT_FAILURES = {
    "database or disk is full": "database.full",
    "attempt to write a readonly database": "database.read_only",
    "unable to open database file": "database.cannot_open",
    "disk i/o error": "database.io_error",
    "database is locked": "database.locked",
}


def environment_failure(error: BaseException, path: Path) -> StorageFailure | None:
    message = str(getattr(error, "orig", None) or error).lower()
    for fragment, code in _ENVIRONMENT_FAILURES.items():
        if fragment in message:
            return StorageFailure(code, path=str(path), reason=message)
    return None


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    # A URL object, not text: SQLAlchemy would read `?` and `#` in a folder's name.
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _set_pragmas)
    return engine


def read_revision(path: Path) -> str | None:
    """The schema revision stored in the file, None for a file with no schema yet."""
    try:
        uri = sqlite_files.uri(path, read_only=True)
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StorageFailure("database.foreign", path=str(path))
                return None
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise StorageFailure("database.unreadable", path=str(path), reason=str(error)) from error
    return None if version is None else str(version[0])


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class Database:
    path: Path
    engine: Engine
    _watch: sqlite3.Connection | None = None
    _seen_version: int = -1
    # Opened read-only (`open_read_only`): every write raises StorageFailure
    # ("database.read_only", or "database.full" with `reason` "full"), reads work.
    read_only: bool = False
    read_only_reason: str = ""
    _snapshot: threading.local = field(default_factory=threading.local)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One unit of work on a Core connection: committed on success, rolled back on any
        error. Every read and most writes are this. Inside `snapshot`, the snapshot's."""
        shared: Connection | None = getattr(self._snapshot, "connection", None)
        if shared is not None:
            yield shared
            return
        with self._committing(), self.engine.begin() as connection:
            yield connection

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every `transaction()` inside (on this thread) reads one consistent state of the
        database: one SQLite read transaction, begun here, so a write committed meanwhile
        by another process is not half seen (a report). Reads only: a write inside raises."""
        if getattr(self._snapshot, "connection", None) is not None:
            yield
            return
        with self._committing(), self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA query_only=ON")
            connection.exec_driver_sql("BEGIN")  # pysqlite begins only before a write
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")  # the snapshot
            self._snapshot.connection = connection
            try:
                yield
            finally:
                self._snapshot.connection = None
                connection.rollback()
                driver = connection.connection.driver_connection
                if driver is not None:  # back to writing, for the pool's next user
                    driver.execute("PRAGMA query_only=OFF")

    @contextlib.contextmanager
    def orm_transaction(self) -> Iterator[Session]:
        """The same, as an ORM session: for writing or removing an installed profile's tree
        (`profile_writer`). Its Core statements go through `session.connection()`."""
        with self._committing(), self._sessions.begin() as session:
            yield session

    def prepare_orm(self) -> None:
        """Load the ORM now, on the calling thread: importing it swaps the interpreter's
        import function for a moment, which must not happen from a worker thread."""
        self._sessions  # noqa: B018  (the cached property does the loading)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        """Made on first use: a start that only reads never imports the ORM (issue 8). It
        is imported past PySide's import hook (`qt_free_import`), which would read the source
        of its modules: about 30 ms."""
        from skill_ladder.qt_free_import import plain_imports

        with plain_imports():
            from sqlalchemy.orm import sessionmaker

            from skill_ladder.storage import profile_writer  # noqa: F401  the ORM's one user

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def _committing(self) -> Iterator[None]:
        """A full disk or a read-only file becomes a StorageFailure; our own commit moves the
        baseline that `changed_elsewhere` compares with."""
        try:
            yield
        except (OperationalError, sqlite3.OperationalError) as error:
            if self.read_only:  # `query_only`: any write is refused, for the known reason
                code = "database.full" if self.read_only_reason == "full" else "database.read_only"
                raise StorageFailure(code, path=str(self.path), reason=str(error)) from error
            failure = environment_failure(error, self.path)
            if failure is None:
                raise
            raise failure from error
        if self._watch is not None:
            self._seen_version = self._data_version()

    def _data_version(self) -> int:
        if self._watch is None:
            self._watch = (
                _read_only_connection(self.path)
                if self.read_only
                else sqlite3.connect(self.path, check_same_thread=False)
            )
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """Whether another connection (the command line, another process) committed since
        the last look. Our own commits are seen as ours: each moves the baseline."""
        current = self._data_version()
        changed = self._seen_version not in (-1, current)
        self._seen_version = current
        return changed

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()


def _check_sound(
    path: Path, backups: Path, recovery: Path, sound: Callable[[], bool] | None
) -> None:
    """A damaged or unreadable file is moved to `recovery/` (never written to or deleted)
    and reported with the newest good backup to restore. `sound` is a check already under way
    (`backups.QuickCheck`); without one, the file is checked here."""
    from skill_ladder.storage import backups as backup_store

    # An empty file, or one cut short of its header, fails too (`integrity_ok`): SQLite
    # would take it for a new database.
    if sound() if sound is not None else backup_store.integrity_ok(path, quick=True):
        return
    moved = backup_store.set_aside(path, recovery, "damaged")
    log.error("database %s failed its check; moved to %s", path, moved)
    good = next(
        (b for b in backup_store.list_backups(backups) if backup_store.integrity_ok(b.path)),
        None,
    )
    raise StorageFailure(
        "database.damaged", path=str(path), moved=str(moved), backup="" if good is None else good.id
    )


def _compact(path: Path) -> None:
    """Give the room a migration freed back to the disk (0003 freed most of a large file).
    Not needed for the data: a failure (a full disk, say) is logged, and the app goes on."""
    try:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("VACUUM")
    except sqlite3.Error as error:
        log.warning("could not compact %s after migrating: %s", path, error)


def open_database(
    path: Path,
    backups: Path,
    recovery: Path | None = None,
    *,
    sound: Callable[[], bool] | None = None,
) -> Database:
    """Open (creating or migrating as needed) the database at `path`. With `recovery`, a
    damaged file is first checked (`PRAGMA quick_check`, or the answer of `sound`) and set
    aside there."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise StorageFailure(
            "database.cannot_open", path=str(path), reason=reason_of(error)
        ) from error
    if path.exists() and recovery is not None:
        try:
            read_revision(path)
        except StorageFailure as unreadable:
            if unreadable.code != "database.unreadable":
                raise
        _check_sound(path, backups, recovery, sound)
    revision = read_revision(path) if path.exists() else None
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise StorageFailure("database.newer", path=str(path), revision=revision)
    if revision is None:
        sqlite_files.create_private(path)  # owner-only before SQLite makes -wal and -shm
    engine = make_engine(path)
    if revision != SCHEMA_HEAD:
        if revision is not None:
            from skill_ladder.storage.backups import BEFORE_MIGRATION, create_backup

            made = create_backup(path, backups, BEFORE_MIGRATION)
            log.info("backed up %s to %s before migrating from %s", path, made.path, revision)
        try:
            _migrate(engine)
        except (OperationalError, sqlite3.OperationalError) as error:
            engine.dispose()
            environment = environment_failure(error, path)
            if environment is None:
                raise
            raise environment from error
        except Exception:
            engine.dispose()
            raise
        log.info("database %s migrated to %s", path, SCHEMA_HEAD)
        if revision is not None:
            _compact(path)
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").chmod(0o600)
    return Database(path=path, engine=engine)


# -- a folder that cannot be written: full disk, read-only mount, no permission -------------

PROBE_BYTES = 64 * 1024  # room for a rating's pages and the WAL's first frames


def unwritable(folder: Path) -> str | None:
    """Why nothing can be saved in `folder` ("full", "read_only"), or None when it can:
    a small file is written and removed (root ignores permissions, not a full or read-only
    disk; the file systems reserve the blocks at the write, so no flush is needed)."""
    import errno
    import os
    import tempfile

    name = None
    try:
        fd, name = tempfile.mkstemp(prefix=".skill-ladder-probe.", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(b"\0" * PROBE_BYTES)
    except OSError as error:
        return "full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else "read_only"
    finally:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)
    return None


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. On a full or read-only disk SQLite cannot make the
    WAL's shared-memory file: the file is opened as immutable (read as it is now; nothing
    here can change it, and a window elsewhere could not save to that disk either)."""
    uri = sqlite_files.uri(path, read_only=True) + "&immutable=1"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    connection.execute("PRAGMA query_only=ON")
    return connection


def open_read_only(path: Path, reason: str) -> Database:
    """The database opened for reading only, because its folder cannot be written (`reason`
    from `unwritable`): the window shows everything, exports and reports work, and every
    write raises StorageFailure. Nothing is created, checked into recovery/ or migrated: a
    missing, damaged, older or newer file is refused."""
    if not path.exists():
        raise StorageFailure("database.cannot_open", path=str(path), reason=reason)
    try:
        with contextlib.closing(_read_only_connection(path)) as connection:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise StorageFailure("database.unreadable", path=str(path), reason=str(error)) from error
    revision = None if found is None else str(found[0])
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise StorageFailure("database.newer", path=str(path), revision=revision)
    if revision != SCHEMA_HEAD:  # a migration is due, and cannot be written
        raise StorageFailure("database.read_only", path=str(path))
    engine = create_engine("sqlite://", creator=lambda: _read_only_connection(path))
    return Database(path=path, engine=engine, read_only=True, read_only_reason=reason)
