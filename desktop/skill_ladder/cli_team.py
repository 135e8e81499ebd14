"""The `team` subcommands: the only commands that open a network connection (to the team's
PostgreSQL, and only when asked). Errors are one line; exit 2 for bad arguments, 1 for a
refused connection or permission."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QCoreApplication

from skill_ladder.visible_text import VisibleOutput, print_json
from skill_ladder.wording import fill

if TYPE_CHECKING:
    from skill_ladder.services.hub import Services
    from skill_ladder.services.team import TeamService
    from skill_ladder.services.team_views import PersonStanding, TeamStatus

translate = QCoreApplication.translate


def _when(moment: Any) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


class TeamCommands:
    """`skill-ladder team ACTION …`, over a `TeamService` made on this first team action."""

    def __init__(
        self, services: Services, language: str, out: TextIO | VisibleOutput, data_dir: Path
    ) -> None:
        from skill_ladder.services.team import TeamService  # psycopg loads here, not before

        self.team: TeamService = TeamService(services, data_dir)
        self.language = language
        self.out = out

    def run(self, args: argparse.Namespace) -> int:
        action = args.action if args.action != "person" else f"person_{args.person_action}"
        getattr(self, action)(args)
        return 0

    def write(self, line: str) -> None:
        self.out.write(line + "\n")

    def connect(self, args: argparse.Namespace) -> None:
        check = self.team.connect(args.url)
        role = check.team_role or translate("Cli", "not on the team yet")
        self.write(
            fill(translate("Cli", "Connected to the team database as %1 (%2)."), check.login, role)
        )
        if check.server_revision is None:
            self.write(
                translate("Cli", "It holds no team schema yet: an administrator runs “team init”.")
            )
        self.write(translate("Cli", "Remembered: team commands may now leave out --db."))

    def init(self, args: argparse.Namespace) -> None:
        before, after = self.team.init(args.db)
        if before is None:
            self.write(fill(translate("Cli", "Team schema created (revision %1)."), after))
        elif before != after:
            self.write(
                fill(
                    translate("Cli", "Team schema migrated from revision %1 to %2."), before, after
                )
            )
        else:
            self.write(fill(translate("Cli", "Team schema already at revision %1."), after))

    def person_add(self, args: argparse.Namespace) -> None:
        added = self.team.add_person(args.db, args.login, args.name, args.manager, args.team_role)
        said = (
            translate("Cli", "%1 added to the team as %2.")
            if added
            else translate("Cli", "%1 updated: %2 on the team.")
        )
        self.write(fill(said, args.login, args.team_role))

    def person_list(self, args: argparse.Namespace) -> None:
        people = self.team.people(args.db)
        if args.json:
            print_json(
                {
                    "people": [
                        {
                            "login": p.login,
                            "name": p.name,
                            "manager": p.manager,
                            "team_role": p.team_role,
                        }
                        for p in people
                    ]
                },
                self.out,
            )
            return
        for p in people:
            self.write(f"{p.login}\t{p.name}\t{p.manager or '—'}\t{p.team_role}")

    def publish(self, args: argparse.Namespace) -> None:
        key, versions = self.team.publish(args.db, args.profile)
        count = len(versions)
        said = translate("Cli", "Published %1 to the team (%n skill(s)).", "", count)
        self.write(fill(said, key))

    def pull(self, args: argparse.Namespace) -> None:
        reports = self.team.pull(args.db)
        if not reports:
            self.write(translate("Cli", "The team has published no framework yet."))
        words = {
            "added": translate("Cli", "added"),
            "updated": translate("Cli", "updated"),
            "unchanged": translate("Cli", "already installed, unchanged"),
            "older": translate("Cli", "older than the installed version, left as it is"),
        }
        for report in reports:
            for skill in report.skills:
                self.write(f"{skill.key} (v{skill.file_version}): {words[skill.action]}")
            changed = report.texts_changed
            if changed:
                self.write(
                    translate(
                        "Cli",
                        "%n rated requirement(s) changed wording since you rated them.",
                        "",
                        changed,
                    )
                )

    def share(self, args: argparse.Namespace) -> None:
        plan, sent = self.team.share(args.db, args.checkin, notes=args.notes, role=args.role)
        if not sent:
            self.write(
                fill(
                    translate("Cli", "Check-in %1 was shared already; nothing changed."),
                    plan.checkin_id,
                )
            )
            return
        rated, noted = plan.rating_count, plan.note_count
        line = fill(
            translate("Cli", "Check-in %1 shared: %n rating(s)", "", rated), plan.checkin_id
        )
        if plan.with_notes:
            line += ", " + translate("Cli", "%n note(s)", "", noted)
        self.write(line + ".")
        for f in plan.frameworks:
            if f.role is not None:
                level = f.estimated_level or translate("Cli", "none yet")
                self.write(
                    "  "
                    + fill(
                        translate("Cli", "%1, as %2: estimated level %3"),
                        f.framework,
                        f.role,
                        level,
                    )
                )

    def shares(self, args: argparse.Namespace) -> None:
        found = self.team.shares(args.db)
        if args.json:
            print_json(
                {
                    "shares": [
                        {
                            "checkin": s.checkin_id,
                            "created": s.created.isoformat(),
                            "shared_at": s.shared_at.isoformat(),
                            "notes": s.with_notes,
                            "ratings": s.ratings,
                            "frameworks": list(s.frameworks),
                        }
                        for s in found
                    ]
                },
                self.out,
            )
            return
        if not found:
            self.write(translate("Cli", "You have shared no check-in."))
        yes, no = translate("Cli", "with notes"), translate("Cli", "without notes")
        for s in found:
            self.write(
                f"{s.checkin_id}\t{_when(s.created)}\t{_when(s.shared_at)}\t{s.ratings}\t"
                f"{yes if s.with_notes else no}\t{', '.join(s.frameworks)}"
            )

    def unshare(self, args: argparse.Namespace) -> None:
        self.team.unshare(args.db, args.checkin_id)
        self.write(fill(translate("Cli", "Check-in %1 withdrawn from the team."), args.checkin_id))

    def status(self, args: argparse.Namespace) -> None:
        status = self.team.status(args.db, args.profile, self.language)
        if args.json:
            print_json(status_json(status), self.out)
            return
        if not status.people:
            self.write(translate("Cli", "Nobody reports to you on this team."))
        names = {lv.key: lv.name for lv in status.levels}
        for person in status.people:
            self.write(_status_line(person, names))

    def report(self, args: argparse.Namespace) -> None:
        from skill_ladder.atomic_write import write_atomic
        from skill_ladder.report.renderer import render_pdf

        language = args.output_lang or self.language
        data = self.team.report_data(args.db, args.profile, language)
        write_atomic(args.out, render_pdf(data), mode=0o644)
        self.write(fill(translate("Cli", "Report written to %1"), args.out))


def _status_line(person: PersonStanding, names: dict[str, str]) -> str:
    if person.shared_at is None:
        return f"{person.login}\t{person.name}\t" + translate("Cli", "nothing shared yet")
    level = person.estimated_level
    estimated = names.get(level, level) if level else translate("Cli", "none yet")
    return f"{person.login}\t{person.name}\t{person.role}\t{estimated}\t{_when(person.shared_at)}"


def status_json(status: TeamStatus) -> dict[str, Any]:
    return {
        "people": [
            {
                "login": p.login,
                "name": p.name,
                "manager": p.manager,
                "role": p.role,
                "estimated_level": p.estimated_level,
                "levels": list(p.levels),
                "shared_at": p.shared_at.isoformat() if p.shared_at else None,
            }
            for p in status.people
        ]
    }
