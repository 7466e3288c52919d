"""The replica side of sync: applying pulled state, rebasing local edits, erasure, cursor."""

import pytest

from ruraldesk.domain.ids import new_id
from ruraldesk.store import remote


def test_outbox_lists_pending_changes_in_order_and_mark_sent_clears_them(store):
    p = store.create("practice", {"title": "Shop", "kind": "good"})
    store.update(p.id, {"summary": "s"})
    with store.read() as conn:
        mine = [c for c in remote.outbox(conn, limit=1000) if c.record_id == p.id]
    assert [c.op for c in mine] == ["create", "update"]
    assert mine[1].previous == {"summary": None} and mine[1].changes == {"summary": "s"}
    with store.write() as w:
        remote.mark_sent(w, [c.change_id for c in mine])
    with store.read() as conn:
        assert all(c.record_id != p.id for c in remote.outbox(conn, limit=1000))


def test_apply_remote_creates_updates_and_records_history(store):
    rid = new_id()
    with store.write() as w:
        remote.apply_remote(w, "contact", rid, {"kind": "person", "name": "Remote Rita"}, deleted=False,
                            server_seq=5, updated_by="rita", updated_at="2026-01-01T00:00:00.000Z")
    got = store.get(rid)
    assert got.title == "Remote Rita" and got.server_seq == 5 and got.updated_by == "rita"
    assert store.search("rita")[0].record_id == rid
    with store.write() as w:
        remote.apply_remote(w, "contact", rid, {"kind": "person", "name": "Rita R."}, deleted=True,
                            server_seq=9, updated_by="rita")
    got = store.get(rid)
    assert got.deleted and got.title == "Rita R." and got.server_seq == 9
    h = store.history(rid)
    assert [(e.op, e.state) for e in h] == [("create", "remote"), ("update", "remote")]
    assert h[1].previous["name"] == "Remote Rita"
    assert store.pending_count() == 17  # only the seed themes: remote changes are not pushed back


def test_local_edits_made_during_a_sync_survive_a_pull(store):
    p = store.create("practice", {"title": "Mine", "kind": "good"})
    with store.read() as conn:
        sent = [c.change_id for c in remote.outbox(conn, 1000) if c.record_id == p.id]
    with store.write() as w:
        remote.mark_sent(w, sent)
    store.update(p.id, {"summary": "typed while syncing"})
    with store.write() as w:
        remote.apply_remote(w, "practice", p.id, {"title": "Renamed by Ana", "kind": "good"},
                            deleted=False, server_seq=12)
    got = store.get(p.id)
    assert got.title == "Renamed by Ana" and got.fields["summary"] == "typed while syncing"
    with store.read() as conn:
        pending = [c for c in remote.outbox(conn, 1000) if c.record_id == p.id]
    assert [c.changes for c in pending] == [{"summary": "typed while syncing"}]


def test_erasure_purges_record_and_pending_edits(store):
    c = store.create("contact", {"kind": "person", "name": "Erased Eve"})
    p = store.create("practice", {"title": "P", "kind": "good", "contacts": [c.id]})
    with store.write() as w:
        assert remote.apply_erasure(w, c.id)
    assert store.find(c.id) is None and store.search("Eve") == []
    assert "contacts" not in store.get(p.id).fields
    with store.read() as conn:
        assert all(x.record_id != c.id for x in remote.outbox(conn, 1000))
    with store.write() as w:
        assert not remote.apply_erasure(w, c.id)  # a second erasure is harmless


def test_page_and_cursor_commit_together_or_not_at_all(store):
    rid = new_id()
    with pytest.raises(RuntimeError):
        with store.write() as w:
            remote.apply_remote(w, "tool", rid, {"title": "T", "kind": "toolkit"}, deleted=False, server_seq=3)
            remote.set_cursor(w, "3")
            raise RuntimeError("connection cut while applying")
    with store.read() as conn:
        assert remote.get_cursor(conn) is None
    assert store.find(rid) is None
    with store.write() as w:
        remote.apply_remote(w, "tool", rid, {"title": "T", "kind": "toolkit"}, deleted=False, server_seq=3)
        remote.set_cursor(w, "3")
    with store.read() as conn:
        assert remote.get_cursor(conn) == "3"


def test_conflicts_are_kept_and_updated(store):
    p = store.create("practice", {"title": "P", "kind": "good"})
    with store.write() as w:
        remote.put_conflict(w, "c1", p.id, "practice", "title", "open",
                            {"server_value": "A", "other_value": "B", "other_by": "ana"})
    with store.read() as conn:
        assert remote.open_conflict_count(conn) == 1
        assert remote.conflicts(conn)[0]["data"]["other_value"] == "B"
    with store.write() as w:
        remote.put_conflict(w, "c1", p.id, "practice", "title", "resolved", {"server_value": "A"})
    with store.read() as conn:
        assert remote.open_conflict_count(conn) == 0
        assert remote.conflicts(conn, status=None)[0]["status"] == "resolved"


def test_apply_remote_many_writes_what_apply_remote_writes(tmp_path):
    from types import SimpleNamespace

    from ruraldesk.store import Store

    theme = "0c9e1ef4-9d4a-5d3c-8d6f-6e1f2f5b0a11"
    states = [SimpleNamespace(id=new_id(), collection="contact", seq=10 + i, deleted=i == 2,
                              fields={"kind": "person", "name": f"Rita {i}", "role": None, "themes": []},
                              created_at="2026-01-01T00:00:00.000Z", created_by="rita",
                              updated_at="2026-01-02T00:00:00.000Z", updated_by="rui")
              for i in range(3)]
    states.append(SimpleNamespace(id=new_id(), collection="practice", seq=20, deleted=False,
                                  fields={"title": "Água", "kind": "good", "contacts": [states[0].id],
                                          "themes": [theme]},
                                  created_at="", created_by="", updated_at="2026-01-03T00:00:00.000Z",
                                  updated_by="ana"))
    one, many = Store(tmp_path / "one.sqlite", author="t"), Store(tmp_path / "many.sqlite", author="t")
    # a record both already hold, with a pending local edit: takes the one-by-one path in both
    for s in (one, many):
        s.create("tool", {"title": "Kit", "kind": "toolkit"}, record_id=states[0].id.replace(states[0].id[:8], "00000000"))
    shared = SimpleNamespace(id=one.list_ids("tool")[0], collection="tool", seq=30, deleted=False,
                             fields={"title": "Kit (server)", "kind": "toolkit"}, created_at="", created_by="",
                             updated_at="2026-01-04T00:00:00.000Z", updated_by="eva")
    for s in (one, many):
        s.update(shared.id, {"summary": "mine"})
    with one.write() as w:
        for st in [*states, shared]:
            remote.apply_remote(w, st.collection, st.id, st.fields, deleted=st.deleted, server_seq=st.seq,
                                created_at=st.created_at, created_by=st.created_by,
                                updated_at=st.updated_at, updated_by=st.updated_by)
    with many.write() as w:
        assert remote.apply_remote_many(w, [*states, shared]) == 5
    for rid in [s.id for s in states] + [shared.id]:
        a, b = one.get(rid), many.get(rid)
        assert (a.fields, a.deleted, a.server_seq, a.created_by, a.updated_by, a.updated_at) == \
               (b.fields, b.deleted, b.server_seq, b.created_by, b.updated_by, b.updated_at)
        assert [(h.op, h.state, h.changes) for h in one.history(rid)] == \
               [(h.op, h.state, h.changes) for h in many.history(rid)]
    assert many.get(shared.id).fields["summary"] == "mine"
    assert many.search("agua")[0].record_id == states[3].id
    assert many.search("Rita")  # indexed
    assert many.referencing(states[0].id) == one.referencing(states[0].id) == [states[3].id]
    assert many.count("contact") == one.count("contact")
    assert many.check_integrity() == []
    one.close(), many.close()


def _file_bytes(store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_pulled_erasure_of_an_attachment_removes_its_bytes_everywhere_here(store, tmp_path):
    p = store.create("practice", {"title": "P", "kind": "good"})
    source = tmp_path / "minutes-Brunnhuber.pdf"
    source.write_bytes(b"%PDF-1.4 minutes of the meeting with Ilse Brunnhuber")
    att = store.add_attachment(p.id, source)
    sha = att.fields["sha256"]
    blob = store.blobs.path(sha)
    assert blob.is_file()
    (store.blobs.root / f".partial-{sha}").write_bytes(b"%PDF-1.4 half a download")
    with store.write() as w:                         # what the sync client does with a pulled erasure
        assert remote.apply_erasure(w, att.id)
    assert not blob.exists() and not (store.blobs.root / f".partial-{sha}").exists()
    assert store.find(att.id) is None and "attachments" not in store.get(p.id).fields
    assert store.blobs.total_size() == 0
    store.compact()
    data = _file_bytes(store)
    assert sha.encode() not in data and b"Brunnhuber" not in data and b"minutes" not in data


def test_bytes_another_attachment_uses_stay_until_the_last_one_is_erased(store, tmp_path):
    a = store.create("practice", {"title": "A", "kind": "good"})
    b = store.create("practice", {"title": "B", "kind": "good"})
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 shared")
    first, second = store.add_attachment(a.id, tmp_path / "x.pdf"), store.add_attachment(b.id, tmp_path / "x.pdf")
    blob = store.attachment_path(first)
    with store.write() as w:
        remote.apply_erasure(w, first.id)
    assert blob.read_bytes() == b"%PDF-1.4 shared"   # the second record still shows it
    store.delete(second.id)                          # in the trash it can still be restored
    with store.write() as w:
        remote.apply_erasure(w, "00000000-0000-4000-8000-000000000000")
    assert blob.is_file()
    store.erase(second.id)                           # a coordinator's own erasure, here
    assert not blob.exists()


def test_an_erasure_rolled_back_keeps_the_bytes(store, tmp_path):
    p = store.create("practice", {"title": "P", "kind": "good"})
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 kept")
    att = store.add_attachment(p.id, tmp_path / "x.pdf")
    with pytest.raises(RuntimeError):
        with store.write() as w:
            remote.apply_erasure(w, att.id)
            raise RuntimeError("connection cut while applying the page")
    assert store.attachment_path(store.get(att.id)).read_bytes() == b"%PDF-1.4 kept"


def test_an_erased_contact_leaves_nothing_in_other_records_history_or_conflicts(store):
    person = store.create("contact", {"kind": "person", "name": "Ilse Brunnhuber",
                                      "emails": [{"type": "home", "value": "ilse@example.org"}]})
    p = store.create("practice", {"title": "P", "kind": "good", "contacts": [person.id]})
    with store.write() as w:
        remote.put_conflict(w, "c-practice", p.id, "practice", "contacts", "open",
                            {"server": [person.id], "other": [], "base": [person.id]})
        remote.put_conflict(w, f"rejected:{new_id()}", person.id, "contact", "emails", "rejected",
                            {"reason": "emails: “ilse@@example.org” is not a valid e-mail address",
                             "values": {"emails": [{"type": "home", "value": "ilse@@example.org"}]}})
    with store.write() as w:
        assert remote.apply_erasure(w, person.id)
    store.compact()
    with store.read() as conn:
        [left] = remote.conflicts(conn, status=None)
        journal = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT changes, previous FROM journal"))
    assert left["id"] == "c-practice" and person.id not in str(left["data"])
    assert person.id not in journal and "Brunnhuber" not in journal
    assert [e.changes for e in store.history(person.id)] == [{}, {}]
    data = _file_bytes(store)
    assert b"Brunnhuber" not in data and b"ilse@" not in data     # (its id stays: the history stubs)


def test_compacting_removes_bytes_an_erasure_cut_short_left_behind(store, tmp_path):
    p = store.create("practice", {"title": "P", "kind": "good"})
    (tmp_path / "kept.pdf").write_bytes(b"%PDF-1.4 kept")
    (tmp_path / "trash.pdf").write_bytes(b"%PDF-1.4 in the trash")
    kept = store.add_attachment(p.id, tmp_path / "kept.pdf")
    trashed = store.add_attachment(p.id, tmp_path / "trash.pdf")
    store.delete(trashed.id)
    orphan, _ = store.blobs.put_bytes(b"%PDF-1.4 its record was erased, then the power went")
    (store.blobs.root / f".partial-{'e' * 64}").write_bytes(b"half")
    store.compact()
    assert store.blobs.shas() == {kept.fields["sha256"], trashed.fields["sha256"]}
    assert not store.blobs.path(orphan).exists()


def test_an_echo_gives_the_record_the_servers_seq_and_stamps_and_rebases_later_edits(store):
    from ruraldesk.store.replication import Echo

    rep = store.replication
    c = store.create("contact", {"kind": "person", "name": "Zé"})
    d = store.create("contact", {"kind": "person", "name": "Ana"})
    sent = [o for o in rep.outbox(1000) if o.record_id in (c.id, d.id)]
    store.update(c.id, {"role": "Mayor"})       # made while the push was on the wire
    rep.record_push_results([o.change_id for o in sent],
                            [Echo(c.id, "contact", 7, "2026-01-01T00:00:00.000Z", "ana@server",
                                  "2026-01-01T00:00:00.000Z", "ana@server"),
                             Echo(d.id, "contact", 8, "2026-01-02T00:00:00.000Z", "ana@server",
                                  "2026-01-02T00:00:00.000Z", "ana@server")])
    assert [(o.record_id, o.base_seq) for o in rep.outbox(1000) if o.collection == "contact"] == [(c.id, 7)]
    assert store.get(c.id).server_seq == 7
    assert store.get(c.id).updated_by == store.author          # its newer local edit still shows
    assert (store.get(d.id).server_seq, store.get(d.id).updated_by) == (8, "ana@server")
    # the sent creation keeps no copy of the values, history still shows them
    created = store.history(c.id)[0]
    assert (created.op, created.changes) == ("create", {"kind": "person", "name": "Zé"})
    # an older echo (a retried batch) never moves a record back
    rep.record_push_results([], [Echo(d.id, "contact", 3)])
    assert store.get(d.id).server_seq == 8
