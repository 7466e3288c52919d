"""a replica the size of its data: links without a second copy, a contentless search index

The link table keeps its rows in its primary key (WITHOUT ROWID: no second b-tree of the
same three ids). The full-text index keeps only its index, not the text: titles and
bodies are derived from the records (ruraldesk.store.search.document), so the store
refills it when it opens (the index version in meta is cleared here).

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE ref_new (record_id VARCHAR(36) NOT NULL, field VARCHAR(40) NOT NULL, "
               "target_id VARCHAR(36) NOT NULL, collection VARCHAR(16) NOT NULL, "
               "PRIMARY KEY (record_id, field, target_id)) WITHOUT ROWID")
    op.execute("INSERT INTO ref_new SELECT record_id, field, target_id, collection FROM ref")
    op.execute("DROP TABLE ref")
    op.execute("ALTER TABLE ref_new RENAME TO ref")
    op.execute("CREATE INDEX ix_ref_target ON ref (target_id, field)")
    op.execute("DROP TABLE search")
    op.execute("CREATE VIRTUAL TABLE search USING fts5(title, body, content = '', "
               "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    op.execute("DELETE FROM meta WHERE key = 'search.version'")


def downgrade() -> None:
    op.execute("DROP TABLE search")
    op.execute("CREATE VIRTUAL TABLE search USING fts5(title, body, "
               "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    op.execute("DELETE FROM meta WHERE key = 'search.version'")
