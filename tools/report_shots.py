"""Report pages as PNGs for docs/screenshots (issue 14): MLflow, and a generated 9-level
framework (6 skills × 8 roles × 9 levels: 432 requirements) rated by someone at the third level.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/report_shots.py docs/screenshots
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication


def main(out: Path) -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive while painting)
    from skill_ladder.app import open_services
    from skill_ladder.catalog.synthetic import synthetic_document
    from skill_ladder.domain.rating import Rating
    from skill_ladder.paths import AppPaths
    from skill_ladder.report.renderer import page_size_named, render_pdf

    folder = Path(tempfile.mkdtemp())
    paths = AppPaths(folder / "data")
    paths.ensure()
    services = open_services(paths)
    services.personal.set_name("Alex Doe")
    r = services.ratings  # check-ins are of all ratings: the 9-level ladder's come first
    doc = synthetic_document(key="ladder9", skills=6, roles=8, levels=9, per_cell=1, text_words=14)
    services.catalog.import_bytes(json.dumps(doc).encode())
    keys = [
        req["key"]
        for skill in doc["skills"]
        for req in skill["requirements"]
        if req["role"] == "role-1"
    ]
    levels = {req["key"]: req["level"] for s in doc["skills"] for req in s["requirements"]}
    for n, key in enumerate(keys):
        if levels[key] in ("l1", "l2"):
            r.set_rating(key, Rating.MEETS)
            r.set_note(key, f"Evidence {n}: shipped and reviewed.")
    services.checkins.create("spring")
    for n, key in enumerate(keys):
        if levels[key] == "l3":
            r.set_rating(key, Rating.MEETS if n % 5 else Rating.EXCEEDS)
        if levels[key] == "l4" and n % 3 == 0:
            r.set_rating(key, Rating.WORKING_TOWARDS)
    autumn = services.checkins.create("autumn")
    services.personal.set_target("ladder9", "role-1", "l4")
    r.rate_cell("mlflow", "ml-engineer", "junior", Rating.EXCEEDS, note="Logged 40+ runs.")
    r.rate_cell("mlflow", "ml-engineer", "middle", Rating.WORKING_TOWARDS, note="Registry: half.")
    services.checkins.create("Q2")
    r.rate_cell("mlflow", "ml-engineer", "middle", Rating.MEETS, note="Registry in production.")
    r.rate_cell("mlflow", "ml-engineer", "senior", Rating.WORKING_TOWARDS, note="In progress.")
    services.checkins.create("Q3")
    services.personal.set_target("ml-engineering", "ml-engineer", "senior")

    cases = {
        "report-en": services.reports.build("mlflow", "ml-engineer", "en"),
        "report-es": services.reports.build("mlflow", "ml-engineer", "es"),
        # as of its own latest check-in (MLflow's two came after it)
        "report-9-levels": services.reports.build("ladder9", "role-1", "en", checkin=autumn.id),
    }
    for name, data in cases.items():
        pdf = folder / f"{name}.pdf"
        pdf.write_bytes(render_pdf(data, page_size_named("a4")))
        for old in out.glob(f"{name}-page-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "90", str(pdf), str(out / f"{name}-page")])
        print(name, sorted(p.name for p in out.glob(f"{name}-page-*.png")))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
