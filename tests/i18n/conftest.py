"""The window fixtures of tests/ui serve the language tests too."""

from tests.ui.conftest import make_window, settings, window

__all__ = ["make_window", "settings", "window"]
