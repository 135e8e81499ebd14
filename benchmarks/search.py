"""Search at scale: the catalogue's requirement search and the results list, on the generated
18,000-requirement framework (200 skills × 10 roles × 9 levels) beside the bundled one.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/search.py [--runs N]`.
Prints wall time (median, p95) and the process's CPU time (median; these machines are shared,
and CPU time moves less with the neighbours' load). Figures only, no targets asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

QUERIES = (
    "zzz",  # nothing: every text looked through
    "p",  # one letter: nearly everything
    "pipelines",  # in about half of the texts
    "pipelines secures",
    "reproducible dashboards mentors",
    "level 9 mentors",  # a level's name and a word
    "skill 17 role 2",
)


def measure(action: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median and p95 wall time, median CPU time, in ms, after one warm-up."""
    action()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    ordered = sorted(walls)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(walls) * 1000, p95 * 1000, statistics.median(cpus) * 1000


def line(name: str, figures: tuple[float, float, float]) -> None:
    median, p95, cpu = figures
    print(f"{name:<46} median {median:7.1f} ms  p95 {p95:7.1f} ms  cpu {cpu:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs

    from skill_ladder.app import open_services
    from skill_ladder.catalog.synthetic import synthetic_bytes
    from skill_ladder.paths import AppPaths
    from skill_ladder.services.requirement_search import SearchIndex

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp))
        paths.ensure()
        services = open_services(paths, back_up=False)
        services.catalog.import_bytes(synthetic_bytes(key="large", skills=200, roles=10, levels=9))
        catalog = services.catalog
        frameworks = catalog.frameworks()
        count = sum(len(s.requirements) for f in frameworks.values() for s in f.skills)
        print(f"{count:,} requirements installed")
        for language in ("en", "es"):
            line(
                f"[{language}] first search: texts gathered",
                measure(lambda language=language: SearchIndex(frameworks.values(), language), runs),
            )
            for query in QUERIES:
                catalog.search_requirements(query, language)  # texts gathered
                total = catalog.search_requirements(query, language).total
                line(
                    f"[{language}] {query!r} ({total:,})",
                    measure(
                        lambda query=query, language=language: (
                            catalog.matching_skills(query, language),
                            catalog.search_requirements(query, language),
                        ),
                        runs,
                    ),
                )

        from PySide6.QtWidgets import QApplication

        from skill_ladder.ui.application import application
        from skill_ladder.ui.widgets.profile_browser import ProfileBrowser

        application()
        browser = ProfileBrowser()
        browser.load(catalog.browse("en", set()), None, frozenset())
        browser.resize(380, 700)
        browser.show()
        browser.search.setText("pipelines")
        results = catalog.search_requirements("pipelines", "en")
        other = catalog.search_requirements("pipelines secures", "en")
        flip = iter([results, other] * (runs + 1))

        def first_rows() -> None:
            browser.show_requirement_results(next(flip))
            QApplication.processEvents()  # the first batch of rows measured
            browser.results.view.viewport().repaint()  # and the visible ones painted

        def every_row() -> None:
            first_rows()
            browser.results.view.doItemsLayout()  # the other batches, at once

        line("results list: 200 rows, the first painted", measure(first_rows, runs))
        line("results list: 200 rows, all measured", measure(every_row, runs))
        services.database.close()


if __name__ == "__main__":
    main()
