"""The selected level beside the next one: what to cover to advance, required gaps first."""

from __future__ import annotations

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
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._current_title, 0, 0)
        layout.addWidget(self._next_title, 0, 1)
        layout.addWidget(self.current, 1, 0)
        layout.addWidget(self.next, 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self._comparison: Comparison | None = None
        self._names: dict[str, str] = {}
        self._show_role = True
        self.retranslate_ui()

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
