"""The person's own settings that belong with their data: name, target levels, follows, and
proposed changes to requirement wording for a profile's maintainer."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from skill_ladder.domain.profile import Framework, localize
from skill_ladder.errors import InvalidInput
from skill_ladder.services.catalog import CatalogService, Namer
from skill_ladder.services.ratings import require_level, require_role
from skill_ladder.services.views import ProposalView
from skill_ladder.storage import personal_store
from skill_ladder.storage.database import Database

NAME_KEY = "name"
MAX_NAME = 200
MAX_PROPOSAL = 10_000
PROPOSALS_FORMAT = "skill-ladder-proposals"


class PersonalService:
    def __init__(self, database: Database, catalog: CatalogService) -> None:
        self._db = database
        self._catalog = catalog

    def name(self) -> str:
        with self._db.transaction() as connection:
            return personal_store.get_value(connection, NAME_KEY)

    def set_name(self, name: str) -> None:
        name = name.strip()
        if len(name) > MAX_NAME:
            raise InvalidInput("name.too_long", max=MAX_NAME)
        with self._db.transaction() as connection:
            personal_store.set_value(connection, NAME_KEY, name)

    def target(self, framework: str, role: str) -> str | None:
        with self._db.transaction() as connection:
            return personal_store.get_target(connection, framework, role)

    def my_role(self, framework: str) -> str | None:
        """The person's own role in `framework` (None until they say), kept only while the
        framework still has that role."""
        with self._db.transaction() as connection:
            role = personal_store.get_my_role(connection, framework)
        known = self._catalog.frameworks().get(framework)
        if role is None or known is None or role not in {r.key for r in known.roles}:
            return None
        return role

    def set_my_role(self, framework: str, role: str | None) -> None:
        known = self._framework(framework)
        keys = [r.key for r in known.roles]
        if role is not None and role not in keys:
            raise InvalidInput("role.unknown", key=role, profile=framework, choices=", ".join(keys))
        with self._db.transaction() as connection:
            personal_store.set_my_role(connection, framework, role)

    # -- by the words of the command line: a profile, roles and levels by key or name --------
    def set_my_role_named(self, profile: str, role: str | None) -> str | None:
        """Set (or, with None, clear) my role in the framework of `profile`; its key."""
        framework = self._catalog.frameworks()[self._catalog.resolve(profile).framework]
        key = None if role is None else require_role(framework, role, profile)
        self.set_my_role(framework.key, key)
        return key

    def set_target_named(
        self, profile: str, role: str, level: str | None
    ) -> tuple[str, str | None]:
        """Set (or clear) the target of `role` in the framework of `profile`; the keys."""
        framework = self._catalog.frameworks()[self._catalog.resolve(profile).framework]
        role_key = require_role(framework, role, profile)
        level_key = None if level is None else require_level(framework, level, profile)
        self.set_target(framework.key, role_key, level_key)
        return role_key, level_key

    def _framework(self, framework: str) -> Framework:
        known = self._catalog.frameworks().get(framework)
        if known is None:
            raise InvalidInput("profile.unknown", key=framework)
        return known

    def set_target(self, framework: str, role: str, level: str | None) -> None:
        known = self._framework(framework)
        keys = [lv.key for lv in known.levels]
        if level is not None and level not in keys:
            raise InvalidInput(
                "level.unknown", key=level, profile=framework, choices=", ".join(keys)
            )
        with self._db.transaction() as connection:
            personal_store.set_target(connection, framework, role, level)

    def followed(self) -> set[str]:
        with self._db.transaction() as connection:
            return personal_store.followed(connection)

    def set_followed(self, skill: str, follow: bool) -> None:
        with self._db.transaction() as connection:
            personal_store.set_followed(connection, skill, follow, datetime.now(UTC))

    # -- proposals ---------------------------------------------------------------------------
    def propose(self, requirement: str, proposed_text: str, reason: str) -> int:
        proposed_text, reason = proposed_text.strip(), reason.strip()
        if not proposed_text:
            raise InvalidInput("proposal.empty")
        if len(proposed_text) > MAX_PROPOSAL or len(reason) > MAX_PROPOSAL:
            raise InvalidInput("note.too_long", max=MAX_PROPOSAL)
        self._locate(requirement)
        with self._db.transaction() as connection:
            return personal_store.add_proposal(
                connection, requirement, proposed_text, reason, datetime.now(UTC)
            )

    def _locate(self, requirement: str):  # type: ignore[no-untyped-def]
        for framework in self._catalog.frameworks().values():
            for skill in framework.skills:
                for req in skill.requirements:
                    if req.key == requirement:
                        return framework, skill, req
        raise InvalidInput("requirement.unknown", key=requirement)

    def proposals(self, language: str) -> list[ProposalView]:
        with self._db.transaction() as connection:
            rows = personal_store.all_proposals(connection)
        views = []
        for pid, key, proposed, reason, created in rows:
            try:
                framework, skill, req = self._locate(key)
            except InvalidInput:
                views.append(ProposalView(pid, key, "", "", "", "", proposed, reason, created))
                continue
            namer = Namer(framework, language)
            views.append(
                ProposalView(
                    id=pid,
                    requirement=key,
                    skill_name=namer.skills[skill.key],
                    role_name=namer.roles[req.role],
                    level_name=namer.levels[req.level],
                    current_text=localize(req.text, language).text,
                    proposed_text=proposed,
                    reason=reason,
                    created=created,
                )
            )
        return views

    def delete_proposal(self, proposal_id: int) -> None:
        with self._db.transaction() as connection:
            personal_store.delete_proposal(connection, proposal_id)

    def proposals_document(self) -> bytes:
        """Every proposal as a JSON file for the profiles' maintainers (English texts)."""
        items = []
        for view in self.proposals("en"):
            try:
                framework, skill, req = self._locate(view.requirement)
                origin = {
                    "framework": framework.key,
                    "skill": skill.key,
                    "skill_version": skill.version,
                    "role": req.role,
                    "level": req.level,
                    "current_text": req.text.get("en", ""),
                }
            except InvalidInput:
                origin = {}
            items.append(
                {
                    "requirement": view.requirement,
                    **origin,
                    "proposed_text": view.proposed_text,
                    "reason": view.reason,
                    "created": view.created.isoformat(),
                }
            )
        document = {
            "format": PROPOSALS_FORMAT,
            "format_version": 1,
            "exported": datetime.now(UTC).isoformat(),
            "proposals": items,
        }
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
