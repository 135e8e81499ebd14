"""The team schema as Core tables (PostgreSQL schema `skill_ladder`). Every table that holds
personal data has a `login` column: row-level security compares it with the connected login.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

SCHEMA = "skill_ladder"

metadata = MetaData(schema=SCHEMA)

people = Table(
    "people",
    metadata,
    Column("login", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("manager", Text, ForeignKey("people.login", ondelete="SET NULL"), nullable=True),
    Column("team_role", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
)

frameworks = Table(
    "frameworks",
    metadata,
    Column("key", Text, primary_key=True),
    Column("versions", JSONB, nullable=False),  # {skill key: version}
    Column("document", LargeBinary, nullable=False),  # the profile file, as an export writes it
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("published_by", Text, nullable=False, server_default=text("session_user")),
)

checkins = Table(
    "checkins",
    metadata,
    Column("id", BigInteger, Identity(), primary_key=True),
    Column(
        "login",
        Text,
        ForeignKey("people.login", ondelete="CASCADE"),
        nullable=False,
        server_default=text("session_user"),
    ),
    Column("local_id", Integer, nullable=False),  # the check-in's number on the person's laptop
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("shared_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    Column("notes_shared", SmallInteger, nullable=False, server_default=text("0")),
    UniqueConstraint("login", "local_id"),
    UniqueConstraint("id", "login"),
)

ratings = Table(
    "ratings",
    metadata,
    Column("checkin_id", BigInteger, primary_key=True),
    Column("requirement_key", Text, primary_key=True),
    Column("login", Text, nullable=False, server_default=text("session_user")),
    Column("framework", Text, nullable=False),
    Column("value", SmallInteger, nullable=False),
    ForeignKeyConstraint(
        ["checkin_id", "login"], ["checkins.id", "checkins.login"], ondelete="CASCADE"
    ),
)

notes = Table(
    "notes",
    metadata,
    Column("checkin_id", BigInteger, primary_key=True),
    Column("requirement_key", Text, primary_key=True),
    Column("login", Text, nullable=False, server_default=text("session_user")),
    Column("note", Text, nullable=False),
    ForeignKeyConstraint(
        ["checkin_id", "login"], ["checkins.id", "checkins.login"], ondelete="CASCADE"
    ),
)

standings = Table(
    "standings",
    metadata,
    Column("checkin_id", BigInteger, primary_key=True),
    Column("framework", Text, primary_key=True),
    Column("login", Text, nullable=False, server_default=text("session_user")),
    Column("created_at", DateTime(timezone=True), nullable=False),  # the check-in's
    Column("role", Text, nullable=False),
    Column("estimated_level", Text, nullable=True),
    Column("levels", JSONB, nullable=False),  # the level objects of `status --json`
    ForeignKeyConstraint(
        ["checkin_id", "login"], ["checkins.id", "checkins.login"], ondelete="CASCADE"
    ),
)

# A person's last shared standing for a framework: one index probe per person.
Index(
    "ix_standings_latest", standings.c.framework, standings.c.login, standings.c.created_at.desc()
)
Index("ix_people_manager", people.c.manager)
Index("ix_checkins_login", checkins.c.login, checkins.c.created_at.desc())

PERSONAL_TABLES = ("people", "checkins", "ratings", "notes", "standings")
