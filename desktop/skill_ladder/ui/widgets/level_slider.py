"""A slider over the ladder's levels, labelled with their names under the ticks.

A click on the groove goes to the level under the pointer (not one page step), a click on a
level's name selects it, and the names never overlap: full names when they fit, else the short
names, else the names elided with "…", else the level numbers (1, 2, 3…). The full name of a
level is always in a tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.services.views import NamedKey
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.wording import fill

LABEL_GAP = 8  # pixels kept free between two neighbouring names
MIN_ELIDED_CHARS = 3  # an elided name keeps at least this many letters before "…"
MIN_WIDTH = 200  # room for the numbers of a long ladder; the window keeps the slider this wide
FOCUS_FRAME = 2  # pen width of the focus frame drawn around the slider and its names

# How the names under the ticks are shown, in the order they are tried.
FULL, SHORT, ELIDED, NUMBERS = "full", "short", "elided", "numbers"


def _elided(text: str, metrics: QFontMetrics, width: int, mode: Qt.TextElideMode) -> str:
    """`text` elided with "…", never with a space next to the "…"."""
    elided = metrics.elidedText(text, mode, width)
    if elided != text and "…" in elided:
        head, _, tail = elided.partition("…")
        elided = f"{head.rstrip()}…{tail.lstrip()}"
    return elided


class _GrooveSlider(QSlider):
    """A QSlider whose left click on the groove jumps to the level under the pointer and
    then drags from there, instead of moving one page step towards it."""

    focus_moved = Signal()

    def _option(self) -> QStyleOptionSlider:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return option

    def value_at(self, x: int) -> int:
        """The value whose tick is nearest to `x` (in the slider's coordinates)."""
        option = self._option()
        style = self.style()
        cc = QStyle.ComplexControl.CC_Slider
        groove = style.subControlRect(cc, option, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(cc, option, QStyle.SubControl.SC_SliderHandle, self)
        span = max(1, groove.width() - handle.width())
        position = x - groove.x() - handle.width() // 2
        return QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), position, span, option.upsideDown
        )

    def handle_rect(self) -> QRect:
        option = self._option()
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or self.handle_rect().contains(point):
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(self.value_at(point.x()))
        # Go on as a press on the handle, now under the pointer, so that a drag follows.
        centre = QPointF(self.handle_rect().center())
        pressed = QMouseEvent(
            event.type(),
            centre,
            self.mapToGlobal(centre),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        super().mousePressEvent(pressed)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_moved.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_moved.emit()


class _Labels(QWidget):
    """Paints each level's name centred under its tick (the selected one in bold), in the
    first form that fits; a click on a name selects its level."""

    clicked = Signal(int)

    def __init__(self, slider: _GrooveSlider, parent: QWidget) -> None:
        super().__init__(parent)
        self._slider = slider
        self.names: list[tuple[str, str]] = []  # (name, short name; the name if none)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)
        self._layout_cache: tuple[object, tuple[str, list[str], list[QRect]]] | None = None

    def set_names(self, names: list[tuple[str, str]]) -> None:
        self.names = names
        self._layout_cache = None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(MIN_WIDTH, self.sizeHint().height())

    # -- geometry ----------------------------------------------------------------------------
    def ticks(self) -> list[int]:
        """The x of each level's tick, in this widget's coordinates."""
        slider = self._slider
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        style = slider.style()
        cc = QStyle.ComplexControl.CC_Slider
        groove = style.subControlRect(cc, option, QStyle.SubControl.SC_SliderGroove, slider)
        handle = style.subControlRect(cc, option, QStyle.SubControl.SC_SliderHandle, slider)
        span = groove.width() - handle.width()
        offset = slider.x() - self.x() + groove.x() + handle.width() // 2
        count = len(self.names)
        return [
            offset
            + QStyle.sliderPositionFromValue(0, max(count - 1, 1), index, span, option.upsideDown)
            for index in range(count)
        ]

    def _bold_metrics(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetrics(font)

    def _intervals(self, ticks: list[int]) -> list[tuple[int, int]]:
        """The room of each name: from half-way to the previous tick to half-way to the
        next one, less the gap kept between names (the ends reach the widget's edges)."""
        rooms = []
        for index, x in enumerate(ticks):
            lo = 0 if index == 0 else (ticks[index - 1] + x) // 2 + LABEL_GAP // 2
            hi = self.width() if index == len(ticks) - 1 else (x + ticks[index + 1]) // 2
            if index < len(ticks) - 1:
                hi -= LABEL_GAP - LABEL_GAP // 2
            rooms.append((lo, max(lo, hi)))
        return rooms

    def _fits(self, texts: list[str], rooms: list[tuple[int, int]], metrics: QFontMetrics) -> bool:
        return all(
            metrics.horizontalAdvance(text) + 2 <= hi - lo
            for text, (lo, hi) in zip(texts, rooms, strict=True)
        )

    def _place(
        self,
        texts: list[str],
        ticks: list[int],
        rooms: list[tuple[int, int]],
        metrics: QFontMetrics,
    ) -> list[QRect]:
        """Each text's rectangle, centred under its tick and kept inside its room."""
        rects = []
        for text, x, (lo, hi) in zip(texts, ticks, rooms, strict=True):
            width = min(metrics.horizontalAdvance(text) + 2, hi - lo)
            left = min(max(lo, x - width // 2), hi - width)
            rects.append(QRect(left, 0, width, self.height()))
        return rects

    def arrangement(self) -> tuple[str, list[str], list[QRect]]:
        """(form, the texts shown, their rectangles; an empty text and rectangle for a level
        whose number is left out). Measured with the bold font, so the form does not change
        when another level is selected."""
        ticks = self.ticks()
        key = (self.width(), self.height(), tuple(ticks), self.font().key())
        if self._layout_cache is not None and self._layout_cache[0] == key:
            return self._layout_cache[1]
        result = self._measure(ticks)
        self._layout_cache = (key, result)
        return result

    def _measure(self, ticks: list[int]) -> tuple[str, list[str], list[QRect]]:
        metrics = self._bold_metrics()
        rooms = self._intervals(ticks)
        names = [name for name, _ in self.names]
        shorts = [short or name for name, short in self.names]
        if self._fits(names, rooms, metrics):
            return FULL, names, self._place(names, ticks, rooms, metrics)
        if shorts != names and self._fits(shorts, rooms, metrics):
            return SHORT, shorts, self._place(shorts, ticks, rooms, metrics)
        # Elided at the right; where that makes two names alike, in the middle (names of a
        # ladder often differ only at the end: "Ingeniero de software" and "… sénior").
        for mode in (Qt.TextElideMode.ElideRight, Qt.TextElideMode.ElideMiddle):
            elided = [
                _elided(short, metrics, max(0, hi - lo - 2), mode)
                for short, (lo, hi) in zip(shorts, rooms, strict=True)
            ]
            readable = all(
                text == short or len(text.replace("…", "")) >= MIN_ELIDED_CHARS
                for text, short in zip(elided, shorts, strict=True)
            )
            distinct = len(set(elided)) == len(set(shorts))
            if readable and distinct and self._fits(elided, rooms, metrics):
                return ELIDED, elided, self._place(elided, ticks, rooms, metrics)
        numbers = [str(index + 1) for index in range(len(self.names))]
        stride = 1
        while True:  # very many levels in very little room: every n-th number
            shown = [i for i in range(len(numbers)) if i % stride == 0]
            sub_ticks = [ticks[i] for i in shown]
            sub_rooms = self._intervals(sub_ticks)
            sub_texts = [numbers[i] for i in shown]
            if stride >= len(numbers) or self._fits(sub_texts, sub_rooms, metrics):
                break
            stride += 1
        rects = self._place(sub_texts, sub_ticks, sub_rooms, metrics)
        placed = dict(zip(shown, rects, strict=True))
        texts = [numbers[i] if i in placed else "" for i in range(len(numbers))]
        return NUMBERS, texts, [placed.get(i, QRect()) for i in range(len(numbers))]

    def index_at(self, point: QPoint) -> int | None:
        """The level whose name is under `point`; else the level whose tick is nearest."""
        if not self.names:
            return None
        _form, _texts, rects = self.arrangement()
        for index, rect in enumerate(rects):
            if rect.isValid() and rect.contains(point):
                return index
        ticks = self.ticks()
        return min(range(len(ticks)), key=lambda i: abs(ticks[i] - point.x()))

    # -- events ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._layout_cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._layout_cache = None
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.index_at(event.position().toPoint())
            if index is not None:
                self.clicked.emit(index)
                event.accept()
                return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.names[index][0], self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.names:
            return
        painter = QPainter(self)
        _form, texts, rects = self.arrangement()
        for index, (text, rect) in enumerate(zip(texts, rects, strict=True)):
            if not text:
                continue
            font = QFont(self.font())
            font.setBold(index == self._slider.value())
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class LevelSlider(Retranslatable, QWidget):
    """Public API: `set_levels(levels, current)`, `set_level(key)`, `level()`, and the signal
    `level_changed(key)` (sent on every move: keyboard, click, drag, or a click on a name)."""

    level_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = _GrooveSlider(Qt.Orientation.Horizontal, self)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setRange(0, 0)  # no levels yet: not Qt's default 0..99 ruler
        self.slider.setPageStep(1)
        self.slider.setTracking(True)
        self._labels = _Labels(self.slider, self)
        layout = QVBoxLayout(self)
        # Room for the focus frame, so that it never covers the handle or a name.
        margin = FOCUS_FRAME + 1
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(0)
        layout.addWidget(self.slider)
        layout.addWidget(self._labels)
        self._levels: list[NamedKey] = []
        self.slider.valueChanged.connect(self._moved)
        self.slider.focus_moved.connect(self.update)
        self._labels.clicked.connect(self._name_clicked)
        self.retranslate_ui()

    @property
    def labels(self) -> _Labels:
        """The strip of names under the ticks (for tests: its `arrangement()` and `ticks()`)."""
        return self._labels

    def retranslate_ui(self) -> None:
        self.slider.setAccessibleName(self.tr("Level"))
        self._labels.setAccessibleName(self.tr("Level names"))
        self._describe()

    def set_levels(self, levels: Sequence[NamedKey], current: str | None) -> None:
        self._levels = list(levels)
        self._labels.set_names([(lv.name, lv.short or lv.name) for lv in levels])
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(levels) - 1))
        keys = [lv.key for lv in levels]
        self.slider.setValue(keys.index(current) if current in keys else 0)
        self.slider.blockSignals(False)
        self._describe()
        self._labels.update()

    def level(self) -> str | None:
        if not self._levels:
            return None
        return self._levels[self.slider.value()].key

    def set_level(self, key: str) -> None:
        keys = [lv.key for lv in self._levels]
        if key in keys:
            self.slider.setValue(keys.index(key))

    def _describe(self) -> None:
        keys = self.tr("Left/Right arrows, Home, End; click a level or its name")
        if not self._levels:
            self.slider.setToolTip(self.tr("Level (Left/Right arrows, Home, End)"))
            return
        level = self._levels[self.slider.value()]
        text = fill(
            self.tr("%1 (level %2 of %3)"),
            level.name,
            self.slider.value() + 1,
            len(self._levels),
        )
        self.slider.setAccessibleDescription(text)
        self.slider.setToolTip(f"{text}\n{keys}")

    def _name_clicked(self, index: int) -> None:
        self.slider.setFocus(Qt.FocusReason.MouseFocusReason)
        self.slider.setValue(index)

    def _moved(self, _value: int) -> None:
        self._describe()
        self._labels.update()
        level = self.level()
        if level is not None:
            self.level_changed.emit(level)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """A frame in the highlight colour around the slider and its names while the slider
        has the keyboard focus: Fusion's own focus mark on a slider is hard to see."""
        if not self.slider.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_FRAME)
        painter.setPen(pen)
        half = FOCUS_FRAME / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 4, 4)
