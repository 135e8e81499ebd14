"""A slider over the ladder's levels, labelled with their names under the ticks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QVBoxLayout, QWidget

from skill_ladder.services.views import NamedKey
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.wording import fill


class _Labels(QWidget):
    """Paints each level's name centred under its tick; the selected one in bold."""

    def __init__(self, slider: QSlider) -> None:
        super().__init__(slider.parentWidget())
        self._slider = slider
        self.names: list[tuple[str, str]] = []  # (name, short name)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.names:
            return
        painter = QPainter(self)
        option = QStyleOptionSlider()
        self._slider.initStyleOption(option)
        style = self._slider.style()
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self._slider
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self._slider
        )
        span = groove.width() - handle.width()
        offset = self._slider.x() - self.x() + groove.x() + handle.width() // 2
        count = len(self.names)
        slot = self.width() / max(count, 1)
        metrics = self.fontMetrics()
        use_short = any(metrics.horizontalAdvance(name) > slot - 6 for name, _ in self.names)
        for index, (name, short) in enumerate(self.names):
            x = offset + QStyle.sliderPositionFromValue(0, max(count - 1, 1), index, span)
            text = short if use_short else name
            font = QFont(self.font())
            font.setBold(index == self._slider.value())
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(text) + 4
            left = min(max(0, x - width // 2), self.width() - width)
            painter.drawText(
                QRect(left, 0, width, self.height()), Qt.AlignmentFlag.AlignCenter, text
            )


class LevelSlider(Retranslatable, QWidget):
    level_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setRange(0, 0)  # no levels yet: not Qt's default 0..99 ruler
        self.slider.setPageStep(1)
        self.slider.setTracking(True)
        self._labels = _Labels(self.slider)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.slider)
        layout.addWidget(self._labels)
        self._levels: list[NamedKey] = []
        self.slider.valueChanged.connect(self._moved)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.slider.setAccessibleName(self.tr("Level"))
        self.slider.setToolTip(self.tr("Level (Left/Right arrows, Home, End)"))
        self._describe()

    def set_levels(self, levels: Sequence[NamedKey], current: str | None) -> None:
        self._levels = list(levels)
        self._labels.names = [(lv.name, lv.short or lv.name) for lv in levels]
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
        if self._levels:
            level = self._levels[self.slider.value()]
            text = fill(
                self.tr("%1 (level %2 of %3)"),
                level.name,
                self.slider.value() + 1,
                len(self._levels),
            )
            self.slider.setAccessibleDescription(text)

    def _moved(self, _value: int) -> None:
        self._describe()
        self._labels.update()
        level = self.level()
        if level is not None:
            self.level_changed.emit(level)
