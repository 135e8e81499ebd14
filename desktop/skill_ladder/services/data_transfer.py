"""My data out and back in: every rating, note, history entry, check-in, target, follow,
proposal and installed profile as one JSON file, and the ratings as CSV for spreadsheets.

An import is validated completely before anything is written, then written in one
transaction. Into a data folder that already holds personal data it is refused unless
`replace`, which makes a backup first.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, delete, func, insert, select

from skill_ladder.catalog import limits
from skill_ladder.catalog.document import framework_document
from skill_ladder.domain.profile import localize
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidFile, InvalidInput, Problem
from skill_ladder.services.backup_service import BackupService
from skill_ladder.services.catalog import CatalogService
from skill_ladder.storage import catalog_store, checkin_store
from skill_ladder.storage.backups import BEFORE_IMPORT
from skill_ladder.storage.database import Database
from skill_ladder.storage.tables import (
    PERSONAL,
    checkin_items,
    checkin_texts,
    checkins,
    follows,
    my_roles,
    person,
    proposals,
    rating_events,
    ratings,
    targets,
)

DATA_FORMAT_VERSION = 2  # 2: my_roles (issue 13); version 1 files still import

if TYPE_CHECKING:  # pydantic and the schemas load only when a file is imported
    from skill_ladder.catalog.data_schema import DataDoc

# A frozen check-in item: its name in the file, its column in the database.
ITEM_FIELDS = (
    ("requirement", "requirement_key"),
    ("framework", "framework_key"),
    ("skill", "skill_key"),
    ("skill_version", "skill_version"),
    ("role", "role_key"),
    ("level", "level_key"),
    ("level_position", "level_position"),
    ("position", "position"),
    ("required", "required"),
    ("text", "text"),
    ("value", "value"),
    ("note", "note"),
)
MAX_DATA_BYTES = 512 * 1024 * 1024


def _repeated(doc: DataDoc) -> list[Problem]:
    """What would break a unique key: named with its JSON path before anything is written."""
    problems: list[Problem] = []

    def check(path: str, keys: list[object]) -> None:
        seen: set[object] = set()
        for index, key in enumerate(keys):
            if key in seen:
                problems.append(
                    Problem("key.duplicate", path.replace("*", str(index)), {"key": str(key)})
                )
            seen.add(key)

    check("$.ratings[*].requirement", [r.requirement for r in doc.ratings])
    check("$.checkins[*].id", [c.id for c in doc.checkins])
    for n, checkin in enumerate(doc.checkins):
        check(f"$.checkins[{n}].items[*].requirement", [i.requirement for i in checkin.items])
    check("$.targets[*]", [(t.framework, t.role) for t in doc.targets])
    check("$.my_roles[*]", [m.framework for m in doc.my_roles])
    check("$.follows[*].skill", [f.skill for f in doc.follows])
    return problems


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


class DataService:
    def __init__(self, database: Database, catalog: CatalogService, backups: BackupService) -> None:
        self._db = database
        self._catalog = catalog
        self._backups = backups

    # -- out -------------------------------------------------------------------------------
    def export_document(self) -> dict[str, Any]:
        def rows(table: Table, *order: str) -> Any:
            return connection.execute(select(table).order_by(*(table.c[o] for o in order)))

        with self._db.transaction() as connection:
            items: dict[int, list[dict[str, Any]]] = {}
            frozen = (
                select(checkin_items, checkin_texts.c.text)
                .join(checkin_texts, checkin_items.c.text_id == checkin_texts.c.id)
                .order_by(checkin_items.c.checkin_id, checkin_items.c.id)
            )
            for i in connection.execute(frozen):
                items.setdefault(i.checkin_id, []).append(
                    {name: getattr(i, column) for name, column in ITEM_FIELDS}
                )
            document = {
                "format": "skill-ladder-data",
                "format_version": DATA_FORMAT_VERSION,
                "exported": _when(datetime.now(UTC)),
                "profiles": [framework_document(f) for f in self._catalog.frameworks().values()],
                "ratings": [
                    {
                        "requirement": r.requirement_key,
                        "value": r.value,
                        "note": r.note,
                        "rated_fingerprint": r.rated_fingerprint,
                        "updated_at": _when(r.updated_at),
                    }
                    for r in rows(ratings, "requirement_key")
                ],
                "rating_events": [
                    {
                        "requirement": e.requirement_key,
                        "value": e.value,
                        "note": e.note,
                        "at": _when(e.at),
                    }
                    for e in rows(rating_events, "id")
                ],
                "checkins": [
                    {
                        "id": c.id,
                        "created": _when(c.created_at),
                        "note": c.note,
                        "items": items.get(c.id, []),
                    }
                    for c in rows(checkins, "id")
                ],
                "targets": [
                    {"framework": t.framework_key, "role": t.role_key, "level": t.level_key}
                    for t in rows(targets, "framework_key", "role_key")
                ],
                "my_roles": [
                    {"framework": m.framework_key, "role": m.role_key}
                    for m in rows(my_roles, "framework_key")
                ],
                "follows": [
                    {"skill": f.skill_key, "since": _when(f.since)}
                    for f in rows(follows, "skill_key")
                ],
                "proposals": [
                    {
                        "requirement": p.requirement_key,
                        "proposed_text": p.proposed_text,
                        "reason": p.reason,
                        "created": _when(p.created_at),
                    }
                    for p in rows(proposals, "id")
                ],
                "person": {p.key: p.value for p in rows(person, "key")},
            }
        return document

    def export_bytes(self) -> bytes:
        return (json.dumps(self.export_document(), ensure_ascii=False, indent=1) + "\n").encode(
            "utf-8"
        )

    def export_csv(self, language: str) -> bytes:
        """One row per rated requirement, for spreadsheets (names in `language`)."""
        with self._db.transaction() as connection:
            rated = {r.requirement_key: r for r in connection.execute(select(ratings))}
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(
            [
                "framework",
                "skill",
                "role",
                "level",
                "requirement",
                "required",
                "rating",
                "note",
                "updated_utc",
                "description",
            ]
        )
        for framework in self._catalog.frameworks().values():
            roles = {r.key: localize(r.name, language).text for r in framework.roles}
            levels = {lv.key: localize(lv.name, language).text for lv in framework.levels}
            for skill in framework.skills:
                for req in skill.requirements:
                    row = rated.get(req.key)
                    if row is None:
                        continue
                    value = "" if row.value is None else Rating(row.value).slug
                    writer.writerow(
                        [
                            framework.key,
                            localize(skill.name, language).text,
                            roles.get(req.role, req.role),
                            levels.get(req.level, req.level),
                            req.key,
                            "yes" if req.required else "no",
                            value,
                            row.note,
                            _when(row.updated_at),
                            localize(req.text, language).text,
                        ]
                    )
        return out.getvalue().encode("utf-8")

    # -- in --------------------------------------------------------------------------------
    def has_personal_data(self) -> bool:
        with self._db.transaction() as connection:
            return any(
                connection.scalar(select(func.count()).select_from(table)) for table in PERSONAL
            )

    def import_bytes(self, data: bytes, *, replace: bool = False) -> int:
        """Restore everything from an export; returns how many ratings it holds."""
        from skill_ladder.catalog.data_schema import DataDoc
        from skill_ladder.catalog.validation import parse_profile, validate_json

        doc = validate_json(DataDoc, data, MAX_DATA_BYTES)
        repeated = _repeated(doc)
        if repeated:
            raise InvalidFile(
                "file.invalid", repeated[: limits.MAX_PROBLEMS_REPORTED], count=len(repeated)
            )
        frameworks = []
        for index, profile in enumerate(doc.profiles):
            try:
                frameworks.append(parse_profile(json.dumps(profile).encode("utf-8")))
            except InvalidFile as error:
                problems = [
                    Problem(p.code, p.path.replace("$", f"$.profiles[{index}]", 1), p.params)
                    for p in error.problems
                ]
                raise InvalidFile("file.invalid", problems, count=len(problems)) from None
        if self.has_personal_data():
            if not replace:
                raise InvalidInput("data.not_empty")
            self._backups.create(BEFORE_IMPORT)
        with self._db.orm_transaction() as session:
            from skill_ladder.storage import profile_writer  # loaded with the session's ORM

            connection = session.connection()
            for framework in frameworks:
                plan = catalog_store.check_import(connection, framework)
                if plan.writes and not any(o.action == "older" for o in plan.outcomes):
                    profile_writer.write_framework(session, framework, plan, datetime.now(UTC))
                    session.flush()
            for table in PERSONAL:
                connection.execute(delete(table))
            self._load(connection, doc)
        self._catalog.invalidate()
        return len(doc.ratings)

    @staticmethod
    def _load(connection: Connection, doc: DataDoc) -> None:
        def rows(table: Table, values: list[dict[str, Any]]) -> None:
            if values:
                connection.execute(insert(table), values)

        rows(
            ratings,
            [
                {
                    "requirement_key": r.requirement,
                    "value": r.value,
                    "note": r.note,
                    "rated_fingerprint": r.rated_fingerprint,
                    "updated_at": r.updated_at,
                }
                for r in doc.ratings
            ],
        )
        rows(
            rating_events,
            [
                {"requirement_key": e.requirement, "value": e.value, "note": e.note, "at": e.at}
                for e in doc.rating_events
            ],
        )
        rows(
            checkins,
            [
                {
                    "id": c.id,
                    "created_at": c.created,
                    "note": c.note,
                    "rated": sum(1 for i in c.items if i.value is not None),
                }
                for c in doc.checkins
            ],
        )
        frozen = [(c.id, i) for c in doc.checkins for i in c.items]
        # Each text kept once (schema 0003), as the column's JSON type would have written it.
        text_ids = checkin_store.text_ids(connection, [json.dumps(i.text) for _, i in frozen])
        rows(
            checkin_items,
            [
                {
                    "checkin_id": checkin_id,
                    "text_id": text_id,
                    **{
                        column: getattr(i, name) for name, column in ITEM_FIELDS if column != "text"
                    },
                }
                for (checkin_id, i), text_id in zip(frozen, text_ids, strict=True)
            ],
        )
        rows(
            targets,
            [
                {"framework_key": t.framework, "role_key": t.role, "level_key": t.level}
                for t in doc.targets
            ],
        )
        rows(
            my_roles,
            [{"framework_key": m.framework, "role_key": m.role} for m in doc.my_roles],
        )
        rows(follows, [{"skill_key": f.skill, "since": f.since} for f in doc.follows])
        rows(
            proposals,
            [
                {
                    "requirement_key": p.requirement,
                    "proposed_text": p.proposed_text,
                    "reason": p.reason,
                    "created_at": p.created,
                }
                for p in doc.proposals
            ],
        )
        rows(person, [{"key": k, "value": v} for k, v in doc.person.items()])
