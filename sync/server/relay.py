"""Relayed changes and device keys (issue 19), without HTTP.

A change carried by another member (a file, a LAN link) is taken only with its author's
valid signature by a device key the author registered; it then goes through the ordinary
push path under its author (`Caller` of the author), so the per-member idempotency, the
merge rules, the role checks and the attribution are the push's own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from sync.protocol import ProtocolError
from sync.protocol.wire import MAX_BATCH, decode_change
from sync.relay.envelope import Envelope, EnvelopeError, public_key_from_b64, verify

from .models import Change as ChangeRow, DeviceKey, Member
from .service import Caller, Invalid, ServiceError, Service, now

DEVICE_RE_MAX = 64


class KeyClash(ServiceError):
    status, code = 409, "conflict"


class Relay:
    def __init__(self, service: Service):
        self.service = service
        self.db = service.db

    # -- device keys ------------------------------------------------------------------
    def register_device(self, caller: Caller, device: str, public_key: str) -> dict[str, Any]:
        """A member registers their own device's key; the same key again is a no-op. A device
        id keeps its key: another key under it is refused (it would let old signatures lie)."""
        if not isinstance(device, str) or not 1 <= len(device) <= DEVICE_RE_MAX or not device.isascii() \
                or not device.replace("-", "").replace("_", "").isalnum():
            raise Invalid("a device id is 1-64 ASCII letters, digits, - or _")
        try:
            public_key_from_b64(public_key)
        except (ValueError, TypeError):
            raise Invalid("public_key must be a raw Ed25519 public key, base64url (43 characters)") from None
        with self.db.write(caller.group_id) as c:
            row = c.execute(select(DeviceKey.public_key, DeviceKey.created_at).where(
                DeviceKey.group_id == caller.group_id, DeviceKey.member_id == caller.member_id,
                DeviceKey.device == device)).first()
            if row is not None:
                if row.public_key != public_key:
                    raise KeyClash("this device is already registered with another key")
                created = row.created_at
            else:
                created = now()
                c.execute(insert(DeviceKey).values(group_id=caller.group_id, member_id=caller.member_id,
                                                   device=device, public_key=public_key, created_at=created))
        return {"member": caller.member_id, "device": device, "public_key": public_key, "created_at": created}

    def devices(self, group_id: str) -> list[dict[str, Any]]:
        with self.db.read() as c:
            return [{"member": r.member_id, "device": r.device, "public_key": r.public_key,
                     "created_at": r.created_at}
                    for r in c.execute(select(DeviceKey.__table__).where(DeviceKey.group_id == group_id)
                                       .order_by(DeviceKey.member_id, DeviceKey.device))]

    # -- relayed changes --------------------------------------------------------------
    def relay(self, caller: Caller, raw: list[Any]) -> list[dict[str, Any]]:
        """One result per envelope, in order: {author, change_id, status, seq, reason,
        conflicts}. The relaying member needs no write right of their own: each change is
        weighed with its author's."""
        if not isinstance(raw, list) or len(raw) > MAX_BATCH:
            raise Invalid(f"'envelopes' must be a list of at most {MAX_BATCH} relayed changes")
        g = caller.group_id
        with self.db.read() as c:
            keys = {(r.member_id, r.device): r.public_key for r in c.execute(
                select(DeviceKey.member_id, DeviceKey.device, DeviceKey.public_key).where(DeviceKey.group_id == g))}
            members = {r.member_id: r for r in c.execute(
                select(Member.member_id, Member.role, Member.removed_at).where(Member.group_id == g))}
        results: list[dict[str, Any] | None] = [None] * len(raw)
        by_author: dict[str, list[tuple[int, Any]]] = {}
        for i, data in enumerate(raw):
            try:
                env = Envelope.from_json(data)
            except EnvelopeError as exc:
                results[i] = _refused(data, str(exc))
                continue
            reason = None
            key = keys.get((env.author, env.device))
            if env.group != g:
                reason = "this change belongs to another group"
            elif key is None:
                reason = "this change is signed by a device its author has not registered"
            elif not verify(env, key):
                reason = "the signature does not match: the change was altered or not made by its author"
            elif env.author not in members or members[env.author].removed_at is not None:
                reason = "its author is no longer a member of this group"
            elif members[env.author].role not in ("coordinator", "member"):
                reason = "readers cannot push changes"
            if reason is None:
                try:
                    change = decode_change(_as_change(env))
                except ProtocolError as exc:
                    reason = str(exc)
            if reason is not None:
                results[i] = _refused(data, reason)
                continue
            by_author.setdefault(env.author, []).append((i, change))
        for author, items in by_author.items():
            who = Caller(g, author, members[author].role, f"relay:{caller.member_id}")
            known = self._known(g, author, [ch.change_id for _, ch in items])
            pushed, _ = self.service.push(who, [ch for _, ch in items])
            for (i, ch), r in zip(items, pushed):
                # a replay answers as the first time did: `already` tells the one who handed
                # the file in that the server had this change (its author's sync, an earlier file)
                results[i] = {"author": author, **r.to_json(), "already": ch.change_id in known}
        return results  # type: ignore[return-value]

    def _known(self, group: str, author: str, change_ids: list[str]) -> set[str]:
        known: set[str] = set()
        with self.db.read() as c:
            for i in range(0, len(change_ids), 500):
                known.update(c.execute(select(ChangeRow.change_id).where(
                    ChangeRow.group_id == group, ChangeRow.member_id == author,
                    ChangeRow.change_id.in_(change_ids[i:i + 500]))).scalars())
        return known


def _as_change(env: Envelope) -> dict[str, Any]:
    out = {"change_id": env.change_id, "record_id": env.record_id, "collection": env.collection, "op": env.op,
           "fields": env.fields, "previous": env.previous, "base_seq": env.base_seq, "at": env.at, "by": env.by}
    if env.resolves:
        out["resolves"] = list(env.resolves)
    return out


def _refused(data: Any, reason: str) -> dict[str, Any]:
    d = data if isinstance(data, dict) else {}
    author, cid = d.get("author"), d.get("change_id")
    return {"author": author if isinstance(author, str) else None,
            "change_id": cid if isinstance(cid, str) else None,
            "status": "rejected", "seq": None, "reason": reason, "conflicts": [], "echo": False,
            "already": False}


def relay_file(service: Service, group_id: str, path: str, passphrase: str | None, by: str) -> str:
    """`ruraldesk-server relay-import G FILE`: a coordinator hands a file to the server. The
    changes are weighed as if the file's authors had pushed them; the answer is one line."""
    import getpass
    import os

    from sync.relay.bundle import BundleError
    from sync.relay.handover import read_file

    phrase = passphrase or os.environ.get("RURALDESK_HANDOVER_PASSPHRASE") or getpass.getpass(
        "Passphrase of the file: ")
    with service.db.read() as c:
        service._group(c, group_id)
    try:
        envelopes = read_file(path, group_id, phrase)
    except BundleError as exc:
        raise ServiceError(str(exc)) from None
    results = []
    relay = Relay(service)
    for i in range(0, len(envelopes), MAX_BATCH):
        results += relay.relay(Caller(group_id, by, "coordinator", "cli"),
                               [e.to_json() for e in envelopes[i:i + MAX_BATCH]])
    refused = [r for r in results if r["status"] == "rejected"]
    line = f"{len(results) - len(refused)} of {len(results)} changes taken into {group_id}"
    if refused:
        line += "; refused: " + "; ".join(sorted({r["reason"] for r in refused}))[:500]
    return line
