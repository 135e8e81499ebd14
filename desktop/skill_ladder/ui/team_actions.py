"""The window's Team menu work (issue 17, point 5): connect, share a check-in, withdraw a share,
pull the team's frameworks; and the team data the Team page shows. Every server call runs off
the GUI thread (`run_in_background`), so an unreachable server never freezes the window; a
failure is said through the controller's `report_failure`, in one line.

The team logic is `services.team.TeamService`'s; psycopg loads with it, here on the first team
action (never at start, never for the other pages). Whether a connection is remembered is read
without it (`services.team_link`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from skill_ladder.errors import SkillLadderError, as_team_failure
from skill_ladder.services.team_link import remembered_url
from skill_ladder.ui.background import run_in_background, still_open
from skill_ladder.wording import fill

if TYPE_CHECKING:
    from skill_ladder.services.team import TeamService
    from skill_ladder.services.team_views import SharedCheckin, SharePlan
    from skill_ladder.services.views import ImportReport
    from skill_ladder.ui.dialogs.team_dialogs import (
        ConnectDialog,
        Names,
        ShareDialog,
        WithdrawDialog,
    )
    from skill_ladder.ui.window_controller import WindowController

log = logging.getLogger(__name__)
T = TypeVar("T")


def load_team_service() -> type[TeamService]:
    """Import the team service (psycopg with it) on the GUI thread, past PySide's import hook
    (`qt_free_import`): the first team action, never before."""
    from skill_ladder.qt_free_import import plain_imports

    with plain_imports():
        from skill_ladder.services.team import TeamService
    return TeamService


class TeamActions(QObject):
    connected = Signal(object)  # ConnectionCheck: a connection was tested and remembered
    shared = Signal(int, bool)  # check-in id, True when sent (False: shared already)
    withdrawn = Signal(int)  # check-in id
    pulled = Signal(bool)  # a pull is over (True: it installed or updated)

    def __init__(self, controller: WindowController) -> None:
        super().__init__(controller)
        self.c = controller
        self.connect_dialog: ConnectDialog | None = None
        self.share_dialog: ShareDialog | None = None
        self.withdraw_dialog: WithdrawDialog | None = None

    # -- the connection ---------------------------------------------------------------------
    def remembered(self) -> str | None:
        """The remembered connection string (read without loading psycopg), or None."""
        return remembered_url(self.c.window.data_dir)

    def service(self) -> TeamService:
        """The team service over the window's services; what it may import on its worker
        thread is imported here first (PySide's import hook must not swap from a worker)."""
        self.c.services.database.prepare_orm()
        return load_team_service()(self.c.services, self.c.window.data_dir)

    def in_background(
        self,
        work: Callable[[], T],
        then: Callable[[T], None],
        *,
        busy: bool = True,
        failed: Callable[[], None] | None = None,
        reading: bool = True,
    ) -> None:
        """`work` on the thread pool (the window's data actions off meanwhile when `busy`);
        `then(result)` on the GUI thread, or the failure said in one line."""
        if busy:
            self.c.window.set_busy(True)

        def done(result: T | None, error: BaseException | None) -> None:
            if busy:
                self.c.window.set_busy(False)
            if error is not None:
                self.report(error, reading=reading)
                if failed is not None:
                    failed()
                return
            then(result)  # type: ignore[arg-type]

        run_in_background(work, done)

    def report(self, error: BaseException, *, reading: bool = True) -> None:
        """Said as the controller says every failure ("Could not read…" / "Not saved…")."""
        if not isinstance(error, SkillLadderError):
            log.error("team work failed: %r", error)
        self.c.report_failure(as_team_failure(error), reading=reading)

    def _need_connection(self) -> str | None:
        """The remembered connection; without one, say to connect first (and offer it)."""
        url = self.remembered()
        if url is not None:
            return url
        answer = QMessageBox.question(
            self.c.window,
            self.tr("Team"),
            self.tr("Connect to your team's database first (Team › Connect…). Connect now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.connect_to_team()
        return None

    def connect_to_team(self) -> None:
        """The Connect dialog: a connection string or service name, tested off the GUI
        thread; Connect remembers it (never a password)."""
        from skill_ladder.ui.dialogs.team_dialogs import ConnectDialog

        team = self.service()
        dialog = ConnectDialog(
            self.c.window, self.remembered() or "", team.check_connection, team.remember
        )
        self.connect_dialog = dialog

        def accepted() -> None:
            check = dialog.connected
            if check is not None:
                self.c.window.statusBar().showMessage(
                    fill(self.tr("Team database remembered; connected as %1."), check.login), 6000
                )
                self.connected.emit(check)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- sharing ----------------------------------------------------------------------------
    def share_checkin(self) -> None:
        """The team's published frameworks read off the GUI thread, then the Share dialog:
        the check-in (the latest by default), notes unticked, the preview; Share sends it."""
        url = self._need_connection()
        if url is None:
            return
        checkins = self.c.read(lambda s: s.checkins.all(), quiet=False) or []
        if not checkins:
            QMessageBox.information(
                self.c.window,
                self.tr("Share a check-in"),
                self.tr("There is no check-in to share: close one first (Check-ins menu)."),
            )
            return
        self.c.flush_notes()
        team = self.service()
        self.in_background(lambda: team.published(url), lambda keys: self._show_share(url, keys))

    def _show_share(self, url: str, published: list[str]) -> None:
        from skill_ladder.ui.dialogs.team_dialogs import ShareDialog

        team = self.service()
        checkins = self.c.read(lambda s: s.checkins.all(), quiet=False) or []

        def plan(checkin_id: int, notes: bool) -> SharePlan:
            return team.plan_from(published, checkin_id, notes=notes)

        dialog = ShareDialog(self.c.window, checkins, plan, self.names)
        self.share_dialog = dialog

        def send(chosen: object) -> None:
            from skill_ladder.services.team_views import SharePlan

            assert isinstance(chosen, SharePlan)
            dialog.share_button.setEnabled(False)

            def sent(done: bool) -> None:
                if done:
                    said = self.tr(
                        "Check-in shared with your team: %n rating(s).", "", chosen.rating_count
                    )
                else:
                    said = self.tr("That check-in was shared already; nothing changed.")
                self.c.window.statusBar().showMessage(said, 8000)
                self.shared.emit(chosen.checkin_id, done)
                if still_open(dialog):  # the person may have closed it meanwhile
                    dialog.accept()

            def again() -> None:
                if still_open(dialog):
                    dialog.share_button.setEnabled(True)

            self.in_background(
                lambda: team.send(url, chosen), sent, busy=False, failed=again, reading=False
            )

        dialog.share_requested.connect(send)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def names(self, key: str) -> Names:
        """A framework's name and its levels' and roles' names, in the window's language."""
        from skill_ladder.services.catalog import Namer

        framework = self.c.read(lambda s: s.catalog.frameworks().get(key))
        if framework is None:
            return key, {}, {}
        namer = Namer(framework, self.c.language)
        return namer.framework, namer.levels, namer.roles

    # -- withdrawing ------------------------------------------------------------------------
    def withdraw_share(self) -> None:
        """My shares read off the GUI thread; Withdraw asks first (Cancel is the default)."""
        url = self._need_connection()
        if url is None:
            return
        team = self.service()
        self.in_background(
            lambda: team.shares(url), lambda shares: self._show_withdraw(url, shares)
        )

    def _show_withdraw(self, url: str, shares: list[SharedCheckin]) -> None:
        from skill_ladder.ui.dialogs.team_dialogs import WithdrawDialog

        team = self.service()
        dialog = WithdrawDialog(self.c.window, shares)
        self.withdraw_dialog = dialog

        def withdraw(checkin_id: int) -> None:
            dialog.withdraw_button.setEnabled(False)

            def gone(_: None) -> None:
                if still_open(dialog):  # the person may have closed it meanwhile
                    dialog.remove(checkin_id)
                self.c.window.statusBar().showMessage(
                    fill(self.tr("Check-in %1 withdrawn from the team."), checkin_id), 8000
                )
                self.withdrawn.emit(checkin_id)

            def again() -> None:
                if still_open(dialog):
                    dialog.withdraw_button.setEnabled(True)

            self.in_background(
                lambda: team.unshare(url, checkin_id), gone, busy=False, failed=again, reading=False
            )

        dialog.withdraw_requested.connect(withdraw)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- pulling ----------------------------------------------------------------------------
    def pull_frameworks(self) -> None:
        """Install or update the team's frameworks, as an import does, off the GUI thread."""
        url = self._need_connection()
        if url is None:
            return
        self.c.flush_notes()
        team = self.service()
        services = self.c.services
        services.database.prepare_orm()  # here: loading it swaps the import function

        def work() -> list[ImportReport]:
            reports = team.pull(url)
            services.catalog.frameworks()  # read the new catalogue here, not in the GUI
            return reports

        def done(reports: list[ImportReport]) -> None:
            self.c.undo.clear()  # ratings of changed requirements: no safe undo
            if not reports:
                self.c.window.statusBar().showMessage(
                    self.tr("The team has published no framework yet."), 8000
                )
                self.pulled.emit(False)
                return
            self.c.reload()
            changed = sum(r.texts_changed for r in reports)
            said = self.tr(
                "The team's frameworks are installed: %n framework(s).", "", len(reports)
            )
            if changed:
                said += " " + self.tr(
                    "%n rated requirement(s) changed wording since you rated them.", "", changed
                )
            self.c.window.statusBar().showMessage(said, 8000)
            self.pulled.emit(True)

        self.in_background(work, done, failed=lambda: self.pulled.emit(False), reading=False)
