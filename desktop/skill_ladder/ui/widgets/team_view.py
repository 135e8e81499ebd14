"""The Team page's widget (issue 17, point 5): a framework picker, a message line, the
heat-map (people × levels: percentages as text, colour by share), a person's growth between
their last two shared check-ins, and the report button. Plain data in (`TeamReportData`),
requests out; the page (`pages/team_page.py`) does the loading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.report.team_document import heat_colour
from skill_ladder.ui.widgets.readiness_charts import local_date_time
from skill_ladder.wording import fill

if TYPE_CHECKING:
    from skill_ladder.services.team_views import PersonGrowth, SharedPoint, TeamReportData

DARK_FROM = 0.55  # readiness from which a cell's green is dark enough for white text


def percent(readiness: float | None) -> str:
    return "—" if readiness is None else f"{round(readiness * 100)} %"


class TeamView(QWidget):
    """The page's widget: a framework picker, a message line, the heat-map, a person's growth
    and the report button."""

    framework_chosen = Signal(str)
    report_requested = Signal()
    connect_requested = Signal()
    reload_requested = Signal()
    shown_again = Signal()  # back on screen (another page, or the window restored)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.framework_label = QLabel(self)
        self.framework = QComboBox(self)
        self.framework_label.setBuddy(self.framework)
        self.framework.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.framework_label)
        top.addWidget(self.framework)
        top.addStretch(1)
        self.connect_button = QPushButton(self)
        self.report_button = QPushButton(self)
        self.reload_button = QPushButton(self)
        top.addWidget(self.connect_button)
        top.addWidget(self.reload_button)
        top.addWidget(self.report_button)
        layout.addLayout(top)
        self.message = QLabel(self)
        self.message.setObjectName("teamMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.content = QSplitter(Qt.Orientation.Vertical, self)
        self.heat = QTableWidget(self.content)
        self.heat.setObjectName("teamHeatMap")
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One cell chosen, not the row: a row's highlight would hide its colours.
        self.heat.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.heat.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heat.verticalHeader().setVisible(False)
        self.heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        below = QWidget(self.content)
        growth_layout = QVBoxLayout(below)
        growth_layout.setContentsMargins(0, 0, 0, 0)
        self.growth_title = QLabel(below)
        self.growth_title.setWordWrap(True)
        self.growth_title.setTextFormat(Qt.TextFormat.PlainText)
        growth_layout.addWidget(self.growth_title)
        self.growth = QTableWidget(below)
        self.growth.setObjectName("teamGrowth")
        self.growth.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.growth.verticalHeader().setVisible(False)
        self.growth.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        growth_layout.addWidget(self.growth, 1)
        self.content.addWidget(self.heat)
        self.content.addWidget(below)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        layout.addWidget(self.content, 1)
        self.framework.activated.connect(
            lambda _i: self.framework_chosen.emit(str(self.framework.currentData()))
        )
        self.report_button.clicked.connect(self.report_requested)
        self.connect_button.clicked.connect(self.connect_requested)
        self.reload_button.clicked.connect(self.reload_requested)
        self.heat.currentCellChanged.connect(lambda *_cells: self._person_chosen())
        self._data: TeamReportData | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.framework_label.setText(self.tr("&Framework:"))
        self.report_button.setText(self.tr("Team &report…"))
        self.report_button.setToolTip(
            self.tr("Save the team report as a PDF: the heat-map and each person's growth")
        )
        self.connect_button.setText(self.tr("&Connect…"))
        self.reload_button.setText(self.tr("Re&load"))
        self.reload_button.setToolTip(self.tr("Read the team's shared check-ins again"))
        self.heat.setAccessibleName(self.tr("Team heat-map"))
        self.growth.setAccessibleName(self.tr("Growth of the person chosen"))

    # -- what the page says ------------------------------------------------------------------
    def say(self, text: str, *, connect: bool = False) -> None:
        """A message instead of the team (loading, not connected, not a manager, a failure)."""
        self.message.setText(text)
        self.message.show()
        self.content.hide()
        self.connect_button.setVisible(connect)
        self.reload_button.setVisible(not connect)
        self.report_button.setEnabled(False)
        self.framework.setEnabled(False)

    def set_frameworks(self, choices: list[tuple[str, str]], chosen: str | None) -> None:
        self.framework.clear()
        for key, name in choices:
            self.framework.addItem(name, key)
        if chosen is not None:
            self.framework.setCurrentIndex(max(0, self.framework.findData(chosen)))

    def show_team(self, data: TeamReportData) -> None:
        chosen = self.chosen_login()
        self._data = data
        self.connect_button.hide()
        self.reload_button.show()
        self.framework.setEnabled(True)
        if not data.heat:
            self.say(self.tr("Nobody reports to you on this team yet."))
            self.framework.setEnabled(True)
            return
        self.message.clear()
        self.message.hide()
        self.content.show()
        self.report_button.setEnabled(True)
        heat = self.heat
        heat.clearContents()
        heat.setRowCount(len(data.heat))
        heat.setColumnCount(2 + len(data.levels))
        heat.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Estimated level")] + [lv.name for lv in data.levels]
        )
        for row, (_login, name, estimated, cells) in enumerate(data.heat):
            heat.setItem(row, 0, QTableWidgetItem(name))
            shared = any(cell is not None for cell in cells)
            said = self.tr("no level yet") if shared else self.tr("nothing shared yet")
            heat.setItem(row, 1, QTableWidgetItem(estimated or said))
            for column, (level, readiness) in enumerate(zip(data.levels, cells, strict=False)):
                item = QTableWidgetItem(percent(readiness))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(
                    fill(self.tr("%1, readiness for %2: %3"), name, level.name, percent(readiness))
                )
                if readiness is not None:
                    item.setBackground(QBrush(heat_colour(readiness)))
                    dark = readiness >= DARK_FROM
                    item.setForeground(QBrush(QColor("#ffffff" if dark else "#1b1f24")))
                heat.setItem(row, 2 + column, item)
        row = next((r for r, person in enumerate(data.heat) if person.login == chosen), 0)
        heat.setCurrentCell(row, 0)  # the person chosen before a reload stays chosen
        self._person_chosen()
        self._fit_heat()

    def _fit_heat(self) -> None:
        """The heat-map as tall as its rows (up to half the page); the growth below gets the
        rest, so a person's whole ladder shows without scrolling where it fits."""
        heat = self.heat
        wanted = heat.horizontalHeader().height() + 2 * heat.frameWidth() + 2
        wanted += sum(heat.rowHeight(row) for row in range(heat.rowCount()))
        total = max(self.content.height(), 400)
        top = min(wanted, total // 2)
        self.content.setSizes([top, total - top])

    def heat_text(self) -> list[list[str]]:
        """The heat-map's cells as text, row by row (what a screen reader reads)."""
        rows = []
        for row in range(self.heat.rowCount()):
            cells = []
            for column in range(self.heat.columnCount()):
                item = self.heat.item(row, column)
                cells.append(item.text() if item is not None else "")
            rows.append(cells)
        return rows

    def choose_person(self, name: str) -> None:
        for row in range(self.heat.rowCount()):
            item = self.heat.item(row, 0)
            if item is not None and item.text() == name:
                self.heat.setCurrentCell(row, 0)
                return

    def chosen_login(self) -> str | None:
        data = self._data
        row = self.heat.currentRow()
        if data is None or not 0 <= row < len(data.heat):
            return None
        return data.heat[row].login

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._data is not None:
            self.shown_again.emit()

    def _person_chosen(self) -> None:
        data = self._data
        row = self.heat.currentRow()
        if data is None or row < 0 or row >= len(data.heat):
            return
        person = data.heat[row]
        growth = next((g for g in data.growth if g.login == person.login), None)
        self.show_growth(person.name, growth)

    def show_growth(self, name: str, growth: PersonGrowth | None) -> None:
        data = self._data
        table = self.growth
        table.clearContents()
        if data is None or growth is None:
            self.growth_title.setText(fill(self.tr("%1 has shared no check-in yet."), name))
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        latest, previous = growth.latest, growth.previous
        lines = [
            fill(
                self.tr("%1, as %2: shared check-in of %3, estimated level %4."),
                name,
                growth.role_name,
                local_date_time(latest.created),
                latest.estimated_level or self.tr("none yet"),
            )
        ]
        if previous is None:
            lines.append(self.tr("Only one shared check-in: nothing to compare yet."))
        else:
            lines.append(
                fill(
                    self.tr("Before, the check-in of %1: estimated level %2."),
                    local_date_time(previous.created),
                    previous.estimated_level or self.tr("none yet"),
                )
            )
            kinds = {
                "up": self.tr("%n up", "", growth.changes.get("up", 0)),
                "down": self.tr("%n down", "", growth.changes.get("down", 0)),
                "new": self.tr("%n newly rated", "", growth.changes.get("new", 0)),
                "cleared": self.tr("%n cleared", "", growth.changes.get("cleared", 0)),
            }
            lines.append(fill(self.tr("Ratings since: %1."), ", ".join(kinds.values())))
        self.growth_title.setText("\n".join(lines))
        heads = [self.tr("Level"), self.tr("Before"), self.tr("Latest"), self.tr("Change")]
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(data.levels))
        for row, level in enumerate(data.levels):
            after = _at(latest, row)
            before = _at(previous, row) if previous is not None else None
            change = "—"
            if after is not None and before is not None:
                points = round(after * 100) - round(before * 100)
                change = fill(self.tr("%1 points"), f"{points:+d}") if points else self.tr("same")
            for column, text in enumerate((level.name, percent(before), percent(after), change)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)

    def growth_text(self) -> str:
        lines = [self.growth_title.text()]
        for row in range(self.growth.rowCount()):
            cells = [self.growth.item(row, c) for c in range(self.growth.columnCount())]
            lines.append("\t".join(c.text() if c is not None else "" for c in cells))
        return "\n".join(lines)


def _at(point: SharedPoint | None, index: int) -> float | None:
    if point is None or index >= len(point.readiness):
        return None
    return point.readiness[index]
