"""The pages in their tabs: each made on first need, refreshed from the window's state when it is
on screen and what changed matters to it; a page off screen only notes what changed and
catches up when it is shown again. Tabs, the View menu, shortcuts and titles all come from
`pages.registry.PAGES`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from skill_ladder.ui.pages.registry import PAGES
from skill_ladder.ui.window_state import Change

if TYPE_CHECKING:
    from skill_ladder.ui.pages.page import Page
    from skill_ladder.ui.widgets.card_list import CardList
    from skill_ladder.ui.window_controller import WindowController


class PageStack(QObject):
    page_made = Signal(str)  # a page (by key) was made, on first need

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._controller: WindowController | None = None
        self._pages: dict[str, Page] = {}
        self._stale: dict[str, Change] = {}
        self._holders: list[QVBoxLayout] = []
        self._shown: str | None = None
        for _ in PAGES:
            holder = QWidget(tabs)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(layout)
            tabs.addTab(holder, "")
        self.retranslate()

    @staticmethod
    def page_keys() -> list[str]:
        return [page.key for page in PAGES]

    def attach(self, controller: WindowController) -> None:
        """From now on pages can be made (they talk to the controller): make the one on
        screen, and follow the tabs."""
        self._controller = controller
        self._shown = self.current_key()
        self.page(self._shown)
        self.tabs.currentChanged.connect(self._switched)

    # -- pages -------------------------------------------------------------------------------
    def current_key(self) -> str:
        return PAGES[max(0, self.tabs.currentIndex())].key

    def index_of(self, key: str) -> int:
        return self.page_keys().index(key)

    def show(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.index_of(key))

    def has_page(self, key: str) -> bool:
        return key in self._pages

    def made(self) -> list[str]:
        return [key for key in self.page_keys() if key in self._pages]

    def page(self, key: str) -> Page:
        """The page, made now if this is the first need of it."""
        found = self._pages.get(key)
        if found is not None:
            return found
        assert self._controller is not None, "pages are made once the controller exists"
        index = self.index_of(key)
        holder = self.tabs.widget(index)
        assert holder is not None
        page = PAGES[index](self._controller, holder)
        self._pages[key] = page  # first: laying it out may ask for it again
        self._stale[key] = Change.ALL
        self._holders[index].addWidget(page.widget)
        page.widget.show()  # added after the window was shown: Qt leaves such a child hidden
        # Laid out now, before anything is painted: each round settles one level (the page,
        # the tab widget, the window's splitter, which may widen the pages' column).
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.page_made.emit(key)
        return page

    def card_lists(self) -> tuple[CardList, ...]:
        return tuple(cards for page in self._pages.values() for cards in page.card_lists())

    def cards_list(self) -> CardList:
        """The Cards page's list (made if needed)."""
        return self.page("cards").card_lists()[0]

    # -- following the state --------------------------------------------------------------------
    def state_changed(self, now: object, changes: Change) -> None:
        for key in self._pages:
            self._stale[key] |= changes
        if self._controller is not None:
            self._refresh(self.current_key())

    def refresh_now(self, page: Page) -> None:
        self._stale[page.key] = Change.ALL
        self._refresh(page.key)

    def _refresh(self, key: str) -> None:
        assert self._controller is not None
        page = self.page(key)
        stale = self._stale[key]
        if stale & page.depends:
            self._stale[key] = Change.NONE
            page.refresh(self._controller.now, stale)

    def _switched(self, index: int) -> None:
        if index < 0 or self._controller is None:
            return
        self._controller.flush_notes()
        left = self._shown
        if left is not None and left in self._pages:
            leaving = self._pages[left]
            leaving.leave()
            if leaving.card_lists():
                self._stale[left] = Change.ALL  # its rows were let go
        self._shown = PAGES[index].key
        self._refresh(self._shown)

    def retranslate(self) -> None:
        for index, page in enumerate(PAGES):
            self.tabs.setTabText(index, page.title())
