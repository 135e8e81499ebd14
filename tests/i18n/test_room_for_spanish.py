"""Spanish runs 20–30% longer: at the default window size and a 1.5 scale factor no label or
button text is cut. Run in a subprocess, as the scale factor is fixed when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QComboBox
from skill_ladder.paths import AppPaths
from skill_ladder.settings import Settings
from skill_ladder.translations import Translations
from skill_ladder.ui.application import application
from skill_ladder.ui.main_window import MainWindow
from skill_ladder.app import open_services

app = application()
paths = AppPaths(Path(sys.argv[1])); paths.ensure()
services = open_services(paths)
translations = Translations(); translations.apply("es")
settings = Settings(paths.settings)
settings.set("role", "ml-engineer")
window = MainWindow(settings, translations, services.database.path.parent)
window.attach(services)
window.show()
cut = []
for key in window.pages.page_keys():
    window.show_page(key)
    app.processEvents()
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisibleTo(window) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        text = widget.text().replace("&", "")
        needed = widget.fontMetrics().horizontalAdvance(text)
        room = widget.contentsRect().width() if isinstance(widget, QLabel) else widget.width()
        if isinstance(widget, QAbstractButton):
            needed = widget.sizeHint().width()
        if needed > room + 1:
            cut.append([type(widget).__name__, text, needed, room])
print(json.dumps({"size": [window.width(), window.height()], "cut": cut}))
"""


def test_no_spanish_text_is_cut_at_scale_one_and_a_half(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["cut"] == [], report
