"""What the server does, without HTTP: groups, members, tokens, push, pull, erasure.

The HTTP API (app.py), the admin command line (admin.py) and the tests' helpers
(testing.py) all call this one module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import secrets
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, TextIO

from sqlalchemy import Connection, Text, and_, bindparam, cast, delete, func, insert, select, update

from ruraldesk.domain import roles, validation
from ruraldesk.domain.discussions import refusal as discussion_refusal
from ruraldesk.domain.fields import Kind
from ruraldesk.domain.records import spec
from sync.protocol import MISSING, ROLES, Change, PullPage, PushResult, merge_field
from sync.protocol.merge import MergeBudget
from sync.protocol.wire import GROUP_RE, MEMBER_RE, ConflictEntry, RecordState

from .db import Database
from .models import Change as ChangeRow
from .models import Conflict, Erasure, Group, Member, Record, Token

if TYPE_CHECKING:
    from .blobs import BlobStore


log = logging.getLogger("ruraldesk.server")


class ServiceError(Exception):
    """A refusal with an HTTP status and a plain message."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotFound(ServiceError):
    status, code = 404, "not_found"


class Unauthorized(ServiceError):
    status, code = 401, "unauthorized"


class Forbidden(ServiceError):
    status, code = 403, "forbidden"


class Invalid(ServiceError):
    status, code = 422, "invalid"


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Caller:
    group_id: str
    member_id: str
    role: str
    token_id: str

    @property
    def can_write(self) -> bool:
        return self.role in ("coordinator", "member")

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


def _conflict_id(group_id: str, member_id: str, change_id: str, field: str | None) -> str:
    """Change ids are unique per member, so the member is part of the conflict's id."""
    from sync.protocol.conflict_id import conflict_id  # one formula with relayed changes (issue 19)

    return conflict_id(group_id, member_id, change_id, field)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v not in (None, [], "")}


def _scrub(value: Any, record_id: str) -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, record_id) for k, v in value.items() if v != record_id}
    if isinstance(value, list):
        return [_scrub(v, record_id) for v in value if v != record_id]
    return value


def _mentions(value: Any, record_id: str) -> bool:
    if value == record_id:
        return True
    if isinstance(value, dict):
        return any(_mentions(v, record_id) for v in value.values())
    if isinstance(value, list):
        return any(_mentions(v, record_id) for v in value)
    return False


class Service:
    def __init__(self, db: Database, blobs: "BlobStore | None" = None):
        self.db = db
        #: where attachment bytes live: erasing an attachment record deletes its bytes there
        self.blobs = blobs

    # == groups, members, tokens ==========================================================
    def create_group(self, group_id: str, name: str = "", by: str = "admin") -> None:
        if not isinstance(group_id, str) or not GROUP_RE.fullmatch(group_id):
            raise Invalid("a group id is 1-40 lower-case letters, digits, - or _, starting with a "
                          "letter or digit")
        with self.db.write() as c:
            if c.execute(select(Group.group_id).where(Group.group_id == group_id)).first():
                raise ServiceError(f"group {group_id!r} already exists")
            c.execute(insert(Group).values(group_id=group_id, name=name or group_id,
                                           created_at=now(), last_seq=0))
            from .group_admin import write_audit

            write_audit(c, group_id, by, "group.create", group_id, {"name": name or group_id})

    def groups(self) -> list[dict[str, Any]]:
        with self.db.read() as c:
            members = dict(c.execute(select(Member.group_id, func.count()).where(
                Member.removed_at.is_(None)).group_by(Member.group_id)).all())
            return [{"group": g.group_id, "name": g.name, "created_at": g.created_at,
                     "seq": g.last_seq, "members": members.get(g.group_id, 0)}
                    for g in c.execute(select(Group.__table__).order_by(Group.group_id))]

    def _group(self, c: Connection, group_id: str) -> Group:
        g = c.execute(select(Group.__table__).where(Group.group_id == group_id)).first()
        if g is None:
            raise NotFound(f"there is no group {group_id!r}")
        return g

    def add_member(self, group_id: str, member_id: str, role: str = "member", name: str = "",
                   by: str = "admin") -> None:
        self.admin.add_member(group_id, member_id, role, name, by=by)

    @property
    def admin(self):
        """Member and token changes live in group_admin (checked and audited in one place)."""
        if getattr(self, "_admin", None) is None:
            from .group_admin import GroupAdmin

            self._admin = GroupAdmin(self.db)
        return self._admin

    @staticmethod
    def _check_role(role: str) -> None:
        if role not in ROLES:
            raise Invalid(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")

    def _member(self, c: Connection, group_id: str, member_id: str) -> Member:
        self._group(c, group_id)
        row = c.execute(select(Member.__table__).where(Member.group_id == group_id, Member.member_id == member_id,
                                             Member.removed_at.is_(None))).first()
        if row is None:
            raise NotFound(f"{member_id!r} is not a member of {group_id!r}")
        return row

    def remove_member(self, group_id: str, member_id: str, by: str = "admin") -> None:
        """The member's tokens stop working; what they wrote stays."""
        self.admin.remove_member(group_id, member_id, by=by)

    def set_role(self, group_id: str, member_id: str, role: str, by: str = "admin") -> None:
        self.admin.update_member(group_id, member_id, role=role, by=by)

    def members(self, group_id: str) -> list[dict[str, Any]]:
        with self.db.read() as c:
            self._group(c, group_id)
            return [{"member": m.member_id, "name": m.name, "role": m.role, "created_at": m.created_at}
                    for m in c.execute(select(Member.__table__).where(Member.group_id == group_id,
                                                            Member.removed_at.is_(None))
                                       .order_by(Member.member_id))]

    def issue_token(self, group_id: str, member_id: str, label: str = "", by: str = "admin") -> tuple[str, str]:
        """A new bearer token for a member: (token id, the token). The token itself is
        shown this once; only its sha256 is stored."""
        return self.admin.issue_token(group_id, member_id, label, by=by)

    def revoke_token(self, group_id: str, token: str, by: str = "admin") -> int:
        """Revoke by token id or by the token itself. Returns how many were revoked."""
        self.admin.revoke_token(group_id, token, by=by)
        return 1

    def tokens(self, group_id: str) -> list[dict[str, Any]]:
        with self.db.read() as c:
            self._group(c, group_id)
            return [{"token_id": t.token_id, "member": t.member_id, "label": t.label,
                     "created_at": t.created_at, "revoked_at": t.revoked_at}
                    for t in c.execute(select(Token.__table__).where(Token.group_id == group_id)
                                       .order_by(Token.created_at))]

    def authenticate(self, group_id: str, token: str | None) -> Caller:
        """The token of a live member of this group, or 401 -- the same 401 whether the group
        exists or not, so group names cannot be probed for."""
        if not token:
            raise Unauthorized("this request needs a bearer token (Authorization: Bearer …)")
        with self.db.read() as c:
            row = c.execute(select(Token.token_id, Token.member_id, Token.revoked_at, Member.role,
                                   Member.removed_at)
                            .join(Member, and_(Member.group_id == Token.group_id,
                                               Member.member_id == Token.member_id))
                            .where(Token.group_id == group_id,
                                   Token.token_hash == hash_token(token))).first()
        if row is None:
            raise Unauthorized("this token is not valid for this group")
        if row.revoked_at is not None or row.removed_at is not None:
            raise Unauthorized("this token has been revoked")
        return Caller(group_id, row.member_id, row.role, row.token_id)

    def has_groups(self) -> bool:
        with self.db.read() as c:
            return c.execute(select(Group.group_id).limit(1)).first() is not None

    def group_seq(self, group_id: str) -> int:
        with self.db.read() as c:
            return self._group(c, group_id).last_seq

    # == pull ===========================================================================
    def pull(self, group_id: str, since: int, limit: int, replica: str | None = None) -> PullPage:
        """With a replica: the records whose state that replica pushed as it is (echo) are
        left out; the cursor moves past them all the same. Conflicts and erasures never are."""
        return self._pull(group_id, since, limit, replica)[0]

    def pull_body(self, group_id: str, since: int, limit: int, replica: str | None = None) -> bytes:
        """The pull page as the JSON the HTTP answer sends, encoded once."""
        return self._pull(group_id, since, limit, replica)[1]

    def _pull(self, group_id: str, since: int, limit: int, replica: str | None) -> tuple[PullPage, bytes]:
        with self.db.read() as c:
            last = c.execute(select(Group.last_seq).where(Group.group_id == group_id)).scalar() or 0
            if since >= last:
                out = PullPage(cursor=str(since))
                return out, _encoded(out.to_json())
            wanted = _not_echo(replica)
            recs = c.execute(select(Record.__table__).where(Record.group_id == group_id, Record.seq > since,
                                                            *wanted)
                             .order_by(Record.seq).limit(limit + 1)).all()
            cons = c.execute(select(Conflict.__table__).where(Conflict.group_id == group_id, Conflict.seq > since)
                             .order_by(Conflict.seq).limit(limit + 1)).all()
            ers = c.execute(select(Erasure.record_id, Erasure.seq).where(
                Erasure.group_id == group_id, Erasure.seq > since)
                .order_by(Erasure.seq).limit(limit + 1)).all()
            items: list[tuple[int, str, Any]] = (
                [(r.seq, "r", r) for r in recs] + [(x.seq, "c", x) for x in cons] + [(e.seq, "e", e) for e in ers])
            items.sort(key=lambda t: t[0])
            page = items[:limit]
            more = len(items) > limit
            cursor = page[-1][0] if more else max([last] + [t[0] for t in page])
            remaining = self._count_since(c, group_id, cursor, replica) if more else None
        out = PullPage(
            records=[self._state(r) for s, k, r in page if k == "r"],
            conflicts=[self._conflict(x) for s, k, x in page if k == "c"],
            erasures=[e.record_id for s, k, e in page if k == "e"],
            cursor=str(cursor), more=more, remaining=remaining)
        body = _encoded(out.to_json())
        if body is None:
            out = self._without_unencodable(group_id, out)
            body = _encoded(out.to_json())
        return out, body

    @staticmethod
    def _without_unencodable(group_id: str, page: PullPage) -> PullPage:
        """One stored value JSON cannot carry (a lone surrogate, NaN, too deep) must not
        fail the page for the whole group: that item is left out, named in `skipped` and
        logged; the cursor still moves past it."""
        skipped: list[str] = []

        def keep(item: Any, what: str) -> bool:
            if _encodable(item.to_json()):
                return True
            log.error("pull of group %s: %s %s (seq %s) cannot be encoded as JSON; left out",
                      group_id, what, item.id, item.seq)
            skipped.append(item.id)
            return False

        records = [r for r in page.records if keep(r, "record")]
        conflicts = [x for x in page.conflicts if keep(x, "conflict")]
        return dataclasses.replace(page, records=records, conflicts=conflicts, skipped=skipped)

    @staticmethod
    def _count_since(c: Connection, group_id: str, since: int, replica: str | None = None) -> int:
        """Items after a cursor: counted on the (group, seq) indexes, a few ms at 100k."""
        return sum(c.execute(select(func.count()).select_from(table).where(
            table.group_id == group_id, table.seq > since, *(_not_echo(replica) if table is Record else ())))
            .scalar() or 0 for table in (Record, Conflict, Erasure))

    @staticmethod
    def _state(r: Record) -> RecordState:
        return RecordState(id=r.record_id, collection=r.collection, fields=dict(r.fields or {}),
                           deleted=bool(r.deleted), seq=r.seq, created_at=r.created_at,
                           created_by=r.created_by, updated_at=r.updated_at, updated_by=r.updated_by)

    @staticmethod
    def _conflict(x: Conflict) -> ConflictEntry:
        return ConflictEntry(id=x.conflict_id, record_id=x.record_id, collection=x.collection,
                             field=x.field, status=x.status, seq=x.seq, created_at=x.created_at,
                             data=dict(x.data or {}))

    def export_group(self, group_id: str, out: TextIO) -> dict[str, int]:
        """One group's shared knowledge as one JSON document: its members (no tokens), every
        record in its latest state (trash included, flagged) and its open conflicts — what a
        coordinator reviews, or takes elsewhere. Written as it is read: flat memory at 100k."""
        with self.db.read() as c:
            g = self._group(c, group_id)
            members = [{"member": m.member_id, "name": m.name, "role": m.role}
                       for m in c.execute(select(Member.__table__).where(
                           Member.group_id == group_id, Member.removed_at.is_(None)).order_by(Member.member_id))]
            head = {"format": "ruraldesk-group-export", "version": 1, "group": group_id, "name": g.name,
                    "seq": g.last_seq, "exported_at": now(), "members": members}
            out.write(json.dumps(head, ensure_ascii=False)[:-1])     # left open: the lists follow
            counts = {"records": 0, "conflicts": 0}
            for key, query, encode in (
                    ("records", select(Record.__table__).where(Record.group_id == group_id).order_by(Record.seq),
                     lambda row: self._state(row).to_json()),
                    ("conflicts", select(Conflict.__table__).where(Conflict.group_id == group_id,
                                                                   Conflict.status == "open")
                     .order_by(Conflict.seq), lambda row: self._conflict(row).to_json())):
                out.write(f', "{key}": [')
                for row in c.execute(query.execution_options(stream_results=True, max_row_buffer=1000)):
                    out.write(("," if counts[key] else "") + "\n" + json.dumps(encode(row), ensure_ascii=False))
                    counts[key] += 1
                out.write("]")
            out.write("}\n")
        return counts

    def record(self, group_id: str, record_id: str) -> RecordState:
        with self.db.read() as c:
            r = c.execute(select(Record.__table__).where(Record.group_id == group_id,
                                               Record.record_id == record_id)).first()
        if r is None:
            raise NotFound(f"there is no record {record_id} in this group")
        return self._state(r)

    def history(self, group_id: str, record_id: str) -> list[dict[str, Any]]:
        with self.db.read() as c:
            return [dict(row._mapping) for row in c.execute(
                select(ChangeRow.__table__).where(ChangeRow.group_id == group_id,
                                                  ChangeRow.record_id == record_id)
                .order_by(ChangeRow.received_at))]

    # == push ===========================================================================
    def push(self, caller: Caller, changes: list[Change],
             replica: str | None = None) -> tuple[list[PushResult], int]:
        """With a replica: records it pushed as they now are (echo) are marked for it, and
        its pulls leave them out."""
        if not caller.can_write:
            raise Forbidden("readers cannot push changes")
        # the work that depends on the change alone is done before the group's write lock
        read = {ch.change_id: _read_values(ch) for ch in changes if ch.op != "erase"}
        with self.db.write(caller.group_id) as c:
            p = _Push(c, caller, replica)
            results = p.run(changes, read)
        self._drop_blobs(caller.group_id, p.unreferenced_blobs)
        return results, p.last_seq

    # == erasure ========================================================================
    def erase(self, group_id: str, record_id: str, by: str) -> int:
        with self.db.write(group_id) as c:
            p = _Push(c, Caller(group_id, by, "coordinator", ""))
            seq = p.erase(record_id)
            p.finish()
        self._drop_blobs(group_id, p.unreferenced_blobs)
        return seq

    def _drop_blobs(self, group_id: str, shas: list[str]) -> None:
        """After the erasure committed: bytes deleted while it could still roll back would
        leave a record without its attachment."""
        if self.blobs is not None:
            for sha in shas:
                self.blobs.delete(group_id, sha)


#: what a push result tells of the record's server-side state besides its seq
_STAMPS = ("created_at", "created_by", "updated_at", "updated_by")


class _Push:
    """One write transaction on one group: seqs are handed out here."""

    def __init__(self, c: Connection, caller: Caller, replica: str | None = None):
        self.c = c
        self.caller = caller
        self.replica = replica
        #: record id -> its seq after an echo change of this batch: the next change of the
        #: same record in the batch is based on that result
        self.chain: dict[str, int] = {}
        self.g = caller.group_id
        # seqs are handed out under the group's row lock, whoever opened the transaction:
        # so within a group they commit in the order they were handed out
        row = c.execute(select(Group.last_seq).where(Group.group_id == self.g).with_for_update()).first()
        if row is None:
            raise NotFound(f"there is no group {self.g!r}")
        self.last_seq = row.last_seq
        self.start_seq = row.last_seq
        self.stamp = now()
        self.budget = MergeBudget()  # bounds how long this push holds the group's write lock
        #: attachment bytes no record of the group refers to any more (deleted after commit)
        self.unreferenced_blobs: list[str] = []

    def next_seq(self) -> int:
        self.last_seq += 1
        return self.last_seq

    def finish(self) -> None:
        if self.last_seq != self.start_seq:
            self.c.execute(update(Group).where(Group.group_id == self.g).values(last_seq=self.last_seq))

    # -----------------------------------------------------------------------------------
    def run(self, changes: list[Change], read: dict[str, Any] | None = None) -> list[PushResult]:
        c, g = self.c, self.g
        self.read_values = read if read is not None else {
            ch.change_id: _read_values(ch) for ch in changes if ch.op != "erase"}
        ids = [ch.change_id for ch in changes]
        seen: dict[str, PushResult] = {}
        for chunk in _chunks(ids, 500):
            for row in c.execute(select(ChangeRow.change_id, ChangeRow.status, ChangeRow.seq,
                                        ChangeRow.reason, ChangeRow.conflicts, ChangeRow.echo)
                                 .where(ChangeRow.group_id == g, ChangeRow.member_id == self.caller.member_id,
                                        ChangeRow.change_id.in_(chunk))):
                seen[row.change_id] = PushResult(row.change_id, row.status, row.seq, row.reason,
                                                 tuple(row.conflicts or ()), bool(row.echo))
        rids = list({ch.record_id for ch in changes})
        self.records: dict[str, Record | None] = {}
        self.erased: set[str] = set()
        for chunk in _chunks(rids, 500):
            for r in c.execute(select(Record.__table__).where(Record.group_id == g, Record.record_id.in_(chunk))):
                self.records[r.record_id] = r
            self.erased.update(x for (x,) in c.execute(select(Erasure.record_id).where(
                Erasure.group_id == g, Erasure.record_id.in_(chunk))))
        self.dirty: dict[str, dict[str, Any]] = {}      # record_id -> values to update
        self.new: dict[str, dict[str, Any]] = {}        # record_id -> row to insert
        self.change_rows: list[dict[str, Any]] = []
        results = []
        replayed = set(seen)
        for ch in changes:
            if ch.change_id in replayed:
                results.append(self._replayed(ch, seen[ch.change_id]))
                continue
            result = self.apply(ch)
            seen[ch.change_id] = result
            results.append(result)
            kept = result.status != "rejected"  # a refused change's values are junk, or someone's data
            self.change_rows.append(dict(
                group_id=g, change_id=ch.change_id, record_id=ch.record_id, collection=ch.collection,
                op=ch.op, fields=ch.fields if kept else {}, previous=ch.previous if kept else {},
                field_names=None if kept else sorted(ch.fields)[:200], base_seq=ch.base_seq,
                at=ch.at, by=ch.by, member_id=self.caller.member_id, status=result.status,
                seq=result.seq, reason=result.reason, conflicts=list(result.conflicts),
                received_at=self.stamp, echo=result.echo))
        self.flush()
        self._orphaned_uploads(changes)
        return results

    def _orphaned_uploads(self, changes: list[Change]) -> None:
        """A replica that has not pulled an erasure yet uploads the attachment's bytes again
        before it pushes (or retries) its change of that record, which is then refused or
        replayed: nothing refers to those bytes, so they go too."""
        for ch in changes:
            sha = ch.fields.get("sha256")
            if (ch.collection == "attachment" and ch.record_id in self.erased and isinstance(sha, str)
                    and sha and sha not in self.unreferenced_blobs
                    and not self._attachments_with(sha, besides=ch.record_id)):
                self.unreferenced_blobs.append(sha)

    def flush(self) -> None:
        c = self.c
        if self.new:
            c.execute(insert(Record), list(self.new.values()))
        # one executemany per set of columns (every update of a push sets the same ones):
        # a statement built per record cost more than the writes themselves
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for rid, values in self.dirty.items():
            if rid not in self.new:
                by_columns.setdefault(tuple(sorted(values)), []).append(
                    {"b_rid": rid, **{f"b_{k}": v for k, v in values.items()}})
        t = Record.__table__
        for columns, rows in by_columns.items():
            c.execute(update(t).where(t.c.group_id == self.g, t.c.record_id == bindparam("b_rid"))
                      .values({name: bindparam(f"b_{name}") for name in columns}), rows)
        if self.change_rows:
            c.execute(insert(ChangeRow), self.change_rows)
        self.new, self.dirty, self.change_rows = {}, {}, []
        self.finish()

    def _reject(self, ch: Change, reason: str) -> PushResult:
        return PushResult(ch.change_id, "rejected", None, reason)

    def _replayed(self, ch: Change, first: PushResult) -> PushResult:
        """A retry answers as the first time; echo only while the record is still in the
        state that change made (a record changed since must come back to the replica)."""
        cur = self._current(ch.record_id)
        if first.seq is None or cur is None or ch.op == "erase":
            return dataclasses.replace(first, echo=False)
        echo = first.echo and cur["seq"] == first.seq
        if echo:
            self.chain[ch.record_id] = cur["seq"]
        return dataclasses.replace(first, echo=echo, stamps=self._stamps(ch.record_id))

    def _result(self, ch: Change, status: str, seq: int, conflicts: tuple[str, ...], echo: bool) -> PushResult:
        if echo:
            self.chain[ch.record_id] = seq
        else:
            self.chain.pop(ch.record_id, None)
        return PushResult(ch.change_id, status, seq, None, conflicts, echo, self._stamps(ch.record_id))

    def _stamps(self, record_id: str) -> dict[str, str] | None:
        """The record's latest stamps in this transaction (without _current's copy of its fields)."""
        if record_id in self.new:
            return {k: self.new[record_id][k] for k in _STAMPS}
        r = self.records.get(record_id)
        if r is None:
            return None
        dirty = self.dirty.get(record_id, {})
        return {k: dirty[k] if k in dirty else getattr(r, k) for k in _STAMPS}

    def _current(self, record_id: str) -> dict[str, Any] | None:
        """The record's latest state in this transaction, as a dict of columns."""
        if record_id in self.new:
            return self.new[record_id]
        r = self.records.get(record_id)
        if r is None:
            return None
        state = {"group_id": r.group_id, "record_id": r.record_id, "collection": r.collection,
                 "fields": dict(r.fields or {}), "deleted": bool(r.deleted), "seq": r.seq,
                 "created_at": r.created_at, "created_by": r.created_by,
                 "updated_at": r.updated_at, "updated_by": r.updated_by, "echo_replica": r.echo_replica}
        state.update(self.dirty.get(record_id, {}))
        return state

    def _others_since(self, record_id: str, base_seq: int, ops: Iterable[str] | None = None) -> bool:
        """Did another member change this record after base_seq?"""
        q = select(ChangeRow.change_id).where(
            ChangeRow.group_id == self.g, ChangeRow.record_id == record_id, ChangeRow.seq > base_seq,
            ChangeRow.member_id != self.caller.member_id,
            ChangeRow.status.in_(("applied", "merged", "conflict"))).limit(1)
        if ops is not None:
            q = q.where(ChangeRow.op.in_(tuple(ops)))
        if self.c.execute(q).first() is not None:
            return True
        # pending rows of this same batch by another member cannot exist (one caller per push)
        return False

    def apply(self, ch: Change) -> PushResult:
        if ch.record_id in self.erased:
            return self._reject(ch, "a coordinator erased this record; the change cannot be kept")
        cur = self._current(ch.record_id)
        if cur is not None and cur["collection"] != ch.collection:
            return self._reject(ch, f"record {ch.record_id} is a {cur['collection']}, not a {ch.collection}")
        if ch.op == "erase":
            if not self.caller.is_coordinator:
                return self._reject(ch, "only a coordinator can erase a record")
            if cur is None:
                return self._reject(ch, "unknown record: the server has no record with this id")
            self.flush()
            seq = self.erase(ch.record_id)
            self.chain.pop(ch.record_id, None)
            return PushResult(ch.change_id, "applied", seq)
        s = spec(ch.collection)
        read = self.read_values[ch.change_id]
        if isinstance(read, str):
            return self._reject(ch, read)
        fields, previous, create_problem = read
        refused = roles.refusal(self.caller.role, fields, cur["fields"] if cur else None)
        if refused:          # fields only a coordinator writes (ruraldesk.domain.roles)
            return self._reject(ch, refused)
        who, when = self.caller.member_id, ch.at or self.stamp
        if cur is None:
            if ch.op != "create":
                return self._reject(ch, "unknown record: the server has no record with this id "
                                        "(its creation was not pushed or was rejected)")
            values = _clean(fields)
            problem = create_problem if create_problem is not _UNCHECKED else \
                self._invalid(ch.collection, values, None)
            problem = problem or discussion_refusal(ch.collection, ch.op, None, values, values,
                                                    actor=who, role=self.caller.role)
            if problem:
                return self._reject(ch, problem)
            seq = self.next_seq()
            echo = _as_sent(ch.fields, values)
            self.new[ch.record_id] = dict(
                group_id=self.g, record_id=ch.record_id, collection=ch.collection, fields=values,
                deleted=False, seq=seq, created_at=when[:32], created_by=who, updated_at=when[:32],
                updated_by=who, echo_replica=self.replica if echo else None)
            self._resolve(ch)
            return self._result(ch, "applied", seq, (), echo)

        server_fields = cur["fields"]
        problem = discussion_refusal(  # one rule with the replica's (domain/discussions.py)
            ch.collection, ch.op, server_fields,
            [k for k in fields if not _same_value(fields[k], server_fields.get(k))],
            {**server_fields, **fields}, actor=who, role=self.caller.role)
        if problem:
            return self._reject(ch, problem)
        fast = cur["seq"] <= ch.base_seq
        new_fields = dict(server_fields)
        statuses: list[str] = []
        conflict_values: list[tuple[str, Any, Any, Any]] = []
        for name, value in fields.items():
            f = s.field(name)
            server_v = server_fields.get(name)
            if fast:
                base = server_v
            elif ch.op == "create":
                base = [] if f.merge == "set" else None
            else:
                base = previous.get(name, MISSING)
            out = merge_field(f.merge, base, server_v, value, self.budget)
            statuses.append(out.status)
            if out.status == "conflict":
                conflict_values.append((name, server_v, value, None if base is MISSING else base))
            new_fields[name] = out.value
        new_fields = _clean(new_fields)
        deleted = cur["deleted"]
        if ch.op == "delete" and not deleted:
            if fast or not self._others_since(ch.record_id, ch.base_seq):
                deleted = True
            else:
                conflict_values.append(("deleted", False, True, False))
        elif ch.op == "restore":
            deleted = False
        elif ch.op in ("create", "update", "link", "unlink") and deleted and fields and not fast \
                and self._others_since(ch.record_id, ch.base_seq, ops=("delete",)):
            conflict_values.append(("deleted", True, False, False))
        changed_names = [k for k in fields if not _same_value(new_fields.get(k), server_fields.get(k))]
        if changed_names:
            problem = self._invalid(ch.collection, new_fields, set(changed_names))
            if problem:
                return self._reject(ch, problem)
        changed = bool(changed_names) or deleted != cur["deleted"]
        # echo: the client's base was the server's state (or this batch's result before it)
        # and everything it sent is stored as sent: its record is now the server's
        echo = (not conflict_values and "merged" not in statuses
                and (cur["seq"] == ch.base_seq or self.chain.get(ch.record_id) == cur["seq"])
                and _as_sent(ch.fields, new_fields))
        seq = cur["seq"]
        if changed:
            seq = self.next_seq()
            values = dict(fields=new_fields, deleted=deleted, seq=seq, updated_at=when[:32], updated_by=who,
                          echo_replica=self.replica if echo else None)
            if ch.record_id in self.new:
                self.new[ch.record_id].update(values)
            else:
                self.dirty.setdefault(ch.record_id, {}).update(values)
        conflict_ids = []
        for name, server_v, other_v, base_v in conflict_values:
            cid = _conflict_id(self.g, self.caller.member_id, ch.change_id, name)
            conflict_ids.append(cid)
            self.c.execute(insert(Conflict).values(
                group_id=self.g, conflict_id=cid, record_id=ch.record_id, collection=ch.collection,
                field=name, status="open", seq=self.next_seq(), created_at=self.stamp,
                data={"server": server_v, "other": other_v, "base": base_v, "who": ch.by or who,
                      "member": who, "when": ch.at, "change_id": ch.change_id, "op": ch.op,
                      "server_by": cur["updated_by"], "server_at": cur["updated_at"]}))
        self._resolve(ch)
        if conflict_ids:
            status = "conflict"
        elif "merged" in statuses:
            status = "merged"
        else:
            status = "applied"
        return self._result(ch, status, seq, tuple(conflict_ids), echo and status == "applied")

    def _resolve(self, ch: Change) -> None:
        if not ch.resolves:
            return
        rows = self.c.execute(select(Conflict.conflict_id, Conflict.data).where(
            Conflict.group_id == self.g, Conflict.conflict_id.in_(list(ch.resolves)),
            Conflict.status == "open")).all()
        for cid, data in rows:
            self.c.execute(update(Conflict).where(Conflict.group_id == self.g, Conflict.conflict_id == cid)
                           .values(status="resolved", seq=self.next_seq(),
                                   data={**(data or {}), "resolved_by": self.caller.member_id,
                                         "resolved_at": ch.at or self.stamp,
                                         "resolved_change": ch.change_id}))

    @staticmethod
    def _invalid(collection: str, values: dict[str, Any], changed: set[str] | None) -> str | None:
        try:  # the replica's write path gives the same verdict (domain.validation.check_change)
            errors = validation.validate(collection, values) if changed is None else \
                validation.check_change(collection, values, changed)
        except Exception:  # noqa: BLE001 - a value validation could not even look at
            return "the field values could not be validated"
        if not errors:
            return None
        return _reason(errors)

    # -----------------------------------------------------------------------------------
    def erase(self, record_id: str) -> int:
        """Remove every stored value of the record; leave a tombstone in the feed."""
        c, g = self.c, self.g
        existing = c.execute(select(Erasure.seq).where(Erasure.group_id == g,
                                                        Erasure.record_id == record_id)).scalar()
        if existing is not None:
            return existing
        r = c.execute(select(Record.__table__).where(Record.group_id == g, Record.record_id == record_id)).first()
        if r is None:
            raise NotFound(f"there is no record {record_id} in this group")
        collection = r.collection
        sha = (r.fields or {}).get("sha256") if collection == "attachment" else None
        if isinstance(sha, str) and sha and not self._attachments_with(sha, besides=record_id):
            self.unreferenced_blobs.append(sha)
        c.execute(delete(Record).where(Record.group_id == g, Record.record_id == record_id))
        c.execute(delete(Conflict).where(Conflict.group_id == g, Conflict.record_id == record_id))
        c.execute(update(ChangeRow).where(ChangeRow.group_id == g, ChangeRow.record_id == record_id)
                  .values(fields={}, previous={}, reason=None))
        # other records that link to it: drop the id from their links (new seq: replicas get it)
        for other in self._linking(record_id):
            fields = dict(other.fields or {})
            s = spec(other.collection)
            for f in s.fields:
                if f.kind is Kind.REFS and record_id in (fields.get(f.name) or []):
                    fields[f.name] = [x for x in fields[f.name] if x != record_id]
                elif f.kind is Kind.REF and fields.get(f.name) == record_id:
                    fields[f.name] = None
            c.execute(update(Record).where(Record.group_id == g, Record.record_id == other.record_id)
                      .values(fields=_clean(fields), seq=self.next_seq(), updated_at=self.stamp,
                              echo_replica=None))
        for row in self._history_mentioning(record_id):
            c.execute(update(ChangeRow).where(ChangeRow.group_id == g, ChangeRow.member_id == row.member_id,
                                              ChangeRow.change_id == row.change_id)
                      .values(fields=_scrub(row.fields, record_id), previous=_scrub(row.previous, record_id)))
        for x in c.execute(select(Conflict.__table__).where(Conflict.group_id == g,
                                                  cast(Conflict.data, Text).like(f"%{record_id}%"))).all():
            if _mentions(x.data, record_id):
                c.execute(update(Conflict).where(Conflict.group_id == g, Conflict.conflict_id == x.conflict_id)
                          .values(data=_scrub(x.data, record_id), seq=self.next_seq()))
        seq = self.next_seq()
        c.execute(insert(Erasure).values(group_id=g, record_id=record_id, collection=collection, seq=seq,
                                         at=self.stamp, by=self.caller.member_id))
        from .group_admin import write_audit  # pushed or through the erase route: one log line

        write_audit(c, g, self.caller.member_id, "record.erase", record_id, {"collection": collection, "seq": seq})
        if hasattr(self, "records"):  # inside a push: later changes of this batch see the new state
            self.erased.add(record_id)
            ids = [k for k in self.records if k != record_id]
            self.records = {k: None for k in ids}
            for chunk in _chunks(ids, 500):
                for r in c.execute(select(Record.__table__).where(Record.group_id == g,
                                                        Record.record_id.in_(chunk))):
                    self.records[r.record_id] = r
        return seq

    def _attachments_with(self, sha: str, besides: str) -> bool:
        """Does another attachment record of the group (trash included) hold these bytes?"""
        rows = self.c.execute(select(Record.fields).where(
            Record.group_id == self.g, Record.collection == "attachment", Record.record_id != besides,
            cast(Record.fields, Text).like(f"%{sha}%"))).all()
        return any((f or {}).get("sha256") == sha for (f,) in rows)

    def _linking(self, record_id: str) -> list[Record]:
        rows = self.c.execute(select(Record.__table__).where(
            Record.group_id == self.g, cast(Record.fields, Text).like(f"%{record_id}%"))).all()
        return [r for r in rows if _mentions(r.fields, record_id)]

    def _history_mentioning(self, record_id: str) -> list[Any]:
        rows = self.c.execute(select(ChangeRow.member_id, ChangeRow.change_id, ChangeRow.fields,
                                     ChangeRow.previous).where(
            ChangeRow.group_id == self.g, ChangeRow.record_id != record_id,
            (cast(ChangeRow.fields, Text).like(f"%{record_id}%"))
            | (cast(ChangeRow.previous, Text).like(f"%{record_id}%")))).all()
        return [r for r in rows if _mentions(r.fields, record_id) or _mentions(r.previous, record_id)]


_UNCHECKED: Any = object()


def _read_values(ch: Change) -> tuple[dict[str, Any], dict[str, Any], Any] | str:
    """A change's fields and base values, normalised, and for a create the verdict on the
    new record; or why they cannot be taken. It depends on the change alone, so it runs
    before the group's write lock is taken."""
    s = spec(ch.collection)
    try:
        fields = validation.normalise(ch.collection, {k: v for k, v in ch.fields.items() if k != "deleted"})
        previous = validation.normalise(ch.collection, {k: v for k, v in ch.previous.items()
                                                        if k != "deleted" and s.has(k)})
    except Exception:  # noqa: BLE001 - values of the wrong shape
        return "the field values could not be read"
    unknown = [k for k in fields if not s.has(k)]
    if unknown:
        return f"unknown field(s) for a {ch.collection}: {', '.join(sorted(unknown))}"
    problem = _Push._invalid(ch.collection, _clean(fields), None) if ch.op == "create" else _UNCHECKED
    return fields, previous, problem


def _not_echo(replica: str | None) -> tuple:
    """The pull's condition leaving out what this replica pushed as it stands."""
    if replica is None:
        return ()
    return (Record.echo_replica.is_distinct_from(replica),)


def _as_sent(sent: dict[str, Any], stored: dict[str, Any]) -> bool:
    """Does the stored record hold every pushed value exactly as it was sent? A cleared
    value (None, [], "") is stored as absent. Normalisation that changed a value (a phone
    number formatted, a date completed) makes it False: the client must pull it back."""
    for name, value in sent.items():
        if name == "deleted":
            continue
        if value is None or value == "" or value == []:
            if name in stored:
                return False
        elif name not in stored or not _identical(value, stored[name]):
            return False
    return True


def _identical(a: Any, b: Any) -> bool:
    """JSON equality that also tells 1 from 1.0 and True from 1 (Python's == does not)."""
    t = type(a)
    if t is not type(b):
        return False
    if t is str:            # most values; and unequal values are never identical
        return a == b
    if a != b:
        return False
    if isinstance(a, dict):
        return all(_identical(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return all(_identical(x, y) for x, y in zip(a, b))
    return True


def _encoded(value: Any) -> bytes | None:
    """The JSON the HTTP layer sends (as starlette's JSONResponse renders it), or None when
    strict JSON in UTF-8 cannot carry it."""
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    except (ValueError, TypeError, RecursionError):
        return None


def _encodable(value: Any) -> bool:
    return _encoded(value) is not None


def _reason(errors: list[validation.FieldError]) -> str:
    """What is wrong with which field, without the value: a stored reason outlives the
    value (an erased contact's old e-mail address stayed in one)."""
    parts = []
    for e in errors:
        try:
            parts.append(f"{e.field}: " + e.template.format(**{**dict(e.params), "value": "…"}))
        except (KeyError, IndexError, ValueError):
            parts.append(f"{e.field}: invalid")
    return "; ".join(parts)[:1900]


def _same_value(a: Any, b: Any) -> bool:
    from sync.protocol import same

    return same(a, b) if not (isinstance(a, list) and isinstance(b, list)) else a == b


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]
