"""Where am I: for my role (or, until it is set, the browsed role), the estimated level,
readiness per level, the plan to my target, the rule in plain words, and my role, target
level and name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skill_ladder.plan_words import plan_sentence
from skill_ladder.rating_words import estimation_rule, readiness_caption
from skill_ladder.services.views import NamedKey, Standing
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.plan_view import PlanTree
from skill_ladder.ui.widgets.readiness_charts import ReadinessBars
from skill_ladder.wording import fill


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
    my_role_changed = Signal(object)  # role key | None
    name_changed = Signal(str)
    open_requirement = Signal(str)
    rule_shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._standing: Standing | None = None
        self._levels: Sequence[NamedKey] = ()
        self._roles: Sequence[NamedKey] = ()
        self._target: str | None = None
        self._my_role: str | None = None
        self._browsing: str | None = None
        self._title = plain_label(self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        # Made in the order they are shown: that is their Tab order.
        self._whose = plain_label(self, wrap=True)
        self.adopt = QPushButton(self)
        self.my_role = _ElidedComboBox(self)
        self.target = _ElidedComboBox(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self._estimate = plain_label(self, wrap=True)
        self.bars = ReadinessBars(self)
        self._gaps_title = plain_label(self, wrap=True)
        self.gaps = PlanTree(self)
        self.gaps.setMinimumHeight(120)
        self._rule_button = QToolButton(self)
        self._rule_button.setCheckable(True)
        self._rule_button.setAutoRaise(True)
        self._rule_button.setArrowType(Qt.ArrowType.RightArrow)
        self._rule_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._rule = plain_label(self, wrap=True, selectable=True)
        self._rule.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self._my_role_label = plain_label(self)
        self._target_label = plain_label(self)
        self._name_label = plain_label(self)
        self._my_role_label.setBuddy(self.my_role)
        self._target_label.setBuddy(self.target)
        self._name_label.setBuddy(self.name)
        form.addRow(self._my_role_label, self.my_role)
        form.addRow(self._target_label, self.target)
        form.addRow(self._name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._whose)
        layout.addWidget(self.adopt, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self._estimate)
        layout.addWidget(self.bars)
        layout.addWidget(self._gaps_title)
        layout.addWidget(self.gaps, 1)
        layout.addWidget(self._rule_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._rule)
        # Takes the room only while the plan is hidden (no role to assess): the rest stays
        # packed at the top instead of spread over the panel's height.
        layout.addStretch(0)
        self._rule_button.toggled.connect(self._show_rule)
        self.target.activated.connect(self._target_chosen)
        self.my_role.activated.connect(self._my_role_chosen)
        self.adopt.clicked.connect(lambda: self.my_role_changed.emit(self._browsing))
        self.name.editingFinished.connect(lambda: self.name_changed.emit(self.name.text()))
        self.gaps.open_requirement.connect(self.open_requirement)
        self.retranslate_ui()

    # -- content ---------------------------------------------------------------------------
    def set_person(self, name: str) -> None:
        if not self.name.hasFocus():
            self.name.setText(name)

    def set_standing(
        self,
        standing: Standing | None,
        levels: Sequence[NamedKey],
        target: str | None,
        *,
        roles: Sequence[NamedKey] = (),
        my_role: str | None = None,
        browsing: str | None = None,
    ) -> None:
        """`standing` None: no single role to assess ("All roles", and my role not set).
        `roles`: the framework's roles (empty: it has none); `browsing`: the browsed role
        the standing follows while my role is not set."""
        self._standing = standing
        self._levels = levels
        self._target = target
        self._roles = roles
        self._my_role = my_role
        self._browsing = browsing
        self._word()

    @staticmethod
    def _fill(
        combo: QComboBox, none_text: str, items: Sequence[NamedKey], current: str | None
    ) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_text, None)
        for named in items:
            combo.addItem(named.name, named.key)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _word(self) -> None:
        standing, target = self._standing, self._target
        self._fill(self.target, self.tr("No target yet"), self._levels, target)
        self.target.setToolTip(self.target.currentText())
        self.target.setEnabled(standing is not None)
        self._fill(self.my_role, self.tr("Not set"), self._roles, self._my_role)
        has_roles = bool(self._roles)
        self.my_role.setVisible(has_roles)
        self._my_role_label.setVisible(has_roles)
        role_names = {r.key: r.name for r in self._roles}
        adopt = has_roles and self._my_role is None and self._browsing is not None
        self.adopt.setVisible(adopt)
        if adopt:
            self._whose.setText(
                fill(
                    self.tr("Showing %1, the role you are browsing. Is it yours?"),
                    role_names.get(self._browsing or "", ""),
                )
            )
            self.adopt.setText(
                fill(self.tr("%1 is my role"), role_names.get(self._browsing or "", ""))
            )
        elif has_roles and self._my_role is not None:
            self._whose.setText(
                fill(
                    self.tr("Following your role, %1, whatever role you browse."),
                    role_names.get(self._my_role, ""),
                )
            )
        else:
            self._whose.setText("")
        self._whose.setVisible(bool(self._whose.text()))
        for widget in (self.bars, self._gaps_title, self.gaps):
            widget.setVisible(standing is not None)
        self.gaps.set_plan(standing, role_names)
        if standing is None:
            self._estimate.setText(
                self.tr("Pick your role (Role, then “This is my role”) to see where you stand.")
            )
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
        self._gaps_title.setText(plan_sentence(standing))

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Where am I"))
        self._my_role_label.setText(self.tr("My r&ole:"))
        self._target_label.setText(self.tr("Tar&get level:"))
        self._name_label.setText(self.tr("Your &name:"))
        self.name.setPlaceholderText(self.tr("Shown on your reports"))
        self.my_role.setAccessibleName(self.tr("My role"))
        self.target.setAccessibleName(self.tr("Target level"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.gaps.setAccessibleName(self.tr("Your plan"))
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

    def _my_role_chosen(self, index: int) -> None:
        self.my_role_changed.emit(self.my_role.itemData(index))
