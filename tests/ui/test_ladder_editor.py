"""File › New ladder… and Edit ladder… (issue 16, point 4): a ladder made from nothing in the
editor, saved, rated, reworded and saved again keeps its rating, flagged; undo; validation as
you type; a rated requirement is not deleted without asking; a ladder from a file is edited as
a copy only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QStyledItemDelegate, QWidget
from pytestqt.qtbot import QtBot

from skill_ladder.catalog.ladder_draft import LEVELS, REQUIREMENTS, ROLES, SKILLS
from skill_ladder.catalog.synthetic import synthetic_bytes
from skill_ladder.domain.rating import Rating
from skill_ladder.services.hub import Services
from skill_ladder.services.views import Scope
from skill_ladder.ui.dialogs.ladder_editor import (
    EN_COLUMN,
    KEY_ROLE,
    LEVEL_COLUMN,
    ROLE_COLUMN,
    LadderEditor,
)
from skill_ladder.ui.main_window import MainWindow


def rename(editor: LadderEditor, part: str, names: list[str]) -> None:
    for row, name in enumerate(names):
        editor.tables[part].item(row, 0).setText(name)  # as a person types in the cell


def commit(editor: LadderEditor, row: int, column: int, value: str | int) -> None:
    """Edit a requirement cell as a person does: the view's delegate makes its editor (a line
    edit for a text, a combo box for a skill, role or level: `value` its position), and the
    delegate commits it."""
    view = editor.requirements
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    widget = view.indexWidget(index)
    if isinstance(value, str):
        assert isinstance(widget, QLineEdit)
        widget.setText(value)
    else:
        assert isinstance(widget, QComboBox)
        widget.setCurrentIndex(value)
    delegate = view.itemDelegateForIndex(index)
    delegate.commitData.emit(widget)
    delegate.closeEditor.emit(widget, QStyledItemDelegate.EndEditHint.NoHint)


def checked(qtbot: QtBot, editor: LadderEditor) -> None:
    """Wait for the check that runs once edits pause."""
    qtbot.waitUntil(lambda: not editor.check_pending)


def build_ladder(qtbot: QtBot, editor: LadderEditor) -> int:
    editor.show()
    qtbot.waitExposed(editor)
    editor.name_en.selectAll()
    qtbot.keyClicks(editor.name_en, "Data team ladder")
    for part, names in (
        (LEVELS, ["Junior", "Senior"]),
        (ROLES, ["Analyst", "Engineer"]),
        (SKILLS, ["SQL"]),
    ):
        for _ in names:
            editor.add_item(part)
        rename(editor, part, names)
    # Renaming never changes a key.
    assert [lv.key for lv in editor.draft.levels] == ["level-1", "level-2"]
    assert [lv.name_en for lv in editor.draft.levels] == ["Junior", "Senior"]
    # Undo and redo: a third level comes and goes.
    editor.add_item(LEVELS)
    assert len(editor.draft.levels) == 3
    editor.undo_button.click()
    assert len(editor.draft.levels) == 2 and editor.tables[LEVELS].rowCount() == 2
    editor.redo_button.click()
    assert len(editor.draft.levels) == 3
    editor.undo_button.click()
    # Validation as you type: a requirement without its English text is a problem at its row.
    editor.add_requirement()
    checked(qtbot, editor)
    assert any(p.part == REQUIREMENTS and p.row == 0 for p in editor.problems_found)
    assert editor.problems.item(0).text().startswith("Requirement row 1:")
    assert not editor.save_button.isEnabled()
    commit(editor, 0, EN_COLUMN, "Writes joins")
    editor.add_requirement()
    commit(editor, 1, EN_COLUMN, "Tunes slow queries")
    commit(editor, 1, ROLE_COLUMN, 1)
    commit(editor, 1, LEVEL_COLUMN, 1)
    checked(qtbot, editor)
    assert editor.problems_found == [], [p.problem for p in editor.problems_found]
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    return editor.result()


def reword(qtbot: QtBot, editor: LadderEditor) -> int:
    assert editor.draft.name_en == "Data team ladder"
    assert [r.text_en for r in editor.draft.requirements] == ["Writes joins", "Tunes slow queries"]
    # Deleting a rated requirement asks first: "No" keeps it.
    editor.delete_requirement(0)
    assert len(editor.draft.requirements) == 2
    commit(editor, 0, EN_COLUMN, "Writes joins and subqueries")
    checked(qtbot, editor)
    editor.save_button.click()
    return editor.result()


def test_a_ladder_from_nothing_keeps_its_rating_flagged_after_a_reworded_save(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds = [lambda editor: build_ladder(qtbot, editor), lambda editor: reword(qtbot, editor)]
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(LadderEditor, "exec", lambda editor: rounds.pop(0)(editor))
    monkeypatch.setattr(QMessageBox, "question", question)
    window.files.new_ladder()
    ladder = services.catalog.frameworks()["my-ladder"]
    assert [lv.name["en"] for lv in ladder.levels] == ["Junior", "Senior"]
    assert [r.name["en"] for r in ladder.roles] == ["Analyst", "Engineer"]
    assert services.catalog.made_here("my-ladder")
    skill = ladder.skills[0]
    assert skill.version == 1
    first = skill.requirements[0]
    assert (first.role, first.level) == ("role-1", "level-1")
    services.ratings.set_rating(first.key, Rating.MEETS)
    assert (
        window.controller.now.scope is not None
        and window.controller.now.scope.framework == "my-ladder"
    )

    window.files.edit_ladder()
    assert rounds == [] and len(asked) == 1 and "rated 1 requirement that" in asked[0]
    shown = {r.key: r for r in services.catalog.show(skill.key, "en").requirements}
    assert shown[first.key].text == "Writes joins and subqueries"
    assert shown[first.key].rating == Rating.MEETS  # the rating followed the key
    assert shown[first.key].text_changed  # and is flagged: its text changed
    assert services.catalog.frameworks()["my-ladder"].skills[0].version == 2
    assert "1 rating to review" in window.statusBar().currentMessage()


def test_a_ladder_from_a_file_is_edited_as_a_copy(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = services.catalog.frameworks()["ml-engineering"]
    installed = {
        key
        for f in services.catalog.frameworks().values()
        for s in f.skills
        for key in (s.key, *(r.key for r in s.requirements))
    }
    seen: list[LadderEditor] = []

    def copy(editor: LadderEditor) -> int:
        seen.append(editor)
        draft = editor.draft
        assert draft.key == "ml-engineering-copy"
        assert draft.name_en.endswith("(copy)")
        assert not {s.key for s in draft.skills} & installed
        assert not {r.key for r in draft.requirements} & installed
        assert len(draft.requirements) == sum(len(s.requirements) for s in original.skills)
        editor.tables[LEVELS].item(0, 0).setText("Starter")
        checked(qtbot, editor)
        editor.save_button.click()
        return editor.result()

    monkeypatch.setattr(LadderEditor, "exec", copy)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert not services.catalog.made_here("ml-engineering")
    window.files.edit_ladder()
    assert seen
    frameworks = services.catalog.frameworks()
    assert frameworks["ml-engineering"] == original  # never edited in place
    assert frameworks["ml-engineering-copy"].levels[0].name["en"] == "Starter"
    assert services.catalog.made_here("ml-engineering-copy")


def test_a_real_sized_ladder_is_edited_through_the_table_with_few_widgets(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """100 roles × 9 levels × 12 requirements a cell: 10,800 rows, edited through the view's
    delegate; the dialog holds a few hundred widgets at most, not one combo box a cell."""
    services.catalog.import_bytes(
        synthetic_bytes(key="ladder", skills=12, roles=100, levels=9, text_words=12)
    )
    window.controller.reload(Scope("ladder"))
    levels = [lv.key for lv in services.catalog.frameworks()["ladder"].levels]
    edited: dict[str, str] = {}

    def edit(editor: LadderEditor) -> int:
        editor.show()
        qtbot.waitExposed(editor)
        assert editor.requirements.model().rowCount() == 10_800
        assert len(editor.findChildren(QWidget)) < 300
        requirements = editor.draft.requirements
        commit(editor, 5_000, EN_COLUMN, "Reworded in the editor")
        assert editor.requirements.model().index(5_000, EN_COLUMN).data() == (
            "Reworded in the editor"
        )
        commit(editor, 6_000, LEVEL_COLUMN, 8)
        commit(editor, 6_001, LEVEL_COLUMN, 8)
        assert editor.draft.requirements[6_001].level == levels[8]
        assert editor.undo_stack.count() == 3
        editor.undo_button.click()  # the second level change goes
        assert editor.draft.requirements[6_001] == requirements[6_001]
        assert editor.requirements.model().index(6_001, LEVEL_COLUMN).data(KEY_ROLE) == (
            requirements[6_001].level
        )
        # Validation as you type, at this size too: an emptied text is a problem at its row,
        # and a click on it selects the row.
        commit(editor, 7_000, EN_COLUMN, "")
        checked(qtbot, editor)
        assert {(p.part, p.row) for p in editor.problems_found} == {(REQUIREMENTS, 7_000)}
        assert not editor.save_button.isEnabled()
        editor.problems.itemClicked.emit(editor.problems.item(0))
        assert [i.row() for i in editor.requirements.selectionModel().selectedRows()] == [7_000]
        editor.undo_button.click()
        # The check waits for a pause in the edits; until it has passed, Save is disabled.
        assert editor.check_pending and not editor.save_button.isEnabled()
        checked(qtbot, editor)
        assert editor.problems_found == [] and editor.save_button.isEnabled()
        edited.update(
            text=requirements[5_000].key,
            level=requirements[6_000].key,
            undone=requirements[6_001].key,
            undone_level=requirements[6_001].level,
        )
        editor.save_button.click()
        return editor.result()

    monkeypatch.setattr(LadderEditor, "exec", edit)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.files.edit_ladder()
    saved = services.catalog.frameworks()["ladder-copy"]
    rows = {r.key: r for s in saved.skills for r in s.requirements}
    assert len(rows) == 10_800
    assert rows[edited["text"]].text["en"] == "Reworded in the editor"
    assert rows[edited["level"]].level == levels[8]
    assert rows[edited["undone"]].level == edited["undone_level"]
