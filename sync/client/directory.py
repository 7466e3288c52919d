"""The group's member directory on a replica: display names for the member ids that sign
every record, refreshed after each sync from the admin API's member list
(GroupAdmin.members, GET /v1/groups/{g}/members).

A server without that endpoint (older) answers 404: the replica keeps the directory it
has. Any other failure keeps it too: the sync itself has succeeded, names can wait."""

from __future__ import annotations

import dataclasses
import logging
from types import SimpleNamespace
from typing import Any

from .groupadmin import GroupAdmin
from .transport import SyncError, Transport

META_ROLE = "sync.role"
log = logging.getLogger(__name__)


def refresh(store, transport: Transport, group: str, me: dict[str, Any] | None = None) -> bool:
    """True when the directory was updated from the server's list. `me` is the server's
    /me answer when the caller has it (this member's role, kept for the review list)."""
    if me and me.get("role"):
        store.set_meta(META_ROLE, str(me["role"]))
    admin = GroupAdmin(SimpleNamespace(group=group), "", transport=transport)
    try:
        members = admin.members()
    except (SyncError, ValueError, TypeError) as exc:   # 404 from an older server, a cut, an odd answer
        log.info("member directory not refreshed: %s", exc)
        return False
    rows = [dataclasses.asdict(m) for m in members]
    store.news.set_members(rows)
    mine = next((r for r in rows if r["member_id"] == (me or {}).get("member")), None)
    if mine and mine.get("role"):
        store.set_meta(META_ROLE, str(mine["role"]))
    return True


def role(store) -> str:
    """This replica's member's role as the server last said it ("" before any sync)."""
    return store.get_meta(META_ROLE) or ""
