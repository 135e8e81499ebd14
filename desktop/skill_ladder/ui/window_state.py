"""The window's one state: what is in view (the profile, the browsed role and level), whose
standing it is (my role, my target) and the standing itself. Pages read it and refresh when it
says what changed; nothing else keeps a copy.

Only the controller writes it (`update`); every write emits `changed` once, with the parts that
changed as `Change` flags, so a page that does not depend on the level is not rebuilt when only
the level moves."""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # types only: the menus paint before the services' views load (start-up)
    from skill_ladder.services.views import ProfileDetail, Scope, Standing


class Change(enum.Flag):
    NONE = 0
    SCOPE = enum.auto()  # another profile (framework, domain, group or skill) in view
    ROLE = enum.auto()  # the browsed role
    LEVEL = enum.auto()  # the browsed level
    MINE = enum.auto()  # my role or my target
    STANDING = enum.auto()  # where I stand (after a rating, or my role or target moved)
    RATINGS = enum.auto()  # a rating or note was saved
    CHECKINS = enum.auto()  # a check-in was made, renamed or deleted
    PROPOSALS = enum.auto()
    LANGUAGE = enum.auto()  # content is to be read again in another language
    CATALOG = enum.auto()  # profiles were installed, updated or removed; or a reload
    ALL = (
        SCOPE | ROLE | LEVEL | MINE | STANDING | RATINGS | CHECKINS | PROPOSALS | LANGUAGE | CATALOG
    )


@dataclass(frozen=True)
class Snapshot:
    """The state's values at one moment (plain data; pages may keep one to compare)."""

    scope: Scope | None = None
    detail: ProfileDetail | None = None
    role: str | None = None  # browsed; None: all roles
    level: str | None = None
    my_role: str | None = None  # in the framework in view; None: not set yet
    target: str | None = None  # for the standing role
    standing: Standing | None = None
    language: str = "en"
    checkins: int = 0  # how many check-ins exist

    @property
    def standing_role(self) -> str | None:
        """Whose standing Where am I, the plan and the report show: my role once it is set;
        before that (every existing user) the browsed role, as before."""
        if self.my_role is not None:
            return self.my_role
        if self.detail is not None and not self.detail.has_roles:
            return self.detail.roles[0].key if self.detail.roles else None
        return self.role

    @property
    def framework(self) -> str | None:
        return None if self.scope is None else self.scope.framework

    @property
    def show_role(self) -> bool:
        """Whether cards say which role they belong to (frameworks with roles)."""
        return bool(self.detail and self.detail.has_roles)

    def level_names(self) -> dict[str, str]:
        return {lv.key: lv.name for lv in self.detail.levels} if self.detail else {}

    def role_names(self) -> dict[str, str]:
        return {r.key: r.name for r in self.detail.roles} if self.detail else {}


_FLAGS = {
    "scope": Change.SCOPE,
    "detail": Change.SCOPE,
    "role": Change.ROLE,
    "level": Change.LEVEL,
    "my_role": Change.MINE,
    "target": Change.MINE,
    "standing": Change.STANDING,
    "language": Change.LANGUAGE,
    "checkins": Change.CHECKINS,
}
assert set(_FLAGS) == {f.name for f in fields(Snapshot)}


class WindowState(QObject):
    changed = Signal(object)  # Change: what changed, once per update

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = Snapshot(language=language)

    @property
    def now(self) -> Snapshot:
        return self._now

    def update(self, also: Change = Change.NONE, **values: object) -> Change:
        """Set some values; emit what changed (plus `also`: changes the values cannot show,
        such as a saved rating). Returns the flags emitted."""
        before = self._now
        after = replace(before, **values)  # type: ignore[arg-type]
        changes = also
        for name in values:
            if getattr(before, name) != getattr(after, name):
                changes |= _FLAGS[name]
        self._now = after
        if changes:
            self.changed.emit(changes)
        return changes
