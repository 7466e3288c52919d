"""Fixtures for the sync tests: the real server on loopback (sync/server/testing.py),
real replica files, the real requests client."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from ruraldesk.store import Store
from sync.client import Account, Replicator, save_account
from sync.client.transport import Transport

_counter = itertools.count()


@pytest.fixture
def server(tmp_path):
    from sync.server.testing import serve

    with serve(None, tmp_path / "server") as handle:
        yield handle


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


@pytest.fixture
def group(server, tmp_path):
    g = Group(server, tmp_path)
    yield g
    g.close()
