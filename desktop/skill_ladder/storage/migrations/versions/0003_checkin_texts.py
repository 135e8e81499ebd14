"""checkin_texts: each frozen requirement text kept once

A check-in froze a copy of every requirement's text in each of its items: with 18,000
requirements, 7 MB per check-in, 148 MB of a 219 MB database after twenty check-ins (and as
much in every backup kept). Most texts do not change from one check-in to the next, so each
distinct text is now kept once, in `checkin_texts` (found by the SHA-1 of its JSON as
stored), and an item refers to it, through an index (`ix_checkin_items_text_id`: deleting
a check-in asks, for each of its texts, whether another item still uses it).

Revision ID: 0003
Revises: 0002
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkin_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=40), nullable=False),
        sa.Column("text", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_texts")),
        sa.UniqueConstraint("digest", name=op.f("uq_checkin_texts_digest")),
    )
    op.add_column("checkin_items", sa.Column("text_id", sa.Integer(), nullable=True))
    connection = op.get_bind()
    ids: dict[str, int] = {}
    links: list[tuple[int, int]] = []
    # Row by row, not all at once: twenty check-ins of a large framework hold 150 MB of texts.
    for item_id, raw in connection.exec_driver_sql("SELECT id, text FROM checkin_items"):
        text_id = ids.get(raw)
        if text_id is None:
            digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()
            added = connection.exec_driver_sql(
                "INSERT INTO checkin_texts (digest, text) VALUES (?, ?)", (digest, raw)
            )
            text_id = ids[raw] = int(added.lastrowid)
        links.append((text_id, item_id))
    if links:
        connection.exec_driver_sql("UPDATE checkin_items SET text_id = ? WHERE id = ?", links)
    with op.batch_alter_table("checkin_items") as batch:
        batch.drop_column("text")
        batch.alter_column("text_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key(
            op.f("fk_checkin_items_text_id_checkin_texts"), "checkin_texts", ["text_id"], ["id"]
        )
        batch.create_index("ix_checkin_items_text_id", ["text_id"])


def downgrade() -> None:
    op.add_column("checkin_items", sa.Column("text", sa.JSON(), nullable=True))
    op.execute(
        "UPDATE checkin_items SET text ="
        " (SELECT text FROM checkin_texts WHERE checkin_texts.id = checkin_items.text_id)"
    )
    with op.batch_alter_table("checkin_items") as batch:
        batch.drop_index("ix_checkin_items_text_id")
        batch.drop_constraint("fk_checkin_items_text_id_checkin_texts", type_="foreignkey")
        batch.drop_column("text_id")
        batch.alter_column("text", existing_type=sa.JSON(), nullable=False)
    op.drop_table("checkin_texts")
