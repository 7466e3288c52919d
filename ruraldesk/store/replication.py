"""The store's one replication port: everything a sync client reads from or writes to the
replica, so the client itself only speaks HTTP (see sync/client/replicator.py).

    rep = store.replication
    rep.replica_id()                          # this replica's identity, sent with every request
    rep.outbox(limit, after_seq)              # pending changes, oldest first (with `resolves`)
    rep.record_push_results(accepted, echoes, rejected)
    rep.apply_records(states)                 # records re-read from the server
    rep.page_impact(records, erasures, same)  # what a pull page would delete/overwrite
    rep.apply_page(page, cursor_key)          # records, conflicts, erasures + cursor, one transaction
    rep.prepare_page(page)                    # its replica-free part, ahead (apply_page(prepared=))
    rep.cursor(key), rep.live_count(), rep.missing_blobs(), rep.blob_referenced(sha)
    rep.status_counts()                       # pending, open conflicts, refused changes
    rep.conflicts(status, record_id), rep.conflict(id), rep.resolve_conflict(id, choose),
    rep.dismiss_rejection(id)
    rep.record_status(metas)                  # the sync's status lines
    rep.checkpoint_soon()                     # fold the WAL back after a sync, on a thread

Pulled records and conflicts are duck-typed (`sync.protocol.RecordState`, `ConflictEntry`,
`PullPage`): the store does not depend on the sync package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from sqlalchemy import func, select, text, update

from ruraldesk.domain.ids import new_id
from ruraldesk.domain.records import COLLECTIONS, Record, spec

from . import remote
from .engine import relaxed_durability
from .errors import NotFound
from .models import MODELS, Conflict, Doc, Journal
from .news import News
from .writer import find_record, now

META_REPLICA_ID = "sync.replica_id"
META_REPLICA_HOME = "sync.replica_home"
CURSOR_KEY = "sync.cursor"
#: a sync that wrote this many records has the WAL folded back into the file once it ends
#: (on a thread of its own, see wal.py): the replica at rest is its file alone (the WAL of a
#: 100-record sync is already a few MB with 8 KB pages)
CHECKPOINT_AFTER = 1


@dataclass(frozen=True)
class Echo:
    """A pushed change the server applied as sent: its state is now the local one."""

    record_id: str
    collection: str
    seq: int
    updated_at: str = ""
    updated_by: str = ""
    created_at: str = ""
    created_by: str = ""


@dataclass(frozen=True)
class LocalConflict:
    """A row of the local conflicts table, with the record it is about (None once erased)."""

    id: str
    record_id: str
    collection: str
    field: str | None
    status: str
    data: dict[str, Any]
    created_at: str
    record: Record | None
    #: the kept-aside change (`data["change_id"]`) was made on this replica
    made_here: bool


@dataclass(frozen=True)
class PageResult:
    received: int     # records in the page
    changed: int      # records the page changed here (new or different)
    conflicts: int
    erased: int


class Replication:
    def __init__(self, store) -> None:
        self.store = store

    # -- identity ----------------------------------------------------------------------
    def _home(self) -> str:
        """Where this replica file lives. A copy (another path, or another file at the same
        path: a new inode) is another replica and must not claim this one's echoes."""
        path = Path(self.store.path).resolve()
        try:
            ino = os.stat(path).st_ino
        except OSError:
            ino = 0
        return f"{ino}:{path}"

    def replica_id(self) -> str:
        """A UUID made once per replica file. A copied or restored file gets a new one and
        starts its pull from the beginning (the server's echo bookkeeping names the old id)."""
        metas = self.store.get_metas((META_REPLICA_ID, META_REPLICA_HOME))
        rid, home = metas[META_REPLICA_ID], metas[META_REPLICA_HOME]
        if rid and home == self._home():
            return rid
        return self.reset_identity() if rid else self._set_identity(new_id())

    def reset_identity(self) -> str:
        """A new replica id and no cursor: the next pull downloads everything again."""
        with self.store.write() as w:
            w.conn.execute(text("DELETE FROM meta WHERE key = :k"), {"k": CURSOR_KEY})
        return self._set_identity(new_id())

    def _set_identity(self, rid: str) -> str:
        self.store.set_meta(META_REPLICA_ID, rid)
        self.store.set_meta(META_REPLICA_HOME, self._home())
        return rid

    # -- push --------------------------------------------------------------------------
    def pending_count(self) -> int:
        return self.store.pending_count()

    def outbox(self, limit: int = 500, after_seq: int = 0) -> list[remote.OutgoingChange]:
        """Pending changes, oldest first; each names the conflicts it resolves."""
        with self.store.read() as conn:
            batch = remote.outbox(conn, limit=limit, after_seq=after_seq)
            if not batch:
                return []
            resolves: dict[str, list[str]] = {}
            for row in conn.execute(select(Conflict.id, Conflict.data).where(Conflict.status == "resolving")):
                cid = (row.data or {}).get("resolution_change_id")
                if cid:
                    resolves.setdefault(cid, []).append(row.id)
        return [remote.OutgoingChange(**{**o.__dict__, "resolves": tuple(resolves.get(o.change_id, ()))})
                for o in batch]

    def record_push_results(self, accepted: Iterable[str], echoes: Iterable[Echo] = (),
                            rejected: Iterable[tuple[Any, str]] = ()) -> None:
        """One batch's answer, in one transaction: accepted changes are sent; an echoed
        change's record takes the server's seq and stamps (it needs no download); a refused
        change is kept, with the reason, in the conflicts table for the person to see."""
        with relaxed_durability(), self.store.write() as w:     # lost: answered again alike
            remote.mark_sent(w, list(accepted))
            remote.record_echoes(w, list(echoes))
            for change, reason in rejected:
                remote.record_rejection(w, change, reason)

    def record_rejection(self, change: Any, reason: str) -> None:
        self.record_push_results((), (), [(change, reason)])

    # -- pull --------------------------------------------------------------------------
    def cursor(self, key: str = CURSOR_KEY) -> str | None:
        with self.store.read() as conn:
            return remote.get_cursor(conn, key)

    def live_count(self) -> int:
        with self.store.read() as conn:
            return conn.execute(select(func.count()).select_from(Doc).where(Doc.deleted.is_(False))).scalar() or 0

    def apply_records(self, states: list[Any]) -> None:
        """Records read from the server one by one (after a refusal or a conflict)."""
        with self.store.write() as w:
            remote.apply_remote_many(w, [s for s in states if s.collection in COLLECTIONS])

    def page_impact(self, records: list[Any], erasures: list[str],
                    same: Callable[[dict[str, Any], dict[str, Any]], bool]) -> tuple[int, int, int]:
        """(deletes, overwrites, erasures) applying these would do to live local records."""
        deletes = overwrites = erased = 0
        ids_by_collection: dict[str, list[str]] = {}
        for r in records:
            ids_by_collection.setdefault(r.collection, []).append(r.id)
        with self.store.read() as conn:
            local: dict[str, Any] = {}
            for collection, ids in ids_by_collection.items():
                if collection not in MODELS:
                    continue
                t = MODELS[collection].__table__
                for i in range(0, len(ids), 500):
                    for row in conn.execute(select(t.c.id, t.c.fields, t.c.deleted)
                                            .where(t.c.id.in_(ids[i:i + 500]))):
                        local[row.id] = row
            for r in records:
                row = local.get(r.id)
                if row is None or row.deleted:
                    continue
                if r.deleted:
                    deletes += 1
                elif not same(row.fields or {}, r.fields):
                    overwrites += 1
            for i in range(0, len(erasures), 500):
                erased += len(conn.execute(select(Doc.record_id).where(
                    Doc.record_id.in_(erasures[i:i + 500]))).all())
        return deletes, overwrites, erased

    @staticmethod
    def prepare_page(page: Any) -> Any:
        """The part of applying a page that needs nothing from the replica (what the search
        index will hold), for a thread of its own: apply_page(page, prepared=...)."""
        return remote.search_texts(page.records)

    def apply_page(self, page: Any, cursor_key: str = CURSOR_KEY, prepared: Any = None) -> PageResult:
        """A pulled page — records (local pending edits replayed on top), conflicts,
        erasures — and its cursor, in ONE transaction: a cut anywhere resumes from here."""
        with relaxed_durability(), self.store.write() as w:     # lost: pulled again with it
            mark = w.conn.execute(select(func.max(Journal.seq))).scalar() or 0
            remote.apply_remote_many(w, [r for r in page.records if r.collection in COLLECTIONS], prepared)
            for c in page.conflicts:
                remote.apply_conflict(w, c)
            erased = sum(1 for rid in page.erasures if remote.apply_erasure(w, rid))
            changed = w.conn.execute(select(func.count(func.distinct(Journal.record_id))).where(
                Journal.seq > mark, Journal.state == "remote", Journal.op != "erase")).scalar() or 0
            News.record_page(w, mark, cursor_key)    # what others sent, with the page (news.py)
            remote.set_cursor(w, page.cursor, cursor_key)
        return PageResult(len(page.records), changed, len(page.conflicts), erased)

    def checkpoint_soon(self) -> None:
        """Fold the WAL back into the file (else it stays as big as all a sync wrote), on a
        thread of its own: a sync reports done without waiting for it."""
        self.store.wal.soon()

    def record_status(self, values: dict[str, str]) -> None:
        """A sync's status lines (its attempt, report, error, the link's measure), committed
        without waiting for the disk: a durable commit here would sync to disk all the
        pulled pages before it, 10-20 ms at the end of every sync. Lost to a power cut, the
        status shows the sync before; the pages are pulled again."""
        with relaxed_durability():
            self.store.set_metas(values)

    # -- blobs -------------------------------------------------------------------------
    def missing_blobs(self) -> list[str]:
        """sha256s of live attachments whose bytes this replica lacks."""
        t = MODELS["attachment"].__table__
        with self.store.read() as conn:
            shas = {s for (s,) in conn.execute(select(t.c.sha256).where(t.c.deleted.is_(False)))
                    if isinstance(s, str) and len(s) == 64}
        return sorted(s for s in shas if not self.store.blobs.has(s))

    def blob_referenced(self, sha: str) -> bool:
        t = MODELS["attachment"].__table__
        with self.store.read() as conn:
            return conn.execute(select(t.c.id).where(t.c.sha256 == sha).limit(1)).first() is not None

    # -- status ------------------------------------------------------------------------
    def status_counts(self) -> dict[str, int]:
        with self.store.read() as conn:
            pending = conn.execute(select(func.count()).select_from(Journal)
                                   .where(Journal.state == "pending")).scalar() or 0
            rejected = conn.execute(select(func.count()).select_from(Conflict)
                                    .where(Conflict.status == "rejected")).scalar() or 0
            return {"pending": pending, "open_conflicts": remote.open_conflict_count(conn),
                    "rejected": rejected}

    def open_conflict_count(self) -> int:
        with self.store.read() as conn:
            return remote.open_conflict_count(conn)

    # -- the local conflicts table -----------------------------------------------------
    @staticmethod
    def _local(conn, row: Any) -> LocalConflict:
        data = dict(row.data or {})
        change_id = data.get("change_id")
        made_here = bool(change_id) and conn.execute(
            select(Journal.seq).where(Journal.change_id == change_id)).first() is not None
        return LocalConflict(row.id, row.record_id, row.collection, row.field, row.status, data,
                             row.created_at, find_record(conn, row.record_id), made_here)

    def conflicts(self, status: str | None = "open", record_id: str | None = None) -> list[LocalConflict]:
        """Conflicts of one status (None: all), oldest first, of one record if given."""
        q = select(Conflict.__table__).order_by(Conflict.created_at, Conflict.id)
        if status:
            q = q.where(Conflict.status == status)
        if record_id:
            q = q.where(Conflict.record_id == record_id)
        with self.store.read() as conn:
            return [self._local(conn, r) for r in conn.execute(q)]

    def conflict(self, conflict_id: str) -> LocalConflict:
        with self.store.read() as conn:
            row = conn.execute(select(Conflict.__table__).where(Conflict.id == conflict_id)).first()
            if row is None:
                raise NotFound(f"no conflict with id {conflict_id}")
            return self._local(conn, row)

    def resolve_conflict(self, conflict_id: str, choose: Callable[[LocalConflict], Any],
                         info: dict[str, Any], same: Callable[[Any, Any], bool]) -> str:
        """Settle an open conflict with an ordinary change, in one transaction: `choose`
        gives the value the conflict's field takes (seen on the conflict as it is now);
        the conflict becomes `resolving` with `info` and the change id in its data until
        the server's answer comes back; `same` says when the record already holds it (then
        an empty change carries the resolution). Returns the new change's id."""
        with self.store.write() as w:
            row = w.conn.execute(select(Conflict.__table__).where(Conflict.id == conflict_id)).first()
            if row is None:
                raise NotFound(f"no conflict with id {conflict_id}")
            if row.status != "open":
                raise ValueError(f"this conflict is already {row.status}")
            local = self._local(w.conn, row)
            record = local.record
            if record is None:
                raise NotFound("the record of this conflict is no longer here (it was erased)")
            target = choose(local)
            field = row.field
            if field == "deleted":
                target = bool(target)
                if record.deleted != target:
                    (w.delete if target else w.restore)(record.id)
                    change_id = remote.last_change_id(w, record.id)
                else:
                    change_id = remote.noop_change(w, record)
            elif field and spec(record.collection).has(field) and not same(record.fields.get(field), target):
                w.update(record.id, {field: target})
                change_id = remote.last_change_id(w, record.id)
            else:
                change_id = remote.noop_change(w, record)
            data = {**(row.data or {}), **info, "resolution_change_id": change_id, "resolved_here_at": now()}
            remote.put_conflict(w, row.id, row.record_id, row.collection, row.field, "resolving", data,
                                row.created_at)
            return change_id

    def dismiss_rejection(self, conflict_id: str) -> None:
        with self.store.write() as w:
            found = w.conn.execute(update(Conflict).where(Conflict.id == conflict_id,
                                                          Conflict.status == "rejected")
                                   .values(status="dismissed")).rowcount
            if not found:
                raise NotFound(f"no refused change with id {conflict_id}")


__all__ = ["CHECKPOINT_AFTER", "CURSOR_KEY", "Echo", "LocalConflict", "PageResult", "Replication", "now"]
