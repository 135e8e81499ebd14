"""Installed profiles in the database: load them as domain objects, write imported ones.

Functions take an open `Session`; the service layer owns the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, select
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


def _load(session: Session, where: ColumnElement[bool] | None = None) -> list[Framework]:
    """Installed frameworks (those matching `where`, a condition on `FrameworkRow`) as domain
    objects, read as plain rows, five queries whatever their size: 18,000 requirements as ORM
    objects took 0.3 s of the window's start."""
    connection = session.connection()
    frameworks = select(FrameworkRow.id, FrameworkRow.key, FrameworkRow.name).order_by(
        FrameworkRow.key
    )
    if where is not None:
        frameworks = frameworks.where(where)
    found = connection.execute(frameworks).all()
    if not found:
        return []
    ids = [f.id for f in found]
    levels: dict[int, list[Level]] = {}
    level_keys: dict[int, str] = {}
    for lv in connection.execute(
        select(LevelRow.id, LevelRow.framework_id, LevelRow.key, LevelRow.name, LevelRow.short)
        .where(LevelRow.framework_id.in_(ids))
        .order_by(LevelRow.framework_id, LevelRow.position)
    ):
        levels.setdefault(lv.framework_id, []).append(
            Level(key=lv.key, name=lv.name, short=lv.short)
        )
        level_keys[lv.id] = lv.key
    roles: dict[int, list[Role]] = {}
    role_keys: dict[int, str] = {}
    for role in connection.execute(
        select(RoleRow.id, RoleRow.framework_id, RoleRow.key, RoleRow.name)
        .where(RoleRow.framework_id.in_(ids))
        .order_by(RoleRow.framework_id, RoleRow.position)
    ):
        roles.setdefault(role.framework_id, []).append(Role(key=role.key, name=role.name))
        role_keys[role.id] = role.key
    requirements: dict[int, list[Requirement]] = {}
    for r in connection.execute(
        select(
            RequirementRow.skill_id,
            RequirementRow.key,
            RequirementRow.role_id,
            RequirementRow.level_id,
            RequirementRow.required,
            RequirementRow.text,
        )
        .join(SkillRow, RequirementRow.skill_id == SkillRow.id)
        .where(SkillRow.framework_id.in_(ids))
        .order_by(RequirementRow.skill_id, RequirementRow.position)
    ):
        requirements.setdefault(r.skill_id, []).append(
            Requirement(
                key=r.key,
                role=role_keys[r.role_id],
                level=level_keys[r.level_id],
                required=r.required,
                text=r.text,
            )
        )
    skills: dict[int, list[SkillProfile]] = {}
    for sk in connection.execute(
        select(
            SkillRow.id,
            SkillRow.framework_id,
            SkillRow.key,
            SkillRow.name,
            SkillRow.summary,
            SkillRow.domain,
            SkillRow.group,
            SkillRow.version,
            SkillRow.updated,
        )
        .where(SkillRow.framework_id.in_(ids))
        .order_by(SkillRow.framework_id, SkillRow.position)
    ):
        skills.setdefault(sk.framework_id, []).append(
            SkillProfile(
                key=sk.key,
                name=sk.name,
                summary=sk.summary,
                domain=sk.domain,
                group=sk.group,
                version=sk.version,
                updated=sk.updated,
                requirements=tuple(requirements.get(sk.id, ())),
            )
        )
    return [
        Framework(
            key=f.key,
            name=f.name,
            levels=tuple(levels.get(f.id, ())),
            roles=tuple(roles.get(f.id, ())),
            skills=tuple(skills.get(f.id, ())),
        )
        for f in found
    ]


def load_frameworks(session: Session) -> list[Framework]:
    return _load(session)


def installed_versions(session: Session) -> dict[str, int]:
    return dict(session.execute(select(SkillRow.key, SkillRow.version)).all())


@dataclass(frozen=True)
class SkillOutcome:
    key: str
    installed_version: int | None
    file_version: int
    differs: bool = False  # same version installed, but the file says something else

    @property
    def action(self) -> str:
        if self.installed_version is None:
            return "added"
        if self.file_version > self.installed_version:
            return "updated"
        if self.file_version == self.installed_version:
            return "unchanged"
        return "older"


def _other_keys(session: Session, own_id: int | None) -> set[str]:
    """Every framework, skill and requirement key installed outside the framework `own_id`."""
    keys = set(session.scalars(select(FrameworkRow.key).where(FrameworkRow.id != (own_id or -1))))
    keys.update(
        session.scalars(select(SkillRow.key).where(SkillRow.framework_id != (own_id or -1)))
    )
    keys.update(
        session.scalars(
            select(RequirementRow.key)
            .join(SkillRow, RequirementRow.skill_id == SkillRow.id)
            .where(SkillRow.framework_id != (own_id or -1))
        )
    )
    return keys


def _key_conflicts(session: Session, framework: Framework, own_id: int | None) -> list[Problem]:
    """Keys of the file already used by another framework: keys are unique across everything
    installed, whatever they name (framework, skill or requirement)."""
    taken = _other_keys(session, own_id)
    problems: list[Problem] = []
    if framework.key in taken:
        problems.append(Problem("key.taken", "$.key", {"key": framework.key}))
    for s_index, skill in enumerate(framework.skills):
        if skill.key in taken:
            problems.append(Problem("key.taken", f"$.skills[{s_index}].key", {"key": skill.key}))
        for r_index, req in enumerate(skill.requirements):
            if req.key in taken:
                path = f"$.skills[{s_index}].requirements[{r_index}].key"
                problems.append(Problem("key.taken", path, {"key": req.key}))
    return problems


@dataclass(frozen=True)
class ImportPlan:
    outcomes: list[SkillOutcome]
    replace_ladder: bool  # every installed skill of the framework is rewritten by the file

    @property
    def writes(self) -> bool:
        return any(o.action in ("added", "updated") for o in self.outcomes)


def _ladder_problems(installed: Framework, framework: Framework) -> list[Problem]:
    """A file that leaves some installed skills of its framework as they are may add levels
    and roles, but not drop or reorder the ones those skills stand on."""
    installed_levels = [lv.key for lv in installed.levels]
    file_levels = [lv.key for lv in framework.levels]
    kept_order = [key for key in file_levels if key in installed_levels]
    problems = []
    if kept_order != installed_levels:
        missing = [key for key in installed_levels if key not in file_levels]
        problems.append(
            Problem(
                "framework.ladder_changed",
                "$.levels",
                {"framework": installed.key, "levels": ", ".join(missing or installed_levels)},
            )
        )
    file_roles = {r.key for r in framework.roles}
    for role in installed.roles:
        if role.key not in file_roles:
            problems.append(
                Problem(
                    "framework.role_missing",
                    "$.roles",
                    {"framework": installed.key, "key": role.key},
                )
            )
    return problems


def check_import(session: Session, framework: Framework) -> ImportPlan:
    """Raise `InvalidFile` if the file clashes with what is installed; else say what importing
    would do to each skill, and whether the file's ladder and roles replace the installed."""
    own_id = session.scalar(select(FrameworkRow.id).where(FrameworkRow.key == framework.key))
    problems = _key_conflicts(session, framework, own_id)
    versions = installed_versions(session)
    current = None if own_id is None else _load(session, FrameworkRow.id == own_id)[0]
    installed = {} if current is None else {s.key: s for s in current.skills}
    outcomes = [
        SkillOutcome(
            s.key,
            versions.get(s.key),
            s.version,
            differs=s.key in installed
            and installed[s.key].version == s.version
            and installed[s.key] != s,
        )
        for s in framework.skills
    ]
    rewritten = {o.key for o in outcomes if o.action in ("added", "updated")}
    replace = current is None or all(s.key in rewritten for s in current.skills)
    if not replace and rewritten and current is not None:
        problems += _ladder_problems(current, framework)
    if problems:
        raise InvalidFile("file.invalid", problems, count=len(problems))
    return ImportPlan(outcomes, replace)


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


def fingerprints(session: Session, framework_key: str) -> dict[str, str]:
    """The wording fingerprint of every requirement of a framework, by key."""
    return dict(
        session.execute(
            select(RequirementRow.key, RequirementRow.fingerprint)
            .join(SkillRow, RequirementRow.skill_id == SkillRow.id)
            .join(FrameworkRow, SkillRow.framework_id == FrameworkRow.id)
            .where(FrameworkRow.key == framework_key)
        ).all()
    )


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
