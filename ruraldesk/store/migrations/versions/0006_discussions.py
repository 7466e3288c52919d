"""discussions: the thread and post tables, drafts, read markers (issue 17)

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: numbers each new post in the order it arrived here (see models.Post.arrival)
ARRIVAL_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS post_arrival AFTER INSERT ON post FOR EACH ROW WHEN NEW.arrival IS NULL
BEGIN
    UPDATE post SET arrival = (SELECT coalesce(max(arrival), 0) + 1 FROM post) WHERE id = NEW.id;
END
"""


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "discussion", *_record_columns(),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("about", sa.String(length=36), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=3), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_discussion_list", "discussion", ["deleted", "sort_key", "id"])
    op.create_index("ix_discussion_about", "discussion", ["about", "deleted"])
    op.create_table(
        "post", *_record_columns(),
        sa.Column("text", sa.String(), nullable=True),
        sa.Column("thread", sa.String(length=36), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("arrival", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_post_thread", "post", ["thread", "deleted", "created_at", "arrival", "author"])
    op.create_index("ix_post_arrival", "post", ["arrival"])
    op.create_index("ix_post_author", "post", ["author"])
    op.execute(ARRIVAL_TRIGGER)
    op.create_table(
        "draft",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("replies_to", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "read_marker",
        sa.Column("thread_id", sa.String(length=36), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.Column("read_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("thread_id"),
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS post_arrival")
    for table in ("read_marker", "draft", "post", "discussion"):
        op.drop_table(table)
