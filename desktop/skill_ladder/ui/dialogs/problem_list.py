"""A readable list of what is wrong with a file (instead of one long line)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QVBoxLayout, QWidget

from skill_ladder.ui.widgets.labels import plain_label


class ProblemListDialog(QDialog):
    def __init__(
        self, title: str, summary: str, problems: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = plain_label(self, wrap=True, selectable=True)
        self.summary.setText(summary)
        self.problems = QListWidget(self)
        self.problems.addItems(list(problems))
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setVisible(bool(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(640, 360 if problems else 160)

    @classmethod
    def show_problems(
        cls, parent: QWidget, title: str, summary: str, problems: Sequence[str]
    ) -> None:
        dialog = cls(title, summary, problems, parent)
        dialog.exec()
        dialog.deleteLater()
