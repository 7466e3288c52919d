"""What sync needs from the replica: the outbox, applying pulled state, conflicts, the cursor.

Every function here works inside one Writer transaction, so a sync client
applies a pulled page *and* advances its cursor atomically: a crash or a cut
connection at any point resumes where it stopped, with nothing applied twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, text, update

from ruraldesk.domain.ids import new_id
from ruraldesk.domain.records import Record, spec
from ruraldesk.domain.text import sort_key

from .models import MODELS, Conflict, Doc, Journal, Ref
from .search import document
from .writer import Writer, _columns, find_record, now


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


def outbox(conn, limit: int = 500, after_seq: int = 0) -> list[OutgoingChange]:
    """Pending local changes, oldest first."""
    rows = conn.execute(select(Journal.__table__).where(Journal.state == "pending", Journal.seq > after_seq)
                        .order_by(Journal.seq).limit(limit)).all()
    return [OutgoingChange(r.seq, r.change_id, r.record_id, r.collection, r.op, r.changes or {},
                           r.previous or {}, r.base_seq, r.at, r.by) for r in rows]


def mark_sent(w: Writer, change_ids: list[str]) -> None:
    if change_ids:
        w.conn.execute(update(Journal).where(Journal.change_id.in_(change_ids), Journal.state == "pending")
                       .values(state="sent"))


def pending_for(w: Writer, record_id: str) -> list[Any]:
    return w.conn.execute(select(Journal.__table__).where(
        Journal.record_id == record_id, Journal.state == "pending").order_by(Journal.seq)).all()


def apply_remote(w: Writer, collection: str, record_id: str, fields: dict[str, Any], *,
                 deleted: bool, server_seq: int, created_at: str = "", created_by: str = "",
                 updated_at: str = "", updated_by: str = "") -> Record:
    """Make the local copy the server's latest state, then replay local changes not yet
    pushed on top of it, so an edit made while a sync runs is never overwritten."""
    spec(collection)  # refuses unknown collections
    current = find_record(w.conn, record_id)
    merged = {k: v for k, v in fields.items() if v not in (None, [])}
    merged_deleted = deleted
    for entry in pending_for(w, record_id):
        if entry.op in ("delete", "restore"):
            merged_deleted = entry.op == "delete"
        elif entry.op != "erase":
            for k, v in (entry.changes or {}).items():
                if v in (None, []):
                    merged.pop(k, None)
                else:
                    merged[k] = v
    stamp = updated_at or now()
    record = Record(id=record_id, collection=collection, fields=merged,
                    created_at=current.created_at if current else (created_at or stamp),
                    created_by=current.created_by if current else (created_by or updated_by),
                    updated_at=stamp, updated_by=updated_by or (current.updated_by if current else ""),
                    deleted=merged_deleted, server_seq=server_seq)
    if current is None:
        w._insert(record)
        changes, previous, op = dict(merged), {}, "create"
    elif current.collection != collection:
        raise ValueError(f"record {record_id} is a {current.collection}, not a {collection}")
    else:
        keys = set(current.fields) | set(merged)
        changes = {k: merged.get(k) for k in keys if current.fields.get(k) != merged.get(k)}
        previous = {k: current.fields.get(k) for k in changes}
        if current.deleted != merged_deleted:
            changes["deleted"], previous["deleted"] = merged_deleted, current.deleted
        op = "update"
        w._save(record)
    if changes or current is None:
        w.journal(record, op, changes, previous, state="remote", at=stamp)
    return record


def apply_remote_many(w: Writer, states: list[Any]) -> int:
    """Apply a page of pulled records (objects with id, collection, fields, deleted, seq,
    created_at/by, updated_at/by — e.g. `sync.protocol.RecordState`), exactly as
    `apply_remote` one by one would, but records this replica has never seen (and has
    no pending changes for) are written with executemany, as `Writer.create_many` does:
    an initial sync of 100k records is bound by SQLite, not by statement overhead.
    Returns how many records took the bulk path."""
    ids = [s.id for s in states]
    known: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        known.update(r for (r,) in w.conn.execute(select(Doc.record_id).where(Doc.record_id.in_(chunk))))
        known.update(r for (r,) in w.conn.execute(select(Journal.record_id).where(
            Journal.record_id.in_(chunk), Journal.state == "pending")))
    seen: set[str] = set()
    fresh: dict[str, list[Any]] = {}
    slow: list[Any] = []
    for st in states:
        spec(st.collection)
        if st.id in known or st.id in seen:
            slow.append(st)
        else:
            fresh.setdefault(st.collection, []).append(st)
        seen.add(st.id)
    bulk = 0
    for collection, items in fresh.items():
        s = spec(collection)
        table = MODELS[collection].__table__
        rows, docs, fts, refs, journal = [], [], [], [], []
        for st in items:
            fields = {k: v for k, v in (st.fields or {}).items() if v not in (None, [])}
            stamp = st.updated_at or now()
            record = Record(id=st.id, collection=collection, fields=fields,
                            created_at=st.created_at or stamp, created_by=st.created_by or st.updated_by,
                            updated_at=stamp, updated_by=st.updated_by or "", deleted=bool(st.deleted),
                            server_seq=st.seq)
            rows.append(dict(id=record.id, fields=fields, sort_key=sort_key(str(fields.get(s.title_field) or "")),
                             created_at=record.created_at, created_by=record.created_by,
                             updated_at=stamp, updated_by=record.updated_by, deleted=record.deleted,
                             server_seq=st.seq, **_columns(collection, fields)))
            doc_id = w._doc_id()
            docs.append(dict(doc_id=doc_id, record_id=record.id, collection=collection,
                             kind=fields.get("kind"), country=fields.get("country"),
                             region=fields.get("region"), language=fields.get("language"),
                             status=fields.get("status"), deleted=record.deleted))
            title, body = document(collection, fields)
            fts.append({"r": doc_id, "t": title, "b": body})
            refs.extend(w._refs(record))
            journal.append(dict(change_id=new_id(), record_id=record.id, collection=collection,
                                op="create", changes=dict(fields), previous={}, at=stamp,
                                by=record.updated_by, base_seq=st.seq, state="remote"))
        w.conn.execute(insert(table), rows)
        w.conn.execute(insert(Doc), docs)
        w.conn.execute(text("INSERT INTO search(rowid, title, body) VALUES (:r, :t, :b)"), fts)
        if refs:
            w.conn.execute(insert(Ref).prefix_with("OR IGNORE"), refs)
        w.conn.execute(insert(Journal), journal)
        bulk += len(items)
    for st in slow:
        apply_remote(w, st.collection, st.id, st.fields, deleted=st.deleted, server_seq=st.seq,
                     created_at=st.created_at, created_by=st.created_by, updated_at=st.updated_at,
                     updated_by=st.updated_by)
    return bulk


def apply_erasure(w: Writer, record_id: str) -> bool:
    """A coordinator erased this record: purge it here, pending edits included (never pushed).
    The bytes of an erased attachment go too, once the transaction commits (Store.write)."""
    w.conn.execute(update(Journal).where(Journal.record_id == record_id, Journal.state == "pending")
                   .values(state="local"))
    if find_record(w.conn, record_id) is None:
        w.purge_traces(record_id)      # e.g. a rejected creation: its values are still in history
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


__all__ = ["OutgoingChange", "apply_erasure", "apply_remote", "apply_remote_many", "conflicts", "get_cursor",
           "mark_sent", "open_conflict_count", "outbox", "put_conflict", "set_cursor"]
