"""The profile browser: a search field over the requirements it finds and a tree of
frameworks, domains, groups and skills.

The search text goes out (`search_changed`); the controller asks the catalogue which skills
match and hands them back (`show_matches`, filtering the tree), and which requirements
(`show_requirement_results`, a list under the box while the box holds a search). Opening one
of those (Enter or a click) says which (`requirement_opened`, with its key); Down in the box
moves into them."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.services.requirement_search import SearchResults
from skill_ladder.services.views import FrameworkEntry, Scope
from skill_ladder.ui.models.profile_tree import (
    KIND_ROLE,
    SCOPE_ROLE,
    ProfileFilter,
    ProfileTreeModel,
)
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.style import ITEM_VIEW_FOCUS_STYLE_SHEET
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.requirement_results import RequirementResults


class ProfileBrowser(Retranslatable, QWidget):
    scope_selected = Signal(object)  # Scope
    search_changed = Signal(str)
    requirement_opened = Signal(str)  # a requirement's key, from the search's results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.model = ProfileTreeModel(self)
        self.proxy = ProfileFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        # Focus seen at a glance: a ring round the tree and round the whole current row.
        self.tree.setStyleSheet(ITEM_VIEW_FOCUS_STYLE_SHEET)
        self.tree.setAllColumnsShowFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._no_match = plain_label(self, wrap=True)
        self._no_match.hide()
        self.results = RequirementResults(self)
        self.results.hide()
        self._split = QSplitter(Qt.Orientation.Vertical, self)
        self._split.setChildrenCollapsible(False)
        self._split.addWidget(self.results)
        self._split.addWidget(self.tree)
        self._split.setStretchFactor(0, 3)
        self._split.setStretchFactor(1, 2)
        self.results.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        layout.addWidget(self.search)
        layout.addWidget(self._no_match)
        layout.addWidget(self._split, 1)
        QWidget.setTabOrder(self.search, self.results.view)
        QWidget.setTabOrder(self.results.view, self.tree)
        self.search.textChanged.connect(self._search_edited)
        self.search.textChanged.connect(self.search_changed)
        self.search.installEventFilter(self)
        self.results.requirement_opened.connect(self.requirement_opened)
        self.results.left.connect(self._back_to_search)
        self.search.returnPressed.connect(self._open_first_match)
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        self._entries: Sequence[FrameworkEntry] = ()
        self._results_given = False  # for the search in the box
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search profiles and requirements (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search profiles"))
        self.tree.setAccessibleName(self.tr("Skill profiles"))
        self._no_match.setText(self.tr("No profile or requirement matches your search."))
        self.search.setToolTip(
            self.tr("Matches names and requirement texts; Enter opens the first match")
        )
        self._no_match.setText(self.tr("No profile or requirement matches your search."))

    def load(
        self, entries: Sequence[FrameworkEntry], select: Scope | None, matching: Collection[str]
    ) -> None:
        """Show `entries`, filtered by the search in the box (`matching`: the keys of the
        skills it finds among them), then select `select` if it is shown."""
        self._entries = entries
        self.proxy.set_search(self.search.text(), matching)  # before selecting: see `select`
        self.tree.selectionModel().blockSignals(True)
        self.model.load(entries, self.tr("followed"))
        self.proxy.sort(0)
        self.tree.expandAll()
        self.tree.selectionModel().blockSignals(False)
        self.select(select)
        self._say_if_nothing_matches()

    def select(self, scope: Scope | None) -> None:
        index = self._find(scope) if scope is not None else QModelIndex()
        if not index.isValid():
            index = self._first_skill()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def current_scope(self) -> Scope | None:
        index = self.tree.currentIndex()
        value = index.data(SCOPE_ROLE) if index.isValid() else None
        return value if isinstance(value, Scope) else None

    def _walk(self, parent: QModelIndex) -> list[QModelIndex]:
        found = []
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            found.append(index)
            found += self._walk(index)
        return found

    def _find(self, scope: Scope) -> QModelIndex:
        """The node for `scope`; a skill before a domain or group holding only that skill."""
        shown = (self.proxy.mapFromSource(item.index()) for item in self.model.nodes.get(scope, []))
        matches = [index for index in shown if index.isValid()]  # not filtered out
        matches.sort(key=lambda i: i.data(KIND_ROLE) != "skill")
        return matches[0] if matches else QModelIndex()

    def _first_skill(self) -> QModelIndex:
        for index in self._walk(QModelIndex()):
            if index.data(KIND_ROLE) == "skill":
                return index
        return QModelIndex()

    def show_matches(self, text: str, skills: Collection[str]) -> None:
        """Filter the tree to what matches `text`: `skills` are the matching skills' keys."""
        self.proxy.set_search(text, skills)
        self.tree.expandAll()
        self._say_if_nothing_matches()
        if not self.tree.currentIndex().isValid():
            self.select(None)

    def show_requirement_results(self, results: SearchResults) -> None:
        """Show the requirements the search in the box finds (`CatalogService.
        search_requirements` for the box's text); nothing while the box is empty."""
        self.results.show_results(results)
        self._results_given = True
        self._say_if_nothing_matches()

    def _search_edited(self, text: str) -> None:
        if not text.strip():  # the list goes with the search, whoever else listens
            self.results.clear()
            self._results_given = False
            self._say_if_nothing_matches()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.isVisible()
            and self.results.focus_first()
        ):
            return True
        return super().eventFilter(watched, event)

    def _back_to_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_if_nothing_matches(self) -> None:
        searching = bool(self.search.text().strip())
        found = self.results.results.total > 0
        nothing = searching and self.proxy.rowCount() == 0 and not found
        self._no_match.setVisible(nothing)
        # The list's own line says when no requirement matches but profiles do.
        self.results.setVisible(searching and self._results_given and not nothing)

    def _open_first_match(self) -> None:
        first = self._first_skill()
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self.tree.setFocus()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        scope = self.current_scope()
        if scope is not None:
            self.scope_selected.emit(scope)
