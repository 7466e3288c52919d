"""what arrived in recent syncs, unread markers, review (issue 16)

Reserved in the chain so parallel work keeps one linear history; a revision that needs
nothing stays a no-op.

Revision ID: 0005
Revises: 0004
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
