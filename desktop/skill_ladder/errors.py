"""Typed errors raised by the Qt-free core.

The core never words a message: it raises an error carrying a *code* and its parameters, and
the command line or the window turns it into a sentence in the user's language
(`skill_ladder.wording`). `exit_code` follows the command-line contract: 2 for bad arguments
or invalid input files, 1 for any other failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, at a JSON path such as ``$.skills[0].key``."""

    code: str
    path: str = ""
    params: dict[str, str] = field(default_factory=dict)


class SkillLadderError(Exception):
    """Base of every error the core reports to a person."""

    exit_code = 1

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, str] = {k: str(v) for k, v in params.items()}

    def __str__(self) -> str:  # for logs only; people see skill_ladder.wording
        details = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code}({details})" if details else self.code


class InvalidInput(SkillLadderError):
    """A bad argument or value: an unknown profile, role, level or rating."""

    exit_code = 2


class InvalidFile(SkillLadderError):
    """A file that is not acceptable; `problems` lists every problem found."""

    exit_code = 2

    def __init__(self, code: str, problems: list[Problem] | None = None, **params: object):
        super().__init__(code, **params)
        self.problems: list[Problem] = problems or []


class StorageFailure(SkillLadderError):
    """The data folder or database cannot be used (damaged, newer, read-only, full)."""

    exit_code = 1


class TeamFailure(SkillLadderError):
    """A team action the server refused or could not do: unreachable, denied, another schema
    version. (Bad arguments to team commands are `InvalidInput`.)"""

    exit_code = 1


def as_team_failure(error: BaseException) -> SkillLadderError:
    """What team work that failed says: our own errors as they are, anything else (a bug, a
    driver's surprise) as the server's failure, named by its type."""
    if isinstance(error, SkillLadderError):
        return error
    return TeamFailure("team.failed", reason=type(error).__name__)


def reason_of(error: BaseException) -> str:
    """Why a file could not be used, without the file's own (perhaps temporary) name: the
    system's words for an OSError, the message of anything else."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
