"""The admin API over real HTTP, on SQLite and PostgreSQL: who may do what, what it does,
and that a refusal changes nothing (the group's rows are compared before and after)."""

from __future__ import annotations

import datetime as dt

import pytest
import requests
from server_helpers import Api, change, new_id
from sqlalchemy import select

from sync.server.models import Audit, Group, Invitation, Member, Token


def app_state(server):
    return server._server.config.app.state


def rows(server, group: str) -> dict[str, list]:
    """Everything the admin API could change in one group, as plain tuples."""
    with server.service.db.read() as c:
        return {t.__tablename__: sorted(tuple(r) for r in c.execute(select(t.__table__).where(t.group_id == group)))
                for t in (Group, Member, Token, Invitation, Audit)}


def call(api: Api, method: str, path: str, **kw) -> requests.Response:
    url = f"{api.base}/v1/groups/{api.group}{path}"
    return api.http.request(method, url, timeout=30, **kw)


def token_id_of(g, member: str) -> str:
    r = call(g["coord"], "GET", f"/members/{member}/tokens")
    assert r.status_code == 200, r.text
    return r.json()[0]["token_id"]


#: every coordinator-only action, as (method, path, body); paths may name {token} (ana's token id)
COORDINATOR_ONLY = [
    ("PATCH", "/members/rui", {"role": "reader"}),
    ("PATCH", "/members/rui", {"name": "Rui L.", "organisation": "Casa do Povo"}),
    ("DELETE", "/members/rui", None),
    ("GET", "/members/rui/tokens", None),
    ("DELETE", "/tokens/{token}", None),
    ("PATCH", "", {"name": "Renamed"}),
    ("POST", "/invitations", {"role": "member", "name": "Zé"}),
    ("GET", "/invitations", None),
    ("DELETE", "/invitations/{invitation}", None),
    ("GET", "/audit", None),
]


@pytest.mark.parametrize("who", ["ana", "reader"])
@pytest.mark.parametrize("method,path,body", COORDINATOR_ONLY,
                         ids=[f"{m} {p or '/'} {sorted(b) if b else ''}" for m, p, b in COORDINATOR_ONLY])
def test_only_a_coordinator_may_and_a_refusal_changes_nothing(group, who, method, path, body):
    server = group["server"]
    invitation = call(group["coord"], "POST", "/invitations", json={"name": "Open one"}).json()["invitation_id"]
    path = path.format(token=token_id_of(group, "ana"), invitation=invitation)
    before = rows(server, group["name"])
    r = call(group[who], method, path, json=body)
    assert r.status_code == 403, r.text
    assert r.json() == {"error": "forbidden", "message": "only a coordinator of this group can do this"}
    assert rows(server, group["name"]) == before
    # and the same request by the coordinator does work (so the 403 was about the role)
    assert call(group["coord"], method, path, json=body).status_code in (200, 201)


def test_without_a_token_every_admin_endpoint_is_401(group):
    anon = Api(group["server"].url, group["name"], None)
    for method, path, body in COORDINATOR_ONLY + [("GET", "/members", None)]:
        r = call(anon, method, path.format(token="abcdef012345", invitation="0123456789abcdef"), json=body)
        assert r.status_code == 401, (method, path, r.text)


def test_any_member_lists_the_members_with_role_name_organisation_and_last_sync(group):
    call(group["coord"], "PATCH", "/members/ana", json={"name": "Ana Silva", "organisation": "Junta"})
    listed = call(group["reader"], "GET", "/members")
    assert listed.status_code == 200
    by_id = {m["member_id"]: m for m in listed.json()}
    assert set(by_id) == {"coord", "ana", "rui", "reader"}
    assert by_id["ana"] == {**by_id["ana"], "name": "Ana Silva", "organisation": "Junta", "role": "member",
                            "removed_at": None}
    assert "last_sync_at" in by_id["ana"]


def test_changing_a_role_takes_effect_at_once_and_is_audited(group):
    rid = new_id()
    assert group["rui"].push(change(rid, "create", {"title": "Oven", "kind": "good"}))[0]["status"] == "applied"
    r = call(group["coord"], "PATCH", "/members/rui", json={"role": "reader"})
    assert r.status_code == 200 and r.json()["role"] == "reader"
    refused = group["rui"].push(change(new_id(), "create", {"title": "x", "kind": "good"}), expect=403)
    assert refused["error"] == "forbidden"
    entry = call(group["coord"], "GET", "/audit", params={"limit": 1}).json()[0]
    assert (entry["by"], entry["action"], entry["target"]) == ("coord", "member.update", "rui")
    assert entry["detail"] == {"role": {"from": "member", "to": "reader"}}


def test_a_removed_members_token_is_refused_at_once_and_their_records_stay_theirs(group):
    rid = new_id()
    group["ana"].push(change(rid, "create", {"title": "Seed bank", "kind": "good"}))
    r = call(group["coord"], "DELETE", "/members/ana")
    assert r.status_code == 200 and r.json()["removed_at"]
    refused = group["ana"].http.get(group["ana"].url("/changes"), timeout=30)
    assert refused.status_code == 401 and refused.json()["message"] == "this token has been revoked"
    record = group["coord"].record(rid)
    assert record["fields"]["title"] == "Seed bank" and record["created_by"] == "ana"
    ana = {m["member_id"]: m for m in call(group["coord"], "GET", "/members").json()}["ana"]
    assert ana["removed_at"] == r.json()["removed_at"]          # still listed, so still named
    assert call(group["coord"], "GET", "/members/ana/tokens").status_code == 404
    assert call(group["coord"], "PATCH", "/members/ana", json={"role": "member"}).status_code == 404
    entry = call(group["coord"], "GET", "/audit", params={"limit": 1}).json()[0]
    assert (entry["action"], entry["target"], entry["detail"]) == ("member.remove", "ana", {"tokens_revoked": 1})


def test_revoking_a_token_stops_it_and_shows_in_the_list(group):
    token_id = token_id_of(group, "rui")
    r = call(group["coord"], "DELETE", f"/tokens/{token_id}")
    assert r.status_code == 200 and r.json()["revoked_at"]
    assert group["rui"].http.get(group["rui"].url("/me"), timeout=30).status_code == 401
    listed = call(group["coord"], "GET", "/members/rui/tokens").json()
    assert [t["revoked_at"] is not None for t in listed] == [True]
    assert "token" not in listed[0] and "token_hash" not in listed[0]
    assert call(group["coord"], "DELETE", f"/tokens/{token_id}").status_code == 404   # not live any more


def test_nobody_removes_demotes_or_locks_out_themselves(group):
    before = rows(group["server"], group["name"])
    own_token = token_id_of(group, "coord")
    for method, path, body, says in (("DELETE", "/members/coord", None, "cannot remove yourself"),
                                     ("PATCH", "/members/coord", {"role": "member"}, "cannot change your own role"),
                                     ("DELETE", f"/tokens/{own_token}", None, "token this computer is using")):
        r = call(group["coord"], method, path, json=body)
        assert r.status_code == 409 and says in r.json()["message"], r.text
    assert rows(group["server"], group["name"]) == before
    # another coordinator may
    call(group["coord"], "PATCH", "/members/ana", json={"role": "coordinator"})
    assert call(group["ana"], "PATCH", "/members/coord", json={"role": "member"}).status_code == 200
    assert call(group["coord"], "PATCH", "/members/coord", json={"name": "Me"}).status_code == 403


def test_the_last_coordinator_stays_one(group):
    """Through the service (the command line): the API cannot get there, see above."""
    from sync.server.service import ServiceError

    admin = group["server"].service.admin
    before = rows(group["server"], group["name"])
    for act in (lambda: admin.remove_member(group["name"], "coord", by="cli:root"),
                lambda: admin.update_member(group["name"], "coord", role="member", by="cli:root")):
        with pytest.raises(ServiceError) as refused:
            act()
        assert refused.value.status == 409 and "only coordinator" in refused.value.message
    assert rows(group["server"], group["name"]) == before


def test_renaming_the_group(group):
    r = call(group["coord"], "PATCH", "", json={"name": "  Village association  "})
    assert r.status_code == 200 and r.json() == {"group": group["name"], "name": "Village association"}
    entry = call(group["coord"], "GET", "/audit", params={"limit": 1}).json()[0]
    assert (entry["action"], entry["detail"]["to"]) == ("group.rename", "Village association")
    before = rows(group["server"], group["name"])
    assert call(group["coord"], "PATCH", "", json={"name": "   "}).json()["name"] == "Village association"
    assert rows(group["server"], group["name"]) == before       # blank: nothing renamed, nothing logged


def test_bad_admin_input_is_a_clear_4xx_and_changes_nothing(group):
    before = rows(group["server"], group["name"])
    for method, path, body in (("PATCH", "/members/rui", {"role": "boss"}),
                               ("PATCH", "/members/rui", {"colour": "red"}),
                               ("PATCH", "/members/nobody", {"role": "reader"}),
                               ("POST", "/invitations", {"name": "X", "hours": 721}),
                               ("POST", "/invitations", {"name": "X", "hours": 0}),
                               ("POST", "/invitations", {"name": ""}),
                               ("POST", "/invitations", {"name": "X", "server": "ftp://x"}),
                               ("POST", "/invitations", {"name": "X", "member_id": "ana"}),
                               ("DELETE", "/invitations/0123456789abcdef", None),
                               ("GET", "/audit?limit=0", None), ("GET", "/audit?before=yesterday", None)):
        r = call(group["coord"], method, path, json=body)
        assert 400 <= r.status_code < 500 and r.json()["message"], (method, path, body, r.text)
    assert rows(group["server"], group["name"]) == before


def test_the_audit_log_says_who_did_what_when_newest_first_and_pages(group):
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    rid = new_id()
    group["ana"].push(change(rid, "create", {"title": "Oven", "kind": "good"}))
    acts = [("PATCH", "/members/rui", {"organisation": "Casa do Povo"}),
            ("POST", "/invitations", {"name": "Zé Povinho", "role": "reader"}),
            ("PATCH", "", {"name": "Audited"}),
            ("POST", f"/records/{rid}/erase", None)]
    for method, path, body in acts:
        assert call(group["coord"], method, path, json=body).status_code in (200, 201)
    entries = call(group["coord"], "GET", "/audit", params={"limit": 4}).json()
    assert [e["action"] for e in entries] == ["record.erase", "group.rename", "invitation.create", "member.update"]
    assert {e["by"] for e in entries} == {"coord"}
    assert entries[0]["target"] == rid and entries[0]["detail"]["seq"] >= 1
    assert entries[2]["detail"]["role"] == "reader" and entries[2]["target"] == "Zé Povinho"
    for e in entries:
        assert dt.datetime.fromisoformat(e["at"].replace("Z", "+00:00")) >= start
    # the fixture's members and tokens were made through the service: audited too
    older = call(group["coord"], "GET", "/audit", params={"before": entries[-1]["id"], "limit": 500}).json()
    assert {e["action"] for e in older} == {"group.create", "member.add", "token.issue"}
    assert {e["target"] for e in older if e["action"] == "member.add"} == {"coord", "ana", "rui", "reader"}
    assert all(e["id"] < entries[-1]["id"] for e in older)


def test_last_sync_is_recorded_after_a_pull_or_push_at_most_once_a_minute(group):
    last_sync = app_state(group["server"]).last_sync
    clock = [1_000_000.0]
    base = dt.datetime.now(dt.timezone.utc)
    old = last_sync.clock, last_sync.wall
    last_sync.clock = lambda: clock[0]
    last_sync.wall = lambda: base + dt.timedelta(seconds=clock[0] - 1_000_000.0)
    try:
        group["rui"].pull()
        last_sync.flush()
        first = {m["member_id"]: m for m in call(group["coord"], "GET", "/members").json()}
        assert first["rui"]["last_sync_at"] is not None
        assert first["ana"]["last_sync_at"] is None              # ana did not sync
        writes = last_sync.writes
        group["rui"].push(change(new_id(), "create", {"title": "x", "kind": "good"}))
        group["rui"].pull()
        last_sync.flush()
        assert last_sync.writes == writes                         # within the minute: no write
        clock[0] += 61
        group["rui"].pull()
        last_sync.flush()
        assert last_sync.writes == writes + 1
        again = {m["member_id"]: m for m in call(group["coord"], "GET", "/members").json()}
        assert again["rui"]["last_sync_at"] > first["rui"]["last_sync_at"]
    finally:
        last_sync.clock, last_sync.wall = old


def test_a_refused_pull_records_no_last_sync(group):
    last_sync = app_state(group["server"]).last_sync
    writes = last_sync.writes
    group["ana"].http.get(group["ana"].url("/changes"), params={"since": "x"}, timeout=30)   # 400
    Api(group["server"].url, group["name"], "not-a-token").http.get(
        f"{group['server'].url}/v1/groups/{group['name']}/changes", timeout=30)              # 401
    last_sync.flush()
    assert last_sync.writes == writes
    assert {m["member_id"]: m for m in call(group["coord"], "GET", "/members").json()}["ana"]["last_sync_at"] is None


def test_an_erasure_pushed_by_a_coordinator_is_audited_too(group):
    rid = new_id()
    group["ana"].push(change(rid, "create", {"title": "Oven", "kind": "good"}))
    result = group["coord"].push(change(rid, "erase", base_seq=0))[0]
    assert result["status"] == "applied", result
    entry = call(group["coord"], "GET", "/audit", params={"limit": 1}).json()[0]
    assert (entry["by"], entry["action"], entry["target"]) == ("coord", "record.erase", rid)
    assert entry["detail"] == {"collection": "practice", "seq": result["seq"]}
    # a member's erase is refused in the push and leaves no line
    other = new_id()
    group["ana"].push(change(other, "create", {"title": "Mill", "kind": "good"}))
    assert group["ana"].push(change(other, "erase"))[0]["status"] == "rejected"
    assert call(group["coord"], "GET", "/audit", params={"limit": 1}).json()[0]["target"] == rid


def test_a_pull_never_waits_for_its_last_sync_stamp(sqlite_server):
    """The stamp is written after the answer, by another thread: with every writer of this
    SQLite database held up, a pull still gets its answer, and the stamp follows later."""
    import uuid

    name = "ls-" + uuid.uuid4().hex[:8]
    token = sqlite_server.make_group(name, {"coord": "coordinator"})["coord"]
    api = Api(sqlite_server.url, name, token)
    last_sync = app_state(sqlite_server).last_sync
    with sqlite_server.service.db._writer:          # no write can start while we hold this
        assert api.pull()["cursor"]
        assert [m["last_sync_at"] for m in call(api, "GET", "/members").json()] == [None]
    last_sync.flush()
    assert call(api, "GET", "/members").json()[0]["last_sync_at"] is not None
