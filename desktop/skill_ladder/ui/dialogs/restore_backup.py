"""Restore from backup: the backups as a table (date in local time, kind, size), newest first;
the chosen one's id comes back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.readiness_charts import local_date_time

if TYPE_CHECKING:
    from skill_ladder.services.backup_service import BackupView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DATE, KIND, SIZE = range(3)


class RestoreBackupDialog(QDialog):
    def __init__(self, backups: Sequence[BackupView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.summary = plain_label(self, wrap=True)
        self.summary.setText(
            self.tr(
                "Your current data is set aside (not deleted) and replaced by the backup you "
                "choose. Backups are made every day you use Skill Ladder, when you choose "
                "File › Back up now, and before an update, an import or a restore."
            )
        )
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        locale = QLocale()
        for backup in sorted(backups, key=lambda b: (b.created, b.id), reverse=True):
            item = QTreeWidgetItem(
                [
                    local_date_time(backup.created),
                    self.kind_label(backup.kind),
                    locale.formattedDataSize(backup.size, 1),
                ]
            )
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(DATE, ID_ROLE, backup.id)
            item.setToolTip(DATE, backup.id)
            self.table.addTopLevelItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemActivated.connect(lambda *_: self.accept())
        self.table.currentItemChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(current is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        newest = self.table.topLevelItem(0)
        if newest is not None:
            self.table.setCurrentItem(newest)
        else:
            self.restore_button.setEnabled(False)
        self.table.setFocus()
        self.resize(620, 420)

    def kind_label(self, kind: str) -> str:
        """The kinds of `storage.backups`, in words."""
        return {
            "auto": self.tr("Daily, automatic"),
            "manual": self.tr("Made by you"),
            "migration": self.tr("Before an update"),
            "restore": self.tr("Before a restore"),
            "import": self.tr("Before an import"),
        }.get(kind, kind)

    def chosen(self) -> str | None:
        item = self.table.currentItem()
        return None if item is None else str(item.data(DATE, ID_ROLE))

    @classmethod
    def choose(cls, parent: QWidget, backups: Sequence[BackupView]) -> str | None:
        """The id of the backup to restore, or None if the person cancelled."""
        dialog = cls(backups, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
