"""Live language switching: every widget words itself in `retranslate_ui()`, called once when
built and again whenever Qt sends LanguageChange (a translator was installed or removed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for QWidgets: put it first in the bases, implement `retranslate_ui`."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
