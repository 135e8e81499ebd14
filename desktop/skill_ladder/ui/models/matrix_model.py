"""The matrix overview as a table model: rows (roles or skills) × levels, one cell per
(row, level) with the person's rating as colour and letter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from skill_ladder.rating_words import rating_color, rating_label, rating_letter, required_label
from skill_ladder.services.views import Matrix, MatrixCell

CELL_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class MatrixModel(QAbstractTableModel):
    def __init__(self, palette: QPalette, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None
        self._palette = palette

    def set_matrix(self, matrix: Matrix | None, palette: QPalette) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self._palette = palette
        self.endResetModel()

    def matrix(self) -> Matrix | None:
        return self._matrix

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.levels)

    def cell(self, index: Index) -> MatrixCell | None:
        if self._matrix is None or not index.isValid():
            return None
        return self._matrix.rows[index.row()].cells[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None or self._matrix is None:
            return None
        if role == CELL_ROLE:
            return cell
        if cell.empty:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Nothing expected here")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            letter = rating_letter(cell.rating)
            return f"{letter}•" if cell.required else letter
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self._matrix.rows[index.row()].name
            level = self._matrix.levels[index.column()].name
            return (
                f"{row} · {level} · {required_label(cell.required)} · {rating_label(cell.rating)}"
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return rating_color(cell.rating, self._palette)
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
                return (
                    level.name
                    if role == Qt.ItemDataRole.ToolTipRole
                    else (level.short or level.name)
                )
            return None
        if 0 <= section < len(self._matrix.rows):
            return self._matrix.rows[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self.cell(index)
        if cell is None or cell.empty:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
