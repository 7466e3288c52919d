"""what arrived in recent syncs, unread markers, the member directory, review (issue 16)

`news`: one row per record that arrived from someone else (new or changed), with who,
when and which sync; `member`: the group's members by id, for display names. Tools get
a status column like practices (draft / shared; no value counts as shared), filled from
the values each tool already holds.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "news",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("collection", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("sync", sa.String(32), nullable=False),
        sa.Column("read", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_news_sync", "news", ["sync", "record_id"])
    op.create_index("ix_news_unread", "news", ["read", "collection"])
    op.create_table(
        "member",
        sa.Column("member_id", sa.String(200), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("last_sync_at", sa.String(32), nullable=True),
        sa.Column("removed_at", sa.String(32), nullable=True),
    )
    with op.batch_alter_table("tool") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=True))
    op.execute("UPDATE tool SET status = json_extract(fields, '$.status')")


def downgrade() -> None:
    with op.batch_alter_table("tool") as batch:
        batch.drop_column("status")
    op.drop_table("member")
    op.drop_table("news")
