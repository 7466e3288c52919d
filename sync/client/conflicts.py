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

from dataclasses import dataclass
from typing import Any

from ruraldesk.domain.records import spec
from ruraldesk.store.replication import LocalConflict
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


def _view(c: LocalConflict) -> ConflictView:
    data = dict(c.data)
    record = c.record
    title = record.title if record else "(no longer here)"
    if c.status in ("rejected", "dismissed") and "reason" in data:
        fields = data.get("fields") or {}
        value = fields.get(c.field) if c.field else None
        return ConflictView(c.id, c.record_id, c.collection, title, c.field,
                            _label(c.collection, c.field), "rejected", c.status,
                            record.fields.get(c.field) if record and c.field else None, value,
                            (data.get("previous") or {}).get(c.field) if c.field else None,
                            value, record.fields.get(c.field) if record and c.field else None, True,
                            data.get("who", ""), data.get("when", ""), "", "", data.get("reason", ""),
                            c.created_at, data)
    server_v, other_v = data.get("server"), data.get("other")
    mine, theirs = (other_v, server_v) if c.made_here else (server_v, other_v)
    return ConflictView(c.id, c.record_id, c.collection, title, c.field,
                        _label(c.collection, c.field), "delete" if c.field == "deleted" else "field",
                        c.status, server_v, other_v, data.get("base"), mine, theirs, c.made_here,
                        # the member the server authenticated, not the name their computer signed with
                        data.get("member") or data.get("who", ""), data.get("when", ""), data.get("server_by", ""),
                        data.get("server_at", ""), "", c.created_at, data)


def list_conflicts(store, status: str | None = "open", *, record_id: str | None = None) -> list[ConflictView]:
    """Conflicts of one status (None: all), oldest first, of one record if given. "open" is
    what needs a person; "rejected" lists changes the server refused."""
    return [_view(c) for c in store.replication.conflicts(status, record_id)]


def get_conflict(store, conflict_id: str) -> ConflictView:
    return _view(store.replication.conflict(conflict_id))


def resolve_conflict(store, conflict_id: str, choice: str, value: Any = None) -> str:
    """Settle an open conflict with an ordinary, synced change. Returns its change id."""
    if choice not in CHOICES:
        raise ValueError(f"unknown choice {choice!r}; expected one of {', '.join(CHOICES)}")

    def choose(c: LocalConflict) -> Any:
        if choice == "merged":
            if c.field == "deleted":
                raise ValueError("a delete-against-edit conflict is settled with restore or delete")
            return value
        if choice in ("restore", "delete"):
            return choice == "delete"
        view = _view(c)
        return {"mine": view.mine, "theirs": view.theirs, "server": view.server_value,
                "other": view.other_value}[choice]

    return store.replication.resolve_conflict(conflict_id, choose, {"resolved_choice": choice}, same)


def dismiss_rejection(store, conflict_id: str) -> None:
    """The person has seen a refused change: hide it from the list (kept, status dismissed)."""
    store.replication.dismiss_rejection(conflict_id)


__all__ = ["CHOICES", "ConflictView", "dismiss_rejection", "get_conflict", "list_conflicts",
           "resolve_conflict"]
