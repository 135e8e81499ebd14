"""an index on the items of one check-in in one framework

The report's growth since the last check-in, and What changed, read one framework's items of
one or two check-ins. The only index on a check-in's items was (check-in, requirement): a
check-in of every installed ladder made those reads walk all of it, 18,000 items for the
30 of MLflow beside a large framework (15 ms of a 35 ms report).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_checkin_items_checkin_framework", "checkin_items", ["checkin_id", "framework_key"]
    )


def downgrade() -> None:
    op.drop_index("ix_checkin_items_checkin_framework", table_name="checkin_items")
