"""The ORM, mapped onto the catalogue's tables (`tables`), for writing installed profiles.

Importing a profile rewrites a tree (framework → levels, roles, skills → requirements) that the
unit of work and its cascades handle well; removing one deletes such a tree. Nothing else uses
the ORM, and this module is imported only by `profile_writer`: the window's start and every
read are Core statements on `tables` (see its docstring for why).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from skill_ladder.storage import tables

Texts = dict[str, str]


class Base(DeclarativeBase):
    metadata = tables.metadata


class FrameworkRow(Base):
    __table__ = tables.frameworks

    id: Mapped[int]
    key: Mapped[str]
    name: Mapped[Texts]
    imported_at: Mapped[datetime]

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
    __table__ = tables.levels

    id: Mapped[int]
    framework_id: Mapped[int]
    key: Mapped[str]
    position: Mapped[int]
    name: Mapped[Texts]
    short: Mapped[Texts]

    framework: Mapped[FrameworkRow] = relationship(back_populates="levels")


class RoleRow(Base):
    __table__ = tables.roles

    id: Mapped[int]
    framework_id: Mapped[int]
    key: Mapped[str]
    position: Mapped[int]
    name: Mapped[Texts]

    framework: Mapped[FrameworkRow] = relationship(back_populates="roles")


class SkillRow(Base):
    __table__ = tables.skills

    id: Mapped[int]
    framework_id: Mapped[int]
    key: Mapped[str]
    position: Mapped[int]
    name: Mapped[Texts]
    summary: Mapped[Texts]
    domain: Mapped[Texts]
    group: Mapped[Texts]
    version: Mapped[int]
    updated: Mapped[date]

    framework: Mapped[FrameworkRow] = relationship(back_populates="skills")
    requirements: Mapped[list[RequirementRow]] = relationship(
        back_populates="skill", cascade="all, delete-orphan", order_by="RequirementRow.position"
    )


class RequirementRow(Base):
    __table__ = tables.requirements

    id: Mapped[int]
    skill_id: Mapped[int]
    key: Mapped[str]
    role_id: Mapped[int]
    level_id: Mapped[int]
    position: Mapped[int]
    required: Mapped[bool]
    text: Mapped[Texts]
    fingerprint: Mapped[str]

    skill: Mapped[SkillRow] = relationship(back_populates="requirements")
    role: Mapped[RoleRow] = relationship()
    level: Mapped[LevelRow] = relationship()
