"""this device's signing key and relay bookkeeping (issue 19)

Reserved in the chain so parallel work keeps one linear history; a revision that needs
nothing stays a no-op.

Revision ID: 0007
Revises: 0006
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
