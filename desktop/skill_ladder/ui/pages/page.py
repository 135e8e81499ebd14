"""What every page of the window is: a title, a shortcut, what it depends on, a widget built on
first need, and a refresh from the window's state.

A page is the small controller of one view (TagStudio's view + controller split): it asks the
services for plain data through the window controller's `read` (the one failure path) and
hands it to its widget; the widget shows it and emits requests, which the page forwards to
the controller's actions (rate, save a note, open a card…)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from skill_ladder.ui.window_state import Change, Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from skill_ladder.ui.widgets.card_list import CardList
    from skill_ladder.ui.window_controller import WindowController

# What changes content read from the catalogue in some language: every page depends on these.
CONTENT = Change.SCOPE | Change.LANGUAGE | Change.CATALOG


class Page:
    key: ClassVar[str]
    depends: ClassVar[Change]  # the changes that make its content stale

    def __init__(self, controller: WindowController, parent: QWidget) -> None:
        self.controller = controller
        self.widget = self.build(parent)

    @staticmethod
    def title() -> str:
        """The tab's text, translated (a `translate("Pages", …)` literal)."""
        raise NotImplementedError

    @staticmethod
    def menu_text() -> str:
        """The View menu's text, with its mnemonic."""
        raise NotImplementedError

    def build(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def refresh(self, now: Snapshot, changes: Change) -> None:
        """Show the state: `changes` says what changed since this page last refreshed (all
        of it on the first refresh)."""
        raise NotImplementedError

    def card_lists(self) -> tuple[CardList, ...]:
        """The card lists it shows, so a saved rating or note reaches every one."""
        return ()

    def write_controls(self) -> tuple[QWidget, ...]:
        """Its controls that save something (besides its card lists): off while nothing can
        be saved (`MainWindow.set_read_only`)."""
        return ()

    def leave(self) -> None:
        """Another page is shown: save what is typed and let go of rows nobody sees."""
        for cards in self.card_lists():
            cards.set_cards((), show_role=False)

    def painted_signal_owner(self) -> CardList | None:
        """The card list whose first paint means "ready" (None: ready once refreshed)."""
        lists = self.card_lists()
        return lists[0] if lists else None
