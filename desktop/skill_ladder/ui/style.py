"""The few style rules the widgets need, all from palette roles so light and dark both work."""

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
RatingControl QToolButton {
    padding: 3px 8px;
}
RatingControl QToolButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 1px solid palette(highlight);
    border-radius: 3px;
}
"""
