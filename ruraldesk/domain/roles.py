"""Who may change what: the fields only a coordinator writes.

One rule, checked by the server on every pushed change (sync/server/service.py) and
followed by the desktop form, which offers these fields to nobody (a coordinator writes
a reviewer's note from the review list)."""

from __future__ import annotations

from typing import Any

#: a reviewer's note is the coordinator's word on a shared record
COORDINATOR_FIELDS = frozenset({"review_note"})


def _value(v: Any) -> Any:
    return None if v in (None, "", []) else v


def refusal(role: str, fields: dict[str, Any], current: dict[str, Any] | None) -> str | None:
    """Why a change by someone with `role` may not be kept, or None. `fields` are the
    values the change sends, `current` the record's values before it (None: a creation).
    Sending a coordinator-only field with the value it already has is not writing it."""
    if role == "coordinator":
        return None
    current = current or {}
    touched = sorted(k for k in COORDINATOR_FIELDS if k in fields
                     and _value(fields[k]) != _value(current.get(k)))
    if touched:
        return "only a coordinator can write the reviewer's note (review_note)"
    return None
