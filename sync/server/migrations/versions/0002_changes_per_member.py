"""Changes keyed per member (group, member, change id); rejected changes keep field names only.

A change id is chosen by the pushing replica, so it is unique per member, not per group:
keyed by (group, change id), another member's change with the same id was taken for a
retry and silently not applied. Rejected rows lose their values: they were kept whole
and without quota, and could hold an erased person's data.

Revision ID: s0002
Revises: s0001
Create Date: 2026-05-20
"""
import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def _changes_without_key(*extra: sa.Column) -> sa.Table:
    """The 0001 `changes` table without its primary key: SQLite cannot drop a key, so
    the table is copied from this (with the new key added) instead of from itself."""
    return sa.Table(
        "changes", sa.MetaData(),
        sa.Column("group_id", sa.String(40), nullable=False),
        sa.Column("change_id", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("collection", sa.String(16), nullable=False),
        sa.Column("op", sa.String(12), nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("previous", sa.JSON, nullable=False),
        sa.Column("base_seq", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("at", sa.String(200), nullable=False, server_default=""),
        sa.Column("by", sa.String(200), nullable=False, server_default=""),
        sa.Column("member_id", sa.String(40), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=True),
        sa.Column("reason", sa.String(2000), nullable=True),
        sa.Column("conflicts", sa.JSON, nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        *extra,
        sa.Index("ix_changes_group_record", "group_id", "record_id", "seq"),
    )


def _rekey(columns: list[str], *extra: sa.Column) -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("changes", recreate="always", copy_from=_changes_without_key(*extra)) as b:
            b.create_primary_key("pk_changes", columns)
    else:
        op.drop_constraint(_pk_name(), "changes", type_="primary")
        op.create_primary_key("pk_changes", "changes", columns)


def _pk_name() -> str:
    return sa.inspect(op.get_bind()).get_pk_constraint("changes")["name"]


def upgrade() -> None:
    op.add_column("changes", sa.Column("field_names", sa.JSON, nullable=True))
    _rekey(["group_id", "member_id", "change_id"], sa.Column("field_names", sa.JSON, nullable=True))
    changes = sa.table("changes", sa.column("status", sa.String), sa.column("fields", sa.JSON),
                       sa.column("previous", sa.JSON))
    # the old rows' values of rejected changes go too (their names are not worth a JSON scan)
    op.execute(changes.update().where(changes.c.status == "rejected").values(fields={}, previous={}))


def downgrade() -> None:
    _rekey(["group_id", "change_id"], sa.Column("field_names", sa.JSON, nullable=True))
    with op.batch_alter_table("changes") as b:
        b.drop_column("field_names")
