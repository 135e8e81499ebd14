"""The matrix overview as a table model: rows (roles or skills) × levels, one cell per
(row, level). A cell of one requirement shows its rating as colour and letter; a cell of
several shows how many required are met out of how many (`8/9`), coloured by that share, and
the optional ones apart (`+2/3 opt`). The text always carries what the colour says."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette

from skill_ladder.domain.rating import Rating
from skill_ladder.rating_words import rating_color, rating_label, rating_letter, required_label
from skill_ladder.services.views import Matrix, MatrixCell
from skill_ladder.wording import fill

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
# What the delegate paints, in one call: (lines of text, fill colour or None, bold).
PAINT_ROLE = Qt.ItemDataRole.UserRole + 2

Painted = tuple[tuple[str, ...], QColor | None, bool]

Index = QModelIndex | QPersistentModelIndex

PARTIAL_HUE_END = 55  # a share below 1 goes from red (none met) to yellow (almost all)


def share_color(cell: MatrixCell, palette: QPalette) -> QColor:
    """The fill of a cell of several requirements: "not rated" while none is rated, the
    colour of Meets when every counted one is met, else red to yellow by the share met."""
    share = cell.share
    if share is None or cell.rated == 0:
        return rating_color(None, palette)
    if share >= 1:
        return rating_color(Rating.MEETS, palette)
    meets = rating_color(Rating.MEETS, palette)  # the same lightness and saturation
    return QColor.fromHslF(
        share * PARTIAL_HUE_END / 360, meets.hslSaturationF(), meets.lightnessF()
    )


class MatrixModel(QAbstractTableModel):
    def __init__(self, palette: QPalette, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None
        self._palette = palette
        self._header_texts: list[str] | None = None
        self._colors: dict[tuple[int, int], QColor] = {}
        self._painted: dict[tuple[int, int], Painted] = {}

    def set_matrix(self, matrix: Matrix | None, palette: QPalette) -> bool:
        """Show `matrix`; False (and nothing rebuilt) when it and the palette are the ones
        shown already."""
        if matrix == self._matrix and palette == self._palette:
            return False
        self.beginResetModel()
        self._matrix = matrix
        self._palette = QPalette(palette)
        self._colors = {}
        self._painted = {}
        self.endResetModel()
        return True

    def retranslate(self) -> None:
        """The language changed: word the cells again ("+2/3 opt", the tooltips)."""
        self._painted = {}
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def two_lines(self) -> bool:
        """Whether some cell shows a second line (the optional ones)."""
        matrix = self._matrix
        return matrix is not None and any(
            not cell.single and cell.required_total and cell.optional_total
            for row in matrix.rows
            for cell in row.cells
        )

    def matrix(self) -> Matrix | None:
        return self._matrix

    def set_header_texts(self, texts: list[str] | None) -> None:
        """What the header shows for each level: None, the full names; else the texts the
        view fitted to its columns (short names, or the names broken into lines). The
        tooltip always has the full name."""
        if texts != self._header_texts:
            self._header_texts = texts
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1)
            )

    def header_texts(self) -> list[str] | None:
        return self._header_texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.levels)

    def cell(self, index: Index) -> MatrixCell | None:
        if self._matrix is None or not index.isValid():
            return None
        return self._matrix.rows[index.row()].cells[index.column()]

    def _text(self, cell: MatrixCell) -> str:
        """What the cell shows: a letter, or `met/total` with the optional ones on a second
        line."""
        if cell.single:
            letter = rating_letter(cell.rating)
            return f"{letter}•" if cell.required else letter
        optional = fill(self.tr("+%1/%2 opt"), cell.optional_met, cell.optional_total)
        if not cell.required_total:
            return fill(self.tr("%1/%2 opt"), cell.optional_met, cell.optional_total)
        counts = f"{cell.required_met}/{cell.required_total}"
        return f"{counts}\n{optional}" if cell.optional_total else counts

    def _words(self, cell: MatrixCell) -> str:
        """The cell in words, for the tooltip and a screen reader."""
        if cell.single:
            return f"{required_label(cell.required)} · {rating_label(cell.rating)}"
        parts = []
        if cell.required_total:
            parts.append(
                fill(self.tr("%1 of %2 required met"), cell.required_met, cell.required_total)
            )
        if cell.optional_total:
            parts.append(
                fill(self.tr("%1 of %2 optional met"), cell.optional_met, cell.optional_total)
            )
        rated = fill(self.tr("%1 of %2 rated"), cell.rated, len(cell.requirements))
        return f"{', '.join(parts)} ({rated})"

    def _color(self, index: Index, cell: MatrixCell) -> QColor:
        key = (index.row(), index.column())
        color = self._colors.get(key)
        if color is None:
            color = (
                rating_color(cell.rating, self._palette)
                if cell.single
                else share_color(cell, self._palette)
            )
            self._colors[key] = color
        return color

    def _paint_data(self, index: Index, cell: MatrixCell) -> Painted:
        key = (index.row(), index.column())
        painted = self._painted.get(key)
        if painted is None:
            if cell.empty:
                painted = ((), None, False)
            else:
                lines = tuple(self._text(cell).split("\n"))
                painted = (lines, self._color(index, cell), cell.required)
            self._painted[key] = painted
        return painted

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None or self._matrix is None:
            return None
        if role == PAINT_ROLE:
            return self._paint_data(index, cell)
        if role == CELL_ROLE:
            return cell
        if cell.empty:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Nothing expected here")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self._matrix.rows[index.row()].name
            level = self._matrix.levels[index.column()].name
            return f"{row} · {level} · {self._words(cell)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._color(index, cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell.required:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if self._matrix is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._matrix.levels):
                level = self._matrix.levels[section]
                texts = self._header_texts
                if role == Qt.ItemDataRole.ToolTipRole or texts is None or section >= len(texts):
                    return level.name
                return texts[section]
            return None
        if 0 <= section < len(self._matrix.rows):
            return self._matrix.rows[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self.cell(index)
        if cell is None or cell.empty:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
