"""Python's argparse words its own messages through gettext; these are those messages as Qt
translation sources (lupdate reads the literals below), so `--help` and argument errors speak
the run's language. `cli.py` routes argparse's `_()` through `argparse_text`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _sources() -> None:  # never called: it only shows lupdate the strings
    translate("argparse", "usage: ")
    translate("argparse", "positional arguments")
    translate("argparse", "options")
    translate("argparse", "show this help message and exit")
    translate("argparse", "the following arguments are required: %s")
    translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)")
    translate("argparse", "unrecognized arguments: %s")
    translate("argparse", "argument %(argument_name)s: %(message)s")
    translate("argparse", "expected one argument")
    translate("argparse", "expected at least one argument")
    translate("argparse", "expected at most one argument")
    translate("argparse", "invalid %(type)s value: %(value)r")
    translate("argparse", "ambiguous option: %(option)s could match %(matches)s")
    translate("argparse", "one of the arguments %s is required")
    translate("argparse", "not allowed with argument %s")
    translate("argparse", "ignored explicit argument %r")
    translate("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)")
    translate("argparse", "show program's version number and exit")


def argparse_text(text: str) -> str:
    return translate("argparse", text)
