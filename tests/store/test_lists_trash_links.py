import pytest

from ruraldesk.store import Filters, NotFound


@pytest.fixture
def practices(store):
    names = ["Zebra crossing", "apple orchard", "Éco-village", "banana farm", "Ángel's shop"]
    ids = {}
    for i, n in enumerate(names):
        ids[n] = store.create("practice", {"title": n, "kind": "good" if i % 2 else "bad",
                                           "country": "PT" if i < 3 else "ES"}).id
    return ids


def test_list_ids_sorted_case_and_accent_insensitive(store, practices):
    titles = [store.get(i).title for i in store.list_ids("practice")]
    assert titles == ["Ángel's shop", "apple orchard", "banana farm", "Éco-village", "Zebra crossing"]
    assert store.list_ids("practice", descending=True) == list(reversed(store.list_ids("practice")))


def test_window_is_a_slice_of_the_ordered_ids(store, practices):
    ids = store.list_ids("practice", sort="updated_at")
    assert [r.id for r in store.window("practice", 1, 3, sort="updated_at")] == ids[1:4]


def test_filters_on_lists(store, practices):
    assert store.count("practice", Filters(country="ES")) == 2
    assert store.count("practice", Filters(kind="good", country="PT")) == 1
    assert store.count("contact", Filters(status="shared")) == 0  # a filter the table lacks is ignored


def test_unknown_sort_is_refused(store, practices):
    with pytest.raises(ValueError):
        store.list_ids("practice", sort="title; DROP TABLE practice")


def test_trash_and_restore(store, practices):
    pid = practices["banana farm"]
    store.delete(pid)
    assert pid not in store.list_ids("practice")
    assert store.list_ids("practice", filters=Filters(deleted=True)) == [pid]
    assert store.get(pid).deleted
    store.restore(pid)
    assert pid in store.list_ids("practice") and not store.get(pid).deleted
    store.delete(pid)
    assert store.empty_trash() == 1
    with pytest.raises(NotFound):
        store.get(pid)


def test_history_has_values_before_and_after(store, practices):
    pid = practices["apple orchard"]
    store.update(pid, {"title": "Apple orchard cooperative", "summary": "Shared press"})
    store.update(pid, {"summary": "Shared press and shop"})
    h = store.history(pid)
    assert [e.op for e in h] == ["create", "update", "update"]
    assert h[1].previous == {"title": "apple orchard", "summary": None}
    assert h[2].changes == {"summary": "Shared press and shop"}
    assert all(e.by == "tester" for e in h)
    assert h[0].at <= h[1].at <= h[2].at


def test_no_op_update_writes_nothing(store, practices):
    pid = practices["apple orchard"]
    store.update(pid, {"title": "apple orchard"})
    assert len(store.history(pid)) == 1


def test_links_both_ways(store, practices):
    pid = practices["apple orchard"]
    c = store.create("contact", {"kind": "organisation", "name": "Orchard Co-op"})
    t = store.create("tool", {"title": "Pressing guide", "kind": "guideline"})
    store.link(c.id, pid)   # either order: the practice owns the link
    store.link(pid, t.id)
    store.link(t.id, c.id)  # tool ↔ contact too
    assert store.get(pid).fields["contacts"] == [c.id]
    assert {r.id for r in store.linked(pid)["contact"]} == {c.id}
    assert [r.id for r in store.linked(c.id)["practice"]] == [pid]
    assert [r.id for r in store.linked(t.id)["practice"]] == [pid]
    assert [r.id for r in store.linked(c.id)["tool"]] == [t.id]
    store.unlink(pid, c.id)
    assert "practice" not in store.linked(c.id)
    with pytest.raises(ValueError):
        store.link(pid, practices["banana farm"])


def test_attachments_are_content_addressed_and_deduplicated(store, practices, tmp_path):
    pid = practices["apple orchard"]
    a = tmp_path / "a.pdf"
    a.write_bytes(b"%PDF-1.4 same bytes")
    b = tmp_path / "copy.pdf"
    b.write_bytes(b"%PDF-1.4 same bytes")
    first = store.add_attachment(pid, a)
    second = store.add_attachment(practices["banana farm"], b)
    assert first.fields["sha256"] == second.fields["sha256"]
    assert first.fields["media_type"] == "application/pdf" and first.fields["size"] == 19
    assert store.attachment_path(first).read_bytes() == b"%PDF-1.4 same bytes"
    assert len(list(store.blobs.root.glob("??/*"))) == 1
    assert [r.id for r in store.linked(pid)["attachment"]] == [first.id]


def test_erase_removes_every_trace(store, practices):
    pid = practices["apple orchard"]
    c = store.create("contact", {"kind": "person", "name": "Private Person",
                                 "emails": [{"type": "home", "value": "pp@example.org"}]})
    store.link(pid, c.id)
    store.update(c.id, {"notes": "phoned on Tuesday"})
    assert store.erase(c.id) == [pid]
    assert store.find(c.id) is None
    assert store.search("Private") == []
    assert "contacts" not in store.get(pid).fields
    with store.read() as conn:
        dump = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT changes, previous FROM journal"))
    assert "Private Person" not in dump and "pp@example.org" not in dump and c.id not in dump
    assert [e.op for e in store.history(c.id)] == ["create", "update", "erase"]


def test_erasure_also_removes_conflicts_that_hold_the_erased_values(store):
    from ruraldesk.store import remote

    person = store.create("contact", {"kind": "person", "name": "Ilse Brunnhuber"})
    with store.write() as w:
        remote.put_conflict(w, "c1", person.id, "contact", "name", "open",
                            {"server": "Ilse Brunnhuber", "other": "Ilse Brunhuber"})
    store.erase(person.id)
    store.compact()
    with store.read() as conn:
        assert remote.conflicts(conn, status=None) == []
    data = store.path.read_bytes() + (store.path.with_name(store.path.name + "-wal").read_bytes()
                                      if store.path.with_name(store.path.name + "-wal").exists() else b"")
    assert b"Brunnhuber" not in data and b"Brunhuber" not in data
