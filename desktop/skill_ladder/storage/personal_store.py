"""Small personal records: the person's name, target levels, follows and proposals."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from skill_ladder.storage.models import FollowRow, PersonRow, ProposalRow, TargetRow


def get_value(session: Session, key: str) -> str:
    row = session.get(PersonRow, key)
    return "" if row is None else row.value


def set_value(session: Session, key: str, value: str) -> None:
    row = session.get(PersonRow, key)
    if row is None:
        session.add(PersonRow(key=key, value=value))
    else:
        row.value = value


DISMISSED = "dismissed_profiles"


def dismissed(session: Session) -> set[str]:
    """Skill profiles the person removed: bundled ones are not brought back at start."""
    raw = get_value(session, DISMISSED)
    return set(json.loads(raw)) if raw else set()


def set_dismissed(session: Session, keys: set[str]) -> None:
    set_value(session, DISMISSED, json.dumps(sorted(keys)))


def get_target(session: Session, framework: str, role: str) -> str | None:
    row = session.get(TargetRow, (framework, role))
    return None if row is None else row.level_key


def set_target(session: Session, framework: str, role: str, level: str | None) -> None:
    row = session.get(TargetRow, (framework, role))
    if level is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(TargetRow(framework_key=framework, role_key=role, level_key=level))
    else:
        row.level_key = level


def followed(session: Session) -> set[str]:
    return set(session.scalars(select(FollowRow.skill_key)))


def set_followed(session: Session, skill: str, follow: bool, now: datetime) -> None:
    row = session.get(FollowRow, skill)
    if follow and row is None:
        session.add(FollowRow(skill_key=skill, since=now))
    elif not follow and row is not None:
        session.delete(row)


def add_proposal(
    session: Session, requirement: str, proposed: str, reason: str, now: datetime
) -> ProposalRow:
    row = ProposalRow(
        requirement_key=requirement, proposed_text=proposed, reason=reason, created_at=now
    )
    session.add(row)
    session.flush()
    return row


def proposals(session: Session) -> list[ProposalRow]:
    return list(
        session.scalars(select(ProposalRow).order_by(ProposalRow.created_at, ProposalRow.id))
    )


def delete_proposal(session: Session, proposal_id: int) -> bool:
    return bool(session.execute(delete(ProposalRow).where(ProposalRow.id == proposal_id)).rowcount)  # type: ignore[attr-defined]
