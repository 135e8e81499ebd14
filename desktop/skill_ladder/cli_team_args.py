"""The `team` subcommands' arguments (issue 17), added to the command line's parser by
`cli_args.build_parser`. Parsing only: nothing of the team's code loads with it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def add_team_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """`team …` in the command line's parser (called by `cli_args.build_parser`)."""
    team = commands.add_parser(
        "team",
        help=translate("Cli", "share with your team's PostgreSQL (the only network use)"),
    )
    actions = team.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    json_help = translate("Cli", "machine-readable output")

    def with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--db",
            metavar="URL",
            help=translate(
                "Cli", "libpq connection string or service name (default: the one remembered)"
            ),
        )
        return parser

    connect = actions.add_parser(
        "connect", help=translate("Cli", "test a connection and remember it (no password)")
    )
    connect.add_argument("url", metavar="URL")
    with_db(actions.add_parser("init", help=translate("Cli", "create or migrate the team schema")))

    person = actions.add_parser("person", help=translate("Cli", "the team's people (admin)"))
    person_actions = person.add_subparsers(
        dest="person_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = with_db(person_actions.add_parser("add", help=translate("Cli", "add or update a person")))
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", metavar="NAME", required=True)
    add.add_argument("--manager", metavar="LOGIN")
    add.add_argument(
        "--team-role", choices=("member", "manager", "admin"), default="member", dest="team_role"
    )
    listing = with_db(person_actions.add_parser("list", help=translate("Cli", "every person")))
    listing.add_argument("--json", action="store_true", help=json_help)

    publish = with_db(
        actions.add_parser(
            "publish", help=translate("Cli", "put a framework on the server (admin)")
        )
    )
    publish.add_argument("profile", metavar="PROFILE")
    with_db(actions.add_parser("pull", help=translate("Cli", "install the team's frameworks")))

    share = with_db(
        actions.add_parser("share", help=translate("Cli", "share a check-in with your managers"))
    )
    share.add_argument(
        "--checkin", metavar="ID", type=int, help=translate("Cli", "which one (default: latest)")
    )
    share.add_argument("--notes", action="store_true", help=translate("Cli", "share its notes too"))
    share.add_argument(
        "--role", metavar="ROLE", help=translate("Cli", "your role on the ladder (required)")
    )
    shares = with_db(actions.add_parser("shares", help=translate("Cli", "your shared check-ins")))
    shares.add_argument("--json", action="store_true", help=json_help)
    unshare = with_db(
        actions.add_parser("unshare", help=translate("Cli", "withdraw a shared check-in"))
    )
    unshare.add_argument("checkin_id", metavar="CHECKIN_ID", type=int)

    status = with_db(
        actions.add_parser(
            "status", help=translate("Cli", "where each person of your team stands (manager)")
        )
    )
    status.add_argument("profile", metavar="PROFILE")
    status.add_argument("--json", action="store_true", help=json_help)
    report = with_db(
        actions.add_parser("report", help=translate("Cli", "your team's report as PDF (manager)"))
    )
    report.add_argument("profile", metavar="PROFILE")
    report.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    report.add_argument(
        "--lang",
        dest="output_lang",
        choices=("en", "es"),
        help=translate("Cli", "language of the report"),
    )
