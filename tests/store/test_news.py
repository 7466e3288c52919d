"""The replica's side of What's new: arrivals recorded with a pulled page (real SQLite file),
the first pull as one summary, pruning, the member directory, migration 0005."""

from __future__ import annotations

import sqlite3

from ruraldesk.domain.ids import new_id
from ruraldesk.store import Store, migrate

from pulled_pages import Page as _Page
from pulled_pages import State as _State


def _practices(n: int, seq0: int, by: str = "ana") -> list[_State]:
    return [_State(new_id(), "practice", {"title": f"P{seq0 + i}", "kind": "good"}, seq0 + i, updated_by=by,
                   created_by=by) for i in range(n)]


def test_a_first_pull_of_ten_thousand_is_one_summary_then_arrivals_are_lines(store):
    rep = store.replication
    store.set_meta("sync.last_attempt_at", "2026-12-01T08:00:00.000Z")
    seq = 1
    for page in range(10):                        # the first sync: 10 pages of 1,000
        rep.apply_page(_Page(_practices(1000, seq), str(seq + 999)))
        seq += 1000
    assert store.news.index() == [] and store.news.unread_counts() == {}
    assert store.news.last_sync() == {"first": {"practice": 10_000}}
    assert store.news.review_mark() == 10_000      # review starts where the group was found

    store.set_meta("sync.last_attempt_at", "2026-12-02T08:00:00.000Z")
    page = _practices(3, seq) + _practices(2, seq + 3, by="tester")     # two are this replica's own
    rep.apply_page(_Page(page, str(seq + 10)))
    assert {r[0] for r in store.news.index()} == {s.id for s in page[:3]}
    assert store.news.last_sync() == {"practice": {"new": 3}}
    assert store.news.review_count() == 3


def test_prune_forgets_old_arrivals_and_marking_reads(store):
    rep = store.replication
    store.set_meta("sync.cursor", "1")              # not the first pull
    store.set_meta("sync.last_attempt_at", "2020-01-01T00:00:00.000Z")
    old = _practices(2, 10)
    rep.apply_page(_Page(old, "20"))
    store.set_meta("sync.last_attempt_at", "2099-01-01T00:00:00.000Z")
    new = _practices(1, 30)
    rep.apply_page(_Page(new, "40"))
    assert store.news.unread_counts() == {"practice": 3}
    assert store.news.prune(90) == 2
    assert [r[0] for r in store.news.index()] == [new[0].id]
    assert store.news.mark_all_read() == 1 and store.news.unread_counts() == {}


def test_the_member_directory_names_ids_and_keeps_removed_members(store):
    store.news.set_members([{"member_id": "ana", "name": "Ana Sousa", "role": "member"},
                            {"member_id": "rui", "name": "", "role": "coordinator"},
                            {"member": "old", "name": "Old Timer", "removed_at": "2026-01-01T00:00:00Z"},
                            {"name": "no id: ignored"}])
    assert store.news.names(["ana", "rui", "old", "x"]) == {"ana": "Ana Sousa", "old": "Old Timer"}
    assert store.news.name("rui") == "rui" and store.news.role("rui") == "coordinator"
    store.news.set_members([{"member_id": "ana", "name": "Ana S.", "role": "coordinator"}])
    assert store.news.name("ana") == "Ana S." and store.news.name("old") == "Old Timer"


def test_migration_0005_gives_tools_a_status_from_their_values(tmp_path):
    from alembic import command

    path = tmp_path / "r.sqlite"
    store = Store(path)
    tool = store.create("tool", {"title": "Guide", "kind": "guideline", "status": "shared"})
    plain = store.create("tool", {"title": "Kit", "kind": "toolkit"})
    store.close()
    cfg = migrate._config()
    engine = Store.__init__.__globals__["make_engine"](path)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    engine.dispose()
    old = sqlite3.connect(path)
    assert "status" not in [r[1] for r in old.execute("PRAGMA table_info(tool)")]
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('news', 'member')").fetchone()[0] == 0
    old.close()

    reopened = Store(path)
    with reopened.read() as conn:
        got = dict(conn.exec_driver_sql("SELECT id, status FROM tool").all())
    assert got[tool.id] == "shared" and got[plain.id] is None
    assert reopened.news.members() == [] and reopened.news.index() == []
    reopened.close()
