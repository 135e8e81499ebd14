"""Installed frameworks and skill profiles as a tree: framework › domain › group › skill,
followed skills first, filtered by a search over names and requirement texts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from skill_ladder.services.views import FrameworkEntry, Scope

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4


def natural(text: str) -> str:
    """A sort key that puts "Skill 2" before "Skill 10"."""
    return re.sub(r"\d+", lambda m: m.group().zfill(9), text.casefold())


def _item(text: str, kind: str, scope: Scope, search: str, sort: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(scope, SCOPE_ROLE)
    item.setData(search, SEARCH_ROLE)
    item.setData(natural(sort), SORT_ROLE)
    item.setData(kind, KIND_ROLE)
    item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
    return item


class ProfileTreeModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(1)

    def load(self, entries: Sequence[FrameworkEntry], followed_label: str) -> None:
        self.clear()
        root = self.invisibleRootItem()
        for framework in entries:
            all_text = framework.name.casefold()
            top = _item(framework.name, "framework", Scope(framework.key), all_text, framework.name)
            domains: dict[str, QStandardItem] = {}
            groups: dict[tuple[str, str], QStandardItem] = {}
            for skill in framework.skills:
                domain = domains.get(skill.domain)
                if domain is None:
                    keys = tuple(s.key for s in framework.skills if s.domain == skill.domain)
                    domain = _item(
                        skill.domain,
                        "domain",
                        Scope(framework.key, keys),
                        skill.domain.casefold(),
                        skill.domain,
                    )
                    domains[skill.domain] = domain
                    top.appendRow(domain)
                group = groups.get((skill.domain, skill.group))
                if group is None:
                    keys = tuple(
                        s.key
                        for s in framework.skills
                        if (s.domain, s.group) == (skill.domain, skill.group)
                    )
                    group = _item(
                        skill.group,
                        "group",
                        Scope(framework.key, keys),
                        skill.group.casefold(),
                        skill.group,
                    )
                    groups[(skill.domain, skill.group)] = group
                    domain.appendRow(group)
                text = f"★ {skill.name}" if skill.followed else skill.name
                leaf = _item(
                    text,
                    "skill",
                    Scope(framework.key, (skill.key,)),
                    skill.search_text,
                    ("0" if skill.followed else "1") + skill.name.casefold(),
                )
                if skill.followed:
                    leaf.setData(
                        f"{skill.name}, {followed_label}", Qt.ItemDataRole.AccessibleTextRole
                    )
                group.appendRow(leaf)
            root.appendRow(top)


class ProfileFilter(QSortFilterProxyModel):
    """Keeps a node when it or any descendant matches; followed skills sort first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)
