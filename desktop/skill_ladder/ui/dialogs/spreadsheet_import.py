"""A spreadsheet's import in the window (issue 16, point 3): the mapping step, when the file's
headers are not the layout's, and the preview before anything is written.

Both dialogs only show and ask; reading, validating and importing are the services' (off the
GUI thread, in `ui/file_actions.py`). `ask` / `confirm` are the classmethods the window calls.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.catalog.spreadsheet import (
    COLUMNS,
    REQUIREMENTS,
    ColumnChoice,
    Sheet,
    SheetLayout,
    cell_text,
    column_letters,
    place_of,
    read_layout,
)
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.wording import describe_problem, fill

if TYPE_CHECKING:
    from skill_ladder.domain.profile import Framework
    from skill_ladder.errors import Problem

SHOWN_ROWS = 6  # the header and the first rows, in the mapping step
_ROOT = QModelIndex()


def needs_mapping(layouts: Mapping[str, SheetLayout]) -> bool:
    """The Requirements sheet was not found, or a column of it is not known or missing."""
    found = layouts.get(REQUIREMENTS)
    return found is None or bool(found.unknown or found.missing)


def choice_to_setting(choice: ColumnChoice) -> dict[str, object]:
    return {
        "sheets": dict(choice.sheets),
        "columns": {k: {str(c): f for c, f in v.items()} for k, v in choice.columns.items()},
    }


def choice_from_setting(value: object) -> ColumnChoice | None:
    """A remembered choice (settings.json), or None when there is none or it is damaged."""
    if not isinstance(value, dict):
        return None
    try:
        sheets = {str(k): str(v) for k, v in dict(value.get("sheets", {})).items()}
        columns = {
            str(kind): {int(c): str(f) for c, f in dict(chosen).items()}
            for kind, chosen in dict(value.get("columns", {})).items()
        }
    except (TypeError, ValueError, AttributeError):
        return None
    return ColumnChoice(sheets=sheets, columns=columns)


class ColumnMappingDialog(QDialog):
    """Shows the first rows of the sheet taken for Requirements and, per column the layout does
    not know, a combo to say which field it holds (or to ignore it)."""

    def __init__(
        self,
        sheets: Sequence[Sheet],
        file_name: str,
        choice: ColumnChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is which?"))
        self._sheets = list(sheets)
        self._choice = choice or ColumnChoice()
        intro = plain_label(self, wrap=True)
        intro.setText(
            fill(
                self.tr(
                    "Some columns of %1 are not the ones Skill Ladder knows. Say what each "
                    "holds; your choice is remembered for this file name."
                ),
                file_name,
            )
        )
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Sheet with the requirements"))
        self.sheet.addItems([s.name for s in self._sheets])
        layouts = read_layout(self._sheets, self._choice)
        current = layouts.get(REQUIREMENTS)
        if current is not None:
            self.sheet.setCurrentIndex(self._sheets.index(current.sheet))
        self.rows = QTableWidget(self)
        self.rows.setAccessibleName(self.tr("First rows of the sheet"))
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.form = QFormLayout()
        self.missing = plain_label(self, wrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        sheet_form = QFormLayout()
        sheet_form.addRow(self.tr("Requirements sheet:"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(sheet_form)
        layout.addWidget(self.rows, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self.combos: dict[int, QComboBox] = {}  # column (0-based) -> its field
        self.sheet.currentIndexChanged.connect(self._show_sheet)
        self._show_sheet()
        self.resize(760, 480)

    def _requirements(self) -> Sheet:
        return self._sheets[max(0, self.sheet.currentIndex())]

    def _show_sheet(self) -> None:
        sheet = self._requirements()
        chosen = (
            self._choice.columns.get(REQUIREMENTS, {})
            if self._choice.sheets.get(REQUIREMENTS, sheet.name) == sheet.name
            else {}
        )
        layout = read_layout(
            [sheet], ColumnChoice(sheets={REQUIREMENTS: sheet.name}, columns={REQUIREMENTS: {}})
        )[REQUIREMENTS]
        shown = sheet.rows[layout.header_index : layout.header_index + SHOWN_ROWS]
        width = max((len(r) for r in shown), default=0)
        self.rows.clear()
        self.rows.setRowCount(len(shown))
        self.rows.setColumnCount(width)
        self.rows.setHorizontalHeaderLabels(
            [column_letters(sheet.first_column + i) for i in range(width)]
        )
        self.rows.setVerticalHeaderLabels([str(layout.header_row + i) for i in range(len(shown))])
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                self.rows.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.rows.resizeColumnsToContents()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        for column, header in layout.unknown:
            combo = QComboBox(self)
            combo.addItem(self.tr("(ignore this column)"), "")
            for name in COLUMNS[REQUIREMENTS]:
                combo.addItem(name, name)
            wanted = chosen.get(column, "")
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.setAccessibleName(fill(self.tr("Column %1"), header))
            combo.currentIndexChanged.connect(self._check)
            label = fill(self.tr("%1 (column %2):"), header, column_letters(column))
            self.form.addRow(label, combo)
            self.combos[column] = combo
        self._check()

    def choose(self, column: int, name: str) -> None:
        """Set the field of an unknown column (as a person picks it in its combo)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(name))

    def choice(self) -> ColumnChoice:
        sheet = self._requirements()
        columns = {column: str(combo.currentData()) for column, combo in self.combos.items()}
        kept = {k: v for k, v in self._choice.columns.items() if k != REQUIREMENTS}
        return ColumnChoice(
            sheets={**self._choice.sheets, REQUIREMENTS: sheet.name},
            columns={**kept, REQUIREMENTS: columns},
        )

    def _check(self) -> None:
        layout = read_layout(self._sheets, self.choice()).get(REQUIREMENTS)
        missing = () if layout is None else layout.missing
        self.missing.setText(
            fill(self.tr("Still needed: %1"), ", ".join(missing)) if missing else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        sheets: Sequence[Sheet],
        file_name: str,
        choice: ColumnChoice | None,
    ) -> ColumnChoice | None:
        """The person's choice, or None when they cancel."""
        dialog = cls(sheets, file_name, choice, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()


class SheetModel(QAbstractTableModel):
    """A sheet's cells as the spreadsheet shows them, read-only, its rows and columns named as
    the spreadsheet names them (12, D)."""

    def __init__(self, sheet: Sheet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sheet = sheet
        self._width = max((len(r) for r in sheet.rows), default=0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._sheet.rows)

    def columnCount(  # noqa: N802 (Qt's name)
        self, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> int:
        return 0 if parent.isValid() else self._width

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._sheet.rows[index.row()]
        return cell_text(row[index.column()]) if index.column() < len(row) else ""

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letters(self._sheet.first_column + section)
        return str(self._sheet.first_row + section)


class ImportPreviewDialog(QDialog):
    """What an import would install (levels, roles, skills, counts), or the problems found, each
    at its cell; a click on a problem shows its row in the sheet below."""

    def __init__(
        self,
        file_name: str,
        sheets: Sequence[Sheet],
        choice: ColumnChoice | None,
        framework: Framework | None,
        problems: Sequence[Problem],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Import %1"), file_name))
        self.summary = plain_label(self, wrap=True, selectable=True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setWordWrap(True)
        for problem in problems:
            item = QListWidgetItem(describe_problem(problem), self.problems)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
        self.problems.setVisible(bool(problems))
        self.sheet = QTableView(self)
        self.sheet.setAccessibleName(self.tr("Requirements sheet"))
        self.sheet.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.sheet.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.sheet.setWordWrap(False)
        self.sheet.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._sheets = {s.name: s for s in sheets}
        layouts = read_layout(sheets, choice)
        requirements = layouts.get(REQUIREMENTS)
        self._shown: Sheet | None = None
        if requirements is not None:
            self._fill(requirements.sheet)
        self.problems.currentItemChanged.connect(self._show_problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setEnabled(framework is not None and not problems)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if framework is not None:
            self.summary.setText(self._describe(framework, language))
        else:
            self.summary.setText(
                self.tr("Nothing can be imported until these problems are fixed in the file:")
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.sheet, 2)
        layout.addWidget(self.buttons)
        self.resize(820, 560)

    def _describe(self, framework: Framework, language: str) -> str:
        def name(texts: Mapping[str, str]) -> str:
            return texts.get(language) or texts.get("en", "")

        count = sum(len(s.requirements) for s in framework.skills)
        lines = [
            fill(self.tr("Framework: %1 (%2)"), name(framework.name), framework.key),
            fill(self.tr("Levels: %1"), ", ".join(name(lv.name) for lv in framework.levels)),
        ]
        if framework.has_roles:
            lines.append(
                fill(self.tr("Roles: %1"), ", ".join(name(r.name) for r in framework.roles))
            )
        lines.append(
            fill(
                self.tr("Skills: %1"),
                ", ".join(f"{name(s.name)} (v{s.version})" for s in framework.skills),
            )
        )
        lines.append(self.tr("%n requirement(s); nothing is written before you import.", "", count))
        return "\n".join(lines)

    def _fill(self, sheet: Sheet) -> None:
        """Show a sheet through a model that reads its cells when painted (a 10,000-row sheet
        in a table of items cost about a second of the GUI thread)."""
        self._shown = sheet
        self.sheet.setModel(SheetModel(sheet, self.sheet))
        if len(sheet.rows) <= 200:  # measuring every cell of a long sheet is slow
            self.sheet.resizeColumnsToContents()
        else:
            self.sheet.horizontalHeader().setDefaultSectionSize(160)

    def show_problem(self, index: int) -> None:
        self.problems.setCurrentRow(index)

    def _show_problem(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        from skill_ladder.errors import Problem

        place = place_of(Problem("", str(item.data(Qt.ItemDataRole.UserRole))))
        if place is None or place.row <= 0 or place.sheet not in self._sheets:
            return
        sheet = self._sheets[place.sheet]
        if sheet is not self._shown:
            self._fill(sheet)
        row = place.row - sheet.first_row
        if 0 <= row < len(sheet.rows):
            self.sheet.selectRow(row)
            column = 0 if place.column is None else max(0, place.column - sheet.first_column)
            self.sheet.scrollTo(self.sheet.model().index(row, column))

    def selected_row(self) -> int | None:
        """The row selected in the sheet, as the spreadsheet numbers it."""
        rows = self.sheet.selectionModel().selectedRows()
        if not rows or self._shown is None:
            return None
        return self._shown.first_row + rows[0].row()

    @classmethod
    def confirm(
        cls,
        parent: QWidget,
        file_name: str,
        sheets: Sequence[Sheet],
        choice: ColumnChoice | None,
        framework: Framework | None,
        problems: Sequence[Problem],
        language: str,
    ) -> bool:
        """True when the person chose to import."""
        dialog = cls(file_name, sheets, choice, framework, problems, language, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and framework is not None
        finally:
            dialog.deleteLater()
