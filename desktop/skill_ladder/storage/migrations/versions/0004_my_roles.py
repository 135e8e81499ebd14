"""my_roles: the person's own role in each framework

Until now Where am I, the plan and the report followed whichever role was being browsed, so
reading another role moved the person's standing. The person's own role is kept per
framework; browsing never changes it.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "my_roles",
        sa.Column("framework_key", sa.String(length=80), nullable=False),
        sa.Column("role_key", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("framework_key", name=op.f("pk_my_roles")),
    )


def downgrade() -> None:
    op.drop_table("my_roles")
