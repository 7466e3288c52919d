"""The sync API over a real loopback port, on SQLite and on PostgreSQL."""

from __future__ import annotations

import gzip
import json

import requests
from server_helpers import change, new_id


def create(api, collection="practice", **fields):
    rid = new_id()
    fields = fields or {"title": "Village shop", "kind": "good"}
    [res] = api.push(change(rid, "create", fields, collection=collection))
    assert res["status"] == "applied", res
    return rid, res["seq"]


def test_push_then_pull_returns_latest_state_compacted(group):
    ana = group["ana"]
    rid, seq = create(ana)
    ana.push(change(rid, fields={"summary": "one"}, previous={}, base_seq=seq))
    ana.push(change(rid, fields={"summary": "two"}, previous={"summary": "one"}, base_seq=seq))
    page = group["rui"].pull()
    assert [r["id"] for r in page["records"]] == [rid]          # once, at its latest state
    rec = page["records"][0]
    assert rec["fields"] == {"title": "Village shop", "kind": "good", "summary": "two"}
    assert rec["created_by"] == "ana" and rec["updated_by"] == "ana" and not rec["deleted"]
    assert page["more"] is False and int(page["cursor"]) == rec["seq"]


def test_pull_with_nothing_new_is_one_small_response(group):
    rid, _ = create(group["ana"])
    cursor = group["rui"].pull()["cursor"]
    r = group["rui"].http.get(group["rui"].url("/changes"), params={"since": cursor})
    assert r.status_code == 200 and len(r.content) < 100
    assert r.json() == {"records": [], "conflicts": [], "erasures": [], "cursor": cursor, "more": False}


def test_pull_pages_with_more_flag(group):
    ana = group["ana"]
    ids = [new_id() for _ in range(7)]
    ana.push(*[change(i, "create", {"name": f"theme {n}"}, collection="theme") for n, i in enumerate(ids)])
    seen, since, pages, remaining = [], None, 0, []
    while True:
        page = ana.pull(since, limit=3)
        pages += 1
        seen += [r["id"] for r in page["records"]]
        since = page["cursor"]
        remaining.append(page.get("remaining"))
        if not page["more"]:
            break
    assert seen == ids and pages == 3
    assert remaining == [4, 1, None]      # what is left after each page, for a progress bar


def test_retried_push_is_applied_once(group):
    ana = group["ana"]
    rid, seq = create(ana)
    c = change(rid, fields={"partners": ["Town hall"]}, previous={}, base_seq=seq)
    first = ana.push(c)
    again = ana.push(c)                       # e.g. the response was lost on a 2G link
    assert first == again and first[0]["status"] == "applied"
    history = group["server"].service.history(group["name"], rid)
    assert len(history) == 2                  # the create and one update
    assert ana.record(rid)["seq"] == first[0]["seq"]


def test_edits_to_different_fields_merge_silently(group):
    ana, rui = group["ana"], group["rui"]
    rid, seq = create(ana)
    [a] = ana.push(change(rid, fields={"summary": "by ana"}, previous={}, base_seq=seq))
    [b] = rui.push(change(rid, fields={"country": "PT"}, previous={}, base_seq=seq))
    assert a["status"] == "applied" and b["status"] == "applied"
    assert ana.record(rid)["fields"]["summary"] == "by ana"
    assert ana.record(rid)["fields"]["country"] == "PT"


def test_same_field_conflict_keeps_server_value_and_the_other_in_a_conflict(group):
    ana, rui = group["ana"], group["rui"]
    rid, seq = create(ana)
    ana.push(change(rid, fields={"title": "Ana's title"}, previous={"title": "Village shop"}, base_seq=seq))
    [res] = rui.push(change(rid, fields={"title": "Rui's title"}, previous={"title": "Village shop"},
                            base_seq=seq))
    assert res["status"] == "conflict" and len(res["conflicts"]) == 1
    assert ana.record(rid)["fields"]["title"] == "Ana's title"
    _, conflicts, _, _ = ana.pull_all()
    [c] = [c for c in conflicts if c["record_id"] == rid]
    assert c["id"] == res["conflicts"][0] and c["field"] == "title" and c["status"] == "open"
    assert c["data"]["server"] == "Ana's title" and c["data"]["other"] == "Rui's title"
    assert c["data"]["base"] == "Village shop" and c["data"]["member"] == "rui"


def test_sets_merge_as_sets(group):
    ana, rui = group["ana"], group["rui"]
    rid, seq = create(ana, title="P", kind="good", partners=["A", "B"])
    ana.push(change(rid, fields={"partners": ["A", "B", "C"]}, previous={"partners": ["A", "B"]}, base_seq=seq))
    [res] = rui.push(change(rid, fields={"partners": ["B", "D"]}, previous={"partners": ["A", "B"]},
                            base_seq=seq))
    assert res["status"] == "merged"
    assert sorted(ana.record(rid)["fields"]["partners"]) == ["B", "C", "D"]


def test_long_text_merges_three_way_when_edits_do_not_overlap(group):
    ana, rui = group["ana"], group["rui"]
    base = "First paragraph.\nSecond paragraph.\nThird paragraph."
    rid, seq = create(ana, title="P", kind="good", description=base)
    ana.push(change(rid, fields={"description": base.replace("First", "1st")},
                    previous={"description": base}, base_seq=seq))
    [res] = rui.push(change(rid, fields={"description": base.replace("Third", "3rd")},
                            previous={"description": base}, base_seq=seq))
    assert res["status"] == "merged"
    assert ana.record(rid)["fields"]["description"] == "1st paragraph.\nSecond paragraph.\n3rd paragraph."
    [res] = rui.push(change(rid, fields={"description": "rewritten by rui"},
                            previous={"description": base.replace("Third", "3rd")}, base_seq=seq))
    assert res["status"] == "conflict"


def test_delete_against_edit_is_a_conflict_and_the_record_stays(group):
    ana, rui = group["ana"], group["rui"]
    rid, seq = create(ana)
    ana.push(change(rid, fields={"summary": "still useful"}, previous={}, base_seq=seq))
    [res] = rui.push(change(rid, "delete", base_seq=seq))
    assert res["status"] == "conflict"
    rec = ana.record(rid)
    assert rec["deleted"] is False and rec["fields"]["summary"] == "still useful"
    _, conflicts, _, _ = ana.pull_all()
    assert [c["field"] for c in conflicts if c["record_id"] == rid] == ["deleted"]


def test_edit_against_delete_keeps_the_edit_and_opens_a_conflict(group):
    ana, rui = group["ana"], group["rui"]
    rid, seq = create(ana)
    ana.push(change(rid, "delete", base_seq=seq))
    [res] = rui.push(change(rid, fields={"summary": "edited offline"}, previous={}, base_seq=seq))
    assert res["status"] == "conflict"
    rec = ana.record(rid)
    assert rec["deleted"] is True and rec["fields"]["summary"] == "edited offline"


def test_own_delete_after_own_edit_is_no_conflict(group):
    ana = group["ana"]
    rid, seq = create(ana)
    results = ana.push(change(rid, fields={"summary": "x"}, previous={}, base_seq=seq),
                       change(rid, "delete", base_seq=seq))
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert ana.record(rid)["deleted"] is True
    [res] = ana.push(change(rid, "restore", base_seq=seq))
    assert res["status"] == "applied" and ana.record(rid)["deleted"] is False


def test_resolving_a_conflict_is_a_normal_change(group):
    ana, rui = group["ana"], group["rui"]
    rid, seq = create(ana)
    [a] = ana.push(change(rid, fields={"title": "A"}, previous={"title": "Village shop"}, base_seq=seq))
    [b] = rui.push(change(rid, fields={"title": "B"}, previous={"title": "Village shop"}, base_seq=seq))
    cursor = rui.pull_all()[3]
    [res] = rui.push(change(rid, fields={"title": "B"}, previous={"title": "A"}, base_seq=a["seq"],
                            resolves=b["conflicts"]))
    assert res["status"] == "applied"
    records, conflicts, _, _ = rui.pull_all(cursor)
    assert records[rid]["fields"]["title"] == "B"
    assert [(c["id"], c["status"]) for c in conflicts] == [(b["conflicts"][0], "resolved")]
    assert conflicts[0]["data"]["resolved_by"] == "rui"


def test_same_seed_record_created_by_two_replicas_merges(group):
    ana, rui = group["ana"], group["rui"]
    from ruraldesk.domain.ids import stable_id

    rid = stable_id("theme", "energy")
    [a] = ana.push(change(rid, "create", {"name": "Energy"}, collection="theme"))
    [b] = rui.push(change(rid, "create", {"name": "Energy"}, collection="theme"))
    assert a["status"] == "applied" and b["status"] == "applied" and a["seq"] == b["seq"]


def test_invalid_values_are_rejected_with_a_reason_and_change_nothing(group):
    ana = group["ana"]
    rid, seq = create(ana)
    results = ana.push(change(rid, fields={"country": "XX"}, previous={}, base_seq=seq),
                       change(rid, fields={"colour": "red"}, previous={}, base_seq=seq),
                       change(new_id(), "update", {"title": "ghost"}),
                       change(rid, fields={"name": "x"}, collection="contact"),
                       change(rid, fields={"title": None}, previous={}, base_seq=seq))
    assert [r["status"] for r in results] == ["rejected"] * 5
    assert "ISO 3166" in results[0]["reason"] and "colour" in results[1]["reason"]
    assert "unknown record" in results[2]["reason"] and "is a practice" in results[3]["reason"]
    assert "required" in results[4]["reason"]
    assert ana.record(rid)["seq"] == seq
    # a rejected change is idempotent too
    again = ana.push(change(rid, fields={"country": "XX"}, change_id=results[0]["change_id"]))
    assert again == results[:1]


def test_erasure_removes_values_from_history_and_reaches_pulls(group):
    ana, coord = group["ana"], group["coord"]
    cid, cseq = create(ana, "contact", kind="person", name="Erased Eve",
                       emails=[{"type": "work", "value": "eve@example.org"}])
    pid, pseq = create(ana, title="Shop", kind="good", contacts=[cid])
    ana.push(change(cid, fields={"name": "Eve E."}, previous={"name": "Erased Eve"}, base_seq=cseq,
                    collection="contact"))
    rui_cursor = group["rui"].pull_all()[3]
    r = ana.http.post(ana.url(f"/records/{cid}/erase"))
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    r = coord.http.post(coord.url(f"/records/{cid}/erase"))
    assert r.status_code == 200, r.text
    records, _, erasures, _ = group["rui"].pull_all(rui_cursor)
    assert erasures == [cid]
    assert records[pid]["fields"].get("contacts") is None       # the link went too
    assert ana.http.get(ana.url(f"/records/{cid}")).status_code == 404
    server = group["server"]
    history = server.service.history(group["name"], cid)
    assert history and all(h["fields"] == {} and h["previous"] == {} for h in history)
    dump = json.dumps(server.service.history(group["name"], pid))
    assert cid not in dump and "Eve" not in dump
    [res] = ana.push(change(cid, fields={"name": "back?"}, collection="contact"))
    assert res["status"] == "rejected" and "erased" in res["reason"]
    _, _, erasures, _ = group["rui"].pull_all()
    assert erasures == [cid]


def test_gzip_request_and_response(group):
    ana = group["ana"]
    ids = [new_id() for _ in range(30)]
    body = json.dumps({"changes": [change(i, "create", {"name": f"theme number {n}"}, collection="theme")
                                   for n, i in enumerate(ids)]}).encode()
    r = ana.http.post(ana.url("/changes"), data=gzip.compress(body),
                      headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert r.status_code == 200 and len(r.json()["results"]) == 30
    raw = requests.get(ana.url("/changes"), headers={**ana.http.headers, "Accept-Encoding": "gzip"},
                       stream=True)
    assert raw.headers.get("Content-Encoding") == "gzip"
    assert r.headers.get("RuralDesk-Protocol") == "1"


def test_openapi_description_is_served(server):
    spec = requests.get(server.url + "/openapi.json").json()
    assert "/v1/groups/{group}/changes" in spec["paths"]
    assert set(spec["paths"]["/v1/groups/{group}/changes"]) == {"get", "post"}
