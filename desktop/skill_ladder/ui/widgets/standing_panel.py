"""Where am I: for the selected role, the estimated level, readiness per level, the gaps, the
rule in plain words, and the person's own target level and name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.rating_words import (
    estimation_rule,
    rating_label,
    readiness_caption,
    required_label,
)
from skill_ladder.services.views import NamedKey, Standing
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.readiness_charts import ReadinessBars
from skill_ladder.wording import fill

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _ElidedComboBox(QComboBox):
    """A drop-down that shows its current text elided with "…" when it is narrower than the
    text (QComboBox cuts it mid-word), and does not ask for the width of its longest item:
    a level named "Vicepresidente o Director de ingeniería" no longer widens the panel. The
    list shows the full names; the tooltip, the current one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(self._tip)

    def _tip(self) -> None:
        self.setToolTip(self.currentText())

    def _option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def shown_text(self) -> str:
        """The current text as painted: whole if it fits, else elided at the right."""
        option = self._option()
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, max(0, field.width() - 4)
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class StandingPanel(Retranslatable, QWidget):
    target_changed = Signal(object)  # level key | None
    name_changed = Signal(str)
    open_requirement = Signal(str)
    rule_shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._standing: Standing | None = None
        self._levels: Sequence[NamedKey] = ()
        self._target: str | None = None
        self._title = plain_label(self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._estimate = plain_label(self, wrap=True)
        self.bars = ReadinessBars(self)
        self._gaps_title = plain_label(self, wrap=True)
        self.gaps = QListWidget(self)
        self.gaps.setWordWrap(True)
        self.gaps.setMaximumHeight(150)
        self.target = _ElidedComboBox(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self._rule_button = QToolButton(self)
        self._rule_button.setCheckable(True)
        self._rule_button.setAutoRaise(True)
        self._rule_button.setArrowType(Qt.ArrowType.RightArrow)
        self._rule_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._rule = plain_label(self, wrap=True, selectable=True)
        self._rule.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self._target_label = plain_label(self)
        self._name_label = plain_label(self)
        self._target_label.setBuddy(self.target)
        self._name_label.setBuddy(self.name)
        form.addRow(self._target_label, self.target)
        form.addRow(self._name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._estimate)
        layout.addWidget(self.bars)
        layout.addWidget(self._gaps_title)
        layout.addWidget(self.gaps)
        layout.addLayout(form)
        layout.addWidget(self._rule_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._rule)
        layout.addStretch(1)
        self._rule_button.toggled.connect(self._show_rule)
        self.target.activated.connect(self._target_chosen)
        self.name.editingFinished.connect(lambda: self.name_changed.emit(self.name.text()))
        self.gaps.itemActivated.connect(self._gap_opened)
        self.retranslate_ui()

    # -- content ---------------------------------------------------------------------------
    def set_person(self, name: str) -> None:
        if not self.name.hasFocus():
            self.name.setText(name)

    def set_standing(
        self, standing: Standing | None, levels: Sequence[NamedKey], target: str | None
    ) -> None:
        """`standing` None: "All roles" is selected, so there is no single role to assess."""
        self._standing = standing
        self._levels = levels
        self._target = target
        self._word()

    def _word(self) -> None:
        standing, target = self._standing, self._target
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("No target yet"), None)
        for named in self._levels:
            self.target.addItem(named.name, named.key)
        index = self.target.findData(target) if target else 0
        self.target.setCurrentIndex(max(0, index))
        self.target.blockSignals(False)
        self.target.setToolTip(self.target.currentText())
        self.target.setEnabled(standing is not None)
        self.gaps.clear()
        for widget in (self.bars, self._gaps_title, self.gaps):
            widget.setVisible(standing is not None)
        if standing is None:
            self._estimate.setText(self.tr("Pick a role to see where you stand."))
            return
        from skill_ladder.report.charts import LevelBar  # not before the data: see readiness_charts

        names = {lv.key: lv.name for lv in standing.levels}
        estimated = standing.estimated_level
        if estimated is None:
            self._estimate.setText(self.tr("Estimated level: none yet"))
        else:
            self._estimate.setText(fill(self.tr("Estimated level: %1"), names[estimated]))
        bars = [
            LevelBar(
                label=level.name,
                readiness=level.readiness,
                caption=readiness_caption(
                    level.required_met,
                    level.required_total,
                    level.optional_met,
                    level.optional_total,
                ),
                met=level.met,
                is_target=level.key == target,
                is_estimated=level.key == estimated,
            )
            for level in standing.levels
        ]
        self.bars.set_bars(bars)
        self.bars.setAccessibleDescription("; ".join(f"{bar.label}: {bar.caption}" for bar in bars))
        # The bars elide long level names; the tooltip gives each in full.
        self.bars.setToolTip("\n".join(f"{bar.label}: {bar.caption}" for bar in bars))
        keys = [lv.key for lv in standing.levels]
        upto_index = 0 if estimated is None else min(keys.index(estimated) + 1, len(keys) - 1)
        required = sum(1 for g in standing.gaps if g.required)
        self._gaps_title.setText(
            fill(
                self.tr("Gaps up to %1: %2 required, %3 optional"),
                names[keys[upto_index]] if keys else "",
                required,
                len(standing.gaps) - required,
            )
            if standing.gaps
            else self.tr("No gaps: every requirement up to the next level is met.")
        )
        several_skills = len({gap.skill for gap in standing.gaps}) > 1
        for gap in standing.gaps:
            place = f"{gap.skill_name} · {gap.level_name}" if several_skills else gap.level_name
            heading = f"{place} · {required_label(gap.required)} · {rating_label(gap.rating)}"
            item = QListWidgetItem(f"{heading}\n{gap.text}")
            item.setData(KEY_ROLE, gap.key)
            item.setToolTip(fill(self.tr("%1\n\nEnter or double-click opens its card."), gap.text))
            self.gaps.addItem(item)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Where am I"))
        self._target_label.setText(self.tr("Tar&get level:"))
        self._name_label.setText(self.tr("Your &name:"))
        self.name.setPlaceholderText(self.tr("Shown on your reports"))
        self.target.setAccessibleName(self.tr("Target level"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.gaps.setAccessibleName(self.tr("Gaps"))
        self.bars.setAccessibleName(self.tr("Readiness per level"))
        self._rule_button.setText(self.tr("How is this estimated?"))
        self._rule_button.setAccessibleName(self.tr("How is this estimated?"))
        self._rule.setText(estimation_rule())
        self._word()

    def _show_rule(self, shown: bool) -> None:
        self._rule.setVisible(shown)
        self._rule_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.rule_shown.emit(shown)

    @property
    def rule_text(self) -> QWidget:
        return self._rule

    def _target_chosen(self, index: int) -> None:
        self._target = self.target.itemData(index)
        self.target_changed.emit(self._target)

    def _gap_opened(self, item: QListWidgetItem) -> None:
        self.open_requirement.emit(str(item.data(KEY_ROLE)))
