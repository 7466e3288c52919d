"""Discussions in the replica: group topics, comments on a record, their posts, drafts and
read markers. Threads and posts are ordinary records (collections `discussion` and
`post`), so they ride the journal, sync, conflicts and erasure like every other record;
drafts and read markers stay on this computer.

    d = Discussions(store)
    thread, post = d.start_topic("Shared tractors", "Who has one?", themes=[...])
    d.reply(thread.id, "We do, @ana", replies_to=post.id)
    d.comment(practice_id, "Tried this in Alentejo")      # makes the comments thread once
    d.edit_post(post_id, "new text"); d.withdraw_post(post_id); d.hide(post_id, "reason")
    d.topics(0, 50)          # group topics, newest activity first, with unread counts
    d.posts(thread_id, 0, 200); d.mark_read(thread_id); d.versions(post_id)
    d.save_draft(key, text); d.draft(key); d.drop_draft(key)

Who may write what is `ruraldesk.domain.discussions.refusal`, asked here (`guard`, called
by the Writer before every write of a thread or a post) and by the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import text

from ruraldesk.domain import markup
from ruraldesk.domain.discussions import RULED, refusal
from ruraldesk.domain.records import Record

TOPIC_DRAFT = "topic"


class Refused(ValueError):
    """A write the discussion rules do not allow (someone else's post, hiding as a member).
    Nothing was written."""


def role(conn: Any) -> str:
    """This replica's role in its group: the one the server named (`sync.role`); a
    workspace that syncs with no group is its owner's alone, so they moderate it."""
    rows = dict(conn.execute(text("SELECT key, value FROM meta WHERE key IN ('sync.role', 'sync.url')")).all())
    if rows.get("sync.role"):
        return rows["sync.role"]
    return "member" if rows.get("sync.url") else "coordinator"


def guard(w: Any, collection: str, op: str, current: dict[str, Any] | None, changed: Iterable[str],
          values: dict[str, Any]) -> None:
    """The Writer's hook: refuse (raise Refused) what the server would refuse."""
    if collection not in RULED:
        return
    problem = refusal(collection, op, current, changed, values, actor=w.author, role=role(w.conn))
    if problem:
        raise Refused(problem)


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    author: str
    about: str | None
    created_at: str
    last_activity: str
    posts: int
    unread: int
    hidden: bool
    themes: tuple[str, ...] = ()
    language: str | None = None
    hidden_reason: str | None = None


@dataclass(frozen=True)
class Draft:
    key: str
    text: str
    title: str | None
    replies_to: str | None
    updated_at: str


#: activity, post and unread counts per thread, from the post index alone
_STATS = """
SELECT p.thread AS thread, max(p.created_at) AS last, count(*) AS posts,
       sum(CASE WHEN p.arrival > coalesce(m.seen, 0) AND p.author IS NOT :me THEN 1 ELSE 0 END) AS unread
FROM post p LEFT JOIN read_marker m ON m.thread_id = p.thread
WHERE p.deleted = 0 AND p.thread IN ({ids}) GROUP BY p.thread
"""


class Discussions:
    def __init__(self, store) -> None:
        self.store = store

    @property
    def me(self) -> str:
        return self.store.author

    # -- writing -----------------------------------------------------------------------
    def _post_fields(self, thread_id: str, body: str, replies_to: str | None,
                     attachments: Iterable[str] = ()) -> dict[str, Any]:
        fields: dict[str, Any] = {"thread": thread_id, "author": self.me, "text": body,
                                  "mentions": markup.mentions(body)}
        if replies_to:
            fields["replies_to"] = replies_to
        if attachments:
            fields["attachments"] = list(attachments)
        return fields

    def start_topic(self, title: str, body: str, *, themes: Iterable[str] = (),
                    language: str | None = None) -> tuple[Record, Record]:
        """A group topic and its opening post, in one transaction (the draft goes with it)."""
        with self.store.write() as w:
            fields: dict[str, Any] = {"title": title, "author": self.me, "themes": list(themes)}
            if language:
                fields["language"] = language
            thread = w.create("discussion", fields)
            post = w.create("post", self._post_fields(thread.id, body, None))
            self._drop_draft(w.conn, TOPIC_DRAFT)
            self._mark_read(w.conn, thread.id)
        return thread, post

    def comment(self, record_id: str, body: str, *, replies_to: str | None = None,
                attachments: Iterable[str] = ()) -> Record:
        """A comment on a practice, tool or contact; its thread is made with the first one."""
        with self.store.write() as w:
            about = w.get(record_id)
            if about.collection not in ("practice", "tool", "contact"):
                raise ValueError(f"a {about.collection} has no comments")
            thread_id = self._thread_for(w.conn, record_id)
            if thread_id is None:
                fields = {"about": record_id, "author": self.me}
                if about.fields.get("language"):
                    fields["language"] = about.fields["language"]
                thread_id = w.create("discussion", fields).id
            post = w.create("post", self._post_fields(thread_id, body, replies_to, attachments))
            self._drop_draft(w.conn, f"comment:{record_id}")
            self._drop_draft(w.conn, thread_id)
            self._mark_read(w.conn, thread_id)
        return post

    def reply(self, thread_id: str, body: str, *, replies_to: str | None = None,
              attachments: Iterable[str] = ()) -> Record:
        with self.store.write() as w:
            thread = w.get(thread_id)
            if thread.collection != "discussion":
                raise ValueError(f"{thread_id} is not a discussion")
            post = w.create("post", self._post_fields(thread_id, body, replies_to, attachments))
            self._drop_draft(w.conn, thread_id)
            self._mark_read(w.conn, thread_id)
        return post

    def edit_post(self, post_id: str, body: str) -> Record:
        """A new version of one's own post (the earlier ones stay in its history)."""
        return self.store.update(post_id, {"text": body, "mentions": markup.mentions(body)})

    def withdraw_post(self, post_id: str) -> Record:
        """The author takes their post back: its text goes, its earlier versions stay in history."""
        return self.store.update(post_id, {"status": "withdrawn", "text": None, "mentions": []})

    def hide(self, record_id: str, reason: str) -> Record:
        """A coordinator hides a post or a thread; the reason shows in its place."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValueError("give the reason for hiding it")
        return self.store.update(record_id, {"hidden_reason": reason})

    def unhide(self, record_id: str) -> Record:
        return self.store.update(record_id, {"hidden_reason": None})

    # -- reading -----------------------------------------------------------------------
    @staticmethod
    def _thread_for(conn: Any, record_id: str) -> str | None:
        return conn.execute(text("SELECT id FROM discussion WHERE about = :r AND deleted = 0 "
                                 "ORDER BY created_at, id LIMIT 1"), {"r": record_id}).scalar()

    def thread_for(self, record_id: str) -> str | None:
        """The comments thread of a record, if it has one."""
        with self.store.read() as conn:
            return self._thread_for(conn, record_id)

    def topic_count(self, *, comments: bool = False) -> int:
        where = "about IS NOT NULL" if comments else "about IS NULL"
        with self.store.read() as conn:
            return conn.execute(text(f"SELECT count(*) FROM discussion WHERE deleted = 0 AND {where}")).scalar() or 0

    def topics(self, offset: int = 0, limit: int = 50, *, comments: bool = False) -> list[Topic]:
        """Threads, newest activity first (a thread's last post, or its creation)."""
        where = "d.about IS NOT NULL" if comments else "d.about IS NULL"
        sql = (f"SELECT d.id, d.fields, d.created_at, coalesce((SELECT max(p.created_at) FROM post p "
               f"WHERE p.thread = d.id AND p.deleted = 0), d.created_at) AS last "
               f"FROM discussion d WHERE d.deleted = 0 AND {where} "
               f"ORDER BY last DESC, d.id DESC LIMIT :limit OFFSET :offset")
        with self.store.read() as conn:
            rows = conn.execute(text(sql), {"limit": limit, "offset": offset}).all()
            stats = self._stats(conn, [r.id for r in rows])
        out = []
        for r in rows:
            f = _loads(r.fields)
            last, posts, unread = stats.get(r.id, (None, 0, 0))
            out.append(Topic(r.id, str(f.get("title") or ""), str(f.get("author") or ""), f.get("about"),
                             r.created_at, r.last, posts, unread, bool(f.get("hidden_reason")),
                             tuple(f.get("themes") or ()), f.get("language"), f.get("hidden_reason")))
        return out

    def topic(self, thread_id: str) -> Topic | None:
        with self.store.read() as conn:
            row = conn.execute(text("SELECT id, fields, created_at FROM discussion WHERE id = :i"),
                               {"i": thread_id}).first()
            if row is None:
                return None
            stats = self._stats(conn, [thread_id])
        f = _loads(row.fields)
        last, posts, unread = stats.get(thread_id, (None, 0, 0))
        return Topic(row.id, str(f.get("title") or ""), str(f.get("author") or ""), f.get("about"),
                     row.created_at, last or row.created_at, posts, unread, bool(f.get("hidden_reason")),
                     tuple(f.get("themes") or ()), f.get("language"), f.get("hidden_reason"))

    def _stats(self, conn: Any, ids: list[str]) -> dict[str, tuple[str | None, int, int]]:
        out: dict[str, tuple[str | None, int, int]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            params: dict[str, Any] = {f"t{n}": t for n, t in enumerate(chunk)}
            params["me"] = self.me
            sql = _STATS.format(ids=", ".join(f":t{n}" for n in range(len(chunk))))
            for r in conn.execute(text(sql), params):
                out[r.thread] = (r.last, r.posts, r.unread or 0)
        return out

    def unread_total(self) -> int:
        """Unread posts in group topics (the Discussions entry's count)."""
        with self.store.read() as conn:
            return conn.execute(text(
                "SELECT count(*) FROM post p JOIN discussion d ON d.id = p.thread AND d.deleted = 0 "
                "AND d.about IS NULL LEFT JOIN read_marker m ON m.thread_id = p.thread "
                "WHERE p.deleted = 0 AND p.arrival > coalesce(m.seen, 0) AND p.author IS NOT :me"),
                {"me": self.me}).scalar() or 0

    def post_count(self, thread_id: str) -> int:
        with self.store.read() as conn:
            return conn.execute(text("SELECT count(*) FROM post WHERE thread = :t AND deleted = 0"),
                                {"t": thread_id}).scalar() or 0

    def posts(self, thread_id: str, offset: int = 0, limit: int = 200) -> list[Record]:
        """A window of a thread's posts, oldest first."""
        from .writer import row_to_record

        with self.store.read() as conn:
            rows = conn.execute(text(
                "SELECT * FROM post WHERE thread = :t AND deleted = 0 ORDER BY created_at, id "
                "LIMIT :limit OFFSET :offset"), {"t": thread_id, "limit": limit, "offset": offset}).all()
        return [row_to_record("post", _Row(r)) for r in rows]

    def removed_times(self, thread_id: str) -> list[str]:
        """When posts an erasure removed were written (shown as "post removed")."""
        record = self.store.find(thread_id)
        return sorted(record.fields.get("removed_posts") or []) if record else []

    def versions(self, post_id: str) -> list[tuple[str, str, str]]:
        """(when, who, text) of every version of a post's text, oldest first."""
        out: list[tuple[str, str, str]] = []
        for entry in self.store.history(post_id):
            if "text" in entry.changes or entry.op == "create":
                value = entry.changes.get("text")
                if entry.op == "create" or value is not None or entry.changes.get("status") == "withdrawn":
                    out.append((entry.at, entry.by, value or ""))
        return out

    def posts_by(self, member: str) -> list[Record]:
        from .writer import row_to_record

        with self.store.read() as conn:
            rows = conn.execute(text("SELECT * FROM post WHERE author = :a ORDER BY created_at, id"),
                                {"a": member}).all()
        return [row_to_record("post", _Row(r)) for r in rows]

    def posts_mentioning(self, member: str) -> list[Record]:
        from .writer import row_to_record

        with self.store.read() as conn:
            rows = conn.execute(text(
                "SELECT p.* FROM post p, json_each(p.fields, '$.mentions') m WHERE m.value = :a "
                "ORDER BY p.created_at, p.id"), {"a": member}).all()
        return [row_to_record("post", _Row(r)) for r in rows]

    # -- read markers and drafts (this computer only) ----------------------------------
    @staticmethod
    def _mark_read(conn: Any, thread_id: str) -> None:
        from .writer import now

        conn.execute(text(
            "INSERT INTO read_marker(thread_id, seen, read_at) VALUES (:t, "
            "(SELECT coalesce(max(arrival), 0) FROM post), :at) ON CONFLICT(thread_id) DO UPDATE SET "
            "seen = excluded.seen, read_at = excluded.read_at"), {"t": thread_id, "at": now()})

    def mark_read(self, thread_id: str) -> None:
        with self.store.write() as w:
            self._mark_read(w.conn, thread_id)

    def save_draft(self, key: str, body: str, *, title: str | None = None, replies_to: str | None = None) -> None:
        from .writer import now

        with self.store.write() as w:
            if not (body or "").strip() and not (title or "").strip():
                self._drop_draft(w.conn, key)
                return
            w.conn.execute(text(
                "INSERT INTO draft(key, text, title, replies_to, updated_at) VALUES (:k, :x, :t, :r, :at) "
                "ON CONFLICT(key) DO UPDATE SET text = excluded.text, title = excluded.title, "
                "replies_to = excluded.replies_to, updated_at = excluded.updated_at"),
                {"k": key[:80], "x": body or "", "t": title, "r": replies_to, "at": now()})

    def draft(self, key: str) -> Draft | None:
        with self.store.read() as conn:
            r = conn.execute(text("SELECT * FROM draft WHERE key = :k"), {"k": key}).first()
        return Draft(r.key, r.text, r.title, r.replies_to, r.updated_at) if r else None

    @staticmethod
    def _drop_draft(conn: Any, key: str) -> None:
        conn.execute(text("DELETE FROM draft WHERE key = :k"), {"k": key})

    def drop_draft(self, key: str) -> None:
        with self.store.write() as w:
            self._drop_draft(w.conn, key)

    # -- people's data -----------------------------------------------------------------
    def erase_posts_by(self, w: Any, member: str) -> int:
        """Erase every post a member wrote (inside the caller's transaction)."""
        return self.erase_posts(w, [p for (p,) in w.conn.execute(
            text("SELECT id FROM post WHERE author = :a"), {"a": member})])

    def erase_posts(self, w: Any, post_ids: Iterable[str]) -> int:
        """Erase posts (inside the caller's transaction): their text goes from every replica
        (the erasures sync), their threads stay and show "post removed" where each was."""
        count = 0
        for post_id in dict.fromkeys(post_ids):
            post = w.conn.execute(text("SELECT thread, created_at FROM post WHERE id = :i"), {"i": post_id}).first()
            if post is None:
                continue
            thread = w.conn.execute(text("SELECT fields FROM discussion WHERE id = :i"), {"i": post.thread}).first()
            if thread is not None:
                removed = list(_loads(thread.fields).get("removed_posts") or [])
                if post.created_at not in removed:
                    w.update(post.thread, {"removed_posts": removed + [post.created_at]})
            w.erase(post_id)
            count += 1
        return count

    def erase_thread(self, w: Any, thread_id: str) -> int:
        """A thread and all its posts (comments about an erased person)."""
        ids = [i for (i,) in w.conn.execute(text("SELECT id FROM post WHERE thread = :t"), {"t": thread_id})]
        for post_id in ids:
            w.erase(post_id)
        w.erase(thread_id)
        self._drop_draft(w.conn, thread_id)
        w.conn.execute(text("DELETE FROM read_marker WHERE thread_id = :t"), {"t": thread_id})
        return len(ids)


def resign_unsent(store, old: str, new: str) -> int:
    """Threads and posts written here before the workspace joined a group were signed with
    the computer's login name; the server takes a post only signed by the member who pushes
    it. When the replica learns its member name, what has never been sent takes that name
    (nothing of it left this computer yet, so nobody else has seen the old one)."""
    if not old or not new or old == new:
        return 0
    count = 0
    with store.write() as w:
        c = w.conn
        for table in ("discussion", "post"):
            ids = [r for (r,) in c.execute(text(
                f"SELECT t.id FROM {table} t WHERE t.author = :old AND t.server_seq = 0 AND NOT EXISTS "
                "(SELECT 1 FROM journal j WHERE j.record_id = t.id AND j.state != 'pending')"), {"old": old})]
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                marks = ", ".join(f":i{n}" for n in range(len(chunk)))
                params = {"old": old, "new": new, **{f"i{n}": v for n, v in enumerate(chunk)}}
                c.execute(text(f"UPDATE {table} SET author = :new, fields = json_set(fields, '$.author', :new) "
                               f"WHERE id IN ({marks})"), params)
                c.execute(text(f"UPDATE journal SET changes = json_set(changes, '$.author', :new) "
                               f"WHERE record_id IN ({marks}) AND state = 'pending' AND op = 'create' "
                               "AND json_extract(changes, '$.author') = :old"), params)
            count += len(ids)
    return count


class _Row:
    """A text() row in the shape row_to_record reads (its JSON column still a string)."""

    def __init__(self, row: Any) -> None:
        m = dict(row._mapping)
        m["fields"] = _loads(m.get("fields"))
        self._mapping = m


def _loads(value: Any) -> dict[str, Any]:
    import json

    if isinstance(value, (str, bytes)):
        return json.loads(value)
    return dict(value or {})


__all__ = ["Discussions", "Draft", "Refused", "TOPIC_DRAFT", "Topic", "guard", "resign_unsent", "role"]
