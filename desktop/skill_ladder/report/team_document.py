"""The team report (issue 17) as pieces for the one renderer: the heat-map of the people
reporting to a manager × the levels of the ladder, then each person's last two shared
check-ins compared.

Built by the same `ReportBuilder` primitives and drawn by the one renderer
(`report.renderer.render`), so pages, footers, fonts and plain-text insertion are the personal
report's."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtGui import QBrush, QColor, QPaintDevice, QTextCharFormat

from skill_ladder.report.document import INK, LINE_BREAK, MUTED, Piece, ReportBuilder
from skill_ladder.report.words import ReportWords
from skill_ladder.services.team_views import SharedPoint, TeamReportData

# Readiness 0 → 1 from a pale to a strong green; a cell with nothing shared stays white.
_COLD = QColor("#f3f5f8")
_HOT = QColor("#2e7d4f")


def heat_colour(readiness: float | None) -> QColor:
    if readiness is None:
        return QColor("#ffffff")
    t = max(0.0, min(1.0, readiness))
    return QColor(
        round(_COLD.red() + (_HOT.red() - _COLD.red()) * t),
        round(_COLD.green() + (_HOT.green() - _COLD.green()) * t),
        round(_COLD.blue() + (_HOT.blue() - _COLD.blue()) * t),
    )


class TeamReportBuilder(ReportBuilder):
    def __init__(
        self,
        data: TeamReportData,
        words: ReportWords,
        family: str,
        dpi: float,
        width: float,
        device: QPaintDevice | None = None,
    ) -> None:
        super().__init__(cast(Any, data), words, family, dpi, width, device)
        self.team = data

    def tr(self, source: str) -> str:
        return self.words.translate("TeamReportBuilder", source)  # lupdate: the class name

    def percent(self, value: float | None) -> str:
        return "—" if value is None else self.words.percent(value)

    def build(self) -> list[Piece]:
        """The pieces of the team report: the title, the heat map (a row a piece, its header
        repeated on a new page) and a paragraph per person, none split across pages."""
        self._team_title()
        self._heat_map()
        self._compared()
        return self.finish()

    def _team_title(self) -> None:
        d = self.team
        self.block(space_after=1)
        self.text(self.tr("Team report"), size=20, bold=True, colour=INK)
        self.block(space_after=1)
        self.text(" · ".join(p for p in (d.profile_name, d.person) if p), size=12, bold=True)
        self.block(space_after=3)
        line = self.tr("Made on %1 from the check-ins people shared").replace(
            "%1", self.date(d.made)
        )
        self.text(line, colour=MUTED)

    def _heat_map(self) -> None:
        d = self.team
        self.heading(self.tr("Where the team stands"))
        if not d.heat:
            self.text(self.tr("Nobody reports to you on this team."))
            return
        self.text(
            self.tr("Readiness per level at each person's last shared check-in."), colour=MUTED
        )
        levels = d.levels
        first, second = 26.0, 16.0
        rest = (100 - first - second) / max(1, len(levels))
        self._table((first, second, *([rest] * len(levels))))
        header = self._row(keep_with_next=True, header=True)
        titles = [self.tr("Person"), self.tr("Estimated level")] + [
            lv.short or lv.name for lv in levels
        ]
        for column, title in enumerate(titles):
            header.write(column, title, self._char(size=8, bold=True))
        for _login, name, estimated, cells in d.heat:
            row = self._row()
            self.pieces[-1].label = name
            row.write(0, name, self._char(size=8.5))
            row.write(
                1,
                estimated or self.tr("none yet"),
                self._char(size=8.5, bold=estimated is not None),
            )
            for column, value in enumerate(cells, start=2):
                shade = QTextCharFormat()
                shade.setBackground(QBrush(heat_colour(value)))
                row.cell(column).setFormat(shade)
                light = value is not None and value > 0.55
                row.write(
                    column,
                    self.percent(value),
                    self._char(size=8, colour="#ffffff" if light else None),
                )

    def _compared(self) -> None:
        d = self.team
        self.heading(self.tr("Each person's last two shared check-ins"))
        if not d.growth:
            self.text(self.tr("Nobody has shared a check-in yet."))
            return
        kinds = {
            "up": self.tr("up"),
            "down": self.tr("down"),
            "new": self.tr("newly rated"),
            "cleared": self.tr("cleared"),
        }
        for person in d.growth:
            self.block(space_before=3, space_after=1, together=True)
            self.text(f"{person.name} · {person.role_name}" + LINE_BREAK, bold=True, colour=INK)
            latest, previous = person.latest, person.previous
            if previous is None:
                self.text(
                    self.tr("One check-in shared, on %1: estimated level %2.")
                    .replace("%1", self.date(latest.created))
                    .replace("%2", latest.estimated_level or self.tr("none yet"))
                    + LINE_BREAK
                )
            else:
                self.text(
                    self.tr("%1 → %2: estimated level %3 → %4.")
                    .replace("%1", self.date(previous.created))
                    .replace("%2", self.date(latest.created))
                    .replace("%3", previous.estimated_level or self.tr("none yet"))
                    .replace("%4", latest.estimated_level or self.tr("none yet"))
                    + LINE_BREAK
                )
                counted = [
                    f"{kinds[kind]}: {person.changes[kind]}"
                    for kind in ("up", "down", "new", "cleared")
                    if person.changes.get(kind)
                ]
                changes = ", ".join(counted) if counted else self.tr("no rating changed")
                self.text(self.tr("Ratings: %1.").replace("%1", changes) + LINE_BREAK)
            self.text(self._readiness_line(previous, latest), size=8.5, colour=MUTED)

    def _readiness_line(self, previous: SharedPoint | None, latest: SharedPoint) -> str:
        parts = []
        for index, level in enumerate(self.team.levels):
            now = latest.readiness[index]
            if previous is None:
                parts.append(f"{level.name} {self.percent(now)}")
            else:
                before = previous.readiness[index]
                parts.append(f"{level.name} {self.percent(before)} → {self.percent(now)}")
        return " · ".join(parts)
