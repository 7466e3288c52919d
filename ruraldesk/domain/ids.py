"""Record ids: UUIDv7 made on the device, so creating a record needs no server."""

from __future__ import annotations

import re
import uuid

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_id(value: object) -> bool:
    """A UUID in its canonical 36-character form (the only form ids are stored and sent in;
    uuid.UUID would also take braces or hyphens anywhere)."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def stable_id(namespace: str, name: str) -> str:
    """A deterministic id for records every replica creates on its own (seed themes),
    so that independent replicas agree on them instead of duplicating them."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ruraldesk:{namespace}:{name}"))
