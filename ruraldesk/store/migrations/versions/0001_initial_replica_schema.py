"""initial replica schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 05:38:54.474907
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('file_name', sa.String(), nullable=True),
    sa.Column('media_type', sa.String(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('sort_key', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_list', ['deleted', 'sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('contact',
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=True),
    sa.Column('organisation', sa.String(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('region', sa.String(length=8), nullable=True),
    sa.Column('consent_basis', sa.String(length=24), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('sort_key', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_country', ['country', 'region'], unique=False)
        batch_op.create_index('ix_contact_list', ['deleted', 'sort_key', 'id'], unique=False)
        batch_op.create_index('ix_contact_updated', ['deleted', 'updated_at'], unique=False)

    op.create_table('doc',
    sa.Column('doc_id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('collection', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('region', sa.String(length=8), nullable=True),
    sa.Column('language', sa.String(length=3), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('doc_id'),
    sa.UniqueConstraint('record_id')
    )
    op.create_table('journal',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('collection', sa.String(length=16), nullable=False),
    sa.Column('op', sa.String(length=12), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('previous', sa.JSON(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('by', sa.String(length=200), nullable=False),
    sa.Column('base_seq', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('change_id')
    )
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_record_id'), ['record_id'], unique=False)
        batch_op.create_index('ix_journal_state', ['state', 'seq'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('practice',
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('region', sa.String(length=8), nullable=True),
    sa.Column('language', sa.String(length=3), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('sort_key', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('practice', schema=None) as batch_op:
        batch_op.create_index('ix_practice_country', ['country', 'region'], unique=False)
        batch_op.create_index('ix_practice_list', ['deleted', 'sort_key', 'id'], unique=False)
        batch_op.create_index('ix_practice_updated', ['deleted', 'updated_at'], unique=False)

    op.create_table('ref',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('collection', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('record_id', 'field', 'target_id')
    )
    with op.batch_alter_table('ref', schema=None) as batch_op:
        batch_op.create_index('ix_ref_target', ['target_id', 'field'], unique=False)

    op.create_table('theme',
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('parent', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('sort_key', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.create_index('ix_theme_list', ['deleted', 'sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_parent'), ['parent'], unique=False)

    op.create_table('tool',
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=True),
    sa.Column('audience', sa.String(), nullable=True),
    sa.Column('language', sa.String(length=3), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('sort_key', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tool', schema=None) as batch_op:
        batch_op.create_index('ix_tool_list', ['deleted', 'sort_key', 'id'], unique=False)
        batch_op.create_index('ix_tool_updated', ['deleted', 'updated_at'], unique=False)



    # Diacritics folded at index and query time; prefix indexes keep
    # type-ahead prefix queries fast.
    op.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search")
    with op.batch_alter_table('tool', schema=None) as batch_op:
        batch_op.drop_index('ix_tool_updated')
        batch_op.drop_index('ix_tool_list')

    op.drop_table('tool')
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_parent'))
        batch_op.drop_index('ix_theme_list')

    op.drop_table('theme')
    with op.batch_alter_table('ref', schema=None) as batch_op:
        batch_op.drop_index('ix_ref_target')

    op.drop_table('ref')
    with op.batch_alter_table('practice', schema=None) as batch_op:
        batch_op.drop_index('ix_practice_updated')
        batch_op.drop_index('ix_practice_list')
        batch_op.drop_index('ix_practice_country')

    op.drop_table('practice')
    op.drop_table('meta')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_state')
        batch_op.drop_index(batch_op.f('ix_journal_record_id'))

    op.drop_table('journal')
    op.drop_table('doc')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_updated')
        batch_op.drop_index('ix_contact_list')
        batch_op.drop_index('ix_contact_country')

    op.drop_table('contact')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index('ix_attachment_list')

    op.drop_table('attachment')
