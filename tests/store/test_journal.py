"""Every write appends to the journal in the same transaction; a failure leaves neither."""

import sqlite3

import pytest

from ruraldesk.store import StoreError


def counts(store):
    s = store.stats()
    return {c: v["records"] + v["trash"] for c, v in s["collections"].items()}, s["journal_entries"]


def test_every_operation_is_journaled(store, tmp_path):
    _, before = counts(store)
    p = store.create("practice", {"title": "Village shop", "kind": "good"})
    c = store.create("contact", {"kind": "person", "name": "Ana"})
    store.update(p.id, {"summary": "Owned by 200 villagers"})
    store.link(p.id, c.id)
    store.unlink(c.id, p.id)
    store.delete(p.id)
    store.restore(p.id)
    f = tmp_path / "photo.png"
    f.write_bytes(b"\x89PNG fake")
    store.add_attachment(p.id, f)  # create attachment + link
    store.erase(c.id)
    ops = [h.op for h in store.history(p.id)]
    assert ops == ["create", "update", "link", "unlink", "delete", "restore", "link"]
    _, after = counts(store)
    assert after - before == 10  # 7 on the practice, contact create, attachment create, erase
    assert [h.op for h in store.history(c.id)] == ["create", "erase"]


def test_failure_inside_a_write_block_rolls_back_everything(store):
    before = counts(store)
    with pytest.raises(RuntimeError):
        with store.write() as w:
            w.create("practice", {"title": "First", "kind": "good"})
            w.create("contact", {"kind": "person", "name": "B"})
            raise RuntimeError("power cut")
    assert counts(store) == before
    assert store.search("First") == []


def _install_failure(path, table):
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} "
                 "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("table", ["journal", "doc", "ref"])
def test_database_failure_mid_write_leaves_neither_row_nor_journal(store, table):
    theme = store.list_ids("theme")[0]
    before = counts(store)
    _install_failure(store.path, table)
    with pytest.raises(StoreError, match="injected failure"):
        store.create("practice", {"title": "Doomed", "kind": "good", "themes": [theme]})
    assert counts(store) == before
    assert store.count("practice") == 0


def test_failed_update_keeps_the_old_value_and_no_entry(store):
    p = store.create("practice", {"title": "Before", "kind": "good"})
    _install_failure(store.path, "journal")
    with pytest.raises(StoreError):
        store.update(p.id, {"title": "After"})
    assert store.get(p.id).title == "Before"
    assert [h.op for h in store.history(p.id)] == ["create"]
    assert store.search("After") == [] and store.search("Before")[0].record_id == p.id


def test_validation_failure_writes_nothing(store):
    from ruraldesk.domain.validation import ValidationError

    before = counts(store)
    with pytest.raises(ValidationError):
        store.create("contact", {"kind": "person", "name": "X", "emails": [{"type": "w", "value": "bad"}]})
    assert counts(store) == before


def test_bulk_create_is_journaled(store):
    _, before = counts(store)
    with store.write() as w:
        ids = w.create_many("tool", [(None, {"title": f"Toolkit {i}", "kind": "toolkit"}) for i in range(50)])
    _, after = counts(store)
    assert after - before == 50
    assert store.history(ids[7])[0].changes["title"] == "Toolkit 7"
    assert store.pending_count() >= 50
