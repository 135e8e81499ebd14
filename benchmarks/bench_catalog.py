"""Import and status on a large generated framework (200 skills × 10 roles × 9 levels).

Run: `.venv/bin/python benchmarks/bench_catalog.py [--runs N]`. Prints median and p95 seconds
for each case, each on a fresh data folder in a temporary directory. Figures only, no verdict.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from skill_ladder.catalog.synthetic import synthetic_bytes
from skill_ladder.domain.rating import Rating
from skill_ladder.services import Services
from skill_ladder.storage.database import open_database


def _fresh(folder: Path) -> Services:
    return Services.over(open_database(folder / "db.sqlite3", folder / "backups"))


def _time(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def _report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name:<44} median {statistics.median(times):8.3f} s   p95 {p95:8.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = synthetic_bytes(key="large", skills=200, roles=10, levels=9)
    print(f"large framework: {len(data) / 1e6:.1f} MB, 18,000 requirements, {args.runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(1_000_000))

        def import_fresh() -> None:
            services = _fresh(Path(tmp) / str(next(counter)))
            services.catalog.import_bytes(data)
            services.database.close()

        _time(import_fresh, 1)  # warm-up
        _report("import (validate + write, fresh database)", _time(import_fresh, args.runs))

        services = _fresh(Path(tmp) / "rated")
        services.catalog.import_bytes(data)
        for skill in range(1, 201, 4):
            services.ratings.rate_cell(f"large-skill-{skill}", "role-1", "l1", Rating.MEETS)
        _report(
            "status of one role over 200 skills",
            _time(lambda: services.standing.standing("large", "role-1", "en"), args.runs),
        )
        _report(
            "check-in (freezes 18,000 requirements)", _time(services.checkins.create, args.runs)
        )


if __name__ == "__main__":
    main()
