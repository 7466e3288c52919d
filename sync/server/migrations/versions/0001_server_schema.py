"""Server schema: groups, members, tokens, records, changes, conflicts, erasures.

Revision ID: s0001
Revises:
Create Date: 2026-05-01
"""
import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

GID = sa.String(40)


def upgrade() -> None:
    op.create_table(
        "groups",
        sa.Column("group_id", GID, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.create_table(
        "members",
        sa.Column("group_id", GID, primary_key=True),
        sa.Column("member_id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("removed_at", sa.String(32), nullable=True),
    )
    op.create_table(
        "tokens",
        sa.Column("group_id", GID, primary_key=True),
        sa.Column("token_id", sa.String(16), primary_key=True),
        sa.Column("member_id", sa.String(40), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("revoked_at", sa.String(32), nullable=True),
    )
    op.create_table(
        "records",
        sa.Column("group_id", GID, primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("collection", sa.String(16), nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_records_group_seq", "records", ["group_id", "seq"])
    op.create_table(
        "changes",
        sa.Column("group_id", GID, primary_key=True),
        sa.Column("change_id", sa.String(64), primary_key=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("collection", sa.String(16), nullable=False),
        sa.Column("op", sa.String(12), nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("previous", sa.JSON, nullable=False),
        sa.Column("base_seq", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("at", sa.String(200), nullable=False, server_default=""),
        sa.Column("by", sa.String(200), nullable=False, server_default=""),
        sa.Column("member_id", sa.String(40), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=True),
        sa.Column("reason", sa.String(2000), nullable=True),
        sa.Column("conflicts", sa.JSON, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_changes_group_record", "changes", ["group_id", "record_id", "seq"])
    op.create_table(
        "conflicts",
        sa.Column("group_id", GID, primary_key=True),
        sa.Column("conflict_id", sa.String(64), primary_key=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("collection", sa.String(16), nullable=False),
        sa.Column("field", sa.String(40), nullable=True),
        sa.Column("status", sa.String(12), nullable=False, server_default="open"),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_conflicts_group_seq", "conflicts", ["group_id", "seq"])
    op.create_index("ix_conflicts_group_record", "conflicts", ["group_id", "record_id"])
    op.create_table(
        "erasures",
        sa.Column("group_id", GID, primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("collection", sa.String(16), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
    )
    op.create_index("ix_erasures_group_seq", "erasures", ["group_id", "seq"])


def downgrade() -> None:
    for table in ("erasures", "conflicts", "changes", "records", "tokens", "members", "groups"):
        op.drop_table(table)
