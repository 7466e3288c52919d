"""a smaller search index, and no index the queries do not use (issue 15, item 3)

Measured with the dbstat table on a replica of the peer benchmark's 10,000 documents
(24.5 MB of JSON, 63.3 MB of replica): the full-text index took 17.1 MB, and 10.6 MB of
that were its two prefix indexes, 2 and 3 characters, each about as large as the index
itself. This keeps the 2-character one: without it a two-letter type-ahead query ("co")
merges the doclists of every term it starts, 2 to 8 times slower at 100,000 records per
collection; a 3-letter query without an index costs what a 4-letter one always did.

Dropped indexes:
- ix_doc_collection (collection, deleted): with it, SQLite drove a collection-filtered
  search count from `doc` and probed the full-text index once per record of the
  collection (8 s at 10,000 records, minutes at 100,000); without it the count starts from
  the index like every other search query.
- ix_practice_country, ix_contact_country (country, region): no list, sort or search
  query uses them (every one also filters on `deleted`, which the list indexes lead with).

The index keeps no text (contentless), so the new table is filled from the records: the
store rebuilds it when it opens (the index version in meta is cleared here, as in 0004).

Revision ID: 0008
Revises: 0007
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEARCH = ("CREATE VIRTUAL TABLE search USING fts5(title, body, content = '', "
          "tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')")


def _search(prefix: str) -> None:
    op.execute("DROP TABLE search")
    op.execute(SEARCH.format(prefix=prefix))
    op.execute("DELETE FROM meta WHERE key = 'search.version'")


def upgrade() -> None:
    _search("2")
    op.drop_index("ix_doc_collection", table_name="doc")
    op.drop_index("ix_practice_country", table_name="practice")
    op.drop_index("ix_contact_country", table_name="contact")


def downgrade() -> None:
    op.create_index("ix_contact_country", "contact", ["country", "region"])
    op.create_index("ix_practice_country", "practice", ["country", "region"])
    op.create_index("ix_doc_collection", "doc", ["collection", "deleted"])
    _search("2 3")
