"""Close a check-in: say what is frozen (every rating and note of every installed ladder, with
the count) and take an optional one-line note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.wording import fill

# As `services.checkins.MAX_CHECKIN_NOTE` (not imported: that module brings the storage layer,
# and this dialog must stay light); a test holds the two equal.
MAX_NOTE = 5_000


def _paragraph(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class CloseCheckinDialog(QDialog):
    def __init__(self, rated: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close a check-in"))
        # Plain QLabels: in a dialog (no scroll area) Qt gives them their height for the
        # width; the wrapping labels of the views measured at a first narrow width here and
        # kept a blank line.
        self.summary = _paragraph(self)
        self.summary.setText(
            fill(
                self.tr(
                    "This check-in keeps every rating and note of every installed ladder as "
                    "they are now: %1 of %n requirement(s) rated.",
                    "",
                    total,
                ),
                rated,
            )
        )
        self.after = _paragraph(self)
        self.after.setText(
            self.tr(
                "Ratings and notes you change later never alter it. Under Check-ins and growth "
                "you can compare it with any other check-in, or with now."
            )
        )
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("For example: before my 1:1 with my manager"))
        self.note.setAccessibleName(self.tr("Check-in note"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close check-in"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Note (optional):"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.after)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, layout.totalHeightForWidth(520))  # the paragraphs wrapped at 520
        self.note.setFocus()

    @classmethod
    def ask(cls, parent: QWidget, rated: int, total: int) -> str | None:
        """The check-in's note ("" for none), or None if the person cancelled."""
        dialog = cls(rated, total, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.note.text().strip()
        finally:
            dialog.deleteLater()
