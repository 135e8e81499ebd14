"""Importing the Qt-free layers (storage, services) without PySide6's import hook.

When QtCore loads, PySide6 replaces `builtins.__import__`; from then on it reads the source of
every newly imported module, looking for "PySide6", to decide whether the module may use the
`__feature__` options (snake_case, true_property). The storage layer is about 300 modules
(SQLAlchemy and ours) and none of them uses PySide, so the check only costs time: about 60 ms
of the start (measured with `make bench`; see docs/architecture.md, "Start-up").

`plain_imports()` runs a block of imports with the interpreter's own `__import__`, captured in
`skill_ladder/__init__.py` before any Qt module can load. A module imported this way has no
entry in PySide's table, which PySide reads as "no features": what it would have decided.
If Qt loaded before this package (as under pytest-qt), the hook is the captured function and
this is a plain no-op.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager

from skill_ladder import PLAIN_IMPORT


@contextmanager
def plain_imports() -> Iterator[None]:
    hooked = builtins.__import__
    builtins.__import__ = PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked
