"""QtWidgets live here only: the window, its widgets, dialogs and item models."""
