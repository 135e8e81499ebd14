"""The schema, as typed SQLAlchemy 2 ORM models.

Catalogue tables (frameworks, levels, roles, skills, requirements) hold installed profiles;
personal tables (ratings, rating_events, checkins, targets, follows, proposals, person) hold
the person's data. Personal rows refer to requirements and skills by *key*, not by id, so
ratings survive a profile being re-imported, updated or removed and imported again.
Times are stored in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Texts = dict[str, str]


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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, str]: JSON, dict[str, Any]: JSON}


class FrameworkRow(Base):
    __tablename__ = "frameworks"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[Texts]
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)

    levels: Mapped[list[LevelRow]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="LevelRow.position"
    )
    roles: Mapped[list[RoleRow]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="RoleRow.position"
    )
    skills: Mapped[list[SkillRow]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="SkillRow.position"
    )


class LevelRow(Base):
    __tablename__ = "levels"
    __table_args__ = (UniqueConstraint("framework_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[Texts]
    short: Mapped[Texts]

    framework: Mapped[FrameworkRow] = relationship(back_populates="levels")


class RoleRow(Base):
    __tablename__ = "roles"
    __table_args__ = (UniqueConstraint("framework_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[Texts]

    framework: Mapped[FrameworkRow] = relationship(back_populates="roles")


class SkillRow(Base):
    __tablename__ = "skills"

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[Texts]
    summary: Mapped[Texts]
    domain: Mapped[Texts]
    group: Mapped[Texts]
    version: Mapped[int] = mapped_column(Integer)
    updated: Mapped[date] = mapped_column(Date)

    framework: Mapped[FrameworkRow] = relationship(back_populates="skills")
    requirements: Mapped[list[RequirementRow]] = relationship(
        back_populates="skill", cascade="all, delete-orphan", order_by="RequirementRow.position"
    )


class RequirementRow(Base):
    __tablename__ = "requirements"
    __table_args__ = (Index("ix_requirements_role_level", "role_id", "level_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"))
    level_id: Mapped[int] = mapped_column(ForeignKey("levels.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    required: Mapped[bool] = mapped_column(Boolean)
    text: Mapped[Texts]
    fingerprint: Mapped[str] = mapped_column(String(32))

    skill: Mapped[SkillRow] = relationship(back_populates="requirements")
    role: Mapped[RoleRow] = relationship()
    level: Mapped[LevelRow] = relationship()


class RatingRow(Base):
    """The current rating and evidence note of one requirement (by key)."""

    __tablename__ = "ratings"

    requirement_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    rated_fingerprint: Mapped[str | None] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RatingEventRow(Base):
    """Every change of a rating or note, appended, never rewritten."""

    __tablename__ = "rating_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    requirement_key: Mapped[str] = mapped_column(String(80), index=True)
    value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class CheckinRow(Base):
    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    # How many items have a rating; kept here because a check-in never changes (0002).
    rated: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    items: Mapped[list[CheckinItemRow]] = relationship(
        back_populates="checkin", cascade="all, delete-orphan", passive_deletes=True
    )


class CheckinItemRow(Base):
    """One requirement as it stood at a check-in: its text, flag, place and rating, frozen."""

    __tablename__ = "checkin_items"
    __table_args__ = (
        UniqueConstraint("checkin_id", "requirement_key"),
        # One role's history across every check-in (0002): the growth view's query.
        Index("ix_checkin_items_role", "role_key", "framework_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(80))
    framework_key: Mapped[str] = mapped_column(String(80))
    skill_key: Mapped[str] = mapped_column(String(80))
    skill_version: Mapped[int] = mapped_column(Integer)
    role_key: Mapped[str] = mapped_column(String(80))
    level_key: Mapped[str] = mapped_column(String(80))
    level_position: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    required: Mapped[bool] = mapped_column(Boolean)
    text: Mapped[Texts]
    value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    checkin: Mapped[CheckinRow] = relationship(back_populates="items")


class TargetRow(Base):
    """The level a person aims for in one role of one framework."""

    __tablename__ = "targets"

    framework_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    role_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    level_key: Mapped[str] = mapped_column(String(80))


class FollowRow(Base):
    __tablename__ = "follows"

    skill_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    since: Mapped[datetime] = mapped_column(UTCDateTime)


class ProposalRow(Base):
    """A suggested change to a requirement's wording, for the profile's maintainer."""

    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    requirement_key: Mapped[str] = mapped_column(String(80), index=True)
    proposed_text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PersonRow(Base):
    """Small personal values (the person's name for reports)."""

    __tablename__ = "person"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
