"""The group's pulse: what arrived from others, the member directory, the review mark.

    news = store.news
    news.record_page(w, mark, key)     # inside apply_page's transaction (replication.py)
    news.index(offset_minutes)         # [(record_id, collection, day, by)] newest day first
    news.arrivals(ids)                 # the rows a view shows: title, kind, who, when, read
    news.groups(offset_minutes)        # per day and member: counts by collection, unread
    news.unread_counts(), news.mark_read(record_id), news.mark_all_read(), news.prune(days)
    news.last_sync()                   # what the latest sync brought, by collection
    news.set_members(rows), news.members(), news.names(ids), news.name(member_id)
    news.review_ids(), news.review_count(), news.mark_reviewed(upto)

The first pull of a replica (no cursor yet) is the group as this person found it, not
news: it is counted once, by collection (`first_sync`), instead of ten thousand unread
lines nobody can get through, and it is where review starts (the review mark). Everything
later that others made arrives as a line, and what they share goes on the review list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import text

from .models import MODELS

#: the collections people follow in "What's new" and review
FOLLOWED = ("practice", "contact", "tool", "post")
REVIEWED = ("practice", "tool")
META_FIRST = "news.first_sync"        # {"sync": stamp, "counts": {collection: n}}
META_REVIEW_MARK = "review.mark"      # the highest server seq a coordinator marked reviewed
META_ATTEMPT = "sync.last_attempt_at"  # the replicator's stamp of the running sync
META_MEMBER, META_CURSOR = "sync.member", "sync.cursor"
KEEP_DAYS = 90


@dataclass(frozen=True)
class Arrival:
    record_id: str
    collection: str
    title: str
    kind: str              # new | changed
    by: str                # member id
    by_name: str           # display name ("" when the directory does not know the member)
    at: str
    sync: str
    read: bool


@dataclass(frozen=True)
class Group:
    day: str               # yyyy-mm-dd in the caller's offset
    by: str
    by_name: str
    counts: dict[str, int]
    unread: int


def _meta(conn, key: str) -> str | None:
    return conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).scalar()


def _set_meta(conn, key: str, value: str) -> None:
    conn.execute(text("INSERT INTO meta(key, value) VALUES (:k, :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": key, "v": value})


def _in(names: Iterable[str]) -> str:
    return ", ".join(f"'{n}'" for n in names)    # our own constant collection names only


_LIVE = " UNION ALL ".join(f"SELECT id, deleted FROM {c}" for c in FOLLOWED)


def _opening(text: str, width: int = 90) -> str:
    """A post's first words, as a line of What's new names it."""
    line = " ".join(str(text or "").split())
    return line if len(line) <= width else line[:width].rsplit(" ", 1)[0] + "…"


class News:
    def __init__(self, store) -> None:
        self.store = store

    # -- written with a pulled page ----------------------------------------------------
    @staticmethod
    def record_page(w, mark: int, cursor_key: str = META_CURSOR) -> None:
        """What the page just applied (journal entries after `mark`, state remote) brought
        from others: one INSERT … SELECT, no row goes through Python (10k-record pages)."""
        conn = w.conn
        sync = _meta(conn, META_ATTEMPT) or w_now()
        first = _meta(conn, META_FIRST)
        first_data = json.loads(first) if first else None
        if _meta(conn, cursor_key) is None or (first_data and first_data.get("sync") == sync):
            counts = dict(first_data["counts"]) if first_data and first_data.get("sync") == sync else {}
            for collection, n in conn.execute(text(
                    f"SELECT collection, count(*) FROM journal WHERE seq > :m AND state = 'remote' "
                    f"AND op = 'create' AND collection IN ({_in(FOLLOWED)}) GROUP BY collection"), {"m": mark}):
                counts[collection] = counts.get(collection, 0) + n
            _set_meta(conn, META_FIRST, json.dumps({"sync": sync, "counts": counts}))
            # and of review: what the group held when this person joined was not shared "since"
            conn.execute(text(
                "INSERT INTO meta(key, value) SELECT :k, CAST(coalesce(max(base_seq), 0) AS TEXT) FROM journal "
                "WHERE seq > :m AND state = 'remote' ON CONFLICT(key) DO UPDATE SET value = "
                "CAST(max(CAST(meta.value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)"),
                {"k": META_REVIEW_MARK, "m": mark})
            return
        me = _meta(conn, META_MEMBER) or ""
        conn.execute(text(
            f"INSERT INTO news(record_id, collection, kind, by, at, sync, read) "
            f"SELECT record_id, collection, CASE op WHEN 'create' THEN 'new' ELSE 'changed' END, by, at, :sync, 0 "
            f"FROM journal WHERE seq > :m AND state = 'remote' AND op IN ('create', 'update') "
            f"AND collection IN ({_in(FOLLOWED)}) AND by NOT IN (:me, :author) ORDER BY seq "
            f"ON CONFLICT(record_id) DO UPDATE SET collection = excluded.collection, "
            f"kind = CASE WHEN news.kind = 'new' AND news.read = 0 THEN 'new' ELSE excluded.kind END, "
            f"by = excluded.by, at = excluded.at, sync = excluded.sync, read = 0"),
            {"m": mark, "sync": sync, "me": me, "author": w.author})

    # -- reading -----------------------------------------------------------------------
    def index(self, offset_minutes: int = 0, *, unread_only: bool = False) -> list[tuple[str, str, str, str]]:
        """(record_id, collection, day, by) of every live arrival: newest day first, then
        by member, newest first. Ids only: a view fetches the lines it shows (arrivals)."""
        where = "AND n.read = 0" if unread_only else ""
        sql = (f"SELECT n.record_id, n.collection, date(n.sync, :off) AS day, n.by FROM news n "
               f"JOIN ({_LIVE}) t ON t.id = n.record_id WHERE t.deleted = 0 {where} "
               f"ORDER BY day DESC, n.by, n.sync DESC, n.at DESC, n.record_id")
        with self.store.read() as conn:
            return [tuple(r) for r in conn.execute(text(sql), {"off": f"{int(offset_minutes):+d} minutes"})]

    def arrivals(self, ids: list[str]) -> dict[str, Arrival]:
        """The lines for these record ids (a view's visible window)."""
        out: dict[str, Arrival] = {}
        with self.store.read() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                params = {f"i{n}": rid for n, rid in enumerate(chunk)}
                marks = ", ".join(f":i{n}" for n in range(len(chunk)))
                rows = conn.execute(text(f"SELECT n.*, m.name AS by_name FROM news n LEFT JOIN member m "
                                         f"ON m.member_id = n.by WHERE n.record_id IN ({marks})"), params).all()
                by_collection: dict[str, list[str]] = {}
                for r in rows:
                    by_collection.setdefault(r.collection, []).append(r.record_id)
                titles: dict[str, str] = {}
                for collection, cids in by_collection.items():
                    for rid, record in self.store.get_many(collection, cids).items():
                        titles[rid] = record.title if collection != "post" else _opening(record.title)
                for r in rows:
                    out[r.record_id] = Arrival(r.record_id, r.collection, titles.get(r.record_id, ""), r.kind,
                                               r.by, r.by_name or "", r.at, r.sync, bool(r.read))
        return out

    def groups(self, offset_minutes: int = 0) -> list[Group]:
        """Arrivals per day and member: how many of each collection, how many unread."""
        sql = (f"SELECT date(n.sync, :off) AS day, n.by, m.name, n.collection, count(*) AS n, "
               f"sum(n.read = 0) AS unread FROM news n JOIN ({_LIVE}) t ON t.id = n.record_id "
               f"LEFT JOIN member m ON m.member_id = n.by WHERE t.deleted = 0 "
               f"GROUP BY day, n.by, n.collection ORDER BY day DESC, n.by")
        out: dict[tuple[str, str], Group] = {}
        with self.store.read() as conn:
            for r in conn.execute(text(sql), {"off": f"{int(offset_minutes):+d} minutes"}):
                g = out.get((r.day, r.by)) or Group(r.day, r.by, r.name or "", {}, 0)
                g.counts[r.collection] = r.n
                out[(r.day, r.by)] = Group(g.day, g.by, g.by_name, g.counts, g.unread + (r.unread or 0))
        return list(out.values())

    def unread_counts(self) -> dict[str, int]:
        sql = (f"SELECT n.collection, count(*) FROM news n JOIN ({_LIVE}) t ON t.id = n.record_id "
               f"WHERE n.read = 0 AND t.deleted = 0 GROUP BY n.collection")
        with self.store.read() as conn:
            return {c: n for c, n in conn.execute(text(sql))}

    def is_unread(self, record_id: str) -> bool:
        with self.store.read() as conn:
            return bool(conn.execute(text("SELECT 1 FROM news WHERE record_id = :r AND read = 0"),
                                     {"r": record_id}).first())

    def last_sync(self) -> dict[str, dict[str, int]]:
        """What the latest sync brought from others: {collection: {"new": n, "changed": m}};
        after a first sync, {"first": {collection: n}} (the group as it was found)."""
        with self.store.read() as conn:
            sync = _meta(conn, META_ATTEMPT)
            first = json.loads(_meta(conn, META_FIRST) or "null")
            if sync and first and first.get("sync") == sync:
                return {"first": {c: n for c, n in first["counts"].items() if n}}
            out: dict[str, dict[str, int]] = {}
            for collection, kind, n in conn.execute(text(
                    "SELECT collection, kind, count(*) FROM news WHERE sync = :s GROUP BY collection, kind"),
                    {"s": sync or ""}):
                out.setdefault(collection, {})[kind] = n
            return out

    # -- marking -----------------------------------------------------------------------
    def mark_read(self, record_id: str) -> bool:
        """True when it was unread."""
        with self.store.write() as w:
            return w.conn.execute(text("UPDATE news SET read = 1 WHERE record_id = :r AND read = 0"),
                                  {"r": record_id}).rowcount > 0

    def mark_all_read(self) -> int:
        with self.store.write() as w:
            return w.conn.execute(text("UPDATE news SET read = 1 WHERE read = 0")).rowcount

    def prune(self, days: int = KEEP_DAYS) -> int:
        """Forget arrivals older than `days` (read or not: after three months it is not news)."""
        with self.store.write() as w:
            return w.conn.execute(text("DELETE FROM news WHERE sync < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', :d)"),
                                  {"d": f"-{int(days)} days"}).rowcount

    # -- the member directory ----------------------------------------------------------
    def set_members(self, rows: list[dict[str, Any]]) -> None:
        """The server's member list replaces the directory (a member it no longer lists
        keeps their entry: their records still name them)."""
        with self.store.write() as w:
            for r in rows:
                mid = r.get("member_id") or r.get("member")
                if not isinstance(mid, str) or not mid:
                    continue
                w.conn.execute(text(
                    "INSERT INTO member(member_id, name, organisation, role, last_sync_at, removed_at) "
                    "VALUES (:m, :n, :o, :r, :l, :x) ON CONFLICT(member_id) DO UPDATE SET name = excluded.name, "
                    "organisation = excluded.organisation, role = excluded.role, "
                    "last_sync_at = excluded.last_sync_at, removed_at = excluded.removed_at"),
                    {"m": mid, "n": str(r.get("name") or ""), "o": str(r.get("organisation") or ""),
                     "r": str(r.get("role") or ""), "l": r.get("last_sync_at"), "x": r.get("removed_at")})

    def members(self) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(text("SELECT * FROM member ORDER BY name, member_id"))]

    def names(self, ids: Iterable[str]) -> dict[str, str]:
        """Display names of member ids the directory knows (with a name)."""
        ids = [i for i in dict.fromkeys(ids) if i]
        out: dict[str, str] = {}
        with self.store.read() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                params = {f"i{n}": v for n, v in enumerate(chunk)}
                marks = ", ".join(f":i{n}" for n in range(len(chunk)))
                out.update({m: n for m, n in conn.execute(text(
                    f"SELECT member_id, name FROM member WHERE member_id IN ({marks}) AND name != ''"), params)})
        return out

    def name(self, member_id: str) -> str:
        """The member's display name, or the id itself when the directory has no name."""
        return self.names([member_id]).get(member_id, member_id)

    def role(self, member_id: str) -> str:
        with self.store.read() as conn:
            return conn.execute(text("SELECT role FROM member WHERE member_id = :m"), {"m": member_id}).scalar() or ""

    # -- review ------------------------------------------------------------------------
    def review_mark(self) -> int:
        try:
            return int(self.store.get_meta(META_REVIEW_MARK) or 0)
        except ValueError:
            return 0

    def _review_sql(self, select: str) -> str:
        # a record without a status counts as shared: it was there for everyone before review existed
        parts = [f"SELECT {select.format(c=c)} FROM {c} WHERE deleted = 0 AND coalesce(status, 'shared') = 'shared' "
                 f"AND server_seq > :mark AND updated_by NOT IN (:me, :author)" for c in REVIEWED]
        return " UNION ALL ".join(parts)

    def _review_params(self) -> dict[str, Any]:
        return {"mark": self.review_mark(), "me": self.store.get_meta(META_MEMBER) or "",
                "author": self.store.author}

    def review_ids(self) -> list[tuple[str, str, int]]:
        """(record_id, collection, server_seq) of what others shared since the last review,
        newest first. Ids only: the view fetches the rows it shows."""
        sql = self._review_sql("id, '{c}' AS collection, server_seq") + " ORDER BY server_seq DESC, id"
        with self.store.read() as conn:
            return [tuple(r) for r in conn.execute(text(sql), self._review_params())]

    def review_count(self) -> int:
        sql = f"SELECT count(*) FROM ({self._review_sql('id')})"
        with self.store.read() as conn:
            return conn.execute(text(sql), self._review_params()).scalar() or 0

    def mark_reviewed(self, upto: int | None = None) -> int:
        """Everything up to server seq `upto` (default: all this replica holds) is reviewed.
        Pass the highest seq the person saw, so what arrived meanwhile stays on the list."""
        if upto is None:
            with self.store.read() as conn:
                upto = max(conn.execute(text(f"SELECT coalesce(max(server_seq), 0) FROM {c}")).scalar() or 0
                           for c in REVIEWED)
        mark = max(self.review_mark(), int(upto))
        self.store.set_meta(META_REVIEW_MARK, str(mark))
        return mark


def w_now() -> str:
    from .writer import now

    return now()


assert set(FOLLOWED) <= set(MODELS)
