"""Plain-text labels: profile text and notes are never interpreted as rich text. A module of
its own, light enough for the window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class _WrappingLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at its current width
    (layouts inside a scroll area do not ask for height-for-width themselves)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit(event.size().width())

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        if self.isVisible():  # a shorter text gives back its lines now, not at the next resize
            self._fit(self.width())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)  # text set while hidden (a pooled card): fitted when shown
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        needed = self.text_height(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def text_height(self, width: int) -> int:
        """The height the text needs at this width, measured as QLabel measures plain text.
        Not `heightForWidth`: QLabel never answers less than the minimum height set here, so
        one narrow moment (a layout before the window has its size) kept the label tall for
        good."""
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        inner = max(1, width - margins.left() - margins.right() - extra)
        flags = int(Qt.TextFlag.TextWordWrap.value) | int(self.alignment().value)
        text = self.fontMetrics().boundingRect(QRect(0, 0, inner, 1 << 20), flags, self.text())
        return text.height() + margins.top() + margins.bottom() + extra


def plain_label(parent: QWidget, *, wrap: bool = False, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as rich text (profile text and notes are plain)."""
    label = _WrappingLabel(parent) if wrap else QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if wrap:
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label
