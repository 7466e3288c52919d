"""The one write path: every change to a record and its journal entry, in one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from sqlalchemy import Connection, delete, func, insert, select, text, update

from ruraldesk.domain import validation
from ruraldesk.domain.fields import Kind
from ruraldesk.domain.ids import new_id
from ruraldesk.domain.records import Record, spec
from ruraldesk.domain.text import sort_key

from . import discussions
from .bulk import insert_many, paused_gc
from .errors import NotFound
from .models import MODELS, Conflict, Doc, Journal, Ref, Relayed
from .search import document, index_delete, index_insert, index_replace

#: why a change to an erased record is not kept (a hand-over that met the erasure)
ERASED = "a coordinator erased this record; the change cannot be kept"


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def row_to_record(collection: str, row: Any) -> Record:
    m = row._mapping
    return Record(id=m["id"], collection=collection, fields=dict(m["fields"] or {}),
                  created_at=m["created_at"], created_by=m["created_by"],
                  updated_at=m["updated_at"], updated_by=m["updated_by"],
                  deleted=bool(m["deleted"]), server_seq=m["server_seq"] or 0)


def find_record(conn: Connection, record_id: str) -> Record | None:
    for collection, model in MODELS.items():
        row = conn.execute(select(model.__table__).where(model.__table__.c.id == record_id)).first()
        if row is not None:
            return row_to_record(collection, row)
    return None


def record_columns(collection: str, fields: dict[str, Any]) -> dict[str, Any]:
    s = spec(collection)
    return {f.name: fields.get(f.name) for f in s.column_fields}


def put_back(values: dict[str, Any], previous: dict[str, Any]) -> None:
    """`values` as they were before a change whose journal entry kept `previous`: the one
    way back through the journal (a creation keeps no copy of its values, see outbox)."""
    for k, v in previous.items():
        if k == "deleted":
            continue
        if v in (None, []):
            values.pop(k, None)
        else:
            values[k] = v


#: per collection, its link fields and whether each holds a list (REFS) or one id (REF)
_LINK_FIELDS: dict[str, tuple[tuple[str, bool], ...]] = {}


def refs_of(record: Record) -> list[dict[str, Any]]:
    """The `ref` rows of a record's links, one per distinct target of each link field."""
    fields = _LINK_FIELDS.get(record.collection)
    if fields is None:
        fields = _LINK_FIELDS[record.collection] = tuple(
            (f.name, f.kind is Kind.REFS) for f in record.spec.fields if f.kind in (Kind.REF, Kind.REFS))
    out = []
    values = record.fields
    for name, many in fields:
        value = values.get(name)
        if not value:
            continue
        out.extend({"record_id": record.id, "field": name, "target_id": t, "collection": record.collection}
                   for t in (dict.fromkeys(value) if many else (value,)))
    return out


class Writer:
    """Bound to one open transaction; the store commits it when the block ends."""

    def __init__(self, conn: Connection, author: str):
        self.conn = conn
        self.author = author
        self._next_doc: int | None = None
        #: sha256s whose attachment record this transaction erased: the store removes the bytes
        #: once it has committed, unless another attachment record still uses them
        self.released_blobs: set[str] = set()

    # -- reading inside the transaction ------------------------------------------------
    def get(self, record_id: str) -> Record:
        record = find_record(self.conn, record_id)
        if record is None:
            raise NotFound(f"no record with id {record_id}")
        return record

    # -- the journal -------------------------------------------------------------------
    def journal(self, record: Record, op: str, changes: dict[str, Any], previous: dict[str, Any],
                *, state: str = "pending", at: str | None = None, change_id: str | None = None) -> str:
        change_id = change_id or new_id()
        self.conn.execute(insert(Journal).values(
            change_id=change_id, record_id=record.id, collection=record.collection, op=op,
            changes=changes, previous=previous, at=at or record.updated_at,
            by=record.updated_by, base_seq=record.server_seq, state=state))
        return change_id

    # -- indexing ----------------------------------------------------------------------
    def next_doc_id(self) -> int:
        if self._next_doc is None:
            self._next_doc = (self.conn.execute(select(func.max(Doc.doc_id))).scalar() or 0) + 1
        value = self._next_doc
        self._next_doc += 1
        return value

    def _index(self, record: Record, existing: bool, old_text: tuple[str, str] | None = None) -> None:
        c = self.conn
        title, body = document(record.collection, record.fields)
        values = dict(collection=record.collection, kind=record.fields.get("kind"),
                      country=record.fields.get("country"), region=record.fields.get("region"),
                      language=record.fields.get("language"), status=record.fields.get("status"),
                      deleted=record.deleted)
        doc_id = c.execute(select(Doc.doc_id).where(Doc.record_id == record.id)).scalar() if existing else None
        if doc_id is None:
            doc_id = self.next_doc_id()
            c.execute(insert(Doc).values(doc_id=doc_id, record_id=record.id, **values))
            index_insert(c, [(doc_id, title, body)])
        else:
            c.execute(update(Doc).where(Doc.doc_id == doc_id).values(**values))
            if old_text != (title, body):
                index_replace(c, [(doc_id, old_text, (title, body))])
        c.execute(delete(Ref).where(Ref.record_id == record.id))
        refs = refs_of(record)
        if refs:
            c.execute(insert(Ref), refs)

    def _unindex(self, record_id: str, old_text: tuple[str, str] | None = None) -> None:
        c = self.conn
        doc_id = c.execute(select(Doc.doc_id).where(Doc.record_id == record_id)).scalar()
        if doc_id is not None:
            index_delete(c, [(doc_id, old_text)])
            c.execute(delete(Doc).where(Doc.doc_id == doc_id))
        c.execute(delete(Ref).where(Ref.record_id == record_id))

    # -- row writes --------------------------------------------------------------------
    def _insert(self, record: Record) -> None:
        table = MODELS[record.collection].__table__
        self.conn.execute(insert(table).values(
            id=record.id, fields=record.fields, sort_key=sort_key(record.title),
            created_at=record.created_at, created_by=record.created_by,
            updated_at=record.updated_at, updated_by=record.updated_by,
            deleted=record.deleted, server_seq=record.server_seq,
            **record_columns(record.collection, record.fields)))
        self._index(record, existing=False)

    def _save(self, record: Record) -> None:
        table = MODELS[record.collection].__table__
        # the index removes a row only given the text it indexed: read it before the write
        before = self.conn.execute(select(table.c.fields).where(table.c.id == record.id)).scalar()
        self.conn.execute(update(table).where(table.c.id == record.id).values(
            fields=record.fields, sort_key=sort_key(record.title),
            updated_at=record.updated_at, updated_by=record.updated_by,
            deleted=record.deleted, server_seq=record.server_seq,
            **record_columns(record.collection, record.fields)))
        self._index(record, existing=True, old_text=document(record.collection, before or {}))

    # -- the operations ----------------------------------------------------------------
    def create(self, collection: str, fields: dict[str, Any], *, record_id: str | None = None,
               validate: bool = True) -> Record:
        fields = validation.check(collection, fields) if validate else dict(fields)
        fields = {k: v for k, v in fields.items() if v not in (None, [])}
        discussions.guard(self, collection, "create", None, fields, fields)
        stamp = now()
        record = Record(id=record_id or new_id(), collection=collection, fields=fields,
                        created_at=stamp, created_by=self.author, updated_at=stamp,
                        updated_by=self.author)
        self._insert(record)
        # the row holds the created values: the entry keeps none (see remote.outbox, Store.history)
        self.journal(record, "create", {}, {})
        return record

    def update(self, record_id: str, changes: dict[str, Any], *, op: str = "update") -> Record:
        record = self.get(record_id)
        changes = validation.normalise(record.collection, changes)
        merged = {**record.fields, **changes}
        real = {k: v for k, v in changes.items() if record.fields.get(k) != v
                and not (v in (None, []) and record.fields.get(k) in (None, []))}
        if not real:
            return record
        errors = validation.check_change(record.collection, merged, real)
        if errors:
            raise validation.ValidationError(errors)
        discussions.guard(self, record.collection, op, record.fields, real, merged)
        previous = {k: record.fields.get(k) for k in real}
        record.fields = {k: v for k, v in merged.items() if v not in (None, [])}
        record.updated_at, record.updated_by = now(), self.author
        self._save(record)
        self.journal(record, op, real, previous)
        return record

    def _set_deleted(self, record_id: str, deleted: bool) -> Record:
        record = self.get(record_id)
        if record.deleted == deleted:
            return record
        discussions.guard(self, record.collection, "delete" if deleted else "restore", record.fields, (),
                          record.fields)
        record.deleted = deleted
        record.updated_at, record.updated_by = now(), self.author
        self._save(record)
        self.journal(record, "delete" if deleted else "restore", {"deleted": deleted},
                     {"deleted": not deleted})
        return record

    def delete(self, record_id: str) -> Record:
        """Move to the trash (restorable)."""
        return self._set_deleted(record_id, True)

    def restore(self, record_id: str) -> Record:
        return self._set_deleted(record_id, False)

    @staticmethod
    def link_owner(a: Record, b: Record) -> tuple[Record, str, Record]:
        """Which record holds the link between a and b, in which field."""
        if b.collection in a.spec.links:
            return a, a.spec.links[b.collection], b
        if a.collection in b.spec.links:
            return b, b.spec.links[a.collection], a
        raise ValueError(f"a {a.collection} cannot be linked to a {b.collection}")

    def link(self, a_id: str, b_id: str) -> Record:
        owner, field_name, other = self.link_owner(self.get(a_id), self.get(b_id))
        current = list(owner.fields.get(field_name) or [])
        if other.id in current:
            return owner
        return self.update(owner.id, {field_name: current + [other.id]}, op="link")

    def unlink(self, a_id: str, b_id: str) -> Record:
        owner, field_name, other = self.link_owner(self.get(a_id), self.get(b_id))
        current = list(owner.fields.get(field_name) or [])
        if other.id not in current:
            return owner
        return self.update(owner.id, {field_name: [x for x in current if x != other.id]}, op="unlink")

    def referencing(self, target_id: str, field: str | None = None) -> list[str]:
        """The records that link to `target_id` (through `field` only, if given), once each."""
        q = select(Ref.record_id).where(Ref.target_id == target_id)
        if field:
            q = q.where(Ref.field == field)
        return list(dict.fromkeys(self.conn.execute(q).scalars()))

    def last_change_id(self, record_id: str, op: str) -> str | None:
        return self.conn.execute(select(Journal.change_id).where(
            Journal.record_id == record_id, Journal.op == op).order_by(Journal.seq.desc())).scalar()

    def erase(self, record_id: str, *, state: str = "pending") -> list[str]:
        """Hard delete (GDPR erasure): the row, its index, its links, and every field value
        the journal held for it. Returns the ids of records that linked to it."""
        record = self.get(record_id)
        linking = [r for (r,) in self.conn.execute(
            select(Ref.record_id).where(Ref.target_id == record_id)).all()]
        for other_id in linking:
            other = self.get(other_id)
            for f in other.spec.fields:
                if f.kind is Kind.REFS and record_id in (other.fields.get(f.name) or []):
                    self.update(other_id, {f.name: [x for x in other.fields[f.name] if x != record_id]},
                                op="unlink")
        table = MODELS[record.collection].__table__
        self.conn.execute(delete(table).where(table.c.id == record_id))
        self._unindex(record_id, document(record.collection, record.fields))
        self.purge_traces(record_id)
        sha = record.fields.get("sha256") if record.collection == "attachment" else None
        if isinstance(sha, str):
            self.released_blobs.add(sha)
        stub = Record(id=record_id, collection=record.collection, fields={},
                      updated_at=now(), updated_by=self.author, server_seq=record.server_seq)
        self.journal(stub, "erase", {}, {}, state=state)
        return linking

    def purge_traces(self, record_id: str) -> None:
        """Every value of an erased record outside its row: its history keeps the fact of each
        change but no value, its conflicts and rejections go, and other records' history and
        conflicts keep no link to it."""
        self.conn.execute(update(Journal).where(Journal.record_id == record_id)
                          .values(changes={}, previous={}))
        self.conn.execute(Conflict.__table__.delete().where(Conflict.record_id == record_id))
        # its changes that came by hand-over: kept once per (author, change id), without values,
        # and never passed on (the server refuses them)
        self.conn.execute(update(Relayed).where(Relayed.record_id == record_id).values(
            envelope={}, state="refused", reason=ERASED))
        pattern = f"%{record_id}%"
        for entry in self.conn.execute(
                select(Journal.seq, Journal.changes, Journal.previous).where(
                    Journal.record_id != record_id,
                    text("(CAST(journal.changes AS TEXT) LIKE :p OR CAST(journal.previous AS TEXT) LIKE :p)")
                    .bindparams(p=pattern))).all():
            self.conn.execute(update(Journal).where(Journal.seq == entry.seq).values(
                changes=_scrub(entry.changes, record_id), previous=_scrub(entry.previous, record_id)))
        for cid, data in self.conn.execute(select(Conflict.id, Conflict.data).where(
                text("CAST(conflict.data AS TEXT) LIKE :p").bindparams(p=pattern))).all():
            self.conn.execute(update(Conflict).where(Conflict.id == cid).values(data=_scrub(data, record_id)))

    @paused_gc()
    def create_many(self, collection: str, items: Iterable[tuple[str | None, dict[str, Any]]],
                    *, validate: bool = True) -> list[str]:
        """Bulk create (import, demo data): the same rows and journal entries as create(),
        written with executemany."""
        s = spec(collection)
        table = MODELS[collection].__table__
        stamp = now()
        rows, docs, fts, refs, journal = [], [], [], [], []
        ids = []
        for record_id, fields in items:
            fields = validation.check(collection, fields) if validate else dict(fields)
            fields = {k: v for k, v in fields.items() if v not in (None, [])}
            record = Record(id=record_id or new_id(), collection=collection, fields=fields,
                            created_at=stamp, created_by=self.author, updated_at=stamp,
                            updated_by=self.author)
            ids.append(record.id)
            rows.append(dict(id=record.id, fields=fields, sort_key=sort_key(str(fields.get(s.title_field) or "")),
                             created_at=stamp, created_by=self.author, updated_at=stamp,
                             updated_by=self.author, deleted=False, server_seq=0,
                             **record_columns(collection, fields)))
            doc_id = self.next_doc_id()
            docs.append(dict(doc_id=doc_id, record_id=record.id, collection=collection,
                             kind=fields.get("kind"), country=fields.get("country"),
                             region=fields.get("region"), language=fields.get("language"),
                             status=fields.get("status"), deleted=False))
            title, body = document(collection, fields)
            fts.append({"r": doc_id, "t": title, "b": body})
            refs.extend(refs_of(record))
            journal.append(dict(change_id=new_id(), record_id=record.id, collection=collection,
                                op="create", changes={}, previous={}, at=stamp, by=self.author,
                                base_seq=0, state="pending"))
        if not rows:
            return ids
        insert_many(self.conn, table, rows)
        insert_many(self.conn, Doc.__table__, docs)
        index_insert(self.conn, [(f["r"], f["t"], f["b"]) for f in fts])
        insert_many(self.conn, Ref.__table__, refs, or_ignore=True)
        insert_many(self.conn, Journal.__table__, journal)
        return ids


def _scrub(value: Any, record_id: str) -> Any:
    if isinstance(value, dict):
        return {k: None if v == record_id else _scrub(v, record_id) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, record_id) for v in value if v != record_id]
    return value
