"""The ladder editor (issue 16, point 4): a framework's name, levels, roles, skills and
requirement rows, with undo and validation as you type.

The editor holds one `LadderDraft` (`catalog/ladder_draft.py`, Qt-free); every change is a
`DraftCommand` on the editor's own `QUndoStack` holding the draft before and after, and each
state is checked by the import's validation (`ladder_draft.check`), its problems listed by row.
Keys are made when an item is added and never change. Saving hands the checked framework to
`save` (the window's: `CatalogService.save_ladder`, a new version of the framework).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.catalog.ladder_draft import (
    LEVELS,
    NAME,
    REQUIREMENTS,
    ROLES,
    SKILLS,
    DraftItem,
    DraftProblem,
    DraftRequirement,
    LadderDraft,
    check,
    fresh_key,
)
from skill_ladder.wording import describe_problem, fill

if TYPE_CHECKING:
    from skill_ladder.domain.profile import Framework

# Requirement table's columns
SKILL_COLUMN, ROLE_COLUMN, LEVEL_COLUMN, REQUIRED_COLUMN, EN_COLUMN, ES_COLUMN = range(6)
_MERGE_NAME = 1


class DraftCommand(QUndoCommand):
    """The draft before and after one edit; typing in a name field merges into one step."""

    def __init__(
        self, editor: LadderEditor, before: LadderDraft, after: LadderDraft, merge: int
    ) -> None:
        super().__init__()
        self.editor, self.before, self.after, self.merge = editor, before, after, merge

    def id(self) -> int:
        return self.merge

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, DraftCommand) or other.merge != self.merge or self.merge < 0:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.editor.apply(self.after)

    def undo(self) -> None:
        self.editor.apply(self.before)


def _with(draft: LadderDraft, **values: Any) -> LadderDraft:
    """`draft` with some of its fields changed (named by a variable: LEVELS, "name_en", …)."""
    return replace(draft, **values)


class LadderEditor(QDialog):
    def __init__(
        self,
        draft: LadderDraft,
        *,
        rated: frozenset[str],
        taken: frozenset[str],
        save: Callable[[Framework], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.problems_found: list[DraftProblem] = []
        self._framework: Framework | None = None
        self._rated = rated
        self._taken = taken
        self._save = save
        self._applying = False
        self.undo_stack: QUndoStack = QUndoStack(self)
        self.setWindowTitle(fill(self.tr("Edit ladder %1"), draft.key))

        self.name_en = QLineEdit(self)
        self.name_es = QLineEdit(self)
        self.name_en.setAccessibleName(self.tr("Ladder name in English"))
        self.name_es.setAccessibleName(self.tr("Ladder name in Spanish"))
        self.name_en.textEdited.connect(lambda text: self._set_name("name_en", text))
        self.name_es.textEdited.connect(lambda text: self._set_name("name_es", text))
        names = QFormLayout()
        key = QLabel(draft.key, self)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names.addRow(self.tr("Key (never changes):"), key)
        names.addRow(self.tr("Name (English):"), self.name_en)
        names.addRow(self.tr("Name (Spanish):"), self.name_es)

        self.tables: dict[str, QTableWidget] = {}
        lists = QHBoxLayout()
        for part, title in (
            (LEVELS, self.tr("Levels (lowest first)")),
            (ROLES, self.tr("Roles")),
            (SKILLS, self.tr("Skills")),
        ):
            lists.addWidget(self._item_box(part, title))

        self.requirements = QTableWidget(0, 6, self)
        self.requirements.setAccessibleName(self.tr("Requirements"))
        self.requirements.setHorizontalHeaderLabels(
            [
                self.tr("Skill"),
                self.tr("Role"),
                self.tr("Level"),
                self.tr("Required"),
                self.tr("English text"),
                self.tr("Spanish text"),
            ]
        )
        self.requirements.horizontalHeader().setStretchLastSection(True)
        self.requirements.setColumnWidth(EN_COLUMN, 260)
        self.requirements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requirements.itemChanged.connect(self._requirement_edited)
        add_requirement = QPushButton(self.tr("Add requirement"), self)
        add_requirement.clicked.connect(self.add_requirement)
        delete_requirement = QPushButton(self.tr("Delete requirement"), self)
        delete_requirement.clicked.connect(
            lambda: self.delete_requirement(self.requirements.currentRow())
        )
        requirement_buttons = QHBoxLayout()
        requirement_buttons.addWidget(add_requirement)
        requirement_buttons.addWidget(delete_requirement)
        requirement_buttons.addStretch(1)

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setMaximumHeight(110)
        self.problems.itemClicked.connect(self._show_problem)
        self.problems.itemActivated.connect(self._show_problem)

        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.redo_stack)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.redo_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save as a new version"))
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(names)
        layout.addLayout(lists, 2)
        layout.addWidget(QLabel(self.tr("Requirements"), self))
        layout.addWidget(self.requirements, 3)
        layout.addLayout(requirement_buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(980, 720)
        self.apply(draft)

    def redo_stack(self) -> None:
        self.undo_stack.redo()

    # -- the three lists -------------------------------------------------------------------
    def _item_box(self, part: str, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        table = QTableWidget(0, 2, box)
        table.setAccessibleName(title)
        table.setHorizontalHeaderLabels([self.tr("English name"), self.tr("Spanish name")])
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.itemChanged.connect(lambda item, p=part: self._item_edited(p, item))
        self.tables[part] = table
        buttons = QGridLayout()
        for column, (text, action) in enumerate(
            (
                (self.tr("Add"), lambda: self.add_item(part)),
                (self.tr("Delete"), lambda: self.delete_item(part, table.currentRow())),
                (self.tr("Up"), lambda: self.move_item(part, table.currentRow(), -1)),
                (self.tr("Down"), lambda: self.move_item(part, table.currentRow(), 1)),
            )
        ):
            button = QPushButton(text, box)
            button.clicked.connect(action)
            buttons.addWidget(button, 0, column)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        layout.addLayout(buttons)
        return box

    def _items(self, part: str) -> tuple[DraftItem, ...]:
        items: tuple[DraftItem, ...] = getattr(self.draft, part)
        return items

    def _default_name(self, part: str, n: int) -> str:
        if part == LEVELS:
            return fill(self.tr("Level %1"), n)
        if part == ROLES:
            return fill(self.tr("Role %1"), n)
        return fill(self.tr("Skill %1"), n)

    def add_item(self, part: str) -> None:
        items = self._items(part)
        name = self._default_name(part, len(items) + 1)
        used = {i.key for i in items}
        if part == SKILLS:
            used |= set(self._taken)
            key = fresh_key(f"{self.draft.key}-{name}", used)
        else:
            key = fresh_key(name, used)
        self.change(_with(self.draft, **{part: (*items, DraftItem(key, name))}))
        self.tables[part].setCurrentCell(len(items), 0)

    def delete_item(self, part: str, row: int) -> None:
        items = self._items(part)
        if not 0 <= row < len(items):
            return
        key = items[row].key
        field = {LEVELS: "level", ROLES: "role", SKILLS: "skill"}[part]
        dropped = [r for r in self.draft.requirements if getattr(r, field) == key]
        if not self._may_drop(dropped):
            return
        kept = tuple(r for r in self.draft.requirements if getattr(r, field) != key)
        self.change(
            _with(
                self.draft,
                **{part: items[:row] + items[row + 1 :]},
                requirements=kept,
            )
        )

    def move_item(self, part: str, row: int, step: int) -> None:
        items = list(self._items(part))
        to = row + step
        if not (0 <= row < len(items) and 0 <= to < len(items)):
            return
        items[row], items[to] = items[to], items[row]
        self.change(_with(self.draft, **{part: tuple(items)}))
        self.tables[part].setCurrentCell(to, 0)

    def _item_edited(self, part: str, item: QTableWidgetItem) -> None:
        if self._applying:
            return
        items = list(self._items(part))
        row = item.row()
        if not 0 <= row < len(items):
            return
        field = "name_en" if item.column() == 0 else "name_es"
        items[row] = replace(items[row], **{field: item.text().strip()})  # renaming: same key
        self.change(_with(self.draft, **{part: tuple(items)}))

    # -- requirements ----------------------------------------------------------------------
    def add_requirement(self) -> None:
        draft = self.draft
        if not draft.skills or not draft.levels:
            QMessageBox.information(
                self,
                self.tr("Add requirement"),
                self.tr("Add a skill and a level first."),
            )
            return
        row = self.requirements.currentRow()
        like = draft.requirements[row] if 0 <= row < len(draft.requirements) else None
        skill = like.skill if like else draft.skills[0].key
        role = like.role if like else (draft.roles[0].key if draft.roles else "")
        level = like.level if like else draft.levels[0].key
        used = set(self._taken) | {r.key for r in draft.requirements}
        key = fresh_key("-".join(p for p in (skill, role, level) if p), used)
        requirement = DraftRequirement(key, skill, role, level)
        self.change(replace(draft, requirements=(*draft.requirements, requirement)))
        self.requirements.setCurrentCell(len(draft.requirements), EN_COLUMN)

    def delete_requirement(self, row: int) -> None:
        requirements = self.draft.requirements
        if not 0 <= row < len(requirements) or not self._may_drop([requirements[row]]):
            return
        self.change(replace(self.draft, requirements=requirements[:row] + requirements[row + 1 :]))

    def _may_drop(self, dropped: list[DraftRequirement]) -> bool:
        """Deleting a rated requirement asks first."""
        rated = [r for r in dropped if r.key in self._rated]
        if not rated:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Delete a rated requirement"),
            self.tr(
                "You rated %n requirement(s) that this deletes. Their ratings are kept but no "
                "longer shown. Delete?",
                "",
                len(rated),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_requirement(self, row: int, **values: object) -> None:
        """Change one requirement row (`skill`, `role`, `level` keys, `required`, texts)."""
        requirements = list(self.draft.requirements)
        requirements[row] = replace(requirements[row], **values)  # type: ignore[arg-type]
        self.change(replace(self.draft, requirements=tuple(requirements)))

    def _requirement_edited(self, item: QTableWidgetItem) -> None:
        if self._applying:
            return
        row, column = item.row(), item.column()
        if column == REQUIRED_COLUMN:
            self.set_requirement(row, required=item.checkState() == Qt.CheckState.Checked)
        elif column == EN_COLUMN:
            self.set_requirement(row, text_en=item.text().strip())
        elif column == ES_COLUMN:
            self.set_requirement(row, text_es=item.text().strip())

    def _combo(self, row: int, field: str, items: tuple[DraftItem, ...], value: str) -> QComboBox:
        combo = QComboBox(self.requirements)
        if field == "role" and not items:
            combo.addItem(self.tr("(no roles)"), "")
        for item in items:
            combo.addItem(item.name_en or item.key, item.key)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(
            lambda _i, r=row, f=field, c=combo: self.set_requirement(r, **{f: c.currentData()})
        )
        return combo

    # -- state -----------------------------------------------------------------------------
    def _set_name(self, field: str, text: str) -> None:
        self.change(_with(self.draft, **{field: text.strip()}), merge=_MERGE_NAME)

    def change(self, after: LadderDraft, *, merge: int = -1) -> None:
        """One edit: a step on the undo stack (it applies the new draft)."""
        if after == self.draft:
            return
        self.undo_stack.push(DraftCommand(self, self.draft, after, merge))

    def apply(self, draft: LadderDraft) -> None:
        """Show `draft` and check it (every edit, undo and redo ends here)."""
        self.draft = draft
        self._applying = True
        try:
            for line, text in ((self.name_en, draft.name_en), (self.name_es, draft.name_es)):
                if line.text().strip() != text:
                    line.setText(text)
            for part, table in self.tables.items():
                self._fill_items(table, self._items(part))
            self._fill_requirements(draft)
        finally:
            self._applying = False
        self._check()

    def _fill_items(self, table: QTableWidget, items: tuple[DraftItem, ...]) -> None:
        current = table.currentRow()
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate((item.name_en, item.name_es)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(fill(self.tr("Key: %1"), item.key))
                table.setItem(row, column, cell)
        if 0 <= current < len(items):
            table.setCurrentCell(current, 0)

    def _fill_requirements(self, draft: LadderDraft) -> None:
        table = self.requirements
        current = (table.currentRow(), table.currentColumn())
        table.setRowCount(len(draft.requirements))
        for row, requirement in enumerate(draft.requirements):
            table.setCellWidget(
                row, SKILL_COLUMN, self._combo(row, "skill", draft.skills, requirement.skill)
            )
            table.setCellWidget(
                row, ROLE_COLUMN, self._combo(row, "role", draft.roles, requirement.role)
            )
            table.setCellWidget(
                row, LEVEL_COLUMN, self._combo(row, "level", draft.levels, requirement.level)
            )
            required = QTableWidgetItem(self.tr("required"))
            required.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            required.setCheckState(
                Qt.CheckState.Checked if requirement.required else Qt.CheckState.Unchecked
            )
            table.setItem(row, REQUIRED_COLUMN, required)
            table.setItem(row, EN_COLUMN, QTableWidgetItem(requirement.text_en))
            table.setItem(row, ES_COLUMN, QTableWidgetItem(requirement.text_es))
        if 0 <= current[0] < len(draft.requirements):
            table.setCurrentCell(*current)

    def _check(self) -> None:
        framework, problems = check(self.draft, date.today())
        self._framework = framework
        self.problems_found = problems
        self.problems.clear()
        for found in problems:
            where = self._where(found)
            text = describe_problem(replace(found.problem, path=""))
            item = QListWidgetItem(f"{where}: {text}" if where else text, self.problems)
            item.setData(Qt.ItemDataRole.UserRole, (found.part, found.row))
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(framework is not None)

    def _where(self, found: DraftProblem) -> str:
        n = found.row + 1
        if found.part == LEVELS:
            return fill(self.tr("Level row %1"), n)
        if found.part == ROLES:
            return fill(self.tr("Role row %1"), n)
        if found.part == SKILLS:
            return fill(self.tr("Skill row %1"), n)
        if found.part == REQUIREMENTS:
            return fill(self.tr("Requirement row %1"), n)
        return self.tr("Ladder") if found.part == NAME else ""

    def _show_problem(self, item: QListWidgetItem) -> None:
        part, row = item.data(Qt.ItemDataRole.UserRole)
        table = self.requirements if part == REQUIREMENTS else self.tables.get(part)
        if table is not None and 0 <= row < table.rowCount():
            table.selectRow(row)
            table.setFocus()
        elif part == NAME:
            self.name_en.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        self._check()
        if self._framework is not None and self._save(self._framework):
            self.accept()

    @classmethod
    def edit(
        cls,
        parent: QWidget,
        draft: LadderDraft,
        *,
        rated: frozenset[str],
        taken: frozenset[str],
        save: Callable[[Framework], bool],
    ) -> bool:
        """True when the ladder was saved."""
        dialog = cls(draft, rated=rated, taken=taken, save=save, parent=parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
