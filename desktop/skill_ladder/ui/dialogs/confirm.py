"""Questions before something that cannot be undone, worded for what is lost; the safe answer
is the default, so Enter (or Esc) never destroys anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from skill_ladder.wording import fill

translate = QCoreApplication.translate


def confirm_delete_checkin(parent: QWidget, label: str) -> bool:
    """True if the person chose to delete the check-in `label` (its date and note, as the
    check-in list shows it); Cancel is the default button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Confirm", "Delete check-in"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the label holds the person's own note
    box.setText(fill(translate("Confirm", "Delete the check-in “%1”?"), label))
    box.setInformativeText(
        translate(
            "Confirm",
            "The ratings and notes it froze are removed for good. Your current ratings and "
            "your other check-ins are not affected.",
        )
    )
    delete = box.addButton(
        translate("Confirm", "&Delete check-in"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is delete
    finally:
        box.deleteLater()
