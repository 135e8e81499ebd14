"""Proposals: the changes of wording I suggested, to export for a profile's maintainer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.window_state import Change, Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from skill_ladder.ui.widgets.proposals_view import ProposalsView

translate = QCoreApplication.translate


class ProposalsPage(Page):
    key = "proposals"
    depends = CONTENT | Change.PROPOSALS

    @staticmethod
    def title() -> str:
        return translate("Pages", "Proposals")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "&Proposals")

    def build(self, parent: QWidget) -> QWidget:
        from skill_ladder.ui.widgets.proposals_view import ProposalsView

        self.view: ProposalsView = ProposalsView(parent)
        self.view.export_requested.connect(self.controller.export_proposals)
        self.view.delete_requested.connect(self.controller.delete_proposal)
        return self.view

    def leave(self) -> None:
        pass

    def write_controls(self) -> tuple[QWidget, ...]:
        return (self.view.delete_button,)

    def refresh(self, now: Snapshot, changes: Change) -> None:
        self.view.set_proposals(
            self.controller.read(lambda s: s.personal.proposals(now.language)) or []
        )
        self.controller.painted()
