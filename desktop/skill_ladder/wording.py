"""Codes from the Qt-free core turned into sentences, through Qt's translation system.

Shared by the command line and the window. Every sentence is a literal inside a
`translate("Messages", ...)` call so that lupdate finds it; placeholders are `%1`, `%2`, ...
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skill_ladder.errors import InvalidFile, Problem, SkillLadderError

if TYPE_CHECKING:
    from skill_ladder.catalog.spreadsheet import Sheet

translate = QCoreApplication.translate


def fill(text: str, *values: object) -> str:
    """Replace %1, %2, ... (highest first, so %10 is not read as %1 followed by 0)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


Params = Mapping[str, str]

# With their article: "must be an object", "debe ser un objeto".
_TYPE_NAMES: dict[str, Callable[[], str]] = {
    "boolean": lambda: translate("Messages", "a boolean (true or false)"),
    "integer": lambda: translate("Messages", "a whole number"),
    "string": lambda: translate("Messages", "a text"),
    "list": lambda: translate("Messages", "a list"),
    "object": lambda: translate("Messages", "an object"),
    "date": lambda: translate("Messages", "a date"),
}

_PROBLEMS: dict[str, Callable[[Params], str]] = {
    "field.missing": lambda p: translate("Messages", "a required field is missing"),
    "field.unknown": lambda p: translate("Messages", "unknown field"),
    "field.wrong_type": lambda p: fill(
        translate("Messages", "must be %1"),
        _TYPE_NAMES.get(p.get("expected", ""), lambda: p["expected"])(),
    ),
    "field.bad_date": lambda p: fill(
        translate("Messages", "is not a date written as YYYY-MM-DD (found “%1”)"),
        p.get("value", ""),
    ),
    "field.bad_key": lambda p: translate(
        "Messages",
        "is not a valid key (lower-case letters and digits, words joined by single hyphens)",
    ),
    "field.bad_language": lambda p: translate(
        "Messages", "is not a two-letter language code such as “en”"
    ),
    "field.empty": lambda p: translate("Messages", "must not be empty"),
    "field.too_long": lambda p: fill(
        translate("Messages", "is longer than %1 characters"), p.get("max", "")
    ),
    "field.too_few": lambda p: fill(
        translate("Messages", "needs at least %1 item(s)"), p.get("min", "")
    ),
    "field.too_many": lambda p: fill(
        translate("Messages", "has more than %1 items"), p.get("max", "")
    ),
    "field.control_characters": lambda p: translate(
        "Messages", "holds control characters (only line breaks and tabs are allowed in texts)"
    ),
    "file.too_many_names": lambda p: fill(
        translate(
            "Messages",
            "an object in this file holds more than %1 names, more than any profile has: it "
            "is not a profile file, or it is damaged",
        ),
        p["most"],
    ),
    "file.duplicate_name": lambda p: fill(
        translate("Messages", "the name “%1” appears twice in one JSON object"), p["name"]
    ),
    "key.reserved": lambda p: fill(
        translate("Messages", "the key “%1” is reserved for frameworks without roles"), p["key"]
    ),
    "framework.ladder_changed": lambda p: fill(
        translate(
            "Messages",
            "drops or reorders levels of “%1” that installed skills not in this file use (%2); "
            "include every skill of the framework to change its ladder",
        ),
        p["framework"],
        p["levels"],
    ),
    "framework.role_missing": lambda p: fill(
        translate(
            "Messages",
            "leaves out the role “%2” of “%1” that installed skills not in this file use",
        ),
        p["framework"],
        p["key"],
    ),
    "field.out_of_range": lambda p: translate("Messages", "is out of the allowed range"),
    "field.invalid": lambda p: fill(translate("Messages", "is invalid (%1)"), p.get("detail", "")),
    "file.not_json": lambda p: translate("Messages", "the file is not valid JSON"),
    "field.bidi_controls": lambda p: translate(
        "Messages",
        "holds bidirectional controls (U+202A–U+202E, U+2066–U+2069), which make a name "
        "read as another",
    ),
    "field.no_time_zone": lambda p: translate(
        "Messages", "is a time without a time zone (write it as 2026-01-31T09:00:00+00:00)"
    ),
    "file.is_data_file": lambda p: translate(
        "Messages", "this is a “my data” file, not a profile: import it with “data import”"
    ),
    "file.is_profile_file": lambda p: translate(
        "Messages", "this is a profile file, not a “my data” file: import it with “profile import”"
    ),
    "file.unsupported_version": lambda p: fill(
        translate("Messages", "this format version is not supported (this app reads version %1)"),
        p.get("supported", ""),
    ),
    "file.not_a_profile": lambda p: translate(
        "Messages", "this is not a Skill Ladder profile file"
    ),
    "text.missing_english": lambda p: translate(
        "Messages", "has no English text (“en”), which every text needs"
    ),
    "key.duplicate": lambda p: fill(
        translate("Messages", "the key “%1” is used more than once"), p["key"]
    ),
    "key.taken": lambda p: fill(
        translate("Messages", "the key “%1” is already used by another installed profile"), p["key"]
    ),
    "requirement.unknown_level": lambda p: fill(
        translate("Messages", "names the level “%1”, which the ladder does not have"), p["key"]
    ),
    "requirement.unknown_role": lambda p: fill(
        translate("Messages", "names the role “%1”, which the file does not define"), p["key"]
    ),
    "requirement.role_without_roles": lambda p: fill(
        translate("Messages", "names the role “%1”, but the file defines no roles"), p["key"]
    ),
}

# Spreadsheets (issue 16): problems at a cell such as `Requirements!D12`.
_PROBLEMS.update(
    {
        "sheet.not_yes_no": lambda p: fill(
            translate("Messages", "“%1” is not yes or no"), p.get("value", "")
        ),
        "sheet.bad_version": lambda p: fill(
            translate("Messages", "“%1” is not a version number (a whole number from 1)"),
            p.get("value", ""),
        ),
        "sheet.missing_column": lambda p: fill(
            translate("Messages", "the sheet “%1” has no column “%2”"),
            p.get("sheet", ""),
            p.get("column", ""),
        ),
        "sheet.missing": lambda p: fill(
            translate("Messages", "the file has no sheet “%1” (or a single sheet to read as it)"),
            p.get("sheet", ""),
        ),
        "sheet.role_empty": lambda p: translate(
            "Messages", "has no role, but other rows have one (give every row a role, or none)"
        ),
        "sheet.no_rows": lambda p: translate("Messages", "holds no requirement rows"),
        "spreadsheet.unreadable": lambda p: fill(
            translate("Messages", "the spreadsheet cannot be read (%1)"), p.get("detail", "")
        ),
        "spreadsheet.too_large": lambda p: fill(
            translate("Messages", "the sheet spans more than %1 cells"), p.get("max", "")
        ),
        "spreadsheet.open_quote": lambda p: fill(
            translate(
                "Messages",
                "a quoted cell in the row that starts on line %1 is never closed: add the "
                'closing quote (") where its text ends',
            ),
            p.get("line", ""),
        ),
        "spreadsheet.bad_quote": lambda p: fill(
            translate(
                "Messages",
                'the row that starts on line %1 has a quote (") inside a cell that is not '
                'quoted whole: quote the whole cell and double the quotes inside it ("")',
            ),
            p.get("line", ""),
        ),
        "spreadsheet.not_utf8": lambda p: fill(
            translate("Messages", "the CSV file is not UTF-8 text (byte %1); save it as UTF-8"),
            p.get("offset", ""),
        ),
    }
)


def _invalid_file(count: int) -> str:
    # lupdate reads a plural only when the count is a plain name
    return translate("Messages", "The file is not a valid profile (%n problem(s)).", "", count)


def _invalid_data(count: int) -> str:
    return translate(
        "Messages", "The file is not a valid Skill Ladder data export (%n problem(s)).", "", count
    )


_ERRORS: dict[str, Callable[[Params], str]] = {
    "file.invalid": lambda p: _invalid_file(int(p["count"])),
    "data.invalid": lambda p: _invalid_data(int(p["count"])),
    "file.too_large": lambda p: fill(
        translate("Messages", "The file is larger than %1 MiB."), p["max_mib"]
    ),
    "file.not_found": lambda p: fill(translate("Messages", "There is no file “%1”."), p["path"]),
    "file.is_directory": lambda p: fill(
        translate("Messages", "“%1” is a folder, not a file."), p["path"]
    ),
    "file.unreadable": lambda p: fill(
        translate("Messages", "Cannot read “%1”: %2."), p["path"], p["reason"]
    ),
    "file.write_failed": lambda p: fill(
        translate("Messages", "Cannot write “%1”: %2. Nothing was changed."), p["path"], p["reason"]
    ),
    "profile.unknown": lambda p: fill(
        translate(
            "Messages", "There is no installed profile or framework “%1” (see “profile list”)."
        ),
        p["key"],
    ),
    "role.unknown": lambda p: fill(
        translate("Messages", "“%2” has no role “%1” (its roles: %3)."),
        p["key"],
        p["profile"],
        p.get("choices", ""),
    ),
    "level.unknown": lambda p: fill(
        translate("Messages", "“%2” has no level “%1” (its levels: %3)."),
        p["key"],
        p["profile"],
        p.get("choices", ""),
    ),
    "data_dir.not_a_folder": lambda p: fill(
        translate("Messages", "The data folder “%1” is a file, not a folder."), p["path"]
    ),
    "data_dir.unusable": lambda p: fill(
        translate("Messages", "Cannot use the data folder “%1”: %2."), p["path"], p["reason"]
    ),
    "name.too_long": lambda p: fill(
        translate("Messages", "The name is longer than %1 characters."), p["max"]
    ),
    "proposal.empty": lambda p: translate("Messages", "The proposed wording is empty."),
    "checkin.unknown": lambda p: fill(
        translate("Messages", "There is no check-in %1 (see “checkin list”)."), p["id"]
    ),
    "checkin.not_earlier": lambda p: fill(
        translate("Messages", "Check-in %1 is not earlier than the ratings reported."), p["id"]
    ),
    "data_dir.empty": lambda p: translate("Messages", "--data-dir needs a folder name."),
    **{  # issue 15: hardening
        "data_dir.in_use": lambda p: fill(
            translate(
                "Messages",
                "Skill Ladder is open on “%1”. Close its window first; nothing was changed.",
            ),
            p["path"],
        ),
        "out.not_a_file": lambda p: fill(
            translate(
                "Messages",
                "“%1” is not a regular file (a device or a pipe, say); it was left as it is.",
            ),
            p["path"],
        ),
        "out.in_data_folder": lambda p: fill(
            translate(
                "Messages",
                "“%1” is the database or inside its backups or recovery folder; "
                "choose a name elsewhere.",
            ),
            p["path"],
        ),
        "log.unusable": lambda p: fill(
            translate("Messages", "Cannot use the log file “%1”: %2."), p["path"], p["reason"]
        ),
        "data_dir.lock_failed": lambda p: fill(
            translate(
                "Messages",
                "Cannot create the lock file in “%1”: the disk may be full or the folder "
                "not writable. Nothing was changed.",
            ),
            p["path"],
        ),
    },
    "rating.unknown": lambda p: fill(
        translate("Messages", "“%1” is not a rating; use one of: %2."), p["value"], p["choices"]
    ),
    "requirement.unknown": lambda p: fill(
        translate("Messages", "There is no requirement “%1”."), p["key"]
    ),
    "requirement.not_in_cell": lambda p: fill(
        translate("Messages", "The requirement “%1” is not one of role “%2” at level “%3”."),
        p["key"],
        p["role"],
        p["level"],
    ),
    "cell.empty": lambda p: fill(
        translate("Messages", "“%1” has no requirement for role “%2” at level “%3”."),
        p["profile"],
        p["role"],
        p["level"],
    ),
    "cell.ambiguous": lambda p: fill(
        translate(
            "Messages", "This cell holds %1 requirements; choose one with --requirement (%2)."
        ),
        p["count"],
        p["keys"],
    ),
    "note.too_long": lambda p: fill(
        translate("Messages", "The note is longer than %1 characters."), p["max"]
    ),
    "ladder.not_made_here": lambda p: fill(
        translate(
            "Messages",
            "“%1” came from a file and is not edited in place; edit a copy of it instead.",
        ),
        p["key"],
    ),
    "import.older_version": lambda p: fill(
        translate(
            "Messages",
            "“%1” version %2 is installed; the file holds the older version %3. "
            "Nothing was changed.",
        ),
        p["key"],
        p["installed"],
        p["version"],
    ),
    "database.newer": lambda p: fill(
        translate(
            "Messages",
            "The data in “%1” was written by a newer version of Skill Ladder. "
            "Install that version to open it; nothing was changed.",
        ),
        p["path"],
    ),
    "database.unreadable": lambda p: fill(
        translate("Messages", "The database “%1” cannot be read (%2)."), p["path"], p["reason"]
    ),
    "database.full": lambda p: fill(
        translate(
            "Messages",
            "The disk holding “%1” is full. Nothing more could be saved; what was saved is safe.",
        ),
        p["path"],
    ),
    "database.read_only": lambda p: fill(
        translate(
            "Messages", "“%1” is read-only. Nothing could be saved; what was saved before is safe."
        ),
        p["path"],
    ),
    "database.cannot_open": lambda p: fill(
        translate("Messages", "Cannot open the database “%1” (%2)."), p["path"], p["reason"]
    ),
    "database.io_error": lambda p: fill(
        translate(
            "Messages", "The disk could not read or write “%1”. Check the disk, then try again."
        ),
        p["path"],
    ),
    "database.locked": lambda p: fill(
        translate("Messages", "“%1” is busy in another program. Close it and try again."), p["path"]
    ),
    "database.damaged": lambda p: (
        fill(
            translate(
                "Messages",
                "The database was damaged; it was moved to “%1” and nothing in it was changed. "
                "Restore the newest good backup with: skill-ladder backup restore %2",
            ),
            p["moved"],
            p["backup"],
        )
        if p.get("backup")
        else fill(
            translate(
                "Messages",
                "The database was damaged; it was moved to “%1” and nothing in it was changed. "
                "There is no backup to restore; the next start begins with an empty one.",
            ),
            p["moved"],
        )
    ),
    "data.not_empty": lambda p: translate(
        "Messages",
        "This data folder already holds ratings or check-ins. Import with --replace to replace "
        "them (a backup is made first), or import into an empty data folder.",
    ),
    "backup.failed": lambda p: fill(
        translate("Messages", "The backup “%1” could not be made: %2."), p["path"], p["reason"]
    ),
    "backup.not_verified": lambda p: fill(
        translate("Messages", "The backup of “%1” failed its integrity check; it was not kept."),
        p["path"],
    ),
    "backup.nothing": lambda p: fill(
        translate("Messages", "There is nothing to back up yet: “%1” holds no data."), p["folder"]
    ),
    "backup.unknown": lambda p: fill(
        translate("Messages", "There is no backup “%1” (see “backup list”)."), p["id"]
    ),
    "backup.restore_failed": lambda p: fill(
        translate("Messages", "Could not restore into “%1”: %2."), p["path"], p["reason"]
    ),
    "database.foreign": lambda p: fill(
        translate("Messages", "“%1” is not a Skill Ladder database; nothing was changed."),
        p["path"],
    ),
}


# -- team actions (issue 17): the team's PostgreSQL ------------------------------------------------
_ERRORS.update(
    {
        "team.no_db": lambda p: translate(
            "Messages",
            "No team database: give one with --db (a connection string or service=NAME) "
            "or remember one with “team connect URL”.",
        ),
        "team.db_empty": lambda p: translate("Messages", "--db needs a connection string."),
        "team.db_invalid": lambda p: fill(
            translate("Messages", "That is not a PostgreSQL connection string: %1."), p["reason"]
        ),
        "team.db_password": lambda p: translate(
            "Messages",
            "Do not write the password in the connection string: put it in ~/.pgpass, the file "
            "PGPASSFILE names, or a service file.",
        ),
        "team.unreachable": lambda p: fill(
            translate("Messages", "Cannot reach the team database: %1."), p["reason"]
        ),
        "team.denied": lambda p: fill(
            translate("Messages", "The team database refused this: %1."), p["reason"]
        ),
        "team.failed": lambda p: fill(
            translate("Messages", "The team database failed: %1. Nothing was changed."),
            p["reason"],
        ),
        "team.not_initialised": lambda p: translate(
            "Messages",
            "The team database holds no Skill Ladder schema: an administrator runs “team init”.",
        ),
        "team.server_older": lambda p: fill(
            translate(
                "Messages",
                "The team database is at schema %1 and this app needs %2: "
                "an administrator runs “team init” to migrate it.",
            ),
            p["server"],
            p["app"],
        ),
        "team.server_newer": lambda p: fill(
            translate(
                "Messages",
                "The team database is at schema %1, newer than this app's %2: update Skill Ladder.",
            ),
            p["server"],
            p["app"],
        ),
        "team.not_on_team": lambda p: fill(
            translate("Messages", "%1 is not on this team: ask an administrator to add you."),
            p["login"],
        ),
        "team.not_manager": lambda p: fill(
            translate("Messages", "You (%1) are not a manager on this team."), p["login"]
        ),
        "team.not_admin": lambda p: fill(
            translate("Messages", "You (%1) are not an administrator of this team."), p["login"]
        ),
        "team.init_needs_createrole": lambda p: fill(
            translate(
                "Messages",
                "“team init” needs a login with CREATEROLE; %1 has not got it.",
            ),
            p["login"],
        ),
        "team.login_unknown": lambda p: fill(
            translate(
                "Messages",
                "There is no PostgreSQL login “%1”: create it first (createuser --pwprompt %1).",
            ),
            p["login"],
        ),
        "team.own_manager": lambda p: fill(
            translate("Messages", "%1 cannot be their own manager."), p["login"]
        ),
        "team.manager_unknown": lambda p: fill(
            translate("Messages", "The manager “%1” is not on the team: add them first."),
            p["login"],
        ),
        "team.role_kind": lambda p: fill(
            translate("Messages", "“%1” is not a team role; use one of: %2."),
            p["value"],
            p["choices"],
        ),
        "team.name_empty": lambda p: translate("Messages", "The name is empty."),
        "team.no_checkin": lambda p: translate(
            "Messages", "There is no check-in to share: close one first (checkin create)."
        ),
        "team.role_missing": lambda p: translate(
            "Messages",
            "Say which role on the ladder is yours: --role ROLE, or once with "
            "“skill-ladder my-role PROFILE ROLE”.",
        ),
        "team.role_unknown": lambda p: fill(
            translate(
                "Messages",
                "None of the team's frameworks (%2) that you have installed has the role “%1”.",
            ),
            p["role"],
            p["frameworks"],
        ),
        "team.not_shared": lambda p: fill(
            translate("Messages", "Check-in %1 is not shared (see “team shares”)."), p["id"]
        ),
        "team.number_taken": lambda p: fill(
            translate(
                "Messages",
                "Your team already has a check-in %1 of yours, made on %2: another one (from "
                "another laptop, or from before this data folder started afresh). Withdraw that "
                "one first (“team unshare %1”, or Team › Withdraw a share…) to share "
                "this one.",
            ),
            p["id"],
            p["made"],
        ),
    }
)


def describe_problem(problem: Problem) -> str:
    explain = _PROBLEMS.get(problem.code)
    text = explain(problem.params) if explain else problem.code
    return f"{problem.path}: {text}" if problem.path else text


def _system_words() -> dict[str, str]:
    """The operating system's reasons (its `strerror`, always English), in the language shown:
    the ones a person meets when a file or folder cannot be used."""
    return {
        "No such file or directory": translate("System", "No such file or directory"),
        "Permission denied": translate("System", "Permission denied"),
        "Read-only file system": translate("System", "Read-only file system"),
        "Not a directory": translate("System", "Not a directory"),
        "Is a directory": translate("System", "Is a directory"),
        "No space left on device": translate("System", "No space left on device"),
        "Disk quota exceeded": translate("System", "Disk quota exceeded"),
        "File exists": translate("System", "File exists"),
        "File name too long": translate("System", "File name too long"),
        "Input/output error": translate("System", "Input/output error"),
        "Too many levels of symbolic links": translate(
            "System", "Too many levels of symbolic links"
        ),
    }


def describe(error: SkillLadderError) -> str:
    """One sentence for the error; `problems_of` gives the lines that go with it. A `reason`
    that is the system's own words is said in the language shown."""
    explain = _ERRORS.get(error.code)
    if explain is None:
        return fill(translate("Messages", "Error: %1"), error.code)
    params = error.params
    reason = params.get("reason")
    if isinstance(reason, str):
        params = {**params, "reason": _system_words().get(reason, reason)}
    return explain(params)


def problems_of(error: SkillLadderError) -> list[str]:
    return [describe_problem(p) for p in error.problems] if isinstance(error, InvalidFile) else []


def error_line(error: SkillLadderError) -> str:
    """A refusal in one line: the sentence, then each problem of a file with its place."""
    details = problems_of(error)
    return describe(error) + ("  " + "; ".join(details) if details else "")


def unexpected(log_path: str) -> str:
    return fill(
        translate("Messages", "Something went wrong that should not have. Details are in %1."),
        log_path,
    )


# -- the spreadsheet template's header comments (issue 16) -----------------------------------
def _header_meanings() -> dict[str, dict[str, str]]:
    return {
        "Requirements": {
            "skill": translate(
                "Messages", "The skill's name in English. Rows with the same skill form it."
            ),
            "role": translate(
                "Messages",
                "The role: its name or key. Leave it empty in every row for a ladder without "
                "roles.",
            ),
            "level": translate(
                "Messages", "The level: its name or key (in ladder order: see Levels)."
            ),
            "required": translate(
                "Messages", "Whether the requirement is required: yes or no (sí, true, 1, x)."
            ),
            "text_en": translate("Messages", "What is expected, in English."),
            "text_es": translate("Messages", "What is expected, in Spanish (optional)."),
            "key": translate(
                "Messages",
                "The requirement's key (optional): ratings follow it. Made from skill, role, "
                "level and position when empty.",
            ),
            "skill_key": translate(
                "Messages", "The skill's key (optional): made from the skill's name when empty."
            ),
            "skill_name_es": translate("Messages", "The skill's name in Spanish (optional)."),
            "summary_en": translate(
                "Messages", "The skill's summary in English; its name if empty."
            ),
            "summary_es": translate("Messages", "The skill's summary in Spanish (optional)."),
            "domain_en": translate("Messages", "The skill's domain; the ladder's name if empty."),
            "domain_es": translate("Messages", "The skill's domain in Spanish (optional)."),
            "group_en": translate("Messages", "The skill's group; the ladder's name if empty."),
            "group_es": translate("Messages", "The skill's group in Spanish (optional)."),
        },
        "Levels": {
            "key": translate(
                "Messages", "The level's key (optional): made from its name when empty."
            ),
            "name_en": translate("Messages", "The level's name in English. Rows in ladder order."),
            "name_es": translate("Messages", "The level's name in Spanish (optional)."),
            "short_en": translate("Messages", "A short name for tight places (optional)."),
            "short_es": translate("Messages", "A short name in Spanish (optional)."),
        },
        "Roles": {
            "key": translate(
                "Messages", "The role's key (optional): made from its name when empty."
            ),
            "name_en": translate("Messages", "The role's name in English."),
            "name_es": translate("Messages", "The role's name in Spanish (optional)."),
        },
        "Framework": {
            "key": translate("Messages", "The ladder's key; the file's name if empty."),
            "name_en": translate(
                "Messages", "The ladder's name in English; the file's name if empty."
            ),
            "name_es": translate("Messages", "The ladder's name in Spanish (optional)."),
            "version": translate(
                "Messages",
                "Every skill's version (optional). Empty: a re-import raises the version of "
                "exactly the skills that changed.",
            ),
        },
    }


def header_comments(sheets: Sequence[Sheet]) -> dict[tuple[str, str], str]:
    """(sheet name, header) -> what the column means, for the header cells of `sheets`."""
    meanings = _header_meanings()
    return {
        (sheet.name, str(header)): meanings[sheet.name][str(header)]
        for sheet in sheets
        if sheet.name in meanings and sheet.rows
        for header in sheet.rows[0]
        if str(header) in meanings[sheet.name]
    }


def no_display() -> str:
    return translate(
        "Messages",
        "No display was found, so the window cannot open. The commands work without one: "
        "see “skill-ladder --help” (for example “skill-ladder status PROFILE ROLE”).",
    )
