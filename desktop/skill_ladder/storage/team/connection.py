"""Connecting to the team's PostgreSQL: a libpq connection string or service name, with
passwords from libpq's own sources (`~/.pgpass`, PGPASSFILE, a service file), never stored by
the app; a 5 s connect timeout unless the string sets one. psycopg 3 through SQLAlchemy,
imported here, on the first team action only."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from sqlalchemy import Connection, Engine, create_engine, exc
from sqlalchemy.pool import NullPool

from skill_ladder.errors import InvalidInput, SkillLadderError, TeamFailure

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
# One engine per connection string for the life of the process: SQLAlchemy asks the server
# about itself on an engine's first connection only (a window's second action skips it).
# NullPool: every action still opens and closes its own connection.
_ENGINES: dict[str, Engine] = {}
APPLICATION_NAME = "skill-ladder"


def parse_url(url: str) -> dict[str, Any]:
    """The parts of a connection string (`service=acme`, `host=… dbname=…`, or a
    `postgresql://` URI); refuses a password written in it (libpq's files hold those)."""
    if not url.strip():
        raise InvalidInput("team.db_empty")
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise InvalidInput("team.db_invalid", reason=_first_line(error)) from None
    if "password" in parts:
        raise InvalidInput("team.db_password")
    return parts


def connection_string(url: str) -> str:
    """`url` with the app's defaults added where it sets none: the connect timeout and the
    application name (seen in `pg_stat_activity`)."""
    parts = parse_url(url)
    extra: dict[str, Any] = {}
    if "connect_timeout" not in parts:
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    if "application_name" not in parts:
        extra["application_name"] = APPLICATION_NAME
    return make_conninfo(url, **extra)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0].strip() if text else type(error).__name__


def team_error(error: BaseException) -> SkillLadderError:
    """A database error as one of ours, worded for a person (never a traceback)."""
    original = getattr(error, "orig", None) or error
    reason = _first_line(original)
    if isinstance(original, pg_errors.InsufficientPrivilege):
        return TeamFailure("team.denied", reason=reason)
    if isinstance(original, pg_errors.InvalidSchemaName | pg_errors.UndefinedTable):
        return TeamFailure("team.not_initialised")
    if isinstance(original, psycopg.OperationalError):
        return TeamFailure("team.unreachable", reason=reason)
    return TeamFailure("team.failed", reason=reason)


class TeamDatabase:
    """The team server behind one connection string. Each unit of work is one connection and
    one transaction: all of it or nothing."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._conninfo = connection_string(url)
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            conninfo = self._conninfo
            engine = _ENGINES.get(conninfo)
            if engine is None:
                engine = create_engine(
                    "postgresql+psycopg://",
                    creator=lambda: psycopg.connect(conninfo),
                    poolclass=NullPool,
                )
                _ENGINES[conninfo] = engine
            self._engine = engine
        return self._engine

    def raw_connect(self) -> psycopg.Connection[Any]:
        """A plain psycopg connection (COPY for the benchmark's fill)."""
        try:
            return psycopg.connect(self._conninfo)
        except psycopg.Error as error:
            raise team_error(error) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except SkillLadderError:
            raise
        except (exc.DBAPIError, psycopg.Error) as error:
            log.info("team database: %s", error)
            raise team_error(error) from None

    def close(self) -> None:
        """Nothing stays open between actions (NullPool); the engine is kept for the next."""
        self._engine = None
