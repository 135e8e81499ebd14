"""One expectation card: skill · role · level, a Required/Optional badge, the description, the
person's rating and their evidence note.

Compact: a one-line requirement is its title line, its text and one row of controls (the
rating steps, the note field and "Suggest a change…"). The note field is one line until it is
focused or holds a note; then it opens to three lines on a row of its own.

The card places its children itself (`_arrange`) instead of through a QLayout: the card list
(`CardList`) asks for the height a card needs at a width (`height_for`) for every card it
recycles while scrolling, and a layout of wrapped labels inside a scroll area answers that
only after a round of posted layout requests (and kept stale minimum heights, see `labels`).
One function places the children and measures, so what is measured is what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QToolButton, QWidget

from skill_ladder.domain.rating import Rating
from skill_ladder.rating_words import rating_label, required_label
from skill_ladder.services.views import RequirementView
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.rating_control import RatingControl
from skill_ladder.wording import fill

NOTE_SAVE_DELAY_MS = 600
NOTE_MIN_WIDTH = 160  # narrower than this beside the rating steps, the note gets its own row
PADDING = 8  # inside the card's frame
ROW_GAP = 4  # between the rows of a card
COLUMN_GAP = 8  # between the controls of a row
_RATING_KEYS = {
    Qt.Key.Key_0: Rating.NOT_YET,
    Qt.Key.Key_1: Rating.WORKING_TOWARDS,
    Qt.Key.Key_2: Rating.MEETS,
    Qt.Key.Key_3: Rating.EXCEEDS,
}


class _NoteEdit(QPlainTextEdit):
    focus_entered = Signal()
    focus_left = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_entered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_left.emit()


def _text_height(label: QLabel, width: int) -> int:
    """The height of a wrapped plain-text label's text at `width`, measured as QLabel lays
    out plain text (ten times cheaper than asking a selectable label's text document)."""
    margins = label.contentsMargins()
    inner = max(1, width - margins.left() - margins.right() - 2 * label.margin())
    flags = int(Qt.TextFlag.TextWordWrap.value) | int(label.alignment().value)
    text = label.fontMetrics().boundingRect(QRect(0, 0, inner, 1 << 20), flags, label.text())
    return text.height() + margins.top() + margins.bottom() + 2 * label.margin()


def _wrapped_label(parent: QWidget, *, selectable: bool = False) -> QLabel:
    """A plain-text label that wraps; its height comes from `_text_height` (no minimum
    height is set on it, so the answer is never stale)."""
    label = plain_label(parent, selectable=selectable)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class RequirementCard(Retranslatable, QFrame):
    """Emits requests; the owner saves them through the services and reports the outcome."""

    rating_requested = Signal(str, object)  # requirement key, Rating | None
    note_edited = Signal(str, str)  # requirement key, note
    suggest_requested = Signal(str)  # requirement key
    height_changed = Signal()  # its content needs another height at its width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view: RequirementView | None = None
        self._saved_note = ""
        self._show_role = True
        self._show_skill = True
        self._show_level = True

        self._title = _wrapped_label(self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._badge = plain_label(self)
        self._badge.setObjectName("badge")
        self._flag = _wrapped_label(self)
        self._flag.setObjectName("changedFlag")
        self._fallback = plain_label(self)
        self._fallback.setObjectName("fallbackMarker")
        self._description = _wrapped_label(self, selectable=True)
        self.rating = RatingControl(self, fit_height=False)
        self.note = _NoteEdit(self)
        self.note.setTabChangesFocus(True)
        self._suggest = QToolButton(self)
        self._suggest.setAutoRaise(True)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self._save_note)
        self.note.textChanged.connect(self._note_typed)
        self.note.focus_left.connect(self._save_note)
        self.note.focus_left.connect(self._content_changed)
        self.note.focus_entered.connect(self._content_changed)
        self.rating.rated.connect(self._rated)
        self._suggest.clicked.connect(self._request_suggestion)
        self._description.installEventFilter(self)
        self._note_open = False
        self._relayout_pending = False  # a language change placed it again after the loop turns
        self._measured: tuple[int, int] | None = None  # (width, height) of the last measure
        self._text_heights: dict[tuple[int, int], int] = {}  # (label, width) -> height
        self.retranslate_ui()

    # -- content -------------------------------------------------------------------------
    @property
    def view(self) -> RequirementView | None:
        return self._view

    def set_view(
        self,
        view: RequirementView,
        *,
        show_role: bool = True,
        show_skill: bool = True,
        show_level: bool = True,
    ) -> None:
        """Show `view`; a note still being typed for another requirement is saved first.
        `show_skill` and `show_level` leave out of the title what a heading above says."""
        self._save_note()
        self._view = view
        self._show_role = show_role
        self._show_skill = show_skill
        self._show_level = show_level
        self._description.setText(view.text)
        self.rating.set_rating(view.rating)
        self._set_note_silently(view.note)
        self._fallback.setVisible(view.text_is_fallback)
        if self._badge.property("required") != view.required:
            self._badge.setProperty("required", view.required)
            self._badge.style().unpolish(self._badge)
            self._badge.style().polish(self._badge)
        self._word_view()
        self._content_changed()

    def update_view(self, view: RequirementView) -> None:
        """The same requirement after a saved change: rating, flag and note; a note being
        typed here is left alone."""
        before, self._view = self._view, view
        self.rating.set_rating(view.rating)
        note_changed = False
        if not self.note.hasFocus():
            note_changed = self.note.toPlainText() != view.note
            self._set_note_silently(view.note)
        else:
            self._saved_note = view.note
        self._word_view()
        if before is None or note_changed or before.text_changed != view.text_changed:
            self._content_changed()
        # else only a step's checked state and the card's accessible name changed: the
        # card keeps its shape (measuring it again was a third of a click's time)

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
        shown = [
            part
            for part, show in (
                (view.skill_name, self._show_skill),
                (view.role_name, self._show_role),
                (view.level_name, self._show_level),
            )
            if show and part
        ]
        self._title.setText(" · ".join(shown))
        badge = required_label(view.required)
        self._badge.setText(badge.upper())
        rating = rating_label(self.rating.value())
        self.setAccessibleName(fill(self.tr("%1, %2, %3"), title, badge, rating))
        self.setAccessibleDescription(view.text)
        self._description.setAccessibleName(self.tr("Description"))

    def set_read_only(self, read_only: bool) -> None:
        """Nothing can be saved (issue 15): the rating steps, the note and "Suggest" are off;
        the text and the note stay readable and selectable."""
        self.rating.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        self._suggest.setEnabled(not read_only)

    def retranslate_ui(self) -> None:
        self._placeholder = self.tr("Evidence note: what shows you meet this…")
        self._short_placeholder = self.tr("Evidence note…")
        self._fit_placeholder()  # the short one while the note is closed, placed or not
        self.note.setAccessibleName(self.tr("Evidence note"))
        self._suggest.setText(self.tr("Suggest a change…"))
        self._suggest.setAccessibleName(self.tr("Suggest a change to this description"))
        self._flag.setText(
            self.tr("The description changed since you rated it: read it again and re-rate.")
        )
        self._fallback.setText(self.tr("(English)"))
        self._fallback.setToolTip(self.tr("This text has no translation yet; shown in English."))
        self._word_view()
        # Placed again once, after the event loop turns: a language switch also gives the
        # card its new texts (`set_view`), and a card put away in the pool needs no place.
        self._measured = None
        self._text_heights.clear()
        if self.isVisible() and not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        if self._relayout_pending:
            self._content_changed()

    # -- placing the children ----------------------------------------------------------------
    def width_for_one_row(self) -> int:
        """The card's width at which its rating steps and "Suggest a change…" share one row
        (narrower, the steps wrap over the whole width)."""
        inner = self.rating.one_line_width() + COLUMN_GAP + self._suggest.sizeHint().width()
        return inner + 2 * (self.frameWidth() + PADDING)

    def height_for(self, width: int) -> int:
        """The height this card needs at `width`, as `_arrange` would place it."""
        if self._measured is None or self._measured[0] != width:
            self._measured = (width, self._arrange(width, place=False))
        return self._measured[1]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(event.size().width(), place=True)

    def _content_changed(self) -> None:
        """Texts, flag or note field changed: placed again now, and the owner told when the
        card needs another height."""
        self._relayout_pending = False
        self._note_open = self.note.hasFocus() or bool(self.note.toPlainText())
        # Closed, one line: no room for arrows, and the placeholder must not wrap out of it.
        self.note.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self._note_open
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.note.setLineWrapMode(
            QPlainTextEdit.LineWrapMode.WidgetWidth
            if self._note_open
            else QPlainTextEdit.LineWrapMode.NoWrap
        )
        self._measured = None
        self._text_heights.clear()
        width = self.width()
        if self.height_for(width) != self.height():
            self.height_changed.emit()  # the owner gives it that height: placed on resize
        else:
            self._arrange(width, place=True)
        self._fit_placeholder()

    def _text_height_of(self, label: QLabel, width: int) -> int:
        """`_text_height`, kept until the texts change: a card is measured, then placed."""
        key = (id(label), width)
        height = self._text_heights.get(key)
        if height is None:
            height = self._text_heights[key] = _text_height(label, width)
        return height

    def _note_heights(self) -> tuple[int, int]:
        """The note field's height closed (one line) and open (three lines)."""
        line = self.note.fontMetrics().lineSpacing()
        frame = 2 * self.note.frameWidth() + 2 * int(self.note.document().documentMargin())
        return line + frame, line * 3 + frame

    def _arrange(self, width: int, *, place: bool) -> int:
        view = self._view
        frame = self.frameWidth()
        left = frame + PADDING
        inner = max(1, width - 2 * left)
        y = frame + PADDING
        geometry: list[tuple[QWidget, QRect | None]] = []

        def put(widget: QWidget, rect: QRect | None) -> None:
            geometry.append((widget, rect))

        # Title line: the title, "(English)" and the badge on the right.
        badge = self._badge.sizeHint()
        fallback = self._fallback.sizeHint() if view is not None and view.text_is_fallback else None
        right = inner - badge.width()
        if fallback is not None:
            right -= fallback.width() + COLUMN_GAP
        has_title = bool(self._title.text())
        if has_title:
            title_width = max(1, right - COLUMN_GAP)
            title_height = self._text_height_of(self._title, title_width)
            line = max(title_height, badge.height())
            put(self._title, QRect(left, y, title_width, title_height))
            top_line_y = y
            y += line + ROW_GAP
            text_width = inner
        else:  # no title (headings above say it all): the badge sits beside the text
            put(self._title, None)
            top_line_y = y
            text_width = max(1, right - COLUMN_GAP)
        put(
            self._badge,
            QRect(left + inner - badge.width(), top_line_y, badge.width(), badge.height()),
        )
        if fallback is not None:
            x = left + inner - badge.width() - COLUMN_GAP - fallback.width()
            put(self._fallback, QRect(x, top_line_y, fallback.width(), fallback.height()))
        else:
            put(self._fallback, None)

        if view is not None and view.text_changed:
            flag_height = self._text_height_of(self._flag, inner)
            put(self._flag, QRect(left, y, inner, flag_height))
            y += flag_height + ROW_GAP
        else:
            put(self._flag, None)
        text_height = self._text_height_of(self._description, text_width)
        put(self._description, QRect(left, y, text_width, text_height))
        if has_title:
            y += text_height + ROW_GAP
        else:
            y += max(text_height, badge.height()) + ROW_GAP

        # One row of controls: the rating steps, the note field (closed) and "Suggest".
        steps = self.rating.one_line_width()
        suggest = self._suggest.sizeHint()
        closed, opened = self._note_heights()
        if steps + COLUMN_GAP + suggest.width() <= inner:
            steps_width = steps
            room = inner - steps - suggest.width() - 2 * COLUMN_GAP
            note_beside = not self._note_open and room >= NOTE_MIN_WIDTH
        else:  # narrow: the steps wrap over the whole width; note and Suggest on a row below
            steps_width = inner
            note_beside = False
        steps_height = self.rating.height_for(steps_width)
        suggest_below = steps_width == inner
        row = max(steps_height, suggest.height() if not suggest_below else 0)
        if note_beside:
            row = max(row, closed)
        put(self.rating, QRect(left, y, steps_width, steps_height))
        if not suggest_below:
            put(self._suggest, QRect(left + inner - suggest.width(), y, *suggest.toTuple()))
        if note_beside:
            x = left + steps_width + COLUMN_GAP
            put(
                self.note,
                QRect(x, y, inner - steps_width - suggest.width() - 2 * COLUMN_GAP, closed),
            )
        y += row + ROW_GAP
        if not note_beside:
            note_height = opened if self._note_open else closed
            # Suggest beside the note when both fit, else on a row of its own below it.
            suggest_beside = (
                suggest_below and inner - suggest.width() - COLUMN_GAP >= NOTE_MIN_WIDTH
            )
            note_width = inner - (suggest.width() + COLUMN_GAP if suggest_beside else 0)
            put(self.note, QRect(left, y, note_width, note_height))
            if suggest_beside:
                put(self._suggest, QRect(left + inner - suggest.width(), y, *suggest.toTuple()))
                y += max(note_height, suggest.height()) + ROW_GAP
            else:
                y += note_height + ROW_GAP
                if suggest_below:
                    put(self._suggest, QRect(left, y, *suggest.toTuple()))
                    y += suggest.height() + ROW_GAP
        height = y - ROW_GAP + PADDING + frame
        if place:
            for widget, rect in geometry:
                if rect is None:
                    widget.setVisible(False)
                else:
                    widget.setGeometry(rect)
                    widget.setVisible(True)
            self._fit_placeholder()
        return height

    def _fit_placeholder(self) -> None:
        """Qt wraps a placeholder whatever the wrap mode: the closed line gets a short one
        (not an elided one, which would change with the card's width)."""
        text = self._placeholder if self._note_open else self._short_placeholder
        if self.note.placeholderText() != text:
            self.note.setPlaceholderText(text)

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

    def _note_typed(self) -> None:
        self._note_timer.start()
        if not self._note_open and self.note.toPlainText():
            self._content_changed()

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
