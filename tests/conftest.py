"""Shared fixtures: every test gets its own data folder under tmp_path, never the user's."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from skill_ladder.paths import AppPaths, bundled_profiles
from skill_ladder.services.hub import Services
from skill_ladder.storage.database import open_database

settings.register_profile("ci", deadline=None, max_examples=200, derandomize=True)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every data path at tmp_path and fix the language, whatever the machine has."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("SKILL_LADDER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return data_dir


@pytest.fixture
def paths(isolated_environment: Path) -> AppPaths:
    app_paths = AppPaths.resolve()
    app_paths.ensure()
    return app_paths


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    """Services over a fresh database in tmp_path with the bundled profiles installed."""
    database = open_database(paths.database, paths.backups)
    result = Services.over(database)
    result.catalog.install_bundled(bundled_profiles())
    yield result
    database.close()


@pytest.fixture
def bare_services(paths: AppPaths) -> Iterator[Services]:
    """Services over a fresh, empty database (no bundled profile)."""
    database = open_database(paths.database, paths.backups)
    yield Services.over(database)
    database.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@dataclass
class Cli:
    """The real `skill-ladder` command, run as a subprocess on a data folder."""

    data_dir: Path

    def __call__(
        self, *args: str, lang: str | None = None, env: dict[str, str] | None = None
    ) -> CliResult:
        command = [sys.executable, "-m", "skill_ladder", "--data-dir", str(self.data_dir)]
        if lang:
            command += ["--lang", lang]
        full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        done = subprocess.run(
            [*command, *args], capture_output=True, text=True, env=full_env, timeout=120
        )
        return CliResult(done.returncode, done.stdout, done.stderr)

    def window_start(self, setup: str, shown: str) -> str:
        """Start the real window (`--smoke`, offscreen) in a child process, after `setup`
        (code that may patch the app to record what happens, with `gc`, `sys`, `Path`, `app`
        and `main_window` at hand); the last line it prints: the exit code and `shown`."""
        probe = "\n".join(
            [
                "import gc, sys",
                "from pathlib import Path",
                "import skill_ladder.app as app",
                "from skill_ladder.ui import main_window",
                setup,
                f"code = app.main(['--data-dir', {str(self.data_dir)!r}, '--smoke'])",
                f"print(code, {shown})",
            ]
        )
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.stdout.strip(), done.stderr
        return done.stdout.strip().splitlines()[-1]


@pytest.fixture
def cli(isolated_environment: Path) -> Cli:
    return Cli(isolated_environment)


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def database_dump(path: Path) -> list[str]:
    """Every row of a database as SQL text, to prove a failed operation changed nothing."""
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())
