"""The data folder's lock, for the commands that replace the database file (`backup restore`,
`data import --replace`): while a window holds the folder (`ui/single_instance.py` takes the
same QLockFile), moving its file aside would leave the window writing into the moved file.

QtCore only: the command line has a QCoreApplication, no widgets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLockFile

from skill_ladder.errors import StorageFailure

LOCK_NAME = "skill-ladder.lock"


@contextlib.contextmanager
def holding(data_dir: Path) -> Iterator[None]:
    """Hold the folder's lock for the length of the block, or refuse at once (a window has
    the folder open: nothing is moved)."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise StorageFailure("data_dir.in_use", path=str(data_dir))
        raise StorageFailure("data_dir.lock_failed", path=str(data_dir))
    try:
        yield
    finally:
        lock.unlock()
