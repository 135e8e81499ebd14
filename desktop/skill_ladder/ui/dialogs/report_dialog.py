"""The personal growth report: choose its language and which ratings, then preview, print or
save it as PDF. The report is drawn by `report.renderer`, the same code as the command line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QWidget,
)

from skill_ladder.report.renderer import default_page_size, render, render_pdf
from skill_ladder.services.views import CheckinView, ReportData
from skill_ladder.translations import locale_for
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.readiness_charts import local_date_time

Build = Callable[[str, int | None], ReportData | None]  # None: it failed, and was said
Save = Callable[[Path, bytes], bool]


class ReportDialog(QDialog):
    def __init__(
        self,
        build: Build,
        save: Save,
        language: str,
        checkins: Sequence[CheckinView],
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._save = save
        self._suggested = suggested_name
        self.setWindowTitle(self.tr("Personal growth report"))
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.ratings = QComboBox(self)
        self.ratings.addItem(self.tr("Current ratings"), None)
        for checkin in reversed(checkins):
            label = local_date_time(checkin.created) + (
                f" · {checkin.note}" if checkin.note else ""
            )
            self.ratings.addItem(label, checkin.id)
        self.ratings.setAccessibleName(self.tr("Ratings to report"))
        intro = plain_label(self, wrap=True)
        intro.setText(
            self.tr(
                "The report holds your estimated and target level, readiness per level, your "
                "next-level plan, every rating with its note, and your growth since earlier "
                "check-ins."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.save_pdf)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Ratings:"), self.ratings)
        form.addRow(buttons)
        self.resize(520, 220)

    def data(self) -> ReportData | None:
        return self._build(str(self.language.currentData()), self.ratings.currentData())

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the renderer keeps its own margins
        page = default_page_size(locale_for(str(self.language.currentData())))
        printer.setPageLayout(
            QPageLayout(page, QPageLayout.Orientation.Portrait, printer.pageLayout().margins())
        )
        printer.setDocName(self.windowTitle())
        return printer

    def preview(self) -> None:
        data = self.data()
        if data is None:
            return
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda device: render(device, data))
        dialog.exec()

    def print_report(self) -> None:
        data = self.data()
        if data is None:
            return
        printer = self._printer()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            render(printer, data)

    def save_pdf(self) -> None:
        data = self.data()
        if data is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), self._suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        page = default_page_size(locale_for(str(self.language.currentData())))
        if self._save(Path(path), render_pdf(data, page)):
            self.accept()
