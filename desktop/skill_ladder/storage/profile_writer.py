"""Writing installed profiles: the imported tree (framework, levels, roles, skills,
requirements) through the ORM, and removing a framework or skill with its tree.

Functions take an open `Session`; the service layer owns the transaction. This is the only
user of the ORM (`models`): it is imported when a profile is written, not at start.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from skill_ladder.domain.profile import Framework, SkillProfile, text_fingerprint
from skill_ladder.storage.catalog_store import ImportPlan
from skill_ladder.storage.models import FrameworkRow, LevelRow, RequirementRow, RoleRow, SkillRow


def _framework_query() -> Select[FrameworkRow]:
    return select(FrameworkRow).options(
        selectinload(FrameworkRow.levels),
        selectinload(FrameworkRow.roles),
        selectinload(FrameworkRow.skills).selectinload(SkillRow.requirements),
    )


def _sync_ladder(session: Session, row: FrameworkRow, framework: Framework, replace: bool) -> None:
    """Levels and roles as the file has them. With `replace`, names follow the file and
    unused levels and roles go; otherwise installed names stay and new ones are added."""
    levels = {lv.key: lv for lv in row.levels}
    for position, level in enumerate(framework.levels):
        existing = levels.get(level.key)
        if existing is None:
            row.levels.append(
                LevelRow(
                    key=level.key, position=position, name=dict(level.name), short=dict(level.short)
                )
            )
            continue
        existing.position = position
        if replace:
            existing.name, existing.short = dict(level.name), dict(level.short)
    roles = {r.key: r for r in row.roles}
    for position, role in enumerate(framework.roles):
        existing_role = roles.get(role.key)
        if existing_role is None:
            row.roles.append(RoleRow(key=role.key, position=position, name=dict(role.name)))
            continue
        existing_role.position = position
        if replace:
            existing_role.name = dict(role.name)
    session.flush()


def _drop_unused(session: Session, row: FrameworkRow, framework: Framework) -> None:
    wanted_levels = {lv.key for lv in framework.levels}
    wanted_roles = {r.key for r in framework.roles}
    for level in [lv for lv in row.levels if lv.key not in wanted_levels]:
        row.levels.remove(level)
    for role in [r for r in row.roles if r.key not in wanted_roles]:
        row.roles.remove(role)


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
    session: Session, framework: Framework, plan: ImportPlan, now: datetime
) -> None:
    """Store the added and updated skills of `framework`, and its ladder and roles."""
    row = session.scalars(_framework_query().where(FrameworkRow.key == framework.key)).one_or_none()
    if row is None:
        row = FrameworkRow(key=framework.key, name=dict(framework.name), imported_at=now)
        session.add(row)
    elif plan.replace_ladder:
        row.name = dict(framework.name)
    row.imported_at = now
    _sync_ladder(session, row, framework, plan.replace_ladder)
    level_ids = {lv.key: lv.id for lv in row.levels}
    role_ids = {r.key: r.id for r in row.roles}
    action = {o.key: o.action for o in plan.outcomes}
    rewritten = {s.key: s for s in framework.skills if action[s.key] in ("added", "updated")}
    incoming = {req.key for skill in rewritten.values() for req in skill.requirements}
    # A requirement may move from one skill of the framework to another: free its key first.
    for skill_row in row.skills:
        target = rewritten.get(skill_row.key)
        keep = set() if target is None else {q.key for q in target.requirements}
        skill_row.requirements = [
            r for r in skill_row.requirements if r.key not in incoming or r.key in keep
        ]
    session.flush()
    skills = {s.key: s for s in row.skills}
    for position, skill in enumerate(framework.skills):
        if skill.key not in rewritten:
            continue
        found = skills.get(skill.key)
        if found is None:
            found = SkillRow(key=skill.key, position=len(row.skills) + position)
            row.skills.append(found)
        _write_skill(found, skill, level_ids, role_ids)
    if plan.replace_ladder:
        session.flush()
        _drop_unused(session, row, framework)


def delete_framework_or_skill(session: Session, key: str) -> bool:
    """Remove an installed framework or skill profile; personal data stays (it is keyed)."""
    framework = session.scalar(select(FrameworkRow).where(FrameworkRow.key == key))
    if framework is not None:
        session.delete(framework)
        return True
    skill = session.scalar(select(SkillRow).where(SkillRow.key == key))
    if skill is None:
        return False
    parent = skill.framework
    session.delete(skill)
    session.flush()
    if not parent.skills:  # a framework with no skill left is of no use
        session.delete(parent)
    return True
