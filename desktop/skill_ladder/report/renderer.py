"""One renderer for the print preview, the printer and PDF files: it lays the report out on the
device's own page and draws every page with a footer ("page n of m")."""

from __future__ import annotations

from dataclasses import dataclass

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
    QTextDocument,
)

from skill_ladder.report.document import Piece, ReportBuilder
from skill_ladder.report.fonts import report_family
from skill_ladder.report.words import ReportWords
from skill_ladder.services.team_views import TeamReportData
from skill_ladder.services.views import ReportData

MARGIN_MM = 16
FOOTER_MM = 9
PDF_DPI = 600
HAIR = 0.1  # device pixels: see `_draw`
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


@dataclass(frozen=True)
class Placement:
    """Part of a piece on a page: its lines from `top` to `top + height`, drawn at `y`."""

    piece: Piece
    y: float
    top: float
    height: float


def paginate(pieces: list[Piece], page_height: float) -> list[list[Placement]]:
    """Stack pieces on pages of `page_height`: every piece lands on some page, whole when it
    fits on a page (the only exception: a piece taller than a page continues on the next
    pages, after its label); a piece that keeps with the next one moves with it; a table row
    that starts a page has the table's header above it; a piece's space above it is left
    except at the top of a page."""
    pages: list[list[Placement]] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    def put(piece: Piece, top: float, height: float) -> None:
        nonlocal y
        pages[-1].append(Placement(piece, y, top, height))
        y += height

    def start_row(piece: Piece) -> None:
        """Repeat the table's header above a row that starts a page."""
        header = piece.header
        if header is not None and header is not piece and not pages[-1]:
            put(header, 0, header.height)

    def place(piece: Piece) -> None:
        nonlocal y
        height = piece.height
        if pages[-1] and y + piece.space + height > page_height + 0.5:
            new_page()
        if pages[-1]:
            y += piece.space  # the space above a piece, not at the top of a page
        start_row(piece)
        if y + height <= page_height + 0.5:
            put(piece, 0, height)
            return
        top = 0.0  # taller than what is left of a fresh page: continue it over the next pages
        while top < height:
            if top and piece.label_piece is not None:
                put(piece.label_piece, 0, piece.label_piece.height)
            take = min(page_height - y, height - top)
            if take <= 0:
                new_page()
                start_row(piece)
                continue
            put(piece, top, take)
            top += take
            if top < height:
                new_page()
                start_row(piece)

    index = 0
    while index < len(pieces):
        last = index
        while pieces[last].keep_with_next and last + 1 < len(pieces):
            last += 1
        group = pieces[index : last + 1]
        total = sum(p.space + p.height for p in group)
        header = group[0].header.height if group[0].header is not None else 0.0
        if pages[-1] and y + total > page_height + 0.5 and total + header <= page_height:
            new_page()
        for piece in group:
            place(piece)
        index = last + 1
    return pages


def page_size_named(name: str | None) -> QPageSize:
    """ "a4" or "letter"; None: the system locale's (the one rule of the window and the
    command line, whatever the language of the report)."""
    if name == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if name == "letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    return default_page_size()


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
    builder = _builder(data, words, report_family(), dpi, body.width(), device)
    pieces = builder.build()
    builder.continuations(body.height())
    pages = paginate(pieces, body.height())
    painter = QPainter(device)
    try:
        for number, placements in enumerate(pages):
            if number:
                device.newPage()
            for band in bands(placements):
                _draw(painter, band, body)
            _footer(
                painter,
                builder,
                QRectF(margin, body.bottom(), body.width(), footer),
                number + 1,
                len(pages),
            )
    finally:
        painter.end()
    return len(pages)


@dataclass
class Band:
    """What one `drawContents` call draws: `height` of `doc` from `top`, at `y` on the page
    body, with `above` and `below` of bleed."""

    doc: QTextDocument
    top: float
    y: float
    height: float
    above: float
    below: float


def bands(placements: list[Placement]) -> list[Band]:
    """A page's placements as bands to draw; rows of one table that follow each other on the
    page and in their document are one band (one call, not one a row). A piece's bleed
    reaches past its own edges (a table's grid line), never past a cut inside it."""
    out: list[Band] = []
    for part in placements:
        piece = part.piece
        top = piece.top + part.top
        above = piece.bleed if part.top == 0 else 0.0
        below = piece.bleed if part.top + part.height >= piece.height - 0.5 else 0.0
        last = out[-1] if out else None
        if (
            last is not None
            and last.doc is piece.doc
            and abs(last.top + last.height - top) < 0.5
            and abs(last.y + last.height - part.y) < 0.5
        ):
            last.height += part.height
            last.below = below
        else:
            out.append(Band(piece.doc, top, part.y, part.height, above, below))
    return out


def _draw(painter: QPainter, band: Band, body: QRectF) -> None:
    """A band of its document. Qt draws every line that touches the clip, and a PDF keeps a
    clipped line's text (copy, search and `pdftotext` would find it twice): the clip stops a
    hair inside the band, so that the line just below or above it is not drawn at all."""
    top = band.top - band.above + HAIR
    height = band.height + band.above + band.below - 2 * HAIR
    painter.save()
    painter.translate(body.left(), body.top() + band.y - band.top)
    band.doc.drawContents(painter, QRectF(0, top, body.width(), height))
    painter.restore()


def _builder(
    data: ReportData | TeamReportData,
    words: ReportWords,
    family: str,
    dpi: float,
    width: float,
    device: QPagedPaintDevice,
) -> ReportBuilder:
    if isinstance(data, TeamReportData):
        from skill_ladder.report.team_document import TeamReportBuilder

        return TeamReportBuilder(data, words, family, dpi, width, device)
    return ReportBuilder(data, words, family, dpi, width, device)


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
