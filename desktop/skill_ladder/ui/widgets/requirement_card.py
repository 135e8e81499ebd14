"""One expectation card: skill · role · level, a Required/Optional badge, the description, the
person's rating and their evidence note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.domain.rating import Rating
from skill_ladder.rating_words import rating_label, required_label
from skill_ladder.services.views import RequirementView
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.rating_control import RatingControl
from skill_ladder.wording import fill

NOTE_SAVE_DELAY_MS = 600
_RATING_KEYS = {
    Qt.Key.Key_0: Rating.NOT_YET,
    Qt.Key.Key_1: Rating.WORKING_TOWARDS,
    Qt.Key.Key_2: Rating.MEETS,
    Qt.Key.Key_3: Rating.EXCEEDS,
}


class _NoteEdit(QPlainTextEdit):
    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_left.emit()


class RequirementCard(Retranslatable, QFrame):
    """Emits requests; the owner saves them through the services and reports the outcome."""

    rating_requested = Signal(str, object)  # requirement key, Rating | None
    note_edited = Signal(str, str)  # requirement key, note
    suggest_requested = Signal(str)  # requirement key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._view: RequirementView | None = None
        self._saved_note = ""

        self._title = plain_label(self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._badge = plain_label(self)
        self._badge.setObjectName("badge")
        self._flag = plain_label(self, wrap=True)
        self._flag.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._flag.setObjectName("changedFlag")
        self._fallback = plain_label(self)
        self._fallback.setObjectName("fallbackMarker")
        self._description = plain_label(self, wrap=True, selectable=True)
        self._description.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.rating = RatingControl(self)
        self.note = _NoteEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self._suggest = QToolButton(self)
        self._suggest.setAutoRaise(True)

        self._title.setWordWrap(True)
        self._title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._fallback, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._suggest)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._flag)
        layout.addWidget(self._description)
        layout.addWidget(self.rating)
        layout.addWidget(self.note)
        layout.addLayout(bottom)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self._save_note)
        self.note.textChanged.connect(self._note_timer.start)
        self.note.focus_left.connect(self._save_note)
        self.rating.rated.connect(self._rated)
        self._suggest.clicked.connect(self._request_suggestion)
        self._description.installEventFilter(self)
        self.retranslate_ui()

    # -- content -------------------------------------------------------------------------
    @property
    def view(self) -> RequirementView | None:
        return self._view

    def set_view(self, view: RequirementView, *, show_role: bool = True) -> None:
        """Show `view`; a note still being typed for another requirement is saved first."""
        self._save_note()
        self._view = view
        self._show_role = show_role
        self._description.setText(view.text)
        self.rating.set_rating(view.rating)
        self._set_note_silently(view.note)
        self._flag.setVisible(view.text_changed)
        self._fallback.setVisible(view.text_is_fallback)
        self._badge.setProperty("required", view.required)
        self._badge.style().unpolish(self._badge)
        self._badge.style().polish(self._badge)
        self._word_view()

    def update_view(self, view: RequirementView) -> None:
        """The same requirement after a saved change: rating, flag and note; a note being
        typed here is left alone."""
        self._view = view
        self.rating.set_rating(view.rating)
        self._flag.setVisible(view.text_changed)
        if not self.note.hasFocus():
            self._set_note_silently(view.note)
        else:
            self._saved_note = view.note
        self._word_view()

    def _set_note_silently(self, note: str) -> None:
        self.note.blockSignals(True)
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        self.note.blockSignals(False)
        self._saved_note = note
        self._note_timer.stop()

    def _word_view(self) -> None:
        view = self._view
        if view is None:
            return
        parts = [view.skill_name]
        if self._show_role and view.role_name:
            parts.append(view.role_name)
        parts.append(view.level_name)
        title = " · ".join(p for p in parts if p)
        self._title.setText(title)
        badge = required_label(view.required)
        self._badge.setText(badge.upper())
        rating = rating_label(self.rating.value())
        self.setAccessibleName(fill(self.tr("%1, %2, %3"), title, badge, rating))
        self.setAccessibleDescription(view.text)
        self._description.setAccessibleName(self.tr("Description"))

    def retranslate_ui(self) -> None:
        self.note.setPlaceholderText(self.tr("Evidence note: what shows you meet this…"))
        self.note.setAccessibleName(self.tr("Evidence note"))
        self._suggest.setText(self.tr("Suggest a change…"))
        self._suggest.setAccessibleName(self.tr("Suggest a change to this description"))
        self._flag.setText(
            self.tr("The description changed since you rated it: read it again and re-rate.")
        )
        self._fallback.setText(self.tr("(English)"))
        self._fallback.setToolTip(self.tr("This text has no translation yet; shown in English."))
        self._word_view()

    # -- behaviour -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """0–3 rate the card, Delete or Backspace clears it (not while typing a note)."""
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and self._view is not None:
            if key in _RATING_KEYS:
                self.rating.set_rating(_RATING_KEYS[key])
                self._rated(_RATING_KEYS[key])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.rating.set_rating(None)
                self._rated(None)
                return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Selecting text in the description focuses the label; keep keys 0-3 working there.
        if watched is self._description and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if Qt.Key(event.key()) in (*_RATING_KEYS, Qt.Key.Key_Delete):
                self.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def _rated(self, value: Rating | None) -> None:
        self._word_view()
        if self._view is not None:
            self.rating_requested.emit(self._view.key, value)

    def _save_note(self) -> None:
        self._note_timer.stop()
        if self._view is None:
            return
        text = self.note.toPlainText()
        if text != self._saved_note:
            self._saved_note = text
            self.note_edited.emit(self._view.key, text)

    def _request_suggestion(self) -> None:
        if self._view is not None:
            self.suggest_requested.emit(self._view.key)

    def tab_chain(self) -> list[QWidget]:
        """The card and its controls in Tab order."""
        return [self, *self.rating.tab_chain(), self.note, self._suggest]

    def flush(self) -> None:
        """Save a note still waiting for its timer (before a view change or closing)."""
        self._save_note()
