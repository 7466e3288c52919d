"""What's new, the member directory and review across two real replicas on the real server."""

from __future__ import annotations

import pytest

from sync.client import directory
from sync.client.transport import Transport


def _directory(group, store, me: str) -> bool:
    transport = Transport(group.server.url, group.tokens[me], backoff_base=0.01, backoff_cap=0.05)
    return directory.refresh(store, transport, group.name, {"member": me})


def _name(group, member: str, name: str) -> None:
    """What the coordinator's PATCH …/members/{m} does, written on the server's database."""
    from sqlalchemy import update

    from sync.server.models import Member

    with group.server.service.db.write() as c:
        c.execute(update(Member).where(Member.group_id == group.name, Member.member_id == member)
                  .values(name=name))


@pytest.fixture
def pair(group):
    """B joined first (its first pull is behind it); A then works and syncs."""
    _name(group, "ana", "Ana Sousa")
    a, b = group.replica("ana"), group.replica("rui")
    shared = a.create("contact", {"kind": "person", "name": "Joana"})
    group.sync(a)
    group.sync(b)                      # B's first sync: the group as B found it
    return a, b, shared


def test_the_first_sync_is_one_summary_not_a_list_of_news(group, pair):
    _a, b, _shared = pair
    assert b.news.index() == []
    assert b.news.last_sync() == {"first": {"contact": 1}}


def test_what_b_gets_from_a_is_listed_by_a_and_unread_until_opened(group, pair):
    a, b, shared = pair
    made = [a.create("practice", {"title": f"Oven {n}", "kind": "good"}) for n in range(3)]
    a.update(shared.id, {"role": "baker"})
    mine = b.create("tool", {"title": "B's own toolkit", "kind": "toolkit"})
    group.sync(a)
    group.sync(b)

    index = b.news.index()
    assert {r[0] for r in index} == {p.id for p in made} | {shared.id}
    assert mine.id not in {r[0] for r in index}          # one's own work is not news
    assert {r[3] for r in index} == {"ana"}
    arrivals = b.news.arrivals([r[0] for r in index])
    assert {arrivals[p.id].kind for p in made} == {"new"} and arrivals[shared.id].kind == "changed"
    assert arrivals[made[0].id].title == "Oven 0" and not arrivals[made[0].id].read
    assert b.news.last_sync() == {"practice": {"new": 3}, "contact": {"changed": 1}}
    assert b.news.unread_counts() == {"practice": 3, "contact": 1}

    assert _directory(group, b, "rui") is True
    assert b.news.arrivals([made[0].id])[made[0].id].by_name == "Ana Sousa"
    [g] = b.news.groups()
    assert g.by_name == "Ana Sousa" and g.counts == {"practice": 3, "contact": 1} and g.unread == 4
    assert b.news.name("ana") == "Ana Sousa" and b.news.name("nobody-known") == "nobody-known"
    assert directory.role(b) == "member"

    assert b.news.mark_read(made[0].id) and not b.news.mark_read(made[0].id)
    assert b.news.unread_counts() == {"practice": 2, "contact": 1}
    # changed again before B read it: still "new", unread again after being read
    a.update(made[1].id, {"summary": "now with bread"})
    a.update(made[0].id, {"summary": "and pastries"})
    group.sync(a)
    group.sync(b)
    again = b.news.arrivals([made[0].id, made[1].id])
    assert again[made[1].id].kind == "new" and again[made[0].id].kind == "changed"
    assert not again[made[0].id].read
    assert b.news.mark_all_read() == 4 and b.news.unread_counts() == {}
    # a record moved to the trash leaves what's new
    a.delete(made[2].id)
    group.sync(a)
    group.sync(b)
    assert made[2].id not in {r[0] for r in b.news.index()}


def test_nothing_from_others_in_a_sync_says_nothing(group, pair):
    a, b, _ = pair
    b.create("practice", {"title": "Mine", "kind": "good"})
    group.sync(b)
    group.sync(b)
    assert b.news.last_sync() == {}


def test_the_directory_keeps_its_names_when_the_server_has_no_member_list(group, tmp_path, pair):
    _a, b, _ = pair
    b.news.set_members([{"member_id": "ana", "name": "Ana (kept)", "role": "member"}])
    transport = Transport(group.server.url + "/nowhere", group.tokens["rui"], max_attempts=1)
    assert directory.refresh(b, transport, group.name, {"member": "rui", "role": "member"}) is False
    assert b.news.name("ana") == "Ana (kept)" and directory.role(b) == "member"


def test_a_member_cannot_write_a_reviewers_note_a_coordinator_can(group):
    ana, coord = group.replica("ana"), group.replica("coord")
    group.sync(coord)
    p = ana.create("practice", {"title": "Shared oven", "kind": "good", "status": "shared"})
    report = group.sync(ana)
    assert report.rejected == 0
    group.sync(coord)
    # the member's note is refused by the server and kept aside as a refused change
    ana.update(p.id, {"review_note": "I approve of myself"})
    report = group.sync(ana)
    assert report.rejected == 1
    refused = ana.replication.conflicts("rejected")
    assert refused and "coordinator" in refused[0].data["reason"]
    # the coordinator sees it on the review list; the note travels to the member
    assert [r[0] for r in coord.news.review_ids()] == [p.id]
    coord.update(p.id, {"review_note": "Good: add the costs."})
    assert group.sync(coord).rejected == 0
    group.sync(ana)
    assert ana.get(p.id).fields["review_note"] == "Good: add the costs."
    assert coord.news.review_ids() == []          # the coordinator's own note is not to review


def test_review_starts_at_the_coordinators_first_sync(group):
    ana, coord = group.replica("ana"), group.replica("coord")
    ana.create("practice", {"title": "From before", "kind": "good", "status": "shared"})
    group.sync(ana)
    group.sync(coord)              # what the group held then is the baseline, not "shared since"
    assert coord.news.review_ids() == []
    later = ana.create("tool", {"title": "Shared after", "kind": "toolkit", "status": "shared"})
    group.sync(ana)
    group.sync(coord)
    assert [r[0] for r in coord.news.review_ids()] == [later.id]


def test_review_lists_what_others_shared_since_the_last_mark(group):
    ana, coord = group.replica("ana"), group.replica("coord")
    group.sync(coord)
    draft = ana.create("practice", {"title": "Half written", "kind": "good", "status": "draft"})
    shared = ana.create("tool", {"title": "Guide", "kind": "guideline", "status": "shared"})
    legacy = ana.create("practice", {"title": "From before review", "kind": "mixed"})
    group.sync(ana)
    group.sync(coord)
    assert {r[0] for r in coord.news.review_ids()} == {shared.id, legacy.id}   # no status = shared
    seen = max(r[2] for r in coord.news.review_ids())
    ana.update(draft.id, {"status": "shared"})
    group.sync(ana)
    coord.news.mark_reviewed(seen)             # what arrived after the list was shown stays
    group.sync(coord)
    assert [r[0] for r in coord.news.review_ids()] == [draft.id]
    coord.news.mark_reviewed()
    assert coord.news.review_count() == 0


def test_posts_from_others_are_in_whats_new_and_open_in_their_thread(group, pair):
    from ruraldesk.store.discussions import Discussions

    a, b, shared = pair
    thread, opening = Discussions(a).start_topic("Shared ovens", "Who bakes on Sundays? " + "Long words " * 20)
    group.sync(a)
    group.sync(b)
    arrivals = b.news.arrivals([r[0] for r in b.news.index()])
    assert {opening.id, thread.id} & set(arrivals) == {opening.id}     # the post is the news, once
    line = arrivals[opening.id]
    assert line.collection == "post" and line.kind == "new" and line.by == "ana"
    assert line.title.startswith("Who bakes on Sundays?") and line.title.endswith("…") and len(line.title) <= 91
    assert b.news.last_sync() == {"post": {"new": 1}}
    assert b.news.unread_counts() == {"post": 1}
