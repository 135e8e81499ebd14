"""My data out and back in: every rating, note, history entry, check-in, target, follow,
proposal and installed profile as one JSON file, and the ratings as CSV for spreadsheets.

An import is validated completely before anything is written, then checked, backed up and
written as one unit: one transaction that holds the write lock from the check to the commit.
Into a data folder that already holds personal data it is refused unless `replace`, which
makes a backup first (removed again if the write fails: the data is then as it was).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from skill_ladder.catalog import limits
from skill_ladder.catalog.document import framework_document
from skill_ladder.domain.profile import localize
from skill_ladder.domain.rating import Rating
from skill_ladder.errors import InvalidFile, InvalidInput, Problem
from skill_ladder.services.backup_service import BackupService
from skill_ladder.services.catalog import CatalogService
from skill_ladder.storage import catalog_store, data_store
from skill_ladder.storage.backups import BEFORE_IMPORT
from skill_ladder.storage.database import Database

DATA_FORMAT_VERSION = 2  # 2: my_roles (issue 13); version 1 files still import

if TYPE_CHECKING:  # pydantic and the schemas load only when a file is imported
    from skill_ladder.catalog.data_schema import DataDoc

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
        with self._db.transaction() as connection:

            def rows(table: str, *order: str) -> Any:
                return data_store.rows(connection, getattr(data_store, table), *order)

            items = data_store.frozen_items(connection)
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
                    for r in rows("ratings", "requirement_key")
                ],
                "rating_events": [
                    {
                        "requirement": e.requirement_key,
                        "value": e.value,
                        "note": e.note,
                        "at": _when(e.at),
                    }
                    for e in rows("rating_events", "id")
                ],
                "checkins": [
                    {
                        "id": c.id,
                        "created": _when(c.created_at),
                        "note": c.note,
                        "items": items.get(c.id, []),
                    }
                    for c in rows("checkins", "id")
                ],
                "targets": [
                    {"framework": t.framework_key, "role": t.role_key, "level": t.level_key}
                    for t in rows("targets", "framework_key", "role_key")
                ],
                "my_roles": [
                    {"framework": m.framework_key, "role": m.role_key}
                    for m in rows("my_roles", "framework_key")
                ],
                "follows": [
                    {"skill": f.skill_key, "since": _when(f.since)}
                    for f in rows("follows", "skill_key")
                ],
                "proposals": [
                    {
                        "requirement": p.requirement_key,
                        "proposed_text": p.proposed_text,
                        "reason": p.reason,
                        "created": _when(p.created_at),
                    }
                    for p in rows("proposals", "id")
                ],
                "person": {p.key: p.value for p in rows("person", "key")},
            }
        return document

    def export_bytes(self) -> bytes:
        return (json.dumps(self.export_document(), ensure_ascii=False, indent=1) + "\n").encode(
            "utf-8"
        )

    def export_csv(self, language: str) -> bytes:
        """One row per rated requirement, for spreadsheets (names in `language`); a note or
        text that a spreadsheet would run as a formula is written inert (`csv_safe`)."""
        with self._db.transaction() as connection:
            rated = data_store.all_ratings(connection)
        from skill_ladder.catalog.spreadsheet_files import csv_safe

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
                    row_cells = [
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
                    writer.writerow([csv_safe(cell) for cell in row_cells])
        return out.getvalue().encode("utf-8")

    # -- in --------------------------------------------------------------------------------
    def has_personal_data(self) -> bool:
        with self._db.transaction() as connection:
            return data_store.has_personal_data(connection)

    def import_bytes(self, data: bytes, *, replace: bool = False) -> int:
        """Restore everything from an export; returns how many ratings it holds."""
        from skill_ladder.catalog.data_schema import DataDoc
        from skill_ladder.catalog.validation import parse_profile, validate_json

        try:
            doc = validate_json(DataDoc, data, MAX_DATA_BYTES)
        except InvalidFile as error:
            if error.code != "file.invalid":
                raise
            # Said as a data file's problems, not a profile's.
            raise InvalidFile("data.invalid", error.problems, **error.params) from None
        repeated = _repeated(doc)
        if repeated:
            raise InvalidFile(
                "data.invalid", repeated[: limits.MAX_PROBLEMS_REPORTED], count=len(repeated)
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
                raise InvalidFile("data.invalid", problems, count=len(problems)) from None
        backup = None
        try:
            with self._db.orm_transaction() as session:
                from skill_ladder.storage import profile_writer  # loaded with the session's ORM

                connection = session.connection()
                data_store.hold_for_writing(connection)  # check, back up, write: one unit
                if data_store.has_personal_data(connection):
                    if not replace:
                        raise InvalidInput("data.not_empty")
                    backup = self._backups.create(BEFORE_IMPORT)  # what is there now
                for framework in frameworks:
                    plan = catalog_store.check_import(connection, framework)
                    if plan.writes and not any(o.action == "older" for o in plan.outcomes):
                        profile_writer.write_framework(session, framework, plan, datetime.now(UTC))
                        session.flush()
                data_store.replace_personal(connection, doc)
        except BaseException:
            if backup is not None:  # nothing was changed: a backup of it is not needed
                self._backups.remove(backup.id)
            raise
        self._catalog.invalidate()
        return len(doc.ratings)
