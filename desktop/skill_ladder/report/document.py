"""The personal growth report as a QTextDocument, built with a text cursor.

Every value from a profile or a note is inserted as plain text (never parsed as HTML), so a
note holding `<img src=…>` prints literally and loads nothing. Charts are text objects drawn
by `report.charts` with the painter the document is drawn with: vectors on paper and in PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCell,
    QTextTableFormat,
)

from skill_ladder.rating_words import (
    change_kind_labels,
    estimation_rule,
    rating_label,
    readiness_caption,
    required_label,
)
from skill_ladder.report.charts import (
    ChartPalette,
    LevelBar,
    Series,
    paint_readiness_bars,
    paint_readiness_over_time,
)
from skill_ladder.report.words import ReportWords
from skill_ladder.services.views import ReportData, RequirementView

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1
OBJECT_REPLACEMENT = "\ufffc"
LINE_BREAK = "\u2028"  # a new line within the same block
CHECKBOX = "\u2610"  # ☐
INK = "#1f3b63"
MUTED = "#555555"

Paint = Callable[[QPainter, QRectF], None]


class _Charts(QPyTextObject):
    """Draws the charts placed in the document, from a list of painting functions."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.charts: list[tuple[QSizeF, Paint]] = []

    def intrinsicSize(  # noqa: N802
        self,
        doc: QTextDocument,
        pos: int,
        format: QTextFormat,  # noqa: A002
    ) -> QSizeF:
        return self.charts[int(format.property(CHART_INDEX))][0]

    def drawObject(  # noqa: N802
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        format: QTextFormat,  # noqa: A002
    ) -> None:
        self.charts[int(format.property(CHART_INDEX))][1](painter, QRectF(rect))


@dataclass
class Piece:
    """One unit of the report that is never split across pages: a paragraph, a heading with
    its first lines, a chart, one row of a table. The renderer stacks pieces on pages; only a
    piece taller than a whole page is continued on the next one.

    Pieces share documents, so that a report is laid out in a few documents, not one a piece:
    the paragraphs between two tables are one document, a table (every row) another. A piece
    is its band of its document: `height` from `top`, measured by `ReportBuilder.finish` from
    `block`, its first block, less `lead` (a row's cell padding). `space` is left above it
    by the renderer, unless the piece starts a page. `bleed` is how far the drawing may reach
    past the band (a table's grid line straddles the cut between two rows)."""

    doc: QTextDocument
    keep_with_next: bool = False  # a heading or a table's level row: never ends a page
    header: Piece | None = None  # the table's header row, repeated when this row starts a page
    label: str = ""  # a row's label, repeated when the row itself continues on a new page
    label_piece: Piece | None = None  # that label, drawn (made only for pieces taller than a page)
    block: QTextBlock | None = None
    lead: float = 0.0  # a row's cell padding, in device pixels
    bleed: float = 0.0
    space: float = 0.0  # to leave above the piece, unless it starts a page (device pixels)
    top: float = 0.0
    span: float | None = None  # None: the whole document

    @property
    def height(self) -> float:
        return float(self.doc.size().height()) if self.span is None else self.span


class TableRow:
    """The row a builder has just added to its table: its cells, to write into."""

    def __init__(self, table: QTextTable, row: int) -> None:
        self.table = table
        self.row = row

    def cell(self, column: int) -> QTextTableCell:
        return self.table.cellAt(self.row, column)

    def write(self, column: int, value: str, fmt: QTextCharFormat) -> None:
        self.cell(column).firstCursorPosition().insertText(value, fmt)


def _qdate(value: date | datetime) -> QDate:
    if isinstance(value, datetime):
        return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).date()  # local time
    return QDate(value.year, value.month, value.day)


class ReportBuilder:
    """Builds the document for one `ReportData`; `dpi` is the device's, for sizes in mm."""

    def __init__(
        self,
        data: ReportData,
        words: ReportWords,
        family: str,
        dpi: float,
        width: float,
        device: QPaintDevice | None = None,
    ) -> None:
        self.data = data
        self.words = words
        self.dpi = dpi
        self.width = width
        self.device = device
        self.base = QFont(family)
        self.base.setPointSizeF(9.5)
        for tag in ("liga", "clig"):  # "fl" stays two letters: copy and search find "MLflow"
            self.base.setFeature(QFont.Tag(tag), 0)
        self._owner = QObject()
        self._charts = _Charts(self._owner)
        self.palette = ChartPalette.for_print()
        self.pieces: list[Piece] = []
        self.scale = dpi / 96 if device is not None else 1.0  # format units to the layout's
        self._table_header: Piece | None = None
        self._grid: QTextTable | None = None  # the table `_row` adds to, in `doc`
        self._start_doc()
        self._grid_rows = 0
        self._formats: dict[tuple[float, bool, bool, str | None], QTextCharFormat] = {}

    def _new_doc(self) -> QTextDocument:
        doc = QTextDocument(self._owner)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.base)
        doc.setTextWidth(self.width)
        layout = doc.documentLayout()
        if self.device is not None:
            layout.setPaintDevice(self.device)
        layout.registerHandler(CHART_OBJECT, self._charts)
        return doc

    def new_piece(self, *, keep_with_next: bool = False) -> Piece:
        """Start a new unit that the renderer keeps on one page, in the current document of
        paragraphs (a new one after a table); `block` then gives its first block."""
        if self._grid is not None:
            self._start_doc()
        piece = Piece(self.doc, keep_with_next)
        self.pieces.append(piece)
        return piece

    def _start_doc(self) -> None:
        self.doc = self._new_doc()  # `_fresh`: it has no block written yet
        self.cursor = QTextCursor(self.doc)
        self.cursor.beginEditBlock()
        self._fresh = True
        self._grid = None

    def tr(self, source: str) -> str:
        return self.words.translate("ReportBuilder", source)  # lupdate: the class name

    def mm(self, value: float) -> float:
        """Millimetres in device pixels (for object sizes such as charts)."""
        return value * self.dpi / 25.4

    @staticmethod
    def spacing(value: float) -> float:
        """Millimetres for format lengths (margins, padding): the document layout scales
        those from 96 dpi to the device itself."""
        return value * 96 / 25.4

    def date(self, value: date | datetime) -> str:
        return self.words.date(_qdate(value))

    # -- text primitives -------------------------------------------------------------------
    def _char(
        self,
        *,
        size: float = 9.5,
        bold: bool = False,
        italic: bool = False,
        colour: str | None = None,
    ) -> QTextCharFormat:
        """The format of this style, made once a report (the text copies it)."""
        key = (size, bold, italic, colour)
        made = self._formats.get(key)
        if made is not None:
            return made
        fmt = QTextCharFormat()
        font = QFont(self.base)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        fmt.setFont(font)
        if colour:
            fmt.setForeground(QBrush(QColor(colour)))
        self._formats[key] = fmt
        return fmt

    def block(
        self,
        *,
        space_before: float = 0,
        space_after: float = 1.5,
        hanging: float = 0,
        together: bool = True,
        keep_with_next: bool = False,
    ) -> None:
        """A new paragraph. Every paragraph is its own piece (never split across pages)
        unless `together` is False: then it joins the current piece as a further block."""
        starts = together or not self.pieces
        fmt = QTextBlockFormat()
        if not starts:  # a piece's own space above it is the renderer's (none atop a page)
            fmt.setTopMargin(self.spacing(space_before))
        fmt.setBottomMargin(self.spacing(space_after))
        fmt.setLeftMargin(self.spacing(hanging))
        fmt.setTextIndent(-self.spacing(hanging))
        piece = self.new_piece(keep_with_next=keep_with_next) if starts else None
        if self._fresh:
            self.cursor.setBlockFormat(fmt)
            self._fresh = False
        else:
            self.cursor.insertBlock(fmt)
        if piece is not None:
            piece.block, piece.space = self.cursor.block(), self.spacing(space_before) * self.scale

    def text(self, value: str, **style: Any) -> None:
        self.cursor.insertText(value, self._char(**style))

    def heading(self, value: str) -> None:
        """A section title, in the same block as the first lines after it, kept together and
        never left alone at the bottom of a page."""
        self.block(space_before=6, space_after=2, keep_with_next=True)
        self.text(value + LINE_BREAK, size=13, bold=True, colour=INK)

    def chart(self, height_mm: float, paint: Paint) -> None:
        """A chart at the cursor (in the current block), drawn by `paint` as vectors."""
        self._charts.charts.append((QSizeF(self.width, self.mm(height_mm)), paint))
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_INDEX, len(self._charts.charts) - 1)
        self.cursor.insertText(OBJECT_REPLACEMENT, fmt)

    # -- sections ------------------------------------------------------------------------------
    def build(self) -> list[Piece]:
        """Every piece of the report, in order, laid out `self.width` wide."""
        self._title()
        self._plan()
        self._growth()
        self._readiness()
        self._ratings()
        self._rule()
        return self.finish()

    def finish(self) -> list[Piece]:
        """The pieces, each laid out `self.width` wide: one layout per document at the end,
        not one per inserted character; then each table row's band in its table."""
        for doc in dict.fromkeys(piece.doc for piece in self.pieces):
            QTextCursor(doc).endEditBlock()
        for index, piece in enumerate(self.pieces):
            after = self.pieces[index + 1 : index + 2]
            if after and after[0].doc is piece.doc:
                bottom = self._band_top(after[0])
            else:
                bottom = float(piece.doc.size().height())
            first = index == 0 or self.pieces[index - 1].doc is not piece.doc
            piece.top = 0.0 if first else self._band_top(piece)
            piece.span = bottom - piece.top
        return self.pieces

    def _band_top(self, piece: Piece) -> float:
        """Where a piece's band starts: its first block's top, less a row's cell padding (the
        cut between two rows is the middle of the padding that parts their text, where the
        grid line is drawn)."""
        assert piece.block is not None
        rect = piece.doc.documentLayout().blockBoundingRect(piece.block)
        return float(rect.top()) - piece.lead

    def continuations(self, page_height: float) -> None:
        """For the rare piece taller than a page: its label, to repeat where it continues."""
        for piece in list(self.pieces):
            if piece.height > page_height and piece.label:
                doc = self._new_doc()
                cursor = QTextCursor(doc)
                continued = self.tr("%1 (continued)").replace("%1", piece.label)
                cursor.insertText(continued, self._char(size=8, bold=True, colour=INK))
                doc.setTextWidth(self.width)
                piece.label_piece = Piece(doc)

    def _title(self) -> None:
        d = self.data
        self.block(space_after=1)
        self.text(self.tr("Personal growth report"), size=20, bold=True, colour=INK)
        self.block(space_after=1)
        who = " · ".join(p for p in (d.person, d.role_name, d.profile_name) if p)
        self.text(who, size=12, bold=True)
        self.block(space_after=3)
        line = self.tr("Made on %1").replace("%1", self.date(d.made))
        if d.as_of_checkin is not None:
            as_of = self.tr("ratings as of the check-in of %1")
            line += " · " + as_of.replace("%1", self.date(d.as_of_checkin.created))
        self.text(line, colour=MUTED)
        self.block(space_after=1, together=False)
        self.text(self.tr("Estimated level: "), size=11)
        self.text(d.estimated_level or self.tr("none yet"), size=11, bold=True)
        self.text("      " + self.tr("Target level: "), size=11)
        self.text(d.target_level or self.tr("not set"), size=11, bold=True)

    def _readiness(self) -> None:
        d = self.data
        self.heading(self.tr("Readiness per level"))
        t = self.words.translate
        bars = [
            LevelBar(
                level.name,
                level.readiness,
                readiness_caption(
                    level.required_met,
                    level.required_total,
                    level.optional_met,
                    level.optional_total,
                    t,
                ),
                level.met,
                is_target=level.name == d.target_level,
                is_estimated=level.name == d.estimated_level,
            )
            for level in d.levels
        ]
        font = QFont(self.base)
        self.chart(
            max(20, 5.5 * len(bars)),
            lambda painter, rect: paint_readiness_bars(painter, rect, bars, self.palette, font),
        )

    def _plan(self) -> None:
        d = self.data
        steps = [step for step in d.plan if step.requirements]
        title = self.tr("Plan to %1").replace("%1", d.plan_level) if d.plan_level else ""
        self.heading(title or self.tr("Next-level plan"))
        if not steps:
            self.text(self.tr("Nothing left to cover up to the next level."))
            return
        self.text(
            self.tr("Tick each item as you cover it; required ones come first."), colour=MUTED
        )
        for step in steps:
            self.block(space_before=2, space_after=0.5, keep_with_next=True)
            self.text(step.level_name, size=10.5, bold=True, colour=INK)
            for gap in step.requirements:
                self.block(space_before=1, space_after=1, hanging=6.5)
                self.text(CHECKBOX + "  ", size=12)
                if len(d.skills) > 1:  # the level is the line above
                    self.text(gap.skill_name + " · ", bold=True)
                self.text(required_label(gap.required, self.words.translate), bold=gap.required)
                self.text(" · " + rating_label(gap.rating, self.words.translate), colour=MUTED)
                self.text(LINE_BREAK + gap.text)
                marks = self._marks(gap)
                if marks:
                    self.text(LINE_BREAK + marks, size=7.5, colour=MUTED)

    def _where(self, view: RequirementView) -> str:
        several = len(self.data.skills) > 1
        return " · ".join([view.skill_name, view.level_name] if several else [view.level_name])

    def _table_format(self, columns: tuple[float, ...]) -> QTextTableFormat:
        table = QTextTableFormat()
        table.setBorder(0.6)
        table.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table.setBorderBrush(QBrush(QColor("#9aa5b1")))
        table.setBorderCollapse(True)
        table.setCellPadding(self.spacing(1.0))
        table.setCellSpacing(0)
        table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, p) for p in columns]
        )
        return table

    def _table(self, columns: tuple[float, ...]) -> None:
        """Start a table of these column widths (percentages): a document of its own, its
        rows added by `_row`, each row a piece for the renderer."""
        self._start_doc()
        table = self._table_format(columns)
        self._grid = self.cursor.insertTable(1, len(columns), table)
        self._grid_rows = 0
        self._fresh = False
        self._table_header = None

    def _row(
        self, *, keep_with_next: bool = False, whole: bool = False, header: bool = False
    ) -> TableRow:
        """A new row of the current table; `whole`: one cell across every column; `header`:
        the row repeated above a later row that starts a page."""
        table = self._grid
        assert table is not None, "_table() first"
        if self._grid_rows:
            table.appendRows(1)
        index = self._grid_rows
        self._grid_rows += 1
        if whole:
            table.mergeCells(index, 0, 1, table.columns())
        fmt = table.format()
        piece = Piece(
            self.doc,
            keep_with_next,
            header=self._table_header,
            block=table.cellAt(index, 0).firstCursorPosition().block(),
            lead=fmt.cellPadding() * self.scale,
            bleed=fmt.border() * self.scale,
        )
        self.pieces.append(piece)
        if header:
            self._table_header = piece
        return TableRow(table, index)

    def _ratings(self) -> None:
        d = self.data
        self.heading(self.tr("Your ratings and evidence, by level"))
        if not d.all_levels and d.plan_level and d.hidden:
            shown = self.tr(
                "Levels up to %1 and every rated requirement above it; %2 more not rated."
            )
            self.text(
                shown.replace("%1", d.plan_level).replace(
                    "%2", self.words.locale.toString(d.hidden)
                ),
                colour=MUTED,
            )
        self._table((62.0, 14.0, 24.0))
        header = self._row(keep_with_next=True, header=True)
        titles = (self.tr("Requirement"), self.tr("Your rating"), self.tr("Evidence note"))
        for column, title in enumerate(titles):
            header.write(column, title, self._char(bold=True))
        shade = QTextCharFormat()
        shade.setBackground(QBrush(QColor("#eef2f7")))
        for level, views in d.ratings_by_level:
            row = self._row(keep_with_next=True, whole=True)
            row.cell(0).setFormat(shade)
            row.write(0, level.name, self._char(size=10.5, bold=True))
            for view in views:
                row = self._row()
                where = row.cell(0).firstCursorPosition()
                badge = required_label(view.required, self.words.translate)
                skill = view.skill_name if len(d.skills) > 1 else ""
                label = " · ".join(p for p in (skill, badge) if p)
                self.pieces[-1].label = label
                where.insertText(label + " · ", self._char(size=8, bold=view.required, colour=INK))
                where.insertText(view.text, self._char(size=8.5))
                marks = self._marks(view)
                if marks:
                    where.insertText(LINE_BREAK + marks, self._char(size=7.5, colour=MUTED))
                row.write(
                    1,
                    rating_label(view.rating, self.words.translate),
                    self._char(bold=view.rating is not None),
                )
                row.write(2, view.note, self._char(size=8.5, italic=True))

    def _marks(self, view: RequirementView) -> str:
        """ "Text changed since rated" and "shown in English", as on the cards."""
        marks = []
        if view.text_changed:
            marks.append(self.tr("Text changed since rated"))
        if view.text_is_fallback:
            marks.append(self.tr("Shown in English"))
        return " · ".join(marks)

    def _growth(self) -> None:
        d = self.data
        self.heading(self.tr("Growth"))
        if d.changes_since is None:
            self.text(
                self.tr("Nothing to compare: no check-in was closed before this one.")
                if d.as_of_checkin is not None
                else self.tr("No earlier check-in yet: close one to see your growth next time.")
            )
        else:
            later = (
                self.tr("now")
                if d.as_of_checkin is None
                else self.tr("the check-in of %1").replace("%1", self.date(d.as_of_checkin.created))
            )
            compared = self.tr("Compared: the check-in of %1 with %2.")
            self.text(
                compared.replace("%1", self.date(d.changes_since.created)).replace("%2", later)
            )
            kinds = change_kind_labels(self.words.translate)
            if not d.changes:
                self.block()
                self.text(self.tr("No rating changed."), italic=True)
            for change in d.changes:
                self.block(hanging=4, space_after=0.8)
                self.text(f"{kinds[change.kind]} · {change.level_name}: ", bold=True)
                before = rating_label(change.before, self.words.translate)
                after = rating_label(change.after, self.words.translate)
                self.text(f"{before} → {after}. ")
                self.text(change.text, size=8.5)
                if change.text_changed and change.kind != "text":
                    self.text(
                        " (" + self.tr("Text changed since rated") + ")", size=7.5, colour=MUTED
                    )
        history = d.history
        if history is None or not history.points:
            return
        self.block(space_before=3)
        self.text(self.tr("Readiness over time") + LINE_BREAK, bold=True)
        series = [
            Series(level.name, [(p.when, p.readiness[i]) for p in history.points])
            for i, level in enumerate(history.levels)
        ]
        font = QFont(self.base)
        self.chart(
            48,
            lambda painter, rect: paint_readiness_over_time(
                painter,
                rect,
                series,
                self.palette,
                font,
                format_date=lambda moment: self.words.moment(_qdate(moment)),
                format_percent=self.words.percent,
            ),
        )
        self._history_table(history)

    def _history_table(self, history: Any) -> None:
        """The chart's figures as text: one row per check-in (and now), one column per level."""
        names = [level.short or level.name for level in history.levels]
        first = 22.0
        rest = (100.0 - first) / max(1, len(names))
        self._table((first, *([rest] * len(names))))
        header = self._row(keep_with_next=True, header=True)
        header.write(0, self.tr("Date"), self._char(size=8, bold=True))
        for column, name in enumerate(names, start=1):
            header.write(column, name, self._char(size=8, bold=True))
        for point in history.points:
            row = self._row()
            when = self.date(point.when) if point.checkin is not None else self.tr("now")
            row.write(0, when, self._char(size=8))
            for column, value in enumerate(point.readiness, start=1):
                row.write(column, self.words.percent(value), self._char(size=8))

    def _rule(self) -> None:
        self.heading(self.tr("How the estimate works"))
        self.text(estimation_rule(self.words.translate), size=8.5)
        versions = "; ".join(
            self.tr("%1 version %2, last updated %3")
            .replace("%1", s.name)
            .replace("%2", str(s.version))
            .replace("%3", self.date(s.updated))
            for s in self.data.skills
        )
        self.block(space_before=2)
        self.text(self.tr("Profile: %1.").replace("%1", versions), size=8.5, colour=MUTED)
