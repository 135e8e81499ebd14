"""My data's rows: every personal table read for an export, and replaced by an import, as Core
statements on the caller's connection (one transaction: `services/data_transfer.py`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, delete, func, insert, literal, select

from skill_ladder.storage import checkin_store
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


def rows(connection: Connection, table: Table, *order: str) -> Any:
    """Every row of a personal table, in a stable order."""
    return connection.execute(select(table).order_by(*(table.c[o] for o in order)))


def frozen_items(connection: Connection) -> dict[int, list[dict[str, Any]]]:
    """Each check-in's frozen items, by check-in id, as the file names their fields."""
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
    return items


def all_ratings(connection: Connection) -> dict[str, Any]:
    return {r.requirement_key: r for r in connection.execute(select(ratings))}


def has_personal_data(connection: Connection) -> bool:
    return any(connection.scalar(select(func.count()).select_from(table)) for table in PERSONAL)


def hold_for_writing(connection: Connection) -> None:
    """Take the database's write lock now (a write that changes nothing), so that what is
    checked next stays true until the transaction commits: no other writer in between."""
    connection.execute(delete(person).where(literal(False)))


def replace_personal(connection: Connection, doc: DataDoc) -> None:
    """Every personal table emptied, then filled from the file."""
    for table in PERSONAL:
        connection.execute(delete(table))
    _load(connection, doc)


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
                **{column: getattr(i, name) for name, column in ITEM_FIELDS if column != "text"},
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
    rows(my_roles, [{"framework_key": m.framework, "role_key": m.role} for m in doc.my_roles])
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
