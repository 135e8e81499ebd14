"""My ladder: every level of my role on one screen, my estimate and my target marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.ui.pages.cards_page import no_profile_text
from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.window_state import Change, Snapshot
from skill_ladder.wording import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from skill_ladder.ui.widgets.card_list import CardList

translate = QCoreApplication.translate


class LadderPage(Page):
    key = "ladder"
    # The rows follow the role; the marks above them follow the standing (a rating that moves
    # the estimate does not rebuild the rows, so the list keeps its place).
    depends = CONTENT | Change.MINE | Change.ROLE | Change.STANDING

    @staticmethod
    def title() -> str:
        return translate("Pages", "My ladder")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "My &ladder")

    def build(self, parent: QWidget) -> QWidget:
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from skill_ladder.ui.widgets.card_list import CardList
        from skill_ladder.ui.widgets.labels import plain_label

        box = QWidget(parent)
        self.marks: QLabel = plain_label(box, wrap=True)
        self.cards = CardList(box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.marks)
        layout.addWidget(self.cards, 1)
        self.controller.connect_cards(self.cards)
        self._shown: tuple[object, ...] | None = None
        return box

    def card_lists(self) -> tuple[CardList, ...]:
        return (self.cards,)

    def leave(self) -> None:
        super().leave()
        self._shown = None

    def refresh(self, now: Snapshot, changes: Change) -> None:
        role, scope = now.standing_role, now.scope
        names = now.level_names()
        standing = now.standing
        if scope is None or role is None:
            self.marks.setText("")
            self._shown = None
            self.cards.set_cards(
                (),
                show_role=False,
                empty_text=no_profile_text()
                if scope is None
                else translate("Pages", "Pick your role (Role, then “This is my role”)."),
            )
            return
        role_name = now.role_names().get(role, role)
        estimated = standing.estimated_level if standing else None
        target = standing.target if standing else None
        self.marks.setText(
            fill(
                translate("Pages", "%1, every level · estimated: %2 · target: %3"),
                role_name,
                names.get(estimated or "", translate("Pages", "none yet")),
                names.get(target or "", translate("Pages", "none")),
            )
        )
        notes: dict[str, str] = {}
        if estimated:
            notes[estimated] = translate("Pages", "your estimated level")
        if target:
            notes[target] = (
                translate("Pages", "your estimated level and your target")
                if target == estimated
                else translate("Pages", "your target")
            )
        shown = (scope, role)
        if shown == self._shown and not changes & CONTENT:
            self.cards.set_level_notes(notes)  # only the marks changed
            return
        self._shown = shown
        views = self.controller.read(
            lambda services: services.board.role_ladder(scope, role, now.language)
        )
        views = views or ()
        self.cards.set_cards(
            views,
            show_role=False,
            empty_text=translate("Pages", "Nothing is expected of this role."),
            group_by_level=True,
            group_by_skill=len({view.skill for view in views}) > 1,
            level_notes=notes,
        )
