"""device keys (issue 19): the Ed25519 keys relayed changes are signed with

Relayed changes themselves need no table: they go through the push path and are kept in
changes, under their author.

Revision ID: s0006
Revises: s0005
"""
from alembic import op
import sqlalchemy as sa

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_keys",
        sa.Column("group_id", sa.String(40), primary_key=True),
        sa.Column("member_id", sa.String(40), primary_key=True),
        sa.Column("device", sa.String(64), primary_key=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("device_keys")
