"""The profile browser: a search field over a tree of frameworks, domains, groups and skills.

The search text goes out (`search_changed`); the controller asks the catalogue which skills
match and hands them back (`show_matches`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

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


class ProfileBrowser(Retranslatable, QWidget):
    scope_selected = Signal(object)  # Scope
    search_changed = Signal(str)

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
        layout.addWidget(self.search)
        layout.addWidget(self._no_match)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self.search_changed)
        self.search.returnPressed.connect(self._open_first_match)
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        self._entries: Sequence[FrameworkEntry] = ()
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
        matches = [i for i in self._walk(QModelIndex()) if i.data(SCOPE_ROLE) == scope]
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

    def _say_if_nothing_matches(self) -> None:
        searching = bool(self.search.text().strip())
        self._no_match.setVisible(searching and self.proxy.rowCount() == 0)

    def _open_first_match(self) -> None:
        first = self._first_skill()
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self.tree.setFocus()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        scope = self.current_scope()
        if scope is not None:
            self.scope_selected.emit(scope)
