"""Charts for the window and the report, painted with QPainter onto any paint device.

Plain data in, vectors out: paths, lines and text only (never a pasted image), so a PDF keeps
them sharp. Every size comes from the font's metrics on the target device and from its logical
DPI, so one call draws a 96-dpi widget, a QImage and a 1200-dpi PDF page alike. Nothing drawn
here needs translating: labels, captions, dates and percentages come from the caller.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

# Smallest text we ever draw, as an em size in CSS pixels (1/96 inch): about 5.3 pt.
_MIN_EM_PX = 7.0

# Okabe-Ito hues: distinguishable with the common colour-vision deficiencies.
_LIGHT_ACCENTS = {"met": "#009E73", "partial": "#E69F00", "target": "#0072B2"}
_DARK_ACCENTS = {"met": "#3CC99B", "partial": "#F2B53A", "target": "#5EB8EE"}
_LIGHT_SERIES = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B08000", "#56B4E9")
_DARK_SERIES = ("#5EB8EE", "#FF8F4D", "#3CC99B", "#E393C4", "#F2B53A", "#A9C7FF")

# Line styles per series (in pen widths), so the chart reads without colour too.
_DASHES: tuple[tuple[float, ...], ...] = (
    (),
    (4.0, 2.0),
    (1.2, 1.8),
    (6.0, 2.0, 1.2, 2.0),
    (2.0, 2.0),
    (8.0, 2.5),
)
_MARKERS = ("circle", "square", "triangle", "diamond", "triangle-down")


def _luminance(colour: QColor) -> float:
    """Relative luminance (WCAG), 0 for black to 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    return (
        0.2126 * channel(rgb.redF())
        + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF())
    )


def _mix(start: QColor, end: QColor, amount: float) -> QColor:
    """`start` moved towards `end` by `amount` (0 keeps start, 1 gives end), fully opaque."""
    a, b = start.toRgb(), end.toRgb()
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


@dataclass(frozen=True)
class ChartPalette:
    """The colours of a chart. `series` colours the lines of the readiness-over-time chart;
    when empty they are derived from the other colours."""

    text: QColor
    muted: QColor
    grid: QColor
    track: QColor
    met: QColor
    partial: QColor
    target: QColor
    series: tuple[QColor, ...] = ()

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartPalette:
        """Colours for a widget: neutrals blended from its window and text colours, accents
        chosen for a light or a dark scheme by which of the two is lighter."""
        window = QColor(palette.color(QPalette.ColorRole.Window))
        text = QColor(palette.color(QPalette.ColorRole.WindowText))
        window_luminance, text_luminance = _luminance(window), _luminance(text)
        if abs(window_luminance - text_luminance) < 0.2:
            # An unreadable pair: keep the background, pick a text colour that reads on it.
            dark = window_luminance < 0.4
            text = QColor("#EDEDED" if dark else "#1A1A1A")
        else:
            dark = text_luminance > window_luminance
        accents = _DARK_ACCENTS if dark else _LIGHT_ACCENTS
        return cls(
            text=text,
            muted=_mix(text, window, 0.35),
            grid=_mix(window, text, 0.22),
            track=_mix(window, text, 0.13 if dark else 0.10),
            met=QColor(accents["met"]),
            partial=QColor(accents["partial"]),
            target=QColor(accents["target"]),
            series=tuple(QColor(c) for c in (_DARK_SERIES if dark else _LIGHT_SERIES)),
        )

    @classmethod
    def for_print(cls) -> ChartPalette:
        """Dark text on white paper; the accents differ in lightness, for grey printers."""
        return cls(
            text=QColor("#1A1A1A"),
            muted=QColor("#595959"),
            grid=QColor("#C4C4C4"),
            track=QColor("#E6E6E6"),
            met=QColor(_LIGHT_ACCENTS["met"]),
            partial=QColor(_LIGHT_ACCENTS["partial"]),
            target=QColor(_LIGHT_ACCENTS["target"]),
            series=tuple(QColor(c) for c in _LIGHT_SERIES),
        )

    def series_colour(self, index: int) -> QColor:
        """The colour of the `index`-th line: the palette's series colours in turn, else the
        target, met and partial accents, then hues turned from the target's."""
        colours = self.series or (self.target, self.partial, self.met, self.text)
        if index < len(colours):
            return QColor(colours[index])
        base = colours[index % len(colours)].toHsl()
        turns = index // len(colours)
        hue = (max(base.hslHueF(), 0.0) + 0.17 * turns) % 1.0
        return QColor.fromHslF(hue, base.hslSaturationF(), base.lightnessF(), 1.0)


@dataclass(frozen=True)
class LevelBar:
    """One row of the readiness chart."""

    label: str
    readiness: float
    caption: str
    met: bool
    is_target: bool = False
    is_estimated: bool = False


@dataclass(frozen=True)
class Series:
    """One line of the readiness-over-time chart: (aware datetime, readiness 0..1) points."""

    label: str
    points: Sequence[tuple[datetime, float]]


# -- shared machinery ----------------------------------------------------------------------


@contextmanager
def _painting(painter: QPainter, rect: QRectF) -> Iterator[None]:
    """Save the painter, clip it to `rect`, turn antialiasing on; restore afterwards."""
    painter.save()
    try:
        operation = (
            Qt.ClipOperation.IntersectClip
            if painter.hasClipping()
            else Qt.ClipOperation.ReplaceClip
        )
        painter.setClipRect(rect, operation)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        yield
    finally:
        painter.restore()


def _dpi(painter: QPainter) -> float:
    device = painter.device()
    dpi = float(device.logicalDpiY()) if device is not None else 96.0
    return dpi if dpi > 0 else 96.0


def _em_px(font: QFont, dpi: float) -> float:
    """The font's em size in device pixels."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    points = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    return points * dpi / 72.0


def _scaled_font(font: QFont, factor: float, dpi: float) -> QFont:
    """`font` scaled by `factor`, never below _MIN_EM_PX nor above its own size."""
    base = _em_px(font, dpi)
    minimum = min(base, _MIN_EM_PX * dpi / 96.0)
    em = max(minimum, min(base, base * factor))
    scaled = QFont(font)
    if font.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(em)))
    else:
        scaled.setPointSizeF(max(0.5, em * 72.0 / dpi))
    return scaled


def _metrics(painter: QPainter, font: QFont) -> QFontMetricsF:
    device = painter.device()
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def _baseline(metrics: QFontMetricsF, centre_y: float) -> float:
    """The baseline that centres a line of text vertically on `centre_y`."""
    return centre_y + (metrics.ascent() - metrics.descent()) / 2.0


def _clamp01(value: float) -> float:
    if math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, value))


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour)
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


# -- readiness per level -------------------------------------------------------------------


def _flag_path(left: float, top: float, size: float) -> QPainterPath:
    """A small flag: a pole and a pennant, as one filled path (the target level)."""
    path = QPainterPath()
    pole = size * 0.12
    path.addRect(QRectF(left + size * 0.12, top, pole, size))
    path.moveTo(left + size * 0.12 + pole, top)
    path.lineTo(left + size * 0.95, top + size * 0.27)
    path.lineTo(left + size * 0.12 + pole, top + size * 0.54)
    path.closeSubpath()
    return path


def _pointer_path(left: float, top: float, size: float) -> QPainterPath:
    """A triangle pointing at the bar: 'you are here' (the estimated level)."""
    path = QPainterPath()
    path.moveTo(left + size * 0.15, top + size * 0.12)
    path.lineTo(left + size * 0.92, top + size * 0.5)
    path.lineTo(left + size * 0.15, top + size * 0.88)
    path.closeSubpath()
    return path


def paint_readiness_bars(
    painter: QPainter,
    rect: QRectF,
    bars: Sequence[LevelBar],
    palette: ChartPalette,
    font: QFont,
) -> None:
    """One horizontal bar per level, in the given order (lowest level first, at the top):
    label | markers | track with its filled part | caption. The target level's track is
    outlined and flagged; the estimated level gets a pointer. Rows are at most about two
    lines of text tall and start at the top of `rect`; the font shrinks (to a floor of about
    5 pt) when the rows are short. Paints nothing for no bars or an empty rect."""
    if not bars or rect.width() <= 0 or rect.height() <= 0:
        return
    with _painting(painter, rect):
        dpi = _dpi(painter)
        unit = dpi / 96.0
        base = _metrics(painter, font)
        count = len(bars)
        row_h = min(rect.height() / count, base.height() * 2.2)
        font = _scaled_font(font, row_h * 0.9 / base.height(), dpi)
        metrics = _metrics(painter, font)
        text_h = metrics.height()
        gap = text_h * 0.5
        bar_h = max(unit, min(row_h * 0.6, text_h * 0.8))
        glyph = max(unit * 3, min(row_h * 0.85, text_h * 0.85))
        outline = max(unit * 1.5, text_h * 0.11)

        slots = max(int(bar.is_target) + int(bar.is_estimated) for bar in bars)
        slot_step = glyph * 1.2
        marker_w = slots * slot_step
        width = rect.width()
        label_w = min(max(metrics.horizontalAdvance(bar.label) for bar in bars), width * 0.36)
        caption_w = min(max(metrics.horizontalAdvance(bar.caption) for bar in bars), width * 0.26)
        fixed = marker_w + 2 * gap + outline
        track_w = width - label_w - caption_w - fixed
        if track_w < width * 0.25:
            squeeze = max(0.0, width * 0.75 - fixed) / max(label_w + caption_w, 1e-9)
            label_w, caption_w = label_w * squeeze, caption_w * squeeze
            track_w = max(0.0, width - label_w - caption_w - fixed)
        marker_left = rect.left() + label_w + gap
        track_left = marker_left + marker_w + outline / 2
        caption_right = rect.left() + width

        painter.setFont(font)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, bar in enumerate(bars):
            centre = rect.top() + (index + 0.5) * row_h
            baseline = _baseline(metrics, centre)

            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            painter.setPen(palette.text)
            painter.drawText(QPointF(rect.left(), baseline), label)

            track = QPainterPath()
            radius = min(bar_h / 2, text_h * 0.18)
            bar_rect = QRectF(track_left, centre - bar_h / 2, track_w, bar_h)
            track.addRoundedRect(bar_rect, radius, radius)
            painter.fillPath(track, palette.track)
            readiness = _clamp01(bar.readiness)
            if readiness > 0 and track_w > 0:
                filled = QPainterPath()
                filled.addRect(QRectF(track_left, bar_rect.top(), track_w * readiness, bar_h))
                painter.fillPath(
                    track if readiness >= 1 else track.intersected(filled),
                    palette.met if bar.met else palette.partial,
                )
            if bar.is_target:
                painter.strokePath(track, _pen(palette.target, outline))

            glyph_top = centre - glyph / 2
            if bar.is_estimated:
                painter.fillPath(_pointer_path(marker_left, glyph_top, glyph), palette.text)
            if bar.is_target:
                flag_left = marker_left + (slots - 1) * slot_step
                painter.fillPath(_flag_path(flag_left, glyph_top, glyph), palette.target)

            caption = metrics.elidedText(bar.caption, Qt.TextElideMode.ElideRight, caption_w)
            painter.setPen(palette.muted)
            painter.drawText(
                QPointF(caption_right - metrics.horizontalAdvance(caption), baseline), caption
            )


# -- readiness over time -------------------------------------------------------------------


def _marker_path(kind: str, centre: QPointF, size: float) -> QPainterPath:
    path = QPainterPath()
    x, y, half = centre.x(), centre.y(), size / 2
    if kind == "circle":
        path.addEllipse(centre, half, half)
    elif kind == "square":
        side = size * 0.86
        path.addRect(QRectF(x - side / 2, y - side / 2, side, side))
    elif kind == "diamond":
        path.moveTo(x, y - half * 1.1)
        path.lineTo(x + half * 1.1, y)
        path.lineTo(x, y + half * 1.1)
        path.lineTo(x - half * 1.1, y)
        path.closeSubpath()
    else:
        direction = 1.0 if kind == "triangle" else -1.0
        path.moveTo(x, y - half * 1.1 * direction)
        path.lineTo(x + half * 1.05, y + half * 0.8 * direction)
        path.lineTo(x - half * 1.05, y + half * 0.8 * direction)
        path.closeSubpath()
    return path


def _series_pen(colour: QColor, width: float, index: int) -> QPen:
    pen = _pen(colour, width)
    dashes = _DASHES[index % len(_DASHES)]
    if dashes:
        pen.setDashPattern(list(dashes))
    return pen


def _default_percent(value: float) -> str:
    return f"{round(value * 100)}%"


@dataclass(frozen=True)
class _LegendEntry:
    index: int
    text: str
    width: float


def _legend_rows(
    labels: Sequence[str], metrics: QFontMetricsF, width: float, sample_w: float, gap: float
) -> list[list[_LegendEntry]]:
    """Legend entries flowed into rows no wider than `width`; long labels are elided."""
    rows: list[list[_LegendEntry]] = [[]]
    used = 0.0
    text_room = max(0.0, width - sample_w - gap)
    for index, label in enumerate(labels):
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, text_room)
        entry_w = sample_w + gap + metrics.horizontalAdvance(text)
        spacing = gap * 2.5 if rows[-1] else 0.0
        if rows[-1] and used + spacing + entry_w > width:
            rows.append([])
            used, spacing = 0.0, 0.0
        rows[-1].append(_LegendEntry(index, text, entry_w))
        used += spacing + entry_w
    return rows


def paint_readiness_over_time(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[Series],
    palette: ChartPalette,
    font: QFont,
    *,
    format_date: Callable[[datetime], str],
    format_percent: Callable[[float], str] | None = None,
) -> None:
    """A line chart of readiness (0-100 %) over time, one line per series, with a legend.

    `format_date` labels the first and last dates (format them in the user's locale);
    `format_percent` labels the 0, 0.5 and 1 grid lines (default "50%"; pass a locale-aware
    one for e.g. Spanish "50 %"). Points are sorted by time; readiness is clamped to 0..1 and
    NaN points are dropped. A series with one point gets a marker and no line; when every
    point has the same time they are centred. Series without points are left out, legend
    included; with none at all nothing is painted (the caller shows its own message)."""
    plotted = [
        (
            item.label,
            sorted(
                ((t, _clamp01(v)) for t, v in item.points if not math.isnan(v)),
                key=lambda point: point[0].timestamp(),
            ),
        )
        for item in series
    ]
    plotted = [(label, points) for label, points in plotted if points]
    if not plotted or rect.width() <= 0 or rect.height() <= 0:
        return
    percent = format_percent or _default_percent
    with _painting(painter, rect):
        dpi = _dpi(painter)
        unit = dpi / 96.0
        base = _metrics(painter, font)
        font = _scaled_font(
            font, min(rect.height() / (base.height() * 8), rect.width() / (base.height() * 14)), dpi
        )
        metrics = _metrics(painter, font)
        text_h = metrics.height()
        gap = text_h * 0.4
        line_w = max(unit * 1.25, text_h * 0.12)
        marker = max(unit * 4, text_h * 0.5)
        sample_w = text_h * 2.4

        # The legend, flowed at the bottom; dropped when it would crowd out the plot.
        rows = _legend_rows([label for label, _ in plotted], metrics, rect.width(), sample_w, gap)
        legend_row_h = text_h * 1.25
        legend_h = len(rows) * legend_row_h + gap
        if rect.height() - legend_h < text_h * 4:
            rows, legend_h = [], 0.0

        y_texts = [(value, percent(value)) for value in (0.0, 0.5, 1.0)]
        y_label_w = max(metrics.horizontalAdvance(text) for _, text in y_texts)
        tick = text_h * 0.25
        plot = QRectF(
            QPointF(rect.left() + y_label_w + gap, rect.top() + max(text_h / 2, marker / 2)),
            QPointF(rect.right() - unit, rect.bottom() - legend_h - text_h * 1.6),
        )

        def y_at(value: float) -> float:
            return plot.bottom() - value * plot.height()

        # Grid and its labels.
        painter.setFont(font)
        for value, text in y_texts:
            y = y_at(value)
            painter.setPen(_pen(palette.muted if value == 0 else palette.grid, unit))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(palette.muted)
            painter.drawText(
                QPointF(plot.left() - gap - metrics.horizontalAdvance(text), _baseline(metrics, y)),
                text,
            )

        # Time axis: first and last dates.
        all_points = [point for _, points in plotted for point in points]
        first = min(all_points, key=lambda point: point[0].timestamp())[0]
        last = max(all_points, key=lambda point: point[0].timestamp())[0]
        start, end = first.timestamp(), last.timestamp()
        inset = marker / 2 + line_w + unit * 2
        x_min, x_max = plot.left() + inset, plot.right() - inset

        def x_at(moment: datetime) -> float:
            if end <= start:
                return (x_min + x_max) / 2
            return x_min + (moment.timestamp() - start) / (end - start) * (x_max - x_min)

        # Below the "0%" label, which is centred on the bottom grid line: a tick at every
        # moment (every check-in, and now), its date wherever it does not crowd the one before
        # (the first and the last are kept first).
        date_baseline = plot.bottom() + text_h * 0.6 + metrics.ascent()
        moments = sorted({point[0] for point in all_points}, key=lambda m: m.timestamp())
        order = [moments[-1]] + ([moments[0]] if len(moments) > 1 else []) + moments[1:-1]
        taken: list[tuple[float, float]] = []
        painter.setPen(_pen(palette.muted, unit))
        for moment in moments:
            x = x_at(moment)
            painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + tick))
        painter.setPen(palette.muted)
        for moment in order:
            x = x_at(moment)
            text = format_date(moment)
            text_w = metrics.horizontalAdvance(text)
            left = min(max(x - text_w / 2, rect.left()), rect.right() - text_w)
            span = (left - gap, left + text_w + gap)
            if any(span[0] < right and left_ < span[1] for left_, right in taken):
                continue
            taken.append(span)
            painter.drawText(QPointF(left, date_baseline), text)

        # Lines that coincide are drawn side by side (offset by about a line's width each,
        # around the true value), so none hides another.
        spread = line_w * 1.6
        offsets: dict[tuple[int, int], float] = {}
        by_moment: dict[tuple[float, float], list[tuple[int, int]]] = {}
        for index, (_, points) in enumerate(plotted):
            for number, (moment, value) in enumerate(points):
                key = (moment.timestamp(), round(value, 6))
                by_moment.setdefault(key, []).append((index, number))
        for (_, value), together in by_moment.items():
            for rank, where in enumerate(together):
                if value <= 0:  # at the floor or the ceiling: side by side inside the plot
                    offsets[where] = rank * spread
                elif value >= 1:
                    offsets[where] = -rank * spread
                else:
                    offsets[where] = (rank - (len(together) - 1) / 2) * spread

        def y_of(index: int, number: int, value: float) -> float:
            return y_at(value) - offsets.get((index, number), 0.0)

        # The lines, then their markers on top.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, (_, points) in enumerate(plotted):
            if len(points) < 2:
                continue
            path = QPainterPath(QPointF(x_at(points[0][0]), y_of(index, 0, points[0][1])))
            for number, (moment, value) in enumerate(points[1:], start=1):
                path.lineTo(x_at(moment), y_of(index, number, value))
            painter.strokePath(path, _series_pen(palette.series_colour(index), line_w, index))
        for index, (_, points) in enumerate(plotted):
            kind = _MARKERS[index % len(_MARKERS)]
            colour = palette.series_colour(index)
            for number, (moment, value) in enumerate(points):
                painter.fillPath(
                    _marker_path(kind, QPointF(x_at(moment), y_of(index, number, value)), marker),
                    colour,
                )

        # Legend.
        for row_index, row in enumerate(rows):
            centre = rect.bottom() - legend_h + gap + (row_index + 0.5) * legend_row_h
            x = rect.left()
            for entry in row:
                colour = palette.series_colour(entry.index)
                sample = QPainterPath(QPointF(x, centre))
                sample.lineTo(x + sample_w, centre)
                painter.strokePath(sample, _series_pen(colour, line_w, entry.index))
                kind = _MARKERS[entry.index % len(_MARKERS)]
                painter.fillPath(
                    _marker_path(kind, QPointF(x + sample_w / 2, centre), marker), colour
                )
                painter.setPen(palette.text)
                painter.drawText(
                    QPointF(x + sample_w + gap, _baseline(metrics, centre)), entry.text
                )
                x += entry.width + gap * 2.5
