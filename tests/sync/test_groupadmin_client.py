"""sync.client.groupadmin against the real server on loopback: typed answers, the server's
own sentences in the exceptions, and a redemption that survives a lost answer."""

from __future__ import annotations

import pytest
import requests
from faultproxy import FaultProxy

from sync.client.account import Account
from sync.client.groupadmin import (AuditEntry, GroupAdmin, GroupAdminError, InvalidInvitation, Invitation,
                                    InvitationRefused, Member, TokenInfo, parse_invitation, redeem)
from sync.client.transport import AuthRefused, Unreachable
from sync.protocol.invitations import make_code, new_secret


@pytest.fixture
def desk(server):
    tokens = server.make_group("desk", {"coord": "coordinator", "ana": "member"})
    admins = {who: GroupAdmin(Account(server.url, "desk", who), tok, max_attempts=2, backoff_base=0.01)
              for who, tok in tokens.items()}
    yield admins
    for a in admins.values():
        a.close()


def test_every_method_answers_typed_values(server, desk):
    coord = desk["coord"]
    members = coord.members()
    assert all(isinstance(m, Member) for m in members) and {m.member_id for m in members} == {"coord", "ana"}
    ana = coord.set_member("ana", name="Ana Silva", organisation="Junta de Freguesia")
    assert (ana.name, ana.organisation, ana.role) == ("Ana Silva", "Junta de Freguesia", "member")
    tokens = coord.tokens("ana")
    assert [type(t) for t in tokens] == [TokenInfo] and tokens[0].revoked_at is None
    assert coord.revoke_token(tokens[0].token_id).revoked_at is not None
    assert coord.rename_group("Desk of the valley") == "Desk of the valley"
    inv = coord.invite("reader", "Zé", organisation="Escola", hours=1)
    assert isinstance(inv, Invitation) and inv.code and inv.role == "reader"
    assert [i.invitation_id for i in coord.invitations()] == [inv.invitation_id]
    assert coord.cancel_invitation(inv.invitation_id).status == "cancelled"
    removed = coord.remove_member("ana")
    assert removed.removed and removed.removed_at
    log = coord.audit(limit=3)
    assert all(isinstance(e, AuditEntry) for e in log)
    assert [e.action for e in log] == ["member.remove", "invitation.cancel", "invitation.create"]
    page = coord.audit(before=log[-1].id, limit=2)
    assert [e.action for e in page] == ["group.rename", "token.revoke"]


def test_erase_record_goes_through_and_into_the_audit(server, desk):
    from sync.protocol import Change

    from sync.server.service import Caller

    rid = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    results, _ = server.service.push(Caller("desk", "ana", "member", ""),
                                     [Change("c1", rid, "practice", "create", {"title": "Oven", "kind": "good"},
                                             {}, 0)])
    assert results[0].status == "applied", results
    seq = desk["coord"].erase_record(rid)
    assert seq > 0
    entry = desk["coord"].audit(limit=1)[0]
    assert (entry.action, entry.target, entry.detail["seq"]) == ("record.erase", rid, seq)


def test_refusals_carry_the_servers_sentence(server, desk):
    with pytest.raises(GroupAdminError) as forbidden:
        desk["ana"].invite("member", "Sneaky")
    assert forbidden.value.status == 403 and str(forbidden.value) == "only a coordinator of this group can do this"
    assert [m.member_id for m in desk["ana"].members()] == ["ana", "coord"]     # but she may list
    with pytest.raises(GroupAdminError) as missing:
        desk["coord"].set_member("nobody", role="reader")
    assert missing.value.status == 404 and "'nobody' is not a member" in str(missing.value)
    with pytest.raises(GroupAdminError) as bad:
        desk["coord"].set_member("ana", role="boss")
    assert bad.value.status == 422 and "role" in str(bad.value)
    with GroupAdmin(Account(server.url, "desk"), "wrong-token", max_attempts=1) as stranger:
        with pytest.raises(AuthRefused):
            stranger.members()
    with GroupAdmin(Account("http://127.0.0.1:9", "desk"), "t", max_attempts=1, connect_timeout=2) as away:
        with pytest.raises(Unreachable):
            away.members()


def test_parse_invitation_says_what_is_wrong_in_one_sentence():
    good = make_code("https://desk.example.org", "desk", new_secret())
    assert parse_invitation(good).group == "desk"
    for bad, says in ((good[:-1], "incomplete or mistyped"), ("rdinv2.abc.def", "newer RuralDesk"),
                      ("https://desk.example.org", "not a RuralDesk invitation code"), (None, "text starting"),
                      ("rdinv1." + "A" * 3000, "too long"), (good.replace("rdinv1.", "rdinv1.é"), "mistyped")):
        with pytest.raises(InvalidInvitation) as refused:
            parse_invitation(bad)
        message = str(refused.value)
        assert says in message and message.count(".") <= 1 + ("rdinv1." in message), message


def test_a_redemption_whose_answer_is_lost_is_retried_and_gives_the_same_token(server, desk):
    inv = desk["coord"].invite("member", "Rui")
    host, port = server.url.rsplit("//", 1)[1].split(":")
    with FaultProxy((host, int(port))) as proxy:
        proxy.plan(["drop_response", "pass"])
        got = redeem(inv.code, "laptop", server=proxy.url, backoff_base=0.01)
        assert proxy.faults["drop_response"] == 1 and proxy.requests == 2
    me = requests.get(f"{server.url}/v1/groups/desk/me", headers={"Authorization": f"Bearer {got.token}"},
                      timeout=30)
    assert me.status_code == 200 and me.json()["member"] == "rui"
    assert len(desk["coord"].tokens("rui")) == 1
    with pytest.raises(InvitationRefused) as used:
        redeem(inv.code, "another")
    assert used.value.reason == "used" and "already used" in str(used.value)
