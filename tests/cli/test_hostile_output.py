"""The command line against an open window, hostile `--out` targets and hostile text (issue 15,
items 2, 5, 10 and 12)."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from skill_ladder.errors import InvalidInput
from skill_ladder.output_target import check_out
from skill_ladder.paths import AppPaths
from skill_ladder.services.hub import Services
from skill_ladder.visible_text import visible
from tests.conftest import Cli, database_dump

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def window_lock(paths: AppPaths) -> Iterator[QLockFile]:
    """The lock a window holds on its data folder (`ui/single_instance.py`), held here."""
    lock = QLockFile(str(paths.data_dir / "skill-ladder.lock"))
    assert lock.tryLock(0)
    yield lock
    lock.unlock()


def test_restore_and_replace_refuse_while_a_window_holds_the_folder(
    cli: Cli, services: Services, paths: AppPaths, window_lock: QLockFile
) -> None:
    services.checkins.create("before")
    backup_id = services.backups.create().id
    exported = paths.data_dir.parent / "export.json"
    exported.write_bytes(services.data.export_bytes())
    services.checkins.create("after")
    services.database.close()
    before = database_dump(paths.database)
    for args in (("backup", "restore", backup_id), ("data", "import", str(exported), "--replace")):
        result = cli(*args)
        assert result.code == 1, result
        assert result.err.count("\n") == 1 and "Close its window" in result.err, result.err
        assert database_dump(paths.database) == before
        assert not paths.recovery.exists()
    assert not [b for b in services.backups.all() if b.kind == "import"]  # none for a refusal


def test_out_refuses_a_pipe_the_live_database_and_an_empty_name(
    cli: Cli, services: Services, paths: AppPaths
) -> None:
    services.database.close()
    fifo = paths.data_dir.parent / "pipe"
    os.mkfifo(fifo)
    before = database_dump(paths.database)
    piped = cli("data", "export", "--out", str(fifo))
    assert piped.code == 2 and "not a regular file" in piped.err, piped
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    live = cli("profile", "export", "mlflow", "--out", str(paths.database))
    assert live.code == 2 and "database" in live.err, live
    assert database_dump(paths.database) == before
    empty = cli("report", "mlflow", "ml-engineer", "--out", "")
    assert empty.code == 2 and "needs a file name" in empty.err, empty
    assert "busy" not in empty.err


@pytest.mark.parametrize(
    "where",
    [
        "skill-ladder.sqlite3-wal",
        "backups/x.json",
        "backups",
        "recovery/skill-ladder.sqlite3",
        "link-to-db",
        "../data/./backups/y.pdf",
    ],
)
def test_out_refuses_the_database_backups_and_recovery(paths: AppPaths, where: str) -> None:
    (paths.data_dir / "link-to-db").symlink_to(paths.database)
    with pytest.raises(InvalidInput):
        check_out(paths.data_dir / where, paths)


def test_out_refuses_a_device(paths: AppPaths, tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    with pytest.raises(InvalidInput) as refused:
        check_out(device, paths)
    assert refused.value.code == "out.not_a_file"
    check_out(tmp_path / "new.pdf", paths)  # a new name elsewhere, or a regular file: fine
    check_out(paths.data_dir / "exported.json", paths)


HOSTILE = "set\x1b]0;owned\x07 title\x1b[2J clip\x1b]52;c;aGk=\x07 \u202eevil\u2066 \x9b31m\x7f"


def test_checkin_list_shows_control_characters_as_escapes(cli: Cli, services: Services) -> None:
    services.checkins.create(HOSTILE + "\nsecond line\tand tab")
    services.database.close()
    listed = cli("checkin", "list")
    assert listed.code == 0, listed.err
    assert not RAW_CONTROL.search(listed.out)
    assert listed.out.count("\n") == 1  # one line per check-in
    assert "\\x1b]0;owned\\x07" in listed.out and "\\u202eevil\\u2066" in listed.out
    assert "\\nsecond line\\tand tab" in listed.out
    as_json = cli("checkin", "list", "--json").json()  # JSON keeps the note as it is
    assert as_json[0]["note"] == HOSTILE + "\nsecond line\tand tab"


def test_an_error_naming_a_hostile_file_shows_its_escapes(cli: Cli, tmp_path: Path) -> None:
    hostile = tmp_path / "x\x1b]0;owned\x07.json"
    hostile.write_text("{}")
    result = cli("profile", "import", str(hostile))
    assert result.code == 2
    assert not RAW_CONTROL.search(result.err) and "\\x1b]0;owned\\x07" in result.err
    assert result.err.count("\n") == 1


def test_visible_keeps_layout_and_escapes_the_rest() -> None:
    assert visible("a\tb\nc") == "a\tb\nc"
    assert visible("a\tb\nc\r", one_line=True) == "a\\tb\\nc\\r"
    assert (
        visible("\x00\x1b\x7f\x85\u202a\u2069\u2028") == "\\x00\\x1b\\x7f\\x85\\u202a\\u2069\\u2028"
    )
    assert visible("café ✓ 日本") == "café ✓ 日本"


def test_the_log_is_never_written_through_a_symbolic_link(cli: Cli, tmp_path: Path) -> None:
    elsewhere = tmp_path / "someone-elses-file"
    elsewhere.write_text("theirs\n")
    elsewhere.chmod(0o644)
    cli.data_dir.mkdir(parents=True)
    (cli.data_dir / "skill-ladder.log").symlink_to(elsewhere)
    result = cli("profile", "list")
    assert result.code == 1
    assert "skill-ladder.log" in result.err and result.err.count("\n") == 1, result.err
    assert elsewhere.read_text() == "theirs\n"
    assert elsewhere.stat().st_mode & 0o777 == 0o644


def test_an_open_data_folder_is_made_owner_only(cli: Cli, services: Services) -> None:
    services.database.close()
    cli.data_dir.chmod(0o755)
    assert cli("profile", "list").code == 0
    assert cli.data_dir.stat().st_mode & 0o777 == 0o700


def test_without_a_display_the_window_says_so_in_one_line(cli: Cli) -> None:
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    command = [sys.executable, "-m", "skill_ladder", "--data-dir", str(cli.data_dir)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and "No display was found" in done.stderr
    assert "skill-ladder --help" in done.stderr
