"""Comparing replicas."""

from __future__ import annotations

from sqlalchemy import select

from ruraldesk.store.models import MODELS
from sync.protocol import same


def snapshot(store) -> dict[str, tuple]:
    """Every record: (collection, normalised fields, deleted)."""
    out = {}
    with store.read() as conn:
        for collection, model in MODELS.items():
            t = model.__table__
            for row in conn.execute(select(t.c.id, t.c.fields, t.c.deleted)):
                fields = {k: (sorted(v) if isinstance(v, list) else v)
                          for k, v in (row.fields or {}).items() if v not in (None, [], "")}
                out[row.id] = (collection, fields, bool(row.deleted))
    return out


def assert_same(*stores) -> None:
    first = snapshot(stores[0])
    for other in stores[1:]:
        snap = snapshot(other)
        if snap != first:
            only_a = set(first) - set(snap)
            only_b = set(snap) - set(first)
            diff = [k for k in set(first) & set(snap) if first[k] != snap[k]]
            detail = [(k, first[k], snap[k]) for k in diff[:3]]
            raise AssertionError(f"replicas differ: {len(only_a)} only in first, {len(only_b)} only in "
                                 f"second, {len(diff)} different: {detail}")


def equal_values(a, b) -> bool:
    return same(a, b)
