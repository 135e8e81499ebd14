"""The one way the app writes a file: to a temporary file beside it, flushed, then renamed.

A failure (full disk, no permission, a crash half-way) leaves the old file untouched and no
half-written file behind. Files are readable by their owner only.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from skill_ladder.errors import StorageFailure, reason_of


def write_atomic(
    path: Path,
    data: bytes,
    mode: int = 0o600,
    *,
    create_folder: bool = False,
    durable: bool = True,
) -> None:
    """Write `data` to `path` all at once. The folder must exist unless `create_folder` (for
    the app's own folders): a file the person named in a missing folder is an error. Without
    `durable` nothing is flushed to the disk (still all or nothing, but a power cut may lose
    the last write): for preferences, written at every change of view."""
    import tempfile  # not at import time: the window's start does not need it

    path = Path(path)
    tmp_name: str | None = None
    try:
        if create_folder:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
        if durable:
            _fsync_dir(path.parent)
    except OSError as error:
        raise StorageFailure(
            "file.write_failed", path=str(path), reason=reason_of(error)
        ) from error
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
