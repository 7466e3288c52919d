"""this device's signing key and relay bookkeeping (issue 19)

device_key: the group's device keys (cached from the server) to check relayed changes offline.
relayed: changes of others that came by hand-over, once per (author, change id), and whether
they were forwarded to the server yet.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_key",
        sa.Column("member_id", sa.String(200), primary_key=True),
        sa.Column("device", sa.String(64), primary_key=True),
        sa.Column("public_key", sa.String(64), nullable=False),
    )
    op.create_table(
        "relayed",
        sa.Column("author", sa.String(200), primary_key=True),
        sa.Column("change_id", sa.String(64), primary_key=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("envelope", sa.JSON, nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("reason", sa.String, nullable=True),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("forwarded_at", sa.String(32), nullable=True),
    )
    op.create_index("ix_relayed_forward", "relayed", ["forwarded_at"])


def downgrade() -> None:
    op.drop_index("ix_relayed_forward", table_name="relayed")
    op.drop_table("relayed")
    op.drop_table("device_key")
