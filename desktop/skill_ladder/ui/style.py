"""The few style rules the requirement cards need, all from palette roles so light and dark
both work.

They are set on each card list (`CardList`, on its viewport), not on the application: a style
sheet on the application puts every widget of the window through Qt's style-sheet style, which
cost about 18 ms of the start before the cards were painted, and 3 ms before the first paint
(issue 8). Every rule here is about a card's own widgets."""

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
"""
