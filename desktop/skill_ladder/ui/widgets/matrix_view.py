"""The matrix overview: rows × levels coloured by rating, readable without colour (a letter in
each cell, a dot where required), with a legend. Activating a cell opens its card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.domain.rating import Rating
from skill_ladder.rating_words import rating_color, rating_label, rating_letter
from skill_ladder.services.views import Matrix
from skill_ladder.ui.models.matrix_model import MatrixModel
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label


class MatrixView(Retranslatable, QWidget):
    cell_opened = Signal(object, str, str, str)  # role | None, skill, level, first requirement key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self.palette(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Arrow keys move between cells; Tab leaves the table (it was a keyboard trap).
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._legend)
        self.table.activated.connect(self._open)
        self.table.clicked.connect(self._open)
        self.retranslate_ui()

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.model.set_matrix(matrix, self.palette())
        self._word_caption()

    def _word_caption(self) -> None:
        matrix = self.model.matrix()
        if matrix is None:
            self._caption.setText("")
        elif matrix.rows_are == "roles":
            self._caption.setText(self.tr("Roles × levels. Click a cell to open its card."))
        else:
            self._caption.setText(self.tr("Skills × levels. Click a cell to open its card."))

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Matrix overview"))
        for chip, rating in self._legend_labels:
            chip.setText(f"{rating_letter(rating)}  {rating_label(rating)}")
            palette = chip.palette()
            palette.setColor(chip.backgroundRole(), rating_color(rating, self.palette()))
            chip.setPalette(palette)
        self._required_legend.setText(self.tr("•  required"))
        self._word_caption()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: recolour
            self.model.set_matrix(self.model.matrix(), self.palette())
            self.retranslate_ui()
        super().changeEvent(event)

    def _open(self, index: QModelIndex) -> None:
        matrix = self.model.matrix()
        cell = self.model.cell(index)
        if matrix is None or cell is None or cell.empty:
            return
        row = matrix.rows[index.row()]
        self.cell_opened.emit(row.role, row.skill or "", cell.level, cell.requirements[0])
