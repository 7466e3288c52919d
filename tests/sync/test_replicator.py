"""Two or more real replica files against the real server on loopback."""

from __future__ import annotations

import threading

import pytest

from ruraldesk.store import remote
from sync.client import (AuthRefused, Cancelled, list_conflicts, resolve_conflict, sync_status)
from sync.client.replicator import MassChange

from faultproxy import FaultProxy
from sync_helpers import assert_same, snapshot


def test_offline_edits_on_both_sides_converge(group):
    a, b = group.replica("ana"), group.replica("rui")
    group.sync(a), group.sync(b)
    p = a.create("practice", {"title": "Village shop", "kind": "good"})
    c = b.create("contact", {"kind": "person", "name": "Rui Costa", "emails": [{"type": "work", "value": "rui@example.org"}]})
    t = b.create("tool", {"title": "Co-op toolkit", "kind": "toolkit"})
    ra = group.sync(a)
    assert ra.pushed >= 1 and not ra.rejected
    rb = group.sync(b)
    assert rb.pulled >= 1
    group.sync(a)
    assert_same(a, b)
    assert b.get(p.id).title == "Village shop" and a.get(c.id).title == "Rui Costa"
    # nothing new: one request, small
    again = group.sync(a)
    assert again.up_to_date and again.requests == 1
    assert again.bytes_sent + again.bytes_received < 1024
    assert a.pending_count() == 0


def test_edits_to_different_fields_merge_silently(group):
    a, b = group.replica("ana"), group.replica("rui")
    p = a.create("practice", {"title": "Energy co-op", "kind": "good"})
    group.sync(a), group.sync(b)
    a.update(p.id, {"summary": "Solar panels on the school roof."})
    b.update(p.id, {"country": "PT", "themes": []})
    b.update(p.id, {"title": "Energy co-op of Mértola"})
    group.sync(a), group.sync(b), group.sync(a)
    assert_same(a, b)
    got = a.get(p.id)
    assert got.fields["summary"].startswith("Solar") and got.fields["country"] == "PT"
    assert got.title == "Energy co-op of Mértola"
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_same_field_gives_a_conflict_on_both_then_resolved(group):
    a, b = group.replica("ana"), group.replica("rui")
    p = a.create("practice", {"title": "Shop", "kind": "good"})
    group.sync(a), group.sync(b)
    a.update(p.id, {"title": "Village shop"})
    b.update(p.id, {"title": "Community shop"})
    group.sync(a)
    rb = group.sync(b)
    assert rb.open_conflicts == 1
    group.sync(a)
    ca, cb = list_conflicts(a), list_conflicts(b)
    assert len(ca) == len(cb) == 1 and ca[0].id == cb[0].id
    # both values, who and when, seen from each side
    assert cb[0].mine == "Community shop" and cb[0].theirs == "Village shop" and cb[0].mine_is_other
    assert ca[0].mine == "Village shop" and ca[0].theirs == "Community shop" and not ca[0].mine_is_other
    assert cb[0].who == "rui" and cb[0].when and ca[0].server_by == "ana"
    assert a.get(p.id).title == b.get(p.id).title == "Village shop"  # the server's value stands
    # Rui keeps his own value
    resolve_conflict(b, cb[0].id, "mine")
    assert list_conflicts(b) == []
    assert b.get(p.id).title == "Community shop"
    group.sync(b), group.sync(a)
    assert_same(a, b)
    assert a.get(p.id).title == "Community shop"
    assert list_conflicts(a) == [] and list_conflicts(b) == []
    assert [c.status for c in list_conflicts(a, None)] == ["resolved"]
    assert list_conflicts(b, "resolved")[0].data["resolved_by"] == "rui"


def test_merged_value_resolution(group):
    a, b = group.replica("ana"), group.replica("rui")
    c = a.create("contact", {"kind": "person", "name": "Maria"})
    group.sync(a), group.sync(b)
    a.update(c.id, {"role": "Treasurer"})
    b.update(c.id, {"role": "Secretary"})
    group.sync(a), group.sync(b), group.sync(a)
    conflict = list_conflicts(a)[0]
    resolve_conflict(a, conflict.id, "merged", "Treasurer and secretary")
    group.sync(a), group.sync(b)
    assert b.get(c.id).fields["role"] == "Treasurer and secretary"
    assert list_conflicts(b) == [] and list_conflicts(a) == []
    assert_same(a, b)


def test_delete_against_edit_offers_restore(group):
    a, b = group.replica("ana"), group.replica("rui")
    t = a.create("tool", {"title": "Guide", "kind": "guideline"})
    group.sync(a), group.sync(b)
    a.delete(t.id)
    b.update(t.id, {"summary": "Updated while offline"})
    group.sync(a), group.sync(b), group.sync(a)
    cb = list_conflicts(b)
    assert len(cb) == 1 and cb[0].kind == "delete" and cb[0].server_value is True
    assert b.get(t.id).deleted and b.get(t.id).fields["summary"] == "Updated while offline"
    resolve_conflict(b, cb[0].id, "restore")
    group.sync(b), group.sync(a)
    assert not a.get(t.id).deleted and a.get(t.id).fields["summary"] == "Updated while offline"
    assert_same(a, b)
    assert list_conflicts(a) == []


def test_erasure_purges_a_contact_on_every_replica(group):
    a, b, c = group.replica("ana"), group.replica("rui"), group.replica("eva")
    person = a.create("contact", {"kind": "person", "name": "Erasable Eve", "emails": [{"type": "work", "value": "eve@example.org"}]})
    p = a.create("practice", {"title": "Market", "kind": "good", "contacts": [person.id]})
    for s in (a, b, c):
        group.sync(s)
    assert c.get(person.id).title == "Erasable Eve"
    c.update(person.id, {"role": "edited offline"})  # a pending edit: purged too
    group.server.service.erase(group.name, person.id, "coord")
    reports = [group.sync(s) for s in (a, b, c)]
    assert all(r.erasures == 1 for r in reports)
    for s in (a, b, c):
        assert s.find(person.id) is None and s.search("Erasable") == []
        assert "contacts" not in s.get(p.id).fields
        # the replicator compacts after an erasure: no trace left in the file or its WAL
        wal = s.path.with_name(s.path.name + "-wal")
        data = s.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        assert b"Erasable" not in data and b"eve@example.org" not in data
    for s in (a, b, c):
        group.sync(s)
    assert_same(a, b, c)


def test_a_push_cut_after_the_server_applied_it_is_applied_once(group):
    a, b = group.replica("ana"), group.replica("rui")
    group.sync(b)
    with FaultProxy(("127.0.0.1", int(group.server.url.rsplit(":", 1)[1]))) as proxy:
        ids = [a.create("contact", {"kind": "organisation", "name": f"Org {i}"}).id for i in range(30)]
        proxy.plan(["drop_response", "drop_response"])  # the push reaches the server twice, answers lost
        report = group.replicator(a, url=proxy.url, batch_count=1000).sync()
        assert report.retries >= 2 and report.pushed >= 30
    group.sync(b)
    assert_same(a, b)
    history = group.server.service.history(group.name, ids[0])
    assert len(history) == 1  # one change row, not three
    assert sorted(s.get(i).title for s in (b,) for i in ids) == sorted(f"Org {i}" for i in range(30))


def test_batches_are_bounded_by_count_and_bytes(group):
    a, b = group.replica("ana"), group.replica("rui")
    for i in range(25):
        a.create("practice", {"title": f"P{i}", "kind": "good", "description": "x" * 3000})
    rep = group.replicator(a, batch_count=10, batch_bytes=8 * 1024)
    report = rep.sync()
    posts = rep.transport.stats.by_path[f"/v1/groups/{group.name}/changes"]
    assert report.pushed == 25 + 17  # + the seed themes
    assert posts >= 25 // 2 + 1  # 8 KB holds at most two 3 KB descriptions
    group.sync(b)
    assert_same(a, b)


def test_mass_change_asks_first_and_refusal_applies_nothing(group):
    a, b = group.replica("ana"), group.replica("rui")
    ids = [a.create("contact", {"kind": "person", "name": f"Person {i}"}).id for i in range(40)]
    group.sync(a), group.sync(b)
    for i in ids[:30]:
        a.delete(i)
    group.sync(a)
    asked: list[MassChange] = []
    before = snapshot(b)
    with b.read() as conn:
        cursor = remote.get_cursor(conn, "sync.cursor")
    report = group.sync(b, confirm_mass_change=lambda s: asked.append(s) or False)
    assert report.mass_change_refused and asked and asked[0].deletes == 30
    assert "trash" in str(asked[0])
    assert snapshot(b) == before
    with b.read() as conn:
        assert remote.get_cursor(conn, "sync.cursor") == cursor
    assert "stopped" in sync_status(b)["message"] or "failed" in sync_status(b)["message"]
    report = group.sync(b, confirm_mass_change=lambda s: True)
    assert not report.mass_change_refused
    assert_same(a, b)


def test_rejected_change_stays_visible(group):
    a = group.replica("ana")
    c = a.create("contact", {"kind": "person", "name": "Kept"})
    group.sync(a)
    a.erase(c.id)  # a member may not erase group-wide: the server refuses it
    report = group.sync(a)
    assert report.rejected == 1
    refused = list_conflicts(a, "rejected")
    assert len(refused) == 1 and "coordinator" in refused[0].reason
    assert a.get(c.id).title == "Kept"  # re-read from the server: nothing lost
    status = sync_status(a)
    assert status["rejected"] == 1 and "refused" in status["message"]


def test_status_and_errors_in_plain_language(group):
    a = group.replica("ana")
    assert sync_status(a)["message"].startswith("Never synced.")
    group.sync(a)
    st = sync_status(a)
    assert st["last_sync_at"] and st["message"].startswith("Synced just now")
    group.tokens["ana"] = "not-a-token"
    with pytest.raises(AuthRefused):
        group.sync(a)
    assert "refused the token" in sync_status(a)["message"]


def test_cancel_stops_between_requests(group):
    a = group.replica("ana")
    for i in range(30):
        a.create("contact", {"kind": "person", "name": f"N{i}"})
    cancel = threading.Event()
    seen = []

    def progress(stage, done, total):
        seen.append(stage)
        if stage == "push" and done > 0:
            cancel.set()

    with pytest.raises(Cancelled):
        group.replicator(a, batch_count=5, progress=progress, cancel=cancel).sync()
    assert 0 < a.pending_count() < 47
    group.sync(a)
    assert a.pending_count() == 0


def test_pull_progress_knows_its_total_from_the_first_page(group):
    a, b = group.replica("ana"), group.replica("rui")
    for i in range(25):
        a.create("contact", {"kind": "organisation", "name": f"Org {i}"})
    group.sync(a)
    seen = []
    group.replicator(b, page_limit=10, progress=lambda stage, done, total: seen.append((stage, done, total))
                     if stage == "pull" else None).sync()
    pulls = [(done, total) for _, done, total in seen]
    assert len(pulls) >= 3 and all(total is not None for _, total in pulls)
    assert pulls[0][1] == pulls[-1][1] == pulls[-1][0]     # the first page already knew the total
    assert b.count("contact") == 25


def test_attachments_travel_and_resume(group, tmp_path):
    a, b = group.replica("ana"), group.replica("rui")
    p = a.create("practice", {"title": "With photo", "kind": "good"})
    src = tmp_path / "photo.bin"
    src.write_bytes(bytes(range(256)) * 3000)  # 768 KB: several chunks
    att = a.add_attachment(p.id, src)
    port = int(group.server.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port)) as proxy:
        proxy.randomize(0.3, choices=("drop_response", "drop_request", "500"))
        ra = group.replicator(a, url=proxy.url, max_attempts=30).sync()
        assert ra.uploaded_blobs == 1
        rb = group.replicator(b, url=proxy.url, max_attempts=30).sync()
        assert rb.downloaded_blobs == 1
    assert b.attachment_path(b.get(att.id)).read_bytes() == src.read_bytes()
    assert_same(a, b)


def test_a_reader_keeps_local_changes_and_still_pulls(group):
    a, r = group.replica("ana"), group.replica("reader")
    a.create("practice", {"title": "Shared by Ana", "kind": "good"})
    group.sync(a)
    mine = r.create("practice", {"title": "Reader's note", "kind": "good"})
    report = group.sync(r)
    assert report.pulled >= 1 and r.search("Shared by Ana")
    assert "does not accept changes" in report.summary()
    assert r.get(mine.id).title == "Reader's note" and r.pending_count() >= 1


def test_a_change_the_server_cannot_read_is_set_aside_not_blocking(group):
    a, b = group.replica("ana"), group.replica("rui")
    ok = [a.create("contact", {"kind": "person", "name": f"Fine {i}"}).id for i in range(5)]
    with a.write() as w:  # a journal entry this version of the protocol cannot carry
        rec = w.get(ok[2])
        w.journal(rec, "update", {"name": "x"}, {}, change_id="bad id with spaces")
    report = group.sync(a)
    assert report.rejected == 1 and report.pushed >= 5
    refused = list_conflicts(a, "rejected")
    assert len(refused) == 1 and "change_id" in refused[0].reason
    group.sync(b)
    assert sorted(b.get(i).title for i in ok) == sorted(f"Fine {i}" for i in range(5))


def test_a_cut_upload_resumes_at_the_servers_offset(group, tmp_path):
    from sync.client.replicator import BLOB_CHUNK

    a = group.replica("ana")
    data = bytes(range(256)) * (BLOB_CHUNK // 256) * 3 + b"tail"
    sha, _ = a.blobs.put_bytes(data)
    rep = group.replicator(a)
    # the first chunk arrives, then the connection is lost: the server holds a partial upload
    rep.transport.request("PUT", rep.path("/v1/groups/{group}/blobs/{sha256}", sha256=sha),
                          data=data[:BLOB_CHUNK],
                          headers={"Content-Range": f"bytes 0-{BLOB_CHUNK - 1}/{len(data)}"})
    before = rep.transport.stats.requests
    rep.upload_blob(sha)
    # one 409 telling where to go on, then the three remaining chunks
    assert rep.transport.stats.requests - before == 4
    b = group.replica("rui")
    assert group.replicator(b).download_blob(sha)
    assert b.blobs.path(sha).read_bytes() == data


def test_counted_bytes_match_the_wire(group):
    a = group.replica("ana")
    for i in range(40):
        a.create("practice", {"title": f"Practice {i}", "kind": "good", "summary": "words " * 40})
    port = int(group.server.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port)) as proxy:
        report = group.replicator(a, url=proxy.url).sync()
        assert report.requests == proxy.requests
        assert abs(report.bytes_sent - proxy.bytes_up) <= 0.05 * proxy.bytes_up + 50
        assert abs(report.bytes_received - proxy.bytes_down) <= 0.05 * proxy.bytes_down + 50


def test_a_refused_resolution_reopens_the_conflict(group):
    from sync.protocol import Change

    a, b = group.replica("ana"), group.replica("rui")
    c = a.create("contact", {"kind": "person", "name": "Zé"})
    group.sync(a), group.sync(b)
    a.update(c.id, {"role": "A"})
    b.update(c.id, {"role": "B"})
    group.sync(a), group.sync(b)
    conflict = list_conflicts(b)[0]
    change_id = resolve_conflict(b, conflict.id, "mine")
    assert list_conflicts(b) == []
    # what the push does when the server refuses that change
    b.replication.record_rejection(Change(change_id, c.id, "contact", "update", {"role": "B"}, {}, 0), "refused")
    assert [x.id for x in list_conflicts(b)] == [conflict.id]
    assert len(list_conflicts(b, "rejected")) == 1


def test_pages_and_batches_shrink_on_a_breaking_link_and_grow_back(group):
    a, b = group.replica("ana"), group.replica("rui")
    for i in range(120):
        a.create("contact", {"kind": "person", "name": f"C{i}"})
    port = int(group.server.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port)) as proxy:
        proxy.plan(["drop_response", "drop_response"])
        group.replicator(a, url=proxy.url, batch_count=100).sync()
        posts = [ln for ln in proxy.lines if ln.startswith("POST")]
        assert len(posts) >= 4  # 2 cut + the rest in smaller batches
        proxy.clean()
        proxy.plan(["pass", "drop_response", "drop_response"])  # the push of the seed themes passes
        group.replicator(b, url=proxy.url, page_limit=100).sync()
        limits = [ln.split("limit=")[1].split()[0].split("&")[0] for ln in proxy.lines
                  if ln.startswith("GET") and "limit=" in ln]
        # the first page is cut twice: asked again in halves, then the pages grow back
        assert limits == ["100", "50", "25", "25", "50", "100"], limits
    assert_same(a, b)
