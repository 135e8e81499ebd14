"""A window start reads its few options without building the parser of every subcommand
(issue 8's first paint); what it reads must be what the full parser would give."""

from __future__ import annotations

import pytest

from skill_ladder.cli_args import build_parser, parse_args, parse_globals


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--smoke"],
        ["--data-dir", "/tmp/x", "--lang", "es"],
        ["--lang=en", "--data-dir=/tmp/y", "--smoke"],
        ["--data", "/tmp/z", "--sm"],  # abbreviations, as argparse takes them
    ],
)
def test_a_plain_window_start_reads_what_the_full_parser_reads(argv: list[str]) -> None:
    early = parse_globals(argv)
    assert early.plain_window
    assert parse_args(argv, early) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [["--lang", "fr"], ["--smoke", "--frobnicate"], ["--version"], ["--help"]],
)
def test_anything_else_goes_to_the_full_parser(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    early = parse_globals(argv)
    assert not early.plain_window
    with pytest.raises(SystemExit) as stopped:
        parse_args(argv, early)
    assert stopped.value.code in (0, 2)
    if argv[0] == "--lang":
        assert stopped.value.code == 2
        assert "fr" in capsys.readouterr().err
