"""The group's member directory on a replica: display names for the member ids that sign
every record, refreshed after each sync from GET /v1/groups/{g}/members (the admin API).

A server without that endpoint (older) answers 404: the replica keeps the directory it
has. Any other failure keeps it too: the sync itself has succeeded, names can wait."""

from __future__ import annotations

import logging
from typing import Any

from sync.protocol import Paths

from .transport import SyncError, Transport

MEMBERS = Paths.ME.rsplit("/", 1)[0] + "/members"
META_ROLE = "sync.role"
log = logging.getLogger(__name__)


def refresh(store, transport: Transport, group: str, me: dict[str, Any] | None = None) -> bool:
    """True when the directory was replaced by the server's list. `me` is the server's
    /me answer when the caller has it (this member's role, kept for the review list)."""
    if me and me.get("role"):
        store.set_meta(META_ROLE, str(me["role"]))
    try:
        resp = transport.request("GET", Paths.fill(MEMBERS, group=group), ok=(404, 405), retry=False)
    except SyncError as exc:
        log.info("member directory not refreshed: %s", exc)
        return False
    if resp.status_code != 200:
        return False
    try:
        rows = resp.json()
    except ValueError:
        return False
    if isinstance(rows, dict):          # tolerate {"members": [...]}
        rows = rows.get("members")
    if not isinstance(rows, list):
        return False
    rows = [r for r in rows if isinstance(r, dict)]
    store.news.set_members(rows)
    mine = next((r for r in rows if (r.get("member_id") or r.get("member")) == (me or {}).get("member")), None)
    if mine and mine.get("role"):
        store.set_meta(META_ROLE, str(mine["role"]))
    return True


def role(store) -> str:
    """This replica's member's role as the server last said it ("" before any sync)."""
    return store.get_meta(META_ROLE) or ""
