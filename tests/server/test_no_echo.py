"""No echo: a replica naming itself (RuralDesk-Replica) is told per change whether the server
now holds exactly what it sent, and its pulls leave those records out; anything else about
them (another member's edit, a merge, an erasure's link scrub) brings them back."""

from __future__ import annotations

import uuid

import pytest
import requests
from server_helpers import change, new_id

from sync.protocol import REPLICA_HEADER

STAMPS = ("created_at", "created_by", "updated_at", "updated_by")


def replica() -> dict[str, str]:
    return {REPLICA_HEADER: str(uuid.uuid4())}


def creates(n: int) -> list[dict]:
    return [change(new_id(), "create", {"title": f"Shop {i}", "kind": "good", "themes": []})
            for i in range(n)]


def test_pushed_records_are_echo_and_left_out_of_that_replicas_pull(group):
    ana, rui, me, other = group["ana"], group["rui"], replica(), replica()
    since = ana.pull()["cursor"]
    results = ana.push(*creates(100), headers=me)
    assert all(r["status"] == "applied" and r["echo"] is True for r in results), results[:3]
    assert all(r["created_by"] == "ana" and r["updated_by"] == "ana" and r["updated_at"] for r in results)
    assert all(set(STAMPS) <= set(r) for r in results)

    mine = ana.pull(since, headers=me)
    assert mine["records"] == [] and not mine["more"]
    assert int(mine["cursor"]) >= max(r["seq"] for r in results)   # the cursor moved past them
    assert len(ana.pull_all(since, headers=other)[0]) == 100      # another replica of the same member
    assert len(ana.pull_all(since)[0]) == 100                      # no header: as before
    assert len(rui.pull_all(since)[0]) == 100


def test_paged_pull_skips_echo_records_and_counts_only_the_rest(group):
    ana, rui, me = group["ana"], group["rui"], replica()
    since = ana.pull()["cursor"]
    ana.push(*creates(30), headers=me)
    rid = new_id()
    rui.push(change(rid, "create", {"title": "Rui's", "kind": "good"}))
    ana.push(*creates(30), headers=me)
    first = ana.pull(since, limit=1, headers=me)
    assert [r["id"] for r in first["records"]] == [rid]
    assert first["more"] is False or first.get("remaining") == 0
    records, _, _, _ = ana.pull_all(since, headers=me)
    assert list(records) == [rid]


def test_a_record_changed_by_another_member_comes_back(group):
    ana, rui, me = group["ana"], group["rui"], replica()
    rid = new_id()
    [res] = ana.push(change(rid, "create", {"title": "Village shop", "kind": "good"}), headers=me)
    cursor = ana.pull(headers=me)["cursor"]
    [edit] = rui.push(change(rid, fields={"summary": "Open on Sundays"}, base_seq=res["seq"]))
    assert edit["status"] == "applied"
    page = ana.pull(cursor, headers=me)
    [back] = page["records"]
    assert back["id"] == rid and back["fields"]["summary"] == "Open on Sundays"


def test_a_stale_base_that_merges_is_no_echo_and_comes_back(group):
    ana, rui, me = group["ana"], group["rui"], replica()
    rid, t1, t2, t3 = new_id(), new_id(), new_id(), new_id()
    [res] = ana.push(change(rid, "create", {"title": "Shop", "kind": "good", "themes": [t1]}), headers=me)
    assert res["echo"] is True
    cursor = ana.pull(headers=me)["cursor"]
    rui.push(change(rid, fields={"themes": [t1, t2]}, previous={"themes": [t1]}, base_seq=res["seq"]))
    [merged] = ana.push(change(rid, fields={"themes": [t1, t3]}, previous={"themes": [t1]},
                               base_seq=res["seq"]), headers=me)
    assert merged["status"] == "merged" and merged["echo"] is False
    assert merged["updated_by"] == "ana"
    records, _, _, _ = ana.pull_all(cursor, headers=me)
    assert sorted(records[rid]["fields"]["themes"]) == sorted([t1, t2, t3])


def test_an_applied_change_on_a_stale_base_is_no_echo(group):
    """Applied as sent, but the client's base was older than the server's record: the
    record holds another member's edit the client has not seen."""
    ana, rui, me = group["ana"], group["rui"], replica()
    rid = new_id()
    [res] = ana.push(change(rid, "create", {"title": "Shop", "kind": "good"}), headers=me)
    cursor = ana.pull(headers=me)["cursor"]
    rui.push(change(rid, fields={"summary": "By Rui"}, base_seq=res["seq"]))
    [mine] = ana.push(change(rid, fields={"title": "Shop 2"}, previous={"title": "Shop"},
                             base_seq=res["seq"]), headers=me)
    assert mine["status"] == "applied" and mine["echo"] is False
    records, _, _, _ = ana.pull_all(cursor, headers=me)
    assert records[rid]["fields"]["summary"] == "By Rui" and records[rid]["fields"]["title"] == "Shop 2"


def test_two_changes_of_one_record_in_one_batch_chain(group):
    ana, me = group["ana"], replica()
    since = ana.pull()["cursor"]
    rid = new_id()
    first = change(rid, "create", {"title": "Shop", "kind": "good"})
    second = change(rid, fields={"title": "Shop, renamed"}, previous={"title": "Shop"}, base_seq=0)
    a, b = ana.push(first, second, headers=me)
    assert a["echo"] is True and b["echo"] is True, (a, b)
    assert b["seq"] > a["seq"]
    assert ana.pull(since, headers=me)["records"] == []
    assert ana.record(rid)["fields"]["title"] == "Shop, renamed"


def test_a_value_changed_by_normalisation_is_no_echo(group):
    ana, me = group["ana"], replica()
    since = ana.pull()["cursor"]
    rid = new_id()
    [res] = ana.push(change(rid, "create", {"title": "  Padded title ", "kind": "good"}), headers=me)
    assert res["status"] == "applied" and res["echo"] is False
    [rec] = ana.pull(since, headers=me)["records"]
    assert rec["fields"]["title"] == "Padded title"


def test_a_retry_answers_echo_only_while_the_record_is_unchanged(group):
    ana, rui, me = group["ana"], group["rui"], replica()
    rid = new_id()
    c = change(rid, "create", {"title": "Shop", "kind": "good"})
    [first] = ana.push(c, headers=me)
    [again] = ana.push(c, headers=me)              # the response was lost
    assert first == again and again["echo"] is True
    rui.push(change(rid, fields={"summary": "x"}, base_seq=first["seq"]))
    [late] = ana.push(c, headers=me)
    assert late["echo"] is False and late["seq"] == first["seq"]


def test_an_erasure_scrubbing_a_link_brings_the_linking_record_back(group):
    ana, coord, me = group["ana"], group["coord"], replica()
    contact, practice = new_id(), new_id()
    a, b = ana.push(change(contact, "create", {"kind": "person", "name": "Eva"}, collection="contact"),
                    change(practice, "create", {"title": "Shop", "kind": "good", "contacts": [contact]}),
                    headers=me)
    assert a["echo"] and b["echo"], (a, b)
    cursor = ana.pull(headers=me)["cursor"]
    r = coord.http.post(coord.url(f"/records/{contact}/erase"), timeout=30)
    assert r.status_code == 200, r.text
    records, _, erasures, _ = ana.pull_all(cursor, headers=me)
    assert erasures == [contact]
    assert practice in records and "contacts" not in records[practice]["fields"]


def test_conflicts_are_never_left_out(group):
    ana, rui, me = group["ana"], group["rui"], replica()
    rid = new_id()
    [res] = ana.push(change(rid, "create", {"title": "Shop", "kind": "good"}), headers=me)
    cursor = ana.pull(headers=me)["cursor"]
    rui.push(change(rid, fields={"title": "Rui's title"}, previous={"title": "Shop"}, base_seq=res["seq"]))
    [mine] = ana.push(change(rid, fields={"title": "Ana's title"}, previous={"title": "Shop"},
                             base_seq=res["seq"]), headers=me)
    assert mine["status"] == "conflict" and mine["echo"] is False
    _, conflicts, _, _ = ana.pull_all(cursor, headers=me)
    assert [x["id"] for x in conflicts] == mine["conflicts"]


def test_a_rejected_change_has_no_echo_and_no_stamps(group):
    ana, me = group["ana"], replica()
    [res] = ana.push(change(new_id(), "create", {"kind": "good"}), headers=me)   # no title
    assert res["status"] == "rejected" and res["echo"] is False
    assert not set(STAMPS) & set(res)


_SAMPLE = "e46e3ae1-c9a7-42f9-8dfa-410c3932714b"   # fixed: xdist workers must collect the same ids


@pytest.mark.parametrize("value", ["not-a-uuid", _SAMPLE + "0", _SAMPLE[:-1] + "g",
                                   _SAMPLE.replace("-", ""), "", _SAMPLE.replace("-", "_"),
                                   "z" * 8 + "-zzzz-zzzz-zzzz-" + "z" * 12])
def test_a_bad_replica_header_is_400_and_changes_nothing(group, value):
    ana = group["ana"]
    rid = new_id()
    body = {"changes": [change(rid, "create", {"title": "Shop", "kind": "good"})]}
    r = ana.http.post(ana.url("/changes"), json=body, headers={REPLICA_HEADER: value}, timeout=30)
    assert r.status_code == 400, r.text
    assert REPLICA_HEADER in r.json()["message"]
    assert ana.http.get(ana.url(f"/records/{rid}"), timeout=30).status_code == 404
    r = ana.http.get(ana.url("/changes"), headers={REPLICA_HEADER: value}, timeout=30)
    assert r.status_code == 400, r.text


def test_the_openapi_description_states_the_header_and_the_result_fields(server):
    schema = requests.get(server.url + "/openapi.json", timeout=30).json()
    for method in ("get", "post"):
        params = schema["paths"]["/v1/groups/{group}/changes"][method]["parameters"]
        [header] = [p for p in params if p["name"] == REPLICA_HEADER]
        assert header["in"] == "header" and header["schema"]["format"] == "uuid"
    result = schema["components"]["schemas"]["ResultOut"]["properties"]
    assert {"echo", *STAMPS} <= set(result)
