"""The local replica: the only way the rest of RuralDesk reads or writes records."""

from __future__ import annotations

import getpass
import mimetypes
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from ruraldesk.domain.ids import new_id
from ruraldesk.domain.records import COLLECTIONS, Record, spec
from ruraldesk.domain.themes import seed_theme_records

from ..wal import WalFolder
from . import backup, migrate
from .blobs import BlobStore
from .engine import describe, make_engine
from .errors import NotFound, StoreError, UndoRefused
from .models import MODELS, Conflict, Doc, Journal, Meta, Ref
from .search import (RANK, RANK_WINDOW, Filters, SearchHit, document, filter_sql, index_version, match_expression,
                     rebuild_index, snippet)
from .writer import Writer, find_record, put_back, row_to_record

#: list sort keys a caller may ask for; anything else is refused, never spliced into SQL
SORTABLE = {"title": "sort_key", "name": "sort_key", "file_name": "sort_key", "updated_at": "updated_at",
            "created_at": "created_at", "kind": "kind", "status": "status", "country": "country",
            "region": "region", "language": "language", "start_date": "start_date",
            "organisation": "organisation", "audience": "audience", "media_type": "media_type",
            "size": "size", "consent_basis": "consent_basis"}
DAILY = 24 * 3600
#: references that are not links a person made (vocabulary, a thread and its posts)
NOT_LINKS = ("themes", "parent", "about", "thread", "replies_to")


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    op: str
    at: str
    by: str
    changes: dict[str, Any]
    previous: dict[str, Any]
    state: str


class Store:
    """A replica file, opened and migrated. Thread-safe: each call uses its own connection."""

    def __init__(self, path: Path | str, *, author: str | None = None, seed: bool = True):
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self.wal = WalFolder(self.engine)
        try:
            self.migration_backup = migrate.upgrade(self.engine, self.path)
            self.author = author or self._meta_default("author", _default_author())
            self.device_id = self._meta_default("device_id", new_id())
            self._check_index()
            if seed and self._meta_get("seeded") is None:
                with self.write() as w:
                    w.create_many("theme", seed_theme_records())
                    w.conn.execute(Meta.__table__.insert().values(key="seeded", value="1"))
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(describe(exc, self.path)) from exc
        except sqlite3.Error as exc:
            self.engine.dispose()
            raise StoreError(describe(exc, self.path)) from exc
        self.blobs = BlobStore(self.path.parent / "attachments")

    def _check_index(self) -> None:
        """The search index holds no text (see search.py): built by another version of what
        a record's searchable text is, it is rebuilt before anything removes a row of it."""
        version = index_version()
        if self._meta_get("search.version") == version:
            return
        with self.write() as w:
            rebuild_index(w.conn)
            w.conn.execute(text("INSERT INTO meta(key, value) VALUES ('search.version', :v) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"v": version})

    @property
    def replication(self):
        """The one interface a sync client uses (see replication.py)."""
        from .replication import Replication

        if self.__dict__.get("_replication") is None:
            self._replication = Replication(self)
        return self._replication

    @property
    def relay(self):
        """Hand-overs without the server: device keys, relayed changes (see relay.py)."""
        from .relay import RelayPort

        if self.__dict__.get("_relay") is None:
            self._relay = RelayPort(self)
        return self._relay

    @property
    def news(self):
        """What arrived from others, the member directory, the review mark (see news.py)."""
        from .news import News

        if self.__dict__.get("_news") is None:
            self._news = News(self)
        return self._news

    def close(self) -> None:
        self.wal.wait()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction: everything done through the writer commits together, or nothing."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(immediate=True)
                with conn.begin():
                    w = Writer(conn, self.author)
                    yield w
                if w.released_blobs:
                    self._release_blobs(conn, w.released_blobs)
        except SQLAlchemyError as exc:
            raise StoreError(describe(exc, self.path)) from exc

    def _release_blobs(self, conn: Connection, shas: set[str]) -> None:
        """The bytes of erased attachments, once the erasure has committed (a rolled-back one
        keeps them). Checked and removed under the write lock, so an attachment being added
        with the same bytes either is seen here or finds them gone and stores them again."""
        table = MODELS["attachment"].__table__
        todo = sorted(shas)
        with conn.begin():                     # BEGIN IMMEDIATE: the write lock
            for i in range(0, len(todo), 500):
                chunk = todo[i:i + 500]
                used = set(conn.execute(select(table.c.sha256).where(table.c.sha256.in_(chunk))).scalars())
                for sha in chunk:
                    if sha not in used:
                        self.blobs.remove(sha)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(describe(exc, self.path)) from exc

    # -- meta --------------------------------------------------------------------------
    def _meta_get(self, key: str) -> str | None:
        with self.read() as conn:
            return conn.execute(select(Meta.value).where(Meta.key == key)).scalar()

    def _meta_default(self, key: str, default: str) -> str:
        value = self._meta_get(key)
        if value is None:
            self.set_meta(key, default)
            value = default
        return value

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        value = self._meta_get(key)
        return default if value is None else value

    def get_metas(self, keys: tuple[str, ...]) -> dict[str, str | None]:
        """Several meta values in one read (None for a key not set)."""
        with self.read() as conn:
            found = dict(conn.execute(select(Meta.key, Meta.value).where(Meta.key.in_(keys))).all())
        return {k: found.get(k) for k in keys}

    def set_meta(self, key: str, value: str) -> None:
        self.set_metas({key: value})

    def set_metas(self, values: dict[str, str]) -> None:
        """Several meta values in one transaction (one commit, not one each)."""
        if not values:
            return
        try:
            with self.engine.connect() as conn:
                conn.execution_options(immediate=True)
                with conn.begin():
                    conn.execute(text("INSERT INTO meta(key, value) VALUES (:k, :v) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                 [{"k": k, "v": v} for k, v in values.items()])
        except SQLAlchemyError as exc:    # a locked file is a StoreError, as for every other write
            raise StoreError(describe(exc, self.path)) from exc

    def backup_if_due(self) -> Path | None:
        """The rotating daily backup. Copying a large replica takes seconds, so callers run
        this off the UI thread after start-up rather than making opening wait for it."""
        age = backup.latest_backup_age(self.path)
        with self.read() as conn:
            has_records = conn.execute(select(Journal.seq).where(Journal.collection != "theme")
                                       .limit(1)).first() is not None
        if has_records and (age is None or age.total_seconds() > DAILY):
            return backup.take_backup(self.path, "daily")
        return None

    # -- single-change conveniences ----------------------------------------------------
    def create(self, collection: str, fields: dict[str, Any], *, record_id: str | None = None) -> Record:
        with self.write() as w:
            return w.create(collection, fields, record_id=record_id)

    def update(self, record_id: str, changes: dict[str, Any]) -> Record:
        with self.write() as w:
            return w.update(record_id, changes)

    def delete(self, record_id: str) -> Record:
        with self.write() as w:
            return w.delete(record_id)

    def restore(self, record_id: str) -> Record:
        with self.write() as w:
            return w.restore(record_id)

    def link(self, a_id: str, b_id: str) -> Record:
        with self.write() as w:
            return w.link(a_id, b_id)

    def undo_change(self, record_id: str, wrote: dict[str, Any], restore: dict[str, Any]) -> Record:
        """Undo (or redo) one change: write `restore` only while the record still holds what
        the change wrote (`wrote`, by field; "deleted" for the trash). A pull may have brought
        someone else's value since: then raise UndoRefused and write nothing."""
        return self.undo_changes([(record_id, wrote, restore)])[0]

    def undo_changes(self, items: list[tuple[str, dict[str, Any], dict[str, Any]]]) -> list[Record]:
        """undo_change for several records, all or nothing. Checked and written in one
        transaction, so a sync cannot slip in between the check and the write."""
        out = []
        with self.write() as w:
            for record_id, wrote, restore in items:
                record = w.get(record_id)
                moved = [k for k, v in wrote.items()
                         if (record.deleted != bool(v) if k == "deleted" else not _same(record.fields.get(k), v))]
                if moved:
                    raise UndoRefused(record_id, record.collection, record.title, moved)
                fields = {k: v for k, v in restore.items() if k != "deleted"}
                if fields:
                    record = w.update(record_id, fields)
                if "deleted" in restore:
                    record = w.delete(record_id) if restore["deleted"] else w.restore(record_id)
                out.append(record)
        return out

    def unlink(self, a_id: str, b_id: str) -> Record:
        with self.write() as w:
            return w.unlink(a_id, b_id)

    def erase(self, record_id: str) -> list[str]:
        with self.write() as w:
            return w.erase(record_id)

    def add_attachment(self, owner_id: str, source: Path, *, file_name: str | None = None) -> Record:
        """Copy a file into the replica's attachment store and attach it to a record."""
        source = Path(source)
        sha, size = self.blobs.put_file(source)
        name = file_name or source.name
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.write() as w:
            if not self.blobs.has(sha):     # an erasure of the same bytes removed them meanwhile
                self.blobs.put_file(source)
            attachment = w.create("attachment", {"file_name": name, "media_type": media_type,
                                                 "size": size, "sha256": sha})
            w.link(owner_id, attachment.id)
            return attachment

    def attachment_path(self, attachment: Record) -> Path:
        return self.blobs.path(attachment.fields["sha256"])

    # -- reading -----------------------------------------------------------------------
    def get(self, record_id: str) -> Record:
        with self.read() as conn:
            record = find_record(conn, record_id)
        if record is None:
            raise NotFound(f"no record with id {record_id}")
        return record

    def find(self, record_id: str) -> Record | None:
        with self.read() as conn:
            return find_record(conn, record_id)

    def get_many(self, collection: str, ids: list[str]) -> dict[str, Record]:
        """Records by id, in one query per 500 ids (a list view's visible window)."""
        table = MODELS[spec(collection).name].__table__
        out: dict[str, Record] = {}
        with self.read() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
                    out[row.id] = row_to_record(collection, row)
        return out

    def _order(self, sort: str, descending: bool) -> str:
        try:
            column = SORTABLE[sort]
        except KeyError:
            raise ValueError(f"cannot sort by {sort!r}") from None
        direction = "DESC" if descending else "ASC"
        return f"t.{column} {direction}, t.id {direction}"

    def _list_sql(self, collection: str, filters: Filters, params: dict[str, Any]) -> str:
        s = spec(collection)
        clauses = filter_sql(_for_table(filters, s.name), "t", params)
        return f"FROM {s.name} t WHERE {' AND '.join(clauses)}"

    def count(self, collection: str, filters: Filters = Filters()) -> int:
        params: dict[str, Any] = {}
        sql = "SELECT count(*) " + self._list_sql(collection, filters, params)
        with self.read() as conn:
            return conn.execute(text(sql), params).scalar() or 0

    def list_ids(self, collection: str, *, sort: str = "title", descending: bool = False,
                 filters: Filters = Filters()) -> list[str]:
        """Every matching id in order: what a list view holds (ids only, rows fetched when shown)."""
        params: dict[str, Any] = {}
        sql = (f"SELECT t.id {self._list_sql(collection, filters, params)} "
               f"ORDER BY {self._order(sort, descending)}")
        with self.read() as conn:
            return list(conn.execute(text(sql), params).scalars())

    def window(self, collection: str, offset: int, limit: int, *, sort: str = "title",
               descending: bool = False, filters: Filters = Filters()) -> list[Record]:
        s = spec(collection)
        params: dict[str, Any] = {}
        t = MODELS[s.name].__table__.alias("t")
        where = " AND ".join(filter_sql(_for_table(filters, s.name), "t", params))
        query = (select(t).where(text(where).bindparams(**params))
                 .order_by(text(self._order(sort, descending))).limit(limit).offset(offset))
        with self.read() as conn:
            return [row_to_record(collection, r) for r in conn.execute(query)]

    def search(self, query: str, *, filters: Filters = Filters(), limit: int = 50,
               offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search across collections (accents folded, prefix matching)."""
        match = match_expression(query)
        if match is None:
            return []
        params: dict[str, Any] = {"match": match, "limit": limit, "offset": offset}
        clauses = filter_sql(filters, "d", params)
        if filters.collections:
            names = [spec(c).name for c in filters.collections]
            clauses.append("d.collection IN (%s)" % ", ".join(f":c{i}" for i in range(len(names))))
            params.update({f"c{i}": n for i, n in enumerate(names)})
        params["window"] = RANK_WINDOW
        sql = (f"SELECT rid, record_id, collection, rank FROM ("
               f"SELECT search.rowid AS rid, d.record_id, d.collection, {RANK} AS rank "
               f"FROM search JOIN doc d ON d.doc_id = search.rowid "
               f"WHERE search MATCH :match AND {' AND '.join(clauses)} "
               f"ORDER BY search.rowid DESC LIMIT :window) "
               f"ORDER BY rank LIMIT :limit OFFSET :offset")
        with self.read() as conn:
            try:
                rows = conn.execute(text(sql), params).all()
            except SQLAlchemyError as exc:  # an FTS syntax problem is the user's text, not a crash
                raise ValueError(f"cannot search for {query!r}: {exc.orig}") from exc
            # the index keeps no text: the hits' title and body come from their records
            docs: dict[int, tuple[str, str]] = {}
            by_collection: dict[str, list[Any]] = {}
            for r in rows:
                by_collection.setdefault(r.collection, []).append(r)
            for collection, hits in by_collection.items():
                table = MODELS[collection].__table__
                fields = {row.id: row.fields or {} for row in conn.execute(
                    select(table.c.id, table.c.fields).where(table.c.id.in_([h.record_id for h in hits])))}
                for h in hits:
                    docs[h.rid] = document(collection, fields.get(h.record_id, {}))
        return [SearchHit(r.record_id, r.collection, docs[r.rid][0], snippet(docs[r.rid][1], query), r.rank)
                for r in rows]

    def search_count(self, query: str, *, filters: Filters = Filters()) -> int:
        match = match_expression(query)
        if match is None:
            return 0
        params: dict[str, Any] = {"match": match}
        clauses = filter_sql(filters, "d", params)
        if filters.collections:
            clauses.append("d.collection IN (%s)" % ", ".join(f"'{spec(c).name}'" for c in filters.collections))
        sql = (f"SELECT count(*) FROM search JOIN doc d ON d.doc_id = search.rowid "
               f"WHERE search MATCH :match AND {' AND '.join(clauses)}")
        with self.read() as conn:
            return conn.execute(text(sql), params).scalar() or 0

    def history(self, record_id: str) -> list[HistoryEntry]:
        """Every change to one record, oldest first, read from the journal.

        A creation that was sent (or pulled) keeps no copy of the values: they are the
        record's values now with every later change's `previous` values put back."""
        with self.read() as conn:
            rows = conn.execute(select(Journal.__table__).where(Journal.record_id == record_id)
                                .order_by(Journal.seq)).all()
            current = find_record(conn, record_id) if any(
                j.op == "create" and not j.changes for j in rows) else None
        entries = [HistoryEntry(j.seq, j.op, j.at, j.by, j.changes or {}, j.previous or {}, j.state)
                   for j in rows]
        if current is None:
            return entries
        values = dict(current.fields)
        for n in range(len(entries) - 1, -1, -1):
            e = entries[n]
            if e.op == "create":
                if not e.changes:
                    entries[n] = HistoryEntry(e.seq, e.op, e.at, e.by, dict(values), {}, e.state)
                values = {}        # nothing before a creation (a re-creation after an erasure)
                continue
            put_back(values, e.previous)
        return entries

    def linked(self, record_id: str) -> dict[str, list[Record]]:
        """Records linked to this one, both ways, by collection (attachments included)."""
        with self.read() as conn:
            outgoing = conn.execute(select(Ref.target_id).where(
                Ref.record_id == record_id, Ref.field.notin_(NOT_LINKS))).scalars().all()
            incoming = conn.execute(select(Ref.record_id).where(
                Ref.target_id == record_id, Ref.field.notin_(NOT_LINKS))).scalars().all()
            found: dict[str, list[Record]] = {}
            for other in dict.fromkeys([*outgoing, *incoming]):
                record = find_record(conn, other)
                if record is not None and not record.deleted:
                    found.setdefault(record.collection, []).append(record)
        for records in found.values():
            records.sort(key=lambda r: r.title.casefold())
        return found

    def referencing(self, target_id: str, field: str | None = None) -> list[str]:
        with self.read() as conn:
            q = select(Ref.record_id).where(Ref.target_id == target_id)
            if field:
                q = q.where(Ref.field == field)
            return list(conn.execute(q).scalars())

    def links_into(self, target_id: str) -> list[tuple[str, str]]:
        """(record id, field) of every link to `target_id`, attachments and threads included."""
        with self.read() as conn:
            return [tuple(r) for r in conn.execute(
                select(Ref.record_id, Ref.field).where(Ref.target_id == target_id)).all()]

    def record_conflicts(self, record_id: str) -> list[dict[str, Any]]:
        """Every conflict row of one record, open or settled, as stored."""
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(Conflict.__table__).where(Conflict.record_id == record_id))]

    def pending_count(self) -> int:
        with self.read() as conn:
            return conn.execute(select(func.count()).select_from(Journal)
                                .where(Journal.state == "pending")).scalar() or 0

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": str(self.path), "collections": {}}
        with self.read() as conn:
            for name, model in MODELS.items():
                t = model.__table__
                live = conn.execute(select(func.count()).select_from(t).where(t.c.deleted.is_(False))).scalar()
                trash = conn.execute(select(func.count()).select_from(t).where(t.c.deleted.is_(True))).scalar()
                out["collections"][name] = {"records": live, "trash": trash}
            out["journal_entries"] = conn.execute(select(func.count()).select_from(Journal)).scalar()
            out["pending_changes"] = conn.execute(select(func.count()).select_from(Journal)
                                                  .where(Journal.state == "pending")).scalar()
            out["search_documents"] = conn.execute(select(func.count()).select_from(Doc)).scalar()
        out["file_bytes"] = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*")
                                if p.is_file())
        out["attachment_bytes"] = self.blobs.total_size()
        out["schema"] = migrate.current_revision(self.engine)
        return out

    def empty_trash(self) -> int:
        """Hard-delete everything in the trash here. Journaled as local-only erasures:
        the records stay in the other replicas' trash (group-wide erasure is a coordinator's)."""
        count = 0
        for collection in COLLECTIONS:
            ids = self.list_ids(collection, filters=Filters(deleted=True))
            with self.write() as w:
                for record_id in ids:
                    w.erase(record_id, state="local")
                    count += 1
        return count

    def compact(self) -> None:
        """After an erasure: merge the full-text index (its old segments still hold the erased
        words) and fold the WAL back into the file (its frames hold old page images). Deleted
        pages are already zeroed by secure_delete. Run off the UI thread: seconds at 100k."""
        with self.write() as w:
            w.conn.execute(text("INSERT INTO search(search) VALUES ('optimize')"))
            w.released_blobs.update(self.blobs.shas())   # bytes left by an erasure cut short
        self.wal.now()

    def backup_to(self, dest: Path) -> Path:
        return backup.copy_database(self.path, Path(dest))

    def check_integrity(self) -> list[str]:
        with self.read() as conn:
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check") if r[0] != "ok"]
            conn.exec_driver_sql("INSERT INTO search(search, rank) VALUES ('integrity-check', 0)")
        return problems


def _same(a: Any, b: Any) -> bool:
    """Field values equal as the store keeps them (an empty list is no value)."""
    return (None if a in (None, []) else a) == (None if b in (None, []) else b)


def _for_table(filters: Filters, collection: str) -> Filters:
    """Drop filters a collection's table has no column for (e.g. status on contacts)."""
    model = MODELS[collection].__table__.c
    kept = {k: v for k, v in filters.__dict__.items()
            if k in ("deleted", "theme", "collections") or v is None or k in model}
    return Filters(**kept)


def _default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers, some services)
        return "local"


__all__ = ["Filters", "HistoryEntry", "NotFound", "SearchHit", "Store", "StoreError"]
