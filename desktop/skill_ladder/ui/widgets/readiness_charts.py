"""The report's vector charts (`report.charts`) as widgets, coloured from the window palette.

The chart code is imported when there is something to draw: not at start-up, where the
window is painted before its data (and before the storage layer) loads."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from skill_ladder.report.charts import LevelBar, Series

translate = QCoreApplication.translate
DATE_FORMAT = "d MMM yyyy"  # month by name: never ambiguous, words in the person's language


def local_date(moment: datetime) -> str:
    """A date in the person's locale and local time zone, e.g. "29 Nov 2026" / "29 nov 2026"."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp.date(), DATE_FORMAT)


def local_date_time(moment: datetime) -> str:
    """A date and time in the person's locale and local time zone."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    time = QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return f"{QLocale().toString(stamp.date(), DATE_FORMAT)} {time}"


def percent(value: float) -> str:
    """ "50%" in English, "50 %" in Spanish: the pattern is translated."""
    return translate("Format", "%1%").replace("%1", QLocale().toString(round(value * 100)))


class ReadinessBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: Sequence[LevelBar] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[LevelBar]) -> None:
        self._bars = bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, max(1, len(self._bars)) * (self.fontMetrics().height() + 10) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._bars:
            return
        from skill_ladder.report.charts import ChartPalette, paint_readiness_bars

        painter = QPainter(self)
        paint_readiness_bars(
            painter,
            QRectF(self.rect()),
            self._bars,
            ChartPalette.from_palette(self.palette()),
            self.font(),
        )


class ReadinessTrend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: Sequence[Series] = ()
        self._shown = False  # nothing to say (not even "no data") before the data arrives
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, series: Sequence[Series]) -> None:
        self._series = series
        self._shown = True
        self.update()

    def series(self) -> Sequence[Series]:
        return self._series

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._shown:
            return
        from skill_ladder.report.charts import ChartPalette, paint_readiness_over_time

        painter = QPainter(self)
        paint_readiness_over_time(
            painter,
            QRectF(self.rect()),
            self._series,
            ChartPalette.from_palette(self.palette()),
            self.font(),
            format_date=local_date,
            format_percent=percent,
        )
