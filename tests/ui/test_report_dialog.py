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
