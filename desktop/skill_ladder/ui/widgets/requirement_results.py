"""The requirements a search found, under the search box: a line saying how many, then a list
(skill · role · level, and the text with the searched words marked). Enter or a click on one
opens it (`requirement_opened` with its key); Up from the first row, or Escape, goes back to
the search box (`left`)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from skill_ladder.services.requirement_search import NO_RESULTS, SearchResults
from skill_ladder.ui.models.requirement_results import KEY_ROLE, RequirementResultsModel
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.highlight_delegate import HighlightDelegate
from skill_ladder.ui.widgets.labels import plain_label


class _ResultsView(QListView):
    opened = Signal(str)  # a requirement's key
    left = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        current = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.opened.emit(str(current.data(KEY_ROLE)))
            event.accept()
            return
        at_top = not current.isValid() or current.row() == 0
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and at_top):
            self.left.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RequirementResults(Retranslatable, QWidget):
    requirement_opened = Signal(str)  # a requirement's key
    left = Signal()  # the person went back up, out of the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = plain_label(self, wrap=True)
        self.model = RequirementResultsModel(self)
        self.delegate = HighlightDelegate(self)
        self.view = _ResultsView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setUniformItemSizes(True)  # measured once, not once a row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.view.clicked.connect(self._clicked)
        self.view.opened.connect(self.requirement_opened)
        self.view.left.connect(self.left)
        self.setFocusProxy(self.view)
        self.retranslate_ui()

    @property
    def results(self) -> SearchResults:
        return self.model.results

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Requirements found"))
        self.view.setToolTip(self.tr("Enter or a click opens the requirement"))
        self.model.retranslate()
        self.delegate.clear_cache()
        self._say_how_many()

    def show_results(self, results: SearchResults) -> None:
        self.delegate.clear_cache()
        self.model.set_results(results)
        self.view.setVisible(bool(results.hits))
        self.view.scrollToTop()
        self._say_how_many()

    def clear(self) -> None:
        self.show_results(NO_RESULTS)

    def focus_first(self) -> bool:
        """Put the focus on the first result (selected); False when there is none."""
        if self.model.rowCount() == 0:
            return False
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.requirement_opened.emit(str(index.data(KEY_ROLE)))

    def _say_how_many(self) -> None:
        results = self.model.results
        if results.total == 0:
            text = self.tr("No requirement matches your search.")
        elif results.total == results.shown:
            text = self.tr("%Ln requirement(s) found", "", results.total)
        else:
            shown = QLocale().toString(results.shown)
            text = self.tr("Showing %1 of %Ln requirement(s)", "", results.total)
            text = text.replace("%1", shown)
        self.summary.setText(text)
        self.view.setAccessibleDescription(text)
