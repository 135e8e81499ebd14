"""What a person sees or hears of a window: every text of every visible widget, action and
item-model header (tool tips and accessible names included)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QWidget,
)


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root and not isinstance(widget, QMenu):
            continue
        texts.update((widget.toolTip(), widget.accessibleName(), widget.windowTitle()))
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            texts.add(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts.update(header.text(i) for i in range(header.columnCount()))
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount(QModelIndex())
            texts.update(
                str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns)
            )
        for action in widget.actions():
            texts.update((action.text(), action.toolTip()))
            if action.menu() is not None:
                texts.update(a.text() for a in action.menu().actions())
    return {_clean(t) for t in texts if t and _clean(t)}
