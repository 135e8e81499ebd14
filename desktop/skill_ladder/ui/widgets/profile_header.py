"""The selected profile's header, as on the seed page: name, follow star, summary,
domain › group, tiles for roles, levels, required and optional, and the last update.

The header last shown is remembered in the settings, so the next start draws it before the
data has loaded (it is replaced a moment later by the live one)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from skill_ladder.settings import Settings
from skill_ladder.ui.retranslate import Retranslatable
from skill_ladder.ui.widgets.labels import plain_label
from skill_ladder.wording import fill

if TYPE_CHECKING:
    from skill_ladder.services.views import ProfileDetail


@dataclass(frozen=True)
class HeaderText:
    """What the header shows: from the live `ProfileDetail`, or remembered from the last
    session (this module stays light: the window draws it before the data loads)."""

    key: str
    is_framework: bool
    name: str
    summary: str
    domain: str
    group: str
    updated: date | None
    has_roles: bool
    counts: tuple[int, int, int, int]  # roles, levels, required, optional

    @classmethod
    def of(cls, detail: ProfileDetail) -> HeaderText:
        c = detail.counts
        return cls(
            key=detail.key,
            is_framework=detail.is_framework,
            name=detail.name,
            summary=detail.summary,
            domain=detail.domain,
            group=detail.group,
            updated=detail.updated,
            has_roles=detail.has_roles,
            counts=(c.roles, c.levels, c.required, c.optional),
        )


class _Tile(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = plain_label(self)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = plain_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, number: int, caption: str) -> None:
        self.number.setText(QLocale().toString(number))
        self.caption.setText(caption)
        self.setAccessibleName(f"{QLocale().toString(number)} {caption}")


class ProfileHeader(Retranslatable, QWidget):
    follow_toggled = Signal(str, bool)  # skill key, follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: HeaderText | None = None
        self._name = plain_label(self, wrap=True, selectable=True)
        font = self._name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._name.setFont(font)
        self._name.setAccessibleName("")
        self.star = QToolButton(self)
        self.star.setCheckable(True)
        self.star.setAutoRaise(True)
        self._summary = plain_label(self, wrap=True, selectable=True)
        self._place = plain_label(self, wrap=True)
        self._place.setForegroundRole(self._place.foregroundRole())
        self._tiles = [_Tile(self) for _ in range(4)]
        # Whose standing the window shows: "You: ML Engineer · target Lead / Staff".
        self._mine = plain_label(self, wrap=True)
        self._mine_shown: tuple[str | None, str | None] | None = None
        self._mine.hide()
        title = QHBoxLayout()
        title.addWidget(self._name, 1)
        title.addWidget(self.star, 0, Qt.AlignmentFlag.AlignTop)
        tiles = QHBoxLayout()
        for tile in self._tiles:
            tiles.addWidget(tile)
        tiles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addWidget(self._summary)
        layout.addWidget(self._place)
        layout.addLayout(tiles)
        layout.addWidget(self._mine)
        self.star.toggled.connect(self._toggled)
        self._followed = False
        self.star.hide()  # until there is a profile to follow
        self.retranslate_ui()

    def set_detail(self, detail: ProfileDetail | None, followed: bool) -> None:
        self._show(None if detail is None else HeaderText.of(detail), followed)

    def set_mine(self, role: str | None, target: str | None, *, has_roles: bool) -> None:
        """My role and my target, by name (None: not set); nothing for a framework without
        roles that has no target."""
        self._mine_shown = (role, target) if has_roles or target else None
        self._word_mine()

    def _word_mine(self) -> None:
        shown = self._mine_shown
        self._mine.setVisible(shown is not None)
        if shown is None:
            return
        role, target = shown
        role_text = (
            fill(self.tr("You: %1"), role)
            if role
            else self.tr("Your role: not set (pick it under Role, then “This is my role”)")
        )
        target_text = (
            fill(self.tr("target %1"), target) if target else self.tr("no target level yet")
        )
        self._mine.setText(f"{role_text} · {target_text}")

    def _show(self, text: HeaderText | None, followed: bool) -> None:
        self._shown = text
        self._followed = followed
        self.star.blockSignals(True)
        self.star.setChecked(followed)
        self.star.blockSignals(False)
        self.star.setVisible(text is not None and not text.is_framework)
        self._word()

    def remember(self, settings: Settings, language: str) -> None:
        """Keep what the header shows now, for the next start."""
        text = self._shown
        if text is None:
            settings.set(MEMORY_KEY, None)
            return
        kept = asdict(text)
        kept.update(
            language=language,
            updated=text.updated.isoformat() if text.updated else None,
            counts=list(text.counts),
        )
        settings.set(MEMORY_KEY, kept)

    def show_remembered(self, settings: Settings, language: str) -> None:
        """Draw the header of the last session (if it was in this language), without the
        follow star: it is a picture until the live data replaces it."""
        text = _remembered(settings.get(MEMORY_KEY), language)
        if text is not None:
            self._show(text, False)
            self.star.hide()

    def retranslate_ui(self) -> None:
        self._word()
        self._word_mine()

    def _word(self) -> None:
        detail = self._shown
        self.star.setText("★" if self._followed else "☆")
        self.star.setToolTip(
            self.tr("Stop following") if self._followed else self.tr("Follow this profile")
        )
        self.star.setAccessibleName(self.tr("Follow"))
        if detail is None:
            self._name.setText(self.tr("No profile selected"))
            for widget in (self._summary, self._place, *self._tiles):
                widget.hide()
            return
        for widget in (self._summary, self._place, *self._tiles):
            widget.show()
        self._name.setText(detail.name)
        self._summary.setText(detail.summary)
        self._summary.setVisible(bool(detail.summary))
        place = " › ".join(p for p in (detail.domain, detail.group) if p)
        if detail.updated is not None:
            updated = QLocale().toString(
                QDate(detail.updated.year, detail.updated.month, detail.updated.day),
                self.tr("d MMMM yyyy", "date pattern"),
            )
            when = fill(self.tr("updated %1"), updated)
            place = f"{place} · {when}" if place else when
        self._place.setText(place)
        n_roles, n_levels, n_required, n_optional = detail.counts
        roles, levels, required, optional = self._tiles
        roles.set(n_roles, self.tr("roles", "", n_roles))
        roles.setVisible(detail.has_roles)
        roles.setToolTip(self.tr("Roles where this skill appears"))
        levels.set(n_levels, self.tr("levels", "", n_levels))
        levels.setToolTip(self.tr("A structured growth path"))
        required.set(n_required, self.tr("required", "", n_required))
        optional.set(n_optional, self.tr("optional", "", n_optional))

    def _toggled(self, on: bool) -> None:
        if self._shown is not None:
            self._followed = on
            self._word()
            self.follow_toggled.emit(self._shown.key, on)


MEMORY_KEY = "header"


def _remembered(value: Any, language: str) -> HeaderText | None:
    """The header kept by `ProfileHeader.remember`; None when absent, in another language,
    or not what was written (settings are a file a person may edit)."""
    if not isinstance(value, dict) or value.get("language") != language:
        return None
    try:
        texts = [value[k] for k in ("key", "name", "summary", "domain", "group")]
        counts = tuple(int(n) for n in value["counts"])
        updated = date.fromisoformat(value["updated"]) if value["updated"] else None
        if not all(isinstance(t, str) for t in texts) or len(counts) != 4:
            return None
        key, name, summary, domain, group = texts
        return HeaderText(
            key=key,
            is_framework=bool(value["is_framework"]),
            name=name,
            summary=summary,
            domain=domain,
            group=group,
            updated=updated,
            has_roles=bool(value["has_roles"]),
            counts=(counts[0], counts[1], counts[2], counts[3]),
        )
    except (KeyError, TypeError, ValueError):
        return None
