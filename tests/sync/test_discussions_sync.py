"""Discussions over the real server: replies written offline on two replicas both arrive,
a refused edit is kept aside with its reason, and erasing a person removes their post text
on every replica while the thread stays."""

from __future__ import annotations

from ruraldesk.io.people import erase_person, export_person
from ruraldesk.store.discussions import Discussions, Refused
from sync_helpers import assert_same

import pytest


def _learn_role(group, store, member: str | None = None) -> None:
    """What the app does when sync is set up: ask the server who we are (GET /me)."""
    import requests

    from sync.client.account import adopt_member, load_account

    r = requests.get(f"{group.server.url}/v1/groups/{group.name}/me", timeout=10,
                     headers={"Authorization": f"Bearer {group.tokens[member or store.author]}"})
    adopt_member(store, load_account(store), r.json())


def _all_synced(group, *stores):
    for _ in range(2):
        for s in stores:
            group.sync(s)


def test_two_replicas_reply_offline_then_sync_and_both_replies_stay(group):
    ana, rui = group.replica("ana"), group.replica("rui")
    thread, opening = Discussions(ana).start_topic("Shared tractors", "Who has one?")
    practice = ana.create("practice", {"title": "Machinery ring", "kind": "good"})
    Discussions(ana).comment(practice.id, "We started one in 2019")
    _all_synced(group, ana, rui)
    # both offline: each replies to the opening post, and rui comments on the practice
    a = Discussions(ana).reply(thread.id, "Ours is free on Mondays", replies_to=opening.id)
    r = Discussions(rui).reply(thread.id, "We share ours with **three** farms", replies_to=opening.id)
    c = Discussions(rui).comment(practice.id, "Same in Évora")
    _all_synced(group, ana, rui)
    assert_same(ana, rui)
    for store in (ana, rui):
        d = Discussions(store)
        posts = d.posts(thread.id)
        assert {p.id for p in posts} == {opening.id, a.id, r.id}
        assert {p.fields["replies_to"] for p in posts if p.id != opening.id} == {opening.id}
        assert [p.id for p in d.posts(d.thread_for(practice.id))][-1] == c.id
        assert d.topics()[0].posts == 3
        assert [h.record_id for h in store.search("evora")] == [c.id]   # diacritics folded, as elsewhere
    with ana.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM conflict").scalar() == 0
    # ana has not read rui's reply yet; rui wrote it
    assert Discussions(ana).topics()[0].unread == 1
    assert Discussions(rui).topics()[0].unread == 1   # ana's reply, pulled
    Discussions(ana).mark_read(thread.id)
    assert Discussions(ana).unread_total() == 0


def test_an_edit_keeps_its_versions_and_other_replicas_get_the_new_text(group):
    ana, rui = group.replica("ana"), group.replica("rui")
    d = Discussions(ana)
    thread, post = d.start_topic("Seeds", "Swap on Sunday")
    _all_synced(group, ana, rui)
    d.edit_post(post.id, "Swap on Saturday")
    _all_synced(group, ana, rui)
    assert rui.get(post.id).fields["text"] == "Swap on Saturday"
    assert [v[2] for v in d.versions(post.id)] == ["Swap on Sunday", "Swap on Saturday"]
    d.withdraw_post(post.id)
    _all_synced(group, ana, rui)
    assert rui.get(post.id).fields.get("status") == "withdrawn"
    assert "text" not in rui.get(post.id).fields


def test_the_replica_refuses_what_the_server_would(group):
    ana, rui = group.replica("ana"), group.replica("rui")
    thread, post = Discussions(ana).start_topic("Seeds", "Swap on Sunday")
    _all_synced(group, ana, rui)
    with pytest.raises(Refused, match="only its author"):
        Discussions(rui).edit_post(post.id, "Swap never")
    with pytest.raises(Refused, match="coordinator"):
        Discussions(rui).hide(post.id, "spam")
    assert rui.pending_count() == 0
    # a replica that wrote around the rule (an older version) is refused by the server and
    # keeps the change aside with the reason: nothing changed there, nothing lost here
    with rui.write() as w:
        w.conn.exec_driver_sql("INSERT INTO meta(key, value) VALUES ('sync.role', 'coordinator') "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    Discussions(rui).hide(post.id, "spam")
    group.sync(rui)
    reasons = [c.data["reason"] for c in rui.replication.conflicts("rejected")]
    assert reasons and "coordinator" in reasons[0]
    group.sync(ana)
    assert "hidden_reason" not in ana.get(post.id).fields


def test_a_coordinator_hides_a_post_and_a_late_reply_to_a_hidden_thread_is_kept(group):
    coord, ana = group.replica("coord"), group.replica("ana")
    thread, post = Discussions(ana).start_topic("Heated", "Strong words")
    _all_synced(group, ana, coord)
    _learn_role(group, coord)
    assert coord.get_meta("sync.role") == "coordinator"
    Discussions(coord).hide(thread.id, "Off topic for the group")
    late = Discussions(ana).reply(thread.id, "One more thing")      # ana has not seen the hiding
    _all_synced(group, coord, ana)
    assert coord.get(late.id).fields["text"] == "One more thing"
    assert ana.get(thread.id).fields["hidden_reason"] == "Off topic for the group"


def test_erasing_a_person_removes_their_post_text_on_a_second_replica(group):
    coord, ana, rui = group.replica("coord"), group.replica("ana"), group.replica("rui")
    _learn_role(group, coord)
    thread, opening = Discussions(rui).start_topic("Tractors", "Who has one?")
    person = coord.create("contact", {"kind": "person", "name": "Ana Lima", "member": "ana"})
    _all_synced(group, rui, ana, coord)
    said = Discussions(ana).reply(thread.id, "Call me on +351 912 345 678", replies_to=opening.id)
    Discussions(rui).comment(person.id, "Ana knows the mayor")
    _all_synced(group, ana, rui, coord)
    data = export_person(coord, person.id)
    assert [p["id"] for p in data["posts"]] == [said.id]
    assert data["posts"][0]["versions"][0]["text"] == "Call me on +351 912 345 678"
    assert [p["fields"]["text"] for p in data["comments_on_record"]] == ["Ana knows the mayor"]

    erase_person(coord, person.id)
    _all_synced(group, coord, rui, ana)
    for store in (coord, rui, ana):
        assert store.find(said.id) is None
        assert store.find(thread.id) is not None                    # the thread stays
        assert [p.id for p in Discussions(store).posts(thread.id)] == [opening.id]
        assert Discussions(store).removed_times(thread.id) == [said.created_at]
        assert Discussions(store).thread_for(person.id) is None    # comments about her went too
        with store.read() as conn:
            for table in ("journal", "post", "discussion", "conflict"):
                dump = " ".join(str(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table}"))
                assert "912 345 678" not in dump and "knows the mayor" not in dump, table
        assert store.search("mayor") == []
    assert_same(coord, rui, ana)


def test_posts_written_before_joining_take_the_member_name_and_are_accepted(group):
    ana, rui = group.replica("ana"), group.replica("rui")
    ana.author = "jdoe"                          # the computer's login name, before sync was set up
    thread, post = Discussions(ana).start_topic("Before we joined", "Written offline first")
    _learn_role(group, ana, "ana")               # what setting up sync does: the member name is adopted
    assert ana.author == "ana" and ana.get(post.id).fields["author"] == "ana"
    _all_synced(group, ana, rui)
    assert ana.replication.conflicts("rejected") == []
    assert rui.get(post.id).fields["author"] == "ana" and rui.get(thread.id).fields["author"] == "ana"
    Discussions(ana).edit_post(post.id, "Written offline first, edited since")   # still hers
    _all_synced(group, ana, rui)
    assert rui.get(post.id).fields["text"].endswith("edited since")
