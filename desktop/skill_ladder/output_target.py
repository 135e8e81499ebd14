"""Where `--out` may write. The file is written beside its target and renamed over it
(`atomic_write`), which would replace whatever has that name: a device, a pipe, or the live
database itself. So the target must be a regular file or a new name, and outside the data
folder's database, backups and recovery."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from skill_ladder.errors import InvalidInput
from skill_ladder.paths import AppPaths
from skill_ladder.storage.sqlite_files import SIDE_FILES


def check_out(path: Path, paths: AppPaths) -> None:
    """Refuse (InvalidInput, exit 2) a target that is not a regular file, or one inside the
    data folder's database, backups or recovery."""
    try:
        found = os.stat(path)  # through a symbolic link: what would the write replace?
    except OSError:  # a new name, or a folder that cannot hold it: the write says why
        found = None
    # A folder is left to the write, which cannot replace it ("Cannot write", exit 1).
    if found is not None and not stat.S_ISREG(found.st_mode) and not stat.S_ISDIR(found.st_mode):
        raise InvalidInput("out.not_a_file", path=str(path))
    data = Path(os.path.realpath(paths.data_dir))
    database = data / paths.database.name
    kept = {database, *(Path(f"{database}{suffix}") for suffix in SIDE_FILES)}
    folders = (data / paths.backups.name, data / paths.recovery.name)
    # The name the rename would replace, and the file a symbolic link there points at.
    for target in (Path(os.path.realpath(path.parent)) / path.name, Path(os.path.realpath(path))):
        if target in kept or any(f == target or f in target.parents for f in folders):
            raise InvalidInput("out.in_data_folder", path=str(path))
