"""Shared by the sync tests: a group of replicas on the test server, comparing replicas."""

from __future__ import annotations

import itertools
from pathlib import Path

from sqlalchemy import select

from ruraldesk.store import Store
from ruraldesk.store.models import MODELS
from sync.client import Account, Replicator, save_account
from sync.client.transport import Transport
from sync.protocol import same

_counter = itertools.count()


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


class Group:
    """A group on the test server with replicas attached to it."""

    def __init__(self, server, tmp_path: Path, name: str = "village"):
        self.server = server
        self.name = name
        self.tmp = tmp_path
        self.tokens = server.make_group(name, {"coord": "coordinator", "ana": "member", "rui": "member",
                                               "eva": "member", "lia": "member", "reader": "reader"})
        self.stores: list[Store] = []

    def replica(self, member: str = "ana", *, label: str | None = None, url: str | None = None) -> Store:
        path = self.tmp / f"{label or member}-{next(_counter)}" / "replica.sqlite"
        store = Store(path, author=member)
        save_account(store, Account(url or self.server.url, self.name, member), self.tokens[member])
        self.stores.append(store)
        return store

    def replicator(self, store: Store, *, url: str | None = None, **kw) -> Replicator:
        token = self.tokens[store.author]
        options = {k: kw.pop(k) for k in ("max_attempts", "backoff_base", "backoff_cap",
                                          "read_timeout", "connect_timeout") if k in kw}
        options.setdefault("backoff_base", 0.01)
        options.setdefault("backoff_cap", 0.1)
        options.setdefault("read_timeout", 20)
        transport = Transport(url or self.server.url, token, **options)
        return Replicator(store, transport, group=self.name, **kw)

    def sync(self, store: Store, **kw):
        return self.replicator(store, **kw).sync()

    def close(self) -> None:
        for s in self.stores:
            s.close()
