"""Live language switching: every widget words itself in `retranslate_ui()`, called once when
built and again whenever Qt sends LanguageChange (a translator was installed or removed).

A widget hidden inside a window on screen (a page not in view, a panel folded away) words
itself when it is next shown, not at the switch: a switch then costs what is on screen, not
every page built so far. A widget of a window not shown (a dialog built ahead, a test's
window) words itself at once, as nothing would show it later."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent


class Retranslatable:
    """Mixin for QWidgets: put it first in the bases, implement `retranslate_ui`."""

    _untranslated = False

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            widget = self  # a QWidget: see the class's note
            if widget.isVisible() or not widget.window().isVisible():  # type: ignore[attr-defined]
                self.retranslate_ui()
            else:
                self._untranslated = True
        super().changeEvent(event)  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._untranslated:
            self._untranslated = False
            self.retranslate_ui()
        super().showEvent(event)  # type: ignore[misc]
