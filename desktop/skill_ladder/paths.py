"""Where everything lives: one `AppPaths`, built once in `main()` and passed down.

Order of precedence for the data folder: the global `--data-dir DIR` option, then the
`SKILL_LADDER_DATA_DIR` environment variable, then the platform's user data folder
(platformdirs, app name `skill-ladder`). Nothing here runs at import time.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skill_ladder import APP_NAME

if TYPE_CHECKING:
    from skill_ladder.services.backup_service import BackupService

DATA_DIR_ENV = "SKILL_LADDER_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        if data_dir is None:
            data_dir = os.environ.get(DATA_DIR_ENV) or None
        if data_dir is None:
            from platformdirs import user_data_dir

            data_dir = user_data_dir(APP_NAME, appauthor=False, roaming=True)
        return cls(Path(data_dir).expanduser().absolute())

    @property
    def database(self) -> Path:
        return self.data_dir / "skill-ladder.sqlite3"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def log(self) -> Path:
        return self.data_dir / "skill-ladder.log"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def recovery(self) -> Path:
        return self.data_dir / "recovery"

    def backup_service(self) -> BackupService:
        from skill_ladder.services.backup_service import BackupService

        return BackupService(self.database, self.backups, self.recovery)

    def ensure(self) -> None:
        """Create the data folder (owner-only) if it is missing. An existing one that holds
        our database and that others may read is made owner-only too, unless it is a shared
        folder (sticky, like /tmp) or not the person's own."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        import stat

        found = self.data_dir.stat()
        if (
            found.st_mode & 0o077
            and not found.st_mode & stat.S_ISVTX
            and found.st_uid == getattr(os, "getuid", lambda: -1)()
            and self.database.is_file()
        ):
            with contextlib.suppress(OSError):  # a read-only disk: opened read-only later
                self.data_dir.chmod(stat.S_IMODE(found.st_mode) & 0o700)


def resource_root() -> Path:
    """The folder holding bundled resources: inside a PyInstaller bundle (`sys._MEIPASS`),
    next to an installed package, or at the top of a source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent.parent / "resources"


def bundled_profiles() -> list[Path]:
    return sorted((resource_root() / "profiles").glob("*.json"))
