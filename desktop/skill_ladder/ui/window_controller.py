"""The window's behaviour: it writes the window's one state (`WindowState`) from what the person
does and from the services, and is the one path through which the window calls the services,
so every failure reaches the person the same way (status bar, a message, the log), worded for
what was attempted: reading is not "Not saved".

Pages and widgets never keep a copy of the state or of a rating: pages read the state and ask
for data through `read`; ratings are the services' (the undo stack asks them for the value
before a change)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from skill_ladder.domain.rating import Rating
from skill_ladder.errors import SkillLadderError
from skill_ladder.rating_words import rating_label
from skill_ladder.services.views import Scope, Standing
from skill_ladder.settings import Settings
from skill_ladder.ui.rating_undo import RatingCommand
from skill_ladder.ui.widgets.readiness_charts import local_date
from skill_ladder.ui.window_state import Change, Snapshot, WindowState
from skill_ladder.wording import describe, fill, problems_of

if TYPE_CHECKING:
    from skill_ladder.services.hub import Services
    from skill_ladder.ui.main_window import MainWindow
    from skill_ladder.ui.pages.page import Page
    from skill_ladder.ui.widgets.card_list import CardList

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
        self.state = WindowState(language, self)
        self.undo = QUndoStack(self)
        self._wanted_role = settings.get("role")  # the last session's, until a profile shows
        self._wanted_level = settings.get("level")
        self._language = language  # of the next reads: the state's once they are shown
        self._loading = Change.NONE  # what a reload adds to the selection it causes
        self._selected = False
        self._ready_sent = False
        w = window
        w.browser.scope_selected.connect(self.select_scope)
        w.browser.search_changed.connect(self.search_profiles)
        w.browser.requirement_opened.connect(self.open_requirement)
        w.selection.role_changed.connect(self.select_role)
        w.selection.level_changed.connect(self.select_level)
        w.selection.my_role_toggled.connect(self._my_role_toggled)
        w.header.follow_toggled.connect(self.follow)
        w.standing.target_changed.connect(self.set_target)
        w.standing.my_role_changed.connect(self.set_my_role)
        w.standing.name_changed.connect(self.set_name)
        w.standing.open_requirement.connect(self.open_requirement)
        self.state.changed.connect(self._show)

    # -- the state, as tests and pages read it -------------------------------------------------
    @property
    def now(self) -> Snapshot:
        return self.state.now

    @property
    def scope(self) -> Scope | None:
        return self.state.now.scope

    @property
    def role(self) -> str | None:
        return self.state.now.role

    @property
    def level(self) -> str | None:
        return self.state.now.level

    @property
    def language(self) -> str:
        return self._language

    # -- the one path to the services ------------------------------------------------------------
    def read(self, action: Callable[[Services], T], *, quiet: bool = True) -> T | None:
        """Ask the services for something to show; a failure says it could not be read."""
        return self._run(lambda: action(self.services), reading=True, quiet=quiet)

    def call(self, action: Callable[[], T], *, quiet: bool = False) -> T | None:
        """Run a change through the services; a refusal or failure says it was not saved."""
        return self._run(action, reading=False, quiet=quiet)

    def attempt(self, action: Callable[[], object], *, quiet: bool = False) -> bool:
        """Run a change that returns nothing; True when it succeeded."""
        done = False

        def run() -> bool:
            nonlocal done
            action()
            done = True
            return True

        self.call(run, quiet=quiet)
        return done

    def _run(self, action: Callable[[], T], *, reading: bool, quiet: bool) -> T | None:
        try:
            return action()
        except SkillLadderError as error:
            self.report_failure(error, reading=reading, quiet=quiet)
            return None

    def report_failure(
        self, error: SkillLadderError, *, reading: bool = False, quiet: bool = False
    ) -> None:
        """Say a failure in plain words (status bar; a message unless `quiet`) and log it."""
        log.warning("%s: %s", "could not read" if reading else "refused", error)
        message = describe(error)
        unwritable = {"database.full": "full", "database.read_only": "read_only"}
        if error.code in unwritable:  # lasting, in the bar: not a message at every attempt
            self.window.read_only_bar.show_reason(unwritable[error.code], str(self.window.data_dir))
            quiet = True
        if reading:
            status = fill(self.tr("Could not read your data: %1"), message)
        else:
            status = fill(self.tr("Not saved: %1"), message)
        self.window.statusBar().showMessage(status)
        if quiet:
            return
        from skill_ladder.ui.dialogs.problem_list import ProblemListDialog

        details = problems_of(error)
        if details:
            ProblemListDialog.show_problems(self.window, self.tr("Skill Ladder"), message, details)
        else:
            QMessageBox.warning(self.window, self.tr("Skill Ladder"), message)

    def saved(self) -> None:
        self.window.statusBar().showMessage(self.tr("Saved"), 4000)

    # -- start and refresh -------------------------------------------------------------------
    def attach(self, services: Services) -> None:
        self.services = services
        self.attached = True
        self.start()

    def start(self) -> None:
        self.window.standing.set_person(self.read(lambda s: s.personal.name()) or "")
        saved = self.settings.get("scope")
        scope = None
        if isinstance(saved, dict) and isinstance(saved.get("framework"), str):
            scope = Scope(saved["framework"], tuple(str(s) for s in saved.get("skills", [])))
        self.reload(scope)
        self.update_last_checkin()

    def reload(self, scope: Scope | None = None, also: Change = Change.CATALOG) -> None:
        """Read everything again (after an import, a restore, a change elsewhere, or in
        another language): the state changes once, with `also`."""
        followed = self.read(lambda s: s.personal.followed()) or set()
        entries = self.read(lambda s: s.catalog.browse(self.language, followed)) or []
        # The search in the box, again: new texts, or another language.
        searched = self.window.browser.search.text()
        matching = self._matching(searched)
        self._loading, self._selected = also, False
        try:
            self.window.browser.load(entries, scope or self.state.now.scope, matching)
            self._show_found(searched)
            current = self.window.browser.current_scope()
            if not self._selected and current is not None:
                # The browser kept the same profile selected, so it said nothing.
                self.select_scope(current)
        finally:
            self._loading = Change.NONE
        if not entries:
            self.undo.clear()
            self.state.update(
                also,
                scope=None,
                detail=None,
                level=None,
                my_role=None,
                target=None,
                standing=None,
                language=self.language,
            )

    def search_profiles(self, text: str) -> None:
        self.window.browser.show_matches(text, self._matching(text))
        self._show_found(text)

    def _show_found(self, text: str) -> None:
        """The requirements the search finds, listed under the box (it clears the list
        itself when emptied)."""
        if not text.strip():
            return
        language = self.language
        found = self.read(lambda s: s.catalog.search_requirements(text, language))
        if found is not None:
            self.window.browser.show_requirement_results(found)

    def _matching(self, text: str) -> frozenset[str]:
        found = self.read(lambda s: s.catalog.matching_skills(text, self.language))
        return found or frozenset()

    def refresh_if_changed_elsewhere(self) -> None:
        if self.read(lambda s: s.refresh_if_changed()):
            log.info("data changed outside the window; reloading")
            self.reload()
            self.update_last_checkin()

    def set_language(self, language: str) -> None:
        """Read the content again in `language`: one change of the state, so each page on
        screen is rebuilt once."""
        self._language = language
        if self.attached:
            self.reload(also=Change.LANGUAGE)
            self.update_last_checkin()
        else:
            self.state.update(language=language)

    # -- selection -----------------------------------------------------------------------------
    def select_scope(self, scope: Scope) -> None:
        self._selected = True
        also = self._loading
        self.flush_notes()
        language = self.language
        detail = self.read(
            lambda s: s.catalog.detail(scope, language, with_requirements=False), quiet=False
        )
        if detail is None:
            return
        self.settings.set("scope", {"framework": scope.framework, "skills": list(scope.skills)})
        now = self.state.now
        roles = [r.key for r in detail.roles]
        role = now.role if now.scope is not None else self._wanted_role
        if not detail.has_roles:
            role = roles[0] if roles else None
        elif role not in roles:
            role = None
        levels = [lv.key for lv in detail.levels]
        level = now.level if now.scope is not None else self._wanted_level
        if level not in levels:
            level = levels[0] if levels else None
        my_role = self.read(lambda s: s.personal.my_role(scope.framework))
        self._update(
            also,
            scope=scope,
            detail=detail,
            role=role,
            level=level,
            my_role=my_role,
            language=language,
        )

    def select_role(self, role: str | None) -> None:
        self.flush_notes()
        self.settings.set("role", role)
        self._update(role=role)

    def select_level(self, level: str) -> None:
        self.flush_notes()
        self.settings.set("level", level)
        self.state.update(level=level)

    def _update(self, also: Change = Change.NONE, **values: object) -> None:
        """Update the state, with the standing of whoever's it now is, in one change."""
        upcoming = replace(self.state.now, **values)  # type: ignore[arg-type]
        standing = self._standing_of(upcoming)
        self.state.update(
            also,
            **values,
            standing=standing,
            target=None if standing is None else standing.target,
        )

    def _standing_of(self, now: Snapshot) -> Standing | None:
        scope, role = now.scope, now.standing_role
        if scope is None or role is None:
            return None
        return self.read(lambda s: s.standing.standing_of(scope, role, now.language))

    def refresh_standing(self, also: Change = Change.NONE) -> None:
        self._update(also)

    def flush_notes(self) -> None:
        for cards in self.window.pages.card_lists():
            cards.flush()

    # -- showing the state: the parts of the window that are not pages ----------------------------
    def _show(self, changes: Change) -> None:
        now = self.state.now
        w = self.window
        if changes & (Change.SCOPE | Change.CATALOG | Change.LANGUAGE):
            followed = now.detail is not None and now.detail.key in (
                self.read(lambda s: s.personal.followed()) or set()
            )
            w.header.set_detail(now.detail, followed)
            w.header.remember(self.settings, now.language)
            detail = now.detail
            if detail is None:
                w.selection.set_roles([], None, True)
                w.selection.levels.set_levels([], None)
            else:
                w.selection.set_roles(detail.roles, now.role, detail.has_roles)
                w.selection.levels.set_levels(detail.levels, now.level)
        if changes & Change.ROLE:
            w.selection.set_role(now.role)
        if changes & Change.LEVEL and now.level is not None:
            w.selection.levels.set_level(now.level)
        if changes & (Change.SCOPE | Change.ROLE | Change.MINE | Change.CATALOG | Change.LANGUAGE):
            w.selection.set_mine(now.my_role, now.role)
            w.header.set_mine(
                now.role_names().get(now.my_role or "", None),
                now.level_names().get(now.target or "", None),
                has_roles=now.show_role,
            )
        if changes & (
            Change.STANDING | Change.MINE | Change.SCOPE | Change.CATALOG | Change.LANGUAGE
        ):
            detail = now.detail
            w.standing.set_standing(
                now.standing,
                list(detail.levels) if detail else [],
                now.target,
                roles=list(detail.roles) if detail and detail.has_roles else [],
                my_role=now.my_role,
                browsing=now.standing_role if now.my_role is None else None,
            )
        w.pages.state_changed(now, changes)

    def refresh_page(self, page: Page) -> None:
        """A page's own control changed what it shows (not the state): refresh it now."""
        self.window.pages.refresh_now(page)

    def painted(self) -> None:
        """The page on screen has its content (pages without cards say so when refreshed)."""
        QTimer.singleShot(0, self._painted)

    def _painted(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def connect_cards(self, cards: CardList) -> None:
        cards.rating_requested.connect(self.rate)
        cards.note_edited.connect(self.save_note)
        cards.suggest_requested.connect(self.suggest)
        cards.painted.connect(self._painted)

    # -- my role and my target ----------------------------------------------------------------
    def _my_role_toggled(self, on: bool) -> None:
        self.set_my_role(self.state.now.role if on else None)

    def set_my_role(self, role: str | None) -> None:
        framework = self.state.now.framework
        if framework is None:
            return
        if self.attempt(lambda: self.services.personal.set_my_role(framework, role)):
            self.saved()
        self._update(my_role=self.read(lambda s: s.personal.my_role(framework)))

    def set_target(self, level: str | None) -> None:
        now = self.state.now
        framework, role = now.framework, now.standing_role
        if framework is None or role is None:
            return
        if self.attempt(lambda: self.services.personal.set_target(framework, role, level)):
            self.saved()
        self._update()

    def set_name(self, name: str) -> None:
        if name.strip() == (self.read(lambda s: s.personal.name()) or ""):
            return  # leaving the field without a change saves nothing
        if self.attempt(lambda: self.services.personal.set_name(name)):
            self.saved()

    def follow(self, skill: str, on: bool) -> None:
        if self.attempt(lambda: self.services.personal.set_followed(skill, on)):
            self.saved()
        self.reload()

    # -- rating -----------------------------------------------------------------------------------
    def rate(self, key: str, value: Rating | None) -> None:
        """A click or a key: saved at once (with what it replaces, in one transaction), then
        pushed on the undo stack, whose first redo only shows it."""
        done = self.call(lambda: self.services.ratings.change_rating(key, value))
        if done is None:  # not saved: the cards show what is stored
            self._show_stored(key, value)
            return
        before, change = done
        if change is None:  # rated so already
            return
        if value is None:
            text = self.tr("clear the rating")
        else:
            text = fill(self.tr("rate “%1”"), rating_label(value))
        shown = self._show_saved
        self.undo.push(RatingCommand(key, before.value, value, self._apply_rating, text, shown))

    def _apply_rating(self, key: str, value: Rating | None) -> bool:
        """Undo and redo: save `value` and show it; False (shown as stored) if not saved."""
        if self.call(lambda: self.services.ratings.set_rating(key, value)) is None:
            self._show_stored(key, value)
            return False
        self._show_saved(key, value)
        return True

    def _show_saved(self, key: str, value: Rating | None) -> None:
        # The value given, rated against today's text (`ratings_store.save`): nothing to read.
        for cards in self.window.pages.card_lists():
            cards.update_rating(key, value, False)
        self.saved()
        self.refresh_standing(Change.RATINGS)

    def _show_stored(self, key: str, wanted: Rating | None) -> None:
        saved = self.read(lambda s: s.ratings.rating_of(key))
        shown = wanted if saved is None else saved.value
        for cards in self.window.pages.card_lists():
            cards.update_rating(key, shown, bool(saved and saved.text_changed))

    def save_note(self, key: str, note: str) -> None:
        if self.call(lambda: self.services.ratings.set_note(key, note)) is not None:
            for cards in self.window.pages.card_lists():
                cards.update_note(key, note)
            self.saved()
            self.state.update(Change.RATINGS)

    def suggest(self, key: str) -> None:
        from skill_ladder.ui.dialogs.suggest_change import SuggestChangeDialog

        text = self.read(lambda s: s.catalog.requirement_text(key, self.language), quiet=False)
        if text is None:
            return
        answer = SuggestChangeDialog.ask(self.window, text)
        if answer is None:
            return
        if self.call(lambda: self.services.personal.propose(key, *answer)) is not None:
            self.window.statusBar().showMessage(self.tr("Proposal saved (see Proposals)"), 5000)
            self.state.update(Change.PROPOSALS)

    # -- navigation ---------------------------------------------------------------------------
    def open_requirement(self, key: str) -> None:
        """Show the card of `key` in the Cards page, at its role and level, and focus it.
        Browsing there never moves my role."""
        where = self.read(lambda s: s.catalog.locate(key), quiet=False)
        if where is None:
            return
        framework, skill, role, level = where
        scope = self.state.now.scope
        if (
            scope is None
            or scope.framework != framework
            or (scope.skills and skill not in scope.skills)
        ):
            self.window.browser.select(Scope(framework, (skill,)))
        detail = self.state.now.detail
        browse = role if detail is not None and detail.has_roles else self.state.now.role
        self.open_cell(browse, skill, level, key)

    def open_cell(self, role: str | None, _skill: str, level: str, key: str) -> None:
        if role is not None and role != self.state.now.role:
            self.select_role(role)
        if level != self.state.now.level:
            self.select_level(level)
        self.window.pages.show("cards")
        self.window.pages.cards_list().focus_card(key)

    # -- proposals ----------------------------------------------------------------------------
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

        data = self.read(lambda s: s.personal.proposals_document(), quiet=False)
        if data is not None and self.attempt(lambda: write_atomic(Path(path), data, mode=0o644)):
            self.window.statusBar().showMessage(
                fill(self.tr("Proposals exported to %1"), path), 6000
            )

    def delete_proposal(self, proposal_id: int) -> None:
        self.attempt(lambda: self.services.personal.delete_proposal(proposal_id))
        self.state.update(Change.PROPOSALS)

    # -- check-ins ---------------------------------------------------------------------------------
    def close_checkin(self) -> None:
        from skill_ladder.ui.dialogs.close_checkin import CloseCheckinDialog

        self.flush_notes()
        counts = self.read(lambda s: s.checkins.coverage(), quiet=False)
        if counts is None:
            return
        note = CloseCheckinDialog.ask(self.window, *counts)
        if note is None:
            return
        checkin = self.call(lambda: self.services.checkins.create(note))
        if checkin is not None:
            kept = checkin.rated
            self.window.statusBar().showMessage(
                self.tr("Check-in closed: %n rating(s) kept", "", kept), 5000
            )
            self.update_last_checkin()

    def rename_checkin(self, checkin_id: int) -> None:
        checkins = self.read(lambda s: s.checkins.all(), quiet=False) or []
        current = next((c.note for c in checkins if c.id == checkin_id), "")
        note, ok = QInputDialog.getText(
            self.window, self.tr("Rename check-in"), self.tr("Note:"), text=current
        )
        if ok:
            self.attempt(lambda: self.services.checkins.rename(checkin_id, note.strip()))
            self.update_last_checkin()

    def delete_checkin(self, checkin_id: int, label: str) -> None:
        """Delete a check-in once the person confirms (Cancel is the default); `label` names
        it in the question."""
        from skill_ladder.ui.dialogs import confirm

        if confirm.confirm_delete_checkin(self.window, label):
            self.attempt(lambda: self.services.checkins.delete(checkin_id))
            self.update_last_checkin()

    def update_last_checkin(self) -> None:
        checkins = self.read(lambda s: s.checkins.all()) or []
        if checkins:
            self.window.last_checkin.setText(
                fill(self.tr("Last check-in: %1"), local_date(checkins[-1].created))
            )
        else:
            self.window.last_checkin.setText(self.tr("No check-in yet"))
        self.state.update(Change.CHECKINS, checkins=len(checkins))
