"""What a replica hands over and takes in without the server (file or LAN), and what it
tells the server at its next sync.

    outgoing(store) -> list[Envelope]          # what the other side may lack, signed now
    accept(store, envelopes, keys=None) -> Report
    at_sync(store, transport, group, member)   # register the key, forward, refresh keys

`keys` maps (member id, device) to a base64url public key; None: the replica's cached copy
of the server's device list. A relayed change is applied with the server's per-field rules
(sync.protocol.merge_field, the local record in the server's place); a conflict gets the id
the server would give it (sync.protocol.conflict_id), so it is shown once however it came.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruraldesk.domain.records import spec
from ruraldesk.store.relay import Incoming, Plan
from ruraldesk.store.writer import ERASED
from sync.protocol import MISSING, from_outgoing, merge_field
from sync.protocol.conflict_id import conflict_id
from sync.protocol.merge import MergeBudget

from sync.client.transport import Rejected

from .envelope import Envelope, sign, verify
from .keys import DeviceKey

log = logging.getLogger(__name__)

META_KEYS_AT = "relay.keys_refreshed_at"
META_KEYS_WANTED = "relay.keys_wanted"
META_USED = "relay.used"
#: seconds after which a sync that received something fetches the device keys again
KEYS_MAX_AGE = 24 * 3600
DEVICES = "/v1/groups/{group}/devices"
RELAY = "/v1/groups/{group}/relay"


class NotSetUp(ValueError):
    """This replica has no group account: it has no author name to sign with."""


@dataclass
class Report:
    applied: int = 0
    duplicates: int = 0
    #: signed by a device this replica does not know yet, or about a record it does not hold:
    #: kept, forwarded to the server at the next sync, not applied here
    held: int = 0
    refused: list[tuple[Envelope, str]] = field(default_factory=list)
    conflicts: int = 0

    @property
    def changed_nothing(self) -> bool:
        return not self.applied and not self.held


def key_path(store) -> Path:
    return Path(store.path).with_name(Path(store.path).name + ".device-key")


def device_key(store) -> DeviceKey:
    return DeviceKey.load_or_create(key_path(store))


def _account(store):
    from sync.client.account import load_account

    acct = load_account(store)
    if acct is None or not acct.member:
        raise NotSetUp("This computer is not connected to a group yet: connect it to the group's server once "
                       "before handing changes over.")
    return acct


# == out ======================================================================================
def outgoing(store) -> list[Envelope]:
    """This device's changes the server has not confirmed, signed now by its key, then the
    changes others relayed here that are not forwarded yet (with their authors' signatures)."""
    acct = _account(store)
    key = device_key(store)
    store.set_meta(META_USED, "1")
    out: list[Envelope] = []
    after = 0
    while True:
        batch = store.relay.own_pending(limit=1000, after_seq=after)
        if not batch:
            break
        for o in batch:
            ch = from_outgoing(o, o.resolves)
            out.append(sign(dict(group=acct.group, author=acct.member, device=key.device_id,
                                 change_id=ch.change_id, record_id=ch.record_id, collection=ch.collection,
                                 op=ch.op, fields=ch.fields, previous=ch.previous, base_seq=ch.base_seq,
                                 at=ch.at, by=ch.by, resolves=ch.resolves), key.private))
        after = batch[-1].seq
    out.extend(Envelope.from_json(e) for e in store.relay.unforwarded())
    return out


def lacking(store, keys: list[tuple[str, str]]) -> list[int]:
    """The positions in `keys` (author, change id) of the changes this replica does not have."""
    have = store.relay.known(keys, _account(store).member)
    return [i for i, k in enumerate(keys) if k not in have]


# == in =======================================================================================
def accept(store, envelopes: list[Envelope], keys: dict[tuple[str, str], str] | None = None) -> Report:
    acct = _account(store)
    store.set_meta(META_USED, "1")
    keys = store.relay.keys() if keys is None else keys
    report = Report()
    items: list[Incoming] = []
    verdicts: dict[tuple[str, str], str] = {}
    for env in envelopes:
        if env.group != acct.group:
            report.refused.append((env, "this change belongs to another group"))
            continue
        pk = keys.get((env.author, env.device))
        if pk is None:
            verdicts[env.key] = "unknown-key"
        elif not verify(env, pk):
            report.refused.append((env, "the signature does not match: the change was altered or not made "
                                        "by its author"))
            continue
        items.append(Incoming(env.author, env.change_id, env.record_id, env.collection, env.to_json(),
                              env.by, env.at))
    by_key = {e.key: e for e in envelopes}
    roles = {m["member_id"]: (m.get("role") or "", m.get("removed_at")) for m in store.news.members()}
    budget = MergeBudget()

    def plan(item: Incoming, current, facts: dict[str, Any]) -> Plan:
        env = by_key[(item.author, item.change_id)]
        if verdicts.get(env.key) == "unknown-key":
            return Plan("held", "signed by a device this computer does not know yet")
        return _plan(acct.group, env, current, facts, roles.get(env.author), budget)

    plans = store.relay.take(items, plan, acct.member) if items else []
    for item, p in zip(items, plans):
        if p.state == "applied":
            report.applied += 1
            report.conflicts += len(p.conflicts)
        elif p.state == "duplicate":
            report.duplicates += 1
        elif p.state == "held":
            report.held += 1
        else:
            report.refused.append((by_key[(item.author, item.change_id)], p.reason or "refused"))
    if any(v == "unknown-key" for v in verdicts.values()):
        store.set_meta(META_KEYS_WANTED, "1")
    return report


def _plan(group: str, env: Envelope, current, facts: dict[str, Any], role: tuple[str, Any] | None,
          budget: MergeBudget) -> Plan:
    """The server's push rules (service._Push.apply), with this replica's record in the
    server's place."""
    if role is not None and (role[1] is not None or role[0] == "reader"):
        return Plan("refused", "readers cannot push changes" if role[1] is None
                    else "its author is no longer a member of this group")
    if facts["erased"]:
        return Plan("refused", ERASED)
    if env.op == "erase":
        if role is None or role[0] != "coordinator":
            return Plan("refused" if role is not None else "held", "only a coordinator can erase a record")
        return Plan("applied", erase=True)
    if current is None:
        if env.op != "create":
            return Plan("held", "the record is not on this computer yet")
        fields = {k: v for k, v in env.fields.items() if v not in (None, [], "")}
        return Plan("applied", fields=fields, deleted=False)
    if current.collection != env.collection:
        return Plan("refused", f"record {env.record_id} is a {current.collection}, not a {env.collection}")
    s = spec(env.collection)
    new = dict(current.fields)
    conflicts: list[tuple[str, str, dict[str, Any]]] = []
    others_since = facts["pending"] or current.server_seq > env.base_seq

    def keep(name: str, here: Any, theirs: Any, base: Any) -> None:
        conflicts.append((conflict_id(group, env.author, env.change_id, name), name, {
            "server": here, "other": theirs, "base": base, "who": env.by or env.author, "member": env.author,
            "when": env.at, "change_id": env.change_id, "op": env.op, "server_by": current.updated_by,
            "server_at": current.updated_at, "relayed": True}))

    for name, value in env.fields.items():
        if name == "deleted" or not s.has(name):
            continue
        f = s.field(name)
        here = current.fields.get(name)
        if env.op == "create":
            base = [] if f.merge == "set" else None
        else:
            base = env.previous.get(name, MISSING)
        out = merge_field(f.merge, base, here, value, budget)
        if out.status == "conflict":
            keep(name, here, value, None if base is MISSING else base)
        else:
            new[name] = out.value
    deleted = current.deleted
    if env.op == "delete" and not deleted:
        if others_since:
            keep("deleted", False, True, False)
        else:
            deleted = True
    elif env.op == "restore":
        deleted = False
    elif env.op in ("create", "update", "link", "unlink") and deleted and env.fields and others_since:
        keep("deleted", True, False, False)
    new = {k: v for k, v in new.items() if v not in (None, [], "")}
    return Plan("applied", fields=new, deleted=deleted, conflicts=conflicts)


# == at the next server sync ====================================================================
def device_header(store) -> dict[str, str]:
    """Sent with every push and pull of a replica with an account: the server registers this
    device's key from it (sync/server/relay_api.NoteDeviceKeys), at no extra request."""
    from sync.client.account import load_account

    acct = load_account(store)
    if acct is None or not acct.member:
        return {}
    key = device_key(store)
    return {"RuralDesk-Device-Key": f"{key.device_id} {key.public_b64}"}


def at_sync(store, transport, group: str, busy: bool = True, received: bool = False) -> dict[str, int]:
    """Register this device's key (once), send on what others relayed here, and refresh the
    cached device keys (after a sync that moved something, a hand-over that met an unknown
    key, or — on a sync that received others' changes — when the keys are a day old or were
    never fetched: a laptop set up and then taken offline can check the first file handed to
    it). Costs no request when there is nothing to do, so an idle sync stays one request."""
    import time

    from sync.client.account import load_account

    acct = load_account(store)
    if acct is None or not acct.member:
        return {}
    done = {"forwarded": 0, "refused": 0}
    todo = [Envelope.from_json(e) for e in store.relay.unforwarded()]
    for i in range(0, len(todo), 500):
        batch = todo[i:i + 500]
        try:
            data = transport.post_json(RELAY.format(group=group), {"envelopes": [e.to_json() for e in batch]})
        except Rejected as exc:
            if exc.status in (404, 405):   # a server older than relays: keep them for a newer one
                return done
            if exc.status not in (400, 413, 422):
                raise
            # the server will never take this batch as it is (a malformed envelope someone
            # handed over): it must not block every later sync; the authors' own syncs remain
            log.warning("relayed changes not taken by the server: %s", exc)
            data = {"results": [{"status": "rejected"}] * len(batch)}
        results = data.get("results", []) if isinstance(data, dict) else []
        store.relay.mark_forwarded([e.key for e in batch])
        refused = [(e.author, e.change_id, str(r.get("reason") or "refused by the server"))
                   for e, r in zip(batch, results) if isinstance(r, dict) and r.get("status") == "rejected"]
        store.relay.mark_refused(refused)
        # a conflict leaves the server's value standing, without a new seq when this replica
        # already holds that seq (its own push just before was an echo): no pull brings
        # the record back, so it is read again as after a refusal
        _server_copy(store, transport, group, {e.record_id for e, r in zip(batch, results)
                                               if isinstance(r, dict) and r.get("status") in ("rejected", "conflict")})
        done["forwarded"] += len(batch)
        done["refused"] += len(refused)
    counts = store.relay.counts()
    metas = store.get_metas((META_USED, META_KEYS_AT, META_KEYS_WANTED))
    held, used = counts["held"], counts["relayed"] or metas[META_USED]
    # the keys are needed only by a replica that takes hand-overs: one that did refreshes them
    # when the sync moved something (or they were missed); one that never did fetches them at
    # a sync that received something, at most once a day (its first hand-over may come offline)
    try:
        stale = time.time() - float(metas[META_KEYS_AT] or 0) > KEYS_MAX_AGE
    except ValueError:
        stale = True
    if held or metas[META_KEYS_WANTED] or (used and (busy or done["forwarded"])) \
            or (received and stale):
        try:
            refresh_keys(store, transport, group)
        except Rejected as exc:
            if exc.status in (404, 405):   # a server older than relays
                return done
            raise
        if held:   # the keys they waited for may be here now
            accept(store, [Envelope.from_json(e) for e in store.relay.held()])
    return done


def _server_copy(store, transport, group: str, record_ids: set[str]) -> None:
    """After the server refused relayed changes, or kept its own value against them (a
    conflict): the records they touched here become the server's again (local pending
    edits replayed), as after a refused push. A record the server never had stays as it
    is here (limitation: see docs/sync-protocol.md, Relay)."""
    from sync.protocol import decode_pull_page

    for rid in sorted(record_ids):
        resp = transport.request("GET", f"/v1/groups/{group}/records/{rid}", ok=(404,))
        if resp.status_code == 404:
            continue
        store.replication.apply_records(decode_pull_page({"records": [resp.json()], "cursor": "0"}).records)


def refresh_keys(store, transport, group: str) -> None:
    import time

    rows = transport.get_json(DEVICES.format(group=group))
    store.relay.set_keys([(r["member"], r["device"], r["public_key"]) for r in rows
                          if isinstance(r, dict) and {"member", "device", "public_key"} <= set(r)])
    store.set_meta(META_KEYS_AT, str(time.time()))
    store.set_meta(META_KEYS_WANTED, "")
    try:  # the roles the relayed changes are weighed with here
        from sync.client.directory import refresh

        refresh(store, transport, group)
    except Exception as exc:  # noqa: BLE001 - names can wait; the keys are in
        log.info("member directory not refreshed: %s", exc)


__all__ = ["NotSetUp", "Report", "accept", "at_sync", "device_key", "lacking", "outgoing", "refresh_keys"]
