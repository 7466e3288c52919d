"""SQLAlchemy models of the local replica.

Every record table keeps the whole record in `fields` (JSON) and promotes the
fields that lists sort and filter on to typed columns, derived by the store on
every write. `ref` indexes REF/REFS fields both ways (themes, links,
attachments); `doc` + the FTS5 table `search` hold the full-text index.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class RecordRow:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sort_key: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(String(200))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the server sequence of the last version of this record we know (sync base)
    server_seq: Mapped[int] = mapped_column(Integer, default=0)


class Practice(RecordRow, Base):
    __tablename__ = "practice"
    title: Mapped[str | None] = mapped_column(String)
    kind: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(3))
    start_date: Mapped[str | None] = mapped_column(String(10))
    __table_args__ = (
        Index("ix_practice_list", "deleted", "sort_key", "id"),
        Index("ix_practice_updated", "deleted", "updated_at"),
    )


class Contact(RecordRow, Base):
    __tablename__ = "contact"
    name: Mapped[str | None] = mapped_column(String)
    kind: Mapped[str | None] = mapped_column(String(24))
    organisation: Mapped[str | None] = mapped_column(String)
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(8))
    consent_basis: Mapped[str | None] = mapped_column(String(24))
    __table_args__ = (
        Index("ix_contact_list", "deleted", "sort_key", "id"),
        Index("ix_contact_updated", "deleted", "updated_at"),
    )


class Tool(RecordRow, Base):
    __tablename__ = "tool"
    title: Mapped[str | None] = mapped_column(String)
    kind: Mapped[str | None] = mapped_column(String(24))
    audience: Mapped[str | None] = mapped_column(String)
    language: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str | None] = mapped_column(String(16))
    __table_args__ = (
        Index("ix_tool_list", "deleted", "sort_key", "id"),
        Index("ix_tool_updated", "deleted", "updated_at"),
    )


class Theme(RecordRow, Base):
    __tablename__ = "theme"
    name: Mapped[str | None] = mapped_column(String)
    parent: Mapped[str | None] = mapped_column(String(36), index=True)
    __table_args__ = (Index("ix_theme_list", "deleted", "sort_key", "id"),)


class Attachment(RecordRow, Base):
    __tablename__ = "attachment"
    file_name: Mapped[str | None] = mapped_column(String)
    media_type: Mapped[str | None] = mapped_column(String)
    size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    __table_args__ = (Index("ix_attachment_list", "deleted", "sort_key", "id"),)


class Discussion(RecordRow, Base):
    __tablename__ = "discussion"
    title: Mapped[str | None] = mapped_column(String)
    about: Mapped[str | None] = mapped_column(String(36))
    author: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(3))
    __table_args__ = (
        Index("ix_discussion_list", "deleted", "sort_key", "id"),
        Index("ix_discussion_about", "about", "deleted"),
    )


class Post(RecordRow, Base):
    __tablename__ = "post"
    text: Mapped[str | None] = mapped_column(String)
    thread: Mapped[str | None] = mapped_column(String(36))
    author: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str | None] = mapped_column(String(16))
    #: the order posts arrived in this replica (a trigger numbers every new row): unread
    #: counts compare it with the thread's read marker, whatever clock wrote the post
    arrival: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        Index("ix_post_thread", "thread", "deleted", "created_at", "arrival", "author"),
        Index("ix_post_arrival", "arrival"),
        Index("ix_post_author", "author"),
    )


MODELS: dict[str, type[RecordRow]] = {
    "practice": Practice, "contact": Contact, "tool": Tool, "theme": Theme, "attachment": Attachment,
    "discussion": Discussion, "post": Post,
}


class Draft(Base):
    """What someone is writing in a composer, kept across restarts (never synced). `key`
    is the thread's id, "topic" for a new topic, or "comment:<record id>" before the
    record's first comment."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str | None] = mapped_column(String)
    replies_to: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[str] = mapped_column(String(32))


class ReadMarker(Base):
    """The last post (by arrival) read in a thread, here (never synced)."""

    __tablename__ = "read_marker"
    thread_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen: Mapped[int] = mapped_column(Integer, default=0)
    read_at: Mapped[str] = mapped_column(String(32))


class Ref(Base):
    """One REF/REFS value: `record_id`.`field` points at `target_id`."""

    __tablename__ = "ref"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    collection: Mapped[str] = mapped_column(String(16))
    __table_args__ = (Index("ix_ref_target", "target_id", "field"), {"sqlite_with_rowid": False})


class Doc(Base):
    """Search metadata; `doc_id` is the rowid of the record's row in FTS5 `search`."""

    __tablename__ = "doc"
    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), unique=True)
    collection: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str | None] = mapped_column(String(24))
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str | None] = mapped_column(String(16))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # No index on (collection, deleted): SQLite would drive a collection-filtered search
    # from it and probe the full-text index once per record (see migration 0008).


class Journal(Base):
    """The change journal: every write, in the transaction that made it.

    state: 'pending' (made here, not yet accepted by the server), 'sent'
    (accepted), 'remote' (applied from a pull).
    """

    __tablename__ = "journal"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    record_id: Mapped[str] = mapped_column(String(36))
    collection: Mapped[str] = mapped_column(String(16))
    op: Mapped[str] = mapped_column(String(12))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(200))
    base_seq: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(8), default="pending")
    __table_args__ = (
        Index("ix_journal_state", "state", "seq"),
        Index("ix_journal_record", "record_id", "seq"),
    )


class Meta(Base):
    """Small key/value facts of the workspace: device id, author, sync cursor."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Conflict(Base):
    """A conflict the server recorded: both values kept until a person resolves it.

    `data` is the conflict as the server sent it (values, who, when); the
    columns are what the conflicts view lists and filters on.
    """

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    collection: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="open")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_conflict_status", "status", "created_at"),)


class News(Base):
    """What arrived from others: one row per record (its latest arrival), written in the
    transaction that applied the pulled page (see news.py). `sync` is the stamp of the
    sync that brought it, `by` the member id the server stamped."""

    __tablename__ = "news"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    collection: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8))          # new | changed
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[str] = mapped_column(String(32))           # when the member made the change
    sync: Mapped[str] = mapped_column(String(32))         # when it arrived here
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_news_sync", "sync", "record_id"), Index("ix_news_unread", "read", "collection"))


class Member(Base):
    """The group's member directory, as the server last listed it: names for member ids."""

    __tablename__ = "member"
    member_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String, default="")
    organisation: Mapped[str] = mapped_column(String, default="")
    role: Mapped[str] = mapped_column(String(16), default="")
    last_sync_at: Mapped[str | None] = mapped_column(String(32))
    removed_at: Mapped[str | None] = mapped_column(String(32))


class DeviceKey(Base):
    """The group's device keys, as the server last listed them: relayed changes are checked
    against these, offline (issue 19)."""

    __tablename__ = "device_key"
    member_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    device: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))


class Relayed(Base):
    """A change of another member that reached this replica by hand-over, kept once per
    (author, change id) so it is applied once and forwarded to the server once.
    state: applied | held (its device key is not known here yet) | refused."""

    __tablename__ = "relayed"
    author: Mapped[str] = mapped_column(String(200), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))
    envelope: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(String)
    received_at: Mapped[str] = mapped_column(String(32))
    forwarded_at: Mapped[str | None] = mapped_column(String(32))
    __table_args__ = (Index("ix_relayed_forward", "forwarded_at"),)
