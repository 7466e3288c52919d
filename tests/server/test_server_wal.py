"""The server's SQLite file: 8 KB pages, its WAL folded back after writes on a thread of its own
(sync/server/db.py)."""

from __future__ import annotations

import uuid

from server_helpers import Api, change, new_id


def test_a_push_commits_without_folding_and_the_fold_after_it_takes_every_frame(sqlite_server):
    server = sqlite_server
    name = "g-" + uuid.uuid4().hex[:12]
    api = Api(server.url, name, server.make_group(name, {"ana": "member"})["ana"])
    db = server.service.db
    with db.engine.connect() as conn:
        # SQLite would fold in the commit that passes 1,000 pages, holding up the next push
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    ids = [new_id() for _ in range(300)]
    api.push(*[change(rid, "create", {"kind": "organisation", "name": f"Org {i}", "notes": "n" * 3000},
                      collection="contact") for i, rid in enumerate(ids)])
    assert db.wal.wait(30)
    with db.engine.connect() as conn:
        busy, frames, folded = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").first()
    assert busy == 0 and frames > 250 and folded == frames   # the push wrote > 1 MB, all folded
    assert set(api.pull_all()[0]) == set(ids)


def test_a_new_database_has_8_kb_pages_and_an_older_one_keeps_its_own(tmp_path):
    import sqlite3

    from sync.server.db import Database

    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(old)
    con.execute("PRAGMA page_size=4096")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t(x)")
    con.close()
    for path, size in ((tmp_path / "new.sqlite", 8192), (old, 4096)):
        db = Database(f"sqlite:///{path}", migrate=path != old)
        try:
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA page_size").scalar() == size
        finally:
            db.dispose()
