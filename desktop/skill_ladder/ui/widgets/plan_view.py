"""The plan to my target: a heading per level in ladder order, its unmet requirements under it
(required first), each with its rating; Enter or a double-click opens the card. Used by the
"My plan" page and, compactly, by Where am I."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from skill_ladder.plan_words import plan_sentence
from skill_ladder.rating_words import rating_label, required_label
from skill_ladder.services.views import Standing
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.wording import fill

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate


class PlanTree(Retranslatable, QListWidget):
    """The plan as a list: a bold heading per level, its requirements under it (their texts
    wrap to the list's width); `open_requirement` carries the key of an activated one."""

    open_requirement = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setSpacing(2)
        self._standing: Standing | None = None
        self._roles: dict[str, str] = {}
        self.itemActivated.connect(self._activated)
        self.retranslate_ui()

    def set_plan(self, standing: Standing | None, roles: dict[str, str]) -> None:
        self._standing = standing
        self._roles = roles
        self._fill()

    def headings(self) -> list[str]:
        return [i.text() for i in self._items() if i.data(KEY_ROLE) is None]

    def rows(self) -> list[tuple[str, list[str]]]:
        """(heading, [requirement texts]) per level, as shown."""
        found: list[tuple[str, list[str]]] = []
        for item in self._items():
            if item.data(KEY_ROLE) is None:
                found.append((item.text(), []))
            elif found:
                found[-1][1].append(item.text())
        return found

    def item_for(self, key: str) -> QListWidgetItem | None:
        return next((i for i in self._items() if i.data(KEY_ROLE) == key), None)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def _fill(self) -> None:
        standing = self._standing
        self.clear()
        if standing is None:
            return
        several_skills = len({r.skill for s in standing.plan for r in s.requirements}) > 1
        for step in standing.plan:
            count = len(step.requirements)
            if count:
                text = fill(self.tr("%1 · %n to cover", "", count), step.level_name)
            else:
                text = fill(self.tr("%1 · nothing left ✓"), step.level_name)
            heading = QListWidgetItem(text, self)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for req in step.requirements:
                place = f"{req.skill_name} · " if several_skills else ""
                item = QListWidgetItem(
                    f"{place}{required_label(req.required)} · {rating_label(req.rating)}\n"
                    f"{req.text}",
                    self,
                )
                item.setData(KEY_ROLE, req.key)
                item.setToolTip(
                    fill(self.tr("%1\n\nEnter or double-click opens its card."), req.text)
                )

    def retranslate_ui(self) -> None:
        self._fill()  # its owner names it

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if isinstance(key, str):
            self.open_requirement.emit(key)


class PlanView(Retranslatable, QWidget):
    """The "My plan" page: a sentence saying from where to where, then the tree."""

    open_requirement = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = plain_label(self, wrap=True)
        self.tree = PlanTree(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.tree.open_requirement.connect(self.open_requirement)
        self._standing: Standing | None = None
        self.retranslate_ui()

    def set_plan(self, standing: Standing | None, roles: dict[str, str]) -> None:
        self._standing = standing
        self.tree.set_plan(standing, roles)
        self._word()

    def _word(self) -> None:
        self.summary.setText(plan_sentence(self._standing))

    def retranslate_ui(self) -> None:
        self.tree.setAccessibleName(self.tr("The plan, level by level"))
        self._word()
