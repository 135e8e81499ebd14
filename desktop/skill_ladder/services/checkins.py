"""Check-ins: dated snapshots of every requirement as it stood, with the person's ratings."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, insert, select

from skill_ladder.errors import InvalidInput
from skill_ladder.services.views import CheckinView
from skill_ladder.storage.database import Database
from skill_ladder.storage.models import (
    CheckinItemRow,
    CheckinRow,
    FrameworkRow,
    LevelRow,
    RatingRow,
    RequirementRow,
    RoleRow,
    SkillRow,
)

MAX_CHECKIN_NOTE = 5_000


class CheckinService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(self, note: str = "") -> CheckinView:
        """Freeze every installed requirement (text, flag, place, version) with its rating."""
        if len(note) > MAX_CHECKIN_NOTE:
            raise InvalidInput("note.too_long", max=MAX_CHECKIN_NOTE)
        with self._db.transaction() as session:
            checkin = CheckinRow(created_at=datetime.now(UTC), note=note)
            session.add(checkin)
            session.flush()
            snapshot = session.execute(
                select(
                    RequirementRow.key,
                    FrameworkRow.key,
                    SkillRow.key,
                    SkillRow.version,
                    RoleRow.key,
                    LevelRow.key,
                    LevelRow.position,
                    RequirementRow.position,
                    RequirementRow.required,
                    RequirementRow.text,
                    RatingRow.value,
                    RatingRow.note,
                )
                .join(SkillRow, RequirementRow.skill_id == SkillRow.id)
                .join(FrameworkRow, SkillRow.framework_id == FrameworkRow.id)
                .join(RoleRow, RequirementRow.role_id == RoleRow.id)
                .join(LevelRow, RequirementRow.level_id == LevelRow.id)
                .outerjoin(RatingRow, RatingRow.requirement_key == RequirementRow.key)
            )
            items = [
                {
                    "checkin_id": checkin.id,
                    "requirement_key": key,
                    "framework_key": framework,
                    "skill_key": skill,
                    "skill_version": version,
                    "role_key": role,
                    "level_key": level,
                    "level_position": level_position,
                    "position": position,
                    "required": required,
                    "text": text,
                    "value": value,
                    "note": note_text or "",
                }
                for (
                    key,
                    framework,
                    skill,
                    version,
                    role,
                    level,
                    level_position,
                    position,
                    required,
                    text,
                    value,
                    note_text,
                ) in snapshot
            ]
            if items:
                session.execute(insert(CheckinItemRow), items)
            rated = sum(1 for item in items if item["value"] is not None)
            return CheckinView(checkin.id, checkin.created_at, checkin.note, rated)

    def list(self) -> list[CheckinView]:
        with self._db.transaction() as session:
            rated = (
                select(CheckinItemRow.checkin_id, func.count().label("rated"))
                .where(CheckinItemRow.value.is_not(None))
                .group_by(CheckinItemRow.checkin_id)
                .subquery()
            )
            rows = session.execute(
                select(CheckinRow, func.coalesce(rated.c.rated, 0))
                .outerjoin(rated, rated.c.checkin_id == CheckinRow.id)
                .order_by(CheckinRow.created_at, CheckinRow.id)
            )
            return [CheckinView(c.id, c.created_at, c.note, int(n)) for c, n in rows]
