"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and ends in
`Fatal Python error: none_dealloc`. The pinned version must not: 20,000 void calls, in a
subprocess so that a crash is a failed test and not a dead test runner."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for i in range(20_000):
    label.setText("x")
    app.processEvents()
after = sys.getrefcount(None)
print(before, after)
"""


def test_twenty_thousand_void_calls_keep_none_alive() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, after = map(int, done.stdout.split())
    if sys.version_info < (3, 12):  # None is immortal from 3.12 on
        assert abs(after - before) < 100, (before, after)
