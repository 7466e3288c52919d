"""A replica the size of its data (issue 15, item 3): the replica file, its WAL checkpointed,
is at most 2.5x the JSON of its records; and migration 0008, which shrinks the search index,
upgrades a replica that holds data without changing what its searches find."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from ruraldesk.store import Filters, Store, migrate

ROOT = Path(__file__).resolve().parents[2]
PEER = Path(os.environ.get("RURALDESK_PEER_POUCHDB", ROOT.parent / "shared" / "peers" / "pouchdb"))
DOCS = 2_000
LIMIT = 2.5


@pytest.fixture(scope="module")
def peer():
    """The peer benchmark's document generator and its RuralDesk mapping."""
    if not (PEER / "gen_docs.py").is_file():
        pytest.skip(f"no peer at {PEER}")
    sys.path.insert(0, str(PEER))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen_docs
    from peer import mapping

    return SimpleNamespace(gen=gen_docs, mapping=mapping)


def _on_disk(store: Store) -> int:
    """The replica file and its WAL, after folding the WAL back (what a large sync ends with)."""
    store.wal.now()
    return sum(p.stat().st_size for p in (store.path, store.path.with_name(store.path.name + "-wal"))
               if p.exists())


def _bytes_by_table(store: Store) -> dict[str, int]:
    with store.read() as conn:
        return dict(conn.exec_driver_sql(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8").all())


def test_a_replica_is_at_most_two_and_a_half_times_the_json_of_its_records(tmp_path, peer):
    docs = peer.gen.generate_docs(DOCS, 42)
    json_bytes = len(peer.gen.to_json_bytes(docs))
    m = peer.mapping
    themes = m.theme_records(PEER / "words.json")
    items = [(m.practice_id(d["_id"]), m.to_practice(d)) for d in docs]

    # replica 1 writes the documents (1,000 per transaction, as the benchmark) and pushes them:
    # every change accepted, every record echoed with its server seq
    one = Store(tmp_path / "one" / "replica.sqlite", author="ana")
    with one.write() as w:
        w.create_many("theme", themes)
    for i in range(0, len(items), 1000):
        with one.write() as w:
            w.create_many("practice", items[i:i + 1000])
    from ruraldesk.store.replication import Echo

    seq = 0
    while batch := one.replication.outbox(limit=500):
        echoes = []
        for change in batch:
            seq += 1
            echoes.append(Echo(change.record_id, change.collection, seq))
        one.replication.record_push_results([c.change_id for c in batch], echoes)

    # replica 2 pulls them: pages of records as the server sends them
    records = [r for c in ("theme", "practice") for r in one.get_many(c, one.list_ids(c)).values()]
    two = Store(tmp_path / "two" / "replica.sqlite", author="rui")
    for i in range(0, len(records), 1000):
        page = SimpleNamespace(records=[SimpleNamespace(
            id=r.id, collection=r.collection, fields=r.fields, deleted=r.deleted, seq=r.server_seq,
            created_at=r.created_at, created_by=r.created_by, updated_at=r.updated_at,
            updated_by=r.updated_by) for r in records[i:i + 1000]],
            conflicts=[], erasures=[], cursor=str(i + 1000))
        two.replication.apply_page(page)
    assert two.count("practice") == one.count("practice") == DOCS

    try:
        for store in (one, two):
            ratio = _on_disk(store) / json_bytes
            assert ratio <= LIMIT, (f"{store.path.parent.name}: {ratio:.2f}x the documents' JSON; "
                                    f"largest tables {_bytes_by_table(store)}")
    finally:
        one.close()
        two.close()


# -- migration 0008 ------------------------------------------------------------------------
QUERIES = ["co", "coop", "coo", "cooperative", "energy cooperative", "malaga", "wojcik", "Łódź", "lodz",
           "al", "village", "sola", "toolkit gov", "pt"]


def _found_at_0007(path: Path) -> dict[str, set[str]]:
    """What the 0007 schema's index finds, by the store's own match expression."""
    from ruraldesk.store.search import match_expression

    conn = sqlite3.connect(path)
    try:
        return {q: {r for (r,) in conn.execute(
            "SELECT d.record_id FROM search JOIN doc d ON d.doc_id = search.rowid "
            "WHERE search MATCH ? AND d.deleted = 0", (match_expression(q),))} for q in QUERIES}
    finally:
        conn.close()


def _schema(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE name = 'search' OR "
                                 "name LIKE 'ix_%'"))
    finally:
        conn.close()


def test_migration_0008_upgrades_a_replica_with_data_and_its_searches_find_the_same(tmp_path):
    from alembic import command
    from sqlalchemy import text

    from ruraldesk.store.engine import make_engine
    from ruraldesk.store.search import index_version, rebuild_index

    path = tmp_path / "r.sqlite"
    with Store(path, author="t") as s:
        ids = [s.create("practice", {"title": "Coopérative solaire de Málaga", "kind": "good",
                                     "country": "ES", "region": "ES61", "language": "fr"}).id,
               s.create("practice", {"title": "Energy cooperative in Alentejo", "kind": "mixed",
                                     "country": "PT", "summary": "Villagers own the panels"}).id,
               s.create("contact", {"kind": "person", "name": "Zofia Wójcik", "country": "PL",
                                    "notes": "Knows every energy cooperative in Łódź"}).id,
               s.create("tool", {"title": "Cooperative governance toolkit", "kind": "toolkit"}).id]
        gone = s.create("practice", {"title": "Village cooperative shop", "kind": "bad"}).id
        s.delete(gone)
        with s.write() as w:
            w.create_many("practice", [(None, {"title": f"Coop {i} of the valley", "kind": "good"})
                                       for i in range(300)])

    # the replica as 0007 left it: its schema, and its index filled as 0007 filled it
    cfg = migrate._config()
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    with engine.begin() as conn:
        rebuild_index(conn)
        conn.execute(text("INSERT INTO meta(key, value) VALUES ('search.version', :v)"), {"v": index_version()})
    engine.dispose()
    old = _schema(path)
    assert "prefix = '2 3'" in old["search"] and "ix_doc_collection" in old and "ix_practice_country" in old
    before = _found_at_0007(path)
    assert ids[0] in before["malaga"] and ids[2] in before["lodz"] and len(before["co"]) > 300
    assert gone not in before["village"]

    with Store(path, author="t") as s:
        assert migrate.current_revision(s.engine) == "0008" == migrate.head_revision()
        assert s.migration_backup is not None and s.migration_backup.exists()
        new = _schema(path)
        assert "prefix = '2'" in new["search"] and "content = ''" in new["search"]
        assert not {"ix_doc_collection", "ix_practice_country", "ix_contact_country"} & set(new)
        for q in QUERIES:
            assert {h.record_id for h in s.search(q, limit=1000)} == before[q], q
            assert s.search_count(q) == len(before[q]), q
        # a collection-filtered count starts from the index (it probed it once per record)
        assert s.search_count("coop", filters=Filters(collections=("practice",))) == 302
        assert s.search_count("coop", filters=Filters(collections=("tool",))) == 1
        assert [h.record_id for h in s.search("village", filters=Filters(deleted=True))] == [gone]
        # and the rebuilt index follows later writes
        s.update(ids[1], {"title": "Solar cooperative of Évora"})
        assert [h.record_id for h in s.search("evora")] == [ids[1]]
        assert ids[1] not in {h.record_id for h in s.search("alentejo")}
        s.erase(ids[2])
        assert s.search("wojcik") == []
        assert s.check_integrity() == []
