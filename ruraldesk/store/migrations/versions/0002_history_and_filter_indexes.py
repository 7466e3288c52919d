"""history and filter indexes

History reads a record's journal entries in order, and collection-filtered
searches narrow `doc` by collection: both want a composite index.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal") as batch_op:
        batch_op.drop_index("ix_journal_record_id")
        batch_op.create_index("ix_journal_record", ["record_id", "seq"])
    with op.batch_alter_table("doc") as batch_op:
        batch_op.create_index("ix_doc_collection", ["collection", "deleted"])


def downgrade() -> None:
    with op.batch_alter_table("doc") as batch_op:
        batch_op.drop_index("ix_doc_collection")
    with op.batch_alter_table("journal") as batch_op:
        batch_op.drop_index("ix_journal_record")
        batch_op.create_index("ix_journal_record_id", ["record_id"])
