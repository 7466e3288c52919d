"""Authorization matrix: roles × groups × endpoints, revoked tokens, removed members."""

from __future__ import annotations

import hashlib

import pytest
import requests
from server_helpers import change, new_id

BLOB = b"attachment bytes"
SHA = hashlib.sha256(BLOB).hexdigest()


def _endpoints(rid):
    """(name, method, path, kwargs, kind) — kind: read, write or erase."""
    return [
        ("me", "GET", "/me", {}, "read"),
        ("pull", "GET", "/changes", {}, "read"),
        ("record", "GET", f"/records/{rid}", {}, "read"),
        ("blob-missing", "POST", "/blobs/missing", {"json": {"sha256": [SHA]}}, "read"),
        ("blob-head", "HEAD", f"/blobs/{SHA}", {}, "read"),
        ("blob-get", "GET", f"/blobs/{SHA}", {}, "read"),
        ("push", "POST", "/changes",
         {"json": {"changes": [change(new_id(), "create", {"name": "t"}, collection="theme")]}}, "write"),
        ("blob-put", "PUT", f"/blobs/{SHA}", {"data": BLOB}, "write"),
        ("erase", "POST", f"/records/{new_id()}/erase", {}, "erase"),
    ]


ALLOWED = {"coordinator": {"read", "write", "erase"}, "member": {"read", "write"}, "reader": {"read"}}


@pytest.fixture
def two_groups(server):
    import uuid

    names = ["a-" + uuid.uuid4().hex[:10], "b-" + uuid.uuid4().hex[:10]]
    tokens = {g: server.make_group(g, {"coord": "coordinator", "member": "member", "reader": "reader"})
              for g in names}
    # some data in each group: a record and a blob
    rids = {}
    for g in names:
        rid = new_id()
        h = {"Authorization": f"Bearer {tokens[g]['member']}"}
        r = requests.post(f"{server.url}/v1/groups/{g}/changes", headers=h,
                          json={"changes": [change(rid, "create", {"name": "x"}, collection="theme")]})
        assert r.json()["results"][0]["status"] == "applied"
        assert requests.put(f"{server.url}/v1/groups/{g}/blobs/{SHA}", headers=h, data=BLOB).status_code == 201
        rids[g] = rid
    return server, names, tokens, rids


@pytest.mark.parametrize("role", ["coordinator", "member", "reader"])
def test_role_matrix_in_own_group_and_nothing_in_another(two_groups, role):
    server, (own, other), tokens, rids = two_groups
    member = {"coordinator": "coord", "member": "member", "reader": "reader"}[role]
    h = {"Authorization": f"Bearer {tokens[own][member]}"}
    for name, method, path, kwargs, kind in _endpoints(rids[own]):
        r = requests.request(method, f"{server.url}/v1/groups/{own}{path}", headers=h, **kwargs)
        if kind in ALLOWED[role]:
            expected_ok = {200, 201} if name != "erase" else {404}   # erasing an unknown record
            assert r.status_code in expected_ok, (role, name, r.status_code, r.text)
        else:
            assert r.status_code == 403, (role, name, r.status_code, r.text)
            assert r.json()["error"] == "forbidden"
        # the same token in the other group: refused, whatever the role
        r = requests.request(method, f"{server.url}/v1/groups/{other}{path.replace(rids[own], rids[other])}",
                             headers=h, **kwargs)
        assert r.status_code == 401, (role, name, r.status_code)
        if method != "HEAD":
            assert r.json()["error"] == "unauthorized"
    # nothing of ours leaked into the other group and nothing was written there
    other_h = {"Authorization": f"Bearer {tokens[other]['reader']}"}
    page = requests.get(f"{server.url}/v1/groups/{other}/changes", headers=other_h).json()
    assert [r["id"] for r in page["records"]] == [rids[other]]


@pytest.mark.parametrize("auth", [None, "Bearer", "Bearer not-a-token", "Basic dXNlcjpwYXNz", "token"])
def test_missing_or_bad_token_is_401(two_groups, auth):
    server, (own, _), _, _ = two_groups
    headers = {"Authorization": auth} if auth else {}
    for method, path in (("GET", "/changes"), ("POST", "/changes"), ("GET", "/me")):
        r = requests.request(method, f"{server.url}/v1/groups/{own}{path}", headers=headers,
                             json={"changes": []})
        assert r.status_code == 401 and r.json()["error"] == "unauthorized", r.text


def test_unknown_group_answers_like_a_group_the_token_is_not_for(two_groups):
    server, (own, other), tokens, _ = two_groups
    h = {"Authorization": f"Bearer {tokens[own]['coord']}"}
    unknown = requests.get(f"{server.url}/v1/groups/no-such-group/changes", headers=h)
    foreign = requests.get(f"{server.url}/v1/groups/{other}/changes", headers=h)
    assert unknown.status_code == foreign.status_code == 401
    assert unknown.json() == foreign.json() == {"error": "unauthorized",
                                                "message": "this token is not valid for this group"}


def test_revoked_tokens_and_removed_members_are_refused(two_groups):
    server, (own, _), tokens, _ = two_groups
    svc = server.service
    url = f"{server.url}/v1/groups/{own}/me"
    tok = tokens[own]["member"]
    assert requests.get(url, headers={"Authorization": f"Bearer {tok}"}).json()["role"] == "member"
    svc.revoke_token(own, tok)
    r = requests.get(url, headers={"Authorization": f"Bearer {tok}"})
    assert r.status_code == 401 and "revoked" in r.json()["message"]
    token_id, fresh = svc.issue_token(own, "member")
    assert requests.get(url, headers={"Authorization": f"Bearer {fresh}"}).status_code == 200
    svc.set_role(own, "member", "reader")
    r = requests.post(f"{server.url}/v1/groups/{own}/changes", headers={"Authorization": f"Bearer {fresh}"},
                      json={"changes": []})
    assert r.status_code == 403
    svc.remove_member(own, "member")
    assert requests.get(url, headers={"Authorization": f"Bearer {fresh}"}).status_code == 401


def test_tokens_are_stored_hashed(two_groups):
    server, (own, _), tokens, _ = two_groups
    from sqlalchemy import select

    from sync.server.models import Token

    with server.service.db.read() as c:
        stored = [r.token_hash for r in c.execute(select(Token.__table__).where(Token.group_id == own))]
    assert tokens[own]["coord"] not in stored
    assert hashlib.sha256(tokens[own]["coord"].encode()).hexdigest() in stored
