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


def open_window(qtbot, paths: AppPaths, tmp_path: Path, language: str = "en"):  # type: ignore[no-untyped-def]
    """The window as `run_window` opens it on that folder (the preferences elsewhere: the
    folder cannot take them)."""
    from skill_ladder.settings import Settings
    from skill_ladder.translations import Translations
    from skill_ladder.ui.main_window import MainWindow

    services = open_services(paths, back_up=False)
    assert services.database.read_only
    translations = Translations()
    translations.apply(language)
    window = MainWindow(Settings(tmp_path / "settings.json"), translations, paths.data_dir)
    window.attach(services)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, services, translations


def test_the_window_on_a_read_only_folder_says_why_and_saves_nothing(
    qtbot, read_only_folder: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(str(a[2])))
    window, services, translations = open_window(qtbot, read_only_folder, tmp_path)
    try:
        bar = window.read_only_bar
        assert bar.isVisible()
        assert bar.message.text().startswith("This folder cannot be written: ")
        assert str(read_only_folder.data_dir) in bar.message.text()
        window.selection.set_role("ml-engineer")
        window.controller.select_role("ml-engineer")
        card = window.cards.card_for("mlflow-ml-engineer-junior")
        assert card is not None and card.note.toPlainText() == "kept"  # read, shown
        assert not card.rating.isEnabled() and card.note.isReadOnly()
        for name in ("checkin", "import", "import_data", "restore_backup", "backup"):
            assert not window.menu_actions[name].isEnabled(), name
        for name in ("export_data", "export_csv"):
            assert window.menu_actions[name].isEnabled(), name
        assert window.report_button.isEnabled()
        assert not window.standing.target.isEnabled() and not window.selection.mine.isEnabled()
        window.show_page("growth")  # a page made later is held off too, whatever it enables
        growth = window.pages.page("growth").view
        assert not growth.create_button.isEnabled()
        growth.create_button.setEnabled(True)
        assert not growth.create_button.isEnabled()
        window.show_page("cards")
        window.controller.rate("mlflow-ml-engineer-junior", Rating.EXCEEDS)  # by any path
        assert services.ratings.rating_of("mlflow-ml-engineer-junior").value == Rating.MEETS
        assert boxes == []  # said once, in the bar and the status line, not a box per try
        assert window.statusBar().currentMessage().startswith("Not saved: ")
        translations.apply("es")
        assert bar.message.text().startswith("No se puede escribir en esta carpeta: ")
    finally:
        translations.clear()
        window.close()
        services.database.close()


def test_the_window_on_a_full_disk_says_so(qtbot, full_folder: AppPaths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, services, translations = open_window(qtbot, full_folder, tmp_path)
    try:
        assert window.read_only_bar.isVisible()
        assert window.read_only_bar.message.text().startswith("The disk holding your data is full")
        assert not window.menu_actions["checkin"].isEnabled()
    finally:
        translations.clear()
        window.close()
        services.database.close()
