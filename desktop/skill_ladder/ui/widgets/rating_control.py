"""The four-step self-rating control: Not yet · Working towards · Meets · Exceeds, and clear."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QWidget

from skill_ladder.domain.rating import Rating
from skill_ladder.rating_words import rating_label
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.flow_layout import FlowLayout
from skill_ladder.wording import fill


class RatingControl(Retranslatable, QWidget):
    """Checkable buttons, one per step; clicking the checked one again keeps it (use Clear).

    `rated(value)` is emitted for a person's click only, never for `set_rating`.
    """

    rated = Signal(object)  # Rating | None

    def __init__(self, parent: QWidget | None = None, *, fit_height: bool = True) -> None:
        """`fit_height=False`: the owner places the control at `height_for(width)` itself
        (a card does), so it sets no minimum height of its own."""
        super().__init__(parent)
        self._fit_height = fit_height
        layout = FlowLayout(self, spacing=4)
        self._flow = layout  # wraps in a narrow column instead of scrolling
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[Rating, QToolButton] = {}
        for rating in Rating:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setProperty("rating", int(rating))
            self._group.addButton(button, int(rating))
            self._buttons[rating] = button
            layout.addWidget(button)
        self._clear = QToolButton(self)
        self._clear.setAutoRaise(True)
        layout.addWidget(self._clear)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._value: Rating | None = None
        for step in self.tab_chain():
            step.installEventFilter(self)
        self._group.idClicked.connect(self._clicked)
        self._clear.clicked.connect(lambda: self._choose(None))
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Ask for the height of the lines the buttons take at this width: the card's layout,
        inside a scroll area, does not ask for height-for-width itself (as `labels`)."""
        super().resizeEvent(event)
        self._fit(event.size().width())

    def one_line_width(self) -> int:
        """The width that holds every step on one line."""
        return self._flow.sizeHint().width()

    def height_for(self, width: int) -> int:
        """The height of the lines the steps take at `width`."""
        return self._flow.heightForWidth(width)

    def _fit(self, width: int) -> None:
        if not self._fit_height:
            return
        layout = self.layout()
        needed = 0 if layout is None else layout.heightForWidth(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def retranslate_ui(self) -> None:
        for rating, button in self._buttons.items():
            label = rating_label(rating)
            button.setText(label)
            button.setAccessibleName(label)
            button.setToolTip(fill(self.tr("Rate “%1” (key %2)"), label, int(rating)))
        self._clear.setText(self.tr("Clear"))
        self._clear.setAccessibleName(self.tr("Clear rating"))
        self._clear.setToolTip(self.tr("Back to not rated (Delete)"))
        self.setAccessibleName(self.tr("Your rating"))
        if self.isVisible():  # other words, other widths: maybe one line fewer, or more
            self._fit(self.width())

    def value(self) -> Rating | None:
        return self._value

    def set_rating(self, value: Rating | None) -> None:
        self._value = value
        for rating, button in self._buttons.items():
            button.setChecked(rating == value)
        self._clear.setEnabled(value is not None)

    def tab_chain(self) -> list[QWidget]:
        return [*self._buttons.values(), self._clear]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Left and Right move between the steps: the control is one Tab stop."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
            chain = [b for b in self.tab_chain() if b.isEnabled()]
            if step is not None and isinstance(watched, QWidget) and watched in chain:
                index = chain.index(watched)
                chain[max(0, min(len(chain) - 1, index + step))].setFocus(
                    Qt.FocusReason.OtherFocusReason
                )
                return True
        return super().eventFilter(watched, event)

    def button(self, rating: Rating) -> QToolButton:
        return self._buttons[rating]

    def _clicked(self, button_id: int) -> None:
        self._choose(Rating(button_id))

    def _choose(self, value: Rating | None) -> None:
        self.set_rating(value)  # a second click on the checked step keeps it checked
        self.rated.emit(value)
