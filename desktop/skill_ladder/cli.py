"""The command line's commands, over the services it shares with the window (the arguments are
parsed by `cli_args`). Errors are one line on stderr; exit codes: 0 success, 2 bad arguments
or invalid input files, 1 any other failure.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QCoreApplication

from skill_ladder.domain.rating import RATING_SLUGS, Rating
from skill_ladder.errors import InvalidInput
from skill_ladder.plan_words import plan_sentence
from skill_ladder.rating_words import rating_label
from skill_ladder.services.backup_service import BackupService
from skill_ladder.services.views import ProfileDetail, RequirementView, Standing
from skill_ladder.visible_text import VisibleOutput, print_json, visible
from skill_ladder.wording import fill

if TYPE_CHECKING:
    from skill_ladder.services.catalog import Namer
    from skill_ladder.services.hub import Services

translate = QCoreApplication.translate


def _parse_rating(value: str) -> Rating | None:
    try:
        return Rating.from_slug(value)
    except ValueError:
        raise InvalidInput("rating.unknown", value=value, choices=", ".join(RATING_SLUGS)) from None


class Commands:
    """Each subcommand, over the services, writing to `out`."""

    def __init__(self, services: Services, language: str, out: TextIO) -> None:
        self.services = services
        self.language = language
        self.out = VisibleOutput(out)  # no raw control character from a file or a note

    def run(self, args: argparse.Namespace) -> int:
        if args.command == "team":  # its own module: psycopg loads on a team action only
            from skill_ladder.cli_team import TeamCommands

            data_dir = self.services.database.path.parent
            return TeamCommands(self.services, self.language, self.out, data_dir).run(args)
        handler: Callable[[argparse.Namespace], None] = getattr(
            self,
            getattr(args, "handler", None)
            or f"{args.command}_{getattr(args, 'action', None) or 'run'}",
        )
        handler(args)
        return 0

    def _check_out(self, out: Path) -> None:
        """Refuse a `--out` that is not a regular file or lies in the database's, backups'
        or recovery's place (issue 15)."""
        from skill_ladder.output_target import check_out
        from skill_ladder.paths import AppPaths

        check_out(out, AppPaths(self.services.database.path.parent))

    def profile_list(self, args: argparse.Namespace) -> None:
        profiles = self.services.catalog.list_profiles(self.language)
        if args.json:
            print_json([asdict(p) for p in profiles], self.out)
            return
        for p in profiles:
            name, domain, group = (_field(t) for t in (p.name, p.domain, p.group))
            self.out.write(f"{p.key}\t{name}\t{domain} › {group}\tv{p.version}\t{p.updated}\n")

    def profile_show(self, args: argparse.Namespace) -> None:
        language = args.output_lang or self.language
        detail = self.services.catalog.show(args.key, language)
        if args.json:
            print_json(_detail_json(detail, language), self.out)
        else:
            self.out.write(_detail_text(detail))

    def profile_import(self, args: argparse.Namespace) -> None:
        report = self.services.catalog.import_file(args.file)
        words = {
            "added": translate("Cli", "added"),
            "updated": translate("Cli", "updated"),
            "unchanged": translate("Cli", "already installed, unchanged"),
            "older": translate("Cli", "older than the installed version, left as it is"),
        }
        for skill in report.skills:
            word = words[skill.action]
            if skill.differs:
                word = translate(
                    "Cli",
                    "already installed with this version number, but the file's content differs:"
                    " raise its version to update it",
                )
            self.out.write(f"{skill.key} (v{skill.file_version}): {word}\n")
        changed = report.texts_changed
        if changed:
            self.out.write(
                translate(
                    "Cli",
                    "%n rated requirement(s) changed wording since you rated them.",
                    "",
                    changed,
                )
                + "\n"
            )

    def profile_export(self, args: argparse.Namespace) -> None:
        from skill_ladder.atomic_write import write_atomic

        self._check_out(args.out)
        suffix = args.out.suffix.lower()
        if suffix in (".xlsx", ".csv"):
            content = self.services.catalog.export_spreadsheet(args.key, suffix)
        else:
            content = self.services.catalog.export(args.key)
        write_atomic(args.out, content, mode=0o644)

    def profile_template(self, args: argparse.Namespace) -> None:
        """An empty spreadsheet layout with one example row; each header's meaning is a
        comment on its cell."""
        from skill_ladder.atomic_write import write_atomic
        from skill_ladder.catalog.spreadsheet import template_workbook
        from skill_ladder.catalog.spreadsheet_files import write_xlsx
        from skill_ladder.wording import header_comments

        self._check_out(args.out)
        sheets = template_workbook()
        write_atomic(args.out, write_xlsx(sheets, header_comments(sheets)), mode=0o644)
        self.out.write(fill(translate("Cli", "Template written to %1"), args.out) + "\n")

    def rate_run(self, args: argparse.Namespace) -> None:
        change = self.services.ratings.rate_cell(
            args.profile,
            args.role,
            args.level,
            _parse_rating(args.value),
            requirement=args.requirement,
            note=args.note,
        )
        self.out.write(f"{change.requirement}: {change.rating or RATING_SLUGS[0]}\n")

    def status_run(self, args: argparse.Namespace) -> None:
        standing = self.services.standing.standing(args.profile, args.role, self.language)
        if args.json:
            print_json(_standing_json(standing, self.language), self.out)
        else:
            self.out.write(_standing_text(standing))

    def plan_run(self, args: argparse.Namespace) -> None:
        """The plan to the target; changes nothing."""
        standing = self.services.standing.standing(args.profile, args.role, self.language)
        if args.json:
            print_json(_plan_json(standing, self.language), self.out)
        else:
            self.out.write(_plan_text(standing))

    def _namer(self, profile: str) -> Namer:
        """The names, in the language shown, of the framework `profile` belongs to."""
        from skill_ladder.services.catalog import Namer

        catalog = self.services.catalog
        return Namer(catalog.frameworks()[catalog.resolve(profile).framework], self.language)

    def target_run(self, args: argparse.Namespace) -> None:
        level = None if args.level.strip().casefold() == "none" else args.level
        role, key = self.services.personal.set_target_named(args.profile, args.role, level)
        names = self._namer(args.profile)
        role_name = names.roles.get(role, role)
        if key is None:
            self.out.write(fill(translate("Cli", "Target for %1 cleared."), role_name) + "\n")
        else:
            level_name = names.levels.get(key, key)
            self.out.write(
                fill(translate("Cli", "Target for %1: %2."), role_name, level_name) + "\n"
            )

    def my_role_run(self, args: argparse.Namespace) -> None:
        role = None if args.role.strip().casefold() == "none" else args.role
        key = self.services.personal.set_my_role_named(args.profile, role)
        if key is None:
            self.out.write(translate("Cli", "Your role is cleared.") + "\n")
        else:
            name = self._namer(args.profile).roles.get(key, key)
            self.out.write(fill(translate("Cli", "Your role: %1."), name) + "\n")

    def report_run(self, args: argparse.Namespace) -> None:
        """The same report as the window's, drawn offscreen and written atomically."""
        from skill_ladder.atomic_write import write_atomic
        from skill_ladder.report.renderer import page_size_named, render_pdf

        self._check_out(args.out)
        language = args.output_lang or self.language
        data = self.services.reports.build(
            args.profile,
            args.role,
            language,
            checkin=args.checkin,
            since=args.since,
            all_levels=args.all_levels,
        )
        write_atomic(args.out, render_pdf(data, page_size_named(args.paper)), mode=0o600)
        self.out.write(fill(translate("Cli", "Report written to %1"), args.out) + "\n")

    def data_export(self, args: argparse.Namespace) -> None:
        from skill_ladder.atomic_write import write_atomic

        self._check_out(args.out)
        data = self.services.data
        content = data.export_csv(self.language) if args.csv else data.export_bytes()
        write_atomic(args.out, content)
        self.out.write(fill(translate("Cli", "Data written to %1"), args.out) + "\n")

    def data_import(self, args: argparse.Namespace) -> None:
        from skill_ladder.folder_lock import holding
        from skill_ladder.services.catalog import read_input_file

        data = read_input_file(args.file, limit=512)
        # Replacing the data under an open window would lose what it writes next.
        folder = self.services.database.path.parent
        with holding(folder) if args.replace else contextlib.nullcontext():
            count = self.services.data.import_bytes(data, replace=args.replace)
        self.out.write(translate("Cli", "Data imported: %n rating(s).", "", count) + "\n")

    def checkin_create(self, args: argparse.Namespace) -> None:
        checkin = self.services.checkins.create(args.note)
        rated = checkin.rated
        made = translate("Cli", "Check-in %1 created with %n rating(s).", "", rated)
        self.out.write(fill(made, checkin.id) + "\n")

    def checkin_list(self, args: argparse.Namespace) -> None:
        checkins = self.services.checkins.all()
        if args.json:
            print_json(
                [
                    {"id": c.id, "created": c.created.astimezone().isoformat(), "note": c.note}
                    for c in checkins
                ],
                self.out,
            )
            return
        if not checkins:
            self.out.write(translate("Cli", "No check-ins yet.") + "\n")
        for c in checkins:
            created = c.created.astimezone().strftime("%Y-%m-%d %H:%M")
            self.out.write(f"{c.id}\t{created}\t{c.rated}\t{_field(c.note)}\n")


def _field(text: str) -> str:
    """A value inside a one-line listing: its line breaks and tabs shown as escapes."""
    return visible(text, one_line=True)


def _detail_json(d: ProfileDetail, language: str) -> dict[str, Any]:
    return {
        "key": d.key,
        "framework": d.framework,
        "name": d.name,
        "summary": d.summary,
        "domain": d.domain,
        "group": d.group,
        "version": d.version,
        "updated": d.updated.isoformat() if d.updated else None,
        "levels": [lv.key for lv in d.levels],
        "roles": [r.key for r in d.roles],
        "counts": asdict(d.counts),
        "requirements": [_requirement_json(r, language) for r in d.requirements],
    }


def _requirement_json(
    r: RequirementView, language: str, *, with_rating: bool = False
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "key": r.key,
        "skill": r.skill,
        "role": r.role,
        "level": r.level,
        "required": r.required,
        "text": r.text,
        "text_changed": r.text_changed,  # reworded since it was rated
        "text_language": "en" if r.text_is_fallback else language,  # the text shown
    }
    if with_rating:
        body["rating"] = r.rating_slug
    return body


def _marks(r: RequirementView) -> str:
    """The marks of the cards, after a requirement's text: reworded since rated, and shown
    in English for want of a translation."""
    marks = ""
    if r.text_changed:
        marks += " " + translate("Cli", "[text changed since rated]")
    if r.text_is_fallback:
        marks += " " + translate("Cli", "(English)")
    return marks


def _detail_text(d: ProfileDetail) -> str:
    lines = [d.name]
    if d.summary:
        lines.append(d.summary)
    lines.append(f"{d.domain} › {d.group}" if d.group else d.domain)
    lines.append(
        fill(
            translate(
                "Cli", "Roles: %1 · Levels: %2 · Required: %3 · Optional: %4 · Last updated: %5"
            ),
            d.counts.roles,
            d.counts.levels,
            d.counts.required,
            d.counts.optional,
            d.updated.isoformat() if d.updated else "—",
        )
    )
    role_names = {r.key: r.name for r in d.roles}
    for level in d.levels:
        lines.append("")
        lines.append(f"== {level.name} ==")
        for r in d.requirements:
            if r.level != level.key:
                continue
            badge = translate("Cli", "Required") if r.required else translate("Cli", "Optional")
            role = role_names.get(r.role, "")
            lines.append(f"- {role + ' · ' if role else ''}{badge}: {_field(r.text)}{_marks(r)}")
    return "\n".join(lines) + "\n"


def _standing_json(s: Standing, language: str) -> dict[str, Any]:
    return {
        "estimated_level": s.estimated_level,
        "target": s.target,
        "levels": [
            {name: value for name, value in asdict(lv).items() if name != "name"} for lv in s.levels
        ],
        "gaps": [_requirement_json(g, language, with_rating=True) for g in s.gaps],
    }


def _standing_text(s: Standing) -> str:
    names = {lv.key: lv.name for lv in s.levels}
    estimated = names[s.estimated_level] if s.estimated_level else translate("Cli", "none yet")
    lines = [fill(translate("Cli", "Estimated level: %1"), estimated)]
    for lv in s.levels:
        if lv.required_total:
            counts = fill(translate("Cli", "%1/%2 required"), lv.required_met, lv.required_total)
        else:
            counts = fill(translate("Cli", "%1/%2 optional"), lv.optional_met, lv.optional_total)
        mark = "✓" if lv.met else ("✗" if lv.blocks else "·")
        lines.append(f"  {mark} {lv.name:<16} {round(lv.readiness * 100):>3}%  {counts}")
    lines.append(
        translate("Cli", "Gaps (required first):") if s.gaps else translate("Cli", "No gaps.")
    )
    for gap in s.gaps:
        badge = translate("Cli", "Required") if gap.required else translate("Cli", "Optional")
        where = f"[{names.get(gap.level, gap.level)} · {badge}]"
        lines.append(f"  - {where} {_field(gap.text)}{_marks(gap)}")
    return "\n".join(lines) + "\n"


def _plan_json(s: Standing, language: str) -> dict[str, Any]:
    return {
        "profile": s.profile,
        "role": s.role,
        "estimated_level": s.estimated_level,
        "target": s.target,
        "steps": [
            {
                "level": step.level,
                "requirements": [
                    _requirement_json(r, language, with_rating=True) for r in step.requirements
                ],
            }
            for step in s.plan
        ],
    }


def _plan_text(s: Standing) -> str:
    names = {lv.key: lv.name for lv in s.levels}
    none = translate("Cli", "none yet")
    estimated = names[s.estimated_level] if s.estimated_level else none
    target = names[s.target] if s.target else translate("Cli", "none")
    lines = [
        fill(translate("Cli", "Estimated level: %1 · Target: %2"), estimated, target),
        plan_sentence(s),  # the window's words: why the plan ends where it does
    ]
    for step in s.plan:
        lines.append("")
        if not step.requirements:
            lines.append(fill(translate("Cli", "%1: nothing left"), step.level_name))
            continue
        left = len(step.requirements)
        heading = translate("Cli", "%1: %n requirement(s) to cover", "", left)
        lines.append(fill(heading, step.level_name))
        for r in step.requirements:
            badge = translate("Cli", "Required") if r.required else translate("Cli", "Optional")
            lines.append(f"  [ ] {badge} · {rating_label(r.rating)}: {r.text}{_marks(r)}")
    return "\n".join(lines) + "\n"


def run_backup(args: argparse.Namespace, backups: BackupService, raw: TextIO) -> int:
    """The `backup` subcommands: they work without opening the database, so a damaged one
    can be replaced by a good backup."""
    out = VisibleOutput(raw)
    if args.action == "create":
        made = backups.create()
        out.write(fill(translate("Cli", "Backup %1 made."), made.id) + "\n")
    elif args.action == "list":
        found = backups.all()
        if args.json:
            print_json(
                [
                    {
                        "id": b.id,
                        "created": b.created.astimezone().isoformat(),
                        "kind": b.kind,
                        "size": b.size,
                    }
                    for b in found
                ],
                out,
            )
        elif not found:
            out.write(translate("Cli", "No backups yet.") + "\n")
        for b in [] if args.json else found:
            out.write(f"{b.id}\t{b.created.astimezone():%Y-%m-%d %H:%M}\t{b.kind}\t{b.size}\n")
    else:
        from skill_ladder.folder_lock import holding

        with holding(backups.database.parent):  # not under an open window: one line, exit 1
            aside = backups.restore(args.id)
        out.write(fill(translate("Cli", "Backup %1 restored."), args.id) + "\n")
        if aside is not None:
            out.write(fill(translate("Cli", "The data it replaced is kept in %1."), aside) + "\n")
    return 0
