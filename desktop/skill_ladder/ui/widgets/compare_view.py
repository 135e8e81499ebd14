"""The selected level beside the next one: what to cover to advance, required gaps first.

Side by side while a card's rating steps fit on one line in each column; narrower, the next
level goes under the current one, so a step ("Clear", "Borrar") never wraps alone onto a line
of its own."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from skill_ladder.services.views import Comparison
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.card_list import CardList
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.wording import fill


class CompareView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = CardList(self)
        self.next = CardList(self)
        self._current_title = plain_label(self, wrap=True)
        self._next_title = plain_label(self, wrap=True)
        for title in (self._current_title, self._next_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.side_by_side = True
        self._place(side_by_side=True)
        self._check = QTimer(self)  # once the cards are laid out at their new width
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self._arrange)
        self._comparison: Comparison | None = None
        self._names: dict[str, str] = {}
        self._show_role = True
        self.retranslate_ui()

    # -- arrangement ---------------------------------------------------------------------------
    def _place(self, *, side_by_side: bool) -> None:
        grid = self._grid
        for widget in (self._current_title, self.current, self._next_title, self.next):
            grid.removeWidget(widget)
        for index in range(4):
            grid.setColumnStretch(index, 0)
            grid.setRowStretch(index, 0)
        if side_by_side:
            grid.addWidget(self._current_title, 0, 0)
            grid.addWidget(self._next_title, 0, 1)
            grid.addWidget(self.current, 1, 0)
            grid.addWidget(self.next, 1, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(1, 1)
        else:
            grid.addWidget(self._current_title, 0, 0)
            grid.addWidget(self.current, 1, 0)
            grid.addWidget(self._next_title, 2, 0)
            grid.addWidget(self.next, 3, 0)
            grid.setColumnStretch(0, 1)
            grid.setRowStretch(1, 1)
            grid.setRowStretch(3, 1)
        self.side_by_side = side_by_side

    def column_needed(self) -> int | None:
        """The width a column needs for a card's rating steps on one row (what is around a
        card in its list, plus the card's width for one row), or None with no card."""
        for cards in (self.current, self.next):
            shown = [card for card in cards.cards() if card.isVisible() and card.width() > 0]
            if not shown:
                continue
            around = cards.width() - shown[0].width()
            bar = cards.verticalScrollBar()
            if not bar.isVisible():  # it may come with the other arrangement
                around += bar.sizeHint().width()
            return around + shown[0].width_for_one_row()
        return None

    def _arrange(self) -> None:
        needed = self.column_needed()
        if needed is None:
            return
        room = (self.width() - self._grid.horizontalSpacing()) // 2
        side_by_side = room >= needed
        if side_by_side != self.side_by_side:
            self._place(side_by_side=side_by_side)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._check.start()

    def set_comparison(
        self, comparison: Comparison, names: dict[str, str], show_role: bool
    ) -> None:
        self._comparison = comparison
        self._names = names
        self._show_role = show_role
        self.current.set_cards(
            comparison.current,
            show_role=show_role,
            empty_text=self.tr("Nothing expected at this level."),
        )
        self.next.set_cards(
            comparison.next,
            show_role=show_role,
            empty_text=self.tr("This is the top of the ladder.")
            if comparison.next_level is None
            else self.tr("Nothing expected at the next level."),
        )
        self._word()
        self._check.start()

    def _word(self) -> None:
        comparison = self._comparison
        if comparison is None:
            return
        self._current_title.setText(fill(self.tr("Now: %1"), self._names.get(comparison.level, "")))
        if comparison.next_level is None:
            self._next_title.setText(self.tr("Next level: none"))
        else:
            self._next_title.setText(
                fill(
                    self.tr("To advance to %1 (required gaps first)"),
                    self._names.get(comparison.next_level, ""),
                )
            )

    def retranslate_ui(self) -> None:
        self.current.setAccessibleName(self.tr("Requirements at the selected level"))
        self.next.setAccessibleName(self.tr("Requirements at the next level"))
        self._word()
        self._check.start()  # other words, other widths
