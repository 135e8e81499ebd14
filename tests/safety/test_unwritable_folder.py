"""A full disk and a read-only folder (issue 15, item 9): the data opens read-only, reading,
exporting and reports work, a write is refused saying why, and the window's lock does not
read as "already open". Real file systems: a small tmpfs and a read-only bind mount (as
root, as CI runs)."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill_ladder.app import open_services
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import StorageFailure
from skill_ladder.paths import AppPaths
from skill_ladder.storage.database import open_read_only, unwritable
from tests.conftest import Cli, database_dump


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def _data_folder(folder: Path) -> AppPaths:
    paths = AppPaths(folder)
    paths.ensure()
    services = open_services(paths)
    services.ratings.rate_cell("mlflow", "ml-engineer", "junior", Rating.MEETS, note="kept")
    services.database.close()
    return paths


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[AppPaths]:
    """A data folder with a rating, seen through a read-only bind mount."""
    source = _data_folder(tmp_path / "data-rw").data_dir
    view = tmp_path / "data-ro"
    view.mkdir()
    _mount("--bind", str(source), str(view))
    try:
        _mount("-o", "remount,bind,ro", str(view))
        yield AppPaths(view)
    finally:
        subprocess.run(["umount", "-l", str(view)], check=True)


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[AppPaths]:
    """A data folder with a rating, on a small tmpfs filled to the last byte."""
    built = _data_folder(tmp_path / "built")
    disk = tmp_path / "disk"
    disk.mkdir()
    size = sum(p.stat().st_size for p in built.data_dir.rglob("*") if p.is_file())
    _mount("-t", "tmpfs", "-o", f"size={size + 4 * 1024 * 1024}", "tmpfs", str(disk))
    try:
        shutil.copytree(built.data_dir, disk / "data")
        with (disk / "filler").open("wb") as filler:
            try:
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
            except OSError:
                pass
        yield AppPaths(disk / "data")
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


def test_a_read_only_folder_opens_read_only(read_only_folder: AppPaths) -> None:
    paths = read_only_folder
    source = paths.data_dir.parent / "data-rw" / paths.database.name  # the same file, writable
    before = database_dump(source)
    assert unwritable(paths.data_dir) == "read_only"
    database = open_read_only(paths.database, "read_only")
    assert database.read_only
    with database.transaction() as connection:
        assert connection.exec_driver_sql("SELECT note FROM ratings").fetchall() == [("kept",)]
    with pytest.raises(StorageFailure) as refused, database.transaction() as connection:
        connection.exec_driver_sql("DELETE FROM ratings")
    assert refused.value.code == "database.read_only"
    database.close()
    assert database_dump(source) == before


def test_the_command_line_reads_and_reports_on_a_read_only_folder(
    read_only_folder: AppPaths, tmp_path: Path
) -> None:
    cli = Cli(read_only_folder.data_dir)
    status = cli("status", "mlflow", "ml-engineer", "--json")
    assert status.code == 0, status.err
    assert next(lv for lv in status.json()["levels"] if lv["key"] == "junior")["met"] is True
    report = cli("report", "mlflow", "ml-engineer", "--out", str(tmp_path / "r.pdf"))
    assert report.code == 0, report.err
    rate = cli("rate", "mlflow", "ml-engineer", "junior", "exceeds")
    assert rate.code == 1 and rate.err.count("\n") == 1, rate.err
    assert "read-only" in rate.err


def test_a_full_disk_opens_read_only_and_says_full(full_folder: AppPaths, tmp_path: Path) -> None:
    assert unwritable(full_folder.data_dir) == "full"
    cli = Cli(full_folder.data_dir)
    exported = cli("data", "export", "--out", str(tmp_path / "mine.json"))
    assert exported.code == 0, exported.err
    rate = cli("rate", "mlflow", "ml-engineer", "junior", "exceeds")
    assert rate.code == 1 and "full" in rate.err and rate.err.count("\n") == 1, rate.err


def test_the_lock_on_a_read_only_folder_is_not_another_window(
    qapp, read_only_folder: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    from skill_ladder.ui.single_instance import SingleInstance, Start

    instance = SingleInstance(read_only_folder.data_dir)
    started = time.monotonic()
    assert instance.acquire(wait_s=10) is Start.UNWRITABLE
    assert time.monotonic() - started < 5  # it did not wait for a window that is not there
    instance.release()
