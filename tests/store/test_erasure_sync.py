"""An attachment erased by a coordinator loses its bytes on every replica, through real sync."""

from __future__ import annotations

from ruraldesk.store import Store
from sync.client import Replicator
from sync.client.transport import Transport
from sync.server.testing import serve


def test_an_erased_attachment_leaves_no_bytes_on_the_replicas(tmp_path):
    with serve(None, tmp_path / "server") as server:
        tokens = server.make_group("village", {"coord": "coordinator", "ana": "member", "rui": "member"})
        a = Store(tmp_path / "a" / "replica.sqlite", author="ana")
        b = Store(tmp_path / "b" / "replica.sqlite", author="rui")

        def sync(store):
            return Replicator(store, Transport(server.url, tokens[store.author], backoff_base=0.01,
                                               backoff_cap=0.1), group="village").sync()

        try:
            p = a.create("practice", {"title": "Market", "kind": "good"})
            (tmp_path / "minutes.pdf").write_bytes(b"%PDF-1.4 minutes naming Ilse Brunnhuber")
            att = a.add_attachment(p.id, tmp_path / "minutes.pdf")
            sync(a)
            assert sync(b).downloaded_blobs == 1
            blobs = [s.attachment_path(s.get(att.id)) for s in (a, b)]
            assert all(path.is_file() for path in blobs)
            server.service.erase("village", att.id, "coord")
            for s in (a, b):
                assert sync(s).erasures == 1
                assert s.find(att.id) is None and s.blobs.total_size() == 0
                wal = s.path.with_name(s.path.name + "-wal")
                data = s.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
                assert b"minutes.pdf" not in data and att.fields["sha256"].encode() not in data
            assert not any(path.exists() for path in blobs)
        finally:
            a.close(), b.close()
