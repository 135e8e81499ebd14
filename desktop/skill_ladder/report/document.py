"""The personal growth report as a QTextDocument, built with a text cursor.

Every value from a profile or a note is inserted as plain text (never parsed as HTML), so a
note holding `<img src=…>` prints literally and loads nothing. Charts are text objects drawn
by `report.charts` with the painter the document is drawn with: vectors on paper and in PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
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


def _qdate(value: date | datetime) -> QDate:
    if isinstance(value, datetime):
        return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).date()  # local time
    return QDate(value.year, value.month, value.day)


class ReportBuilder:
    """Builds the document for one `ReportData`; `dpi` is the device's, for sizes in mm."""

    def __init__(
        self, data: ReportData, words: ReportWords, family: str, dpi: float, width: float
    ) -> None:
        self.data = data
        self.words = words
        self.dpi = dpi
        self.width = width
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.base = QFont(family)
        self.base.setPointSizeF(9.5)
        for tag in ("liga", "clig"):  # "fl" stays two letters: copy and search find "MLflow"
            self.base.setFeature(QFont.Tag(tag), 0)
        self.doc.setDefaultFont(self.base)
        self._charts = _Charts(self.doc)
        self.doc.documentLayout().registerHandler(CHART_OBJECT, self._charts)
        self.cursor = QTextCursor(self.doc)
        self.palette = ChartPalette.for_print()
        self.together: list[int] = []  # blocks that must not be split across pages
        self.headings: list[int] = []  # blocks that must not end a page

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
        together: bool = False,
    ) -> None:
        """A new paragraph; `together` keeps all its lines on one page (a heading and what
        follows it are written as one block, with line breaks inside)."""
        fmt = QTextBlockFormat()
        fmt.setTopMargin(self.spacing(space_before))
        fmt.setBottomMargin(self.spacing(space_after))
        fmt.setLeftMargin(self.spacing(hanging))
        fmt.setTextIndent(-self.spacing(hanging))
        if self.cursor.position() == 0:
            self.cursor.setBlockFormat(fmt)
        else:
            self.cursor.insertBlock(fmt)
        if together:
            self.together.append(self.cursor.block().blockNumber())

    def text(self, value: str, **style: Any) -> None:
        self.cursor.insertText(value, self._char(**style))

    def heading(self, value: str) -> None:
        """A section title, in the same block as the first lines after it, kept together and
        never left alone at the bottom of a page."""
        self.block(space_before=6, space_after=2, together=True)
        self.headings.append(self.cursor.block().blockNumber())
        self.text(value + LINE_BREAK, size=13, bold=True, colour=INK)

    def chart(self, height_mm: float, paint: Paint) -> None:
        """A chart at the cursor (in the current block), drawn by `paint` as vectors."""
        self._charts.charts.append((QSizeF(self.width, self.mm(height_mm)), paint))
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_INDEX, len(self._charts.charts) - 1)
        self.cursor.insertText(OBJECT_REPLACEMENT, fmt)

    def keep_together(self, page_height: float) -> None:
        """Move to the next page any block marked `together` that a page break would split,
        and any heading that would end a page (Qt has no "keep with next")."""
        layout = self.doc.documentLayout()
        room_after_heading = self.mm(25)
        for _ in range(len(self.together) + 1):
            for number in self.together:
                block = self.doc.findBlockByNumber(number)
                rect = layout.blockBoundingRect(block)
                bottom = rect.bottom() + (room_after_heading if number in self.headings else 0)
                first_page = int(rect.top() // page_height)
                splits = int((bottom - 1) // page_height) != first_page
                fmt = block.blockFormat()
                already = fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                if splits and not already and rect.height() < page_height:
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    break  # the layout changed below this block: look again
            else:
                return

    # -- sections ------------------------------------------------------------------------------
    def build(self) -> QTextDocument:
        self.cursor.beginEditBlock()  # one layout at the end, not one per inserted cell
        self._title()
        self._readiness()
        self._plan()
        self._ratings()
        self._growth()
        self._rule()
        self.cursor.endEditBlock()
        return self.doc

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
        self.block(space_after=1)
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
            max(20, 7 * len(bars)),
            lambda painter, rect: paint_readiness_bars(painter, rect, bars, self.palette, font),
        )

    def _plan(self) -> None:
        d = self.data
        self.heading(self.tr("Next-level plan"))
        if not d.gaps:
            self.text(self.tr("Nothing left to cover up to the next level."))
            return
        self.text(
            self.tr("Tick each item as you cover it; required ones come first."), colour=MUTED
        )
        for gap in d.gaps:
            self.block(space_before=1.5, space_after=1.5, hanging=6.5, together=True)
            self.text(CHECKBOX + "  ", size=12)
            self.text(self._where(gap) + " · ", bold=True)
            self.text(required_label(gap.required, self.words.translate), bold=gap.required)
            self.text(" · " + rating_label(gap.rating, self.words.translate), colour=MUTED)
            self.text(LINE_BREAK + gap.text + LINE_BREAK)
            self.text(self.tr("Notes:") + " " + "_" * 58, colour="#999999")

    def _where(self, view: RequirementView) -> str:
        several = len(self.data.skills) > 1
        return " · ".join([view.skill_name, view.level_name] if several else [view.level_name])

    def _ratings(self) -> None:
        d = self.data
        self.heading(self.tr("Your ratings and evidence, by level"))
        rows = sum(1 + len(views) for _, views in d.ratings_by_level)
        table = QTextTableFormat()
        table.setBorder(0.6)
        table.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table.setBorderBrush(QBrush(QColor("#9aa5b1")))
        table.setBorderCollapse(True)
        table.setCellPadding(self.spacing(1.2))
        table.setCellSpacing(0)
        table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, p) for p in (52, 19, 29)]
        )
        table.setHeaderRowCount(1)
        self.cursor.insertBlock(QTextBlockFormat())  # cells take no margins from the heading
        grid = self.cursor.insertTable(rows + 1, 3, table)
        titles = (self.tr("Requirement"), self.tr("Your rating"), self.tr("Evidence note"))
        for column, title in enumerate(titles):
            grid.cellAt(0, column).firstCursorPosition().insertText(title, self._char(bold=True))
        shade = QTextCharFormat()
        shade.setBackground(QBrush(QColor("#eef2f7")))
        row = 1
        for level, views in d.ratings_by_level:
            grid.mergeCells(row, 0, 1, 3)
            cell = grid.cellAt(row, 0)
            cell.setFormat(shade)
            cell.firstCursorPosition().insertText(level.name, self._char(size=10.5, bold=True))
            row += 1
            for view in views:
                where = grid.cellAt(row, 0).firstCursorPosition()
                badge = required_label(view.required, self.words.translate)
                skill = view.skill_name if len(d.skills) > 1 else ""
                label = " · ".join(p for p in (skill, badge) if p)
                where.insertText(
                    label + LINE_BREAK, self._char(size=8, bold=view.required, colour=INK)
                )
                where.insertText(view.text, self._char(size=8.5))
                grid.cellAt(row, 1).firstCursorPosition().insertText(
                    rating_label(view.rating, self.words.translate),
                    self._char(bold=view.rating is not None),
                )
                grid.cellAt(row, 2).firstCursorPosition().insertText(
                    view.note, self._char(size=8.5, italic=True)
                )
                row += 1
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _growth(self) -> None:
        d = self.data
        self.heading(self.tr("Growth"))
        if d.changes_since is None:
            self.text(self.tr("No earlier check-in yet: close one to see your growth next time."))
            return
        since = self.tr("What changed since the check-in of %1:")
        self.text(since.replace("%1", self.date(d.changes_since.created)))
        kinds = {
            "up": self.tr("Up"),
            "down": self.tr("Down"),
            "new": self.tr("Newly rated"),
            "cleared": self.tr("Cleared"),
        }
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
        history = d.history
        if history is None or not history.points:
            return
        self.block(space_before=3, together=True)
        self.text(self.tr("Readiness over time") + LINE_BREAK, bold=True)
        series = [
            Series(level.name, [(p.when, p.readiness[i]) for p in history.points])
            for i, level in enumerate(history.levels)
        ]
        font = QFont(self.base)
        self.chart(
            60,
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
