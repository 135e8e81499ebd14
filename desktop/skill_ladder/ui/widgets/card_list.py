"""A scrolling column of requirement cards that stays smooth for tens of thousands of them.

A virtual list: only the cards on screen (and a quarter screen above and below) are widgets,
a pool of `RequirementCard`s recycled as the list scrolls and placed by hand at their offset
in the column. Every row has a height: measured (`RequirementCard.height_for`) once it has
been on screen, estimated from its text's length until then; the scroll bar runs over the sum.
When a measured height differs from its estimate the rows above the top of the viewport keep
their place on screen (the first visible row is the anchor), so nothing jumps.

Why widgets and not a list view with a delegate: a card is a rating control, a note editor
and a button a person reaches by Tab and a screen reader names; a delegate would paint them
and need its own editor, focus and accessibility for each. A pool of real cards keeps all of
that as it was, at a cost that depends on the screen's height, not on the list's length.

Tab moves through a card's controls and on to the next card, which is scrolled in first when
it is not yet a widget (Shift+Tab likewise upwards); the card holding the focus stays a widget
while the list scrolls away from it, so a note being typed survives scrolling.
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QLabel, QWidget

from skill_ladder.domain.rating import Rating
from skill_ladder.services.views import RequirementView
from skill_ladder.ui.style import STYLE_SHEET
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.requirement_card import RequirementCard

MARGIN = 9  # around the column, as the layout of the scroll area it replaces had
SPACING = 8  # between two rows
OVERSCAN = 0.25  # of the viewport's height, made above and below what is on screen
SCROLL_STEP = 20  # pixels a scroll bar arrow (a third of a wheel notch) moves
HEADING_GAP = 6  # above a heading, apart from the cards before it

_CARD, _SKILL, _LEVEL = 0, 1, 2


class CardList(QAbstractScrollArea):
    rating_requested = Signal(str, object)
    note_edited = Signal(str, str)
    suggest_requested = Signal(str)
    painted = Signal()  # the first paint of a card after `set_cards`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: list[RequirementView] = []
        self._index_of: dict[str, int] = {}  # requirement key -> index in views
        self._show_role = True
        self._by_skill = False
        self._by_level = False
        self._read_only = False
        self._level_notes: dict[str, str] = {}
        # The rows: a kind, and the index of a view (a card) or a heading's text.
        self._kinds: list[int] = []
        self._data: list[int | str] = []
        self._row_of_view: list[int] = []
        self._heights: list[int] = []  # each with the spacing below it
        self._measured: list[bool] = []
        self._offsets: list[int] = [0]
        self._offsets_stale = False
        self._width = -1
        self._base: float | None = None  # a card's height without its text's extra lines
        self._char_width = 7.0
        self._live: dict[int, QWidget] = {}  # row -> its widget, now
        self._free_cards: list[RequirementCard] = []
        self._free_headings: list[QLabel] = []
        self._linked_after: dict[QWidget, QWidget] = {}  # a card -> what Tab reaches before it
        self._mode_of: dict[RequirementCard, tuple[bool, bool, bool]] = {}  # as it shows
        self._laying_out = False
        self._waiting_for_paint = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A Tab stop that hands focus to the first card (or back past itself on Shift+Tab),
        # so the cards come right after the view switcher in the Tab order.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalScrollBar().setSingleStep(SCROLL_STEP)
        port = self.viewport()
        port.setStyleSheet(STYLE_SHEET)  # for the cards only: see ui/style.py
        # Opaque, so that a scroll moves its pixels and paints only the strip that comes in
        # (see-through, every step repainted the window behind it).
        port.setBackgroundRole(QPalette.ColorRole.Window)
        port.setAutoFillBackground(True)
        self._empty = plain_label(self.viewport(), wrap=True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.hide()
        self._empty.installEventFilter(self)
        self.viewport().installEventFilter(self)  # an empty list is painted too
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Qt drops the connection when this list goes
            app.focusChanged.connect(self._focus_moved)
        self._remeasure = QTimer(self)  # dies with the list (a bare singleShot would not)
        self._remeasure.setSingleShot(True)
        self._remeasure.setInterval(0)
        self._remeasure.timeout.connect(self._measure_again)

    # -- content -----------------------------------------------------------------------
    def set_cards(
        self,
        views: Sequence[RequirementView],
        *,
        show_role: bool,
        empty_text: str = "",
        group_by_skill: bool = False,
        group_by_level: bool = False,
        level_notes: Mapping[str, str] | None = None,
    ) -> None:
        """Show `views` in their order. `group_by_skill` puts the skill's name as a heading
        before each run of its cards, `group_by_level` the level's name likewise (both: the
        one that changes less often is the outer heading); a card leaves out of its title
        what its headings say. `level_notes` adds a word to a level's heading (level key →
        "your estimate")."""
        self.flush()
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self._views = list(views)
        self._index_of = {view.key: n for n, view in enumerate(self._views)}
        self._show_role = show_role
        self._by_skill = group_by_skill
        self._by_level = group_by_level
        self._level_notes = dict(level_notes or {})
        self._build_rows()
        self._empty.setText(empty_text)
        self._empty.setVisible(not views and bool(empty_text))
        self._place_empty()
        self._waiting_for_paint = True
        for row in list(self._live):  # every widget is free for the new rows
            self._release(row)
        self._base = None
        # Every row is measured afresh below: a measuring again asked for by a language
        # switch before these cards came (the window words itself, then reads the content in
        # the new language) would only do it twice.
        self._remeasure.stop()
        self.verticalScrollBar().setValue(0)  # (not with signals blocked: the scroll area
        self._layout()  # keeps the offset it last heard of, and would scroll by a wrong step)
        if not views:
            self.viewport().update()
        if had_focus and views:  # keep the keyboard on the cards when the level changes
            card = self._live.get(self._row_of_view[0])
            if card is not None:
                card.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        """Nothing can be saved: every card, now and recycled later, shows without its
        rating steps, note editing and "Suggest" (`RequirementCard.set_read_only`)."""
        self._read_only = read_only
        for card in [*self.cards(), *self._free_cards]:
            card.set_read_only(read_only)

    def views(self) -> Sequence[RequirementView]:
        return self._views

    def cards(self) -> list[RequirementCard]:
        """The card widgets that exist now, in the list's order: those on screen or near it,
        and the one holding the focus."""
        return [
            widget
            for row, widget in sorted(self._live.items())
            if isinstance(widget, RequirementCard)
        ]

    def card_for(self, key: str) -> RequirementCard | None:
        """The card of `key` if it is a widget now (on screen or near it); `focus_card`
        brings any card of the list in."""
        index = self._index_of.get(key)
        if index is None:
            return None
        widget = self._live.get(self._row_of_view[index])
        return widget if isinstance(widget, RequirementCard) else None

    def update_rating(self, key: str, value: Rating | None, text_changed: bool) -> None:
        """Show a saved change, in the cards and in the views they were made from."""
        index = self._index_of.get(key)
        if index is None:
            return
        flag_moved = self._views[index].text_changed != text_changed
        self._views[index] = replace(self._views[index], rating=value, text_changed=text_changed)
        if flag_moved:  # its card is taller or shorter by the flag
            self._measured[self._row_of_view[index]] = False
        card = self.card_for(key)
        if card is not None and card.view is not None:
            card.update_view(replace(card.view, rating=value, text_changed=text_changed))

    def update_note(self, key: str, note: str) -> None:
        index = self._index_of.get(key)
        if index is None:
            return
        self._views[index] = replace(self._views[index], note=note)
        card = self.card_for(key)
        if card is not None and card.view is not None and card.view.note != note:
            card.update_view(replace(card.view, note=note))

    def focus_card(self, key: str) -> bool:
        index = self._index_of.get(key)
        if index is None:
            return False
        card = self._bring_in(self._row_of_view[index])
        if card is None:
            return False
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def flush(self) -> None:
        for card in self.cards():
            card.flush()

    # -- rows ------------------------------------------------------------------------------
    def _build_rows(self) -> None:
        kinds: list[int] = []
        data: list[int | str] = []
        self._row_of_view = []
        self._level_rows: dict[int, tuple[str, str]] = {}  # heading row -> level key, name
        outer_skill = self._by_skill and (
            not self._by_level or self._changes("skill") <= self._changes("level")
        )
        previous: RequirementView | None = None
        for index, view in enumerate(self._views):
            new_skill = self._by_skill and (previous is None or previous.skill != view.skill)
            new_level = self._by_level and (previous is None or previous.level != view.level)
            if outer_skill:
                new_level = new_level or (self._by_level and new_skill)
            else:
                new_skill = new_skill or (self._by_skill and new_level)
            level = self._level_heading(view.level, view.level_name)
            headings = [(_SKILL, view.skill_name, new_skill), (_LEVEL, level, new_level)]
            if not outer_skill:
                headings.reverse()
            for kind, text, wanted in headings:
                if wanted:
                    if kind == _LEVEL:
                        self._level_rows[len(kinds)] = (view.level, view.level_name)
                    kinds.append(kind)
                    data.append(text)
            self._row_of_view.append(len(kinds))
            kinds.append(_CARD)
            data.append(index)
            previous = view
        self._kinds, self._data = kinds, data
        sample = [v.text for v in self._views[:20] if v.text]
        if sample:
            metrics = self.fontMetrics()
            self._char_width = sum(metrics.horizontalAdvance(t) for t in sample) / sum(
                len(t) for t in sample
            )
        self._measured = [False] * len(kinds)
        self._heights = [0] * len(kinds)
        self._estimate_all()

    def _level_heading(self, key: str, name: str) -> str:
        note = self._level_notes.get(key)
        return f"{name} · {note}" if note else name

    def set_level_notes(self, level_notes: Mapping[str, str]) -> None:
        """Change the words on the level headings in place (the cards, their widgets and the
        focus stay): after a rating moved the estimate."""
        self._level_notes = dict(level_notes)
        for row, (key, name) in self._level_rows.items():
            text = self._level_heading(key, name)
            self._data[row] = text
            label = self._live.get(row)
            if isinstance(label, QLabel):
                label.setText(text)
                label.setAccessibleName(text)

    def _changes(self, field: str) -> int:
        return sum(
            1 for a, b in itertools.pairwise(self._views) if getattr(a, field) != getattr(b, field)
        )

    def _extra_lines(self, view: RequirementView) -> int:
        """How many more lines than one its text may take at the column's width."""
        width = max(1, self._width - 2 * 20)
        return max(0, math.ceil(len(view.text) * self._char_width * 1.05 / width) - 1)

    def _estimate_all(self) -> None:
        line = self.fontMetrics().lineSpacing()
        heading = self._heading_height(_SKILL)
        level_heading = self._heading_height(_LEVEL)
        base = self._base if self._base is not None else line * 4 + 40
        for row, kind in enumerate(self._kinds):
            if self._measured[row]:
                continue
            if kind == _CARD:
                view = self._views[self._data[row]]  # type: ignore[index]
                extra = self._extra_lines(view) + (2 if view.text_changed else 0)
                self._heights[row] = round(base) + extra * line + SPACING
            else:
                self._heights[row] = heading if kind == _SKILL else level_heading
        self._offsets_stale = True

    def _heading_height(self, kind: int) -> int:
        """An estimate until one is measured (the style sheet sets the headings' fonts)."""
        metrics = self.fontMetrics()
        return round(metrics.height() * (1.4 if kind == _LEVEL else 1.1)) + HEADING_GAP + SPACING

    def _offsets_now(self) -> list[int]:
        if self._offsets_stale:
            self._offsets = [0, *itertools.accumulate(self._heights)]
            self._offsets_stale = False
        return self._offsets

    # -- laying out ------------------------------------------------------------------------
    def _layout(self) -> None:
        """Make widgets for the rows on screen (and a margin), measure them, place them."""
        if self._laying_out:
            return
        self._laying_out = True
        try:
            width = max(1, self.viewport().width() - 2 * MARGIN)
            if width != self._width:
                self._width = width
                self._measured = [False] * len(self._kinds)
                self._base = None
                self._estimate_all()
            bar = self.verticalScrollBar()
            for _ in range(6):  # measured heights move the rows: settle in a few rounds
                offsets = self._offsets_now()
                value = bar.value()
                anchor = max(0, bisect.bisect_right(offsets, value) - 1)
                anchor_shift = value - offsets[anchor] if self._kinds else 0
                changed = self._materialize(value)
                if changed and self._base is None:
                    self._learn_base()
                offsets = self._offsets_now()
                self._set_range()
                if self._kinds and anchor < len(self._kinds):
                    target = offsets[anchor] + anchor_shift if value > 0 else 0
                    if target != bar.value():
                        bar.setValue(target)
                if not changed and bar.value() == value:
                    break
            self._place()
            self._link_tab_order()
        finally:
            self._laying_out = False

    def _set_range(self) -> None:
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        total = self._offsets_now()[-1] + 2 * MARGIN - (SPACING if self._kinds else 0)
        if bar.pageStep() != max(1, height):
            bar.setPageStep(max(1, height))
        if bar.maximum() != max(0, total - height) or bar.minimum() != 0:
            bar.setRange(0, max(0, total - height))

    def _visible_rows(self, value: int) -> range:
        offsets = self._offsets_now()
        if not self._kinds:
            return range(0)
        height = self.viewport().height()
        over = round(height * OVERSCAN)
        top = max(0, value - over - MARGIN)
        bottom = value + height + over
        first = max(0, bisect.bisect_right(offsets, top) - 1)
        last = min(len(self._kinds), bisect.bisect_left(offsets, bottom))
        return range(first, max(first + 1, last))

    def _focused_row(self) -> int | None:
        """The row whose card holds the keyboard focus (it stays a widget while scrolled)."""
        widget = QApplication.focusWidget()
        port = self.viewport()
        while widget is not None and widget.parentWidget() is not port:
            widget = widget.parentWidget()
        if widget is None:
            return None
        return next((row for row, w in self._live.items() if w is widget), None)

    def _materialize(self, value: int) -> bool:
        """Give a widget to each row in view, take it back from the others; True when a
        measured height differed from what the row had."""
        wanted = set(self._visible_rows(value))
        focused = self._focused_row()
        if focused is not None:
            wanted.add(focused)
        for row in [r for r in self._live if r not in wanted]:
            self._release(row)
        changed = False
        for row in sorted(wanted):
            widget = self._live.get(row)
            if widget is None:
                widget = self._take(row)
            if not self._measured[row]:
                if isinstance(widget, RequirementCard):
                    height = widget.height_for(self._width) + SPACING
                else:
                    height = widget.sizeHint().height() + HEADING_GAP + SPACING
                self._measured[row] = True
                if height != self._heights[row]:
                    self._heights[row] = height
                    self._offsets_stale = True
                    changed = True
        for widget in self._free_cards + self._free_headings:
            if not widget.isHidden():
                widget.hide()
        return changed

    def _learn_base(self) -> None:
        """From the first cards measured: a card's height less its text's extra lines, for
        the estimates of the rows not yet seen."""
        line = self.fontMetrics().lineSpacing()
        bases = [
            self._heights[row] - SPACING - self._extra_lines(widget.view) * line
            for row, widget in self._live.items()
            if isinstance(widget, RequirementCard) and widget.view is not None
        ]
        if bases:
            self._base = statistics.median(bases)
            self._estimate_all()

    def _take(self, row: int) -> QWidget:
        kind, data = self._kinds[row], self._data[row]
        widget: QWidget
        if kind == _CARD:
            assert isinstance(data, int)
            view = self._views[data]
            card = self._free_card_for(view)
            mode = (self._show_role, self._by_skill, self._by_level)
            if card.view is not view or self._mode_of.get(card) != mode:
                self._mode_of[card] = mode
                card.set_view(
                    view,
                    show_role=self._show_role,
                    show_skill=not self._by_skill,
                    show_level=not self._by_level,
                )
            widget = card
        else:
            label = self._free_headings.pop() if self._free_headings else self._new_heading()
            label.setObjectName("levelHeading" if kind == _LEVEL else "skillHeading")
            label.style().unpolish(label)
            label.style().polish(label)
            label.setText(str(data))
            label.setAccessibleName(str(data))
            widget = label
        self._live[row] = widget
        return widget

    def _free_card_for(self, view: RequirementView) -> RequirementCard:
        mode = (self._show_role, self._by_skill, self._by_level)
        for n, card in enumerate(self._free_cards):  # the one that showed it last: no work
            if card.view is view and self._mode_of.get(card) == mode:
                return self._free_cards.pop(n)
        if self._free_cards:
            return self._free_cards.pop()
        card = RequirementCard(self.viewport())
        card.set_read_only(self._read_only)
        card.rating_requested.connect(self.rating_requested)
        card.note_edited.connect(self.note_edited)
        card.suggest_requested.connect(self.suggest_requested)
        card.height_changed.connect(lambda c=card: self._card_height_changed(c))
        card.installEventFilter(self)  # for its first paint
        card.ensurePolished()  # styled before it is measured: the style sheet sets paddings
        card.hide()
        return card

    def _new_heading(self) -> QLabel:
        label = plain_label(self.viewport())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        label.installEventFilter(self)
        return label

    def _release(self, row: int) -> None:
        widget = self._live.pop(row)
        if isinstance(widget, RequirementCard):
            widget.flush()
            self._free_cards.append(widget)
        else:
            assert isinstance(widget, QLabel)
            self._free_headings.append(widget)

    def _place(self) -> None:
        offsets = self._offsets_now()
        value = self.verticalScrollBar().value()
        for row, widget in self._live.items():
            top = offsets[row] - value + MARGIN
            height = self._heights[row] - SPACING
            rect = QRect(MARGIN, top, self._width, height)
            if widget.geometry() != rect:
                widget.setGeometry(rect)
            if widget.isHidden():
                widget.show()

    def _link_tab_order(self) -> None:
        """Tab order = the order of the rows, right after this list (Shift+Tab from the
        control after the list lands on the last card made)."""
        anchor: QWidget = self
        for _, widget in sorted(self._live.items()):
            if not isinstance(widget, RequirementCard):
                continue
            chain = widget.tab_chain()
            if self._linked_after.get(widget) is not anchor:
                self._linked_after[widget] = anchor
                for step in chain:
                    QWidget.setTabOrder(anchor, step)
                    anchor = step
            anchor = chain[-1]

    def _card_height_changed(self, card: RequirementCard) -> None:
        row = next((r for r, w in self._live.items() if w is card), None)
        if row is None or self._laying_out:
            return
        self._measured[row] = False
        self._layout()

    def _place_empty(self) -> None:
        self._empty.setGeometry(self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))

    def _bring_in(self, row: int) -> RequirementCard | None:
        """Scroll so that `row` is on screen (as little as needed) and return its card."""
        bar = self.verticalScrollBar()
        for _ in range(3):  # the heights measured on the way may move it: check again
            offsets = self._offsets_now()
            top, bottom = offsets[row], offsets[row + 1] - SPACING + 2 * MARGIN
            height = self.viewport().height()
            value = bar.value()
            if top < value:
                bar.setValue(top)
            elif bottom > value + height:
                bar.setValue(min(top, bottom - height))
            self._layout()
            if bar.value() == value:
                break
        widget = self._live.get(row)
        return widget if isinstance(widget, RequirementCard) else None

    # -- events ------------------------------------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        """As QScrollArea does: the pixels on screen move (only the strip that comes in is
        painted), then the rows that came in get their cards."""
        if not self._laying_out:
            self.viewport().scroll(0, dy)  # moves the cards too
        self._layout()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_empty()
        self._layout()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._layout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            # Each card words itself on the same event: measured again once they have.
            self._remeasure.start()

    def _measure_again(self) -> None:
        self._measured = [False] * len(self._kinds)
        self._layout()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        reason = event.reason()
        if reason == Qt.FocusReason.BacktabFocusReason or not self._views:
            if reason in (Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.TabFocusReason):
                self._leave(forward=reason == Qt.FocusReason.TabFocusReason)
            return
        rows = self._visible_rows(self.verticalScrollBar().value())
        first = next((r for r in rows if self._kinds[r] == _CARD), self._row_of_view[0])
        top = self.verticalScrollBar().value()
        if self._offsets_now()[first] < top - MARGIN:  # half hidden above: the next one
            first = next((r for r in rows if r > first and self._kinds[r] == _CARD), first)
        card = self._bring_in(first)
        if card is not None:
            card.setFocus(reason)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        """Tab and Shift+Tab inside the list: through a card's controls, then to the next
        card (or the one before), brought on screen first; past the ends, out of the list."""
        focused = QApplication.focusWidget()
        row = self._focused_row()
        if focused is None or row is None or not self.isVisible():  # (Qt moving the focus
            return super().focusNextPrevChild(next)  # off a list being hidden, for one)
        card = self._live[row]
        assert isinstance(card, RequirementCard)
        chain = [w for w in card.tab_chain() if _takes_tab(w, self)]
        here = chain.index(focused) if focused in chain else 0
        step = here + (1 if next else -1)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        if 0 <= step < len(chain):
            chain[step].setFocus(reason)
            return True
        index = self._data[row]
        assert isinstance(index, int)
        neighbour = index + (1 if next else -1)
        if not 0 <= neighbour < len(self._views):
            return self._leave(forward=next)
        target = self._bring_in(self._row_of_view[neighbour])
        if target is None:
            return False
        stops = [w for w in target.tab_chain() if _takes_tab(w, self)]
        if not stops:
            return super().focusNextPrevChild(next)
        (stops[0] if next else stops[-1]).setFocus(reason)
        return True

    def _leave(self, *, forward: bool) -> bool:
        """Focus the first control outside this list, after it or before it in Tab order."""
        start: QWidget = self
        if forward:  # from the last control inside the list
            following = self.nextInFocusChain()
            while following is not None and self.isAncestorOf(following):
                start = following
                following = following.nextInFocusChain()
        widget = start.nextInFocusChain() if forward else self.previousInFocusChain()
        window = self.window()
        while widget is not None and widget is not start:
            if not self.isAncestorOf(widget) and widget is not self and _takes_tab(widget, window):
                reason = (
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                widget.setFocus(reason)
                return True
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        return False

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A card reached by the keyboard (Shift+Tab into the list: the last card made, maybe
        below the screen) or a click is brought fully on screen."""
        if new is None or self._laying_out or not self.viewport().isAncestorOf(new):
            return
        row = self._focused_row()
        if row is not None:
            self._bring_in(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            self._waiting_for_paint
            and event.type() == QEvent.Type.Paint
            and (
                isinstance(watched, RequirementCard)
                or watched is self._empty
                or watched in self._live.values()
                or (not self._views and watched is self.viewport())
            )
        ):
            self._waiting_for_paint = False
            self.painted.emit()
        return super().eventFilter(watched, event)


def _takes_tab(widget: QWidget, within: QWidget) -> bool:
    """As Qt's own Tab chain decides: a visible, enabled widget that takes Tab focus."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(within.window())
        and widget.window() is within.window()
    )
