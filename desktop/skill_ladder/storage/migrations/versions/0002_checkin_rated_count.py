"""checkins.rated, and an index for one role's history

Counting the frozen items of every check-in at each look (the window's status bar, the
timeline) cost 100 ms with twenty check-ins of an 18,000-requirement framework. A check-in
never changes after it is made, so its count is kept on the row. The growth view reads one
role's items across all check-ins: `ix_checkin_items_role` spares it a scan of them all.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("checkins", sa.Column("rated", sa.Integer(), nullable=False, server_default="0"))
    op.execute(
        "UPDATE checkins SET rated = (SELECT count(*) FROM checkin_items"
        " WHERE checkin_items.checkin_id = checkins.id AND checkin_items.value IS NOT NULL)"
    )
    op.create_index("ix_checkin_items_role", "checkin_items", ["role_key", "framework_key"])


def downgrade() -> None:
    op.drop_index("ix_checkin_items_role", table_name="checkin_items")
    with op.batch_alter_table("checkins") as batch:
        batch.drop_column("rated")
