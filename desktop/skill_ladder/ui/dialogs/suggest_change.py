"""Suggest a change to a requirement's wording: the proposed text and a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from skill_ladder.ui.widgets.labels import plain_label


class SuggestChangeDialog(QDialog):
    def __init__(self, current_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest a change"))
        self._current = plain_label(self, wrap=True, selectable=True)
        self._current.setText(current_text)
        self.proposed = QPlainTextEdit(self)
        self.proposed.setPlainText(current_text)
        self.proposed.setTabChangesFocus(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why would this wording be better?"))
        self.proposed.setAccessibleName(self.tr("Proposed wording"))
        self.reason.setAccessibleName(self.tr("Reason"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Save proposal"))
        self.proposed.textChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("Current wording:"), self._current)
        form.addRow(self.tr("&Proposed wording:"), self.proposed)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(buttons)
        self.resize(560, 420)
        self._original = current_text
        self._check()

    def _check(self) -> None:
        text = self.proposed.toPlainText().strip()
        self._ok.setEnabled(bool(text) and text != self._original.strip())

    @classmethod
    def ask(cls, parent: QWidget, current_text: str) -> tuple[str, str] | None:
        """The proposed wording and reason, or None if the person cancelled."""
        dialog = cls(current_text, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.proposed.toPlainText().strip(), dialog.reason.toPlainText().strip()
        finally:
            dialog.deleteLater()
