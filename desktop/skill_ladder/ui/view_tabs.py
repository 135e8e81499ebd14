"""The window's views, by their tab index (a module of its own: the menus need them before
the views exist)."""

CARDS, COMPARE, MATRIX, GROWTH, PROPOSALS = range(5)
VIEW_COUNT = 5
