"""Installed profiles in the database: load them as domain objects, write imported ones.

Functions take an open `Session`; the service layer owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from skill_ladder.domain.profile import (
    Framework,
    Level,
    Requirement,
    Role,
    SkillProfile,
    text_fingerprint,
)
from skill_ladder.errors import InvalidFile, Problem
from skill_ladder.storage.models import (
    FrameworkRow,
    LevelRow,
    RequirementRow,
    RoleRow,
    SkillRow,
)


def _framework_query() -> Select[FrameworkRow]:
    return select(FrameworkRow).options(
        selectinload(FrameworkRow.levels),
        selectinload(FrameworkRow.roles),
        selectinload(FrameworkRow.skills).selectinload(SkillRow.requirements),
    )


def _to_domain(row: FrameworkRow, skill_keys: Iterable[str] | None = None) -> Framework:
    wanted = None if skill_keys is None else set(skill_keys)
    level_keys = {lv.id: lv.key for lv in row.levels}
    role_keys = {r.id: r.key for r in row.roles}
    skills = tuple(
        SkillProfile(
            key=s.key,
            name=s.name,
            summary=s.summary,
            domain=s.domain,
            group=s.group,
            version=s.version,
            updated=s.updated,
            requirements=tuple(
                Requirement(
                    key=r.key,
                    role=role_keys[r.role_id],
                    level=level_keys[r.level_id],
                    required=r.required,
                    text=r.text,
                )
                for r in s.requirements
            ),
        )
        for s in row.skills
        if wanted is None or s.key in wanted
    )
    return Framework(
        key=row.key,
        name=row.name,
        levels=tuple(Level(key=lv.key, name=lv.name, short=lv.short) for lv in row.levels),
        roles=tuple(Role(key=r.key, name=r.name) for r in row.roles),
        skills=skills,
    )


def load_frameworks(session: Session) -> list[Framework]:
    rows = session.scalars(_framework_query().order_by(FrameworkRow.key)).all()
    return [_to_domain(row) for row in rows]


def load_scope(session: Session, key: str) -> Framework | None:
    """A framework by its key (all its skills), or by a skill's key (that skill only)."""
    row = session.scalars(_framework_query().where(FrameworkRow.key == key)).one_or_none()
    if row is not None:
        return _to_domain(row)
    framework_id = session.scalar(select(SkillRow.framework_id).where(SkillRow.key == key))
    if framework_id is None:
        return None
    row = session.scalars(_framework_query().where(FrameworkRow.id == framework_id)).one()
    return _to_domain(row, [key])


def installed_versions(session: Session) -> dict[str, int]:
    return dict(session.execute(select(SkillRow.key, SkillRow.version)).all())


@dataclass(frozen=True)
class SkillOutcome:
    key: str
    installed_version: int | None
    file_version: int

    @property
    def action(self) -> str:
        if self.installed_version is None:
            return "added"
        if self.file_version > self.installed_version:
            return "updated"
        if self.file_version == self.installed_version:
            return "unchanged"
        return "older"


def _key_conflicts(session: Session, framework: Framework) -> list[Problem]:
    """Keys of the file already used by another framework (keys are unique across everything)."""
    problems: list[Problem] = []
    own_id = session.scalar(select(FrameworkRow.id).where(FrameworkRow.key == framework.key))
    skill_keys = [s.key for s in framework.skills]
    other_skills = dict(
        session.execute(
            select(SkillRow.key, SkillRow.framework_id).where(SkillRow.key.in_(skill_keys))
        ).all()
    )
    if session.scalar(select(SkillRow.id).where(SkillRow.key == framework.key)) is not None:
        problems.append(Problem("key.taken", "$.key", {"key": framework.key}))
    for s_index, skill in enumerate(framework.skills):
        if skill.key in other_skills and other_skills[skill.key] != own_id:
            problems.append(Problem("key.taken", f"$.skills[{s_index}].key", {"key": skill.key}))
        if session.scalar(select(FrameworkRow.id).where(FrameworkRow.key == skill.key)):
            problems.append(Problem("key.taken", f"$.skills[{s_index}].key", {"key": skill.key}))
    requirement_owner: dict[str, str] = {}
    all_keys = [r.key for s in framework.skills for r in s.requirements]
    for chunk_start in range(0, len(all_keys), 500):
        chunk = all_keys[chunk_start : chunk_start + 500]
        requirement_owner.update(
            session.execute(
                select(RequirementRow.key, SkillRow.key)
                .join(SkillRow, RequirementRow.skill_id == SkillRow.id)
                .where(RequirementRow.key.in_(chunk))
            ).all()
        )
    for s_index, skill in enumerate(framework.skills):
        for r_index, req in enumerate(skill.requirements):
            owner = requirement_owner.get(req.key)
            if owner is not None and owner != skill.key:
                problems.append(
                    Problem(
                        "key.taken",
                        f"$.skills[{s_index}].requirements[{r_index}].key",
                        {"key": req.key},
                    )
                )
    return problems


def check_import(session: Session, framework: Framework) -> list[SkillOutcome]:
    """Raise `InvalidFile` if the file's keys clash with another framework's; else say what
    importing would do to each skill."""
    problems = _key_conflicts(session, framework)
    if problems:
        raise InvalidFile("file.invalid", problems, count=len(problems))
    versions = installed_versions(session)
    return [SkillOutcome(s.key, versions.get(s.key), s.version) for s in framework.skills]


def _sync_ladder(session: Session, row: FrameworkRow, framework: Framework) -> None:
    levels = {lv.key: lv for lv in row.levels}
    for position, level in enumerate(framework.levels):
        existing = levels.get(level.key)
        if existing is None:
            row.levels.append(
                LevelRow(
                    key=level.key, position=position, name=dict(level.name), short=dict(level.short)
                )
            )
        else:
            existing.position, existing.name, existing.short = (
                position,
                dict(level.name),
                dict(level.short),
            )
    kept = [lv for lv in row.levels if lv.key not in {x.key for x in framework.levels}]
    for offset, level_row in enumerate(kept, start=len(framework.levels)):
        level_row.position = offset
    roles = {r.key: r for r in row.roles}
    for position, role in enumerate(framework.roles):
        existing_role = roles.get(role.key)
        if existing_role is None:
            row.roles.append(RoleRow(key=role.key, position=position, name=dict(role.name)))
        else:
            existing_role.position, existing_role.name = position, dict(role.name)
    kept_roles = [r for r in row.roles if r.key not in {x.key for x in framework.roles}]
    for offset, role_row in enumerate(kept_roles, start=len(framework.roles)):
        role_row.position = offset
    session.flush()


def _write_skill(
    row: SkillRow, skill: SkillProfile, level_ids: dict[str, int], role_ids: dict[str, int]
) -> None:
    row.name, row.summary = dict(skill.name), dict(skill.summary)
    row.domain, row.group = dict(skill.domain), dict(skill.group)
    row.version, row.updated = skill.version, skill.updated
    existing = {r.key: r for r in row.requirements}
    fresh: list[RequirementRow] = []
    for position, req in enumerate(skill.requirements):
        req_row = existing.get(req.key) or RequirementRow(key=req.key)
        req_row.role_id, req_row.level_id = role_ids[req.role], level_ids[req.level]
        req_row.position, req_row.required = position, req.required
        req_row.text, req_row.fingerprint = dict(req.text), text_fingerprint(req.text)
        fresh.append(req_row)
    row.requirements = fresh  # requirements no longer in the file are deleted; ratings stay by key


def write_framework(
    session: Session, framework: Framework, outcomes: list[SkillOutcome], now: datetime
) -> None:
    """Store the added and updated skills of `framework` (and its ladder and roles)."""
    row = session.scalars(_framework_query().where(FrameworkRow.key == framework.key)).one_or_none()
    if row is None:
        row = FrameworkRow(key=framework.key, name=dict(framework.name), imported_at=now)
        session.add(row)
    row.name, row.imported_at = dict(framework.name), now
    _sync_ladder(session, row, framework)
    level_ids = {lv.key: lv.id for lv in row.levels}
    role_ids = {r.key: r.id for r in row.roles}
    skills = {s.key: s for s in row.skills}
    action = {o.key: o.action for o in outcomes}
    for position, skill in enumerate(framework.skills):
        if action[skill.key] not in ("added", "updated"):
            continue
        skill_row = skills.get(skill.key)
        if skill_row is None:
            skill_row = SkillRow(key=skill.key, position=len(row.skills) + position)
            row.skills.append(skill_row)
        _write_skill(skill_row, skill, level_ids, role_ids)


def delete_framework_or_skill(session: Session, key: str) -> bool:
    """Remove an installed framework or skill profile; personal data stays (it is keyed)."""
    framework = session.scalar(select(FrameworkRow).where(FrameworkRow.key == key))
    if framework is not None:
        session.delete(framework)
        return True
    skill = session.scalar(select(SkillRow).where(SkillRow.key == key))
    if skill is None:
        return False
    session.delete(skill)
    return True
