"""The same client against the server on a real PostgreSQL cluster (started by the test)."""

from __future__ import annotations

import pytest

from sync.client import list_conflicts, resolve_conflict

from sync_helpers import Group, assert_same

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_server(tmp_path_factory):
    from sync.server.testing import PostgresUnavailable, postgres_cluster, serve

    root = tmp_path_factory.mktemp("pg-sync")
    try:
        cluster = postgres_cluster(root)
        url = cluster.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        with serve(url, root / "data") as server:
            yield server
    finally:
        cluster.__exit__(None, None, None)


def test_three_replicas_on_postgres(pg_server, tmp_path):
    g = Group(pg_server, tmp_path, name="pgvillage")
    try:
        a, b, c = g.replica("ana"), g.replica("rui"), g.replica("eva")
        p = a.create("practice", {"title": "Bakery", "kind": "good"})
        person = a.create("contact", {"kind": "person", "name": "To be erased"})
        for s in (a, b, c):
            g.sync(s)
        a.update(p.id, {"title": "Village bakery"})
        b.update(p.id, {"title": "Co-op bakery"})
        c.update(p.id, {"summary": "Bread for three villages."})
        for s in (a, b, c, a, b):
            g.sync(s)
        conflict = list_conflicts(c)[0]
        resolve_conflict(c, conflict.id, "theirs")
        pg_server.service.erase(g.name, person.id, "coord")
        for _ in range(2):
            for s in (a, b, c):
                g.sync(s)
        assert_same(a, b, c)
        got = a.get(p.id)
        assert got.title == "Co-op bakery" and got.fields["summary"].startswith("Bread")
        assert all(s.find(person.id) is None for s in (a, b, c))
        assert all(list_conflicts(s) == [] for s in (a, b, c))
    finally:
        g.close()
