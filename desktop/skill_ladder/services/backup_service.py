"""Backups: make one now, list them, restore one, and the daily automatic one. Works on the
data folder's paths, so it serves even when the database cannot be opened."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from skill_ladder.errors import StorageFailure
from skill_ladder.storage import backups as store

log = logging.getLogger(__name__)


# Backups, rolling and restores, one at a time in this process: the window's daily backup runs
# on a thread of its own, beside File › Back up now and Restore from backup.
_ONE_AT_A_TIME = threading.RLock()


@dataclass(frozen=True)
class BackupView:
    id: str
    created: datetime
    kind: str
    size: int


def _view(info: store.BackupInfo) -> BackupView:
    return BackupView(info.id, info.created, info.kind, info.size)


class BackupService:
    def __init__(self, database: Path, backups: Path, recovery: Path) -> None:
        self.database = database
        self.folder = backups
        self.recovery = recovery

    def create(self, kind: str = store.MANUAL) -> BackupView:
        if not self.database.exists():
            raise StorageFailure("backup.nothing", folder=str(self.database.parent))
        with _ONE_AT_A_TIME:
            made = store.create_backup(self.database, self.folder, kind)
        log.info("backup %s made", made.id)
        return _view(made)

    def remove(self, backup_id: str) -> None:
        """Delete one backup (the one an import made, when the import did not happen)."""
        with _ONE_AT_A_TIME:
            store.find(self.folder, backup_id).path.unlink(missing_ok=True)
        log.info("backup %s removed", backup_id)

    def all(self) -> list[BackupView]:
        return [_view(b) for b in store.list_backups(self.folder)]

    def newest_good(self) -> BackupView | None:
        return next(
            (_view(b) for b in store.list_backups(self.folder) if store.integrity_ok(b.path)), None
        )

    def restore(self, backup_id: str) -> Path | None:
        """Put a backup in place (the database must be closed); the current file is set
        aside in recovery/ first. Returns where it went."""
        with _ONE_AT_A_TIME:  # not while the daily backup copies the file or rolls
            aside = store.restore(self.database, store.find(self.folder, backup_id), self.recovery)
        log.info("backup %s restored; previous file at %s", backup_id, aside)
        return aside

    def automatic(self) -> BackupView | None:
        """The daily backup, when one is due, then the rolling clean-up."""
        with _ONE_AT_A_TIME:
            if not self.database.exists() or not store.automatic_backup_due(self.folder):
                return None
            made = self.create(store.AUTOMATIC)
            store.rotate(self.folder)
        return made
