"""records.echo_replica: the replica whose push made the record's current state;
changes.echo: whether that change's result said so.

A pull naming that replica (RuralDesk-Replica) leaves the record out: the replica holds
it already. NULL for every existing row: those come back as before, and a retry of an
old change answers echo false.

Revision ID: s0003
Revises: s0002
Create Date: 2026-05-28
"""
import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("records", sa.Column("echo_replica", sa.String(36), nullable=True))
    op.add_column("changes", sa.Column("echo", sa.Boolean, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("changes") as b:
        b.drop_column("echo")
    with op.batch_alter_table("records") as b:
        b.drop_column("echo_replica")
