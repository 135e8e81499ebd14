"""The window's behaviour: it keeps the selection (scope, role, level, view), asks the services
for plain data and hands it to the widgets, and saves what the person changes.

Widgets only show data and emit requests; this class is the one place that calls services for
the window, so a failure is always reported the same way (status bar, a message, the log).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from skill_ladder.domain.rating import Rating
from skill_ladder.errors import SkillLadderError
from skill_ladder.rating_words import rating_label
from skill_ladder.services.views import (
    NamedKey,
    ProfileDetail,
    RequirementView,
    Scope,
)
from skill_ladder.settings import Settings
from skill_ladder.ui.dialogs.problem_list import ProblemListDialog
from skill_ladder.ui.dialogs.suggest_change import SuggestChangeDialog
from skill_ladder.ui.rating_undo import RatingCommand
from skill_ladder.ui.view_tabs import CARDS, COMPARE, GROWTH, MATRIX, PROPOSALS
from skill_ladder.ui.widgets.card_list import CardList
from skill_ladder.ui.widgets.readiness_charts import local_date
from skill_ladder.wording import describe, fill, problems_of

if TYPE_CHECKING:
    from skill_ladder.services.hub import Services
    from skill_ladder.ui.main_window import MainWindow

log = logging.getLogger(__name__)
T = TypeVar("T")


class WindowController(QObject):
    ready = Signal()  # the current view's content has been painted once

    def __init__(self, window: MainWindow, settings: Settings, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.services: Services  # from `attach`, once the window is on screen
        self.attached = False
        self.reopen: Callable[[], Services] | None = None  # after a restore
        self.settings = settings
        self.language = language
        self.undo = QUndoStack(self)
        self.scope: Scope | None = None
        self.detail: ProfileDetail | None = None
        self.role: str | None = settings.get("role")
        self.level: str | None = settings.get("level")
        self._ready_sent = False
        w = window
        w.browser.scope_selected.connect(self.select_scope)
        w.browser.search_changed.connect(self.search_profiles)
        w.selection.role_changed.connect(self.select_role)
        w.selection.level_changed.connect(self.select_level)
        w.views.currentChanged.connect(self._view_changed)
        w.header.follow_toggled.connect(self.follow)
        w.standing.target_changed.connect(self.set_target)
        w.standing.name_changed.connect(self.set_name)
        w.standing.open_requirement.connect(self.open_requirement)
        w.page_made.connect(self._connect_page)
        for index in w.made_pages():  # the others connect when they are made
            self._connect_page(index)

    def _connect_page(self, index: int) -> None:
        w = self.window
        if index == CARDS:
            self._connect_cards(w.cards)
        elif index == COMPARE:
            self._connect_cards(w.compare.current)
            self._connect_cards(w.compare.next)
        elif index == MATRIX:
            w.matrix.cell_opened.connect(self.open_cell)
        elif index == GROWTH:
            w.growth.create_requested.connect(self.close_checkin)
            w.growth.rename_requested.connect(self.rename_checkin)
            w.growth.delete_requested.connect(self.delete_checkin)
            w.growth.compare_requested.connect(self.show_changes)
        elif index == PROPOSALS:
            w.proposals.export_requested.connect(self.export_proposals)
            w.proposals.delete_requested.connect(self.delete_proposal)

    def _connect_cards(self, cards: CardList) -> None:
        cards.rating_requested.connect(self.rate)
        cards.note_edited.connect(self.save_note)
        cards.suggest_requested.connect(self.suggest)
        cards.painted.connect(self._painted)

    # -- running services safely ----------------------------------------------------------
    def call(self, action: Callable[[], T], *, quiet: bool = False) -> T | None:
        """Run a service call; a refusal or failure is shown in plain words and logged."""
        try:
            return action()
        except SkillLadderError as error:
            log.warning("refused: %s", error)
            message = describe(error)
            self.window.statusBar().showMessage(fill(self.tr("Not saved: %1"), message))
            if not quiet:
                details = problems_of(error)
                if details:
                    ProblemListDialog.show_problems(
                        self.window, self.tr("Skill Ladder"), message, details
                    )
                else:
                    QMessageBox.warning(self.window, self.tr("Skill Ladder"), message)
            return None

    def attempt(self, action: Callable[[], object], *, quiet: bool = False) -> bool:
        """Run an action that returns nothing; True when it succeeded."""
        done = False

        def run() -> bool:
            nonlocal done
            action()
            done = True
            return True

        self.call(run, quiet=quiet)
        return done

    def saved(self) -> None:
        self.window.statusBar().showMessage(self.tr("Saved"), 4000)

    # -- start and refresh -------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        self.services = services
        self.attached = True
        self.start()

    def start(self) -> None:
        self.window.standing.set_person(self.call(self.services.personal.name) or "")
        saved = self.settings.get("scope")
        scope = None
        if isinstance(saved, dict) and isinstance(saved.get("framework"), str):
            scope = Scope(saved["framework"], tuple(str(s) for s in saved.get("skills", [])))
        self.reload(scope)
        self.update_last_checkin()

    def reload(self, scope: Scope | None = None) -> None:
        """Rebuild everything from the services (after an import, or a change elsewhere)."""
        followed = self.call(self.services.personal.followed) or set()
        entries = self.call(lambda: self.services.catalog.browse(self.language, followed)) or []
        # The search in the box, again: new texts, or another language.
        matching = self._matching(self.window.browser.search.text())
        self.window.browser.load(entries, scope or self.scope, matching)
        if not entries:
            self.scope, self.detail, self.level = None, None, None
            self.window.header.set_detail(None, False)
            self.window.header.remember(self.settings, self.language)
            self.window.selection.set_roles([], None, True)
            self.window.selection.levels.set_levels([], None)
            if self.window.has_page(MATRIX):
                self.window.matrix.set_matrix(None)
            self.undo.clear()
            self._refresh_views()

    def search_profiles(self, text: str) -> None:
        self.window.browser.show_matches(text, self._matching(text))

    def _matching(self, text: str) -> frozenset[str]:
        found = self.call(
            lambda: self.services.catalog.matching_skills(text, self.language), quiet=True
        )
        return found or frozenset()

    def refresh_if_changed_elsewhere(self) -> None:
        if self.call(self.services.refresh_if_changed, quiet=True):
            log.info("data changed outside the window; reloading")
            self.reload(self.scope)
            self.update_last_checkin()

    def set_language(self, language: str) -> None:
        self.language = language
        if not self.attached:
            return
        self.reload(self.scope)
        self.update_last_checkin()

    # -- selection -----------------------------------------------------------------------------
    def select_scope(self, scope: Scope) -> None:
        self.flush_notes()
        detail = self.call(
            lambda: self.services.catalog.detail(scope, self.language, with_requirements=False)
        )
        if detail is None:
            return
        self.scope, self.detail = scope, detail
        self.settings.set("scope", {"framework": scope.framework, "skills": list(scope.skills)})
        followed = detail.key in (self.call(self.services.personal.followed) or set())
        self.window.header.set_detail(detail, followed)
        self.window.header.remember(self.settings, self.language)
        roles = [r.key for r in detail.roles]
        if not detail.has_roles:
            self.role = roles[0] if roles else None
        elif self.role not in roles:
            self.role = None
        self.window.selection.set_roles(detail.roles, self.role, detail.has_roles)
        levels = [lv.key for lv in detail.levels]
        if self.level not in levels:
            self.level = levels[0] if levels else None
        self.window.selection.levels.set_levels(detail.levels, self.level)
        self._refresh_views()

    def select_role(self, role: str | None) -> None:
        self.flush_notes()
        self.role = role
        self.settings.set("role", role)
        self._refresh_views()

    def select_level(self, level: str) -> None:
        self.flush_notes()
        self.level = level
        self.settings.set("level", level)
        self._refresh_views(standing=False)

    def _view_changed(self, index: int) -> None:
        self.flush_notes()
        self.settings.set("tab", index)
        self._refresh_views(standing=False)

    def flush_notes(self) -> None:
        for cards in self.card_lists():
            cards.flush()

    def level_names(self) -> dict[str, str]:
        return {lv.key: lv.name for lv in self.detail.levels} if self.detail else {}

    # -- filling the views ---------------------------------------------------------------------
    def _refresh_views(self, *, standing: bool = True) -> None:
        view = self.window.views.currentIndex()
        # Only the view on screen holds requirements: nothing stale can answer for a key.
        if view != CARDS:
            self.window.cards.set_cards((), show_role=False)
        if view != COMPARE and self.window.has_page(COMPARE):
            self.window.compare.current.set_cards((), show_role=False)
            self.window.compare.next.set_cards((), show_role=False)
        scope, level = self.scope, self.level
        show_role = bool(self.detail and self.detail.has_roles)
        if scope is None or level is None:
            self.window.cards.set_cards(
                (),
                show_role=False,
                empty_text=self.tr("Import a profile to begin (File › Import profile…)."),
            )
            if self.window.has_page(COMPARE):
                self.window.compare.current.set_cards((), show_role=False)
                self.window.compare.next.set_cards((), show_role=False)
        elif view == CARDS:
            cards = self.call(
                lambda: self.services.board.cards(scope, self.role, level, self.language)
            )
            self.window.cards.set_cards(
                cards or (),
                show_role=show_role,
                empty_text=self.tr("Nothing is expected of this role at this level."),
            )
        elif view == COMPARE:
            comparison = self.call(
                lambda: self.services.board.compare(scope, self.role, level, self.language)
            )
            if comparison is not None:
                self.window.compare.set_comparison(comparison, self.level_names(), show_role)
        elif view == MATRIX:
            self.window.matrix.set_matrix(
                self.call(lambda: self.services.board.matrix(scope, self.role, self.language))
            )
        elif view == GROWTH:
            self._refresh_growth()
        elif view == PROPOSALS:
            self.window.proposals.set_proposals(
                self.call(lambda: self.services.personal.proposals(self.language)) or []
            )
        if view not in (CARDS, COMPARE):
            QTimer.singleShot(0, self._painted)
        if standing:
            self.refresh_standing()

    def refresh_standing(self) -> None:
        scope, role, detail = self.scope, self.role, self.detail
        levels: list[NamedKey] = list(detail.levels) if detail else []
        if scope is None or role is None or detail is None:
            self.window.standing.set_standing(None, levels, None)
            return
        standing = self.call(
            lambda: self.services.standing.standing_of(scope, role, self.language), quiet=True
        )
        target = self.call(lambda: self.services.personal.target(scope.framework, role), quiet=True)
        self.window.standing.set_standing(standing, levels, target)

    def _refresh_growth(self) -> None:
        growth = self.window.growth
        checkins = self.call(self.services.checkins.all) or []
        growth.set_checkins(checkins)
        scope, role = self.scope, self.role
        if scope is not None and role is not None:
            growth.set_history(
                self.call(
                    lambda: self.services.checkins.readiness_history(scope, role, self.language)
                )
            )
        else:
            growth.set_history(None)
        pair = growth.selected_pair()
        if pair is not None and scope is not None:
            self.show_changes(*pair)
        else:
            growth.set_changes([])

    def _painted(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    # -- rating -----------------------------------------------------------------------------------
    def _flagged(self, key: str) -> bool:
        """Rated against wording that has changed since (and not re-rated in this view)."""
        return any(v.key == key and v.text_changed for v in self._shown_views())

    def card_lists(self) -> tuple[CardList, ...]:
        w = self.window
        if not w.has_page(COMPARE):  # not made yet: nothing in it
            return (w.cards,)
        return (w.cards, w.compare.current, w.compare.next)

    def _shown_views(self) -> list[RequirementView]:
        """The requirements of the view on screen (lists of other views are kept empty)."""
        return [v for cards in self.card_lists() for v in cards.views()]

    def _current_rating(self, key: str) -> Rating | None:
        return next((v.rating for v in self._shown_views() if v.key == key), None)

    def rate(self, key: str, value: Rating | None) -> None:
        before = self._current_rating(key)
        if before == value and not self._flagged(key):
            return
        if value is None:
            text = self.tr("clear the rating")
        else:
            text = fill(self.tr("rate “%1”"), rating_label(value))
        self.undo.push(RatingCommand(key, before, value, self._apply_rating, text))

    def _apply_rating(self, key: str, value: Rating | None) -> bool:
        change = self.call(lambda: self.services.ratings.set_rating(key, value))
        if change is None:
            self._show_rating(key, self._current_rating(key))  # back to what is saved
            return False
        self._show_rating(key, value)
        self.saved()
        self.refresh_standing()
        if self.window.views.currentIndex() == MATRIX:
            self._refresh_views(standing=False)
        return True

    def _show_rating(self, key: str, value: Rating | None) -> None:
        for cards in self.card_lists():
            cards.update_rating(key, value, False)

    def save_note(self, key: str, note: str) -> None:
        if self.call(lambda: self.services.ratings.set_note(key, note)) is not None:
            for cards in self.card_lists():
                cards.update_note(key, note)
            self.saved()

    # -- navigation ---------------------------------------------------------------------------
    def open_requirement(self, key: str) -> None:
        """Show the card of `key` in the Cards view and focus it."""
        scope = self.scope
        if scope is None:
            return
        framework = self.call(lambda: self.services.catalog.subset(scope))
        if framework is None:
            return
        for skill in framework.skills:
            for req in skill.requirements:
                if req.key == key:
                    self.open_cell(
                        req.role if framework.has_roles and self.role is not None else self.role,
                        skill.key,
                        req.level,
                        key,
                    )
                    return

    def open_cell(self, role: str | None, _skill: str, level: str, key: str) -> None:
        w = self.window
        if role is not None and role != self.role:
            w.selection.set_role(role)
            self.select_role(role)
        w.views.setCurrentIndex(CARDS)
        w.selection.levels.set_level(level)
        if self.level != level:
            self.select_level(level)
        w.cards.focus_card(key)

    # -- personal -------------------------------------------------------------------------------
    def follow(self, skill: str, on: bool) -> None:
        if self.attempt(lambda: self.services.personal.set_followed(skill, on)):
            self.saved()
        self.reload(self.scope)

    def set_target(self, level: str | None) -> None:
        scope, role = self.scope, self.role
        if scope is None or role is None:
            return
        if self.attempt(lambda: self.services.personal.set_target(scope.framework, role, level)):
            self.saved()
        self.refresh_standing()

    def set_name(self, name: str) -> None:
        if name.strip() == (self.call(self.services.personal.name, quiet=True) or ""):
            return  # leaving the field without a change saves nothing
        if self.attempt(lambda: self.services.personal.set_name(name)):
            self.saved()

    def suggest(self, key: str) -> None:
        view = next((v for v in self._shown_views() if v.key == key), None)
        if view is None:
            return
        answer = SuggestChangeDialog.ask(self.window, view.text)
        if answer is None:
            return
        if self.call(lambda: self.services.personal.propose(key, *answer)) is not None:
            self.window.statusBar().showMessage(self.tr("Proposal saved (see Proposals)"), 5000)

    def export_proposals(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export proposals"),
            str(Path.home() / "skill-ladder-proposals.json"),
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        from skill_ladder.atomic_write import write_atomic

        data = self.call(self.services.personal.proposals_document)
        if data is not None and self.attempt(lambda: write_atomic(Path(path), data, mode=0o644)):
            self.window.statusBar().showMessage(
                fill(self.tr("Proposals exported to %1"), path), 6000
            )

    def delete_proposal(self, proposal_id: int) -> None:
        self.attempt(lambda: self.services.personal.delete_proposal(proposal_id))
        self._refresh_views(standing=False)

    # -- check-ins ---------------------------------------------------------------------------------
    def close_checkin(self) -> None:
        self.flush_notes()
        note, ok = QInputDialog.getText(
            self.window,
            self.tr("Close a check-in"),
            self.tr("A note for this check-in (optional):"),
        )
        if not ok:
            return
        checkin = self.call(lambda: self.services.checkins.create(note.strip()))
        if checkin is not None:
            kept = checkin.rated
            self.window.statusBar().showMessage(
                self.tr("Check-in closed: %n rating(s) kept", "", kept), 5000
            )
            self.update_last_checkin()
            self._refresh_views(standing=False)

    def rename_checkin(self, checkin_id: int) -> None:
        current = next(
            (c.note for c in self.call(self.services.checkins.all) or [] if c.id == checkin_id), ""
        )
        note, ok = QInputDialog.getText(
            self.window, self.tr("Rename check-in"), self.tr("Note:"), text=current
        )
        if ok:
            self.attempt(lambda: self.services.checkins.rename(checkin_id, note.strip()))
            self._refresh_views(standing=False)

    def delete_checkin(self, checkin_id: int) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete check-in"),
            self.tr("Delete this check-in? Your current ratings are not affected."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.attempt(lambda: self.services.checkins.delete(checkin_id))
            self.update_last_checkin()
            self._refresh_views(standing=False)

    def show_changes(self, before: int, after: int | None) -> None:
        scope = self.scope
        if scope is None:
            return
        changes = self.call(
            lambda: self.services.checkins.changes(scope, before, after, self.language), quiet=True
        )
        self.window.growth.set_changes(changes or [])

    def update_last_checkin(self) -> None:
        checkins = self.call(self.services.checkins.all, quiet=True) or []
        if checkins:
            self.window.last_checkin.setText(
                fill(self.tr("Last check-in: %1"), local_date(checkins[-1].created))
            )
        else:
            self.window.last_checkin.setText(self.tr("No check-in yet"))
