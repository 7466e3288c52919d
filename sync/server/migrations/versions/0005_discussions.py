"""discussions: whatever the server needs beyond records (issue 17)

Reserved in the chain so parallel work keeps one linear history; a revision that needs
nothing stays a no-op.

Revision ID: s0005
Revises: s0004
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
