"""The charts are painted into images and a PDF, and checked on what was painted."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPalette, QPdfWriter

from skill_ladder.report.charts import (
    ChartPalette,
    LevelBar,
    Series,
    paint_readiness_bars,
    paint_readiness_over_time,
)

pytestmark = pytest.mark.usefixtures("qapp")

WHITE = QColor("#FFFFFF")
PRINT = ChartPalette.for_print()
START = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
SPANISH = "Nivel {}: Ingeniería de plataformas de aprendizaje automático distribuido"

Painting = Callable[[QPainter, QRectF], None]


def _font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    return font


def _date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def _blank(width: int, height: int, dpi: float = 96) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(WHITE)
    return image


def _render(paint: Painting, rect: QRectF, size: tuple[int, int], dpi: float = 96) -> QImage:
    image = _blank(*size, dpi=dpi)
    painter = QPainter(image)
    try:
        paint(painter, rect)
    finally:
        painter.end()
    return image


def _bars(bars: list[LevelBar], palette: ChartPalette = PRINT) -> Painting:
    return lambda painter, rect: paint_readiness_bars(painter, rect, bars, palette, _font())


def _lines(series: list[Series], format_date: Callable[[datetime], str] = _date) -> Painting:
    return lambda painter, rect: paint_readiness_over_time(
        painter, rect, series, PRINT, _font(), format_date=format_date
    )


def _matches(image: QImage, colour: QColor, tolerance: int = 6) -> list[tuple[int, int]]:
    """(x, y) of every pixel within `tolerance` of `colour` on each channel."""
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    red, green, blue = colour.red(), colour.green(), colour.blue()
    found = []
    for y in range(image.height()):
        row = data[y * stride : y * stride + image.width() * 4]
        for x, (b, g, r) in enumerate(zip(row[0::4], row[1::4], row[2::4], strict=True)):
            if (
                abs(r - red) <= tolerance
                and abs(g - green) <= tolerance
                and abs(b - blue) <= tolerance
            ):
                found.append((x, y))
    return found


def _bands(pixels: list[tuple[int, int]]) -> list[int]:
    """For each run of consecutive rows holding matches, the longest count in one row."""
    per_row: dict[int, int] = {}
    for _, y in pixels:
        per_row[y] = per_row.get(y, 0) + 1
    bands: list[int] = []
    previous = -2
    for y in sorted(per_row):
        if y == previous + 1:
            bands[-1] = max(bands[-1], per_row[y])
        else:
            bands.append(per_row[y])
        previous = y
    return bands


def _painted_only_inside(image: QImage, rect: QRectF) -> bool:
    """True when every pixel outside `rect` is still blank and something inside is not."""
    blank = _blank(image.width(), image.height())
    inside = rect.toAlignedRect()
    painted_inside = image.copy(inside) != blank.copy(inside)
    outside = image.copy()
    painter = QPainter(outside)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.fillRect(inside, WHITE)
    painter.end()
    return painted_inside and outside == blank


def _spanish_levels(count: int) -> list[LevelBar]:
    return [
        LevelBar(
            SPANISH.format(index + 1),
            index / max(count - 1, 1),
            f"{index}/{count - 1} obligatorios",
            met=index == count - 1,
            is_target=index == count // 2,
            is_estimated=index == count // 3,
        )
        for index in range(count)
    ]


def _year_of_checkins(label: str, values: tuple[float, ...]) -> Series:
    return Series(label, [(START + timedelta(days=120 * i), v) for i, v in enumerate(values)])


# -- readiness bars ------------------------------------------------------------------------


def test_filled_length_is_proportional_to_readiness() -> None:
    bars = [
        LevelBar("Junior", 1.0, "2/2 required", met=True),
        LevelBar("Middle", 0.5, "1/2 required", met=True),
        LevelBar("Senior", 0.25, "1/4 required", met=True),
    ]
    image = _render(_bars(bars), QRectF(0, 0, 600, 120), (600, 120))
    full, half, quarter = _bands(_matches(image, PRINT.met))
    assert full > 250
    assert half / full == pytest.approx(0.5, abs=0.02)
    assert quarter / full == pytest.approx(0.25, abs=0.02)


def test_met_and_partial_levels_are_filled_in_different_colours() -> None:
    assert PRINT.met.rgb() != PRINT.partial.rgb()
    bars = [
        LevelBar("Junior", 1.0, "2/2 required", met=True),
        LevelBar("Middle", 1.0, "2/2 required", met=False),
    ]
    image = _render(_bars(bars), QRectF(0, 0, 500, 80), (500, 80))
    met, partial = _matches(image, PRINT.met), _matches(image, PRINT.partial)
    assert len(_bands(met)) == 1
    assert len(_bands(partial)) == 1
    assert max(y for _, y in met) < min(y for _, y in partial), "the lowest level is on top"


def test_zero_readiness_leaves_only_the_track() -> None:
    image = _render(
        _bars([LevelBar("Principal", 0.0, "0/5 required", met=False)]),
        QRectF(0, 0, 400, 40),
        (400, 40),
    )
    assert not _matches(image, PRINT.partial)
    assert _matches(image, PRINT.track)


def test_target_and_estimated_levels_are_marked_differently() -> None:
    rect, size = QRectF(0, 0, 500, 80), (500, 80)

    def chart(target: bool, estimated: bool) -> QImage:
        bar = LevelBar("Senior", 0.5, "1/2", met=False, is_target=target, is_estimated=estimated)
        return _render(_bars([bar]), rect, size)

    plain, target, estimated = chart(False, False), chart(True, False), chart(False, True)
    assert not _matches(plain, PRINT.target)
    assert len(_matches(target, PRINT.target)) > 50
    assert not _matches(estimated, PRINT.target)
    assert estimated != plain
    assert chart(True, True) not in (target, estimated)


@pytest.mark.parametrize("height", [80, 200, 400])
def test_twelve_long_spanish_levels_stay_inside_the_rect(height: int) -> None:
    rect = QRectF(30, 20, 420, height)
    image = _render(_bars(_spanish_levels(12)), rect, (500, height + 60))
    assert _painted_only_inside(image, rect)
    assert len(_bands(_matches(image, PRINT.met))) == 1


def test_bars_scale_with_the_device_resolution() -> None:
    bar = [LevelBar("Senior", 1.0, "2/2", met=True)]
    at_96 = _render(_bars(bar), QRectF(0, 0, 400, 80), (400, 80))
    at_192 = _render(_bars(bar), QRectF(0, 0, 800, 160), (800, 160), dpi=192)
    rows_96 = {y for _, y in _matches(at_96, PRINT.met)}
    rows_192 = {y for _, y in _matches(at_192, PRINT.met)}
    assert len(rows_192) / len(rows_96) == pytest.approx(2.0, rel=0.2)


# -- readiness over time -------------------------------------------------------------------


def test_line_chart_stays_inside_the_rect_and_dates_every_moment() -> None:
    calls: list[datetime] = []

    def record(moment: datetime) -> str:
        calls.append(moment)
        return _date(moment)

    shuffled = Series("Senior", [(START + timedelta(days=d), d / 400) for d in (240, 0, 360, 120)])
    other = _year_of_checkins("Lead / Staff", (0.0, 0.0, 0.5, 0.5))
    rect = QRectF(40, 30, 360, 200)
    image = _render(_lines([shuffled, other], record), rect, (460, 280))
    assert _painted_only_inside(image, rect)
    assert sorted(set(calls)) == [START + timedelta(days=d) for d in (0, 120, 240, 360)]


def test_coinciding_lines_stay_visible() -> None:
    """Levels at the same readiness are drawn side by side: every line shows."""
    rect, size = QRectF(0, 0, 400, 220), (400, 220)
    same = (0.0, 0.5, 0.5, 1.0)
    series = [_year_of_checkins(name, same) for name in ("Junior", "Middle", "Senior")]
    image = _render(_lines(series), rect, size)
    legend_top = max(y for _, y in _matches(image, PRINT.text)) - 20
    for index in range(3):
        plotted = [p for p in _matches(image, PRINT.series_colour(index)) if p[1] < legend_top]
        assert len(plotted) > 60, index  # a line's worth (dotted), not a few pixels at an edge


def test_higher_readiness_is_drawn_higher() -> None:
    rect, size = QRectF(0, 0, 400, 220), (400, 220)
    top = _render(_lines([_year_of_checkins("Senior", (1.0, 1.0, 1.0))]), rect, size)
    bottom = _render(_lines([_year_of_checkins("Senior", (0.0, 0.0, 0.0))]), rect, size)
    colour = PRINT.series_colour(0)
    assert min(y for _, y in _matches(top, colour)) + 100 < min(
        y for _, y in _matches(bottom, colour)
    )


def test_a_single_point_is_a_marker_without_a_line() -> None:
    rect, size = QRectF(0, 0, 400, 220), (400, 220)
    colour = PRINT.series_colour(0)
    two = _render(_lines([_year_of_checkins("Senior", (0.2, 0.8))]), rect, size)
    one = _render(_lines([_year_of_checkins("Senior", (0.5,))]), rect, size)
    legend_top = max(y for _, y in _matches(one, PRINT.text)) - 20  # the legend is at the bottom
    plotted = [(x, y) for x, y in _matches(one, colour) if y < legend_top]
    assert plotted
    assert max(x for x, _ in plotted) - min(x for x, _ in plotted) < 15
    assert max(x for x, _ in _matches(two, colour)) - min(x for x, _ in _matches(two, colour)) > 250


def test_points_at_one_moment_are_centred() -> None:
    rect, size = QRectF(0, 0, 400, 220), (400, 220)
    series = [Series("Senior", [(START, 0.3), (START, 0.9)])]
    image = _render(_lines(series), rect, size)
    legend_top = max(y for _, y in _matches(image, PRINT.text)) - 20
    xs = [x for x, y in _matches(image, PRINT.series_colour(0)) if y < legend_top]
    assert 0.4 * 400 < (min(xs) + max(xs)) / 2 < 0.65 * 400


def test_series_colours_are_distinct() -> None:
    for palette in (PRINT, ChartPalette.from_palette(QPalette(QColor("#303030")))):
        names = {palette.series_colour(index).name() for index in range(12)}
        assert len(names) == 12


# -- both charts ---------------------------------------------------------------------------


def test_the_painters_clip_and_state_are_respected() -> None:
    clip = QRectF(50, 40, 150, 60)
    image = _blank(400, 260)
    painter = QPainter(image)
    painter.setClipRect(clip)
    font = QFont(_font())
    font.setPointSizeF(14)
    painter.setFont(font)
    paint_readiness_bars(painter, QRectF(20, 20, 360, 100), _spanish_levels(4), PRINT, _font())
    series = [_year_of_checkins("Senior", (0.2, 0.6, 0.9))]
    paint_readiness_over_time(
        painter, QRectF(20, 20, 360, 220), series, PRINT, _font(), format_date=_date
    )
    assert painter.clipBoundingRect() == clip
    assert painter.font().pointSizeF() == 14
    painter.end()
    assert _painted_only_inside(image, clip)


def test_empty_inputs_paint_nothing() -> None:
    rect, size = QRectF(10, 10, 300, 150), (320, 170)
    blank = _blank(*size)
    bar = [LevelBar("Senior", 0.5, "1/2", met=False)]
    for paint, area in [
        (_bars([]), rect),
        (_bars(bar), QRectF(10, 10, 0, 150)),
        (_lines([]), rect),
        (_lines([Series("Senior", [])]), rect),
        (_lines([Series("Senior", [(START, float("nan"))])]), rect),
        (_lines([_year_of_checkins("Senior", (0.5, 0.7))]), QRectF(10, 10, 300, 0)),
    ]:
        assert _render(paint, area, size) == blank


def test_dark_palette_gives_light_text_and_light_palette_dark_text() -> None:
    dark_window, light_window = QColor("#202124"), QColor("#F6F6F6")
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, dark_window)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#E8EAED"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, light_window)
    light.setColor(QPalette.ColorRole.WindowText, QColor("#1F1F1F"))

    on_dark, on_light = ChartPalette.from_palette(dark), ChartPalette.from_palette(light)
    assert on_dark.text.lightnessF() > dark_window.lightnessF() + 0.5
    assert on_dark.muted.lightnessF() > dark_window.lightnessF() + 0.3
    assert on_dark.met.lightnessF() > on_light.met.lightnessF()
    assert on_light.text.lightnessF() < light_window.lightnessF() - 0.5
    assert dark_window.lightnessF() < on_dark.track.lightnessF() < on_dark.text.lightnessF()
    assert PRINT.text.lightnessF() < 0.2


def test_a_pdf_of_both_charts_holds_vectors_only(tmp_path: Path) -> None:
    pdfimages = shutil.which("pdfimages")
    if pdfimages is None:
        pytest.skip("pdfimages (poppler-utils) is not installed")
    path = tmp_path / "charts.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    mm = writer.logicalDpiY() / 25.4
    bars = [
        LevelBar("Junior", 1.0, "6/6 required", met=True),
        LevelBar("Senior", 0.75, "6/8 required", met=False, is_estimated=True),
        LevelBar("Lead / Staff", 0.5, "1/2 required", met=False, is_target=True),
    ]
    paint_readiness_bars(painter, QRectF(0, 0, 170 * mm, 40 * mm), bars, PRINT, _font())
    series = [_year_of_checkins("Senior", (0.1, 0.4, 0.5, 0.75))]
    paint_readiness_over_time(
        painter, QRectF(0, 50 * mm, 170 * mm, 80 * mm), series, PRINT, _font(), format_date=_date
    )
    painter.end()

    assert path.read_bytes().startswith(b"%PDF")
    listing = subprocess.run(
        [pdfimages, "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert listing[0].split()[:2] == ["page", "num"]
    assert listing[2:] == [], listing
