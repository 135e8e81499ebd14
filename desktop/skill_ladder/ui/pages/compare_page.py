"""Compare: a level beside the next one, or my estimate beside my target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.window_state import Change, Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QWidget

    from skill_ladder.ui.widgets.card_list import CardList
    from skill_ladder.ui.widgets.compare_view import CompareView

translate = QCoreApplication.translate


class ComparePage(Page):
    key = "compare"
    depends = CONTENT | Change.ROLE | Change.LEVEL | Change.MINE | Change.STANDING

    @staticmethod
    def title() -> str:
        return translate("Pages", "Compare with next level")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "Compare with &next level")

    def build(self, parent: QWidget) -> QWidget:
        from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

        from skill_ladder.ui.widgets.compare_view import CompareView

        box = QWidget(parent)
        self.mine: QCheckBox = QCheckBox(box)
        self.view: CompareView = CompareView(box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mine)
        layout.addWidget(self.view, 1)
        self.controller.connect_cards(self.view.current)
        self.controller.connect_cards(self.view.next)
        self.mine.toggled.connect(lambda _on: self.controller.refresh_page(self))
        self._shown: tuple[object, ...] | None = None
        self.retranslate()
        return box

    def retranslate(self) -> None:
        self.mine.setText(translate("Pages", "From my &estimate to my target"))

    def card_lists(self) -> tuple[CardList, ...]:
        return (self.view.current, self.view.next)

    def leave(self) -> None:
        super().leave()
        self._shown = None

    def refresh(self, now: Snapshot, changes: Change) -> None:
        self.retranslate()
        scope, detail = now.scope, now.detail
        role = now.standing_role
        self.mine.setEnabled(role is not None)
        if scope is None or detail is None or now.level is None:
            self.view.current.set_cards((), show_role=False)
            self.view.next.set_cards((), show_role=False)
            return
        if self.mine.isChecked() and role is not None and now.standing is not None:
            standing = now.standing
            keys = [lv.key for lv in detail.levels]
            start = standing.estimated_level or keys[0]
            end = standing.plan_level or start
            shown: tuple[object, ...] = (scope, role, start, end, now.language)
            browse_role: str | None = role
        else:
            start, end, browse_role = now.level, None, now.role
            shown = (scope, browse_role, start, None, now.language)
        if shown == self._shown and not changes & CONTENT:
            return  # a rating moved the standing but not what is compared
        self._shown = shown
        comparison = self.controller.read(
            lambda services: services.board.compare(scope, browse_role, start, now.language, to=end)
        )
        if comparison is not None:
            self.view.set_comparison(comparison, now.level_names(), now.show_role)
