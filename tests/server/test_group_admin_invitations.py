"""Invitations end to end: the real server on loopback (SQLite and PostgreSQL), the real
client (sync.client.groupadmin). Expiry moves the service's clock; nothing sleeps."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
import requests
from sqlalchemy import select

from sync.client.account import Account
from sync.client.groupadmin import GroupAdmin, InvalidInvitation, InvitationRefused, parse_invitation, redeem
from sync.protocol.invitations import make_code, new_nonce
from sync.server.admin_api import LIMIT, FailedTries
from sync.server.models import Audit, Invitation, Member, Token


def app_state(server):
    return server._server.config.app.state


@pytest.fixture
def admin(group):
    with GroupAdmin(Account(group["server"].url, group["name"], "coord"), group["tokens"]["coord"],
                    max_attempts=1) as a:
        yield a


@pytest.fixture
def clock(group):
    """Move the server's clock for invitations: clock(hours=…) from now; restored after."""
    state = app_state(group["server"]).group_admin
    real = state.clock
    start = real()

    def move(**delta):
        state.clock = lambda: start + dt.timedelta(**delta)

    yield move
    state.clock = real


def redeem_raw(server, body, address: str | None = None) -> requests.Response:
    headers = {"X-Forwarded-For": address} if address else {}
    return requests.post(f"{server.url}/v1/invitations/redeem", json=body, headers=headers, timeout=30)


def test_an_invitation_makes_a_member_with_their_own_token(group, admin):
    inv = admin.invite("member", "Rui Lopes", organisation="Casa do Povo")
    assert inv.code.startswith("rdinv1.") and inv.status == "open"
    parsed = parse_invitation(inv.code)
    assert (parsed.server, parsed.group) == (group["server"].url, group["name"])
    got = redeem(inv.code, "Rui's laptop")
    assert (got.group, got.member_id, got.role, got.name) == (group["name"], "rui-lopes", "member", "Rui Lopes")
    assert got.server == group["server"].url
    me = requests.get(f"{got.server}/v1/groups/{got.group}/me", headers={"Authorization": f"Bearer {got.token}"},
                      timeout=30).json()
    assert (me["member"], me["role"]) == ("rui-lopes", "member")
    rui = {m.member_id: m for m in admin.members()}["rui-lopes"]
    assert (rui.organisation, rui.removed) == ("Casa do Povo", False)
    assert [t.label for t in admin.tokens("rui-lopes")] == ["Rui's laptop"]
    listed = {i.invitation_id: i for i in admin.invitations()}[inv.invitation_id]
    assert (listed.status, listed.redeemed_by, listed.code) == ("redeemed", "rui-lopes", "")
    actions = [(e.action, e.by, e.target) for e in admin.audit(limit=2)]
    assert actions == [("invitation.redeem", "rui-lopes", "rui-lopes"), ("invitation.create", "coord", "Rui Lopes")]


def test_the_server_keeps_no_secret_and_no_token_in_clear(group, admin):
    inv = admin.invite("member", "Secretive")
    got = redeem(inv.code, "pc")
    secret = parse_invitation(inv.code).secret
    with group["server"].service.db.read() as c:
        dump = repr([list(c.execute(select(t.__table__).where(t.group_id == group["name"])))
                     for t in (Invitation, Token, Audit, Member)])
    assert secret not in dump and got.token not in dump and inv.code not in dump
    assert got.token not in repr(admin.invitations()) + repr(admin.audit(limit=500))


def test_an_expired_invitation_is_refused_with_a_clear_sentence(group, admin, clock):
    inv = admin.invite("reader", "Late comer", hours=2)
    created = dt.datetime.fromisoformat(inv.created_at.replace("Z", "+00:00"))
    assert dt.datetime.fromisoformat(inv.expires_at.replace("Z", "+00:00")) - created == dt.timedelta(hours=2)
    clock(hours=2, minutes=1)
    with pytest.raises(InvitationRefused) as refused:
        redeem(inv.code, "pc")
    assert refused.value.status == 409 and refused.value.reason == "expired"
    assert str(refused.value).startswith("this invitation expired on ") and "new one" in str(refused.value)
    assert {i.invitation_id: i.status for i in admin.invitations()}[inv.invitation_id] == "expired"
    assert "late-comer" not in {m.member_id for m in admin.members()}
    clock(hours=1)                       # the same code, before its time, still works
    assert redeem(inv.code, "pc").member_id == "late-comer"


def test_the_default_lifetime_is_72_hours_and_30_days_is_the_most(group, admin):
    inv = admin.invite("member", "Default")
    created = dt.datetime.fromisoformat(inv.created_at.replace("Z", "+00:00"))
    assert dt.datetime.fromisoformat(inv.expires_at.replace("Z", "+00:00")) - created == dt.timedelta(hours=72)
    assert admin.invite("member", "Long", hours=720).status == "open"
    from sync.client.groupadmin import GroupAdminError

    with pytest.raises(GroupAdminError) as refused:
        admin.invite("member", "Too long", hours=721)
    assert refused.value.status == 422 and "hours" in str(refused.value)


def test_a_used_code_is_refused_but_the_same_redemption_retried_gets_its_token_again(group):
    code = app_state(group["server"]).group_admin.invite(group["name"], by="coord", name="Once",
                                                         server=group["server"].url)["code"]
    nonce = new_nonce()
    first = redeem_raw(group["server"], {"code": code, "label": "pc", "nonce": nonce})
    assert first.status_code == 201
    retried = redeem_raw(group["server"], {"code": code, "label": "pc", "nonce": nonce})
    assert retried.status_code == 201 and retried.json()["token"] == first.json()["token"]
    other = redeem_raw(group["server"], {"code": code, "label": "another pc"})
    assert other.status_code == 409 and other.json()["reason"] == "used"
    assert "already used" in other.json()["message"]
    with group["server"].service.db.read() as c:
        tokens = c.execute(select(Token.token_id).where(Token.group_id == group["name"],
                                                        Token.member_id == "once")).all()
    assert len(tokens) == 1


def test_a_cancelled_invitation_is_refused(group, admin):
    inv = admin.invite("member", "Never")
    assert admin.cancel_invitation(inv.invitation_id).status == "cancelled"
    with pytest.raises(InvitationRefused) as refused:
        redeem(inv.code, "pc")
    assert (refused.value.status, refused.value.reason) == (409, "cancelled")
    assert "cancelled by the coordinator" in str(refused.value)
    from sync.client.groupadmin import GroupAdminError

    with pytest.raises(GroupAdminError) as again:
        admin.cancel_invitation(inv.invitation_id)
    assert again.value.status == 409 and "already cancelled" in str(again.value)
    assert [e.action for e in admin.audit(limit=1)] == ["invitation.cancel"]


def test_a_tampered_code_is_told_apart_from_an_unknown_one(group, admin):
    inv = admin.invite("member", "Tamper")
    flipped = inv.code[:20] + ("A" if inv.code[20] != "A" else "B") + inv.code[21:]
    with pytest.raises(InvalidInvitation, match="incomplete or mistyped"):
        parse_invitation(flipped)
    with pytest.raises(InvalidInvitation, match="incomplete or mistyped"):
        parse_invitation(inv.code[:-3])
    r = redeem_raw(group["server"], {"code": flipped, "label": "x"})
    assert r.status_code == 404 and r.json()["reason"] == "mistyped"
    # well-formed (the check matches) but a secret the server never made
    forged = make_code(group["server"].url, group["name"], "A" * 22)
    with pytest.raises(InvitationRefused) as refused:
        redeem(forged, "x")
    assert (refused.value.status, refused.value.reason) == (404, "unknown")
    # pasted from a mail that wrapped it: still the code
    assert parse_invitation(inv.code[:30] + "\n  " + inv.code[30:]) == parse_invitation(inv.code)
    assert redeem(inv.code[:30] + "\n" + inv.code[30:], "pc").member_id == "tamper"


def test_redeeming_never_500s_on_odd_bodies(group):
    for body in ({"code": ""}, {"code": "rdinv1."}, {"code": "rdinv1..."}, {"code": "rdinv9.x.y"},
                 {"code": "rdinv1.e30.AAAAAAAA"}, {"code": "é" * 100}, {"code": 5}, {},
                 {"code": "rdinv1.x.y", "nonce": "short"}, {"code": "rdinv1.x.y", "extra": 1}):
        r = redeem_raw(group["server"], body)
        assert 400 <= r.status_code < 500 and r.json()["message"], (body, r.text)


def test_concurrent_redemptions_of_one_code_give_exactly_one_token(group, admin):
    code = admin.invite("member", "Racer").code
    barrier = threading.Barrier(8)
    answers: list[int] = []

    def go():
        barrier.wait()
        answers.append(redeem_raw(group["server"], {"code": code, "label": "race"}).status_code)

    threads = [threading.Thread(target=go) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(answers) == [201] + [409] * 7
    assert [t.label for t in admin.tokens("racer")] == ["race"]
    assert [e.action for e in admin.audit(limit=500)].count("invitation.redeem") == 1


def test_a_named_member_id_and_coming_back_after_removal(group, admin):
    rid_seq = admin.remove_member("rui")
    assert rid_seq.removed
    inv = admin.invite("reader", "Rui again", member_id="rui")
    got = redeem(inv.code, "pc")
    assert (got.member_id, got.role) == ("rui", "reader")
    assert {m.member_id: m for m in admin.members()}["rui"].removed_at is None
    # without a member id, a name that is taken (even by a removed member) gets a new id
    admin.remove_member("ana")
    assert redeem(admin.invite("member", "Ana").code, "pc").member_id == "ana-2"
    from sync.client.groupadmin import GroupAdminError

    with pytest.raises(GroupAdminError) as taken:
        admin.invite("member", "Coord", member_id="coord")
    assert taken.value.status == 409


def test_failed_redemptions_are_rate_limited_per_address(group):
    server = group["server"]
    forged = make_code(server.url, group["name"], "B" * 22)
    address = "10.{}.{}.{}".format(*uuid.uuid4().bytes[:3])     # its own address: its own count
    for _ in range(LIMIT):
        assert redeem_raw(server, {"code": forged}, address).status_code == 404
    blocked = redeem_raw(server, {"code": forged}, address)
    assert blocked.status_code == 429 and blocked.json()["reason"] == "rate_limited"
    assert int(blocked.headers["Retry-After"]) > 0 and "try again in" in blocked.json()["message"]
    # even the right code waits: the address is blocked, not the code
    good = app_state(server).group_admin.invite(group["name"], by="coord", name="Patient")["code"]
    assert redeem_raw(server, {"code": good}, address).status_code == 429
    # another address is not held up, and mistyped codes are never counted
    for _ in range(LIMIT + 2):
        assert redeem_raw(server, {"code": forged[:-2] + "zz"}, "10.255.0.1").status_code == 404
    assert redeem_raw(server, {"code": good}, "10.255.0.1").status_code == 201


def test_failed_tries_forget_after_the_window():
    now = [0.0]
    tries = FailedTries(limit=2, window=60, clock=lambda: now[0])
    tries.failed("a")
    tries.failed("a")
    from sync.server.group_admin import InvitationRefused as Refused

    with pytest.raises(Refused) as blocked:
        tries.refuse_if_blocked("a")
    assert blocked.value.status == 429 and blocked.value.retry_after == 61
    tries.refuse_if_blocked("b")
    now[0] = 61
    tries.refuse_if_blocked("a")


def test_the_code_names_the_public_address_when_the_server_sets_one(tmp_path, monkeypatch):
    from sync.server.testing import serve

    monkeypatch.setenv("RURALDESK_SERVER_PUBLIC_URL", "https://group.example.org/")
    with serve(None, tmp_path) as server:
        token = server.make_group("pub", {"coord": "coordinator"})["coord"]
        with GroupAdmin(Account(server.url, "pub"), token) as admin:
            inv = admin.invite("member", "Far away")
        assert parse_invitation(inv.code).server == "https://group.example.org"
        got = redeem(inv.code, "pc", server=server.url)     # the test reaches it on loopback
        assert got.server == server.url and got.member_id == "far-away"


def test_a_code_without_an_address_asks_for_one(group):
    code = app_state(group["server"]).group_admin.invite(group["name"], by="coord", name="No address")["code"]
    assert parse_invitation(code).server == ""
    with pytest.raises(InvalidInvitation, match="does not say which server"):
        redeem(code, "pc")
    assert redeem(code, "pc", server=group["server"].url).member_id == "no-address"
