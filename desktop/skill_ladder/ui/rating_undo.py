"""Undo for rating changes (Ctrl+Z): each change is a command that can set the old value back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from skill_ladder.domain.rating import Rating


class RatingCommand(QUndoCommand):
    """Sets one requirement's rating; undo sets the previous one. `apply` does the saving and
    returns False when it failed (the command then makes itself obsolete). Given `saved`,
    the change is saved already (a click saves before its command is pushed): the push's
    redo only shows it, through `saved`."""

    def __init__(
        self,
        key: str,
        before: Rating | None,
        after: Rating | None,
        apply: Callable[[str, Rating | None], bool],
        text: str,
        saved: Callable[[str, Rating | None], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.key = key
        self.before = before
        self.after = after
        self._apply = apply
        self._saved = saved

    def redo(self) -> None:
        if self._saved is not None:
            shown, self._saved = self._saved, None
            shown(self.key, self.after)
            return
        if not self._apply(self.key, self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._apply(self.key, self.before):
            self.setObsolete(True)
