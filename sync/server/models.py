"""Server tables. Every table is keyed by group first, so a distributed PostgreSQL can
shard by group; every row of group data carries the group id."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Group(Base):
    __tablename__ = "groups"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    #: the last seq handed out in this group; the row is locked while a push runs
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Member(Base):
    __tablename__ = "members"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[str] = mapped_column(String(32))
    removed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    organisation: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: the last pull or push, to the minute (written after the answer, at most once a minute)
    last_sync_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Token(Base):
    """Bearer tokens; only the sha256 of the token is stored."""

    __tablename__ = "tokens"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    token_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(40))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Record(Base):
    """The latest state of every record (the pull feed is compacted from this)."""

    __tablename__ = "records"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    collection: Mapped[str] = mapped_column(String(16))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(String(200))
    #: the replica whose push made this exact state (its pulls leave the record out); any
    #: other write of the record clears it
    echo_replica: Mapped[str | None] = mapped_column(String(36), nullable=True)
    __table_args__ = (Index("ix_records_group_seq", "group_id", "seq"),)


class Change(Base):
    """Every pushed change and its result: the history, and what makes retries idempotent.

    Keyed per member: a change id is the pushing replica's own, so another member's use
    of the same id is another change. A rejected change keeps no values, only the names
    of the fields it tried to set (`field_names`)."""

    __tablename__ = "changes"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))
    collection: Mapped[str] = mapped_column(String(16))
    op: Mapped[str] = mapped_column(String(12))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    base_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    at: Mapped[str] = mapped_column(String(200), default="")
    by: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12))
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reason: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    conflicts: Mapped[list[str]] = mapped_column(JSON, default=list)
    field_names: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    #: the result said echo (a retry answers the same while the record is still in that state)
    echo: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    received_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_changes_group_record", "group_id", "record_id", "seq"),)


class Conflict(Base):
    __tablename__ = "conflicts"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    conflict_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))
    collection: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(40), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_conflicts_group_seq", "group_id", "seq"),
                      Index("ix_conflicts_group_record", "group_id", "record_id"))


class Erasure(Base):
    """Tombstones of erased records: no field values, only the fact and its seq."""

    __tablename__ = "erasures"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    collection: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(200))
    __table_args__ = (Index("ix_erasures_group_seq", "group_id", "seq"),)


class Audit(Base):
    """Every administrative act: who, when, what, on whom. `audit_id` is a UUIDv7, so the
    primary key orders a group's log by time."""

    __tablename__ = "audit"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    audit_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Invitation(Base):
    """A one-time invitation: only the sha256 of its secret is kept. Redeemed, it names the
    member and the token it made."""

    __tablename__ = "invitations"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    invitation_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    #: the member id asked for; None: made from the name when redeemed
    member_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[str] = mapped_column(String(32))
    cancelled_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    redeemed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    redeemed_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    token_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    __table_args__ = (Index("ix_invitations_group_secret", "group_id", "secret_hash", unique=True),)


class DeviceKey(Base):
    """A member's device signing key (Ed25519, base64url): relayed changes must carry a
    signature by one of these (issue 19, sync/server/relay.py)."""

    __tablename__ = "device_keys"
    group_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    device: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))


__all__ = ["Audit", "Base", "Change", "Conflict", "DeviceKey", "Erasure", "Group", "Invitation", "Member", "Record",
           "Token", "Integer"]
