"""How the window looks beyond the platform's style: the few style rules the requirement cards
need, and a focus ring that can be seen on every control. Both take their colours from the
palette, so light and dark both work.

The card rules are set on each card list (`CardList`, on its viewport), not on the application: a
style sheet on the application puts every widget of the window through Qt's style-sheet style,
which cost about 18 ms of the start before the cards were painted, and 3 ms before the first
paint (issue 8). Every rule here is about a card's own widgets.

The focus ring (`FocusStyle`) is a proxy over the platform's style instead of a style sheet,
for the same reason: it changes only how focus is drawn, and leaves every other pixel and size
to the platform (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

STYLE_SHEET = """
QLabel#badge {
    border-radius: 9px;
    padding: 1px 8px;
    font-weight: bold;
    border: 1px solid palette(mid);
}
QLabel#badge[required="true"] {
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
}
QLabel#changedFlag {
    color: palette(link);
    font-style: italic;
}
QLabel#fallbackMarker {
    color: palette(placeholder-text);
    font-style: italic;
}
QFrame#requirementCard:focus {
    border: 2px solid palette(highlight);
}
QLabel#skillHeading {
    font-weight: bold;
    color: palette(text);
    border-bottom: 1px solid palette(mid);
    padding: 0px 2px 2px 2px;
}
QLabel#levelHeading {
    font-weight: bold;
    font-size: 13pt;
    color: palette(text);
    padding: 0px 2px 2px 2px;
}
RatingControl QToolButton {
    padding: 3px 8px;
}
RatingControl QToolButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 3px;
}
RatingControl QToolButton:focus {
    border: 2px solid palette(highlight);
    border-radius: 3px;
    padding: 2px 7px;
}
RatingControl QToolButton:checked:focus {
    border: 2px solid palette(text);
}
"""

# An item view's frame is one pixel wide in most styles: too thin for a focus ring drawn by
# `FocusStyle`. Views that take the keyboard for long (the profile tree) get a frame with
# room for it; the width stays the same focused or not, so nothing moves.
ITEM_VIEW_FOCUS_STYLE_SHEET = """
QAbstractItemView {
    border: 1px solid palette(mid);
    padding: 1px;
}
QAbstractItemView:focus {
    border: 2px solid palette(highlight);
    padding: 0px;
}
"""

FOCUS_WIDTH = 2
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_KEYBOARD = QStyle.StateFlag.State_KeyboardFocusChange
_FOCUS_RECT = QStyle.PrimitiveElement.PE_FrameFocusRect
_FRAME = QStyle.PrimitiveElement.PE_Frame
_TAB_SHAPE = QStyle.ControlElement.CE_TabBarTabShape
# Drawn by the platform style with a focus hint that is hard to see: the ring goes on top.
_AFTER_PRIMITIVES = frozenset(
    {
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_PanelButtonBevel,
        _FRAME,
    }
)


def focus_colour(palette: QPalette, on: QColor | None = None) -> QColor:
    """The ring's colour: the highlight, or where it would vanish (on a selected item, which
    is filled with the highlight) the text colour drawn on the highlight."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if on is not None and on.isValid() and on.alpha() > 0 and _close(on, highlight):
        return palette.color(QPalette.ColorRole.HighlightedText)
    return highlight


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


class FocusStyle(QProxyStyle):
    """The platform's style, with the keyboard focus drawn as a 2-pixel ring in the highlight
    colour: on the focus rectangles every style asks for (item views' current item, check
    boxes, combo boxes), on push buttons and tabs, and around a focused item view or list.

    Every element drawn passes through here (about 9 µs each in Python, some 200 on a whole
    window's repaint): the common case is one identity test and the platform's drawing."""

    def drawPrimitive(  # noqa: N802
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is _FOCUS_RECT:
            if option.state & _KEYBOARD:
                background = getattr(option, "backgroundColor", None)
                _ring(painter, option, focus_colour(option.palette, background), inset=0)
            return  # as the platform, nothing after a mouse click: the pointer shows the place
        super().drawPrimitive(element, option, painter, widget)
        if element not in _AFTER_PRIMITIVES:
            return
        state = option.state
        if not state & _HAS_FOCUS:
            return
        if element is _FRAME:
            if widget is not None and widget.hasFocus():  # an item view with the keyboard in it
                _ring(painter, option, focus_colour(option.palette), inset=0)
        elif state & _KEYBOARD:
            _ring(painter, option, focus_colour(option.palette), inset=1)

    def drawControl(  # noqa: N802
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element is _TAB_SHAPE and option.state & _HAS_FOCUS and option.state & _KEYBOARD:
            # The tab bar's own focus hint is drawn by the platform style behind our back.
            _ring(painter, option, focus_colour(option.palette), inset=2)


def _ring(painter: QPainter, option: QStyleOption, colour: QColor, *, inset: int) -> None:
    half = FOCUS_WIDTH / 2
    rect = QRectF(option.rect).adjusted(
        inset + half, inset + half, -(inset + half), -(inset + half)
    )
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 2, 2)
    painter.restore()


def install_focus_style(app: QApplication) -> FocusStyle:
    """Wrap the application's current style (the platform's) in `FocusStyle`, once."""
    current = app.style()
    if isinstance(current, FocusStyle):
        return current
    style = FocusStyle(current.name())
    app.setStyle(style)
    return style
