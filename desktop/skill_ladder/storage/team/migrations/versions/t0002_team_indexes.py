"""Indexes for a large organisation (`make bench-team`: 2,000 people, 12 shared check-ins
each, 300 requirements): a person's last standing for a framework is one index probe, the
reporting chain is walked by manager, and a person's shares are listed newest first.

Revision ID: t0002
Revises: t0001
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "t0002"
down_revision = "t0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_standings_latest ON skill_ladder.standings"
        " (framework, login, created_at DESC)"
    )
    op.execute("CREATE INDEX ix_people_manager ON skill_ladder.people (manager)")
    op.execute("CREATE INDEX ix_checkins_login ON skill_ladder.checkins (login, created_at DESC)")


def downgrade() -> None:
    for index in ("ix_standings_latest", "ix_people_manager", "ix_checkins_login"):
        op.execute(f"DROP INDEX skill_ladder.{index}")
