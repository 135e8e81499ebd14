"""initial schema

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    op.create_table(
        "follows",
        sa.Column("skill_key", sa.String(length=80), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("skill_key", name=op.f("pk_follows")),
    )
    op.create_table(
        "frameworks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frameworks")),
        sa.UniqueConstraint("key", name=op.f("uq_frameworks_key")),
    )
    op.create_table(
        "person",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_person")),
    )
    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requirement_key", sa.String(length=80), nullable=False),
        sa.Column("proposed_text", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
    )
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposals_requirement_key"), ["requirement_key"], unique=False
        )

    op.create_table(
        "rating_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requirement_key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating_events")),
    )
    with op.batch_alter_table("rating_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rating_events_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rating_events_requirement_key"), ["requirement_key"], unique=False
        )

    op.create_table(
        "ratings",
        sa.Column("requirement_key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("rated_fingerprint", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("requirement_key", name=op.f("pk_ratings")),
    )
    op.create_table(
        "targets",
        sa.Column("framework_key", sa.String(length=80), nullable=False),
        sa.Column("role_key", sa.String(length=80), nullable=False),
        sa.Column("level_key", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("framework_key", "role_key", name=op.f("pk_targets")),
    )
    op.create_table(
        "checkin_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("requirement_key", sa.String(length=80), nullable=False),
        sa.Column("framework_key", sa.String(length=80), nullable=False),
        sa.Column("skill_key", sa.String(length=80), nullable=False),
        sa.Column("skill_version", sa.Integer(), nullable=False),
        sa.Column("role_key", sa.String(length=80), nullable=False),
        sa.Column("level_key", sa.String(length=80), nullable=False),
        sa.Column("level_position", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("text", sa.JSON(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
            name=op.f("fk_checkin_items_checkin_id_checkins"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_items")),
        sa.UniqueConstraint(
            "checkin_id", "requirement_key", name=op.f("uq_checkin_items_checkin_id")
        ),
    )
    op.create_table(
        "levels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("short", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
            name=op.f("fk_levels_framework_id_frameworks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_levels")),
        sa.UniqueConstraint("framework_id", "key", name=op.f("uq_levels_framework_id")),
    )
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
            name=op.f("fk_roles_framework_id_frameworks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
        sa.UniqueConstraint("framework_id", "key", name=op.f("uq_roles_framework_id")),
    )
    op.create_table(
        "skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("domain", sa.JSON(), nullable=False),
        sa.Column("group", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
            name=op.f("fk_skills_framework_id_frameworks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skills")),
        sa.UniqueConstraint("key", name=op.f("uq_skills_key")),
    )
    op.create_table(
        "requirements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("text", sa.JSON(), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["level_id"],
            ["levels.id"],
            name=op.f("fk_requirements_level_id_levels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["roles.id"],
            name=op.f("fk_requirements_role_id_roles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skills.id"],
            name=op.f("fk_requirements_skill_id_skills"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirements")),
        sa.UniqueConstraint("key", name=op.f("uq_requirements_key")),
    )
    with op.batch_alter_table("requirements", schema=None) as batch_op:
        batch_op.create_index("ix_requirements_role_level", ["role_id", "level_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_requirements_skill_id"), ["skill_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("requirements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_requirements_skill_id"))
        batch_op.drop_index("ix_requirements_role_level")

    op.drop_table("requirements")
    op.drop_table("skills")
    op.drop_table("roles")
    op.drop_table("levels")
    op.drop_table("checkin_items")
    op.drop_table("targets")
    op.drop_table("ratings")
    with op.batch_alter_table("rating_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rating_events_requirement_key"))
        batch_op.drop_index(batch_op.f("ix_rating_events_at"))

    op.drop_table("rating_events")
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposals_requirement_key"))

    op.drop_table("proposals")
    op.drop_table("person")
    op.drop_table("frameworks")
    op.drop_table("follows")
    op.drop_table("checkins")
