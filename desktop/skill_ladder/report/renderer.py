"""One renderer for the print preview, the printer and PDF files: it lays the report out on the
device's own page and draws every page with a footer ("page n of m")."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from skill_ladder.report.document import ReportBuilder
from skill_ladder.report.fonts import report_family
from skill_ladder.report.words import ReportWords
from skill_ladder.services.team_views import TeamReportData
from skill_ladder.services.views import ReportData

MARGIN_MM = 16
FOOTER_MM = 9
PDF_DPI = 600
# Where paper is Letter-sized; elsewhere A4.
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.Guatemala,
    QLocale.Country.CostaRica,
    QLocale.Country.PuertoRico,
}


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    territory = (locale or QLocale.system()).territory()
    letter = territory in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def render(device: QPagedPaintDevice, data: ReportData | TeamReportData) -> int:
    """Draw the report (a person's, or a manager's team report) on `device` (a QPdfWriter or
    a QPrinter in full-page mode) and return the number of pages."""
    words = ReportWords(data.language)
    dpi = float(device.logicalDpiY())
    layout = device.pageLayout()
    paper = layout.fullRectPixels(int(dpi))
    margin = MARGIN_MM * dpi / 25.4
    footer = FOOTER_MM * dpi / 25.4
    body = QRectF(margin, margin, paper.width() - 2 * margin, paper.height() - 2 * margin - footer)
    builder = _builder(data, words, report_family(), dpi, body.width())
    doc = builder.doc
    doc.documentLayout().setPaintDevice(device)
    builder.build()
    doc.setPageSize(body.size())
    builder.keep_together(body.height())
    pages = doc.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            _footer(
                painter,
                builder,
                QRectF(margin, body.bottom(), body.width(), footer),
                page + 1,
                pages,
            )
    finally:
        painter.end()
    return pages


def _builder(
    data: ReportData | TeamReportData, words: ReportWords, family: str, dpi: float, width: float
) -> ReportBuilder:
    if isinstance(data, TeamReportData):
        from skill_ladder.report.team_document import TeamReportBuilder

        return TeamReportBuilder(data, words, family, dpi, width)
    return ReportBuilder(data, words, family, dpi, width)


def _footer(painter: QPainter, builder: ReportBuilder, area: QRectF, page: int, pages: int) -> None:
    data = builder.data
    painter.save()
    painter.setPen(QPen(QColor("#999999"), builder.mm(0.2)))
    painter.drawLine(
        QPointF(area.left(), area.top() + builder.mm(2)),
        QPointF(area.right(), area.top() + builder.mm(2)),
    )
    font = QFont(builder.base)
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    text_area = area.adjusted(0, builder.mm(3), 0, 0)
    left = " · ".join(
        p for p in ("Skill Ladder", data.person, data.role_name, data.profile_name) if p
    )
    painter.drawText(text_area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    numbers = (
        builder.words.translate("ReportBuilder", "Page %1 of %2")
        .replace("%1", str(page))
        .replace("%2", str(pages))
    )
    painter.drawText(
        text_area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), numbers
    )
    painter.restore()


def render_pdf(data: ReportData | TeamReportData, page_size: QPageSize | None = None) -> bytes:
    """The report as PDF bytes (the caller writes them atomically)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(builder_title(data))
    writer.setCreator("Skill Ladder")
    writer.setPageLayout(
        QPageLayout(
            page_size or default_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    render(writer, data)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def builder_title(data: ReportData | TeamReportData) -> str:
    words = ReportWords(data.language)
    if isinstance(data, TeamReportData):
        title = words.translate("Report", "Team report")
        return " · ".join(p for p in (title, data.profile_name, data.person) if p)
    title = words.translate("Report", "Personal growth report")
    return " · ".join(p for p in (title, data.person, data.role_name) if p)
