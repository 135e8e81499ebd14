"""`python benchmarks/editor.py`: the ladder editor on a real-sized ladder (issue 16, point 4).

Imports a generated framework of 100 roles × 9 levels × 12 skills (12 requirements a cell:
10,800 requirements) into a temporary data folder, makes the draft as File › Edit ladder… does
for a ladder that came from a file (a copy under a new key, `copy_of(draft_of(...))`), and
times, offscreen: opening the editor until painted; one English text edited (committed as the
table's delegate does) until repainted; one level cell changed; undo; a requirement added; and
the delayed check of the whole draft. Prints medians over `--runs` runs and the number of
widgets in the dialog. No pass or fail.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget  # noqa: E402

from skill_ladder.app import open_services  # noqa: E402
from skill_ladder.catalog.ladder_draft import LadderDraft, copy_of, draft_of  # noqa: E402
from skill_ladder.catalog.synthetic import synthetic_bytes  # noqa: E402
from skill_ladder.paths import AppPaths  # noqa: E402
from skill_ladder.ui.dialogs.ladder_editor import (  # noqa: E402
    EN_COLUMN,
    LEVEL_COLUMN,
    LadderEditor,
)


def ladder_draft(folder: Path) -> tuple[LadderDraft, frozenset[str]]:
    """The draft Edit ladder… makes of the imported ladder, and the installed keys."""
    paths = AppPaths(folder)
    paths.ensure()
    services = open_services(paths, back_up=False)
    services.catalog.import_bytes(
        synthetic_bytes(key="ladder", skills=12, roles=100, levels=9, text_words=12)
    )
    frameworks = services.catalog.frameworks()
    taken = frozenset(
        key
        for framework in frameworks.values()
        for skill in framework.skills
        for key in (skill.key, *(r.key for r in skill.requirements))
    )
    framework = frameworks["ladder"]
    services.database.close()
    name = framework.name.get("en", "ladder")
    return copy_of(draft_of(framework), "ladder-copy", f"{name} (copy)", "", taken), taken


def painted(editor: QWidget) -> None:
    QApplication.processEvents()
    editor.repaint()


def edit_text(editor: LadderEditor, row: int, text: str) -> None:
    """An English text typed into a cell and committed, as the table's delegate does."""
    table = editor.requirements
    if hasattr(table, "item"):  # a QTableWidget (the editor before issue 16's scale work)
        table.item(row, EN_COLUMN).setText(text)
        return
    index = table.model().index(row, EN_COLUMN)
    table.edit(index)
    line = table.indexWidget(index)
    assert isinstance(line, QLineEdit)
    line.setText(text)
    delegate = table.itemDelegateForIndex(index)
    delegate.commitData.emit(line)
    delegate.closeEditor.emit(line)


def choose_level(editor: LadderEditor, row: int, position: int) -> None:
    """A level picked in a requirement's level cell."""
    table = editor.requirements
    if hasattr(table, "cellWidget"):  # before: a combo box in every cell
        table.cellWidget(row, LEVEL_COLUMN).setCurrentIndex(position)
        return
    index = table.model().index(row, LEVEL_COLUMN)
    table.edit(index)
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(position)
    delegate = table.itemDelegateForIndex(index)
    delegate.commitData.emit(combo)
    delegate.closeEditor.emit(combo)


def check_now(editor: LadderEditor) -> None:
    """The check the editor runs a moment after the last edit (before: on every edit)."""
    (getattr(editor, "check_now", None) or getattr(editor, "_check"))()  # noqa: B009


def note(figures: dict[str, list[float]], name: str, began: float, verbose: bool) -> None:
    figures.setdefault(name, []).append((time.perf_counter() - began) * 1000)
    if verbose:
        print(f"  {name}: {figures[name][-1]:.1f} ms", flush=True)


def one_run(
    draft: LadderDraft,
    taken: frozenset[str],
    run: int,
    figures: dict[str, list[float]],
    verbose: bool = False,
) -> int:
    """Times each step once into `figures`; the number of widgets in the dialog."""
    began = time.perf_counter()
    editor = LadderEditor(draft, rated=frozenset(), taken=taken, save=lambda f: True)
    editor.show()
    painted(editor)
    note(figures, "open until painted", began, verbose)
    widgets = len(editor.findChildren(QWidget))
    row = 5_000
    steps: list[tuple[str, Callable[[], None]]] = [
        ("edit one English text", lambda: edit_text(editor, row, f"Reworded {run}")),
        ("change one level cell", lambda: choose_level(editor, row, 3)),
        ("undo (the level)", editor.undo_stack.undo),
        ("add a requirement", editor.add_requirement),
        ("delayed check of the draft", lambda: check_now(editor)),
    ]
    for name, step in steps:
        began = time.perf_counter()
        step()
        painted(editor)
        note(figures, name, began, verbose)
    assert editor.draft.requirements[row].text_en == f"Reworded {run}"
    assert len(editor.draft.requirements) == len(draft.requirements) + 1
    editor.close()
    editor.deleteLater()
    QApplication.processEvents()
    return widgets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--verbose", action="store_true", help="print each step's time")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        draft, taken = ladder_draft(Path(tmp) / "data")
    print(
        f"draft: {len(draft.requirements):,} requirements, {len(draft.roles)} roles, "
        f"{len(draft.levels)} levels, {len(draft.skills)} skills"
    )
    figures: dict[str, list[float]] = {}
    widgets = 0
    for run in range(args.runs):
        widgets = one_run(draft, taken, run, figures, args.verbose)
    for name, values in figures.items():
        print(f"{name:<30} median {statistics.median(values):9.1f} ms  (runs: {len(values)})")
    print(f"widgets in the dialog: {widgets:,}")
    del app


if __name__ == "__main__":
    main()
