"""Cards: what the browsed role (or every role) is expected to do at the browsed level."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.window_state import Change, Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from skill_ladder.ui.widgets.card_list import CardList

translate = QCoreApplication.translate


def no_profile_text() -> str:
    return translate("Pages", "Import a profile to begin (File › Import profile…).")


class CardsPage(Page):
    key = "cards"
    depends = CONTENT | Change.ROLE | Change.LEVEL

    @staticmethod
    def title() -> str:
        return translate("Pages", "Cards")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "&Cards")

    def build(self, parent: QWidget) -> QWidget:
        from skill_ladder.ui.widgets.card_list import CardList

        self.cards = CardList(parent)
        self.controller.connect_cards(self.cards)
        return self.cards

    def card_lists(self) -> tuple[CardList, ...]:
        return (self.cards,)

    def refresh(self, now: Snapshot, changes: Change) -> None:
        scope, level = now.scope, now.level
        if scope is None or level is None:
            self.cards.set_cards((), show_role=False, empty_text=no_profile_text())
            return
        views = self.controller.read(
            lambda services: services.board.cards(scope, now.role, level, now.language)
        )
        self.cards.set_cards(
            views or (),
            show_role=now.show_role,
            empty_text=translate("Pages", "Nothing is expected of this role at this level."),
        )
