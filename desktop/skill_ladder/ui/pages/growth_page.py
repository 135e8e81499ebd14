"""Check-ins and growth: the timeline, what changed between two check-ins, and my readiness
over time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.ui.pages.page import CONTENT, Page
from skill_ladder.ui.window_state import Change, Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from skill_ladder.services.views import Scope
    from skill_ladder.ui.widgets.growth_view import GrowthView

translate = QCoreApplication.translate


class GrowthPage(Page):
    key = "growth"
    depends = CONTENT | Change.MINE | Change.ROLE | Change.STANDING | Change.CHECKINS

    @staticmethod
    def title() -> str:
        return translate("Pages", "Check-ins and growth")

    @staticmethod
    def menu_text() -> str:
        return translate("Pages", "Check-ins and &growth")

    def build(self, parent: QWidget) -> QWidget:
        from skill_ladder.ui.widgets.growth_view import GrowthView

        self.view: GrowthView = GrowthView(parent)
        c = self.controller
        self.view.create_requested.connect(c.close_checkin)
        self.view.rename_requested.connect(c.rename_checkin)
        self.view.delete_requested.connect(
            lambda checkin: c.delete_checkin(checkin, self.view.label_for(checkin))
        )
        self.view.compare_requested.connect(self.show_changes)
        self.view.compare_requested.connect(self._chosen)
        self._picked = False  # the person chose a pair: the default no longer applies
        self._now: Snapshot | None = None
        self._history_of: tuple[object, ...] | None = None
        self._changes_of: tuple[object, ...] | None = None  # What changed's scope, pair, language
        return self.view

    def leave(self) -> None:
        self._history_of = None
        self._changes_of = None

    def write_controls(self) -> tuple[QWidget, ...]:
        view = self.view
        return (view.create_button, view.rename_button, view.delete_button)

    def refresh(self, now: Snapshot, changes: Change) -> None:
        self._now = now
        fresh = bool(changes & (CONTENT | Change.CHECKINS)) or self._history_of is None
        if fresh:
            self.view.set_checkins(self.controller.read(lambda s: s.checkins.all()) or [])
        scope, role = now.scope, now.standing_role
        if (
            scope is not None
            and role is not None
            and (
                fresh
                or (changes & (Change.STANDING | Change.ROLE | Change.MINE) and not self._picked)
            )
        ):
            self._default_pair(scope, role)
        history_of = (scope, role, now.language)
        if history_of != self._history_of or changes & (
            CONTENT | Change.CHECKINS | Change.STANDING
        ):
            self._history_of = history_of
            if scope is not None and role is not None:
                self.view.set_history(
                    self.controller.read(
                        lambda s: s.checkins.readiness_history(scope, role, now.language)
                    )
                )
            else:
                self.view.set_history(None)
        pair = self.view.selected_pair()
        if pair is not None and scope is not None:
            # What changed is of the whole scope, not of a role: a role switch that keeps the
            # pair reads nothing again (it decoded every changed text of 10,800).
            shown = (scope, pair, now.language)
            if shown != self._changes_of or changes & (CONTENT | Change.CHECKINS | Change.RATINGS):
                self.show_changes(*pair)
        else:
            self._changes_of = None
            self.view.set_changes([])
        self.controller.painted()

    def _chosen(self) -> None:
        self._picked = True

    def _default_pair(self, scope: Scope, role: str) -> None:
        """The report's default: the state reported (now, or the latest check-in when nothing
        changed since) against the check-in before it."""
        self._picked = False
        pair = self.controller.read(lambda s: s.reports.baseline(scope, role))
        if pair is None:
            return
        chosen, since = pair
        if since is not None:
            self.view.select_pair(since.id, None if chosen is None else chosen.id)

    def show_changes(self, before: int, after: int | None) -> None:
        now = self._now
        scope = None if now is None else now.scope
        if now is None or scope is None:
            return
        changes = self.controller.read(
            lambda s: s.checkins.changes(scope, before, after, now.language, texts=True)
        )
        self._changes_of = (scope, (before, after), now.language)
        self.view.set_changes(changes or [])
