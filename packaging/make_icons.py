"""Render the app icon (icons/skill-ladder.svg) to PNG sizes, .ico and .icns with Qt's own
SVG renderer and image writers. Run: QT_QPA_PLATFORM=offscreen python packaging/make_icons.py"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.skillladder.SkillLadder"
HERE = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "skill-ladder.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    QGuiApplication([])
    for size in SIZES:
        target = HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(size).save(str(target))
    render(256).save(str(HERE / "skill-ladder.ico"))
    render(512).save(str(HERE / "skill-ladder.icns"))


if __name__ == "__main__":
    main()
