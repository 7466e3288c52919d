"""Pulled pages as the store sees them (duck-typed like sync.protocol's), for store tests."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class State:          # what sync.protocol.RecordState looks like to the store
    id: str
    collection: str
    fields: dict
    seq: int
    deleted: bool = False
    created_at: str = "2026-11-30T09:00:00.000Z"
    created_by: str = "ana"
    updated_at: str = "2026-11-30T09:00:00.000Z"
    updated_by: str = "ana"


@dataclass
class Page:
    records: list
    cursor: str
    conflicts: list = field(default_factory=list)
    erasures: list = field(default_factory=list)
