"""Work off the GUI thread, the Qt way: a `QRunnable` on the global `QThreadPool`, its outcome
delivered by a signal to the GUI thread (novelWriter's runnables do the same). The caller
disables what must not run meanwhile and enables it again in its callback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from skill_ladder.errors import SkillLadderError

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Outcome(QObject):
    """Lives in the GUI thread: a signal emitted from the worker reaches it queued."""

    finished = Signal(object, object)  # result | None, SkillLadderError | None


class _Job(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], outcome: _Outcome) -> None:
        super().__init__()
        self._work = work
        self._outcome = outcome

    def run(self) -> None:
        try:
            result = self._work()
        except SkillLadderError as error:  # refused or failed: words for the person
            self._outcome.finished.emit(None, error)
            return
        except Exception as error:  # a bug: logged, and said as a failure, never lost
            log.exception("background work failed")
            self._outcome.finished.emit(None, error)
            return
        self._outcome.finished.emit(result, None)


_running: set[_Outcome] = set()  # kept alive until their job has reported


def still_open(widget: QObject) -> bool:
    """Whether `widget` still exists: a dialog deleted on close may be closed while its work
    runs, and touching it after would be a traceback ("already deleted")."""
    return isValid(widget)


def run_in_background(
    work: Callable[[], T],
    then: Callable[[T | None, BaseException | None], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Run `work` on the thread pool; `then(result, error)` runs on the GUI thread after,
    unless `owner` (the widget the outcome is for) is gone by then."""
    outcome = _Outcome()
    _running.add(outcome)

    def finish(result: object, error: object) -> None:
        _running.discard(outcome)
        outcome.deleteLater()
        if owner is not None and not still_open(owner):
            log.info("background work ended after its window closed: %r", error or "done")
            return
        then(result, error if isinstance(error, BaseException) else None)  # type: ignore[arg-type]

    outcome.finished.connect(finish)
    QThreadPool.globalInstance().start(_Job(work, outcome))
