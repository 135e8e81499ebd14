"""One window per data folder; no network connection from the window, the command line or
the report; data files readable by their owner only."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import Cli


def _wait_for(path: Path, text: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not in {path}")


def test_a_second_start_wakes_the_first_window(cli: Cli) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "skill_ladder", "--data-dir", str(cli.data_dir)]
    first = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        log = cli.data_dir / "skill-ladder.log"
        _wait_for(log, "single instance: serving")
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        _wait_for(log, "activated by a second start")
        assert first.poll() is None  # the first window is still running
        smoke = subprocess.run(
            [*command, "--smoke"], env=env, capture_output=True, text=True, timeout=60
        )
        assert smoke.returncode == 1  # it painted nothing of its own: no pass
    finally:
        first.kill()
        first.wait()


def test_a_second_start_before_the_first_listens_still_wakes_it(
    qtbot,
    qapp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """The first window listens only once its cards are painted; a second start in that gap
    finds the lock taken and keeps trying until the first answers."""
    from skill_ladder.ui.single_instance import SingleInstance, Start

    folder = tmp_path / "data"
    folder.mkdir()
    first = SingleInstance(folder, qapp)
    assert first.acquire() is Start.FIRST  # the lock, not yet the socket
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = (
        "from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "from skill_ladder.ui.single_instance import SingleInstance;"
        "app = QCoreApplication([]);"
        f"print(SingleInstance(Path({str(folder)!r}), app).acquire())"
    )
    second = subprocess.Popen(
        [sys.executable, "-c", probe], env=env, stdout=subprocess.PIPE, text=True
    )
    qtbot.wait(400)  # the second start is trying by now
    with qtbot.waitSignal(first.activated, timeout=5000):
        first.serve()
    out, _ = second.communicate(timeout=30)
    assert second.returncode == 0 and out.strip() == "Start.WOKE_OTHER"
    first.release()


def _second_start(folder: Path, *, wait_s: float) -> str:
    """What a second start on `folder` (a process of its own) found: its `Start`."""
    probe = (
        "from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "from skill_ladder.ui.single_instance import SingleInstance;"
        "app = QCoreApplication([]);"
        f"print(SingleInstance(Path({str(folder)!r}), app).acquire(wait_s={wait_s}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_second_start_says_so_when_the_first_does_not_answer(
    qapp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A first window that never listens (stuck, or still opening after the wait): the
    second start gives up and says the window did not answer, not that it was raised."""
    from skill_ladder.ui.single_instance import SingleInstance, Start

    folder = tmp_path / "data"
    folder.mkdir()
    first = SingleInstance(folder, qapp)
    assert first.acquire() is Start.FIRST
    assert _second_start(folder, wait_s=0.5) == "Start.OTHER_SILENT"
    first.release()


def test_a_second_start_is_not_fooled_by_a_window_that_cannot_answer(
    qapp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A first window that is stuck still accepts the connection (the system does), but it
    cannot come to the front: without its answer the second start does not say it did."""
    from PySide6.QtNetwork import QLocalServer

    from skill_ladder.ui.single_instance import SingleInstance, Start

    folder = tmp_path / "data"
    folder.mkdir()
    first = SingleInstance(folder, qapp)
    assert first.acquire() is Start.FIRST
    stuck = QLocalServer()  # listens, and this test never lets it handle anything
    assert stuck.listen(first.name)
    assert _second_start(folder, wait_s=1.0) == "Start.OTHER_SILENT"
    stuck.close()
    first.release()


def test_data_files_are_private(cli: Cli) -> None:
    assert cli("rate", "mlflow", "ml-engineer", "junior", "meets").code == 0
    assert cli("backup", "create").code == 0
    folder = cli.data_dir
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in [
        folder / "skill-ladder.sqlite3",
        folder / "skill-ladder.log",
        *(folder / "backups").iterdir(),
    ]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="an empty network namespace needs root and util-linux (CI runs as root)",
)
def test_everything_works_without_a_network(cli: Cli, tmp_path: Path) -> None:
    """In an empty network namespace any connection attempt fails, Qt's C++ included."""
    base = ["unshare", "-n", sys.executable, "-m", "skill_ladder", "--data-dir", str(cli.data_dir)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in (
        ["--smoke"],
        ["rate", "mlflow", "ml-engineer", "junior", "meets"],
        ["status", "mlflow", "ml-engineer"],
        ["report", "mlflow", "ml-engineer", "--out", str(tmp_path / "r.pdf")],
    ):
        done = subprocess.run(base + args, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (args, done.stderr)
    assert (tmp_path / "r.pdf").stat().st_size > 10_000
