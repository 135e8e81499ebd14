"""Backups of the database, made with SQLite's backup API (never by copying the live file),
each verified with `PRAGMA integrity_check` before it is kept.

Automatic backups roll: the newest of each of the last 7 days, of the last 5 weeks and of the
last 12 months are kept. Manual backups and the ones made before a migration are kept until
the person deletes them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from skill_ladder.errors import StorageFailure, reason_of
from skill_ladder.storage import sqlite_files

AUTOMATIC, MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_IMPORT = (
    "auto",
    "manual",
    "migration",
    "restore",
    "import",
)
_NAME = re.compile(r"^skill-ladder-(\d{8}T\d{6}Z)-([a-z]+)(?:-\d+)?\.sqlite3$")
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 5, 12


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created: datetime
    kind: str
    size: int


def integrity_ok(path: Path, *, quick: bool = False) -> bool:
    """Whether SQLite finds the file sound (read-only: the file is never written)."""
    pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
    try:
        if sqlite_files.too_short(path):
            return False  # an empty file is no database (SQLite would call it sound)
        uri = sqlite_files.uri(path, read_only=True)
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as con:
            return [row[0] for row in con.execute(pragma).fetchall()] == ["ok"]
    except sqlite3.DatabaseError:
        return False


class QuickCheck:
    """`integrity_ok(path, quick=True)` on a thread of its own, started before it is needed:
    SQLite runs the check without holding the GIL, so it costs no time while the storage layer
    is being imported (0.14 s for a 219 MB database, twenty check-ins of 18,000 requirements).
    Calling it waits for the answer."""

    def __init__(self, path: Path) -> None:
        self._sound = False
        self._thread = threading.Thread(target=self._run, args=(path,), name="quick-check")
        self._thread.start()

    def _run(self, path: Path) -> None:
        self._sound = integrity_ok(path, quick=True)

    def __call__(self) -> bool:
        self._thread.join()
        return self._sound


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def create_backup(
    database: Path, folder: Path, kind: str, now: datetime | None = None
) -> BackupInfo:
    """Copy `database` into `folder` with SQLite's backup API and verify the copy. The name
    is new: two backups in the same second get `-2`, `-3`, ...; nothing is replaced."""
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_stale_partials(folder)
    stem = f"skill-ladder-{_stamp(now)}-{kind}"
    partial = _partial_name(folder / f"{stem}.sqlite3")
    try:
        _write_copy(database, partial, verify=True)
        target = sqlite_files.place(
            partial, lambda n: f"{stem}.sqlite3" if n == 1 else f"{stem}-{n}.sqlite3", folder
        )
    except (OSError, sqlite3.Error) as error:
        raise StorageFailure("backup.failed", path=str(folder), reason=reason_of(error)) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return _info(target)


def _partial_name(target: Path) -> Path:
    """Where a copy is made before it is checked: named for this process, so a copy left by a
    process that was killed can be told from one under way."""
    return target.with_name(f"{target.name}.{os.getpid()}.partial")


_PARTIAL = re.compile(r"^skill-ladder.*\.sqlite3(?:\.(\d+))?\.partial(?:-wal|-shm|-journal)?$")


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete the half-made copies of processes that are gone (killed during a backup or a
    restore): they are never a backup."""
    removed = []
    for leftover in folder.glob("*.partial*"):
        match = _PARTIAL.match(leftover.name)
        if match is None or (match.group(1) is not None and _alive(int(match.group(1)))):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


def _write_copy(source: Path, partial: Path, *, verify: bool) -> None:
    """Copy a database with SQLite's backup API into `partial` (owner-only from its
    creation), checked with `verify`."""
    sqlite_files.create_private(partial)
    with (
        contextlib.closing(
            sqlite3.connect(sqlite_files.uri(source, read_only=True), uri=True)
        ) as reader,
        contextlib.closing(sqlite3.connect(partial)) as copy,
    ):
        reader.backup(copy)
        # A standalone file: in WAL mode (the live database's) every read-only look at it
        # (the check below, listing, a restore's check) would leave -wal and -shm behind.
        copy.execute("PRAGMA journal_mode=DELETE")
    os.chmod(partial, 0o600)
    if verify and not integrity_ok(partial):
        raise StorageFailure("backup.not_verified", path=str(source))


def _copy(source: Path, target: Path, *, verify: bool, failure: str) -> None:
    """Copy a database into `target` all at once: through a partial file, then renamed."""
    partial = _partial_name(target)
    try:
        _write_copy(source, partial, verify=verify)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise StorageFailure(failure, path=str(target), reason=reason_of(error)) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    assert match is not None
    created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return BackupInfo(path.stem, path, created, match.group(2), path.stat().st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup, newest first."""
    if not folder.is_dir():
        return []
    found = [_info(p) for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda b: (b.created, b.id), reverse=True)


def find(folder: Path, backup_id: str) -> BackupInfo:
    for backup in list_backups(folder):
        if backup.id == backup_id:
            return backup
    raise StorageFailure("backup.unknown", id=backup_id)


def rotate(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete automatic backups no longer needed by the daily, weekly and monthly rule."""
    now = now or datetime.now(UTC)
    automatic = [b for b in list_backups(folder) if b.kind == AUTOMATIC]  # newest first
    keep: set[str] = set()
    seen: dict[str, set[object]] = {"day": set(), "week": set(), "month": set()}
    for backup in automatic:
        age = now - backup.created
        day = backup.created.date()
        week = day.isocalendar()[:2]
        month = (day.year, day.month)
        for bucket, key, limit in (
            ("day", day, timedelta(days=KEEP_DAYS)),
            ("week", week, timedelta(weeks=KEEP_WEEKS)),
            ("month", month, timedelta(days=31 * KEEP_MONTHS)),
        ):
            if age <= limit and key not in seen[bucket]:
                seen[bucket].add(key)
                keep.add(backup.id)
    removed = []
    for backup in automatic:
        if backup.id not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    for leftover in [*folder.glob("*.partial-wal"), *folder.glob("*.partial-shm")]:
        leftover.unlink(missing_ok=True)  # left by earlier builds (see `_copy`)
    return removed


def automatic_backup_due(folder: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    newest = next((b for b in list_backups(folder) if b.kind == AUTOMATIC), None)
    return newest is None or now - newest.created >= timedelta(hours=20)


def set_aside(database: Path, recovery: Path, reason: str, now: datetime | None = None) -> Path:
    """Move the database file (and its WAL and shared-memory files) into `recovery/`: never
    written to, never deleted, and under a name of its own (two in the same second get
    `-2`, `-3`, ...): nothing already there is replaced."""
    recovery.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"skill-ladder-{_stamp(now or datetime.now(UTC))}-{reason}"
    try:
        return sqlite_files.place(
            database, lambda n: f"{stem}.sqlite3" if n == 1 else f"{stem}-{n}.sqlite3", recovery
        )
    except OSError as error:
        raise StorageFailure(
            "backup.restore_failed", path=str(database), reason=reason_of(error)
        ) from error


def restore(database: Path, backup: BackupInfo, recovery: Path) -> Path | None:
    """Put a verified backup in place of the database; the current file is set aside first.
    Returns where the current file went (None when there was none)."""
    if not integrity_ok(backup.path):
        raise StorageFailure("backup.not_verified", path=str(backup.path))
    remove_stale_partials(database.parent)
    aside = set_aside(database, recovery, "before-restore") if database.exists() else None
    _copy(backup.path, database, verify=False, failure="backup.restore_failed")
    return aside
