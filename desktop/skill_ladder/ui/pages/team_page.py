"""The Team page (issue 17, point 5), for managers: the heat-map of the people who report to me
(people × levels, readiness at each one's last shared check-in), a person's growth between
their last two shared check-ins, and the team report. For anyone else it says that it shows
the team to managers.

Its data is `TeamService.report_data`'s (the team report's own), read off the GUI thread; the
page shows "Loading…" meanwhile. Nothing loads psycopg or opens a connection until the page is
shown with a remembered connection (`TeamActions.remembered`). Shown again after
`STALE_AFTER_S`, it reads the team again quietly, the old figures on screen meanwhile: a share
made since shows up without Reload."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog

from skill_ladder.errors import SkillLadderError, as_team_failure
from skill_ladder.ui.background import run_in_background
from skill_ladder.ui.pages.page import Page
from skill_ladder.ui.window_state import Change, Snapshot
from skill_ladder.wording import describe, fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from skill_ladder.services.team_views import TeamReportData
    from skill_ladder.ui.team_actions import TeamActions
    from skill_ladder.ui.widgets.team_view import TeamView

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

STALE_AFTER_S = 60.0  # shown again after this long, the page reads the team again


class TeamPage(Page):
    key = "team"
    # Not the browsed profile: the team's names follow the language, its frameworks the
    # catalogue (a pull); Reload reads the server again.
    depends = Change.LANGUAGE | Change.CATALOG

    @staticmethod
    def title() -> str:
        return translate("Pages", "Team")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "&Team")

    def build(self, parent: QWidget) -> QWidget:
        from skill_ladder.ui.widgets.team_view import TeamView

        self.view: TeamView = TeamView(parent)
        self.loads = _Loads(self.view)
        self.view.framework_chosen.connect(self._framework_chosen)
        self.view.report_requested.connect(self.ask_report)
        self.view.connect_requested.connect(lambda: self.actions().connect_to_team())
        self.view.reload_requested.connect(self.load)
        self.view.shown_again.connect(self._shown_again)
        self._wanted: str | None = None  # the framework picked
        self._generation = 0
        self._language = "en"
        self.data: TeamReportData | None = None
        self.loaded_at: float | None = None  # time.monotonic() of the figures shown
        self._loading = False
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

    def _shown_again(self) -> None:
        stale = self.loaded_at is not None and time.monotonic() - self.loaded_at > STALE_AFTER_S
        if stale and not self._loading:
            self.load(quiet=True)

    def load(self, *, quiet: bool = False) -> None:
        """Read the team off the GUI thread (the published frameworks, then the chosen one's
        heat-map and growth); "Loading…" meanwhile, unless `quiet` (the figures shown stay
        until the new ones come). A later load wins over an earlier one."""
        actions = self.actions()
        url = actions.remembered()
        self._generation += 1
        generation = self._generation
        if url is None:
            self.view.say(
                translate(
                    "TeamPage",
                    "This page shows your team to managers. Connect to your team's database "
                    "first (Team › Connect…).",
                ),
                connect=True,
            )
            self.data, self._loading = None, False
            self.loads.loaded.emit(generation)
            return
        if not quiet or self.data is None:
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
            self._loading = False
            failure = None if error is None else as_team_failure(error)
            if failure is not None and quiet and self.data is not None and _passing(failure):
                self._kept(self.data, failure)
                self.loads.loaded.emit(generation)
                return
            try:
                self._loaded(result, error, names)
            finally:
                self.loads.loaded.emit(generation)

        self._loading = True
        run_in_background(work, done, owner=self.view)  # the window closed: nothing to show

    def _kept(self, data: TeamReportData, failure: SkillLadderError) -> None:
        """A quiet reload failed: the figures shown stay, and the status bar says since when."""
        from skill_ladder.ui.widgets.readiness_charts import local_date_time

        log.warning("the team was not read again: %s", failure)
        self.controller.window.statusBar().showMessage(
            fill(
                translate(
                    "TeamPage",
                    "The team could not be read again; the page shows it as read at %1. %2",
                ),
                local_date_time(data.made),
                " ".join(describe(failure).split()),
            )
        )

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
            failure = as_team_failure(error)
            self.controller.report_failure(failure, reading=True, quiet=True)
            self.view.say(" ".join(describe(failure).split()))
            return
        keys, chosen, data = result
        self.view.set_frameworks([(key, names[key]) for key in keys], chosen)
        if chosen is None:
            self.data = None
            self.view.say(
                translate(
                    "TeamPage",
                    "None of the team's frameworks is installed here: pull them first "
                    "(Team › Pull the team's frameworks).",
                )
            )
            return
        self.data = data
        self.loaded_at = time.monotonic()
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


def _passing(failure: SkillLadderError) -> bool:
    """A failure that may pass (the server out of reach, a dropped connection): a quiet reload
    keeps the figures shown. Any other (no longer a manager, the framework gone) is said on
    the page, in place of figures that may no longer be mine to see."""
    return failure.code in ("team.unreachable", "team.failed")


class _Loads(QObject):
    """What the page reports when background work is over (for tests and tools)."""

    loaded = Signal(int)
    report_written = Signal(str)
