"""Role picker ("All roles" first) and the level slider, with the view switcher beside."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from skill_ladder.services.views import NamedKey
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.ui.widgets.level_slider import LevelSlider

ALL_ROLES = None


class SelectionBar(Retranslatable, QWidget):
    role_changed = Signal(object)  # role key | None (all roles)
    level_changed = Signal(str)
    my_role_toggled = Signal(bool)  # "This is my role" ticked (True) or unticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = QComboBox(self)
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._role_label = plain_label(self)
        self._role_label.setBuddy(self.role)
        self.mine = QCheckBox(self)
        self.levels = LevelSlider(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._role_label)
        layout.addWidget(self.role)
        layout.addWidget(self.mine)
        layout.addSpacing(16)
        layout.addWidget(self.levels, 1)
        self._roles: list[NamedKey] = []
        self._has_roles = True
        self.mine.clicked.connect(self.my_role_toggled)
        self.role.activated.connect(lambda i: self.role_changed.emit(self.role.itemData(i)))
        self.levels.level_changed.connect(self.level_changed)
        self.retranslate_ui()

    def set_roles(self, roles: Sequence[NamedKey], current: str | None, has_roles: bool) -> None:
        self._roles = list(roles)
        self._has_roles = has_roles
        self._fill(current)

    def _fill(self, current: str | None) -> None:
        self.role.blockSignals(True)
        self.role.clear()
        if self._has_roles:
            self.role.addItem(self.tr("All roles"), ALL_ROLES)
        for role in self._roles:
            self.role.addItem(role.name, role.key)
        index = self.role.findData(current) if current is not None else 0
        self.role.setCurrentIndex(max(0, index))
        self.role.blockSignals(False)
        self.role.setVisible(self._has_roles)
        self._role_label.setVisible(self._has_roles)
        self.mine.setVisible(self._has_roles)

    def current_role(self) -> str | None:
        value = self.role.currentData()
        return value if isinstance(value, str) else None

    def set_role(self, key: str | None) -> None:
        index = self.role.findData(key) if key is not None else 0
        if index >= 0:
            self.role.setCurrentIndex(index)

    def set_mine(self, my_role: str | None, browsed: str | None) -> None:
        """Tick "This is my role" when the browsed role is mine; it cannot be ticked for
        "All roles"."""
        self.mine.setChecked(browsed is not None and browsed == my_role)
        self.mine.setEnabled(browsed is not None)
        self.mine.setVisible(self._has_roles)

    def retranslate_ui(self) -> None:
        self._role_label.setText(self.tr("&Role:"))
        self.mine.setText(self.tr("This is &my role"))
        self.mine.setToolTip(
            self.tr("Where am I, your plan and your report follow your role, whatever you browse")
        )
        self.role.setAccessibleName(self.tr("Role"))
        if self._roles or not self._has_roles:
            self._fill(self.current_role())
