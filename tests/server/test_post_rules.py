"""The server keeps the discussion rules over HTTP: a post is its author's, hiding is a
coordinator's, and a refused change leaves nothing changed."""

from __future__ import annotations

from server_helpers import change, new_id


def _topic(api, author: str) -> tuple[str, str, int]:
    thread, post = new_id(), new_id()
    results = api.push(
        change(thread, "create", {"title": "Shared tractors", "author": author}, collection="discussion"),
        change(post, "create", {"thread": thread, "author": author, "text": "Who has one?"}, collection="post"))
    assert [r["status"] for r in results] == ["applied", "applied"], results
    return thread, post, results[1]["seq"]


def test_a_member_cannot_edit_or_withdraw_someone_elses_post(group):
    _thread, post, seq = _topic(group["ana"], "ana")
    for fields in ({"text": "Rui was here"}, {"status": "withdrawn", "text": None}, {"mentions": ["rui"]}):
        (result,) = group["rui"].push(change(post, fields=fields, previous={"text": "Who has one?"},
                                             base_seq=seq, collection="post"))
        assert result["status"] == "rejected"
        assert "only its author" in result["reason"]
    record = group["ana"].record(post)
    assert record["fields"]["text"] == "Who has one?" and record["seq"] == seq
    # the author may
    (result,) = group["ana"].push(change(post, fields={"text": "Who has two?"}, previous={"text": "Who has one?"},
                                         base_seq=seq, collection="post"))
    assert result["status"] == "applied"


def test_a_member_cannot_hide_a_post_but_a_coordinator_can(group):
    _thread, post, seq = _topic(group["ana"], "ana")
    for who in ("ana", "rui"):
        (result,) = group[who].push(change(post, fields={"hidden_reason": "off topic"}, base_seq=seq,
                                           collection="post"))
        assert result["status"] == "rejected" and "coordinator" in result["reason"]
    assert "hidden_reason" not in group["ana"].record(post)["fields"]
    assert group["ana"].record(post)["seq"] == seq
    (result,) = group["coord"].push(change(post, fields={"hidden_reason": "off topic"}, base_seq=seq,
                                           collection="post"))
    assert result["status"] == "applied"
    # a coordinator hides, but does not write in someone's name
    (result,) = group["coord"].push(change(post, fields={"text": "edited by coord"}, base_seq=result["seq"],
                                           collection="post"))
    assert result["status"] == "rejected"


def test_a_post_is_signed_by_its_writer_and_its_place_is_fixed(group):
    thread, post, seq = _topic(group["ana"], "ana")
    (forged,) = group["rui"].push(change(new_id(), "create", {"thread": thread, "author": "ana", "text": "x"},
                                         collection="post"))
    assert forged["status"] == "rejected" and "signed" in forged["reason"]
    (moved,) = group["ana"].push(change(post, fields={"thread": new_id()}, base_seq=seq, collection="post"))
    assert moved["status"] == "rejected" and "cannot be changed" in moved["reason"]
    (trash,) = group["rui"].push(change(post, "delete", base_seq=seq, collection="post"))
    assert trash["status"] == "rejected"
    assert group["ana"].record(post)["deleted"] is False


def test_a_reply_to_a_thread_hidden_meanwhile_is_kept(group):
    thread, post, _seq = _topic(group["ana"], "ana")
    seq = group["ana"].record(thread)["seq"]
    (hidden,) = group["coord"].push(change(thread, fields={"hidden_reason": "heated"}, base_seq=seq,
                                           collection="discussion"))
    assert hidden["status"] == "applied"
    reply = new_id()
    (result,) = group["rui"].push(change(reply, "create", {"thread": thread, "author": "rui", "text": "late reply",
                                                           "replies_to": post}, collection="post"))
    assert result["status"] == "applied"
    assert group["coord"].record(reply)["fields"]["text"] == "late reply"


def test_other_collections_are_not_asked(group):
    rid = new_id()
    (result,) = group["rui"].push(change(rid, "create", {"title": "x", "kind": "good"}))
    assert result["status"] == "applied"
