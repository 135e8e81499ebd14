"""The (first, minimal) window shows the installed profiles through the services."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from skill_ladder.services import Services
from skill_ladder.settings import Settings
from skill_ladder.ui.main_window import MainWindow


def test_window_lists_the_bundled_profile_and_its_header(
    qtbot: QtBot, services: Services, paths
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, Settings(paths.settings), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Skill Ladder"
    header = window.findChild(type(window._header))  # noqa: SLF001
    assert header is not None
    assert "MLflow tracking, model registry, serving, projects" in window._header.text()
    assert "6 roles · 5 levels · 22 required · 8 optional" in window._header.text()


def test_smoke_start_exits_zero(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--smoke")
    assert result.code == 0, result.err
