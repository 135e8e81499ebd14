"""The database's files on disk: how SQLite is told where they are, what counts as a database
file at all, and how one is moved into backups/ or recovery/ without ever replacing anything.

Any legal folder name must work: a path is handed to SQLite as a percent-encoded `file:` URI
(a raw `#`, `?` or `%` would be read as a fragment, a query or an escape) and to SQLAlchemy as
a URL object, never as text it would parse.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

from skill_ladder.errors import StorageFailure

# Every SQLite database file starts with a 100-byte header; a shorter file is not a database
# (a new database is created by this app, never found empty).
HEADER_BYTES = 100
SIDE_FILES = ("-wal", "-shm", "-journal")


def uri(path: Path, *, read_only: bool = False) -> str:
    """The `file:` URI of `path`, every reserved character percent-encoded."""
    text = Path(path).absolute().as_uri()
    return f"{text}?mode=ro" if read_only else text


def too_short(path: Path) -> bool:
    """Whether an existing file is too short to hold a database (0 bytes, or less than the
    header): it is damaged, not new."""
    try:
        return path.stat().st_size < HEADER_BYTES
    except FileNotFoundError:
        return False


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only, so SQLite's `-wal` and `-shm` files
    (which take the database file's permissions) are born private too."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def move_new(source: Path, target: Path) -> None:
    """Move `source` to `target`, which must not exist: never replaces a file. A hard link
    then an unlink (the link fails if the name is taken); where links are not supported, a
    rename after checking the name is free."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
            raise
        if target.exists() or target.is_symlink():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)


def place(source: Path, name: Callable[[int], str], folder: Path) -> Path:
    """Move `source` into `folder` under the first free name of `name(1)`, `name(2)`, ...,
    together with its side files (WAL, shared memory). Nothing in `folder` is replaced."""
    for counter in range(1, 10_000):
        target = folder / name(counter)
        if any(Path(f"{target}{suffix}").exists() for suffix in SIDE_FILES):
            continue
        try:
            move_new(source, target)
        except FileExistsError:
            continue
        for suffix in SIDE_FILES:
            side = Path(f"{source}{suffix}")
            if side.exists():
                move_new(side, Path(f"{target}{suffix}"))
        return target
    raise StorageFailure("backup.failed", path=str(folder), reason="no free name")
