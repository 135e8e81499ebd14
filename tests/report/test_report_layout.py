"""The report's layout cannot lose content: reports of 1 to 300 requirements for one role,
rendered in-process and read back page by page with `pdftotext -f N -l N`: every section
heading is on exactly one page, and every requirement text is whole on the pages it is on."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from skill_ladder.catalog.synthetic import synthetic_document
from skill_ladder.domain.rating import Rating
from skill_ladder.report.renderer import render_pdf
from skill_ladder.services.hub import Services

SIZES = (*range(1, 11), 20, 40, 60, 80, 120, 200, 300)
HEADINGS = {
    "en": ("Growth", "Readiness per level", "Your ratings and evidence, by level"),
    "es": ("Progreso", "Preparación por nivel", "Tus valoraciones y evidencias, por nivel"),
}
RULE = {"en": "How the estimate works", "es": "Cómo se calcula la estimación"}


def framework_of(size: int) -> dict[str, object]:
    """One role with `size` requirements spread over a 9-level ladder."""
    per_cell = -(-size // 9)
    doc = synthetic_document(key=f"r{size}", skills=1, roles=1, levels=9, per_cell=per_cell)
    skill = doc["skills"][0]
    skill["requirements"] = skill["requirements"][:size]
    return doc


def pages_of(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    count = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    return [
        subprocess.run(
            ["pdftotext", "-raw", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def check_pages(pages: list[str], texts: list[str], headings: tuple[str, ...]) -> None:
    for heading in headings:
        where = [
            n
            for n, page in enumerate(pages, 1)
            for line in page.splitlines()
            if line.strip() == heading
        ]
        assert len(where) == 1, (heading, where)
    flats = [flat(page) for page in pages]
    for text in texts:
        words = text.split()
        head, tail = " ".join(words[:6]), " ".join(words[-6:])
        whole = [n for n, page in enumerate(flats) if text in page]
        assert whole, f"never whole: {text}"
        for n, page in enumerate(flats):
            if head in page or tail in page:
                assert n in whole, f"split on page {n + 1}: {text}"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[int, Services]:  # type: ignore[no-untyped-def]
    from skill_ladder.storage.database import open_database

    built: dict[int, Services] = {}
    for size in SIZES:
        folder = tmp_path_factory.mktemp(f"r{size}")
        database = open_database(folder / "data.sqlite", folder / "backups")
        services = Services.over(database)
        services.catalog.import_bytes(json.dumps(framework_of(size)).encode())
        skill = f"r{size}-skill-1"
        keys = [r.key for r in services.catalog.load(f"r{size}").skills[0].requirements]
        for n, key in enumerate(keys[::3]):
            services.ratings.set_rating(key, Rating.MEETS)
            services.ratings.set_note(key, f"Evidence {n} for {skill}.")
        services.checkins.create("first")
        for key in keys[1::4]:
            services.ratings.set_rating(key, Rating.EXCEEDS)
        built[size] = services
    return built


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_section_and_every_requirement_on_some_page(  # type: ignore[no-untyped-def]
    reports: dict[int, Services], tmp_path: Path, language: str
) -> None:
    for size, services in reports.items():
        data = services.reports.build(f"r{size}", "role-1", language, all_levels=True)
        texts = [v.text for _, views in data.ratings_by_level for v in views]
        assert len(texts) == size
        path = tmp_path / f"r{size}-{language}.pdf"
        path.write_bytes(render_pdf(data))
        pages = pages_of(path)
        plan = next(
            line.strip()
            for line in pages[0].splitlines()
            if line.startswith(("Plan ", "Plan para"))
        )
        check_pages(pages, texts, (*HEADINGS[language], RULE[language], plan))
        # Pieces share documents and are drawn clipped: the first line of the piece below a
        # cut (a plan item) must not also be drawn, clipped away, with the piece above it.
        gaps = sum(len(step.requirements) for step in data.plan)
        assert sum(page.count("\u2610") for page in pages) == gaps


def test_a_table_is_laid_out_once_and_its_rows_tile_it(reports: dict[int, Services]) -> None:
    """300 rows are bands of one document, not 300 documents: the bands of each document
    follow each other with no gap and no overlap, down to the document's end."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from skill_ladder.report.document import ReportBuilder
    from skill_ladder.report.fonts import report_family
    from skill_ladder.report.words import ReportWords

    data = reports[300].reports.build("r300", "role-1", "en", all_levels=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(600)
    pieces = ReportBuilder(data, ReportWords("en"), report_family(), 600, 4000, writer).build()
    rows = [p for p in pieces if p.header is not None]
    assert len(rows) >= 300
    documents = list(dict.fromkeys(p.doc for p in pieces))
    assert len(documents) <= 6, len(documents)
    for doc in documents:
        bands = [p for p in pieces if p.doc is doc]
        assert bands[0].top == 0
        for above, below in zip(bands, bands[1:], strict=False):
            assert below.top == pytest.approx(above.top + above.height)
            assert above.height > 0
        last = bands[-1]
        assert last.top + last.height == pytest.approx(doc.size().height())


def test_a_row_taller_than_a_page_continues_with_its_label(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from skill_ladder.storage.database import open_database

    database = open_database(tmp_path / "data.sqlite", tmp_path / "backups")
    services = Services.over(database)
    services.catalog.import_bytes(json.dumps(framework_of(3)).encode())
    key = services.catalog.load("r3").skills[0].requirements[0].key
    services.ratings.set_rating(key, Rating.MEETS)
    words = [f"word{n}" for n in range(1400)]  # a note longer than a page, in its cell
    services.ratings.set_note(key, " ".join(words))
    path = tmp_path / "tall.pdf"
    path.write_bytes(render_pdf(services.reports.build("r3", "role-1", "en")))
    pages = [flat(page) for page in pages_of(path)]
    holding = [n for n, page in enumerate(pages) if "word700" in page or "word1399" in page]
    assert len(holding) >= 2
    assert all("(continued)" in pages[n] for n in holding[1:])
    found = " ".join(pages)
    assert all(word in found.split() for word in words)  # nothing lost at the cuts


def test_a_nine_level_ladder_at_the_third_level_is_three_pages_at_most(
    qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """6 skills × 8 roles × 9 levels (432 requirements): someone at the third level gets the
    plan, the table up to the target and what they rated above it, not every level."""
    from skill_ladder.storage.database import open_database

    database = open_database(tmp_path / "data.sqlite", tmp_path / "backups")
    services = Services.over(database)
    doc = synthetic_document(key="n9", skills=6, roles=8, levels=9, per_cell=1, text_words=14)
    services.catalog.import_bytes(json.dumps(doc).encode())
    mine = [
        r for s in services.catalog.load("n9").skills for r in s.requirements if r.role == "role-1"
    ]
    for n, r in enumerate(mine):
        if r.level in ("l1", "l2", "l3"):
            services.ratings.set_rating(r.key, Rating.MEETS)
            services.ratings.set_note(r.key, f"Evidence {n}.")
    above = next(r for r in mine if r.level == "l7")
    services.ratings.set_rating(above.key, Rating.WORKING_TOWARDS)
    services.checkins.create("one")
    data = services.reports.build("n9", "role-1", "en")
    assert data.estimated_level == "Level 3" and data.plan_level == "Level 4"
    listed = [v.key for _, views in data.ratings_by_level for v in views]
    assert above.key in listed
    assert not any(r.level in ("l5", "l6", "l8", "l9") for r in mine if r.key in listed)
    path = tmp_path / "n9.pdf"
    path.write_bytes(render_pdf(data))
    pages = pages_of(path)
    assert len(pages) <= 3, len(pages)
    assert "Plan to Level 4" in pages[0] and "Growth" in pages[0]
    every = services.reports.build("n9", "role-1", "en", all_levels=True)
    assert sum(len(v) for _, v in every.ratings_by_level) == len(mine)
