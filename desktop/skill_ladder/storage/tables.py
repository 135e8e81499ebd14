"""The schema, as SQLAlchemy Core tables: the one place it is written down.

Catalogue tables (frameworks, levels, roles, skills, requirements) hold installed profiles;
personal tables (ratings, rating_events, checkins, checkin_items, checkin_texts, targets,
my_roles, follows, proposals, person) hold the person's data. Personal rows refer to
requirements and skills by *key*, not by id, so ratings survive a profile being re-imported,
updated or removed and imported again.
Times are stored in UTC.

Everything the window reads and the rating it saves goes through these tables with Core
statements. The ORM (`models`, mapped onto these same tables) loads only when a profile is
written or removed, where its unit of work earns its cost: importing it and configuring the
mappers took about 50 ms of every start (issue 8).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
KEY = 80  # the longest key (framework, skill, requirement, role, level)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored as naive UTC text by SQLite."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; the app stores UTC times only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _key(name: str = "key", **options: object) -> Column[str]:
    return Column(name, String(KEY), nullable=False, **options)  # type: ignore[arg-type]


def _parent(name: str, target: str) -> Column[int]:
    return Column(name, ForeignKey(target, ondelete="CASCADE"), nullable=False)


def _texts(name: str) -> Column[dict[str, str]]:
    """Texts by language (`{"en": ..., "es": ...}`), as JSON."""
    return Column(name, JSON, nullable=False)


def _int(name: str) -> Column[int]:
    return Column(name, Integer, nullable=False)


def _note(name: str = "note") -> Column[str]:
    return Column(name, Text, nullable=False, default="")


def _moment(name: str, **options: object) -> Column[datetime]:
    return Column(name, UTCDateTime, nullable=False, **options)  # type: ignore[arg-type]


frameworks = Table(
    "frameworks",
    metadata,
    _id(),
    _key(unique=True),
    _texts("name"),
    _moment("imported_at"),
)

levels = Table(
    "levels",
    metadata,
    _id(),
    _parent("framework_id", "frameworks.id"),
    _key(),
    _int("position"),
    _texts("name"),
    _texts("short"),
    UniqueConstraint("framework_id", "key"),
)

roles = Table(
    "roles",
    metadata,
    _id(),
    _parent("framework_id", "frameworks.id"),
    _key(),
    _int("position"),
    _texts("name"),
    UniqueConstraint("framework_id", "key"),
)

skills = Table(
    "skills",
    metadata,
    _id(),
    _parent("framework_id", "frameworks.id"),
    _key(unique=True),
    _int("position"),
    _texts("name"),
    _texts("summary"),
    _texts("domain"),
    _texts("group"),
    _int("version"),
    Column("updated", Date, nullable=False),
)

requirements = Table(
    "requirements",
    metadata,
    _id(),
    Column("skill_id", ForeignKey("skills.id", ondelete="CASCADE"), nullable=False, index=True),
    _key(unique=True),
    _parent("role_id", "roles.id"),
    _parent("level_id", "levels.id"),
    _int("position"),
    Column("required", Boolean, nullable=False),
    _texts("text"),
    Column("fingerprint", String(32), nullable=False),
    Index("ix_requirements_role_level", "role_id", "level_id"),
)

# The current rating and evidence note of one requirement (by key).
ratings = Table(
    "ratings",
    metadata,
    Column("requirement_key", String(KEY), primary_key=True),
    Column("value", Integer),
    _note(),
    Column("rated_fingerprint", String(32)),
    _moment("updated_at"),
)

# Every change of a rating or note, appended, never rewritten.
rating_events = Table(
    "rating_events",
    metadata,
    _id(),
    _key("requirement_key", index=True),
    Column("value", Integer),
    _note(),
    _moment("at", index=True),
)

checkins = Table(
    "checkins",
    metadata,
    _id(),
    _moment("created_at"),
    _note(),
    # How many items have a rating; kept here because a check-in never changes (0002).
    Column("rated", Integer, nullable=False, default=0, server_default="0"),
)

# A requirement's texts as frozen by a check-in, kept once however many check-ins froze them
# (0003): found by the SHA-1 of the JSON as stored (`checkin_store.text_ids`).
checkin_texts = Table(
    "checkin_texts",
    metadata,
    _id(),
    Column("digest", String(40), nullable=False, unique=True),
    _texts("text"),
)

# One requirement as it stood at a check-in: its text, flag, place and rating, frozen.
checkin_items = Table(
    "checkin_items",
    metadata,
    _id(),
    _parent("checkin_id", "checkins.id"),
    _key("requirement_key"),
    _key("framework_key"),
    _key("skill_key"),
    _int("skill_version"),
    _key("role_key"),
    _key("level_key"),
    _int("level_position"),
    _int("position"),
    Column("required", Boolean, nullable=False),
    Column("text_id", ForeignKey("checkin_texts.id"), nullable=False),
    Column("value", Integer),
    _note(),
    UniqueConstraint("checkin_id", "requirement_key"),
    # One role's history across every check-in (0002): the growth view's query.
    Index("ix_checkin_items_role", "role_key", "framework_key"),
    # Whether a text is still used (0003): without it, dropping the texts of a deleted
    # check-in scanned every item once per text, minutes for a large framework.
    Index("ix_checkin_items_text_id", "text_id"),
    # One framework's items of one check-in (0005): the report's growth and What changed;
    # without it they walked every item of the check-in, of every installed ladder.
    Index("ix_checkin_items_checkin_framework", "checkin_id", "framework_key"),
)

# The level a person aims for in one role of one framework.
targets = Table(
    "targets",
    metadata,
    Column("framework_key", String(KEY), primary_key=True),
    Column("role_key", String(KEY), primary_key=True),
    _key("level_key"),
)

# The person's own role in one framework (0004): what Where am I, the plan and the report
# follow, whatever role is being browsed.
my_roles = Table(
    "my_roles",
    metadata,
    Column("framework_key", String(KEY), primary_key=True),
    _key("role_key"),
)

follows = Table(
    "follows",
    metadata,
    Column("skill_key", String(KEY), primary_key=True),
    _moment("since"),
)

# A suggested change to a requirement's wording, for the profile's maintainer.
proposals = Table(
    "proposals",
    metadata,
    _id(),
    _key("requirement_key", index=True),
    Column("proposed_text", Text, nullable=False),
    _note("reason"),
    _moment("created_at"),
)

# Small personal values (the person's name for reports, the dismissed bundled profiles).
person = Table(
    "person",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

# The person's own data, as opposed to the installed catalogue (export, import, emptiness).
PERSONAL = (
    ratings,
    rating_events,
    checkin_items,
    checkin_texts,
    checkins,
    targets,
    my_roles,
    follows,
    proposals,
    person,
)
