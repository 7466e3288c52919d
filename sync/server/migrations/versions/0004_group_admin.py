"""group administration: audit log, invitations, member details (issue 16)

Reserved in the chain so parallel work keeps one linear history; a revision that needs
nothing stays a no-op.

Revision ID: s0004
Revises: s0003
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
