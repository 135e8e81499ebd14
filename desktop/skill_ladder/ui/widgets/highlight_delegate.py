"""Draws a search result: a title line (skill · role · level) over the requirement's text, the
searched words marked with text formats on a `QTextLayout` (never HTML: the texts are plain
text and must stay so). Long texts show two lines; when the first marked word would fall past
them, the text is shown from a little before it, after an ellipsis."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from skill_ladder.domain.search import Span
from skill_ladder.ui.models.requirement_results import (
    NOTE_ROLE,
    SEPARATOR,
    TEXT_SPANS_ROLE,
    TITLE_ROLE,
    TITLE_SPANS_ROLE,
)

MAX_TEXT_LINES = 2
PADDING_X = 8
PADDING_Y = 5
GAP = 2  # between the title and the text
ELLIPSIS = "…"
LEAD_IN = 24  # characters of context kept before a first marked word that is moved into view

_Index = QModelIndex | QPersistentModelIndex


def mark_format(palette: QPalette) -> QTextCharFormat:
    """How a searched word is marked: bold (readable without colour) on a marker colour that
    reads on the light or dark base, and on the selection."""
    mark = QTextCharFormat()
    mark.setFontWeight(QFont.Weight.Bold)
    if palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5:
        mark.setBackground(QColor("#664d00"))
        mark.setForeground(QColor("#ffffff"))
    else:
        mark.setBackground(QColor("#ffc526"))
        mark.setForeground(QColor("#000000"))
    return mark


def muted(palette: QPalette, group: QPalette.ColorGroup) -> QColor:
    """The title's colour: the text's, a third of the way to the base."""
    text = palette.color(group, QPalette.ColorRole.Text)
    base = palette.color(group, QPalette.ColorRole.Base)
    return QColor(
        round(text.red() * 0.68 + base.red() * 0.32),
        round(text.green() * 0.68 + base.green() * 0.32),
        round(text.blue() * 0.68 + base.blue() * 0.32),
    )


def text_layout(
    text: str, spans: tuple[Span, ...], font: QFont, width: float, mark: QTextCharFormat
) -> QTextLayout:
    """`text` laid out in lines of `width`, the spans marked."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    ranges = []
    for start, length in spans:
        marked = QTextLayout.FormatRange()
        marked.start, marked.length, marked.format = start, length, mark
        ranges.append(marked)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _moved(spans: tuple[Span, ...], shift: int, end: int) -> tuple[Span, ...]:
    """The spans moved by `shift`, kept within [0, end)."""
    moved = []
    for start, length in spans:
        begin, stop = max(0, start + shift), min(end, start + shift + length)
        if stop > begin:
            moved.append((begin, stop - begin))
    return tuple(moved)


def excerpt(
    text: str,
    spans: tuple[Span, ...],
    font: QFont,
    width: float,
    lines: int,
    mark: QTextCharFormat,
) -> tuple[str, tuple[Span, ...]]:
    """What of `text` fits in `lines` lines of `width`, ending with an ellipsis when cut, and
    starting shortly before the first marked word when it would otherwise not be seen."""
    layout = text_layout(text, spans, font, width, mark)
    if layout.lineCount() <= lines:
        return text, spans
    last = layout.lineAt(lines - 1)
    if spans and sum(spans[0]) > last.textStart() + last.textLength():
        begin = text.rfind(" ", 0, max(0, spans[0][0] - LEAD_IN)) + 1
        moved = text_layout(ELLIPSIS + text[begin:], (), font, width, mark)
        if moved.lineCount() < lines:  # near the end: as many lines as the others have
            begin = layout.lineAt(layout.lineCount() - lines).textStart()
        text = ELLIPSIS + text[begin:]
        spans = _moved(spans, len(ELLIPSIS) - begin, len(text))
        layout = text_layout(text, spans, font, width, mark)
        if layout.lineCount() <= lines:
            return text, spans
        last = layout.lineAt(lines - 1)
    start = last.textStart()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.Bold)  # the ellipsis may follow a marked word
    room = width - QFontMetricsF(bold).horizontalAdvance(ELLIPSIS) - 2
    rest = text_layout(text[start:], _moved(spans, -start, len(text)), font, room, mark)
    keep = start + (rest.lineAt(0).textLength() if rest.lineCount() else 0)
    shown = text[:keep].rstrip()
    return shown + ELLIPSIS, _moved(spans, 0, len(shown))


@dataclass(frozen=True)
class _Laid:
    title: QTextLayout
    text: QTextLayout


def _texts(index: _Index) -> tuple[str, tuple[Span, ...], str, tuple[Span, ...]]:
    """A row's title line (with its note) and text, each with its marked spans."""
    title = str(index.data(TITLE_ROLE) or "")
    note = str(index.data(NOTE_ROLE) or "")
    if note:
        title += SEPARATOR + note
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    return title, index.data(TITLE_SPANS_ROLE) or (), text, index.data(TEXT_SPANS_ROLE) or ()


class HighlightDelegate(QStyledItemDelegate):
    """Rows of one height: the title line and two lines of text (the view asks for one row's
    size, `setUniformItemSizes`, so 200 results cost no more than the few painted). The
    excerpt drawn (the first marked word brought into view) is made only for the rows
    painted, and kept until the results change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid: dict[tuple[object, ...], _Laid] = {}

    def clear_cache(self) -> None:
        self._laid.clear()

    def _layouts(self, option: QStyleOptionViewItem, index: _Index, width: int) -> _Laid:
        title, title_spans, text, text_spans = _texts(index)
        mark = mark_format(option.palette)
        dark = mark.foreground().color().lightnessF() > 0.5
        key = (title, text, title_spans, text_spans, width, option.font.key(), dark)
        laid = self._laid.get(key)
        if laid is None:
            font = option.font
            inner = max(40, width - 2 * PADDING_X)
            title, title_spans = excerpt(title, title_spans, font, inner, 1, mark)
            text, text_spans = excerpt(text, text_spans, font, inner, MAX_TEXT_LINES, mark)
            laid = _Laid(
                text_layout(title, title_spans, font, inner, mark),
                text_layout(text, text_spans, font, inner, mark),
            )
            self._laid[key] = laid
        return laid

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The width a row is laid out for: the view's inside less room for a scroll bar,
        whether one shows or not (rows measured without it would change height when it
        comes, and it comes because of their height)."""
        view = option.widget
        if not isinstance(view, QAbstractItemView):
            return option.rect.width()
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return max(1, view.width() - 2 * view.frameWidth() - bar)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        line = QFontMetricsF(option.font).height()  # the view's font: the model sets none
        height = 2 * PADDING_Y + line * (1 + MAX_TEXT_LINES) + GAP
        return QSize(self._width(option), int(height + 0.999))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        laid = self._layouts(opt, index, self._width(opt))
        opt.text = ""  # the background, selection and focus from the style; the words here
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        state = opt.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if not state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        palette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect
        origin = QPointF(rect.left() + PADDING_X, rect.top() + PADDING_Y)
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(palette.color(group, role) if selected else muted(palette, group))
        laid.title.draw(painter, origin)
        painter.setPen(palette.color(group, role))
        below = origin + QPointF(0, laid.title.boundingRect().height() + GAP)
        laid.text.draw(painter, below)
        painter.restore()
