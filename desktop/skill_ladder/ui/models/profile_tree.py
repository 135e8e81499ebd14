"""Installed frameworks and skill profiles as a tree: framework › domain › group › skill,
followed skills first, filtered by a search: a skill matches when the catalogue says so
(`CatalogService.matching_skills`: its names and requirement texts, which the tree does not
hold); a framework, domain or group by its name (`ProfileFilter`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from skill_ladder.domain.search import fold
from skill_ladder.services.views import FrameworkEntry, Scope, SkillEntry

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4


@lru_cache(maxsize=65536)  # the same names come back at every reload and language switch
def natural(text: str) -> str:
    """A sort key that puts "Skill 2" before "Skill 10"."""
    return re.sub(r"\d+", lambda m: m.group().zfill(9), text.casefold())


def _item(text: str, kind: str, scope: Scope, sort: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(scope, SCOPE_ROLE)
    if kind != "skill":  # a skill matches by what the catalogue finds: `ProfileFilter`
        item.setData(fold(text), SEARCH_ROLE)
    item.setData(natural(sort), SORT_ROLE)
    item.setData(kind, KIND_ROLE)  # (spoken: its text, unless a leaf says more; see `_leaf`)
    return item


class ProfileTreeModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(1)
        self.nodes: dict[Scope, list[QStandardItem]] = {}  # every node of a scope, tree order

    def load(self, entries: Sequence[FrameworkEntry], followed_label: str) -> None:
        self.clear()
        self.nodes = {}
        root = self.invisibleRootItem()
        for framework in entries:
            top = _item(framework.name, "framework", Scope(framework.key), framework.name)
            self.nodes[Scope(framework.key)] = [top]
            # domain › group › skills, each in the order the framework gives them
            tree: dict[str, dict[str, list[SkillEntry]]] = {}
            for skill in framework.skills:
                tree.setdefault(skill.domain, {}).setdefault(skill.group, []).append(skill)
            for domain_name, groups in tree.items():
                keys = tuple(s.key for s in framework.skills if s.domain == domain_name)
                domain = self._node(_branch(domain_name, "domain", Scope(framework.key, keys)))
                top.appendRow(domain)
                for group_name, skills in groups.items():
                    keys = tuple(s.key for s in skills)
                    group = self._node(_branch(group_name, "group", Scope(framework.key, keys)))
                    domain.appendRow(group)
                    for skill in skills:
                        group.appendRow(self._node(_leaf(framework.key, skill, followed_label)))
            root.appendRow(top)

    def _node(self, item: QStandardItem) -> QStandardItem:
        self.nodes.setdefault(item.data(SCOPE_ROLE), []).append(item)
        return item


def _branch(name: str, kind: str, scope: Scope) -> QStandardItem:
    return _item(name, kind, scope, name)


def _leaf(framework: str, skill: SkillEntry, followed_label: str) -> QStandardItem:
    text = f"★ {skill.name}" if skill.followed else skill.name
    leaf = _item(
        text,
        "skill",
        Scope(framework, (skill.key,)),
        ("0" if skill.followed else "1") + skill.name.casefold(),
    )
    if skill.followed:
        leaf.setData(f"{skill.name}, {followed_label}", Qt.ItemDataRole.AccessibleTextRole)
    return leaf


class ProfileFilter(QSortFilterProxyModel):
    """Keeps a node when it matches or any descendant does; followed skills sort first.

    A skill matches when the catalogue found it (`set_search`). A framework, domain or group
    matches by its name; if none of the skills under it was found, it shows all of them, so
    a search for its name has something to open."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []
        self._skills: Collection[str] = ()
        self._opened: set[Scope] = set()  # branches found by name that show all they hold

    def set_search(self, text: str, skills: Collection[str]) -> None:
        """Show what matches `text`: the skills given (found by the catalogue), and the
        frameworks, domains and groups whose names hold every word."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self._skills = skills
        self._opened = set()
        model = self.sourceModel()
        if self._words and model is not None:
            self._open_named(model, QModelIndex())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _open_named(self, model: QAbstractItemModel, parent: QModelIndex) -> bool:
        """Walk the tree below `parent`; note every branch found by its name with no found
        skill below it. True when a found skill is below `parent`."""
        found_below = False
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            scope = index.data(SCOPE_ROLE)
            if index.data(KIND_ROLE) == "skill":
                found = isinstance(scope, Scope) and scope.key in self._skills
            else:
                found = self._open_named(model, index)
                if not found and self._named(index) and isinstance(scope, Scope):
                    self._opened.add(scope)
            found_below = found_below or found
        return found_below

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._named(index):
            return True
        scope = index.data(SCOPE_ROLE)
        found = index.data(KIND_ROLE) == "skill" and isinstance(scope, Scope)
        if found and scope.key in self._skills:
            return True
        parent: QModelIndex | QPersistentModelIndex = source_parent
        while parent.isValid():  # under a branch found by its name that shows all it holds
            if parent.data(SCOPE_ROLE) in self._opened:
                return True
            parent = parent.parent()
        return False

    def _named(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """A framework, domain or group whose name holds every word (skills have no name
        here: the catalogue finds them)."""
        name = index.data(SEARCH_ROLE)
        return isinstance(name, str) and all(word in name for word in self._words)
