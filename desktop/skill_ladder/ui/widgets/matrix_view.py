"""The matrix overview: rows × levels coloured by rating, readable without colour (a letter in
a cell of one requirement, a dot where required; `met/total` in a cell of several, the
optional ones apart), with a legend. Activating a cell opens its card.

Public API: `set_matrix(matrix) -> bool` (False when the matrix is the one shown: nothing is
rebuilt), the signal `cell_opened(role | None, skill, level, first requirement key)`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.domain.rating import Rating
from skill_ladder.rating_words import rating_color, rating_label, rating_letter
from skill_ladder.services.views import Matrix
from skill_ladder.ui.models.matrix_model import PAINT_ROLE, MatrixModel
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label

SELECTION_FRAME = 3  # pen width of the frame round the selected cell
CELL_PADDING = 6  # left and right of a cell's text
CELL_PADDING_V = 2 * (SELECTION_FRAME + 3)  # above and below: the frames never cover the text
HEADER_LINES = 3


def wrapped(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """`text` broken at spaces into lines no wider than `width`, at most `most` of them;
    what does not fit is elided with "…"."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") < width - 2:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[: most - 1], " ".join(lines[most - 1 :])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(0, width)) for line in lines]


class _CellDelegate(QStyledItemDelegate):
    """Paints a cell's fill (its rating colour, kept when selected), its text (a second line
    smaller), and the selection as a frame: the selected cell keeps its colour, and the cell
    with the keyboard focus gets a dashed line inside the frame. Reads one role per cell
    (`PAINT_ROLE`), its fonts made once: a 25 × 9 matrix paints in a few milliseconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: QFont | None = None  # the font the cached ones are made from
        self._fonts: dict[bool, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}

    def fonts(self, base: QFont, bold: bool) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The first line's font (bold where required), the second line's (smaller), and
        their metrics. Kept for the view's font (compared, not `key()`ed: 0.1 µs, not 2.4 µs,
        twice a cell painted), made again when it changes."""
        if self._base is None or base != self._base:
            self._base = QFont(base)
            self._fonts = {}
        key = bold
        found = self._fonts.get(key)
        if found is None:
            first = QFont(base)
            first.setBold(bold)
            second = QFont(base)
            second.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
            found = (first, second, QFontMetrics(first), QFontMetrics(second))
            self._fonts[key] = found
        return found

    def line_heights(self, base: QFont, lines: int) -> int:
        _, _, first, second = self.fonts(base, True)
        return first.height() + (lines - 1) * second.height()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines, _fill, _bold = index.data(PAINT_ROLE) or ((), None, False)
        _, _, first, second = self.fonts(option.font, True)
        width = max(
            ((first if i == 0 else second).horizontalAdvance(line) for i, line in enumerate(lines)),
            default=0,
        )
        height = self.line_heights(option.font, max(1, len(lines)))
        return QSize(width + 2 * CELL_PADDING, height + CELL_PADDING_V)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painted = index.data(PAINT_ROLE)
        if not painted:
            return
        lines, fill, bold = painted
        rect = QRect(option.rect)
        palette = option.palette
        painter.save()
        if fill is not None:
            painter.fillRect(rect, fill)
        if lines:
            first, second, first_metrics, second_metrics = self.fonts(option.font, bold)
            top = rect.top() + (rect.height() - self.line_heights(option.font, len(lines))) // 2
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            width = rect.width() - 4
            for number, line in enumerate(lines):
                font, metrics = (first, first_metrics) if number == 0 else (second, second_metrics)
                painter.setFont(font)
                height = metrics.height()
                text = line
                if metrics.horizontalAdvance(line) > width:
                    text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                painter.drawText(
                    QRect(rect.left() + 2, top, width, height), Qt.AlignmentFlag.AlignCenter, text
                )
                top += height
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), SELECTION_FRAME)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = SELECTION_FRAME // 2
            painter.drawRect(rect.adjusted(half, half, -half - 1, -half - 1))
        if state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = SELECTION_FRAME + 1
            painter.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.restore()


class MatrixView(Retranslatable, QWidget):
    cell_opened = Signal(object, str, str, str)  # role | None, skill, level, first requirement key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self.palette(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self._delegate = _CellDelegate(self.table)
        self.table.setItemDelegate(self._delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Arrow keys move between cells; Tab leaves the table (it was a keyboard trap).
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The header texts are fitted here, line by line: Qt would elide them as one line.
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(self._fit_headers)
        # One height for every row, from the fonts (two lines where some cell has optional
        # ones): measuring each of hundreds of cells on every layout cost tens of ms.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self._caption = plain_label(self, wrap=True)
        self._legend = QHBoxLayout()
        self._legend_labels: list[tuple[QLabel, Rating | None]] = []
        for rating in (None, *Rating):
            chip = plain_label(self)
            chip.setAutoFillBackground(True)
            chip.setMargin(4)
            self._legend_labels.append((chip, rating))
            self._legend.addWidget(chip)
        self._required_legend = plain_label(self)
        self._legend.addWidget(self._required_legend)
        self._legend.addStretch(1)
        self._counts_legend = plain_label(self, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._legend)
        layout.addWidget(self._counts_legend)
        self.table.activated.connect(self._open)
        self.table.clicked.connect(self._open)
        self.retranslate_ui()

    def set_matrix(self, matrix: Matrix | None) -> bool:
        """Show `matrix`. Handed the matrix it shows already (equal data), it rebuilds
        nothing and answers False."""
        if not self.model.set_matrix(matrix, self.palette()):
            return False
        self._word_caption()
        self._fit_rows()
        self._fit_headers()
        return True

    def _fit_rows(self) -> None:
        lines = 2 if self.model.two_lines() else 1
        height = self._delegate.line_heights(self.table.font(), lines) + CELL_PADDING_V
        header = self.table.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setMinimumSectionSize(min(header.minimumSectionSize(), height))
            header.setDefaultSectionSize(height)

    def _word_caption(self) -> None:
        matrix = self.model.matrix()
        if matrix is None:
            self._caption.setText("")
        elif matrix.rows_are == "roles":
            self._caption.setText(self.tr("Roles × levels. Click a cell to open its card."))
        else:
            self._caption.setText(self.tr("Skills × levels. Click a cell to open its card."))
        several = matrix is not None and any(
            len(cell.requirements) > 1 for row in matrix.rows for cell in row.cells
        )
        self._counts_legend.setVisible(several)

    def _fit_headers(self) -> None:
        """Full level names in the header when every column has room for them on one line;
        else the short names if they fit; else the full names broken into lines (at most
        three, elided past that). The tooltip always has the full name."""
        matrix = self.model.matrix()
        if matrix is None or not matrix.levels:
            return
        header = self.table.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)  # the current cell's column is highlighted in bold
        metrics = QFontMetrics(font)
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        # The columns stretch to equal widths: one column's share of the header's width (a
        # section's own size may still be the old one while the sections are resized).
        room = header.viewport().width() // len(matrix.levels) - margin - 4
        names = [level.name for level in matrix.levels]
        shorts = [level.short or level.name for level in matrix.levels]
        texts: list[str] | None
        if max(metrics.horizontalAdvance(name) for name in names) <= room:
            texts = None
        elif shorts != names and max(metrics.horizontalAdvance(s) for s in shorts) <= room:
            texts = shorts
        else:
            texts = ["\n".join(wrapped(name, metrics, room, HEADER_LINES)) for name in names]
        if texts != self.model.header_texts():
            self.model.set_header_texts(texts)
            self.table.updateGeometries()  # the header's height follows its lines

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Matrix overview"))
        for chip, rating in self._legend_labels:
            chip.setText(f"{rating_letter(rating)}  {rating_label(rating)}")
            palette = chip.palette()
            palette.setColor(chip.backgroundRole(), rating_color(rating, self.palette()))
            chip.setPalette(palette)
        self._required_legend.setText(self.tr("•  required"))
        self._counts_legend.setText(
            self.tr(
                "8/9: 8 of the cell's 9 required requirements are met (rated Meets or "
                "Exceeds); +2/3 opt: 2 of its 3 optional ones."
            )
        )
        self._word_caption()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: recolour
            self.model.set_matrix(self.model.matrix(), self.palette())
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LanguageChange:  # "+2/3 opt" and the tooltips
            self.model.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_rows()
            self._fit_headers()
        super().changeEvent(event)

    def _open(self, index: QModelIndex) -> None:
        matrix = self.model.matrix()
        cell = self.model.cell(index)
        if matrix is None or cell is None or cell.empty:
            return
        row = matrix.rows[index.row()]
        self.cell_opened.emit(row.role, row.skill or "", cell.level, cell.requirements[0])
