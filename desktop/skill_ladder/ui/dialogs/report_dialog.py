"""The personal growth report: choose its language and which ratings, then preview, print or
save it as PDF. The report is drawn by `report.renderer`, the same code as the command line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLayout,
    QPushButton,
    QWidget,
)

from skill_ladder.report.renderer import default_page_size, page_size_named, render, render_pdf
from skill_ladder.services.views import CheckinView, ReportData
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.readiness_charts import local_date_time
from skill_ladder.wording import fill

# (language, check-in reported or None, check-in compared with or None, every level)
Build = Callable[[str, int | None, int | None, bool], ReportData | None]  # None: failed, said
Save = Callable[[Path, bytes], bool]
# (check-in reported, check-in compared with) -> the check-ins the report will use
Baseline = Callable[[int | None, int | None], tuple[CheckinView | None, CheckinView | None] | None]


class ReportDialog(QDialog):
    def __init__(
        self,
        build: Build,
        save: Save,
        language: str,
        checkins: Sequence[CheckinView],
        suggested_name: str,
        parent: QWidget | None = None,
        baseline: Baseline | None = None,
    ) -> None:
        super().__init__(parent)
        self._baseline = baseline
        self._checkins = list(checkins)
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
        self.since = QComboBox(self)
        self.since.addItem(self.tr("The check-in before"), None)
        for checkin in reversed(checkins):
            self.since.addItem(local_date_time(checkin.created), checkin.id)
        self.since.setAccessibleName(self.tr("Check-in to compare with"))
        self.levels = QComboBox(self)
        self.levels.addItem(self.tr("Up to my target, and every rated one"), False)
        self.levels.addItem(self.tr("Every level"), True)
        self.levels.setAccessibleName(self.tr("Requirements to list"))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        letter = default_page_size().id() == QPageSize.PageSizeId.Letter
        self.paper.setCurrentIndex(1 if letter else 0)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.compared = plain_label(self, wrap=True)
        self.compared.setAccessibleName(self.tr("What the report compares"))
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
        form.addRow(self.tr("&Compare with:"), self.since)
        form.addRow(self.tr("Re&quirements:"), self.levels)
        form.addRow(self.tr("Pa&per:"), self.paper)
        form.addRow(self.compared)
        form.addRow(buttons)
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.ratings.currentIndexChanged.connect(self._describe)
        self.since.currentIndexChanged.connect(self._describe)
        self._describe()
        width = max(520, self.sizeHint().width())
        # the wrapped labels' height at this width: no empty band under the buttons
        self.resize(width, form.totalHeightForWidth(width))

    def _describe(self) -> None:
        """Say which check-in is compared with which before anything is printed."""
        if self._baseline is None:
            self.compared.setText("")
            return
        result = self._baseline(self.ratings.currentData(), self.since.currentData())
        if result is None:
            self.compared.setText(
                self.tr("That check-in is not earlier than the ratings reported: pick another.")
            )
            return
        chosen, since = result
        later = (
            self.tr("your current ratings")
            if chosen is None
            else fill(self.tr("the check-in of %1"), local_date_time(chosen.created))
        )
        if since is None:
            self.compared.setText(
                fill(self.tr("Reports %1; no earlier check-in to compare with."), later)
            )
        else:
            self.compared.setText(
                fill(
                    self.tr("Reports %1, compared with the check-in of %2."),
                    later,
                    local_date_time(since.created),
                )
            )

    def data(self) -> ReportData | None:
        return self._build(
            str(self.language.currentData()),
            self.ratings.currentData(),
            self.since.currentData(),
            bool(self.levels.currentData()),
        )

    def page_size(self) -> QPageSize:
        return page_size_named(str(self.paper.currentData()))

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the renderer keeps its own margins
        printer.setPageLayout(
            QPageLayout(
                self.page_size(), QPageLayout.Orientation.Portrait, printer.pageLayout().margins()
            )
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
        if self._save(Path(path), render_pdf(data, self.page_size())):
            self.accept()
