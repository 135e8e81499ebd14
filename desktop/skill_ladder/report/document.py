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
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
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
    its first lines, a chart, one row of the ratings table. The renderer stacks pieces on
    pages; only a piece taller than a whole page is continued on the next one."""

    doc: QTextDocument
    keep_with_next: bool = False  # a heading or a table's level row: never ends a page
    header: Piece | None = None  # the table's header row, repeated when this row starts a page
    label: str = ""  # a row's label, repeated when the row itself continues on a new page
    label_piece: Piece | None = None  # that label, drawn (made only for pieces taller than a page)

    @property
    def height(self) -> float:
        return float(self.doc.size().height())


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
        self.doc = self._new_doc()
        self.cursor = QTextCursor(self.doc)
        self._fresh = True  # the current piece has no block written yet
        self._table_header: Piece | None = None

    def _new_doc(self) -> QTextDocument:
        doc = QTextDocument(self._owner)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.base)
        layout = doc.documentLayout()
        if self.device is not None:
            layout.setPaintDevice(self.device)
        layout.registerHandler(CHART_OBJECT, self._charts)
        return doc

    def new_piece(self, *, keep_with_next: bool = False) -> Piece:
        """Start a new unit that the renderer keeps on one page."""
        self.doc = self._new_doc()
        self.cursor = QTextCursor(self.doc)
        self.cursor.beginEditBlock()
        piece = Piece(self.doc, keep_with_next)
        self.pieces.append(piece)
        self._fresh = True
        return piece

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
        fmt = QTextCharFormat()
        font = QFont(self.base)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        fmt.setFont(font)
        if colour:
            fmt.setForeground(QBrush(QColor(colour)))
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
        fmt = QTextBlockFormat()
        fmt.setTopMargin(self.spacing(space_before))
        fmt.setBottomMargin(self.spacing(space_after))
        fmt.setLeftMargin(self.spacing(hanging))
        fmt.setTextIndent(-self.spacing(hanging))
        if together or not self.pieces:
            self.new_piece(keep_with_next=keep_with_next)
        if self._fresh:
            self.cursor.setBlockFormat(fmt)
            self._fresh = False
        else:
            self.cursor.insertBlock(fmt)

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
        """The pieces, each laid out `self.width` wide: one layout per piece at the end, not
        one per inserted character."""
        for piece in self.pieces:
            QTextCursor(piece.doc).endEditBlock()
            piece.doc.setTextWidth(self.width)
        return self.pieces

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

    def _row(self, columns: tuple[float, ...], *, keep_with_next: bool = False) -> Any:
        """One table row as its own piece (a one-row table): rows are never split."""
        piece = self.new_piece(keep_with_next=keep_with_next)
        self._fresh = False
        piece.header = self._table_header
        return self.cursor.insertTable(1, len(columns), self._table_format(columns))

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
        widths = (62.0, 14.0, 24.0)
        self._table_header = None
        grid = self._row(widths, keep_with_next=True)
        header = self.pieces[-1]
        titles = (self.tr("Requirement"), self.tr("Your rating"), self.tr("Evidence note"))
        for column, title in enumerate(titles):
            grid.cellAt(0, column).firstCursorPosition().insertText(title, self._char(bold=True))
        self._table_header = header
        shade = QTextCharFormat()
        shade.setBackground(QBrush(QColor("#eef2f7")))
        for level, views in d.ratings_by_level:
            grid = self._row((100.0,), keep_with_next=True)
            cell = grid.cellAt(0, 0)
            cell.setFormat(shade)
            cell.firstCursorPosition().insertText(level.name, self._char(size=10.5, bold=True))
            for view in views:
                grid = self._row(widths)
                where = grid.cellAt(0, 0).firstCursorPosition()
                badge = required_label(view.required, self.words.translate)
                skill = view.skill_name if len(d.skills) > 1 else ""
                label = " · ".join(p for p in (skill, badge) if p)
                self.pieces[-1].label = label
                where.insertText(label + " · ", self._char(size=8, bold=view.required, colour=INK))
                where.insertText(view.text, self._char(size=8.5))
                marks = self._marks(view)
                if marks:
                    where.insertText(LINE_BREAK + marks, self._char(size=7.5, colour=MUTED))
                grid.cellAt(0, 1).firstCursorPosition().insertText(
                    rating_label(view.rating, self.words.translate),
                    self._char(bold=view.rating is not None),
                )
                grid.cellAt(0, 2).firstCursorPosition().insertText(
                    view.note, self._char(size=8.5, italic=True)
                )
        self._table_header = None

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
        widths = (first, *([rest] * len(names)))
        self._table_header = None
        grid = self._row(widths)
        self._table_header = self.pieces[-1]
        grid.cellAt(0, 0).firstCursorPosition().insertText(
            self.tr("Date"), self._char(size=8, bold=True)
        )
        for column, name in enumerate(names, start=1):
            grid.cellAt(0, column).firstCursorPosition().insertText(
                name, self._char(size=8, bold=True)
            )
        for point in history.points:
            grid = self._row(widths)
            when = self.date(point.when) if point.checkin is not None else self.tr("now")
            grid.cellAt(0, 0).firstCursorPosition().insertText(when, self._char(size=8))
            for column, value in enumerate(point.readiness, start=1):
                grid.cellAt(0, column).firstCursorPosition().insertText(
                    self.words.percent(value), self._char(size=8)
                )
        self._table_header = None

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
