"""device keys and relayed changes (issue 19)

Reserved in the chain so parallel work keeps one linear history; a revision that needs
nothing stays a no-op.

Revision ID: s0006
Revises: s0005
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
