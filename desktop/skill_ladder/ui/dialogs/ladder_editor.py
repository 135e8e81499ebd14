"""The ladder editor (issue 16, point 4): a framework's name, levels, roles, skills and
requirement rows, with undo and validation as you type.

The editor holds one `LadderDraft` (`catalog/ladder_draft.py`, Qt-free); every change is a
`DraftCommand` on the editor's own `QUndoStack` holding the draft before and after, and each
state is checked by the import's validation (`ladder_draft.check`), its problems listed by row.

It holds a real ladder (100 roles × 9 levels × 12 requirements a cell: 10,800 rows): the
requirements are a `QTableView` over `RequirementsModel`, which reads the draft's rows; a combo
box exists only while a skill, role or level cell is being edited (`ChoiceDelegate`). Applying
a draft compares it with the one shown: when only some rows' fields changed, only those rows
are repainted (`dataChanged`); the model is reset only when rows were added, removed or
reordered. The whole-draft check runs once edits pause (`CHECK_DELAY_MS`), on the thread pool
(its outcome dropped if the draft changed meanwhile), and again before saving; until it has
passed on the draft shown, Save is disabled.
Keys are made when an item is added and never change. Saving hands the checked framework to
`save` (the window's: `CatalogService.save_ladder`, a new version of the framework).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
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
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
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
from skill_ladder.ui.background import run_in_background
from skill_ladder.wording import describe_problem, fill

if TYPE_CHECKING:
    from skill_ladder.domain.profile import Framework

# Requirement table's columns
SKILL_COLUMN, ROLE_COLUMN, LEVEL_COLUMN, REQUIRED_COLUMN, EN_COLUMN, ES_COLUMN = range(6)
_MERGE_NAME = 1
_FIELDS = {SKILL_COLUMN: "skill", ROLE_COLUMN: "role", LEVEL_COLUMN: "level"}
KEY_ROLE = Qt.ItemDataRole.UserRole  # a skill, role or level cell's key
CHECK_DELAY_MS = 250  # the whole-draft check runs this long after the last edit
_Index = QModelIndex | QPersistentModelIndex


class RequirementsModel(QAbstractTableModel):
    """The draft's requirement rows: skill, role and level shown by name (their key in
    KEY_ROLE), required as a check state, the two texts editable. An edit calls `edit(row,
    field=value)`; the draft comes back through `show`."""

    def __init__(
        self,
        draft: LadderDraft,
        edit: Callable[..., None],
        headers: list[str],
        required: str,
        no_roles: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._edit = edit
        self._headers = headers
        self._required = required
        self._no_roles = no_roles
        self._names: dict[str, dict[str, str]] = {}
        self._name_all(draft)

    def _name_all(self, draft: LadderDraft) -> None:
        self._names = {
            field: {item.key: item.name_en or item.key for item in items}
            for field, items in (
                ("skill", draft.skills),
                ("role", draft.roles),
                ("level", draft.levels),
            )
        }

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.draft.requirements)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._headers[section]
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == REQUIRED_COLUMN:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        requirement = self.draft.requirements[index.row()]
        column = index.column()
        field = _FIELDS.get(column)
        if field is not None:
            key: str = getattr(requirement, field)
            if role == KEY_ROLE:
                return key
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if field == "role" and not self.draft.roles:
                    return self._no_roles
                return self._names[field].get(key, key)
            return None
        if column == REQUIRED_COLUMN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if requirement.required else Qt.CheckState.Unchecked
            return self._required if role == Qt.ItemDataRole.DisplayRole else None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text, when the cell cuts it
        ):
            return requirement.text_en if column == EN_COLUMN else requirement.text_es
        return None

    def setData(  # noqa: N802 (Qt's name)
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        field = _FIELDS.get(column)
        if field is not None and role == KEY_ROLE:
            self._edit(row, **{field: str(value or "")})
        elif column == REQUIRED_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState.Checked
            self._edit(row, required=value in (checked, checked.value))
        elif column in (EN_COLUMN, ES_COLUMN) and role == Qt.ItemDataRole.EditRole:
            field = "text_en" if column == EN_COLUMN else "text_es"
            self._edit(row, **{field: str(value).strip()})
        else:
            return False
        return True

    def choices(self, column: int) -> tuple[DraftItem, ...]:
        """The skills, roles or levels a cell of `column` may name."""
        items: tuple[DraftItem, ...] = getattr(self.draft, _FIELDS[column] + "s")
        return items

    def show(self, draft: LadderDraft) -> bool:
        """Show `draft`: only the rows that changed when the rows are the same ones in the same
        order, else a reset. True when the model was reset."""
        before, self.draft = self.draft, draft
        old, new = before.requirements, draft.requirements
        if len(old) != len(new) or any(
            a is not b and a.key != b.key for a, b in zip(old, new, strict=True)
        ):
            self.beginResetModel()
            self._name_all(draft)
            self.endResetModel()
            return True
        last = self.columnCount() - 1
        named = (before.skills, before.roles, before.levels) != (
            draft.skills,
            draft.roles,
            draft.levels,
        )
        if named:  # a rename: every row's name cells (the view repaints only those shown)
            self._name_all(draft)
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, LEVEL_COLUMN))
        changed = [row for row, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
        return False


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the draft's skills, roles or levels, made only while a cell of those
    columns is being edited; a pick is committed at once. The texts: the usual line edit."""

    def __init__(self, model: RequirementsModel, no_roles: str, parent: QObject) -> None:
        super().__init__(parent)
        self._model = model
        self._no_roles = no_roles

    def createEditor(  # noqa: N802 (Qt's name)
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        column = index.column()
        if column not in _FIELDS:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(str(self._model.headerData(column, Qt.Orientation.Horizontal)))
        items = self._model.choices(column)
        if column == ROLE_COLUMN and not items:
            combo.addItem(self._no_roles, "")
        for item in items:
            combo.addItem(item.name_en or item.key, item.key)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(KEY_ROLE))))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802 (Qt's name)
        self, editor: QWidget, model: QAbstractItemModel, index: _Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), KEY_ROLE)
        else:
            super().setModelData(editor, model, index)


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

        self.requirements_model = RequirementsModel(
            draft,
            self.set_requirement,
            [
                self.tr("Skill"),
                self.tr("Role"),
                self.tr("Level"),
                self.tr("Required"),
                self.tr("English text"),
                self.tr("Spanish text"),
            ],
            self.tr("required"),
            self.tr("(no roles)"),
            self,
        )
        self.requirements = QTableView(self)
        self.requirements.setAccessibleName(self.tr("Requirements"))
        self.requirements.setModel(self.requirements_model)
        self.requirements.setItemDelegate(
            ChoiceDelegate(self.requirements_model, self.tr("(no roles)"), self.requirements)
        )
        self.requirements.horizontalHeader().setStretchLastSection(True)
        for column, width in ((SKILL_COLUMN, 150), (ROLE_COLUMN, 150), (LEVEL_COLUMN, 110)):
            self.requirements.setColumnWidth(column, width)
        self.requirements.setColumnWidth(EN_COLUMN, 260)
        rows = self.requirements.verticalHeader()
        rows.setSectionResizeMode(rows.ResizeMode.Fixed)  # one height: no measuring 10,800 rows
        self.requirements.setWordWrap(False)
        self.requirements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requirements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requirements.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self._check_in_background)
        self._checking: LadderDraft | None = None  # the draft a background check is on
        add_requirement = QPushButton(self.tr("Add requirement"), self)
        add_requirement.clicked.connect(self.add_requirement)
        delete_requirement = QPushButton(self.tr("Delete requirement"), self)
        delete_requirement.clicked.connect(
            lambda: self.delete_requirement(self.requirements.currentIndex().row())
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
        self.problems.setVisible(False)  # until a check finds some

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
        self._shown: LadderDraft | None = None
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
        row = self.requirements.currentIndex().row()
        like = draft.requirements[row] if 0 <= row < len(draft.requirements) else None
        skill = like.skill if like else draft.skills[0].key
        role = like.role if like else (draft.roles[0].key if draft.roles else "")
        level = like.level if like else draft.levels[0].key
        used = set(self._taken) | {r.key for r in draft.requirements}
        key = fresh_key("-".join(p for p in (skill, role, level) if p), used)
        requirement = DraftRequirement(key, skill, role, level)
        self.change(replace(draft, requirements=(*draft.requirements, requirement)))
        self._go_to(len(draft.requirements), EN_COLUMN)

    def _go_to(self, row: int, column: int) -> None:
        index = self.requirements_model.index(row, column)
        if index.isValid():
            self.requirements.setCurrentIndex(index)
            self.requirements.scrollTo(index)

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

    # -- state -----------------------------------------------------------------------------
    def _set_name(self, field: str, text: str) -> None:
        self.change(_with(self.draft, **{field: text.strip()}), merge=_MERGE_NAME)

    def change(self, after: LadderDraft, *, merge: int = -1) -> None:
        """One edit: a step on the undo stack (it applies the new draft)."""
        if after == self.draft:
            return
        self.undo_stack.push(DraftCommand(self, self.draft, after, merge))

    def apply(self, draft: LadderDraft) -> None:
        """Show `draft` and have it checked once edits pause (every edit, undo and redo ends
        here). Only what changed is filled again."""
        before, self.draft = self._shown, draft
        self._shown = draft
        self._applying = True
        try:
            for line, text in ((self.name_en, draft.name_en), (self.name_es, draft.name_es)):
                if line.text().strip() != text:
                    line.setText(text)
            for part, table in self.tables.items():
                if before is None or getattr(before, part) != self._items(part):
                    self._fill_items(table, self._items(part))
            if (
                before is None
                or before.requirements is not draft.requirements
                or (
                    (before.skills, before.roles, before.levels)
                    != (draft.skills, draft.roles, draft.levels)
                )
            ):
                self._show_requirements(draft)
        finally:
            self._applying = False
        self._framework = None
        self._checking = None  # a check of an earlier draft: its outcome is dropped
        self.save_button.setEnabled(False)  # until a check passes on this draft
        self.check_timer.start()

    @property
    def check_pending(self) -> bool:
        """The draft shown has not been checked yet."""
        return self.check_timer.isActive() or self._checking is not None

    def _check_in_background(self) -> None:
        """The timer's end: check the draft on the thread pool (a 10,800-row draft takes about
        half a second; typing goes on meanwhile), and show the outcome if the draft is still
        the one shown."""
        draft = self._checking = self.draft

        def work() -> tuple[Framework | None, list[DraftProblem]]:
            return check(draft, date.today())

        def then(
            result: tuple[Framework | None, list[DraftProblem]] | None,
            error: BaseException | None,
        ) -> None:
            if not shiboken6.isValid(self) or self._checking is not draft:
                return  # the dialog is gone, or the draft changed since
            if result is None:  # a fault in the check: again here, where it is reported
                self.check_now()
                return
            self._checking = None
            self._show_check(*result)

        run_in_background(work, then)

    def _fill_items(self, table: QTableWidget, items: tuple[DraftItem, ...]) -> None:
        current = table.currentRow()
        table.setUpdatesEnabled(False)
        try:
            table.setRowCount(len(items))
            for row, item in enumerate(items):
                tip = fill(self.tr("Key: %1"), item.key)
                for column, text in enumerate((item.name_en, item.name_es)):
                    cell = QTableWidgetItem(text)
                    cell.setToolTip(tip)
                    table.setItem(row, column, cell)
            if 0 <= current < len(items):
                table.setCurrentCell(current, 0)
        finally:
            table.setUpdatesEnabled(True)

    def _show_requirements(self, draft: LadderDraft) -> None:
        current = self.requirements.currentIndex()
        at = (current.row(), current.column())
        if self.requirements_model.show(draft) and 0 <= at[0] < len(draft.requirements):
            self.requirements.setCurrentIndex(self.requirements_model.index(*at))

    def check_now(self) -> None:
        """Check the draft shown (the timer's end, and saving), list its problems by row and
        enable Save when it passed."""
        self.check_timer.stop()
        self._checking = None
        self._show_check(*check(self.draft, date.today()))

    def _show_check(self, framework: Framework | None, problems: list[DraftProblem]) -> None:
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
        if part == REQUIREMENTS:
            if 0 <= row < self.requirements_model.rowCount():
                self.requirements.selectRow(row)
                self.requirements.scrollTo(self.requirements_model.index(row, 0))
                self.requirements.setFocus()
            return
        table = self.tables.get(part)
        if table is not None and 0 <= row < table.rowCount():
            table.selectRow(row)
            table.setFocus()
        elif part == NAME:
            self.name_en.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        self.check_now()
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
