"""How long the personal growth report takes, in process (render to PDF bytes).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_report.py [--runs N]`.
Prints median and p95 for the MLflow report (target: under 0.3 s) and for a generated
framework of 200 skills x 10 roles x 9 levels (target: under 5 s), each after one warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from skill_ladder.app import open_services
from skill_ladder.catalog.synthetic import synthetic_bytes
from skill_ladder.domain.rating import Rating
from skill_ladder.paths import AppPaths
from skill_ladder.report.renderer import render_pdf


def measure(label: str, action, runs: int) -> None:  # type: ignore[no-untyped-def]
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{label:<46} median {statistics.median(times):7.3f} s   p95 {p95:7.3f} s   ({runs} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    QGuiApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp))
        paths.ensure()
        services = open_services(paths)
        for level in ("junior", "middle", "senior"):
            services.ratings.rate_cell(
                "mlflow", "ml-engineer", level, Rating.MEETS, note="Evidence " * 20
            )
        services.checkins.create("bench")

        def mlflow() -> None:
            render_pdf(services.reports.build("mlflow", "ml-engineer", "en"))

        measure("MLflow report (build data + render PDF)", mlflow, args.runs)
        services.catalog.import_bytes(synthetic_bytes(key="large", skills=200, roles=10, levels=9))
        for skill in range(1, 201, 2):
            services.ratings.rate_cell(
                f"large-skill-{skill}", "role-1", "l1", Rating.MEETS, note="ok"
            )

        def large() -> None:
            render_pdf(services.reports.build("large", "role-1", "en"))

        measure("large framework report (1,800 requirements)", large, max(3, args.runs // 3))


if __name__ == "__main__":
    main()
