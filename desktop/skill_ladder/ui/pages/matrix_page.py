"""Matrix: roles × levels (or skills × levels) coloured by my ratings; a click opens a card.
It does not depend on the level: moving the slider leaves it as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.window_state import Change, Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from skill_ladder.ui.widgets.matrix_view import MatrixView

translate = QCoreApplication.translate


class MatrixPage(Page):
    key = "matrix"
    depends = CONTENT | Change.ROLE | Change.RATINGS

    @staticmethod
    def title() -> str:
        return translate("Pages", "Matrix")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "&Matrix")

    def build(self, parent: QWidget) -> QWidget:
        from skill_ladder.ui.widgets.matrix_view import MatrixView

        self.view: MatrixView = MatrixView(parent)
        self.view.cell_opened.connect(self.controller.open_cell)
        return self.view

    def refresh(self, now: Snapshot, changes: Change) -> None:
        scope = now.scope
        if scope is None:
            self.view.set_matrix(None)
        else:
            self.view.set_matrix(
                self.controller.read(
                    lambda services: services.board.matrix(scope, now.role, now.language)
                )
            )
        self.controller.painted()
