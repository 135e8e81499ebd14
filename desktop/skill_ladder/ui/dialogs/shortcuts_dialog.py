"""Help › Keyboard shortcuts: every shortcut of the window, read from its actions when the
dialog opens (so the list never goes stale), then the keys the controls themselves know (the
cards' 0–3, the slider's arrows, the matrix's cells)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.wording import fill

KEYS, WHAT = range(2)
_NATIVE = QKeySequence.SequenceFormat.NativeText


def key_text(*keys: Qt.Key | QKeySequence | QKeySequence.StandardKey | str) -> str:
    """Keys as the platform names them, in the current language ("Ctrl+Z", "Supr")."""
    return ", ".join(QKeySequence(key).toString(_NATIVE) for key in keys)


def action_keys(action: QAction) -> str:
    return ", ".join(s.toString(_NATIVE) for s in action.shortcuts() if not s.isEmpty())


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ("&Quit" -> "Quit", "R&&D" -> "R&D")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTreeWidget(self)
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self.table.setAllColumnsShowFocus(True)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.table.header()
        header.setSectionResizeMode(KEYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._seen: set[str] = set()
        self._add_actions(actions)
        self._add_control_keys()
        self.table.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    # -- content -----------------------------------------------------------------------------
    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.table, [title])
        group.setFirstColumnSpanned(True)
        font = group.font(KEYS)
        font.setBold(True)
        group.setFont(KEYS, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _row(self, group: QTreeWidgetItem, keys: str, what: str) -> None:
        item = QTreeWidgetItem(group, [keys, what])
        item.setData(KEYS, Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("%1: %2"), keys, what))

    def _add_actions(self, actions: Iterable[QAction]) -> None:
        """One group per menu, in menu order; actions outside a menu under "Window"."""
        groups: dict[str, QTreeWidgetItem] = {}
        for action in actions:
            keys = action_keys(action)
            if not keys:
                continue
            menus = [m for m in action.associatedObjects() if isinstance(m, QMenu)]
            title = plain_text(menus[0].title()) if menus else self.tr("Window")
            if title not in groups:
                groups[title] = self._group(title)
            self._row(groups[title], keys, plain_text(action.text()).rstrip("…").strip())
            self._seen.update(s.toString() for s in action.shortcuts())

    def _add_control_keys(self) -> None:
        """What the controls themselves answer to (not actions, so not in any menu)."""
        key = Qt.Key
        cards = self._group(self.tr("On a requirement card"))
        self._row(
            cards,
            fill(self.tr("%1 to %2"), "0", "3"),
            self.tr("Rate it: 0 Not yet, 1 Working towards, 2 Meets, 3 Exceeds"),
        )
        self._row(
            cards,
            key_text(key.Key_Delete, key.Key_Backspace),
            self.tr("Clear its rating (back to not rated)"),
        )
        undo = QKeySequence(QKeySequence.StandardKey.Undo)
        if undo.toString() not in self._seen:  # the window names it already under Edit
            self._row(cards, undo.toString(_NATIVE), self.tr("Undo the last rating"))
        self._row(
            cards,
            key_text(key.Key_Left, key.Key_Right),
            self.tr("Move between the rating steps, then Space to choose one"),
        )
        moving = self._group(self.tr("Moving around"))
        self._row(
            moving,
            key_text(key.Key_Tab, QKeySequence(Qt.Modifier.SHIFT | key.Key_Tab)),
            self.tr("Next or previous control; each card is one stop"),
        )
        self._row(
            moving,
            key_text(key.Key_Up, key.Key_Down),
            self.tr("In the profile list, the next or previous entry"),
        )
        slider = self._group(self.tr("On the level slider"))
        self._row(
            slider,
            key_text(key.Key_Left, key.Key_Right),
            self.tr("Previous or next level"),
        )
        self._row(slider, key_text(key.Key_Home, key.Key_End), self.tr("First or last level"))
        matrix = self._group(self.tr("In the matrix"))
        self._row(
            matrix,
            key_text(key.Key_Left, key.Key_Right, key.Key_Up, key.Key_Down),
            self.tr("Move between cells"),
        )
        self._row(matrix, key_text(key.Key_Enter), self.tr("Open the cell's card"))
        search = self._group(self.tr("In the search box"))
        self._row(search, key_text(key.Key_Enter), self.tr("Open the first match"))

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, what) for every row, in order: what a person reads."""
        found = []
        for g in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(g)
            if group is None:
                continue
            for r in range(group.childCount()):
                row = group.child(r)
                if row is not None:
                    found.append((group.text(KEYS), row.text(KEYS), row.text(WHAT)))
        return found

    @classmethod
    def show_for(cls, parent: QWidget, actions: Iterable[QAction]) -> ShortcutsDialog:
        """Show the shortcuts of `actions` (the window's) and of the controls beside the
        window (not modal: a person tries them while reading). One at a time: an open one is
        replaced, read afresh from the actions and in the current language."""
        for old in parent.findChildren(cls):
            old.close()  # deleted on close
        dialog = cls(actions, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # a new window comes to the front by itself
        dialog.activateWindow()
        return dialog
