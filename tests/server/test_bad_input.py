"""Bad input gets a 4xx with a clear JSON message, changes nothing, and is never a 500."""

from __future__ import annotations

import gzip

import pytest
from server_helpers import change, new_id

RID = "0190a5d0-ac96-774b-bcce-b302099a8057"


def good(**over):
    return {**change(RID, "create", {"name": "t"}, collection="theme"), **over}


BAD_BODIES = [
    ("not json", b"{not json", "application/json", 400),
    ("json array", b"[1, 2]", "application/json", 400),
    ("json string", b'"changes"', "application/json", 400),
    ("empty", b"", "application/json", 400),
    ("no changes key", b"{}", "application/json", 422),
    ("unknown top key", b'{"changes": [], "extra": 1}', "application/json", 422),
    ("changes not a list", b'{"changes": {}}', "application/json", 422),
    ("wrong protocol", b'{"protocol": 2, "changes": []}', "application/json", 422),
    ("invalid utf-8", b'{"changes": ["\xff"]}', "application/json", 400),
    ("deeply nested", b'{"changes": ' + b"[" * 5000 + b"]" * 5000 + b"}", "application/json", 400),
]


@pytest.mark.parametrize("name, body, ctype, status", BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_malformed_bodies(group, name, body, ctype, status):
    ana = group["ana"]
    r = ana.http.post(ana.url("/changes"), data=body, headers={"Content-Type": ctype})
    assert r.status_code in (400, 422), (r.status_code, r.text)
    assert r.status_code == status or name == "deeply nested"
    assert set(r.json()) >= {"error", "message"} and r.json()["message"]
    assert group["server"].service.group_seq(group["name"]) == 0


CHANGE_CASES = [
    ("unknown key", good(colour="red")),
    ("record id not uuid", good(record_id="x")),
    ("base_seq string", good(base_seq="5")),
    ("base_seq negative", good(base_seq=-1)),
    ("base_seq bool", good(base_seq=True)),
    ("fields a list", good(fields=["a"])),
    ("op unknown", good(op="explode")),
    ("collection unknown", good(collection="car")),
    ("change id too long", good(change_id="x" * 65)),
    ("change id spaces", good(change_id="a b")),
    ("resolves not list", good(resolves="c1")),
    ("at not text", good(at=5)),
    ("missing record id", {k: v for k, v in good().items() if k != "record_id"}),
]


@pytest.mark.parametrize("name, bad", CHANGE_CASES, ids=[c[0] for c in CHANGE_CASES])
def test_wrong_types_and_unknown_fields_are_422_and_change_nothing(group, name, bad):
    ana = group["ana"]
    r = ana.http.post(ana.url("/changes"), json={"changes": [good(change_id="fine-1", record_id=new_id()), bad]})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "invalid" and "changes" in body["message"]
    assert group["server"].service.group_seq(group["name"]) == 0   # the good change was not applied either


def test_duplicate_change_ids_in_one_push(group):
    ana = group["ana"]
    c = good()
    r = ana.http.post(ana.url("/changes"), json={"changes": [c, c]})
    assert r.status_code == 400 and "twice" in r.json()["message"]


def test_weird_field_values_are_rejected_not_crashing(group):
    ana = group["ana"]
    values = [{"title": {"nested": [1, {"x": None}]}, "kind": "good"}, {"title": 1e15, "kind": ["good"]},
              {"title": "x", "kind": "good", "emails": "not-a-list"}, {"title": "x", "kind": "good",
              "phones": [{"value": "+" + "9" * 500}]}, {"title": "x" * 1000, "kind": "good"},
              {"title": "ok", "kind": "good", "region": {"a": 1}, "start_date": [2020]},
              {"title": "ok", "kind": "good", "funding_amount": "lots"}]
    results = ana.push(*[change(new_id(), "create", v) for v in values])
    assert [r["status"] for r in results] == ["rejected"] * len(values), results
    assert all(r["reason"] for r in results)


@pytest.mark.parametrize("params", [{"since": "abc"}, {"since": "-1"}, {"limit": "0"}, {"limit": "x"},
                                    {"limit": "999999"}, {"since": "1" * 30}])
def test_bad_pull_parameters(group, params):
    r = group["ana"].http.get(group["ana"].url("/changes"), params=params)
    assert r.status_code in (400, 422) and r.json()["message"], r.text


def test_bad_gzip_and_unsupported_encoding(group):
    ana = group["ana"]
    r = ana.http.post(ana.url("/changes"), data=b"not gzip at all",
                      headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert r.status_code == 400 and "gzip" in r.json()["message"]
    r = ana.http.post(ana.url("/changes"), data=gzip.compress(b'{"changes": []}')[:-6],
                      headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert r.status_code == 400
    r = ana.http.post(ana.url("/changes"), data=b"{}", headers={"Content-Encoding": "br"})
    assert r.status_code == 415


def test_unknown_endpoints_and_methods(group):
    ana = group["ana"]
    r = ana.http.get(group["server"].url + "/v1/nothing")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = ana.http.delete(ana.url("/changes"))
    assert r.status_code == 405 and r.json()["message"]
    r = ana.http.get(ana.url("/records/not-a-record"))
    assert r.status_code == 422 and "record_id" in r.json()["message"]   # the path's pattern
    r = ana.http.get(ana.url(f"/records/{new_id()}"))
    assert r.status_code == 404
