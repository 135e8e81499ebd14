"""The team report through the one renderer (issue 17, point 4): in the report's own language,
the heat-map's people and levels, and what a manager may not read left out."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from skill_ladder.report.renderer import render_pdf
from skill_ladder.report.team_document import heat_colour
from tests.team.conftest import Team


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "team.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_the_team_report_in_spanish(shared: Team, qtbot: QtBot, tmp_path: Path) -> None:
    data = shared.service("carol").report_data(shared.url("carol"), "mlflow", "es")
    assert [row.name for row in data.heat] == ["Dave Díaz"]
    assert [lv.key for lv in data.levels][:2] == ["junior", "middle"]
    text = _text(render_pdf(data), tmp_path)
    assert "Informe del equipo" in text and "Dónde está el equipo" in text
    assert "Dave Díaz" in text and "Bob" not in text
    assert "Una autoevaluación compartida" in text
    assert "Página 1 de 1" in text


def test_heat_colours_grow_with_readiness() -> None:
    assert heat_colour(None).name() == "#ffffff"
    assert heat_colour(0.0).name() == "#f3f5f8" and heat_colour(1.0).name() == "#2e7d4f"
    assert heat_colour(0.3).green() > heat_colour(0.9).green()
