"""The report from the window: a Spanish window can save an English report, and the printer
path draws the same pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from skill_ladder.report.renderer import render
from skill_ladder.services.hub import Services
from skill_ladder.ui.dialogs.report_dialog import ReportDialog
from skill_ladder.ui.main_window import MainWindow


def test_spanish_window_saves_an_english_report(
    make_window, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window("es")
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    target = tmp_path / "informe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[ReportDialog] = []

    def run(dialog: ReportDialog) -> int:
        shown.append(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save_pdf()
        return 0

    monkeypatch.setattr(ReportDialog, "exec", run)
    window.files.open_report()
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Personal growth report" in text
    assert window.menu_actions["report"].text() == "&Informe…"  # the window stayed Spanish
    assert shown[0].windowTitle() == "Informe de crecimiento personal"


def test_printer_renders_the_same_report(qapp, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = render(printer, services.reports.build("mlflow", "data-scientist", "en"))
    assert pages >= 1
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Data Scientist" in text and f"Page 1 of {pages}" in text


def test_report_needs_a_role(make_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = make_window("en")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.files.open_report()
    assert told == ["Pick a role first: the report is about one role."]


def test_report_and_what_changed_open_on_the_default_baseline(
    make_window, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Change, close a check-in, open the report: it reports that check-in against the one
    before, says so before printing, and the window's "What changed" opens on the same pair."""
    from skill_ladder.domain.rating import Rating
    from skill_ladder.ui.dialogs.close_checkin import CloseCheckinDialog

    window: MainWindow = make_window("en")
    window.controller.select_scope(services.catalog.resolve("mlflow"))
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    framework = services.catalog.subset(services.catalog.resolve("mlflow"))
    keys = [r.key for s in framework.skills for r in s.requirements if r.role == "ml-engineer"]
    monkeypatch.setattr(CloseCheckinDialog, "ask", classmethod(lambda cls, *a: "close"))
    window.controller.rate(keys[0], Rating.MEETS)
    window.controller.close_checkin()
    window.controller.rate(keys[1], Rating.EXCEEDS)
    window.controller.close_checkin()
    first, second = services.checkins.all()
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []

    def run(dialog: ReportDialog) -> int:
        shown.append(dialog.compared.text())
        dialog.since.setCurrentIndex(dialog.since.findData(second.id))  # not earlier: said
        shown.append(dialog.compared.text())
        dialog.since.setCurrentIndex(0)
        dialog.save_pdf()
        return 0

    monkeypatch.setattr(ReportDialog, "exec", run)
    window.files.open_report()
    assert shown[0].startswith("Reports the check-in of") and "compared with" in shown[0]
    assert shown[1].startswith("That check-in is not earlier")
    assert target.stat().st_mode & 0o777 == 0o600
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "ratings as of the check-in of" in text
    assert "No rating changed" not in text and "Newly rated" in text
    window.show_page("growth")
    view = window.pages.page("growth").view  # type: ignore[attr-defined]
    assert view.selected_pair() == (first.id, second.id)
    window.controller.rate(keys[2], Rating.MEETS)  # a change after it: now against the latest
    assert view.selected_pair() == (second.id, None)


def test_report_dialog_has_no_empty_band_and_offers_the_paper(
    make_window, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    window: MainWindow = make_window("en")
    window.controller.select_scope(services.catalog.resolve("mlflow"))
    window.selection.set_role("ml-engineer")
    window.controller.select_role("ml-engineer")
    seen: list[tuple[int, int, list[str], str]] = []

    def run(dialog: ReportDialog) -> int:
        dialog.show()
        bottom = dialog.pdf_button.mapTo(dialog, QPoint(0, dialog.pdf_button.height())).y()
        papers = [str(dialog.paper.itemData(i)) for i in range(dialog.paper.count())]
        seen.append((dialog.height(), bottom, papers, dialog.compared.text()))
        dialog.close()
        return 0

    monkeypatch.setattr(ReportDialog, "exec", run)
    window.files.open_report()
    height, bottom, papers, compared = seen[0]
    assert height - bottom < 30, (height, bottom)  # the buttons end the dialog
    assert papers == ["a4", "letter"]
    assert compared == "Reports your current ratings; no earlier check-in to compare with."
