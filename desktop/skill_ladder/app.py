"""main(): parse arguments -> AppPaths -> log -> settings -> database (migrate) -> services ->
the window or a subcommand."""

from __future__ import annotations

import errno
import gc
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from skill_ladder.paths import AppPaths

if TYPE_CHECKING:
    from skill_ladder.services.hub import Services

log = logging.getLogger("skill_ladder")


LOG_LIMIT = 1_000_000  # bytes; the log is rotated at start once it is larger
LOG_KEPT = 3  # older logs kept: skill-ladder.log.1 (newest) to .3


def setup_logging(paths: AppPaths) -> None:
    """Log to a file in the data folder. It is rotated at start, not while writing, so that
    start-up does not load `logging.handlers` (and the socket module behind it)."""
    log_file = paths.log
    try:
        if log_file.stat().st_size > LOG_LIMIT:
            for n in range(LOG_KEPT - 1, 0, -1):
                older = log_file.with_name(f"{log_file.name}.{n}")
                if older.exists():
                    older.replace(log_file.with_name(f"{log_file.name}.{n + 1}"))
            log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:  # no log yet, or one another program holds open: keep writing to it
        pass
    handler = logging.StreamHandler(_open_log(log_file))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # A log that cannot be written (a disk that filled up) is not the person's problem: no
    # "--- Logging error ---" tracebacks on stderr.
    logging.raiseExceptions = False


def _open_log(log_file: Path) -> TextIO:
    """The log, opened for appending and owner-only: never through a symbolic link (whose
    target would be written to and chmod-ed), always a regular file. An OSError names it."""
    import os
    import stat

    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(log_file, flags, 0o600)
    except OSError as error:
        raise LogUnusable(log_file, error) from error
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LogUnusable(log_file, OSError("not a regular file"))
        os.fchmod(fd, 0o600)
    except OSError as error:
        os.close(fd)
        raise LogUnusable(log_file, error) from error
    except LogUnusable:
        os.close(fd)
        raise
    return open(fd, "a", encoding="utf-8")  # noqa: SIM115  kept open for the whole run


# A log that cannot be opened for these reasons does not stop the app: it opens read-only.
_UNWRITABLE = (errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EACCES)


class LogUnusable(OSError):
    """The log file cannot be used: the error names it (not the data folder)."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(error.errno, error.strerror or str(error))
        self.path = path


def install_excepthook(paths: AppPaths) -> None:
    """An unexpected exception is logged with its traceback and reported in one line."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, value, tb))
        from skill_ladder.wording import unexpected

        sys.stderr.write(f"skill-ladder: {unexpected(str(paths.log))}\n")

    sys.excepthook = hook


def _start_qt(window: bool, painting: bool) -> None:
    """A QApplication for the window, a QGuiApplication (offscreen unless told otherwise) for
    the report, a light QCoreApplication for other subcommands: translators need one, and
    which one cannot change later."""
    if window:
        from skill_ladder.ui.application import application

        application(focus_style=False)  # `run_window` installs it after the first paint
    elif painting:
        import os

        from PySide6.QtGui import QGuiApplication

        if not os.environ.get("QT_QPA_PLATFORM"):  # no window: no display needed
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if QGuiApplication.instance() is None:
            QGuiApplication(["skill-ladder"])
    else:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is None:
            QCoreApplication(["skill-ladder"])


def _display_found(arguments: Sequence[str]) -> bool:
    """Whether the window can open: a platform chosen (QT_QPA_PLATFORM), an X11 or Wayland
    display, or a system that needs none (Windows, macOS). `--help` needs no display."""
    import os

    if not sys.platform.startswith("linux") or {"-h", "--help"} & set(arguments):
        return True
    return any(os.environ.get(v) for v in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes a few hundred thousand objects and almost no garbage: the cyclic
    # collector would only walk them (about 45 ms). The window turns it back on once its
    # data is on screen (`run_window`), every other path when main returns.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    from skill_ladder.cli_args import PROG, parse_args, parse_globals
    from skill_ladder.errors import InvalidInput, SkillLadderError, StorageFailure, reason_of
    from skill_ladder.language import choose_language
    from skill_ladder.settings import Settings
    from skill_ladder.translations import Translations
    from skill_ladder.wording import describe, error_line, problems_of

    arguments = list(sys.argv[1:] if argv is None else argv)
    early = parse_globals(arguments)
    if not early.window:
        gc.enable()  # a command may churn through many objects (an import, a report)
    headless = early.window and not _display_found(arguments)
    _start_qt(window=early.window and not headless, painting=early.painting)
    translations = Translations()
    translations.apply(choose_language(early.lang, None))
    if headless:  # Qt would abort with six lines and exit 134
        from skill_ladder.wording import no_display

        sys.stderr.write(f"{PROG}: {no_display()}\n")
        return 1
    # A window was asked for and can open: a refusal is said in it too (not for --smoke, whose
    # caller reads stderr and would wait on the message).
    window = early.window and not early.smoke

    def refuse(failure: SkillLadderError) -> int:
        said = describe(failure)
        sys.stderr.write(f"{PROG}: {said}\n")
        if window:  # started from a menu, stderr is read by nobody
            from skill_ladder.ui.application import say_before_window

            say_before_window(said)
        return failure.exit_code

    if early.data_dir is not None and not early.data_dir.strip():
        return refuse(InvalidInput("data_dir.empty"))
    paths = AppPaths.resolve(early.data_dir)
    try:
        paths.ensure()
        setup_logging(paths)
    except LogUnusable as error:
        if error.errno in _UNWRITABLE:  # a full or read-only disk: go on, read-only, unlogged
            logging.getLogger().addHandler(logging.NullHandler())
        else:
            return refuse(StorageFailure("log.unusable", path=error.path, reason=error.strerror))
    except OSError as error:
        if paths.data_dir.exists() and not paths.data_dir.is_dir():
            return refuse(StorageFailure("data_dir.not_a_folder", path=paths.data_dir))
        return refuse(
            StorageFailure("data_dir.unusable", path=paths.data_dir, reason=reason_of(error))
        )
    install_excepthook(paths)
    settings = Settings(paths.settings)
    language = choose_language(early.lang, settings.language)
    if language != translations.language:
        translations.apply(language)
    args = parse_args(arguments, early)  # after the translators: --help, errors in the language
    try:
        if args.command == "backup":
            from skill_ladder.cli import run_backup

            return run_backup(args, paths.backup_service(), sys.stdout)
        if args.command is None:  # one window per data folder, before the database is opened
            from skill_ladder.ui.application import first_instance, run_window

            instance = first_instance(paths.data_dir)
            if instance is None:  # another window has the folder (said on stdout)
                return 1 if args.smoke else 0  # `--smoke` painted nothing: not a pass
            return run_window(
                paths,
                settings,
                translations,
                instance,
                smoke=args.smoke,
                open_services=lambda p: open_services(p, back_up=False),
                after_start=lambda: _in_background(daily_backup, paths),
            )
        services = open_services(paths)
        from skill_ladder.cli import Commands

        return Commands(services, language, sys.stdout).run(args)
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        sys.stderr.close()
        return 0
    except SkillLadderError as error:
        log.info("refused: %s", error)
        file = getattr(args, "file", None)
        named = problems_of(error) or error.code == "file.too_large"  # the message names none
        prefix = f"{file}: " if file and named else ""
        from skill_ladder.visible_text import visible  # names and keys from a hostile file

        if str(file).lower().endswith((".xlsx", ".ods", ".csv")):
            # a spreadsheet's problems, one line each, named by cell (Requirements!D12: …)
            for line in [describe(error), *problems_of(error)]:
                sys.stderr.write(f"{PROG}: {visible(f'{prefix}{line}', one_line=True)}\n")
            return error.exit_code
        sys.stderr.write(f"{PROG}: {visible(f'{prefix}{error_line(error)}', one_line=True)}\n")
        return error.exit_code


def open_services(paths: AppPaths, *, back_up: bool = True) -> Services:
    """The database (created or migrated), the services over it, the bundled profiles and,
    unless the caller does it later (the window, once its data is on screen), the daily
    backup."""
    from skill_ladder.qt_free_import import plain_imports
    from skill_ladder.storage.backups import QuickCheck

    # The file's check runs (in SQLite, without the GIL) while the storage layer is imported.
    sound = QuickCheck(paths.database) if paths.database.exists() else None
    with plain_imports():  # Qt-free layers: no need for PySide's per-module source check
        from skill_ladder.paths import bundled_profiles
        from skill_ladder.services.hub import Services
        from skill_ladder.storage.database import open_database, open_read_only, unwritable

    cannot_write = unwritable(paths.data_dir) if paths.database.exists() else None
    if cannot_write is not None:  # a full disk or a read-only folder: what is there, read
        log.warning(
            "data folder %s cannot be written (%s): read-only", paths.data_dir, cannot_write
        )
        return Services.over(open_read_only(paths.database, cannot_write))
    database = open_database(paths.database, paths.backups, paths.recovery, sound=sound)
    services = Services.over(database)
    services.catalog.install_bundled(bundled_profiles())
    if back_up:
        daily_backup(paths)
    return services


def _in_background(work: Callable[[AppPaths], None], paths: AppPaths) -> threading.Thread:
    """A thread of its own: the daily backup of a large database takes most of a second, not
    for the window's thread. The window waits for it before it lets go of the folder."""
    thread = threading.Thread(target=work, args=(paths,), name=work.__name__)
    thread.start()
    return thread


def daily_backup(paths: AppPaths) -> None:
    """The automatic backup, when one is due. A failure is logged: it must not stop the
    person working."""
    from skill_ladder.errors import SkillLadderError
    from skill_ladder.storage.database import unwritable

    reason = unwritable(paths.data_dir)
    if reason is not None:  # opened read-only: the window's bar says why
        log.info("automatic backup skipped: the folder cannot be written (%s)", reason)
        return
    try:
        paths.backup_service().automatic()
    except SkillLadderError as error:
        log.error("automatic backup failed: %s", error)
    except Exception:  # on its own thread: nobody else would see it
        log.exception("automatic backup failed")
