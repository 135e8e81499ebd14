"""Proposals: the changes the person suggested to requirement wordings, to export for the
profiles' maintainers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.services.views import ProposalView
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.readiness_charts import local_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProposalsView(Retranslatable, QWidget):
    export_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        # The columns first: a resize mode set on a column that does not exist yet is lost,
        # and the proposed text and reason kept 100 px, cut ("Redacción propu…").
        self.list.setColumnCount(4)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self._hint = plain_label(self, wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._proposals: Sequence[ProposalView] = ()
        self.export_button.clicked.connect(self.export_requested)
        self.delete_button.clicked.connect(self._delete)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()

    def set_proposals(self, proposals: Sequence[ProposalView]) -> None:
        self.list.setColumnWidth(0, 260)
        self._proposals = proposals
        self.list.clear()
        for p in proposals:
            where = (
                " · ".join(x for x in (p.skill_name, p.role_name, p.level_name) if x)
                or p.requirement
            )
            item = QTreeWidgetItem([where, p.proposed_text, p.reason, local_date(p.created)])
            item.setData(0, ID_ROLE, p.id)
            item.setToolTip(1, p.proposed_text)
            item.setToolTip(0, p.current_text)
            self.list.addTopLevelItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self._proposals))
        self.delete_button.setEnabled(self.list.currentItem() is not None)

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.delete_requested.emit(int(item.data(0, ID_ROLE)))

    def retranslate_ui(self) -> None:
        self._hint.setText(
            self.tr(
                "Suggest a change from any card. Your proposals stay here until you export them "
                "to a file for the profile's maintainer."
            )
        )
        self.list.setHeaderLabels(
            [
                self.tr("Requirement"),
                self.tr("Proposed wording"),
                self.tr("Reason"),
                self.tr("Date"),
            ]
        )
        self.list.setAccessibleName(self.tr("Proposals"))
        self.export_button.setText(self.tr("E&xport proposals…"))
        self.delete_button.setText(self.tr("Delete &proposal"))
        self.set_proposals(self._proposals)
