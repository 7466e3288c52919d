"""Who may write what in a discussion: the one rule, asked by the replica's write path
(ruraldesk/store/discussions.py, before anything is written) and by the server
(sync/server/service.py, for every pushed change of a thread or a post).

* A post is its author's: only they change its text, mentions and attachments, or
  withdraw it (status "withdrawn"). Its thread, author and the post it replies to never
  change once written.
* A thread's title, themes and language are its starter's.
* Only a coordinator hides a post or a thread (with a reason) or records posts an
  erasure removed.
* Trash and restore: the author or a coordinator.
* Nothing else is asked: a reply to a thread hidden (or trashed) meanwhile is kept, so
  nothing anyone wrote is lost.

`actor` is the member making the change (the server's caller, or the replica's author),
`role` their role in the group ("coordinator", "member", "reader").
"""

from __future__ import annotations

from typing import Any, Iterable

RULED = frozenset({"discussion", "post"})
#: fields a post's author alone may change
AUTHOR_FIELDS = {"post": frozenset({"text", "mentions", "attachments", "status"}),
                 "discussion": frozenset({"title", "themes", "language"})}
#: fields set once, at creation
FIXED_FIELDS = {"post": frozenset({"thread", "author", "replies_to"}),
                "discussion": frozenset({"author", "about"})}
#: fields only a coordinator sets
MODERATOR_FIELDS = frozenset({"hidden_reason", "removed_posts"})


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def refusal(collection: str, op: str, current: dict[str, Any] | None, changed: Iterable[str],
            values: dict[str, Any], *, actor: str, role: str | None) -> str | None:
    """Why this change may not be made, in one sentence naming no value; None when it may.

    `current` is the record's fields before the change (None for a creation), `changed`
    the fields whose value the change really changes, `values` the record after it."""
    if collection not in RULED:
        return None
    coordinator = role == "coordinator"
    changed = set(changed)
    what = "post" if collection == "post" else "discussion"
    if op == "create" or current is None:
        if values.get("author") != actor:
            return f"a {what} is signed by the member who writes it"
        if collection == "post" and _empty(values.get("text")):
            return "a post needs some text"
        if not coordinator and any(not _empty(values.get(k)) for k in MODERATOR_FIELDS):
            return "only a coordinator can hide a post or a discussion"
        return None
    if op in ("delete", "restore"):
        if current.get("author") != actor and not coordinator:
            return f"only its author or a coordinator can move a {what} to the trash or back"
        return None
    fixed = changed & FIXED_FIELDS[collection]
    if fixed:
        return f"the {', '.join(sorted(fixed))} of a {what} cannot be changed"
    if changed & MODERATOR_FIELDS and not coordinator:
        return "only a coordinator can hide a post or a discussion"
    if changed & AUTHOR_FIELDS[collection] and current.get("author") != actor:
        return (f"only its author can edit or withdraw a post" if collection == "post"
                else "only the member who started a discussion can change its title, themes or language")
    return None


__all__ = ["AUTHOR_FIELDS", "FIXED_FIELDS", "MODERATOR_FIELDS", "RULED", "refusal"]
