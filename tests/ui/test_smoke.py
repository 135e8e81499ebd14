"""`skill-ladder --smoke` opens the real window on a data folder, waits for the cards to be
painted and exits 0: the check packaging and benchmarks rely on."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_smoke_start_on_a_fresh_folder(cli: Cli) -> None:
    result = cli("--smoke")
    assert result.code == 0, result.err
    assert (cli.data_dir / "skill-ladder.sqlite3").exists()


def test_smoke_start_restores_the_last_view(cli: Cli) -> None:
    settings = cli.data_dir / "settings.json"
    cli.data_dir.mkdir(parents=True)
    settings.write_text(json.dumps({"role": "ml-engineer", "level": "lead", "tab": 2}))
    result = cli("--smoke")
    assert result.code == 0, result.err
    saved = json.loads(settings.read_text())
    assert (saved["role"], saved["level"], saved["tab"]) == ("ml-engineer", "lead", 2)
    assert saved["scope"] == {"framework": "ml-engineering", "skills": ["mlflow"]}
