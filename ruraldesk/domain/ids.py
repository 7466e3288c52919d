"""Record ids: UUIDv7 made on the device, so creating a record needs no server."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


def is_id(value: object) -> bool:
    """A UUID in its canonical 36-character form (the only form ids are stored and sent in)."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def stable_id(namespace: str, name: str) -> str:
    """A deterministic id for records every replica creates on its own (seed themes),
    so that independent replicas agree on them instead of duplicating them."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ruraldesk:{namespace}:{name}"))
