"""Check-ins and growth: the timeline, what changed between any two check-ins (or since one),
and readiness over time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.rating_words import rating_label
from skill_ladder.services.views import ChangeView, CheckinView, ReadinessHistory
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.flow_layout import FlowLayout
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.readiness_charts import ReadinessTrend, local_date_time
from skill_ladder.wording import fill

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOW = -1


class GrowthView(Retranslatable, QWidget):
    create_requested = Signal()
    rename_requested = Signal(int)
    delete_requested = Signal(int)
    compare_requested = Signal(int, object)  # before id, after id | None (now)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = QListWidget(self)
        self.create_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.before = QComboBox(self)
        self.after = QComboBox(self)
        self.changes = QTreeWidget(self)
        self.changes.setRootIsDecorated(False)
        self.changes.setWordWrap(True)
        header = self.changes.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.trend = ReadinessTrend(self)
        self._timeline_title = plain_label(self)
        # Wrapped: its empty-state sentence is long (in Spanish above all), and unwrapped it
        # set a minimum width that squeezed the window's left column to nothing.
        self._changes_title = plain_label(self, wrap=True)
        self._changes_title.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )  # its lines, no more: the room below goes to the list of changes
        self._trend_title = plain_label(self, wrap=True)
        self._from = plain_label(self)
        self._to = plain_label(self)
        self._from.setBuddy(self.before)
        self._to.setBuddy(self.after)
        for title in (self._timeline_title, self._changes_title, self._trend_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        buttons = FlowLayout(spacing=6)  # wraps when the column is narrow (Spanish is long)
        for button in (self.create_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._timeline_title)
        left_layout.addWidget(self.timeline, 1)
        left_layout.addLayout(buttons)
        picks = QHBoxLayout()
        picks.addWidget(self._from)
        picks.addWidget(self.before, 1)
        picks.addWidget(self._to)
        picks.addWidget(self.after, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._trend_title)
        right_layout.addWidget(self.trend, 1)
        right_layout.addWidget(self._changes_title)
        right_layout.addLayout(picks)
        right_layout.addWidget(self.changes, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._checkins: Sequence[CheckinView] = ()
        self._changes: Sequence[ChangeView] = ()
        self._history: ReadinessHistory | None = None
        self.create_button.clicked.connect(self.create_requested)
        self.rename_button.clicked.connect(lambda: self._with_selected(self.rename_requested.emit))
        self.delete_button.clicked.connect(lambda: self._with_selected(self.delete_requested.emit))
        self.before.activated.connect(self._compare)
        self.after.activated.connect(self._compare)
        self.timeline.currentRowChanged.connect(self._update_buttons)
        self.retranslate_ui()

    # -- content ---------------------------------------------------------------------------
    def set_checkins(self, checkins: Sequence[CheckinView]) -> None:
        self._checkins = checkins
        self._fill()

    def set_history(self, history: ReadinessHistory | None) -> None:
        self._history = history
        if history is None:
            self.trend.set_series([])
            return
        from skill_ladder.report.charts import Series  # not before the data: see readiness_charts

        self.trend.set_series(
            [
                Series(level.name, [(p.when, p.readiness[i]) for p in history.points])
                for i, level in enumerate(history.levels)
            ]
        )

    def set_changes(self, changes: Sequence[ChangeView]) -> None:
        self._changes = changes
        self._fill_changes()

    def select_pair(self, before: int, after: int | None) -> None:
        """Compare `before` with `after` (None: now), as the report would by default."""
        for combo, value in ((self.before, before), (self.after, NOW if after is None else after)):
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)

    def selected_pair(self) -> tuple[int, int | None] | None:
        before = self.before.currentData()
        after = self.after.currentData()
        if not isinstance(before, int):
            return None
        return before, (None if after in (None, NOW) else int(after))

    def _fill(self) -> None:
        selected = (
            self.timeline.currentItem().data(ID_ROLE) if self.timeline.currentItem() else None
        )
        self.timeline.clear()
        for checkin in reversed(self._checkins):
            when = local_date_time(checkin.created)
            rated = checkin.rated
            text = fill(self.tr("%1 · %n rated", "", rated), when)
            if checkin.note:
                text += f"\n{checkin.note}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, checkin.id)
            self.timeline.addItem(item)
            if checkin.id == selected:
                self.timeline.setCurrentItem(item)
        previous = (self.before.currentData(), self.after.currentData())
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
        seen: dict[str, int] = {}
        for checkin in self._checkins:
            label = local_date_time(checkin.created) + (
                f" · {checkin.note}" if checkin.note else ""
            )
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:  # two in the same minute, with the same note: tell them apart
                label = f"{label} ({seen[label]})"
            self.before.addItem(label, checkin.id)
            self.after.addItem(label, checkin.id)
        self.after.addItem(self.tr("Now"), NOW)
        before_index = self.before.findData(previous[0])
        self.before.setCurrentIndex(before_index if before_index >= 0 else self.before.count() - 1)
        after_index = self.after.findData(previous[1])
        self.after.setCurrentIndex(after_index if after_index >= 0 else self.after.count() - 1)
        for combo in (self.before, self.after):
            combo.blockSignals(False)
            combo.setEnabled(bool(self._checkins))
        self._update_buttons()
        self._changes_placeholder()

    def _changes_placeholder(self) -> None:
        if not self._checkins:
            self._changes_title.setText(
                self.tr("What changed: close a check-in to start your history.")
            )
        else:
            self._changes_title.setText(self.tr("What changed"))

    def _fill_changes(self) -> None:
        kinds = {
            "up": self.tr("Up"),
            "down": self.tr("Down"),
            "new": self.tr("Newly rated"),
            "cleared": self.tr("Cleared"),
            "text": self.tr("Reworded"),
        }
        self.changes.clear()
        for change in self._changes:
            text = change.text
            if change.text_changed and change.kind != "text":
                text += " " + self.tr("(text changed since rated)")
            item = QTreeWidgetItem(
                [
                    kinds[change.kind],
                    change.level_name,
                    " · ".join(p for p in (change.skill_name, change.role_name) if p),
                    rating_label(change.before),
                    rating_label(change.after),
                    text,
                ]
            )
            item.setToolTip(5, text)
            self.changes.addTopLevelItem(item)
        if not self._changes and self._checkins:
            item = QTreeWidgetItem([self.tr("No changes")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.changes.addTopLevelItem(item)

    def retranslate_ui(self) -> None:
        self._timeline_title.setText(self.tr("Check-ins"))
        self._trend_title.setText(self.tr("Readiness over time (each check-in, and now)"))
        self.create_button.setText(self.tr("Clo&se a check-in…"))
        self.rename_button.setText(self.tr("Ren&ame…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self._from.setText(self.tr("Fro&m:"))
        self._to.setText(self.tr("&To:"))
        self.timeline.setAccessibleName(self.tr("Check-ins"))
        self.before.setAccessibleName(self.tr("Compare from check-in"))
        self.after.setAccessibleName(self.tr("Compare to"))
        self.changes.setAccessibleName(self.tr("What changed"))
        self.trend.setAccessibleName(self.tr("Readiness over time"))
        self.changes.setHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Level"),
                self.tr("Where"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Requirement"),
            ]
        )
        self._fill()
        self._fill_changes()

    def _with_selected(self, action) -> None:  # type: ignore[no-untyped-def]
        item = self.timeline.currentItem()
        if item is not None:
            action(int(item.data(ID_ROLE)))

    def _update_buttons(self) -> None:
        chosen = self.timeline.currentItem() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _compare(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.compare_requested.emit(*pair)
