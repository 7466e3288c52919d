"""Discussions in one replica file: topics by activity, comments on records, drafts kept
across a restart, read markers, the rules on the write path, search."""

from __future__ import annotations

import pytest

from ruraldesk.store import Store
from ruraldesk.store.discussions import TOPIC_DRAFT, Discussions, Refused


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "r.sqlite", author="ana")
    yield s
    s.close()


def test_topics_come_newest_activity_first_with_counts(store):
    d = Discussions(store)
    old, _ = d.start_topic("Old topic", "first")
    new, _ = d.start_topic("New topic", "second")
    assert [t.title for t in d.topics()] == ["New topic", "Old topic"]
    d.reply(old.id, "a reply brings it up")
    topics = d.topics()
    assert [t.title for t in topics] == ["Old topic", "New topic"]
    assert topics[0].posts == 2 and topics[0].unread == 0     # my own posts are read
    assert d.topic_count() == 2 and d.topics(1, 1)[0].title == "New topic"


def test_comments_make_their_thread_once_and_stay_out_of_the_topic_list(store):
    d = Discussions(store)
    tool = store.create("tool", {"title": "Toolkit", "kind": "toolkit", "language": "pt"})
    d.comment(tool.id, "one")
    d.comment(tool.id, "two")
    thread = d.thread_for(tool.id)
    assert [p.fields["text"] for p in d.posts(thread)] == ["one", "two"]
    assert store.get(thread).fields["language"] == "pt"
    assert d.topics() == [] and d.topic_count(comments=True) == 1
    assert store.linked(tool.id) == {}          # a thread is not a link someone made
    with pytest.raises(ValueError):
        d.comment(thread, "a thread has no comments of its own")


def test_drafts_and_read_markers_survive_a_restart(tmp_path):
    path = tmp_path / "r.sqlite"
    with Store(path, author="ana") as s:
        d = Discussions(s)
        thread, _ = d.start_topic("Tractors", "?")         # posting drops the topic draft...
        d.save_draft(TOPIC_DRAFT, "half a thought", title="Seeds")   # ...the next one is kept
        d.save_draft(thread.id, "my reply", replies_to="x")
        d.mark_read(thread.id)
        with s.write() as w:          # what a pull does: a post arrives without the composer
            w.author = "rui"
            w.create("post", {"thread": thread.id, "author": "rui", "text": "from rui"})
    with Store(path, author="ana") as s:
        d = Discussions(s)
        assert d.draft(TOPIC_DRAFT).title == "Seeds" and d.draft(TOPIC_DRAFT).text == "half a thought"
        assert d.draft(thread.id).replies_to == "x" and d.draft(thread.id).text == "my reply"
        assert d.topics()[0].unread == 1 and d.unread_total() == 1
        d.mark_read(thread.id)
        assert d.unread_total() == 0
        d.save_draft(thread.id, "   ")          # an emptied composer keeps no draft
        assert d.draft(thread.id) is None
        with s.read() as conn:                 # drafts and markers never go to the journal
            assert conn.exec_driver_sql("SELECT count(*) FROM journal WHERE collection IN "
                                        "('discussion', 'post')").scalar() == 3


def test_the_write_path_asks_the_rules(store):
    d = Discussions(store)
    thread, post = d.start_topic("Tractors", "mine")
    store.set_meta("sync.url", "https://group.example.org")      # a group member now
    with pytest.raises(Refused):
        d.hide(post.id, "spam")
    with pytest.raises(Refused):
        store.update(post.id, {"author": "rui"})
    store.author = "rui"
    with pytest.raises(Refused):
        d.edit_post(post.id, "not mine")
    with pytest.raises(Refused):
        store.delete(post.id)
    assert store.get(post.id).fields["text"] == "mine"


def test_posts_are_found_with_accents_folded(store):
    d = Discussions(store)
    thread, post = d.start_topic("Énergie", "La coopérative de Łódź")
    assert {h.record_id for h in store.search("cooperative lodz")} == {post.id}
    assert {h.record_id for h in store.search("energie")} == {thread.id}
