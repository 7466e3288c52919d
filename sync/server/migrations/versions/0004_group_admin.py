"""group administration: audit log, invitations, member details (issue 16)

audit: every administrative act (who, when, what, on whom), keyed by group first.
invitations: one-time codes; only the sha256 of the secret is kept.
members.organisation, members.last_sync_at: shown in the Group window; existing members
get "" and NULL (never synced since the upgrade).

Revision ID: s0004
Revises: s0003
"""
from alembic import op
import sqlalchemy as sa

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("members", sa.Column("organisation", sa.String(200), nullable=False, server_default=""))
    op.add_column("members", sa.Column("last_sync_at", sa.String(32), nullable=True))
    op.create_table(
        "audit",
        sa.Column("group_id", sa.String(40), primary_key=True),
        sa.Column("audit_id", sa.String(36), primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_table(
        "invitations",
        sa.Column("group_id", sa.String(40), primary_key=True),
        sa.Column("invitation_id", sa.String(16), primary_key=True),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("member_id", sa.String(40), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("expires_at", sa.String(32), nullable=False),
        sa.Column("cancelled_at", sa.String(32), nullable=True),
        sa.Column("redeemed_at", sa.String(32), nullable=True),
        sa.Column("redeemed_by", sa.String(40), nullable=True),
        sa.Column("token_id", sa.String(16), nullable=True),
    )
    op.create_index("ix_invitations_group_secret", "invitations", ["group_id", "secret_hash"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_invitations_group_secret", table_name="invitations")
    op.drop_table("invitations")
    op.drop_table("audit")
    with op.batch_alter_table("members") as b:
        b.drop_column("last_sync_at")
        b.drop_column("organisation")
