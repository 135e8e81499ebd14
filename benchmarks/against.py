"""`make bench-against REV=…`: this checkout against an older commit, on the same machine, in
processes that alternate (old, new, old, new…), so that a slower spell weighs on both alike.

`make bench` compares each figure with a floor measured in the same run, but on these shared
machines the same code's median moves by 20-80% between runs, more than the 10% a change may
cost. Here each round starts one process per side that times the in-process cases of
`make bench` (the window's switches and click, a save, check-ins, the MLflow report, a
language switch) on a data folder built by that side's own code, the side that goes first
changing every round. The table gives the change of the medians of rounds and the median of
each round's new/old ratio ("paired": what a slow spell that spans one round does not move).
`--only TEXT` keeps the cases whose name holds TEXT, so that many rounds of one case fit in
minutes (`--only report --rounds 16`). `--start` also runs each side's
`benchmarks/run.py --start-only` in turn.

The older commit is taken with `git archive` into a temporary folder, its translations
compiled, and run with this virtual environment's packages (`PYTHONPATH` puts its code first).
The timing code is this checkout's for both sides; the window's API it drives (`controller`,
`selection`, `cards`) is the one of 2026-11-29 and later.
"""

from __future__ import annotations

import argparse
import ast
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
README_TABLE = "7aca4ff"  # the commit of the README's 2026-11-29 `make bench` table
ONLY = "SKILL_LADDER_BENCH_ONLY"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rev", nargs="?", default=README_TABLE, help="the older commit")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--start", action="store_true", help="also the start-up cases")
    parser.add_argument(
        "--only", default="", help="only the cases whose name holds this text (e.g. report)"
    )
    parser.add_argument("--child", nargs=2, metavar=("WHAT", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, folder = args.child
        (build if what == "build" else measure)(Path(folder))
        return
    os.environ[ONLY] = args.only  # for the children
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        unpack(args.rev, old)
        trees = {"old": old, "new": HERE}
        folders = {side: Path(tmp) / f"data-{side}" for side in trees}
        for side, tree in trees.items():
            child(tree, "build", folders[side])
        rounds: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
        for n in range(args.rounds):
            for side in ("old", "new") if n % 2 == 0 else ("new", "old"):  # neither always first
                out = child(trees[side], "time", folders[side])
                rounds[side].append(ast.literal_eval(out.strip().splitlines()[-1]))
        print(f"old: {args.rev}  new: this checkout  ({args.rounds} rounds, alternating)")
        print("change: of the medians of rounds; paired: the median of each round's new/old")
        shown = "(median of each round, ms)" if args.rounds <= 3 else "(median of rounds, ms)"
        width = 26 if args.rounds <= 3 else 8
        print(f"{'case ' + shown:34} {'old':>{width}} {'new':>{width}}  change  paired")
        for case in rounds["old"][0]:
            before = [r[case] for r in rounds["old"]]
            after = [r[case] for r in rounds["new"]]
            change = statistics.median(after) / statistics.median(before) - 1
            paired = statistics.median(a / b for a, b in zip(after, before, strict=True)) - 1
            if args.rounds <= 3:
                old_cells, new_cells = cells(before), cells(after)
            else:
                old_cells = f"{statistics.median(before):.2f}"
                new_cells = f"{statistics.median(after):.2f}"
            print(
                f"{case:34} {old_cells:>{width}} {new_cells:>{width}}"
                f"  {change:+6.1%} {paired:+6.1%}"
            )
        if args.start:
            for _ in range(2):
                for side, tree in trees.items():
                    print(f"-- start-up, {side}")
                    print(start_up(tree), end="")


def cells(values: list[float]) -> str:
    return " ".join(f"{v:8.2f}" for v in values)


def unpack(rev: str, into: Path) -> None:
    into.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(HERE), "archive", rev, "desktop", "resources", "benchmarks", "i18n"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    compiled = into / "desktop" / "skill_ladder" / "translations"
    compiled.mkdir(exist_ok=True)
    release = Path(sys.executable).with_name("pyside6-lrelease")
    for source in sorted((into / "i18n").glob("*.ts")):
        target = compiled / source.with_suffix(".qm").name
        subprocess.run([str(release), "-silent", str(source), "-qm", str(target)], check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(into / "desktop")], check=True)


def side_env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree / "desktop"), "QT_QPA_PLATFORM": "offscreen"}


def child(tree: Path, what: str, folder: Path) -> str:
    command = [sys.executable, __file__, "--child", what, str(folder)]
    done = subprocess.run(command, env=side_env(tree), check=True, capture_output=True, text=True)
    return done.stdout


def start_up(tree: Path) -> str:
    command = [sys.executable, str(tree / "benchmarks" / "run.py"), "--start-only", "--runs", "11"]
    done = subprocess.run(command, env=side_env(tree), check=True, capture_output=True, text=True)
    return done.stdout


# -- in a child: the code on PYTHONPATH is one side's ------------------------------------------
def build(folder: Path) -> None:
    """The folder of `make bench`'s heavy start: 18,000 requirements, twenty check-ins."""
    from run import large_folder  # this folder's `make bench`

    large_folder(folder)


def measure(folder: Path) -> None:
    """The in-process cases of `make bench`, timed the same way for both sides (the timing
    code is this checkout's; the app's code is the side's); prints {case: median ms}."""
    from PySide6.QtWidgets import QApplication

    from run import click_times, open_window, repeat, stats, switch_times  # this folder's bench
    from skill_ladder.app import open_services
    from skill_ladder.domain.rating import Rating
    from skill_ladder.paths import AppPaths
    from skill_ladder.report.renderer import render_pdf
    from skill_ladder.services.views import Scope
    from skill_ladder.ui.application import application

    application()
    paths = AppPaths(folder)
    services = open_services(paths, back_up=False)
    window = open_window(services, paths)
    medians: dict[str, float] = {}
    only = os.environ.get(ONLY, "").casefold()

    def wanted(case: str) -> bool:
        return only in case.casefold()

    def record(case: str, times: list[float]) -> None:
        medians[case] = round(statistics.median(times) * 1000, 3)

    mlflow = Scope("ml-engineering", ("mlflow",))
    for what in ("level", "role"):
        roles = ["ml-engineer", "data-scientist", "mlops-engineer"]
        levels = ["junior", "middle", "senior"]
        if wanted(f"MLflow {what} switch"):
            record(f"MLflow {what} switch", switch_times(window, mlflow, roles, levels, what))
        large_roles = ["role-1", "role-2", "role-3"]
        if wanted(f"18,000 {what} switch"):
            record(
                f"18,000 {what} switch",
                switch_times(window, Scope("large"), large_roles, ["l1", "l5", "l9"], what),
            )
    keys = iter(["mlflow-ml-engineer-junior", "mlflow-ml-engineer-middle"] * 1000)
    values = iter([Rating.MEETS, Rating.EXCEEDS] * 1000)
    large = Scope("large")
    ids = [c.id for c in services.checkins.all()][-2:]
    cases: list[tuple[str, Callable[[], object], int]] = [
        (
            "save a rating (service)",
            lambda: services.ratings.set_rating(next(keys), next(values)),
            21,
        ),
        ("check-in list (20)", services.checkins.all, 21),
        (
            "readiness over 20 check-ins",
            lambda: services.checkins.readiness_history(large, "role-1", "en"),
            7,
        ),
        ("changes between two check-ins", lambda: services.checkins.changes(large, *ids, "en"), 7),
        ("18,000 matrix (one role)", lambda: services.board.matrix(large, "role-1", "en"), 7),
        (
            "MLflow report",
            lambda: render_pdf(services.reports.build("mlflow", "ml-engineer", "en")),
            7,
        ),
    ]
    if wanted("click until saved and shown"):
        record("click until saved and shown", click_times(window))
    for case, action, runs in cases:
        if wanted(case):
            record(case, repeat(action, runs))
    if not wanted("language switch (18,000 Cards)"):
        print(repr(medians))
        return
    # Last, as it leaves the window in the other language now and then: the switch on the
    # 18,000 ladder's Cards page, 21 times (its p95 is the figure).
    window.controller.reload(large)
    window.selection.set_role("role-1")
    window.controller.select_role("role-1")
    languages = iter(["es", "en"] * 1000)

    def switch_language() -> None:
        window.choose_language(next(languages))
        QApplication.processEvents()

    switches = repeat(switch_language, 21)
    record("language switch (18,000 Cards)", switches)
    medians["  its p95"] = round(stats(switches)[1] * 1000, 3)
    print(repr(medians))


if __name__ == "__main__":
    main()
