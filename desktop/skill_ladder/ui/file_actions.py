"""The window's File menu work: import, remove and restore profiles, back up and restore, export
and import my data, and the report. It uses the controller's services, selection and error
reporting, so failures look the same everywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
)

from skill_ladder.errors import InvalidInput, SkillLadderError
from skill_ladder.services.views import CheckinView, ImportReport, ReportData, Scope
from skill_ladder.ui.background import run_in_background
from skill_ladder.ui.dialogs.problem_list import ProblemListDialog
from skill_ladder.wording import describe, fill, problems_of

if TYPE_CHECKING:
    from skill_ladder.catalog.ladder_draft import LadderDraft
    from skill_ladder.catalog.spreadsheet import ColumnChoice, Sheet
    from skill_ladder.domain.profile import Framework
    from skill_ladder.services.hub import Services
    from skill_ladder.ui.window_controller import WindowController

log = logging.getLogger(__name__)
T = TypeVar("T")
SPREADSHEET_CHOICES = "spreadsheet_columns"  # settings.json: file name -> its column choice


class FileActions(QObject):
    import_finished = Signal(bool)  # an import from the File menu is done (True: imported)

    def __init__(self, controller: WindowController) -> None:
        super().__init__(controller)
        self.c = controller

    # -- my data: backups, export, import ---------------------------------------------------
    def backup_now(self) -> None:
        made = self.c.call(self.c.services.backups.create)
        if made is not None:
            self.c.window.statusBar().showMessage(fill(self.tr("Backup %1 made"), made.id), 6000)

    def restore_backup(self) -> None:
        found = self.c.read(lambda s: s.backups.all(), quiet=False) or []
        if not found:
            QMessageBox.information(
                self.c.window, self.tr("Restore from backup"), self.tr("There is no backup yet.")
            )
            return
        from skill_ladder.ui.dialogs.restore_backup import RestoreBackupDialog

        chosen = RestoreBackupDialog.choose(self.c.window, found)
        if chosen is None or self.c.reopen is None:
            return
        self.c.flush_notes()
        self.c.services.database.close()
        restored = self.c.attempt(lambda: self.c.services.backups.restore(chosen))
        self.c.services = self.c.reopen()
        self.c.undo.clear()
        self.c.reload()
        self.c.update_last_checkin()
        if restored:
            self.c.window.statusBar().showMessage(self.tr("Backup restored"), 6000)

    def export_data(self, as_csv: bool = False) -> None:
        from skill_ladder.atomic_write import write_atomic

        name = "skill-ladder-ratings.csv" if as_csv else "skill-ladder-data.json"
        kinds = self.tr("CSV files (*.csv)") if as_csv else self.tr("JSON files (*.json)")
        path, _ = QFileDialog.getSaveFileName(
            self.c.window, self.tr("Export my data"), str(Path.home() / name), kinds
        )
        if not path:
            return
        language = self.c.language

        def export(services: Services) -> bytes:
            return services.data.export_csv(language) if as_csv else services.data.export_bytes()

        content = self.c.read(export, quiet=False)
        if content is not None and self.c.attempt(lambda: write_atomic(Path(path), content)):
            self.c.window.statusBar().showMessage(fill(self.tr("Data exported to %1"), path), 6000)

    def import_data(self) -> None:
        from skill_ladder.services.catalog import read_input_file

        path, _ = QFileDialog.getOpenFileName(
            self.c.window,
            self.tr("Import my data"),
            str(Path.home()),
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        replace = bool(self.c.read(lambda s: s.data.has_personal_data(), quiet=False))
        if replace:
            answer = QMessageBox.question(
                self.c.window,
                self.tr("Import my data"),
                self.tr(
                    "This replaces your current ratings, notes and check-ins with the file's. "
                    "A backup of the current data is made first. Go on?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.c.flush_notes()
        data = self.c.read(lambda _s: read_input_file(Path(path), limit=512), quiet=False)
        if data is None:
            return
        count = self.c.call(lambda: self.c.services.data.import_bytes(data, replace=replace))
        if count is not None:
            self.c.undo.clear()
            self.c.reload()
            self.c.update_last_checkin()
            self.c.window.statusBar().showMessage(
                self.tr("Data imported: %n rating(s)", "", count), 6000
            )

    # -- report ---------------------------------------------------------------------------
    def open_report(self) -> None:
        from skill_ladder.atomic_write import write_atomic
        from skill_ladder.ui.dialogs.report_dialog import ReportDialog

        now = self.c.now  # the report follows my role (the browsed one until mine is set)
        scope, role, detail = now.scope, now.standing_role, now.detail
        if scope is None or role is None or detail is None:
            QMessageBox.information(
                self.c.window,
                self.tr("Personal growth report"),
                self.tr("Pick a role first: the report is about one role."),
            )
            return
        self.c.flush_notes()

        def build(
            language: str, checkin: int | None, since: int | None, all_levels: bool
        ) -> ReportData | None:
            return self.c.read(
                lambda s: s.reports.build_for(
                    scope, role, language, checkin=checkin, since=since, all_levels=all_levels
                ),
                quiet=False,
            )

        def baseline(
            checkin: int | None, since: int | None
        ) -> tuple[CheckinView | None, CheckinView | None] | None:
            def ask(s: Services) -> tuple[CheckinView | None, CheckinView | None] | None:
                try:  # a check-in that is not earlier is said in the dialog, not as a failure
                    return s.reports.baseline(scope, role, checkin, since)
                except InvalidInput:
                    return None

            return self.c.read(ask)

        def save(path: Path, data: bytes) -> bool:
            if self.c.attempt(lambda: write_atomic(path, data, mode=0o600)):
                self.c.window.statusBar().showMessage(
                    fill(self.tr("Report saved to %1"), path), 6000
                )
                return True
            return False

        name = f"{detail.name}-{role}-report.pdf".replace(" ", "-").replace("/", "-")
        dialog = ReportDialog(
            build,
            save,
            self.c.language,
            self.c.read(lambda s: s.checkins.all(), quiet=False) or [],
            str(Path.home() / name),
            self.c.window,
            baseline,
        )
        dialog.exec()
        dialog.deleteLater()

    # -- profiles ---------------------------------------------------------------------------
    def import_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.c.window,
            self.tr("Import a profile"),
            str(Path.home()),
            self.tr("Profiles and ladders (*.json *.xlsx *.ods *.csv)"),
        )
        if not path:
            return
        self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """A spreadsheet goes through the mapping step and the preview (`import_spreadsheet`);
        a profile file is imported at once (`import_now`)."""
        from skill_ladder.catalog.spreadsheet_files import is_spreadsheet

        if is_spreadsheet(path):
            self.import_spreadsheet(path)
        else:
            self.import_now(path)

    def import_now(self, path: Path) -> None:
        """Import on the thread pool behind a busy dialog, the window's writing actions off
        meanwhile, so the window stays responsive; the services' transaction makes it all or
        nothing. `import_finished` says when it is done (True: imported)."""
        progress = QProgressDialog(
            fill(self.tr("Importing %1…"), path.name), "", 0, 0, self.c.window
        )
        progress.setWindowTitle(self.tr("Import a profile"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)  # shown at once: the window takes no input until it is done
        self.c.flush_notes()
        services = self.c.services
        services.database.prepare_orm()  # here: loading it swaps the import function

        def work() -> ImportReport:
            report = services.catalog.import_file(path)
            services.catalog.frameworks()  # read the new catalogue here, not in the GUI
            return report

        def then(report: ImportReport | None, error: BaseException | None) -> None:
            progress.reset()
            progress.deleteLater()
            self.c.window.set_busy(False)
            self.c.undo.clear()  # ratings of changed or removed requirements: no safe undo
            try:
                self._imported(path, report, error)
            finally:
                self.import_finished.emit(report is not None)

        self.c.window.set_busy(True)
        run_in_background(work, then)

    # -- spreadsheets (issue 16): read, map the columns, preview, then install --------------
    def _busy_dialog(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, "", 0, 0, self.c.window)
        progress.setWindowTitle(self.tr("Import a profile"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        return progress

    def _in_background(
        self,
        text: str,
        work: Callable[[], T],
        then: Callable[[T | None, BaseException | None], None],
    ) -> None:
        """`work` on the thread pool behind a busy dialog, the writing actions off meanwhile;
        `then` on the GUI thread after. A refusal ends the import as a failed one."""
        progress = self._busy_dialog(text)
        self.c.window.set_busy(True)

        def done(result: T | None, error: BaseException | None) -> None:
            progress.reset()
            progress.deleteLater()
            self.c.window.set_busy(False)
            then(result, error)

        run_in_background(work, done)

    def import_spreadsheet(self, path: Path) -> None:
        """Read the workbook off the GUI thread; ask which column is which when the headers are
        not the layout's (remembered per file name); preview; then install. `import_finished`
        says when it is over (True: imported)."""
        from skill_ladder.catalog.spreadsheet import read_layout
        from skill_ladder.ui.dialogs.spreadsheet_import import (
            ColumnMappingDialog,
            choice_from_setting,
            choice_to_setting,
            needs_mapping,
        )

        self.c.flush_notes()
        services = self.c.services
        remembered: dict[str, object] = dict(self.c.settings.get(SPREADSHEET_CHOICES) or {})
        choice = choice_from_setting(remembered.get(path.name))

        def read() -> list[Sheet]:
            return services.catalog.read_spreadsheet(path)

        def mapped(sheets: list[Sheet] | None, error: BaseException | None) -> None:
            nonlocal choice
            if sheets is None:
                self._finish_spreadsheet(path, None, error)
                return
            if needs_mapping(read_layout(sheets, choice)):
                choice = ColumnMappingDialog.ask(self.c.window, sheets, path.name, choice)
                if choice is None:
                    self.c.window.statusBar().showMessage(
                        self.tr("Import cancelled; nothing was changed"), 6000
                    )
                    self.import_finished.emit(False)
                    return
                remembered[path.name] = choice_to_setting(choice)
                self.c.settings.set(SPREADSHEET_CHOICES, remembered)
            self._preview_spreadsheet(path, sheets, choice)

        self._in_background(fill(self.tr("Reading %1…"), path.name), read, mapped)

    def _preview_spreadsheet(
        self, path: Path, sheets: list[Sheet], choice: ColumnChoice | None
    ) -> None:
        from skill_ladder.errors import InvalidFile
        from skill_ladder.ui.dialogs.spreadsheet_import import ImportPreviewDialog

        services = self.c.services

        def preview() -> Framework:
            return services.catalog.preview_workbook(sheets, path.stem, choice)

        def shown(framework: Framework | None, error: BaseException | None) -> None:
            if error is not None and not isinstance(error, InvalidFile):
                self._finish_spreadsheet(path, None, error)
                return
            problems = error.problems if isinstance(error, InvalidFile) else []
            wanted = ImportPreviewDialog.confirm(
                self.c.window, path.name, sheets, choice, framework, problems, self.c.language
            )
            if not wanted or framework is None:
                said = (
                    self.tr("Not imported: the file has problems; nothing was changed")
                    if problems
                    else self.tr("Import cancelled; nothing was changed")
                )
                self.c.window.statusBar().showMessage(said, 6000)
                self.import_finished.emit(False)
                return
            services.database.prepare_orm()  # here: loading it swaps the import function

            def install() -> ImportReport:
                report = services.catalog.install(framework)
                services.catalog.frameworks()
                return report

            self._in_background(
                fill(self.tr("Importing %1…"), path.name),
                install,
                lambda report, failure: self._finish_spreadsheet(path, report, failure),
            )

        self._in_background(fill(self.tr("Checking %1…"), path.name), preview, shown)

    def _finish_spreadsheet(
        self, path: Path, report: ImportReport | None, error: BaseException | None
    ) -> None:
        self.c.undo.clear()
        try:
            self._imported(path, report, error)
        finally:
            self.import_finished.emit(report is not None)

    def _imported(
        self, path: Path, report: ImportReport | None, error: BaseException | None
    ) -> None:
        if isinstance(error, SkillLadderError):
            log.warning("import of %s refused: %s", path, error)
            title = self.tr("The profile was not imported")
            summary = fill(self.tr("%1: %2 Nothing was changed."), path.name, describe(error))
            ProblemListDialog.show_problems(self.c.window, title, summary, problems_of(error))
            self.c.window.statusBar().showMessage(
                self.tr("Import failed; nothing was changed"), 6000
            )
            return
        if error is not None:
            raise error  # a bug: the window's exception hook logs it and says so
        assert report is not None
        added = sum(1 for s in report.skills if s.action in ("added", "updated"))
        stale = [s.key for s in report.skills if s.differs]
        if stale:
            QMessageBox.information(
                self.c.window,
                self.tr("Nothing new imported"),
                fill(
                    self.tr(
                        "%1 is already installed with the same version number, but this file "
                        "says something else. Ask its author to raise the version; nothing was "
                        "changed."
                    ),
                    ", ".join(stale),
                ),
            )
        message = fill(
            self.tr("Imported %1: %2 skill profile(s) added or updated"), path.name, added
        )
        if report.texts_changed:
            message += " · " + self.tr(
                "%n rating(s) to review: their description changed", "", report.texts_changed
            )
        self.c.window.statusBar().showMessage(message, 8000)
        first = report.skills[0].key if report.skills else None
        self.c.reload(Scope(report.framework, (first,)) if first else None)

    # -- ladders made in the app (issue 16, point 4) ---------------------------------------
    def new_ladder(self) -> None:
        from skill_ladder.catalog.ladder_draft import LadderDraft, new_framework_key

        taken = self.c.read(lambda s: frozenset(s.catalog.frameworks()), quiet=False)
        if taken is None:
            return
        name = self.tr("My ladder")
        self._edit(LadderDraft(new_framework_key(name, taken), name), frozenset())

    def edit_ladder(self) -> None:
        """Edit the ladder in view: in place when it was made here, else a copy of it under a
        new framework key with new keys (a ladder from a file is never edited in place)."""
        from skill_ladder.catalog.ladder_draft import copy_of, draft_of, new_framework_key

        scope = self.c.now.scope
        if scope is None:
            QMessageBox.information(
                self.c.window, self.tr("Edit ladder"), self.tr("Open a ladder first.")
            )
            return
        key = scope.framework
        found = self.c.read(
            lambda s: (s.catalog.frameworks()[key], s.catalog.made_here(key)), quiet=False
        )
        if found is None:
            return
        framework, made_here = found
        draft = draft_of(framework)
        if made_here:
            detail = self.c.read(lambda s: s.catalog.show(key, "en"), quiet=False)
            rated = frozenset(r.key for r in detail.requirements if r.rating) if detail else None
            if rated is not None:
                self._edit(draft, rated)
            return
        answer = QMessageBox.question(
            self.c.window,
            self.tr("Edit ladder"),
            fill(
                self.tr(
                    "“%1” came from a file, so it is not edited in place: a new import of the "
                    "file would undo your changes. Edit a copy of it under a new name instead?"
                ),
                framework.name.get(self.c.language) or framework.name.get("en", key),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        taken = self.c.read(lambda s: frozenset(s.catalog.frameworks()), quiet=False)
        name_en = fill(self.tr("%1 (copy)"), framework.name.get("en", key))
        name_es = framework.name.get("es", "")
        copy_key = new_framework_key(f"{key}-copy", taken or frozenset())
        self._edit(
            copy_of(
                draft, copy_key, name_en, f"{name_es} (copia)" if name_es else "", self._keys()
            ),
            frozenset(),
        )

    def _keys(self) -> frozenset[str]:
        """Every skill and requirement key installed: new ones must differ from them."""

        def keys(services: Services) -> frozenset[str]:
            return frozenset(
                key
                for framework in services.catalog.frameworks().values()
                for skill in framework.skills
                for key in (skill.key, *(r.key for r in skill.requirements))
            )

        return self.c.read(keys, quiet=False) or frozenset()

    def _edit(self, draft: LadderDraft, rated: frozenset[str]) -> None:
        from skill_ladder.ui.dialogs.ladder_editor import LadderEditor

        self.c.flush_notes()

        def save(framework: Framework) -> bool:
            self.c.services.database.prepare_orm()
            report = self.c.call(lambda: self.c.services.catalog.save_ladder(framework))
            if report is None:
                return False
            self.c.undo.clear()  # ratings of changed or removed requirements: no safe undo
            message = fill(self.tr("Ladder %1 saved"), framework.name.get("en", framework.key))
            if report.texts_changed:
                message += " · " + self.tr(
                    "%n rating(s) to review: their description changed", "", report.texts_changed
                )
            self.c.window.statusBar().showMessage(message, 8000)
            first = framework.skills[0].key if framework.skills else None
            self.c.reload(Scope(framework.key, (first,)) if first else None)
            return True

        LadderEditor.edit(self.c.window, draft, rated=rated, taken=self._keys(), save=save)

    def restore_bundled(self) -> None:
        from skill_ladder.paths import bundled_profiles

        reports = self.c.call(lambda: self.c.services.catalog.restore_bundled(bundled_profiles()))
        if reports is not None:
            self.c.window.statusBar().showMessage(
                self.tr("%n built-in profile(s) restored", "", len(reports)), 5000
            )
            self.c.reload()

    def remove_profile(self) -> None:
        scope, detail = self.c.now.scope, self.c.now.detail
        if scope is None or detail is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove profile"),
            fill(
                self.tr(
                    "Remove “%1” from Skill Ladder? Your ratings and notes for it are kept, "
                    "and come back if you import it again, unless you tick the box below. "
                    "Check-ins are always kept."
                ),
                detail.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.c.window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setCheckBox(QCheckBox(self.tr("Also delete my ratings and notes for it"), box))
        answer = box.exec()
        forget = box.checkBox().isChecked()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.c.attempt(lambda: self.c.services.catalog.remove(scope.key, forget_ratings=forget)):
            self.c.undo.clear()
            self.c.reload()
