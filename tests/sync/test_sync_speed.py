"""Sync at the speed of the link (issue 15): what the fast paths must keep exactly as before.

Creations keep no copy of their values in the journal, the pull fetches the next page while
it applies one, the push sends the next batch while it records one, a push that leaves
nothing to pull skips the pull, and the WAL is folded back after a sync that wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync_helpers import assert_same

from ruraldesk.store import remote
from ruraldesk.store.replication import CURSOR_KEY


def _contacts(store, n, prefix="C"):
    with store.write() as w:
        return w.create_many("contact", [(None, {"kind": "person", "name": f"{prefix} {i}"}) for i in range(n)])


def test_a_creation_is_pushed_with_its_values_though_the_journal_keeps_none(group):
    a, b = group.replica("ana"), group.replica("rui")
    c = a.create("contact", {"kind": "person", "name": "Zé", "role": "Mayor"})
    a.update(c.id, {"role": "Clerk", "notes": "at the market"})    # before the first push
    a.delete(c.id)
    a.restore(c.id)
    with a.read() as conn:
        stored = conn.exec_driver_sql("SELECT changes FROM journal WHERE record_id = ? AND op = 'create'",
                                      (c.id,)).scalar()
        sent = [o for o in remote.outbox(conn, 1000) if o.record_id == c.id]
    assert stored == "{}"
    # the creation goes out as it was made: the later changes go after it, each on its own
    assert [(o.op, o.changes) for o in sent][:2] == [
        ("create", {"kind": "person", "name": "Zé", "role": "Mayor"}),
        ("update", {"role": "Clerk", "notes": "at the market"})]
    assert a.history(c.id)[0].changes == {"kind": "person", "name": "Zé", "role": "Mayor"}
    group.sync(a)
    group.sync(b)
    assert_same(a, b)
    assert b.get(c.id).fields["role"] == "Clerk"


def test_a_push_that_leaves_nothing_to_pull_makes_no_pull_request(group):
    a = group.replica("ana")
    _contacts(a, 30)
    rep = group.replicator(a, batch_count=7)
    report = rep.sync()
    assert report.pushed == report.echoed and report.received == 0
    assert rep.transport.stats.requests == -(-report.pushed // 7)     # the batches, no pull
    assert a.replication.cursor(CURSOR_KEY) == str(report.pushed)
    # the next sync has nothing to send and one small page to ask for
    again = group.replicator(a)
    assert again.sync().up_to_date and again.transport.stats.requests == 1


def test_someone_elses_change_before_the_push_is_still_pulled_in_the_same_sync(group):
    a, b = group.replica("ana"), group.replica("rui")
    group.sync(a)
    group.sync(b)
    theirs = b.create("contact", {"kind": "person", "name": "Rui's"})
    group.sync(b)
    mine = a.create("contact", {"kind": "person", "name": "Ana's"})
    report = group.sync(a)
    assert report.received == 1 and a.get(theirs.id).title == "Rui's"
    group.sync(b)
    assert b.get(mine.id).title == "Ana's"
    assert_same(a, b)


def test_a_push_answered_by_a_merge_still_pulls_the_merged_record(group):
    a, b = group.replica("ana"), group.replica("rui")
    p = a.create("practice", {"title": "Shop", "kind": "good", "partners": ["a"]})
    group.sync(a)
    group.sync(b)
    b.update(p.id, {"partners": ["a", "b"]})
    group.sync(b)
    a.update(p.id, {"partners": ["a", "c"]})
    report = group.sync(a)
    assert report.merged == 1 and report.received == 1
    assert sorted(a.get(p.id).fields["partners"]) == ["a", "b", "c"]
    group.sync(b)
    assert_same(a, b)


def test_batches_that_share_records_are_sent_after_the_one_before_is_recorded(group):
    """Each record is created in one batch and changed in the next: the second batch must be
    read after the first one's echoes rebased it, or the server would see stale bases and
    merge the replica with itself."""
    a, b = group.replica("ana"), group.replica("rui")
    group.sync(a)
    ids = _contacts(a, 12)
    for i, rid in enumerate(ids):
        a.update(rid, {"role": f"role {i}"})
        a.update(rid, {"notes": f"note {i}"})
    rep = group.replicator(a, batch_count=5)
    report = rep.sync()
    assert report.pushed == 36 and report.echoed == 36 and report.merged == 0 and report.received == 0
    assert a.replication.status_counts()["pending"] == 0
    group.sync(b)
    assert_same(a, b)
    assert b.get(ids[7]).fields["notes"] == "note 7"


def test_the_pull_applies_every_page_in_order_while_fetching_ahead(group):
    a, b = group.replica("ana"), group.replica("rui")
    _contacts(a, 120)
    group.sync(a)
    seen = []
    rep = group.replicator(b, page_limit=25, progress=lambda stage, done, total: seen.append((stage, done)))
    report = rep.sync()
    assert report.received >= 120 and report.pulled >= 120
    pulls = [done for stage, done in seen if stage == "pull"]
    assert pulls == sorted(pulls) and len(pulls) >= 5
    assert_same(a, b)
    assert b.replication.cursor(CURSOR_KEY) == a.replication.cursor(CURSOR_KEY)


def test_a_pull_cut_in_the_middle_keeps_the_pages_applied_and_resumes_after_them(group, server):
    a, b = group.replica("ana"), group.replica("rui")
    _contacts(a, 100)
    group.sync(a)
    calls = {"n": 0}
    rep = group.replicator(b, page_limit=25, max_attempts=1)
    real = rep.transport.get_json

    def cut_third(path, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            from sync.client.transport import Unreachable

            raise Unreachable("cut")
        return real(path, **kw)

    rep.transport.get_json = cut_third
    try:
        rep.sync()
    except Exception as exc:  # noqa: BLE001 - the cut is the point
        assert "cut" in str(exc)
    else:
        raise AssertionError("the cut did not reach the sync")
    held = len(b.list_ids("contact"))
    assert 25 <= held <= 75            # the pages before the cut, none of the one after it
    cursor = b.replication.cursor(CURSOR_KEY)
    assert cursor and int(cursor) < int(a.replication.cursor(CURSOR_KEY))
    group.sync(b)
    assert_same(a, b)


def test_after_a_sync_the_wal_is_folded_back_into_the_file(group):
    a, b = group.replica("ana"), group.replica("rui")
    _contacts(a, 200)
    group.sync(a)
    group.sync(b)
    for store in (a, b):
        assert store.wal.wait(30)        # the fold runs on a thread of its own, after the sync
        wal = Path(str(store.path) + "-wal")
        # 8 KB pages: 200 records leave about 2 MB of WAL; the sync's status lines are a few pages
        assert not wal.exists() or wal.stat().st_size < 128 * 1024, wal.stat().st_size


def _varied(store, n, words=60):
    import random

    rng = random.Random(5)
    vocabulary = ["orchard", "cooperative", "market", "village", "water", "school", "bakery", "transport",
                  "energy", "forest", "honey", "tourism", "museum", "festival", "broadband", "care"]
    with store.write() as w:
        w.create_many("practice", [(None, {"title": f"{rng.choice(vocabulary).title()} {i}", "kind": "good",
                                           "summary": " ".join(rng.choice(vocabulary) for _ in range(words))})
                                   for i in range(n)])


def test_bzip2_is_listed_in_accept_encoding_only_when_asked_for():
    from sync.protocol.wire import ACCEPT_STRONG, BZIP2, accepts

    assert accepts(ACCEPT_STRONG, BZIP2) and accepts("gzip;q=0.5, BZIP2", BZIP2)
    assert accepts("gzip;q=0.5, BZIP2", "gzip") and not accepts("bzip2, gzip;q=0", "gzip")
    assert not any(accepts(v, BZIP2) for v in (None, "", "gzip", "x-bzip2", "bzip2;q=0", "bzip2; q=0.0",
                                              "bzip2;q=x"))


def test_the_pull_answers_bzip2_to_a_client_that_asks_and_gzip_to_one_that_does_not(group, server):
    import bz2
    import gzip
    import json

    import requests

    a = group.replica("ana")
    _varied(a, 50)
    group.sync(a)
    url = f"{server.url}/v1/groups/{group.name}/changes"
    auth = {"Authorization": f"Bearer {group.tokens['rui']}"}
    strong = requests.get(url, headers={**auth, "Accept-Encoding": "bzip2, gzip"}, stream=True)
    plain = requests.get(url, headers={**auth, "Accept-Encoding": "gzip"}, stream=True)
    assert strong.headers["Content-Encoding"] == "bzip2" and plain.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in strong.headers["Vary"]
    raw_strong, raw_plain = strong.raw.read(), plain.raw.read()
    assert len(raw_strong) < len(raw_plain)
    assert json.loads(bz2.decompress(raw_strong)) == json.loads(gzip.decompress(raw_plain))


def test_every_answer_states_the_server_s_own_time(group, server):
    import requests

    from sync.client.transport import server_seconds

    resp = requests.get(f"{server.url}/v1/groups/{group.name}/me",
                        headers={"Authorization": f"Bearer {group.tokens['rui']}"})
    assert resp.status_code == 200 and resp.headers["Server-Timing"].startswith("app;dur=")
    assert 0 < server_seconds(resp.headers["Server-Timing"]) < 5
    refused = requests.get(f"{server.url}/v1/groups/{group.name}/me")
    assert refused.status_code == 401 and "app;dur=" in refused.headers["Server-Timing"]


def test_a_quick_link_is_remembered_and_the_next_sync_pulls_gzip(group):
    from sync.client.replicator import META_LINK
    from sync.client.transport import SLOW_LINK_S

    a, b = group.replica("ana"), group.replica("rui")
    _varied(a, 40)
    group.sync(a)
    group.sync(b)
    assert float(b.get_meta(META_LINK)) < SLOW_LINK_S      # loopback, whatever the server did
    _varied(a, 40)
    group.sync(a)
    rep = group.replicator(b)
    codings: list[str | None] = []
    rep.transport.session.hooks["response"].append(
        lambda resp, **_: codings.append(resp.headers.get("Content-Encoding")))
    assert rep.sync().received >= 40
    # its first request, the pull, already knew the link: no bzip2 on a quick one
    assert codings[0] == "gzip" and "bzip2" not in codings
    assert_same(a, b)


@pytest.mark.parametrize("stored", ["", "fast", "nan", "inf", "-1"])
def test_a_stored_link_measure_that_is_no_duration_counts_as_unknown(group, stored):
    from sync.client.replicator import META_LINK

    a, b = group.replica("ana"), group.replica("rui")
    group.sync(b)
    _varied(a, 30)
    group.sync(a)
    b.set_meta(META_LINK, stored)            # a hand-edited or damaged replica
    rep = group.replicator(b)
    codings: list[str | None] = []
    rep.transport.session.hooks["response"].append(
        lambda resp, **_: codings.append(resp.headers.get("Content-Encoding")))
    assert rep.sync().received >= 30
    # nothing known of the link: its first pull page asks for the strong coding, as on a first sync
    assert codings[0] == "bzip2"
    assert float(b.get_meta(META_LINK)) >= 0     # this sync's own measure replaced it
    assert_same(a, b)


def test_a_replica_on_a_slow_link_pulls_bzip2_and_ends_the_same(group, server):
    from urllib.parse import urlsplit

    from faultproxy import FaultProxy

    a = group.replica("ana")
    _varied(a, 150)
    group.sync(a)
    fast = group.replica("eva")
    quick = group.replicator(fast)
    quick.sync()
    assert not quick.transport.slow_link
    with FaultProxy((urlsplit(server.url).hostname, urlsplit(server.url).port)) as proxy:
        proxy.limit(12_000)                    # 96 kbit/s: the seed themes' push takes > 0.1 s
        slow = group.replica("rui", url=proxy.url)
        # the link as the pull saw it (the device keys fetched after it are small, quick answers)
        pulling: list[bool] = []
        rep = group.replicator(slow, url=proxy.url, read_timeout=60,
                               progress=lambda stage, *_: pulling.append(rep.transport.slow_link)
                               if stage == "pull" else None)
        report = rep.sync()
    assert pulling and all(pulling) and not rep.transport.fast_link
    assert report.received >= 150
    assert_same(a, slow, fast)
    # the same records in clearly fewer bytes than the gzip pages of the fast link
    got, fast_got = rep.transport.stats.bytes_received, quick.transport.stats.bytes_received
    assert got < 0.8 * fast_got, (got, fast_got)



def test_a_quick_link_pulls_and_pushes_at_gzip_s_quickest_level(group, server):
    """Over loopback a large exchange measures the link's rate: remembered, and the next
    sync asks for its pull pages at gzip level 1 and sends its batches so (FLG.XFL = 4)."""
    from sync.client.replicator import META_LINK_RATE
    from sync.client.transport import FAST_LINK_RATE

    a, b = group.replica("ana"), group.replica("rui")
    _varied(a, 600, words=200)
    group.sync(a)
    group.sync(b)
    assert float(b.get_meta(META_LINK_RATE)) >= FAST_LINK_RATE
    _varied(a, 300, words=200)
    group.sync(a)
    _varied(b, 300, words=200)
    rep = group.replicator(b)
    seen: list[tuple[str, str | None, int | None]] = []

    def xfl(data) -> int | None:
        return data[8] if isinstance(data, (bytes, bytearray)) and data[:2] == b"\x1f\x8b" else None

    def note(resp, **_):
        seen.append((resp.request.method, resp.request.headers.get("RuralDesk-Compression"),
                     xfl(resp.request.body)))
    rep.transport.session.hooks["response"].append(note)
    assert rep.transport.fast_link is False        # nothing measured by this transport yet ...
    report = rep.sync()
    assert report.received >= 300 and report.pushed >= 300
    assert rep.transport.fast_link                 # ... the last sync's rate, then its own
    pushes = [s for s in seen if s[0] == "POST" and s[2] is not None]
    pulls = [s for s in seen if s[0] == "GET" and s[1] == "fast"]
    assert pushes and all(s[2] == 4 for s in pushes)        # level 1 marks its gzip header so
    assert pulls
    group.sync(a)
    assert_same(a, b)


def test_the_pull_answers_gzip_level_1_to_a_client_that_asks_for_fast(group, server):
    import gzip
    import json

    import requests

    a = group.replica("ana")
    _varied(a, 80)
    group.sync(a)
    url = f"{server.url}/v1/groups/{group.name}/changes"
    auth = {"Authorization": f"Bearer {group.tokens['rui']}", "Accept-Encoding": "gzip"}
    fast = requests.get(url, headers={**auth, "RuralDesk-Compression": "fast"}, stream=True)
    plain = requests.get(url, headers=auth, stream=True)
    no_gzip = requests.get(url, headers={**auth, "Accept-Encoding": "identity", "RuralDesk-Compression": "fast"})
    raw_fast, raw_plain = fast.raw.read(), plain.raw.read()
    assert fast.headers["Content-Encoding"] == plain.headers["Content-Encoding"] == "gzip"
    assert raw_fast[8] == 4 and raw_plain[8] != 4            # XFL: the fastest level, or not
    assert json.loads(gzip.decompress(raw_fast)) == json.loads(gzip.decompress(raw_plain)) == no_gzip.json()
    assert "Content-Encoding" not in no_gzip.headers         # asked for, but gzip not accepted


def test_a_link_counts_as_fast_only_on_a_measured_rate_and_never_when_slow():
    from sync.client.transport import FAST_LINK_RATE, Transport

    t = Transport("http://127.0.0.1:9", "")
    assert not t.fast_link                          # nothing known
    t.assume_link(0.002, None)
    assert not t.fast_link                          # a quick answer says nothing of the rate
    t.assume_link(0.002, FAST_LINK_RATE * 2)
    assert t.fast_link
    assert t.pack(b'{"a": "' + b"x" * 4000 + b'"}')[0][8] == 4
    t.assume_link(0.3, FAST_LINK_RATE * 2)          # a slow link is never compressed less
    assert not t.fast_link and t.pack(b'{"a": "' + b"x" * 4000 + b'"}')[0][8] != 4
    t.close()


def test_a_pull_on_a_quick_link_starts_with_a_small_page_and_doubles_it(group, server):
    from urllib.parse import parse_qs, urlsplit

    from faultproxy import FaultProxy

    from sync.client.replicator import FIRST_PAGE

    a, b = group.replica("ana"), group.replica("rui")
    _contacts(a, 1200)
    group.sync(a)

    def limits(store, **kw) -> list[int]:
        rep = group.replicator(store, page_limit=800, **kw)
        asked: list[int] = []
        rep.transport.session.hooks["response"].append(
            lambda resp, **_: asked.extend(int(v) for v in parse_qs(urlsplit(resp.request.url).query).get("limit", [])))
        assert rep.sync().received >= 1200
        return asked

    # b's first sync pushes its seed themes first: the link is known to be quick by its pull
    assert limits(b)[:3] == [FIRST_PAGE, 2 * FIRST_PAGE, 800]
    assert_same(a, b)
    with FaultProxy((urlsplit(server.url).hostname, urlsplit(server.url).port)) as proxy:
        proxy.delay(0.15)                           # a 3G round trip
        slow = group.replica("eva", url=proxy.url)
        assert limits(slow, url=proxy.url)[:1] == [800]     # full pages from the first
    assert_same(a, slow)
