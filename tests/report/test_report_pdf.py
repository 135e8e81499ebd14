"""The personal growth report, rendered to real PDFs and read back with poppler's tools."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from skill_ladder.domain.rating import Rating
from skill_ladder.report.renderer import render_pdf
from skill_ladder.services.hub import Services
from tests.conftest import Cli

HTML_NOTE = '<img src="https://example.com/tracker.png"> <b>not bold</b> & more'


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def rated(services: Services) -> Services:
    """Ratings with notes, two check-ins, a target and a name: a report with everything."""
    r = services.ratings
    r.rate_cell(
        "mlflow",
        "ml-engineer",
        "junior",
        Rating.EXCEEDS,
        note="Logged 40+ runs for the churn model.",
    )
    r.rate_cell("mlflow", "ml-engineer", "middle", Rating.WORKING_TOWARDS, note=HTML_NOTE)
    services.checkins.create("Q2")
    r.rate_cell("mlflow", "ml-engineer", "middle", Rating.MEETS)
    r.rate_cell(
        "mlflow",
        "ml-engineer",
        "senior",
        Rating.WORKING_TOWARDS,
        note="Tracking server: in progress.",
    )
    services.checkins.create("Q3")
    r.rate_cell("mlflow", "ml-engineer", "lead", Rating.NOT_YET)
    services.personal.set_name("Alex Doe")
    services.personal.set_target("ml-engineering", "ml-engineer", "senior")
    return services


def write(tmp_path: Path, services: Services, language: str, **options: object) -> Path:
    data = services.reports.build("mlflow", "ml-engineer", language, **options)  # type: ignore[arg-type]
    path = tmp_path / f"report-{language}.pdf"
    path.write_bytes(render_pdf(data))
    return path


def test_english_report_has_every_section_and_value(qapp, rated: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = flat(pdf_text(write(tmp_path, rated, "en")))
    for expected in (
        "Personal growth report",
        "Alex Doe · ML Engineer · MLflow",
        "Estimated level: Middle",
        "Target level: Senior",
        "Readiness per level",
        "Plan to Senior",
        "☐ Required · Working towards",
        "Designs MLflow infrastructure for the team.",
        "Your ratings and evidence, by level",
        "Logged 40+ runs for the churn model.",
        "Tracking server: in progress.",
        "Growth",
        "Compared: the check-in of",
        "Newly rated · Lead / Staff: Not rated → Not yet.",
        "Readiness over time",
        "How the estimate works",
        "MLflow version 1, last updated 17 March 2026",
        "Page 1 of",
    ):
        assert expected in text, expected
    for level in ("Junior", "Middle", "Senior", "Lead / Staff", "Principal"):
        assert level in text
    assert text.index("Plan to Senior") < text.index("Growth") < text.index("Your ratings and")


def test_spanish_report(qapp, rated: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = flat(pdf_text(write(tmp_path, rated, "es")))
    for expected in (
        "Informe de crecimiento personal",
        "Nivel estimado: Intermedio",
        "Nivel objetivo: Senior",
        "Plan hasta Senior",
        "Obligatorio",
        "Diseña la infraestructura de MLflow para el equipo.",
        "Logged 40+ runs for the churn model.",  # notes are the person's own words
        "Cómo se calcula la estimación",
        "Página 1 de",
        "17 de marzo de 2026",
    ):
        assert expected in text, expected
    assert "Required" not in text and "Plan to" not in text


def test_html_in_a_note_prints_literally_and_loads_nothing(
    qapp, rated: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, rated, "en")
    squeezed = re.sub(r"\s", "", pdf_text(path))  # the note wraps inside its table cell
    assert re.sub(r"\s", "", HTML_NOTE) in squeezed
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) == 2  # the header lines only: no raster image


def test_fonts_are_embedded_and_charts_are_vectors(qapp, rated: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, rated, "es")
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "no font in the PDF"
    for line in fonts:
        assert "DejaVuSans" in line
        assert line.split()[-5] == "yes", line  # the "emb" column
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) == 2


def test_long_content_flows_over_pages_with_numbers(qapp, rated: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long_note = "Evidence. " * 120
    for level in ("junior", "middle", "senior", "lead", "principal"):
        rated.ratings.rate_cell("mlflow", "ml-engineer", level, Rating.MEETS, note=long_note)
    text = pdf_text(write(tmp_path, rated, "en"))
    pages = text.count("\f")
    assert pages >= 3
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text


def test_report_as_of_a_check_in(qapp, rated: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = rated.checkins.all()[0]
    text = flat(pdf_text(write(tmp_path, rated, "en", checkin=first.id)))
    assert "ratings as of the check-in of" in text
    assert "Estimated level: Junior" in text  # Middle was only Working towards then
    assert "Nothing to compare: no check-in was closed before this one." in text


def test_command_line_report(cli: Cli, tmp_path: Path) -> None:
    cli("rate", "mlflow", "ml-engineer", "junior", "meets", "--note", HTML_NOTE)
    out = tmp_path / "x.pdf"
    result = cli(
        "report",
        "mlflow",
        "ml-engineer",
        "--lang",
        "es",
        "--out",
        str(out),
        env={"QT_QPA_PLATFORM": ""},
    )
    assert result.code == 0, result.err
    assert "Informe de crecimiento personal" in pdf_text(out)
    listed = json.loads(cli("checkin", "list", "--json").out)
    assert listed == []


def test_command_line_report_failures_leave_no_half_file(cli: Cli, tmp_path: Path) -> None:
    existing = tmp_path / "existing"
    existing.mkdir()
    result = cli("report", "mlflow", "ml-engineer", "--out", str(existing))
    assert result.code == 1
    assert "Cannot write" in result.err
    assert list(tmp_path.iterdir()) == [existing] or sorted(p.name for p in tmp_path.iterdir()) == [
        "data",
        "existing",
    ]
    assert list(existing.iterdir()) == []
    unknown = cli(
        "report", "mlflow", "ml-engineer", "--checkin", "99", "--out", str(tmp_path / "y.pdf")
    )
    assert unknown.code == 2 and "99" in unknown.err
    assert not (tmp_path / "y.pdf").exists()
    role = cli("report", "mlflow", "astronaut", "--out", str(tmp_path / "z.pdf"))
    assert role.code == 2 and not (tmp_path / "z.pdf").exists()


def test_default_baseline_after_closing_a_check_in(qapp, rated: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Change, close a check-in, print: the report is as of that check-in and compares it with
    the one before, naming every change with both ratings."""
    q2, q3 = rated.checkins.all()
    q4 = rated.checkins.create("Q4")  # holds the "Not yet" on Lead given after Q3
    text = flat(pdf_text(write(tmp_path, rated, "en")))
    assert "ratings as of the check-in of" in text
    assert "Compared: the check-in of" in text and "No rating changed" not in text
    assert "Newly rated · Lead / Staff: Not rated → Not yet." in text
    chosen, since = rated.reports.baseline(rated.catalog.resolve("mlflow"), "ml-engineer")
    assert (chosen, since) == (q4, q3)
    # a later change: the report is of now again, compared with the latest check-in
    rated.ratings.rate_cell("mlflow", "ml-engineer", "lead", Rating.WORKING_TOWARDS)
    chosen, since = rated.reports.baseline(rated.catalog.resolve("mlflow"), "ml-engineer")
    assert (chosen, since) == (None, q4)
    text = flat(pdf_text(write(tmp_path, rated, "en", since=q2.id)))
    assert "Up · Middle: Working towards → Meets." in text
    assert "Up · Lead / Staff: Not rated → Working towards." not in text  # a new rating
    assert "Newly rated · Lead / Staff: Not rated → Working towards." in text


def test_command_line_since_paper_levels_and_mode(cli: Cli, tmp_path: Path) -> None:
    cli("rate", "mlflow", "ml-engineer", "junior", "meets", "--note", "Evidence one")
    cli("checkin", "create", "--note", "first")
    cli("rate", "mlflow", "ml-engineer", "middle", "meets")
    cli("checkin", "create", "--note", "second")
    ids = [c["id"] for c in json.loads(cli("checkin", "list", "--json").out)]
    later = max(ids)
    out = tmp_path / "r.pdf"
    # nothing changed since the latest check-in: the report is as of it, so it is not earlier
    refused = cli("report", "mlflow", "ml-engineer", "--since", str(later), "--out", str(out))
    assert refused.code == 2 and str(later) in refused.err and not out.exists()
    done = cli(
        "report", "mlflow", "ml-engineer", "--paper", "letter", "--all-levels", "--out", str(out)
    )
    assert done.code == 0, done.err
    assert out.stat().st_mode & 0o777 == 0o600
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "612 x 792 pts" in info.stdout  # Letter
    text = flat(pdf_text(out))
    assert "Up · Middle: Not rated → Meets." not in text
    assert "Newly rated · Middle: Not rated → Meets." in text
    assert "Principal" in text  # every level
    a4 = cli("report", "mlflow", "ml-engineer", "--paper", "a4", "--out", str(tmp_path / "a.pdf"))
    assert a4.code == 0
    info = subprocess.run(["pdfinfo", str(tmp_path / "a.pdf")], capture_output=True, text=True)
    assert "595.276 x 841.89 pts" in info.stdout or "595 x 842 pts" in info.stdout


def test_reworded_requirements_are_named_in_growth_and_marked(
    qapp, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from skill_ladder.catalog.synthetic import synthetic_document

    def framework(version: int, wording: str) -> bytes:
        doc = synthetic_document(key="rw", skills=1, roles=1, levels=2, per_cell=1, version=version)
        doc["skills"][0]["requirements"][0]["text"] = {"en": wording}  # no Spanish: English shown
        return json.dumps(doc).encode()

    services.catalog.import_bytes(framework(1, "Writes tests."))
    key = services.catalog.load("rw").skills[0].requirements[0].key
    services.ratings.set_rating(key, Rating.MEETS)
    before = services.checkins.create("before")
    services.catalog.import_bytes(framework(2, "Writes and reviews tests."))
    services.checkins.create("after")
    other = services.catalog.load("rw").skills[0].requirements[1].key
    services.ratings.set_rating(other, Rating.NOT_YET)  # the report is of now
    data = services.reports.build("rw", "role-1", "en", since=before.id)
    assert [(c.kind, c.text_changed) for c in data.changes] == [("new", False), ("text", True)]
    text = flat(pdf_text(_pdf(tmp_path, data)))
    assert "Reworded · Level 1: Meets → Meets. Writes and reviews tests." in text
    assert "Text changed since rated" in text  # in the ratings table
    spanish = flat(
        pdf_text(_pdf(tmp_path, services.reports.build("rw", "role-1", "es", since=before.id)))
    )
    assert "Se muestra en inglés" in spanish


def _pdf(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "any.pdf"
    path.write_bytes(render_pdf(data))  # type: ignore[arg-type]
    return path


def test_one_paper_rule_from_the_locale_territory() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from skill_ladder.report.renderer import default_page_size, page_size_named

    letter, a4 = QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A4
    for name, expected in (
        ("en_US", letter),
        ("fr_CA", letter),
        ("es_MX", letter),
        ("en_GB", a4),
        ("es_ES", a4),
        ("de_DE", a4),
    ):
        assert default_page_size(QLocale(name)).id() == expected, name
    assert page_size_named("letter").id() == letter and page_size_named("a4").id() == a4
