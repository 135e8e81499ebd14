"""Installed profiles in the database: load them as domain objects, and check a file
against them before it is imported (`profile_writer` writes it).

Core statements on `tables`; functions take an open `Connection` (inside an ORM transaction,
its `session.connection()`); the service layer owns the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, select

from skill_ladder.domain.profile import Framework, Level, Requirement, Role, SkillProfile
from skill_ladder.errors import InvalidFile, Problem
from skill_ladder.storage.tables import frameworks, levels, requirements, roles, skills


def _load(connection: Connection, where: ColumnElement[bool] | None = None) -> list[Framework]:
    """Installed frameworks (those matching `where`, a condition on `frameworks`) as domain
    objects, read as plain rows, five queries whatever their size: 18,000 requirements as ORM
    objects took 0.3 s of the window's start."""
    query = select(frameworks.c.id, frameworks.c.key, frameworks.c.name).order_by(frameworks.c.key)
    if where is not None:
        query = query.where(where)
    found = connection.execute(query).all()
    if not found:
        return []
    ids = [f.id for f in found]
    ladders: dict[int, list[Level]] = {}
    level_keys: dict[int, str] = {}
    for lv in connection.execute(
        select(levels.c.id, levels.c.framework_id, levels.c.key, levels.c.name, levels.c.short)
        .where(levels.c.framework_id.in_(ids))
        .order_by(levels.c.framework_id, levels.c.position)
    ):
        ladders.setdefault(lv.framework_id, []).append(
            Level(key=lv.key, name=lv.name, short=lv.short)
        )
        level_keys[lv.id] = lv.key
    role_lists: dict[int, list[Role]] = {}
    role_keys: dict[int, str] = {}
    for role in connection.execute(
        select(roles.c.id, roles.c.framework_id, roles.c.key, roles.c.name)
        .where(roles.c.framework_id.in_(ids))
        .order_by(roles.c.framework_id, roles.c.position)
    ):
        role_lists.setdefault(role.framework_id, []).append(Role(key=role.key, name=role.name))
        role_keys[role.id] = role.key
    of_skill: dict[int, list[Requirement]] = {}
    for r in connection.execute(
        select(
            requirements.c.skill_id,
            requirements.c.key,
            requirements.c.role_id,
            requirements.c.level_id,
            requirements.c.required,
            requirements.c.text,
        )
        .join(skills, requirements.c.skill_id == skills.c.id)
        .where(skills.c.framework_id.in_(ids))
        .order_by(requirements.c.skill_id, requirements.c.position)
    ):
        of_skill.setdefault(r.skill_id, []).append(
            Requirement(
                key=r.key,
                role=role_keys[r.role_id],
                level=level_keys[r.level_id],
                required=r.required,
                text=r.text,
            )
        )
    of_framework: dict[int, list[SkillProfile]] = {}
    for sk in connection.execute(
        select(
            skills.c.id,
            skills.c.framework_id,
            skills.c.key,
            skills.c.name,
            skills.c.summary,
            skills.c.domain,
            skills.c.group,
            skills.c.version,
            skills.c.updated,
        )
        .where(skills.c.framework_id.in_(ids))
        .order_by(skills.c.framework_id, skills.c.position)
    ):
        of_framework.setdefault(sk.framework_id, []).append(
            SkillProfile(
                key=sk.key,
                name=sk.name,
                summary=sk.summary,
                domain=sk.domain,
                group=sk.group,
                version=sk.version,
                updated=sk.updated,
                requirements=tuple(of_skill.get(sk.id, ())),
            )
        )
    return [
        Framework(
            key=f.key,
            name=f.name,
            levels=tuple(ladders.get(f.id, ())),
            roles=tuple(role_lists.get(f.id, ())),
            skills=tuple(of_framework.get(f.id, ())),
        )
        for f in found
    ]


def load_frameworks(connection: Connection) -> list[Framework]:
    return _load(connection)


def installed_versions(connection: Connection) -> dict[str, int]:
    return {
        key: version for key, version in connection.execute(select(skills.c.key, skills.c.version))
    }


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


def _other_keys(connection: Connection, own_id: int | None) -> set[str]:
    """Every framework, skill and requirement key installed outside the framework `own_id`."""
    other = own_id or -1
    keys = set(connection.scalars(select(frameworks.c.key).where(frameworks.c.id != other)))
    keys.update(connection.scalars(select(skills.c.key).where(skills.c.framework_id != other)))
    keys.update(
        connection.scalars(
            select(requirements.c.key)
            .join(skills, requirements.c.skill_id == skills.c.id)
            .where(skills.c.framework_id != other)
        )
    )
    return keys


def _key_conflicts(
    connection: Connection, framework: Framework, own_id: int | None
) -> list[Problem]:
    """Keys of the file already used by another framework: keys are unique across everything
    installed, whatever they name (framework, skill or requirement)."""
    taken = _other_keys(connection, own_id)
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


def check_import(connection: Connection, framework: Framework) -> ImportPlan:
    """Raise `InvalidFile` if the file clashes with what is installed; else say what importing
    would do to each skill, and whether the file's ladder and roles replace the installed."""
    own_id = connection.scalar(select(frameworks.c.id).where(frameworks.c.key == framework.key))
    problems = _key_conflicts(connection, framework, own_id)
    versions = installed_versions(connection)
    current = None if own_id is None else _load(connection, frameworks.c.id == own_id)[0]
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


def fingerprints(connection: Connection, framework_key: str) -> dict[str, str]:
    """The wording fingerprint of every requirement of a framework, by key."""
    return {
        key: fingerprint
        for key, fingerprint in connection.execute(
            select(requirements.c.key, requirements.c.fingerprint)
            .join(skills, requirements.c.skill_id == skills.c.id)
            .join(frameworks, skills.c.framework_id == frameworks.c.id)
            .where(frameworks.c.key == framework_key)
        )
    }
