"""Questions before something that cannot be undone, worded for what is lost; the safe answer
is the default, so Enter (or Esc) never destroys anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from skill_ladder.wording import fill

translate = QCoreApplication.translate


def ask_destructive(
    parent: QWidget,
    *,
    title: str,
    text: str,
    details: str,
    action: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> bool:
    """True if the person chose `action` (a destructive button); Cancel is the default and
    the escape button. `text` is plain text: it may quote the person's own note."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is chosen
    finally:
        box.deleteLater()


def confirm_delete_checkin(parent: QWidget, label: str) -> bool:
    """True if the person chose to delete the check-in `label` (its date and note, as the
    check-in list shows it); Cancel is the default button."""
    return ask_destructive(
        parent,
        title=translate("Confirm", "Delete check-in"),
        text=fill(translate("Confirm", "Delete the check-in “%1”?"), label),
        details=translate(
            "Confirm",
            "The ratings and notes it froze are removed for good. Your current ratings and "
            "your other check-ins are not affected.",
        ),
        action=translate("Confirm", "&Delete check-in"),
    )
