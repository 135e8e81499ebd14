"""A scrolling column of requirement cards that stays fast for thousands of requirements.

Cards are widgets (so each is reachable by keyboard and screen reader), but only as many as
the person has scrolled to exist: the first batch is shown at once and more are added as the
scroll bar nears the end. Widgets are reused between views instead of being rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from skill_ladder.domain.rating import Rating
from skill_ladder.services.views import RequirementView
from skill_ladder.ui.style import STYLE_SHEET
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.requirement_card import RequirementCard

BATCH = 12


class CardList(QScrollArea):
    rating_requested = Signal(str, object)
    note_edited = Signal(str, str)
    suggest_requested = Signal(str)
    painted = Signal()  # the first paint of a card after `set_cards`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool: list[RequirementCard] = []
        self._views: Sequence[RequirementView] = ()
        self._shown = 0
        self._show_role = True
        self._waiting_for_paint = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # A Tab stop that hands focus to the first card (or back past itself on Shift+Tab),
        # so the cards come right after the view switcher in the Tab order.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget(self)
        self._inner.setStyleSheet(STYLE_SHEET)  # for the cards only: see ui/style.py
        self._layout = QVBoxLayout(self._inner)
        self._layout.setSpacing(8)
        self._empty = plain_label(self._inner, wrap=True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.hide()
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._inner.installEventFilter(self)
        self.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._maybe_more())

    # -- content -----------------------------------------------------------------------
    def set_cards(
        self, views: Sequence[RequirementView], *, show_role: bool, empty_text: str = ""
    ) -> None:
        self.flush()
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self._views = views
        self._show_role = show_role
        self._shown = 0
        self._empty.setText(empty_text)
        self._empty.setVisible(not views and bool(empty_text))
        first = min(BATCH, len(views))
        for card in self._pool[first:]:  # the first batch is filled again in place: hiding
            card.hide()  # and showing it made Qt lay out and polish every card once more
        self._waiting_for_paint = True
        self._add(first)
        self.verticalScrollBar().setValue(0)
        if had_focus and views:  # keep the keyboard on the cards when the level changes
            self._pool[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def views(self) -> Sequence[RequirementView]:
        return self._views

    def cards(self) -> list[RequirementCard]:
        """The cards that exist now, in order (the first `shown` of the views)."""
        return self._pool[: self._shown]

    def card_for(self, key: str) -> RequirementCard | None:
        for index, view in enumerate(self._views):
            if view.key == key:
                self._add(index + 1 - self._shown)
                return self._pool[index]
        return None

    def update_rating(self, key: str, value: Rating | None, text_changed: bool) -> None:
        """Show a saved change, in the cards and in the views they were made from."""
        self._views = [
            replace(v, rating=value, text_changed=text_changed) if v.key == key else v
            for v in self._views
        ]
        for card in self.cards():
            if card.view is not None and card.view.key == key:
                card.update_view(replace(card.view, rating=value, text_changed=text_changed))

    def update_note(self, key: str, note: str) -> None:
        self._views = [replace(v, note=note) if v.key == key else v for v in self._views]
        for card in self.cards():
            if card.view is not None and card.view.key == key and card.view.note != note:
                card.update_view(replace(card.view, note=note))

    def focus_card(self, key: str) -> bool:
        card = self.card_for(key)
        if card is None:
            return False
        self.ensureWidgetVisible(card)
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def flush(self) -> None:
        for card in self.cards():
            card.flush()

    # -- building --------------------------------------------------------------------------
    def _card(self, index: int) -> RequirementCard:
        while len(self._pool) <= index:
            card = RequirementCard(self._inner)
            card.rating_requested.connect(self.rating_requested)
            card.note_edited.connect(self.note_edited)
            card.suggest_requested.connect(self.suggest_requested)
            card.installEventFilter(self)
            self._layout.insertWidget(self._layout.count() - 1, card)
            # Keep Tab order = visual order, right after this column in the window's chain.
            anchor: QWidget = self._pool[-1].tab_chain()[-1] if self._pool else self
            for widget in card.tab_chain():
                QWidget.setTabOrder(anchor, widget)
                anchor = widget
            self._pool.append(card)
        return self._pool[index]

    def _add(self, count: int) -> None:
        end = min(len(self._views), self._shown + max(0, count))
        for index in range(self._shown, end):
            card = self._card(index)
            card.set_view(self._views[index], show_role=self._show_role)
            card.show()
        self._shown = max(self._shown, end)

    def _maybe_more(self) -> None:
        bar = self.verticalScrollBar()
        if (
            self._shown < len(self._views)
            and bar.value() >= bar.maximum() - self.viewport().height()
        ):
            self._add(BATCH)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        cards = self.cards()
        if event.reason() == Qt.FocusReason.BacktabFocusReason or not cards:
            if event.reason() in (Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.TabFocusReason):
                self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)
            return
        cards[0].setFocus(event.reason())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            self._waiting_for_paint
            and event.type() == QEvent.Type.Paint
            and (isinstance(watched, RequirementCard) or not self._views)
        ):
            self._waiting_for_paint = False
            self.painted.emit()
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, RequirementCard):
            self.ensureWidgetVisible(watched)
        return super().eventFilter(watched, event)
