"""Every string and number is checked at the edge (sync.protocol.values): a value the
database, a replica or a later pull could choke on is refused with 400, nothing is stored,
and the group's pull feed keeps working. On SQLite and PostgreSQL (psycopg refuses NUL)."""

from __future__ import annotations

import json

import pytest
from server_helpers import change, new_id

from sync.protocol import ProtocolError, parse_cursor
from sync.protocol.values import MAX_NUMBER, MAX_STRING, MAX_VALUE_DEPTH, check_value, loads

HEADERS = {"Content-Type": "application/json"}


def _body(*changes) -> str:
    return json.dumps({"changes": list(changes)})


def _create(**fields) -> dict:
    return change(new_id(), "create", {"title": "ok", "kind": "good", **fields})


def _nested(depth: int) -> object:
    value: object = "leaf"
    for _ in range(depth):
        value = [value]
    return value


def _refused_and_nothing_stored(group, raw: str | bytes):
    ana = group["ana"]
    r = ana.http.post(ana.url("/changes"), data=raw, headers=HEADERS)
    assert r.status_code == 400, r.text
    assert r.json()["error"] == "bad_request" and r.json()["message"]
    assert group["server"].service.group_seq(group["name"]) == 0
    page = ana.pull("0")   # the feed still answers (it broke with a 500 before)
    assert page["records"] == [] and page["more"] is False
    return r.json()["message"]


# raw JSON text, so escapes and literals reach the server exactly as a hostile client sends them
RAW = {
    "lone surrogate in a title": _body(_create()).replace('"ok"', '"\\ud800"'),
    "lone low surrogate in a key": _body(_create()).replace('"kind"', '"\\udc00kind"'),
    "upper-case surrogate escape": _body(_create()).replace('"ok"', '"a\\uD83D"'),
    "upper-case low surrogate escape": _body(_create()).replace('"ok"', '"a\\uDFFF"'),
    "NaN in previous": _body(change(new_id(), "update", {"title": "x"}, {"title": "PREV"}))
    .replace('"PREV"', "NaN"),
    "Infinity in fields": _body(_create()).replace('"ok"', "Infinity"),
    "-Infinity in fields": _body(_create()).replace('"ok"', "-Infinity"),
    "huge float": _body(_create()).replace('"ok"', "1e308"),
    "integer beyond 2**53": _body(_create()).replace('"ok"', str(MAX_NUMBER + 1)),
    "base_seq beyond 2**53": _body(change(new_id(), base_seq=MAX_NUMBER + 1)),
    "previous 600 deep": _body(change(new_id(), "update", {"title": "x"}, {"title": _nested(600)})),
    "fields 20 deep": _body(_create(regions=_nested(20))),
    "fields one level too deep": _body(_create(funding_note=_nested(MAX_VALUE_DEPTH))),
    "NUL in a title": _body(_create(title="a\x00b")),
    "NUL in by": _body({**_create(), "by": "a\x00"}),
    "NUL in at": _body({**_create(), "at": "2026\x00"}),
    "NUL in a field name": _body(_create(**{"ti\x00tle": "x"})),
    "NUL in previous": _body(change(new_id(), "update", {"title": "x"}, {"title": "\x00"})),
    "NUL in resolves": _body({**_create(), "resolves": ["abc\x00"]}),
    "duplicate keys": '{"changes": [], "changes": []}',
    "a string too long": _body(_create(summary="x" * (MAX_STRING + 1))),
}


@pytest.mark.parametrize("name", list(RAW))
def test_hostile_values_are_refused_and_nothing_is_stored(group, name):
    message = _refused_and_nothing_stored(group, RAW[name])
    assert "changes" in message or "body" in message


def test_a_body_in_utf16_is_refused(group):
    _refused_and_nothing_stored(group, '{"changes": []}'.encode("utf-16"))


def test_values_just_within_the_limits_are_accepted(group):
    ana = group["ana"]
    results = ana.push(_create(summary="é" * 3000, funding_note=_nested(MAX_VALUE_DEPTH - 1)),
                       _create(title="😀 fine"))
    # the field rules may reject a change (200 + "rejected"); the edge let both through
    assert len(results) == 2 and results[1]["status"] == "applied", results
    assert ana.pull("0")["records"]


def test_a_backslash_before_u0000_is_text_not_a_nul(group):
    # the body's text is searched for escapes of a NUL or a surrogate once; this is a false
    # alarm of that search (an escaped backslash), and its strings are then searched one by one
    ana = group["ana"]
    raw = _body(_create(title="C:\\u0000 and \\ud800")).encode()
    assert b"\\\\u0000" in raw
    r = ana.http.post(ana.url("/changes"), data=raw, headers=HEADERS)
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] == "applied"
    assert ana.pull("0")["records"][0]["fields"]["title"] == "C:\\u0000 and \\ud800"


@pytest.mark.parametrize("cursor", ["²", "①", "١٢", "１", "1 ", "+1", "-1", "0x1", "1" * 19])
def test_cursors_are_ascii_digits_only(group, cursor):
    r = group["ana"].http.get(group["ana"].url("/changes"), params={"since": cursor})
    assert r.status_code == 400, r.text
    assert r.json()["message"] == "the cursor is not one this server gave out"
    with pytest.raises(ProtocolError):
        parse_cursor(cursor)


@pytest.mark.parametrize("limit", ["１", "١٢", "+1", "1_0", " 12", "12.0"])
def test_limit_is_ascii_digits_only(group, limit):
    r = group["ana"].http.get(group["ana"].url("/changes"), params={"limit": limit})
    assert r.status_code == 422, r.text
    assert "limit" in r.json()["message"]


@pytest.mark.parametrize("path", ["/v1/groups/a%00b/me", "/v1/groups/%00/changes",
                                  "/v1/groups/Caps/me", "/v1/groups/{g}/records/%00",
                                  "/v1/groups/{g}/records/abc%00def"])
def test_bad_path_segments_are_refused_before_any_query(group, path):
    ana = group["ana"]
    r = ana.http.get(group["server"].url + path.format(g=group["name"]))
    assert r.status_code == 422, r.text   # a 500 on PostgreSQL before (NUL in a query)
    assert r.json()["error"] == "invalid"


@pytest.mark.parametrize("sha", ["%00" * 32, "A" * 64, "g" * 64, "0" * 63])
def test_a_bad_sha256_names_no_blob(group, sha):
    ana = group["ana"]
    for method in ("GET", "HEAD", "PUT"):
        r = ana.http.request(method, ana.url(f"/blobs/{sha}"), data=b"x" if method == "PUT" else None)
        assert r.status_code == 404, (method, r.status_code, r.text)


def test_check_value_directly():
    check_value({"a": [1, 2.5, None, True, "ß", {"b": "c"}]}, "v")
    for bad in (float("nan"), float("inf"), "\ud800", "a\x00", {"\x00": 1}, 2 ** 53, _nested(17),
                [0] * 10_001, {1: "non-text key"}, b"bytes", object()):
        with pytest.raises(ProtocolError):
            check_value({"x": bad}, "v")
    assert loads(b'{"a": 1}') == {"a": 1}
    with pytest.raises(ProtocolError):
        loads(b"[" * 100_000 + b"]" * 100_000)
