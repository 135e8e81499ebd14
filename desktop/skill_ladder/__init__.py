"""Skill Ladder: an offline career self-assessment application."""

import builtins as _builtins

__version__ = "0.1.0"
APP_NAME = "skill-ladder"

# The interpreter's own import, before PySide6 can replace it (see `qt_free_import`).
PLAIN_IMPORT = _builtins.__import__
