"""`plan`, `target` and `my-role` (issue 13): the plan carries the gaps up to the target, the
same target the window shows, and my role travels with my data."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli


def _middle(cli: Cli) -> None:
    for level in ("junior", "middle"):
        assert cli("rate", "mlflow", "ml-engineer", level, "meets").code == 0


def test_plan_without_target_reaches_the_level_after_the_estimate(cli: Cli) -> None:
    _middle(cli)
    plan = cli("plan", "mlflow", "ml-engineer", "--json").json()
    assert plan["estimated_level"] == "middle" and plan["target"] is None
    assert [s["level"] for s in plan["steps"]] == ["junior", "middle", "senior"]
    assert [[r["key"] for r in s["requirements"]] for s in plan["steps"]] == [
        [],
        [],
        ["mlflow-ml-engineer-senior"],
    ]
    # status's gaps keep their meaning: up to the level after the estimate.
    status = cli("status", "mlflow", "ml-engineer", "--json").json()
    assert status["target"] is None
    assert [g["key"] for g in status["gaps"]] == ["mlflow-ml-engineer-senior"]


def test_a_target_two_levels_up_carries_the_plan_and_changes_nothing_else(cli: Cli) -> None:
    _middle(cli)
    done = cli("target", "mlflow", "ML Engineer", "Lead / Staff")
    assert done.code == 0 and done.out == "Target for ML Engineer: Lead / Staff.\n"
    before = (cli.data_dir / "skill-ladder.sqlite3").stat().st_mtime_ns
    plan = cli("plan", "mlflow", "ml-engineer", "--json").json()
    assert plan == {
        "profile": "mlflow",
        "role": "ml-engineer",
        "estimated_level": "middle",
        "target": "lead",
        "steps": plan["steps"],
    }
    assert [s["level"] for s in plan["steps"]] == ["junior", "middle", "senior", "lead"]
    lead = plan["steps"][3]["requirements"]
    assert [r["key"] for r in lead] == ["mlflow-ml-engineer-lead"]
    assert lead[0]["rating"] is None and lead[0]["required"] is True
    assert (cli.data_dir / "skill-ladder.sqlite3").stat().st_mtime_ns == before
    text = cli("plan", "mlflow", "ml-engineer").out
    assert text.startswith("Estimated level: Middle · Target: Lead / Staff\n")
    assert "Lead / Staff: 1 requirement(s) to cover" in text
    assert "  [ ] Required · Not rated: Defines experiment tracking strategy" in text
    assert cli("status", "mlflow", "ml-engineer", "--json").json()["target"] == "lead"
    # A target at or below the estimate: the plan shows the next level, and says why.
    assert cli("target", "mlflow", "ml-engineer", "junior").code == 0
    said = cli("plan", "mlflow", "ml-engineer").out.splitlines()[1]
    assert said.startswith("Your target, Junior, is reached: the plan shows the next level.")
    steps = cli("plan", "mlflow", "ml-engineer", "--json").json()["steps"]
    assert [s["level"] for s in steps] == ["junior", "middle", "senior"]
    cleared = cli("target", "mlflow", "ml-engineer", "none")
    assert (
        cleared.code == 0
        and cli("status", "mlflow", "ml-engineer", "--json").json()["target"] is None
    )


def test_plan_with_optional_requirements_lists_required_first(cli: Cli) -> None:
    # Data Scientist: Junior and Middle optional, Senior up required.
    assert cli("target", "mlflow", "data-scientist", "senior").code == 0
    plan = cli("plan", "mlflow", "data-scientist", "--json").json()
    assert plan["estimated_level"] is None
    assert [(s["level"], [r["required"] for r in s["requirements"]]) for s in plan["steps"]] == [
        ("junior", [False]),
        ("middle", [False]),
        ("senior", [True]),
    ]


def test_my_role_is_set_cleared_and_refused_when_unknown(cli: Cli) -> None:
    assert cli("my-role", "mlflow", "MLOps Engineer").out == "Your role: MLOps Engineer.\n"
    exported = cli("data", "export", "--out", str(cli.data_dir.parent / "mine.json"))
    assert exported.code == 0
    document = json.loads((cli.data_dir.parent / "mine.json").read_text(encoding="utf-8"))
    assert document["format_version"] == 2
    assert document["my_roles"] == [{"framework": "ml-engineering", "role": "mlops-engineer"}]
    bad = cli("my-role", "mlflow", "astronaut")
    assert bad.code == 2 and "astronaut" in bad.err and len(bad.err.splitlines()) == 1
    bad_level = cli("target", "mlflow", "ml-engineer", "wizard")
    assert bad_level.code == 2 and "wizard" in bad_level.err
    assert cli("my-role", "mlflow", "none").out == "Your role is cleared.\n"


def test_my_role_travels_with_my_data_and_version_1_files_still_import(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("my-role", "mlflow", "nlp-engineer").code == 0
    assert cli("rate", "mlflow", "nlp-engineer", "junior", "meets").code == 0
    out = tmp_path / "mine.json"
    assert cli("data", "export", "--out", str(out)).code == 0
    fresh = Cli(tmp_path / "fresh")
    assert fresh("data", "import", str(out)).code == 0
    again = tmp_path / "again.json"
    assert fresh("data", "export", "--out", str(again)).code == 0
    assert json.loads(again.read_text())["my_roles"] == [
        {"framework": "ml-engineering", "role": "nlp-engineer"}
    ]
    old = json.loads(out.read_text())
    old["format_version"] = 1
    del old["my_roles"]
    out.write_text(json.dumps(old), encoding="utf-8")
    older = Cli(tmp_path / "older")
    result = older("data", "import", str(out))
    assert result.code == 0, result.err
    assert older("status", "mlflow", "nlp-engineer", "--json").json()["estimated_level"] == "junior"


def test_spanish_plan(cli: Cli) -> None:
    _middle(cli)
    text = cli("plan", "mlflow", "ml-engineer", lang="es").out
    assert text.startswith("Nivel estimado: Intermedio · Objetivo: ninguno\n")
    assert "Senior: requisitos por cubrir: 1" in text
