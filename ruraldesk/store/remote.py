"""What sync needs from the replica: the outbox, applying pulled state, conflicts, the cursor.

Every function here works inside one Writer transaction, so a sync client
applies a pulled page *and* advances its cursor atomically: a crash or a cut
connection at any point resumes where it stopped, with nothing applied twice.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update

from ruraldesk.domain.ids import new_id
from ruraldesk.domain.records import Record, spec
from ruraldesk.domain.text import sort_key

from .bulk import chunks, insert_many, paused_gc, update_many
from .models import MODELS, Conflict, Doc, Journal, Ref
from .search import document, index_write
from .writer import Writer, find_record, now, put_back, record_columns, refs_of, row_to_record


@dataclass(frozen=True)
class OutgoingChange:
    seq: int
    change_id: str
    record_id: str
    collection: str
    op: str
    changes: dict[str, Any]
    previous: dict[str, Any]
    base_seq: int
    at: str
    by: str
    resolves: tuple[str, ...] = ()     # conflicts this change settles


def outbox(conn, limit: int = 500, after_seq: int = 0) -> list[OutgoingChange]:
    """Pending local changes, oldest first. A creation's journal entry keeps no copy of the
    record's values (the row holds them): they are read back as Store.history does, the
    row's values with every later entry's `previous` values put back."""
    rows = conn.exec_driver_sql(
        "SELECT seq, change_id, record_id, collection, op, changes, previous, base_seq, at, by "
        "FROM journal WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?", (after_seq, limit)).fetchall()
    out = [OutgoingChange(r[0], r[1], r[2], r[3], r[4], _loads(r[5]), _loads(r[6]), r[7], r[8], r[9])
           for r in rows]
    bare = [o for o in out if o.op == "create" and not o.changes]
    if not bare:
        return out
    created = _created_values(conn, bare)
    return [dataclasses.replace(o, changes=created.get(o.seq, {})) if o.op == "create" and not o.changes else o
            for o in out]


def _created_values(conn, creates: list[OutgoingChange]) -> dict[int, dict[str, Any]]:
    """seq of a creation -> the values it created (see outbox)."""
    current: dict[str, dict[str, Any]] = {}
    by_collection: dict[str, list[str]] = {}
    for o in creates:
        if o.collection in MODELS:
            by_collection.setdefault(o.collection, []).append(o.record_id)
    for collection, ids in by_collection.items():
        table = MODELS[collection].__table__.name
        for chunk in chunks(ids):
            for rid, fields in conn.exec_driver_sql(
                    f"SELECT id, fields FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk)):
                current[rid] = _loads(fields)
    later: dict[str, list[tuple[int, str, Any]]] = {}
    first = min(o.seq for o in creates)
    ids = list({o.record_id for o in creates})
    for chunk in chunks(ids):
        for rid, seq, op, previous in conn.exec_driver_sql(
                f"SELECT record_id, seq, op, previous FROM journal WHERE seq > ? AND record_id IN "
                f"({', '.join('?' * len(chunk))}) ORDER BY seq DESC", (first, *chunk)):
            later.setdefault(rid, []).append((seq, op, previous))
    out: dict[int, dict[str, Any]] = {}
    for o in creates:
        if o.record_id not in current:
            continue             # erased here before it was sent: nothing of it is left
        values = dict(current[o.record_id])
        for seq, op, previous in later.get(o.record_id, ()):
            if seq <= o.seq:
                break
            if op == "create":   # re-created after an erasure: nothing before it
                values = {}
                continue
            put_back(values, _loads(previous))
        out[o.seq] = values
    return out


def _loads(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    return json.loads(value) if isinstance(value, (str, bytes)) else dict(value)


def mark_sent(w: Writer, change_ids: list[str]) -> None:
    """The server has these changes. A sent creation keeps no copy of the record's values:
    the row and the later entries' `previous` values hold them (see Store.history)."""
    rows = [(cid,) for cid in change_ids]
    if not rows:
        return
    w.conn.exec_driver_sql("UPDATE journal SET state = 'sent' WHERE change_id = ? AND state = 'pending'", rows)
    # entries written before creations stopped keeping their values (an older replica)
    w.conn.exec_driver_sql("UPDATE journal SET changes = '{}' WHERE change_id = ? AND op = 'create' "
                           "AND changes != '{}'", rows)


def record_echoes(w: Writer, echoes: list[Any]) -> None:
    """Pushed changes the server applied exactly as sent: the record now holds the server's
    state, so it takes that state's seq (and the server's stamps) instead of downloading
    it again. Entries still pending for it were made on top of that state: they take the
    seq as their base. With a later local edit still unsent, the local stamps stay."""
    last: dict[str, Any] = {}
    for e in echoes:
        if e.seq is not None and (e.record_id not in last or e.seq > last[e.record_id].seq):
            last[e.record_id] = e
    if not last:
        return
    conn = w.conn
    pending: set[str] = set()
    for chunk in chunks(list(last)):
        pending.update(r for (r,) in conn.exec_driver_sql(
            f"SELECT record_id FROM journal WHERE state = 'pending' AND record_id IN "
            f"({', '.join('?' * len(chunk))})", tuple(chunk)))
    seq_only: dict[str, list[tuple]] = {}
    stamped: dict[str, list[tuple]] = {}
    for e in last.values():
        if e.collection not in MODELS:
            continue
        if e.record_id in pending or not (e.updated_at and e.updated_by):
            seq_only.setdefault(e.collection, []).append((e.seq, e.record_id, e.seq))
        else:
            stamped.setdefault(e.collection, []).append(
                (e.seq, e.updated_at, e.updated_by, e.created_at or e.updated_at, e.created_by or e.updated_by,
                 e.record_id, e.seq))
    for collection, rows in seq_only.items():
        table = MODELS[collection].__table__.name
        conn.exec_driver_sql(f"UPDATE {table} SET server_seq = ? WHERE id = ? AND server_seq < ?", rows)
    for collection, rows in stamped.items():
        table = MODELS[collection].__table__.name
        conn.exec_driver_sql(f"UPDATE {table} SET server_seq = ?, updated_at = ?, updated_by = ?, "
                             f"created_at = ?, created_by = ? WHERE id = ? AND server_seq < ?", rows)
    rebased = [(last[rid].seq, rid, last[rid].seq) for rid in pending]
    if rebased:
        conn.exec_driver_sql("UPDATE journal SET base_seq = ? WHERE record_id = ? AND state = 'pending' "
                             "AND base_seq < ?", rebased)


def record_rejection(w: Writer, change: Any, reason: str) -> None:
    """A change the server refused: kept with the reason in the conflicts table (the person
    sees it); a refused resolution leaves its conflict open again."""
    w.conn.execute(update(Journal).where(Journal.change_id == change.change_id).values(state="rejected"))
    w.conn.execute(text("UPDATE conflict SET status = 'open' WHERE status = 'resolving' "
                        "AND json_extract(data, '$.resolution_change_id') = :c"), {"c": change.change_id})
    put_conflict(w, f"rejected:{change.change_id}", change.record_id, change.collection,
                 next(iter(change.fields), None), "rejected",
                 {"reason": reason, "op": change.op, "fields": change.fields,
                  "previous": change.previous, "who": change.by, "when": change.at,
                  "change_id": change.change_id})


def apply_conflict(w: Writer, c: Any) -> None:
    """A conflict the server sent (`sync.protocol.ConflictEntry`-like)."""
    row = w.conn.execute(select(Conflict.status, Conflict.data).where(Conflict.id == c.id)).first()
    data = dict(c.data)
    if row is not None and row.status == "resolving" and c.status == "open":
        # our resolution has not reached the server yet: keep it
        change_id = (row.data or {}).get("resolution_change_id")
        waiting = w.conn.execute(select(Journal.seq).where(Journal.change_id == change_id,
                                                           Journal.state == "pending")).first()
        if waiting is not None:
            return
    if row is not None:
        for key in ("resolution_change_id", "resolved_choice"):
            if key in (row.data or {}) and key not in data:
                data[key] = row.data[key]
    put_conflict(w, c.id, c.record_id, c.collection, c.field, c.status, data, c.created_at)


def last_change_id(w: Writer, record_id: str) -> str:
    return w.conn.execute(select(Journal.change_id).where(Journal.record_id == record_id)
                          .order_by(Journal.seq.desc()).limit(1)).scalar()


def noop_change(w: Writer, record: Record) -> str:
    """A change that changes nothing: carries a resolution when the chosen value is already
    the record's (an empty change cannot clash with anyone's later edit)."""
    import dataclasses

    stamped = dataclasses.replace(record, updated_at=now(), updated_by=w.author)
    return w.journal(stamped, "update", {}, {})


def pending_for(w: Writer, record_id: str) -> list[Any]:
    return w.conn.execute(select(Journal.__table__).where(
        Journal.record_id == record_id, Journal.state == "pending").order_by(Journal.seq)).all()


def apply_remote(w: Writer, collection: str, record_id: str, fields: dict[str, Any], *,
                 deleted: bool, server_seq: int, created_at: str = "", created_by: str = "",
                 updated_at: str = "", updated_by: str = "") -> Record:
    """Make the local copy the server's latest state, then replay local changes not yet
    pushed on top of it, so an edit made while a sync runs is never overwritten."""
    state = RemoteState(record_id, collection, fields, deleted, server_seq, created_at, created_by,
                        updated_at, updated_by)
    return _apply_set(w, [state], {})[0]


@dataclass(frozen=True)
class RemoteState:
    """A record as another replica or the server holds it, to be applied here."""

    id: str
    collection: str
    fields: dict[str, Any]
    deleted: bool
    seq: int
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""


def search_texts(states: list[Any]) -> dict[int, tuple[str, str]]:
    """What the search index will hold for each of these pulled states, keyed by id() of
    the state: pure work on the page alone, done before the write (the sync's fetch thread
    computes it while the writer is in SQLite) and used for states no local edit changes."""
    return {id(st): document(st.collection, st.fields or {}) for st in states if st.collection in MODELS}


@paused_gc()
def apply_remote_many(w: Writer, states: list[Any], texts: dict[int, tuple[str, str]] | None = None) -> int:
    """Apply a page of pulled records (objects with id, collection, fields, deleted, seq,
    created_at/by, updated_at/by — e.g. `sync.protocol.RecordState`), exactly as
    `apply_remote` one by one would, set-based: a few reads per page, then one statement
    per table and kind of write (executemany). `texts`: search_texts() of these states,
    if already known. Returns how many records were applied."""
    texts = texts or {}
    group: list[Any] = []
    seen: set[str] = set()
    done = 0
    for st in states:
        spec(st.collection)  # refuses unknown collections before anything is written
        if st.id in seen:    # the same record twice in a page: the later state applies after
            done += len(_apply_set(w, group, texts))
            group, seen = [], set()
        group.append(st)
        seen.add(st.id)
    if group:
        done += len(_apply_set(w, group, texts))
    return done



def records_by_id(conn, ids: list[str]) -> tuple[dict[str, Record], dict[str, Any]]:
    """The records of these ids that are here, in whatever collection, and their `doc` rows:
    a few statements for any number of ids. A row without its doc row (never written so) is
    read by find_record."""
    docs: dict[str, Any] = {}
    for chunk in chunks(ids):
        for row in conn.execute(select(Doc.__table__).where(Doc.record_id.in_(chunk))):
            docs[row.record_id] = row
    current: dict[str, Record] = {}
    by_collection: dict[str, list[str]] = {}
    for rid, doc in docs.items():
        by_collection.setdefault(doc.collection, []).append(rid)
    for collection, cids in by_collection.items():
        table = MODELS[collection].__table__
        for chunk in chunks(cids):
            for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
                current[row.id] = row_to_record(collection, row)
    for rid in docs.keys() - current.keys():
        record = find_record(conn, rid)
        if record is not None:
            current[rid] = record
    return current, docs


def _apply_set(w: Writer, states: list[Any], texts: dict[int, tuple[str, str]]) -> list[Record]:
    """States of distinct records, applied together."""
    conn = w.conn
    ids = [st.id for st in states]
    current, docs = records_by_id(conn, ids)
    pending: dict[str, list[Any]] = {}
    for chunk in chunks(ids):
        for row in conn.execute(select(Journal.record_id, Journal.op, Journal.changes).where(
                Journal.record_id.in_(chunk), Journal.state == "pending").order_by(Journal.seq)):
            pending.setdefault(row.record_id, []).append(row)
    plan = _Plan()
    out = []
    for st in states:
        cur = current.get(st.id)
        if cur is not None and cur.collection != st.collection:
            raise ValueError(f"record {st.id} is a {cur.collection}, not a {st.collection}")
        merged = {k: v for k, v in (st.fields or {}).items() if v not in (None, [])}
        merged_deleted = bool(st.deleted)
        for entry in pending.get(st.id, ()):
            if entry.op in ("delete", "restore"):
                merged_deleted = entry.op == "delete"
            elif entry.op != "erase":
                for k, v in (entry.changes or {}).items():
                    if v in (None, []):
                        merged.pop(k, None)
                    else:
                        merged[k] = v
        stamp = st.updated_at or now()
        record = Record(id=st.id, collection=st.collection, fields=merged,
                        created_at=cur.created_at if cur else (st.created_at or stamp),
                        created_by=cur.created_by if cur else (st.created_by or st.updated_by),
                        updated_at=stamp, updated_by=st.updated_by or (cur.updated_by if cur else ""),
                        deleted=merged_deleted, server_seq=st.seq)
        out.append(record)
        # a local edit replayed on top changes what is indexed: computed again then
        indexed = None if st.id in pending else texts.get(id(st))
        if cur is None:
            plan.insert(w, record, indexed)
        else:
            plan.update(w, cur, record, docs.get(st.id), indexed)
    plan.run(w)
    return out


_DOC_COLUMNS = ("kind", "country", "region", "language", "status")


class _Plan:
    """The writes of one set of pulled records, grouped by table and kind."""

    def __init__(self) -> None:
        self.rows_new: dict[str, list[dict[str, Any]]] = {}
        self.rows_changed: dict[str, list[dict[str, Any]]] = {}
        self.docs_new: list[dict[str, Any]] = []
        self.docs_changed: list[dict[str, Any]] = []
        self.index_new: list[tuple[int, str, str]] = []
        self.index_changed: list[tuple[int, tuple[str, str], tuple[str, str]]] = []
        self.refs_dropped: list[str] = []
        self.refs_new: list[dict[str, Any]] = []
        self.journal: list[dict[str, Any]] = []

    @staticmethod
    def _row(record: Record) -> dict[str, Any]:
        return dict(id=record.id, fields=record.fields, sort_key=sort_key(record.title),
                    created_at=record.created_at, created_by=record.created_by,
                    updated_at=record.updated_at, updated_by=record.updated_by, deleted=record.deleted,
                    server_seq=record.server_seq, **record_columns(record.collection, record.fields))

    @staticmethod
    def _doc(record: Record) -> dict[str, Any]:
        return dict(collection=record.collection, deleted=record.deleted,
                    **{k: record.fields.get(k) for k in _DOC_COLUMNS})

    def insert(self, w: Writer, record: Record, indexed: tuple[str, str] | None = None) -> None:
        self.rows_new.setdefault(record.collection, []).append(self._row(record))
        doc_id = w.next_doc_id()
        self.docs_new.append(dict(doc_id=doc_id, record_id=record.id, **self._doc(record)))
        self.index_new.append((doc_id, *(indexed or document(record.collection, record.fields))))
        self.refs_new.extend(refs_of(record))
        # a created record's values are its row's (history() reads them back from there)
        self.journal.append(self._entry(record, "create", {}, {}))

    def update(self, w: Writer, cur: Record, record: Record, doc: Any,
               indexed: tuple[str, str] | None = None) -> None:
        row = self._row(record)
        row["b_id"] = row.pop("id")
        del row["created_at"], row["created_by"]
        self.rows_changed.setdefault(record.collection, []).append(row)
        keys = set(cur.fields) | set(record.fields)
        changes = {k: record.fields.get(k) for k in keys if cur.fields.get(k) != record.fields.get(k)}
        previous = {k: cur.fields.get(k) for k in changes}
        if cur.deleted != record.deleted:
            changes["deleted"], previous["deleted"] = record.deleted, cur.deleted
        if changes:
            self.journal.append(self._entry(record, "update", changes, previous))
        new_doc = self._doc(record)
        if doc is None:
            doc_id = w.next_doc_id()
            self.docs_new.append(dict(doc_id=doc_id, record_id=record.id, **new_doc))
            self.index_new.append((doc_id, *(indexed or document(record.collection, record.fields))))
            self.refs_dropped.append(record.id)
            self.refs_new.extend(refs_of(record))
            return
        if any(getattr(doc, k) != v for k, v in new_doc.items()):
            self.docs_changed.append(dict(b_doc=doc.doc_id, **new_doc))
        if changes:
            # only records whose indexed text or links moved are re-indexed
            old_text = document(cur.collection, cur.fields)
            new_text = indexed or document(record.collection, record.fields)
            if old_text != new_text:
                self.index_changed.append((doc.doc_id, old_text, new_text))
            old_refs, new_refs = refs_of(cur), refs_of(record)
            if old_refs != new_refs:
                self.refs_dropped.append(record.id)
                self.refs_new.extend(new_refs)

    @staticmethod
    def _entry(record: Record, op: str, changes: dict[str, Any], previous: dict[str, Any]) -> dict[str, Any]:
        return dict(change_id=new_id(), record_id=record.id, collection=record.collection, op=op,
                    changes=changes, previous=previous, at=record.updated_at, by=record.updated_by,
                    base_seq=record.server_seq, state="remote")

    def run(self, w: Writer) -> None:
        c = w.conn
        for collection, rows in self.rows_new.items():
            insert_many(c, MODELS[collection].__table__, rows)
        for collection, rows in self.rows_changed.items():
            rows = [{**{k: v for k, v in r.items() if k != "b_id"}, "id": r["b_id"]} for r in rows]
            update_many(c, MODELS[collection].__table__, "id", rows)
        insert_many(c, Doc.__table__, self.docs_new)
        update_many(c, Doc.__table__, "doc_id",
                    [{**{k: v for k, v in r.items() if k != "b_doc"}, "doc_id": r["b_doc"]} for r in self.docs_changed])
        index_write(c, [(r, old) for r, old, _new in self.index_changed],
                    [*self.index_new, *((r, *new) for r, _old, new in self.index_changed)])
        for chunk in chunks(self.refs_dropped):
            c.execute(delete(Ref).where(Ref.record_id.in_(chunk)))
        insert_many(c, Ref.__table__, self.refs_new, or_ignore=True)
        insert_many(c, Journal.__table__, self.journal)


def apply_erasure(w: Writer, record_id: str) -> bool:
    """A coordinator erased this record: purge it here, pending edits included (never pushed).
    The bytes of an erased attachment go too, once the transaction commits (Store.write)."""
    w.conn.execute(update(Journal).where(Journal.record_id == record_id, Journal.state == "pending")
                   .values(state="local"))
    if find_record(w.conn, record_id) is None:
        w.purge_traces(record_id)      # e.g. a rejected creation: its values are still in history
        # remembered all the same: an older copy handed over later (a file, a LAN exchange)
        # must not bring the record back here (store/relay.py looks for this entry)
        if w.conn.execute(select(Journal.seq).where(Journal.record_id == record_id,
                                                    Journal.op == "erase").limit(1)).first() is None:
            w.conn.execute(insert(Journal).values(
                change_id=new_id(), record_id=record_id, collection="", op="erase", changes={},
                previous={}, at=now(), by="", base_seq=0, state="remote"))
        return False
    w.erase(record_id, state="remote")
    return True


def put_conflict(w: Writer, conflict_id: str, record_id: str, collection: str, field: str | None,
                 status: str, data: dict[str, Any], created_at: str = "") -> None:
    w.conn.execute(text(
        "INSERT INTO conflict(id, record_id, collection, field, status, data, created_at) "
        "VALUES (:id, :r, :c, :f, :s, :d, :at) ON CONFLICT(id) DO UPDATE SET "
        "status = excluded.status, data = excluded.data"),
        {"id": conflict_id, "r": record_id, "c": collection, "f": field, "s": status,
         "d": _json(data), "at": created_at or now()})


def conflicts(conn, status: str | None = "open") -> list[dict[str, Any]]:
    q = select(Conflict.__table__).order_by(Conflict.created_at)
    if status:
        q = q.where(Conflict.status == status)
    return [dict(r._mapping) for r in conn.execute(q)]


def open_conflict_count(conn) -> int:
    return conn.execute(select(func.count()).select_from(Conflict).where(Conflict.status == "open")).scalar() or 0


def get_cursor(conn, key: str = "sync.cursor") -> str | None:
    return conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).scalar()


def set_cursor(w: Writer, value: str, key: str = "sync.cursor") -> None:
    w.conn.execute(text("INSERT INTO meta(key, value) VALUES (:k, :v) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": key, "v": value})


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)


__all__ = ["OutgoingChange", "RemoteState", "apply_conflict", "apply_erasure", "apply_remote", "apply_remote_many", "conflicts", "search_texts",
           "get_cursor", "last_change_id", "mark_sent", "noop_change", "open_conflict_count", "outbox",
           "put_conflict", "record_echoes", "record_rejection", "set_cursor"]
