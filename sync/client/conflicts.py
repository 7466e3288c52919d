"""Conflicts as the conflicts view shows them, and resolving them.

    list_conflicts(store, status="open") -> list[ConflictView]
    resolve_conflict(store, conflict_id, choice, value=None) -> str       # new journal change id
    dismiss_rejection(store, conflict_id) -> None

A conflict comes from the server (see docs/sync-protocol.md): on one field of a
record, the server's value stood (`server_value`, by `server_by` at `server_at`)
and another member's value was kept aside (`other_value`, by `who` at `when`).
Field ``deleted`` is a delete-against-edit conflict: `server_value` True means
the record is in the trash and someone edited it (offer *restore*); False means
someone deleted it while it was being edited (offer *keep* or *delete*).

`ConflictView.mine` / `.theirs` are the two values seen from this replica: when the
kept-aside change was made here, "mine" is that value; otherwise "mine" is what
this replica shows (the server's value).

`resolve_conflict` choices: "mine", "theirs", "server", "other", "merged" (then
`value` is the merged value; it is validated like any edit), "restore" and
"delete" (delete-against-edit). It writes an ordinary change through the store
(journaled, undoable like any edit, pushed at the next sync with `resolves=[id]`
so the server marks the conflict resolved everywhere) and marks the conflict
``resolving`` here; the server's ``resolved`` replaces that on the next pull.

Status ``rejected`` entries are changes the server refused (reason in `reason`):
the value stays visible here until dismissed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from ruraldesk.domain.records import spec
from ruraldesk.store import remote
from ruraldesk.store.errors import NotFound
from ruraldesk.store.models import Conflict, Journal
from ruraldesk.store.writer import find_record, now
from sync.protocol import same

CHOICES = ("mine", "theirs", "server", "other", "merged", "restore", "delete")


@dataclass(frozen=True)
class ConflictView:
    id: str
    record_id: str
    collection: str
    record_title: str
    field: str | None
    field_label: str
    kind: str                  # "field", "delete" (delete against edit) or "rejected"
    status: str                # open, resolving, resolved, rejected, dismissed
    server_value: Any
    other_value: Any
    base_value: Any
    mine: Any
    theirs: Any
    mine_is_other: bool        # the kept-aside change was made on this replica
    who: str                   # who made the kept-aside change
    when: str
    server_by: str
    server_at: str
    reason: str                # for rejected changes
    created_at: str
    data: dict[str, Any]


def _label(collection: str, field: str | None) -> str:
    if field == "deleted":
        return "In the trash"
    try:
        s = spec(collection)
        return s.field(field).label if field and s.has(field) else (field or "")
    except ValueError:
        return field or ""


def _made_here(conn, change_id: str | None) -> bool:
    if not change_id:
        return False
    return conn.execute(select(Journal.seq).where(Journal.change_id == change_id)).first() is not None


def _view(conn, row: Any) -> ConflictView:
    data = dict(row.data or {})
    record = find_record(conn, row.record_id)
    title = record.title if record else "(no longer here)"
    if row.status in ("rejected", "dismissed") and "reason" in data:
        fields = data.get("fields") or {}
        value = fields.get(row.field) if row.field else None
        return ConflictView(row.id, row.record_id, row.collection, title, row.field,
                            _label(row.collection, row.field), "rejected", row.status,
                            record.fields.get(row.field) if record and row.field else None, value,
                            (data.get("previous") or {}).get(row.field) if row.field else None,
                            value, record.fields.get(row.field) if record and row.field else None, True,
                            data.get("who", ""), data.get("when", ""), "", "", data.get("reason", ""),
                            row.created_at, data)
    mine_is_other = _made_here(conn, data.get("change_id"))
    server_v, other_v = data.get("server"), data.get("other")
    mine, theirs = (other_v, server_v) if mine_is_other else (server_v, other_v)
    return ConflictView(row.id, row.record_id, row.collection, title, row.field,
                        _label(row.collection, row.field), "delete" if row.field == "deleted" else "field",
                        row.status, server_v, other_v, data.get("base"), mine, theirs, mine_is_other,
                        # the member the server authenticated, not the name their computer signed with
                        data.get("member") or data.get("who", ""), data.get("when", ""), data.get("server_by", ""),
                        data.get("server_at", ""), "", row.created_at, data)


def list_conflicts(store, status: str | None = "open", *, record_id: str | None = None) -> list[ConflictView]:
    """Conflicts of one status (None: all), oldest first, of one record if given. "open" is
    what needs a person; "rejected" lists changes the server refused."""
    with store.read() as conn:
        q = select(Conflict.__table__).order_by(Conflict.created_at, Conflict.id)
        if status:
            q = q.where(Conflict.status == status)
        if record_id:
            q = q.where(Conflict.record_id == record_id)
        return [_view(conn, r) for r in conn.execute(q)]


def get_conflict(store, conflict_id: str) -> ConflictView:
    with store.read() as conn:
        row = conn.execute(select(Conflict.__table__).where(Conflict.id == conflict_id)).first()
        if row is None:
            raise NotFound(f"no conflict with id {conflict_id}")
        return _view(conn, row)


def _last_change_id(w, record_id: str) -> str:
    return w.conn.execute(select(Journal.change_id).where(Journal.record_id == record_id)
                          .order_by(Journal.seq.desc()).limit(1)).scalar()


def _noop(w, record) -> str:
    """A change that changes nothing: carries the resolution when the chosen value is
    already the record's (an empty change cannot clash with anyone's later edit)."""
    stamped = dataclasses.replace(record, updated_at=now(), updated_by=w.author)
    return w.journal(stamped, "update", {}, {})


def resolve_conflict(store, conflict_id: str, choice: str, value: Any = None) -> str:
    """Settle an open conflict with an ordinary, synced change. Returns its change id."""
    if choice not in CHOICES:
        raise ValueError(f"unknown choice {choice!r}; expected one of {', '.join(CHOICES)}")
    with store.write() as w:
        row = w.conn.execute(select(Conflict.__table__).where(Conflict.id == conflict_id)).first()
        if row is None:
            raise NotFound(f"no conflict with id {conflict_id}")
        if row.status != "open":
            raise ValueError(f"this conflict is already {row.status}")
        view = _view(w.conn, row)
        record = find_record(w.conn, row.record_id)
        if record is None:
            raise NotFound("the record of this conflict is no longer here (it was erased)")
        field = row.field
        if choice == "merged":
            if field == "deleted":
                raise ValueError("a delete-against-edit conflict is settled with restore or delete")
            target = value
        elif choice == "restore":
            target = False
        elif choice == "delete":
            target = True
        else:
            target = {"mine": view.mine, "theirs": view.theirs, "server": view.server_value,
                      "other": view.other_value}[choice]
        if field == "deleted":
            target = bool(target)
            if record.deleted != target:
                (w.delete if target else w.restore)(record.id)
                change_id = _last_change_id(w, record.id)
            else:
                change_id = _noop(w, record)
        elif field and spec(record.collection).has(field):
            if not same(record.fields.get(field), target):
                w.update(record.id, {field: target})
                change_id = _last_change_id(w, record.id)
            else:
                change_id = _noop(w, record)
        else:
            change_id = _noop(w, record)
        data = dict(row.data or {})
        data.update(resolution_change_id=change_id, resolved_choice=choice, resolved_here_at=now())
        remote.put_conflict(w, row.id, row.record_id, row.collection, row.field, "resolving", data,
                            row.created_at)
        return change_id


def dismiss_rejection(store, conflict_id: str) -> None:
    """The person has seen a refused change: hide it from the list (kept, status dismissed)."""
    with store.write() as w:
        found = w.conn.execute(text("UPDATE conflict SET status = 'dismissed' WHERE id = :id "
                                    "AND status = 'rejected'"), {"id": conflict_id}).rowcount
        if not found:
            raise NotFound(f"no refused change with id {conflict_id}")


__all__ = ["CHOICES", "ConflictView", "dismiss_rejection", "get_conflict", "list_conflicts",
           "resolve_conflict"]
