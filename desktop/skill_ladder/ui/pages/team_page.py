"""The Team page (issue 17, point 5), for managers: the heat-map of the people who report to me
(people × levels, readiness at each one's last shared check-in), a person's growth between
their last two shared check-ins, and the team report. For anyone else it says that it shows
the team to managers.

Its data is `TeamService.report_data`'s (the team report's own), read off the GUI thread; the
page shows "Loading…" meanwhile. Nothing loads psycopg or opens a connection until the page is
shown with a remembered connection (`TeamActions.remembered`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
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

from skill_ladder.errors import SkillLadderError, TeamFailure
from skill_ladder.ui.background import run_in_background
from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.widgets.readiness_charts import local_date_time
from skill_ladder.ui.window_state import Change, Snapshot
from skill_ladder.wording import describe, fill

if TYPE_CHECKING:
    from skill_ladder.services.team_views import PersonGrowth, SharedPoint, TeamReportData
    from skill_ladder.ui.team_actions import TeamActions

translate = QCoreApplication.translate
DARK_FROM = 0.55  # readiness from which a cell's green is dark enough for white text


def percent(readiness: float | None) -> str:
    return "—" if readiness is None else f"{round(readiness * 100)} %"


class TeamView(QWidget):
    """The page's widget: a framework picker, a message line, the heat-map, a person's growth
    and the report button."""

    framework_chosen = Signal(str)
    report_requested = Signal()
    connect_requested = Signal()

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
        top.addWidget(self.connect_button)
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
        self.heat.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
        self.heat.itemSelectionChanged.connect(self._person_chosen)
        self._data: TeamReportData | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.framework_label.setText(self.tr("&Framework:"))
        self.report_button.setText(self.tr("Team &report…"))
        self.report_button.setToolTip(
            self.tr("Save the team report as a PDF: the heat-map and each person's growth")
        )
        self.connect_button.setText(self.tr("&Connect…"))
        self.heat.setAccessibleName(self.tr("Team heat-map"))
        self.growth.setAccessibleName(self.tr("Growth of the person chosen"))

    # -- what the page says ------------------------------------------------------------------
    def say(self, text: str, *, connect: bool = False) -> None:
        """A message instead of the team (loading, not connected, not a manager, a failure)."""
        self.message.setText(text)
        self.message.show()
        self.content.hide()
        self.connect_button.setVisible(connect)
        self.report_button.setEnabled(False)
        self.framework.setEnabled(False)

    def set_frameworks(self, choices: list[tuple[str, str]], chosen: str | None) -> None:
        self.framework.clear()
        for key, name in choices:
            self.framework.addItem(name, key)
        if chosen is not None:
            self.framework.setCurrentIndex(max(0, self.framework.findData(chosen)))

    def show_team(self, data: TeamReportData) -> None:
        self._data = data
        self.connect_button.hide()
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
        for row, (name, estimated, cells) in enumerate(data.heat):
            heat.setItem(row, 0, QTableWidgetItem(name))
            heat.setItem(row, 1, QTableWidgetItem(estimated or self.tr("nothing shared yet")))
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
        heat.selectRow(0)
        self._person_chosen()

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
                self.heat.selectRow(row)
                return

    def _person_chosen(self) -> None:
        data = self._data
        rows = self.heat.selectionModel().selectedRows() if self.heat.selectionModel() else []
        if data is None or not rows:
            return
        row = rows[0].row()
        if row >= len(data.heat):
            return
        name = data.heat[row][0]
        growth = next((g for g in data.growth if g.name == name), None)
        self.show_growth(name, growth)

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


def heat_colour(readiness: float) -> QColor:
    from skill_ladder.report.team_document import heat_colour as report_colour

    return report_colour(readiness)  # the report's colours: the page and the PDF agree


class TeamPage(Page):
    key = "team"
    depends = CONTENT

    @staticmethod
    def title() -> str:
        return translate("Pages", "Team")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "&Team")

    def build(self, parent: QWidget) -> QWidget:
        self.view = TeamView(parent)
        self.loads = _Loads(self.view)
        self.view.framework_chosen.connect(self._framework_chosen)
        self.view.report_requested.connect(self.ask_report)
        self.view.connect_requested.connect(lambda: self.actions().connect_to_team())
        self._wanted: str | None = None  # the framework picked
        self._generation = 0
        self._language = "en"
        self.data: TeamReportData | None = None
        self.actions().connected.connect(lambda _check: self.load())
        self.actions().pulled.connect(lambda _done: self.load())
        return self.view

    def actions(self) -> TeamActions:
        return self.controller.window.team_actions()

    def refresh(self, now: Snapshot, changes: Change) -> None:
        self._language = now.language
        self.view.retranslate()
        self.load()
        self.controller.painted()

    def _framework_chosen(self, key: str) -> None:
        self._wanted = key
        self.load()

    def load(self) -> None:
        """Read the team off the GUI thread (the published frameworks, then the chosen one's
        heat-map and growth); "Loading…" meanwhile. A later load wins over an earlier one."""
        actions = self.actions()
        url = actions.remembered()
        self._generation += 1
        generation = self._generation
        if url is None:
            self.view.say(
                translate(
                    "TeamPage",
                    "This page shows your team to managers. Connect to your team's database "
                    "first (Team ▸ Connect…).",
                ),
                connect=True,
            )
            self.loads.loaded.emit(generation)
            return
        self.view.say(translate("TeamPage", "Loading…"))
        team = actions.service()
        installed = self.controller.read(lambda s: s.catalog.frameworks()) or {}
        names = {key: actions.names(key)[0] for key in installed}
        wanted, language = self._wanted, self._language

        def work() -> tuple[list[str], str | None, TeamReportData | None]:
            keys = [key for key in team.published(url) if key in names]
            chosen = wanted if wanted in keys else (keys[0] if keys else None)
            data = None if chosen is None else team.report_data(url, chosen, language)
            return keys, chosen, data

        def done(result: Any, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a later load is under way
            try:
                self._loaded(result, error, names)
            finally:
                self.loads.loaded.emit(generation)

        run_in_background(work, done)

    def _loaded(self, result: Any, error: BaseException | None, names: dict[str, str]) -> None:
        if error is not None:
            self.data = None
            if isinstance(error, SkillLadderError) and error.code == "team.not_manager":
                self.view.say(
                    translate(
                        "TeamPage",
                        "This page shows the team to managers: the people who report to you "
                        "and what they shared. You are not a manager on this team.",
                    )
                )
                return
            failure = (
                error
                if isinstance(error, SkillLadderError)
                else TeamFailure("team.failed", reason=type(error).__name__)
            )
            self.controller.report_failure(failure, reading=True, quiet=True)
            self.view.say(" ".join(describe(failure).split()))
            return
        keys, chosen, data = result
        self.view.set_frameworks([(key, names[key]) for key in keys], chosen)
        if chosen is None:
            self.view.say(
                translate(
                    "TeamPage",
                    "None of the team's frameworks is installed here: pull them first "
                    "(Team ▸ Pull the team's frameworks).",
                )
            )
            return
        self.data = data
        self.view.show_team(data)

    # -- the team report ------------------------------------------------------------------------
    def ask_report(self) -> None:
        if self.data is None:
            return
        name = f"team-{self.data.profile_name}-report.pdf".replace(" ", "-").replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self.view,
            translate("TeamPage", "Save the team report"),
            str(Path.home() / name),
            translate("TeamPage", "PDF files (*.pdf)"),
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        """The team report, read fresh off the GUI thread, drawn by the report renderer and
        written 0600 (atomically); `loads.report_written` says where (or "" on failure)."""
        actions = self.actions()
        url = actions.remembered()
        key = self.view.framework.currentData()
        if url is None or key is None:
            return
        team = actions.service()
        language = self.controller.language

        def then(data: TeamReportData) -> None:
            from skill_ladder.atomic_write import write_atomic
            from skill_ladder.report.renderer import render_pdf

            pdf = render_pdf(data)
            if self.controller.attempt(lambda: write_atomic(path, pdf, mode=0o600)):
                self.controller.window.statusBar().showMessage(
                    fill(translate("TeamPage", "Team report saved to %1"), str(path)), 6000
                )
                self.loads.report_written.emit(str(path))
            else:
                self.loads.report_written.emit("")

        actions.in_background(
            lambda: team.report_data(url, str(key), language),
            then,
            busy=False,
            failed=lambda: self.loads.report_written.emit(""),
        )


class _Loads(QObject):
    """What the page reports when background work is over (for tests and tools)."""

    loaded = Signal(int)
    report_written = Signal(str)
