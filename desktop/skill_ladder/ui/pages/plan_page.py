"""My plan: what stands between my estimated level and my target, level by level."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.window_state import Change, Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from skill_ladder.ui.widgets.plan_view import PlanView

translate = QCoreApplication.translate


class PlanPage(Page):
    key = "plan"
    depends = CONTENT | Change.MINE | Change.ROLE | Change.STANDING

    @staticmethod
    def title() -> str:
        return translate("Pages", "My plan")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "My &plan")

    def build(self, parent: QWidget) -> QWidget:
        from skill_ladder.ui.widgets.plan_view import PlanView

        self.view: PlanView = PlanView(parent)
        self.view.open_requirement.connect(self.controller.open_requirement)
        return self.view

    def refresh(self, now: Snapshot, changes: Change) -> None:
        self.view.set_plan(now.standing, now.role_names())
        self.controller.painted()
