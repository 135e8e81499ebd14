"""The command line's arguments: `skill-ladder [--data-dir DIR] [--lang en|es] SUBCOMMAND ...`.

Parsing only (the window's start needs nothing more); `cli.Commands` runs what was asked.
Exit codes: 0 success, 2 bad arguments or invalid input files, 1 any other failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from skill_ladder import __version__
from skill_ladder.argparse_words import argparse_text
from skill_ladder.domain.rating import RATING_SLUGS
from skill_ladder.language import SUPPORTED

PROG = "skill-ladder"

translate = QCoreApplication.translate


@dataclass(frozen=True)
class GlobalOptions:
    data_dir: str | None
    lang: str | None
    window: bool  # no subcommand (and no --help or --version): open the window
    painting: bool  # a subcommand that draws (the report): needs a QGuiApplication
    smoke: bool = False
    plain_window: bool = False  # `window`, and every option given was read here, rightly


def parse_globals(argv: Sequence[str]) -> GlobalOptions:
    """The options needed before the real parse (which needs the language loaded): never
    fails; the real parse reports anything wrong."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    early.add_argument("--lang")
    early.add_argument("--smoke", action="store_true")
    known, rest = early.parse_known_args(list(argv))
    lang = known.lang if known.lang in SUPPORTED else None
    painting = "report" in rest[:1] or rest[:2] == ["team", "report"]
    plain = not rest and (known.lang is None or lang is not None)
    return GlobalOptions(
        known.data_dir,
        lang,
        window=not rest,
        painting=painting,
        smoke=known.smoke,
        plain_window=plain,
    )


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line on stderr, exit 2 (argparse prints the whole usage otherwise)."""
        sys.stderr.write(f"{PROG}: {message}\n")
        raise SystemExit(2)


def out_path(value: str) -> Path:
    """`--out FILE`: an empty name is a bad argument (as a Path it would be the current
    folder, which no file can replace)."""
    if not value.strip():
        raise argparse.ArgumentTypeError(translate("Cli", "needs a file name"))
    return Path(value)


def build_parser() -> argparse.ArgumentParser:
    argparse._ = argparse_text  # type: ignore[attr-defined]  # argparse's own words, translated
    parser = _Parser(
        prog=PROG,
        description=translate(
            "Cli", "Career self-assessment: opens the window, or runs a subcommand."
        ),
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help=translate("Cli", "use another data folder")
    )
    parser.add_argument(
        "--lang", choices=("en", "es"), help=translate("Cli", "language of this run")
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate("Cli", "open the window, wait for the first paint, exit"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=argparse_text("show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=_Parser)

    profile = commands.add_parser(
        "profile", help=translate("Cli", "list, show, import and export profiles")
    )
    profile_cmds = profile.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = profile_cmds.add_parser("list", help=translate("Cli", "installed skill profiles"))
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    show = profile_cmds.add_parser(
        "show", help=translate("Cli", "a profile's header and requirements")
    )
    show.add_argument("key", metavar="KEY")
    show.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    show.add_argument(
        "--lang",
        dest="output_lang",
        choices=("en", "es"),
        help=translate("Cli", "language of this output"),
    )
    importing = profile_cmds.add_parser(
        "import", help=translate("Cli", "install a profile file (.json, .xlsx, .ods or .csv)")
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    export = profile_cmds.add_parser(
        "export", help=translate("Cli", "write an installed profile to a file")
    )
    export.add_argument("key", metavar="KEY")
    export.add_argument(
        "--out",
        metavar="FILE",
        type=out_path,
        required=True,
        help=translate("Cli", "FILE.json, FILE.xlsx or FILE.csv (the spreadsheet layout)"),
    )
    template = profile_cmds.add_parser(
        "template", help=translate("Cli", "write an empty spreadsheet to fill in with a ladder")
    )
    template.add_argument("--out", metavar="FILE.xlsx", type=out_path, required=True)

    rate = commands.add_parser("rate", help=translate("Cli", "rate yourself on one requirement"))
    rate.add_argument("profile", metavar="PROFILE")
    rate.add_argument("role", metavar="ROLE")
    rate.add_argument("level", metavar="LEVEL")
    rate.add_argument("value", metavar="VALUE", help=" | ".join(RATING_SLUGS))
    rate.add_argument(
        "--requirement", metavar="KEY", help=translate("Cli", "which requirement of the cell")
    )
    rate.add_argument("--note", metavar="TEXT", help=translate("Cli", "evidence note"))

    status = commands.add_parser(
        "status", help=translate("Cli", "estimated level, readiness and gaps")
    )
    status.add_argument("profile", metavar="PROFILE")
    status.add_argument("role", metavar="ROLE")
    status.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )

    plan = commands.add_parser(
        "plan", help=translate("Cli", "what stands between your estimated level and your target")
    )
    plan.add_argument("profile", metavar="PROFILE")
    plan.add_argument("role", metavar="ROLE")
    plan.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )

    target = commands.add_parser(
        "target", help=translate("Cli", "set or clear your target level for a role")
    )
    target.add_argument("profile", metavar="PROFILE")
    target.add_argument("role", metavar="ROLE")
    target.add_argument("level", metavar="LEVEL|none")

    my_role = commands.add_parser(
        "my-role", help=translate("Cli", "set or clear your own role in a profile's framework")
    )
    my_role.set_defaults(handler="my_role_run")
    my_role.add_argument("profile", metavar="PROFILE")
    my_role.add_argument("role", metavar="ROLE|none")

    report = commands.add_parser(
        "report", help=translate("Cli", "write your personal growth report as PDF")
    )
    report.add_argument("profile", metavar="PROFILE")
    report.add_argument("role", metavar="ROLE")
    report.add_argument("--out", metavar="FILE.pdf", type=out_path, required=True)
    report.add_argument(
        "--lang",
        dest="output_lang",
        choices=("en", "es"),
        help=translate("Cli", "language of the report"),
    )
    report.add_argument(
        "--checkin", metavar="ID", type=int, help=translate("Cli", "ratings as of this check-in")
    )
    report.add_argument(
        "--since",
        metavar="ID",
        type=int,
        help=translate("Cli", "compare with this check-in (default: the one before)"),
    )
    report.add_argument(
        "--all-levels",
        action="store_true",
        help=translate("Cli", "list the requirements of every level, not only up to the target"),
    )
    report.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate("Cli", "paper size (default: from the system's locale)"),
    )

    data = commands.add_parser("data", help=translate("Cli", "export or import all your data"))
    data_cmds = data.add_subparsers(dest="action", metavar="ACTION", required=True)
    data_export = data_cmds.add_parser(
        "export", help=translate("Cli", "write all your data to a file")
    )
    data_export.add_argument("--out", metavar="FILE", type=out_path, required=True)
    data_export.add_argument(
        "--csv",
        action="store_true",
        help=translate("Cli", "only the ratings, as CSV for spreadsheets"),
    )
    data_import = data_cmds.add_parser(
        "import", help=translate("Cli", "restore data from an export")
    )
    data_import.add_argument("file", metavar="FILE", type=Path)
    data_import.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "replace existing data (backed up first)"),
    )

    backup = commands.add_parser("backup", help=translate("Cli", "back up and restore your data"))
    backup_cmds = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    backup_cmds.add_parser("create", help=translate("Cli", "make a verified backup now"))
    backup_list = backup_cmds.add_parser(
        "list", help=translate("Cli", "every backup, newest first")
    )
    backup_list.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    restore = backup_cmds.add_parser(
        "restore", help=translate("Cli", "put a backup in place (the current data is set aside)")
    )
    restore.add_argument("id", metavar="ID")

    checkin = commands.add_parser("checkin", help=translate("Cli", "snapshots of all ratings"))
    checkin_cmds = checkin.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = checkin_cmds.add_parser("create", help=translate("Cli", "close a check-in now"))
    create.add_argument("--note", metavar="TEXT", default="")
    checkin_list = checkin_cmds.add_parser("list", help=translate("Cli", "every check-in"))
    checkin_list.add_argument(
        "--json", action="store_true", help=translate("Cli", "machine-readable output")
    )
    from skill_ladder.cli_team_args import add_team_parser

    add_team_parser(commands, _Parser)
    return parser


def parse_args(
    argv: Sequence[str] | None, early: GlobalOptions | None = None
) -> argparse.Namespace:
    """The arguments, every error said in one line. A window start whose every option the
    early parse read (the common start) needs no parser of all the subcommands: building it
    took about 4 ms before the first paint (issue 8)."""
    if early is not None and early.plain_window:
        return argparse.Namespace(
            command=None, data_dir=early.data_dir, lang=early.lang, smoke=early.smoke
        )
    return build_parser().parse_args(argv)
