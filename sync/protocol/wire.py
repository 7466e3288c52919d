"""The wire format of sync protocol version 1: what a client pushes and what a pull returns.

Everything is plain JSON. These dataclasses are the one description of it:
the server validates requests with `decode_*` and the client builds them with
`encode_*` / `from_outgoing`. See docs/sync-protocol.md for the prose.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from ruraldesk.domain.ids import is_id
from ruraldesk.domain.records import COLLECTIONS

PROTOCOL_VERSION = 1
#: every response carries this header with the server's protocol version
PROTOCOL_HEADER = "RuralDesk-Protocol"
#: a push or pull may name the replica it comes from (a UUID): the server then leaves out of
#: that replica's pulls the records whose state is exactly what it pushed ("no echo")
REPLICA_HEADER = "RuralDesk-Replica"
API_PREFIX = "/v1"

OPS = ("create", "update", "delete", "restore", "link", "unlink", "erase")
ROLES = ("coordinator", "member", "reader")
RESULT_STATUSES = ("applied", "merged", "conflict", "rejected")
CONFLICT_STATUSES = ("open", "resolved")

MAX_BATCH = 1000          # changes in one push
MAX_PULL_LIMIT = 5000     # items in one pull page
DEFAULT_PULL_LIMIT = 500
MAX_ID_LENGTH = 64        # change ids, conflict ids
MAX_TEXT_META = 200       # `by`, `at`
MAX_RESOLVES = 100        # conflict ids one change resolves

GROUP_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
MEMBER_RE = GROUP_RE
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
CHANGE_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
#: a cursor is ASCII digits only (str.isdigit would let "²", "١٢" or "１" through)
CURSOR_RE = re.compile(r"^[0-9]{1,18}$")
REPLICA_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def parse_replica(value: str | None) -> str | None:
    """The RuralDesk-Replica header: None when absent, else a UUID (lower-cased)."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 36 or not REPLICA_RE.fullmatch(value):
        raise ProtocolError(f"the {REPLICA_HEADER} header must be the replica's id, a UUID "
                            "(36 characters, like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b)")
    return value.lower()


class Paths:
    """Endpoint paths (relative to the server's base URL)."""

    HEALTH = f"{API_PREFIX}/health"
    ME = API_PREFIX + "/groups/{group}/me"
    CHANGES = API_PREFIX + "/groups/{group}/changes"          # GET pull, POST push
    RECORD = API_PREFIX + "/groups/{group}/records/{record_id}"
    ERASE = API_PREFIX + "/groups/{group}/records/{record_id}/erase"   # POST, coordinator
    BLOBS_MISSING = API_PREFIX + "/groups/{group}/blobs/missing"       # POST {"sha256": [...]}
    BLOB = API_PREFIX + "/groups/{group}/blobs/{sha256}"               # HEAD / GET / PUT

    @staticmethod
    def fill(template: str, **params: str) -> str:
        return template.format(**params)


class ProtocolError(ValueError):
    """A request or response that does not follow the protocol; the message says why."""


# -- the change a client pushes -------------------------------------------------------
@dataclass(frozen=True)
class Change:
    change_id: str                   # made by the client; a retry sends the same id
    record_id: str                   # UUID (v7 for new records, v5 for seed themes)
    collection: str
    op: str                          # one of OPS
    fields: dict[str, Any]           # the changed fields, new values (None/[] = cleared)
    previous: dict[str, Any]         # the values the client's edit was based on
    base_seq: int                    # the server seq of the record the client last saw (0: none)
    at: str = ""                     # when the edit was made (ISO 8601, client clock)
    by: str = ""                     # who made it (client-side author name)
    resolves: tuple[str, ...] = ()   # conflict ids this change resolves


def encode_change(c: Change) -> dict[str, Any]:
    out = {"change_id": c.change_id, "record_id": c.record_id, "collection": c.collection,
           "op": c.op, "fields": dict(c.fields), "previous": dict(c.previous),
           "base_seq": c.base_seq, "at": c.at, "by": c.by}
    if c.resolves:
        out["resolves"] = list(c.resolves)
    return out


def encode_push_request(changes: list[Change]) -> dict[str, Any]:
    return {"protocol": PROTOCOL_VERSION, "changes": [encode_change(c) for c in changes]}


#: the pull's strong coding for slow links (docs/sync-protocol.md, "Compression"): a
#: client asks for it with `Accept-Encoding: bzip2, gzip`; a server that does not know it
#: answers gzip as before. About half of gzip's bytes on record text, at 4x the CPU.
BZIP2 = "bzip2"
ACCEPT_STRONG = "bzip2, gzip"


def accepts(accept_encoding: str | None, coding: str) -> bool:
    """Does this Accept-Encoding value list `coding` (bzip2, gzip), without q=0?"""
    for part in (accept_encoding or "").split(","):
        token, *params = part.split(";")
        if token.strip().lower() != coding:
            continue
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False


def encode_change_json(c: Change) -> str:
    """One change as the JSON text it takes in a push body (see push_body)."""
    return json.dumps(encode_change(c), ensure_ascii=False, separators=(",", ":"))


def push_body(encoded: list[str]) -> bytes:
    """The push request of these encoded changes: the same JSON as encode_push_request,
    built from changes encoded once (a client sizes its batches on them)."""
    return ('{"protocol":%d,"changes":[' % PROTOCOL_VERSION + ",".join(encoded) + "]}").encode("utf-8")


def from_outgoing(o: Any, resolves: tuple[str, ...] = ()) -> Change:
    """A `ruraldesk.store.remote.OutgoingChange` (journal entry) as a wire change.

    delete/restore journal entries carry {"deleted": bool}; that flag is implied
    by the op on the wire, so it is left out of `fields`."""
    fields = {k: v for k, v in (o.changes or {}).items() if k != "deleted"}
    previous = {k: v for k, v in (o.previous or {}).items() if k != "deleted"}
    return Change(change_id=o.change_id, record_id=o.record_id, collection=o.collection, op=o.op,
                  fields=fields, previous=previous, base_seq=int(o.base_seq or 0), at=o.at or "",
                  by=o.by or "", resolves=tuple(resolves))


_CHANGE_KEYS = {"change_id", "record_id", "collection", "op", "fields", "previous", "base_seq",
                "at", "by", "resolves"}


def decode_change(data: Any, where: str = "change", *, checked: bool = False) -> Change:
    """Check one pushed change's shape (not its field values: the server validates those
    against the record specs). Raises ProtocolError with a plain message. `checked`: the
    body it came in passed values.loads, which checked every string and number in it."""
    from .values import check_depth, check_text, check_value  # values imports ProtocolError from here

    if not isinstance(data, Mapping):
        raise ProtocolError(f"{where} must be a JSON object")
    unknown = sorted(set(data) - _CHANGE_KEYS)
    if unknown:
        raise ProtocolError(f"{where} has unknown keys: {', '.join(map(str, unknown))}")
    for key in ("change_id", "record_id", "collection", "op"):
        if key not in data:
            raise ProtocolError(f"{where} is missing {key!r}")
    cid = data["change_id"]
    if not isinstance(cid, str) or not CHANGE_ID_RE.fullmatch(cid):
        raise ProtocolError(f"{where}: change_id must be 1-64 letters, digits or ._:-")
    if not is_id(data["record_id"]):
        raise ProtocolError(f"{where}: record_id must be a UUID")
    if data["collection"] not in COLLECTIONS:
        raise ProtocolError(f"{where}: unknown collection {data['collection']!r}; expected one of "
                            f"{', '.join(COLLECTIONS)}")
    if data["op"] not in OPS:
        raise ProtocolError(f"{where}: unknown op {data['op']!r}; expected one of {', '.join(OPS)}")
    fields = data.get("fields", {})
    previous = data.get("previous", {})
    for name, value in (("fields", fields), ("previous", previous)):
        if not isinstance(value, Mapping):
            raise ProtocolError(f"{where}: {name} must be a JSON object")
    base_seq = data.get("base_seq", 0)
    if isinstance(base_seq, bool) or not isinstance(base_seq, int) or base_seq < 0:
        raise ProtocolError(f"{where}: base_seq must be a whole number >= 0")
    for key in ("at", "by"):
        v = data.get(key, "")
        if not isinstance(v, str) or len(v) > MAX_TEXT_META:
            raise ProtocolError(f"{where}: {key} must be text of at most {MAX_TEXT_META} characters")
        check_text(v, f"{where}.{key}")
    resolves = data.get("resolves", [])
    if not isinstance(resolves, list) or len(resolves) > MAX_RESOLVES or not all(
            isinstance(r, str) and CHANGE_ID_RE.fullmatch(r) for r in resolves):
        raise ProtocolError(f"{where}: resolves must be a list of at most {MAX_RESOLVES} conflict ids")
    for name, value in (("fields", fields), ("previous", previous)):
        (check_depth if checked else check_value)(value, f"{where}.{name}")
    return Change(change_id=cid, record_id=data["record_id"], collection=data["collection"],
                  op=data["op"], fields=dict(fields), previous=dict(previous), base_seq=base_seq,
                  at=data.get("at", ""), by=data.get("by", ""), resolves=tuple(resolves))


def decode_push_request(data: Any, *, checked: bool = False) -> list[Change]:
    """The changes of a push body; `checked` as for decode_change."""
    if not isinstance(data, Mapping):
        raise ProtocolError("the body must be a JSON object with a 'changes' list")
    unknown = sorted(set(data) - {"protocol", "changes"})
    if unknown:
        raise ProtocolError(f"unknown keys in the body: {', '.join(map(str, unknown))}")
    version = data.get("protocol", PROTOCOL_VERSION)
    if version != PROTOCOL_VERSION:
        raise ProtocolError(f"protocol version {version!r} is not supported (this server speaks "
                            f"{PROTOCOL_VERSION})")
    changes = data.get("changes")
    if not isinstance(changes, list):
        raise ProtocolError("'changes' must be a list")
    if len(changes) > MAX_BATCH:
        raise ProtocolError(f"too many changes in one push ({len(changes)}, at most {MAX_BATCH})")
    out = [decode_change(c, f"changes[{i}]", checked=checked) for i, c in enumerate(changes)]
    ids = [c.change_id for c in out]
    if len(set(ids)) != len(ids):
        raise ProtocolError("the same change_id appears twice in one push")
    return out


# -- the push response ----------------------------------------------------------------
@dataclass(frozen=True)
class PushResult:
    change_id: str
    status: str                      # applied | merged | conflict | rejected
    seq: int | None = None           # the record's server seq after this change
    reason: str | None = None        # why it was rejected (plain sentence)
    conflicts: tuple[str, ...] = ()  # ids of conflicts this change opened
    #: the server's state of the record after this change is the client's (its base state
    #: plus the pushed fields, as sent): the client needs not pull it back
    echo: bool = False
    #: the record's server stamps after this change (with a seq; not for an erasure)
    stamps: Mapping[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"change_id": self.change_id, "status": self.status, "seq": self.seq,
               "reason": self.reason, "conflicts": list(self.conflicts), "echo": self.echo}
        if self.stamps is not None and self.seq is not None:
            out.update(self.stamps)
        return out

    @property
    def updated_at(self) -> str:
        return (self.stamps or {}).get("updated_at", "")

    @property
    def updated_by(self) -> str:
        return (self.stamps or {}).get("updated_by", "")

    @property
    def created_at(self) -> str:
        return (self.stamps or {}).get("created_at", "")

    @property
    def created_by(self) -> str:
        return (self.stamps or {}).get("created_by", "")


STAMPS = ("created_at", "created_by", "updated_at", "updated_by")


def decode_push_response(data: Any) -> tuple[list[PushResult], str]:
    """(results in the order of the pushed changes, the group's cursor after the push).
    A server without "no echo" sends no `echo`: every result then reads as echo false."""
    try:
        results = [PushResult(r["change_id"], r["status"], r.get("seq"), r.get("reason"),
                              tuple(r.get("conflicts") or ()), r.get("echo") is True,
                              {k: str(r[k]) for k in STAMPS if r.get(k) is not None} or None)
                   for r in data["results"]]
        return results, str(data.get("cursor", ""))
    except (KeyError, TypeError) as exc:
        raise ProtocolError(f"malformed push response: {exc}") from None


# -- the pull page ----------------------------------------------------------------------
@dataclass(frozen=True)
class RecordState:
    id: str
    collection: str
    fields: dict[str, Any]
    deleted: bool
    seq: int
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""

    def to_json(self) -> dict[str, Any]:
        # not dataclasses.asdict: it deep-copies every value, a tenth of a busy server's time
        return {"id": self.id, "collection": self.collection, "fields": self.fields, "deleted": self.deleted,
                "seq": self.seq, "created_at": self.created_at, "created_by": self.created_by,
                "updated_at": self.updated_at, "updated_by": self.updated_by}


@dataclass(frozen=True)
class ConflictEntry:
    id: str
    record_id: str
    collection: str
    field: str | None       # None for a whole-record conflict; "deleted" for delete vs edit
    status: str             # open | resolved
    seq: int
    created_at: str
    data: dict[str, Any]    # server, other, base, who, when, change_id, server_by, server_at,
                            # and once resolved: resolved_by, resolved_at

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "record_id": self.record_id, "collection": self.collection, "field": self.field,
                "status": self.status, "seq": self.seq, "created_at": self.created_at, "data": self.data}


@dataclass(frozen=True)
class PullPage:
    records: list[RecordState] = field(default_factory=list)
    conflicts: list[ConflictEntry] = field(default_factory=list)
    erasures: list[str] = field(default_factory=list)
    cursor: str = "0"
    more: bool = False
    #: with `more`: how many items (records, conflicts, erasures) are still to come, for progress
    remaining: int | None = None
    #: ids of stored items the server could not encode and left out of this page
    skipped: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out = {"records": [r.to_json() for r in self.records],
               "conflicts": [c.to_json() for c in self.conflicts],
               "erasures": list(self.erasures), "cursor": self.cursor, "more": self.more}
        if self.remaining is not None:
            out["remaining"] = self.remaining
        if self.skipped:
            out["skipped"] = list(self.skipped)
        return out


def decode_pull_page(data: Any) -> PullPage:
    try:
        return PullPage(
            records=[RecordState(r["id"], r["collection"], dict(r["fields"]), bool(r["deleted"]),
                                 int(r["seq"]), r.get("created_at", ""), r.get("created_by", ""),
                                 r.get("updated_at", ""), r.get("updated_by", ""))
                     for r in data.get("records", [])],
            conflicts=[ConflictEntry(c["id"], c["record_id"], c["collection"], c.get("field"),
                                     c["status"], int(c["seq"]), c.get("created_at", ""),
                                     dict(c.get("data") or {}))
                       for c in data.get("conflicts", [])],
            erasures=[str(e) for e in data.get("erasures", [])],
            cursor=str(data["cursor"]), more=bool(data.get("more", False)),
            remaining=int(data["remaining"]) if data.get("remaining") is not None else None)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(f"malformed pull page: {exc}") from None


# -- cursors ----------------------------------------------------------------------------
def seq_from_cursor(cursor: str | None) -> int:
    """Cursors are opaque to clients; in version 1 they are the decimal group seq."""
    return parse_cursor(cursor)


def parse_cursor(cursor: str | None) -> int:
    if cursor in (None, ""):
        return 0
    if not isinstance(cursor, str) or not CURSOR_RE.fullmatch(cursor):
        raise ProtocolError("the cursor is not one this server gave out")
    return int(cursor)
