"""conflicts kept for a person to resolve

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("collection", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict") as batch_op:
        batch_op.create_index("ix_conflict_record_id", ["record_id"])
        batch_op.create_index("ix_conflict_status", ["status", "created_at"])


def downgrade() -> None:
    op.drop_table("conflict")
