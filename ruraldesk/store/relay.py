"""The replica's side of hand-overs (issue 19): the cached device keys of the group, and the
changes of others that came by file or LAN, once per (author, change id).

    rel = store.relay
    rel.keys() / rel.set_keys(rows)               # {(member, device): public key}
    rel.own_pending(limit, after_seq)             # this replica's unconfirmed journal entries
    rel.unforwarded()                             # relayed envelopes (JSON) not yet sent on
    rel.mark_forwarded(keys)
    rel.take(items, plan)                         # apply relayed changes in ONE transaction

The merge decision comes from the caller (`plan`, see sync/relay/exchange.py): the store does
not import the sync package, as in Replication.resolve_conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from sqlalchemy import bindparam, delete, func, insert, select, update

from ruraldesk.domain.records import Record

from . import remote
from .bulk import chunks
from .models import DeviceKey, Journal, Relayed
from .writer import now


@dataclass
class Plan:
    """What one relayed change does here. state: applied | held | refused | duplicate."""

    state: str
    reason: str | None = None
    fields: dict[str, Any] | None = None       # the record's new fields (None: untouched)
    deleted: bool | None = None
    erase: bool = False
    #: (conflict id, field, data) kept as the server would keep them
    conflicts: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class Incoming:
    author: str
    change_id: str
    record_id: str
    collection: str
    envelope: dict[str, Any]     # the envelope's JSON, kept to forward it as signed
    by: str = ""
    at: str = ""


class RelayPort:
    def __init__(self, store) -> None:
        self.store = store

    # -- device keys --------------------------------------------------------------------
    def keys(self) -> dict[tuple[str, str], str]:
        with self.store.read() as conn:
            return {(r.member_id, r.device): r.public_key
                    for r in conn.execute(select(DeviceKey.__table__))}

    def set_keys(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """The server's whole list (member, device, public key) replaces the cached one."""
        with self.store.write() as w:
            w.conn.execute(delete(DeviceKey))
            rows = [{"member_id": m, "device": d, "public_key": k} for m, d, k in rows]
            if rows:
                w.conn.execute(insert(DeviceKey), rows)

    # -- what goes out ------------------------------------------------------------------
    def own_pending(self, limit: int = 1000, after_seq: int = 0) -> list[remote.OutgoingChange]:
        return self.store.replication.outbox(limit=limit, after_seq=after_seq)

    def unforwarded(self) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return [r.envelope for r in conn.execute(
                select(Relayed.envelope).where(Relayed.forwarded_at.is_(None), Relayed.state != "refused")
                .order_by(Relayed.received_at, Relayed.author, Relayed.change_id))]

    def held(self) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return [r.envelope for r in conn.execute(select(Relayed.envelope).where(Relayed.state == "held"))]

    def mark_forwarded(self, keys: Iterable[tuple[str, str]]) -> None:
        stamp = now()
        with self.store.write() as w:
            for author, cid in keys:
                w.conn.execute(update(Relayed).where(Relayed.author == author, Relayed.change_id == cid)
                               .values(forwarded_at=stamp))

    def mark_refused(self, refusals: Iterable[tuple[str, str, str]]) -> None:
        """(author, change id, reason): the server refused these relayed changes."""
        with self.store.write() as w:
            for author, cid, reason in refusals:
                w.conn.execute(update(Relayed).where(Relayed.author == author, Relayed.change_id == cid)
                               .values(state="refused", reason=reason))

    def counts(self) -> dict[str, int]:
        with self.store.read() as conn:
            rows = conn.execute(select(Relayed.state, Relayed.forwarded_at)).all()
        return {"relayed": len(rows), "to_forward": sum(1 for s, f in rows if f is None and s != "refused"),
                "held": sum(1 for s, _ in rows if s == "held")}

    # -- what comes in ------------------------------------------------------------------
    def known(self, keys: Iterable[tuple[str, str]], me: str) -> set[tuple[str, str]]:
        """Which of these (author, change id) this replica already has: relayed here before
        (applied, held or refused alike), or its own change. Sending them again would change
        nothing, so a LAN peer leaves them out."""
        keys = list(dict.fromkeys(keys))
        wanted = set(keys)
        found: set[tuple[str, str]] = set()
        with self.store.read() as c:
            for chunk in chunks([cid for _, cid in keys]):
                found.update(k for k in c.execute(select(Relayed.author, Relayed.change_id)
                                                  .where(Relayed.change_id.in_(chunk))).tuples() if k in wanted)
            for chunk in chunks([cid for author, cid in keys if author == me]):
                found.update((me, cid) for cid in c.execute(
                    select(Journal.change_id).where(Journal.change_id.in_(chunk))).scalars())
        return found

    def take(self, items: list[Incoming], plan: Callable[[Incoming, Record | None, dict[str, Any]], Plan],
             me: str) -> list[Plan]:
        """Apply relayed changes in ONE transaction. `plan(item, current record, facts)` decides
        (facts: erased, pending); an (author, change id) seen before, or one of this replica's
        own journal entries coming back, is a duplicate and changes nothing.

        Set-based: what decides each change is read for all of them at once, records are
        written a batch at a time (the batch is written first when a change meets a record
        already in it, so each decision sees the record as the changes before it left it)."""
        out: list[Plan] = []
        with self.store.write() as w:
            known = _Known.read(w.conn, items, me)
            batch: dict[str, remote.RemoteState] = {}
            new_rows: list[dict[str, Any]] = []
            changed_rows: list[dict[str, Any]] = []

            def write_batch() -> None:
                remote.apply_remote_many(w, list(batch.values()))
                known.reread(w.conn, list(batch))
                batch.clear()

            for item in items:
                key = (item.author, item.change_id)
                seen = known.seen.get(key)
                own = item.author == me and item.change_id in known.own
                if own or (seen is not None and seen != "held"):
                    out.append(Plan("duplicate"))
                    continue
                rid = item.record_id
                if rid in batch:
                    write_batch()
                erased = rid in known.erased
                current = None if erased else known.current.get(rid)
                p = plan(item, current, {"erased": erased, "pending": rid in known.pending})
                out.append(p)
                if p.state == "applied":
                    if p.erase:
                        if batch:
                            write_batch()
                        remote.apply_erasure(w, rid)
                        # the erasure unlinked it from other records: read them again
                        known.after_erasure(w.conn, rid)
                    elif p.fields is not None or p.deleted is not None:
                        batch[rid] = _state(item, current, p)
                    for cid, name, data in p.conflicts:
                        remote.put_conflict(w, cid, rid, item.collection, name, "open", data)
                # a change to an erased record is remembered (it stays refused) without its values
                values = dict(record_id=rid, envelope={} if erased else item.envelope,
                              state=p.state, reason=p.reason, received_at=now())
                if seen is None:
                    new_rows.append(dict(author=item.author, change_id=item.change_id, forwarded_at=None, **values))
                else:
                    changed_rows.append(dict(b_author=item.author, b_change_id=item.change_id, **values))
                known.seen[key] = p.state
            if batch:
                write_batch()
            if new_rows:
                w.conn.execute(insert(Relayed), new_rows)
            if changed_rows:
                w.conn.execute(update(Relayed).where(Relayed.author == bindparam("b_author"),
                                                     Relayed.change_id == bindparam("b_change_id")), changed_rows)
        return out


def _state(item: Incoming, current: Record | None, p: Plan) -> remote.RemoteState:
    return remote.RemoteState(
        item.record_id, item.collection,
        p.fields if p.fields is not None else (current.fields if current else {}),
        p.deleted if p.deleted is not None else (current.deleted if current else False),
        # the record's base stays what the server last said: relayed edits are not a server state
        current.server_seq if current else 0,
        created_at=current.created_at if current else item.at,
        created_by=current.created_by if current else item.author,
        updated_at=item.at or now(), updated_by=item.author)


@dataclass
class _Known:
    """What decides the relayed changes of one take(), read for all of them at once and kept
    up to date as they are applied."""

    seen: dict[tuple[str, str], str]        # (author, change id) -> state of the relayed row
    own: set[str]                           # this replica's own change ids among them
    erased: set[str]
    pending: set[str]                       # records with a local change not yet pushed
    current: dict[str, Record]

    rids: list[str]

    @classmethod
    def read(cls, c, items: list[Incoming], me: str) -> _Known:
        rids = list(dict.fromkeys(i.record_id for i in items))
        cids = list(dict.fromkeys(i.change_id for i in items))
        mine = list(dict.fromkeys(i.change_id for i in items if i.author == me))
        wanted = {(i.author, i.change_id) for i in items}
        seen, own, erased = {}, set(), set()
        for chunk in chunks(cids):
            for r in c.execute(select(Relayed.author, Relayed.change_id, Relayed.state)
                               .where(Relayed.change_id.in_(chunk))):
                if (r.author, r.change_id) in wanted:
                    seen[(r.author, r.change_id)] = r.state
        for chunk in chunks(mine):
            own.update(c.execute(select(Journal.change_id).where(Journal.change_id.in_(chunk))).scalars())
        for chunk in chunks(rids):
            erased.update(c.execute(select(Journal.record_id).where(
                Journal.record_id.in_(chunk), Journal.op == "erase")).scalars())
            erased.update(c.execute(select(Relayed.record_id).where(
                Relayed.record_id.in_(chunk), Relayed.state == "applied",
                func.json_extract(Relayed.envelope, "$.op") == "erase")).scalars())
        known = cls(seen, own, erased, set(), {}, rids)
        known.reread(c, rids)
        return known

    def reread(self, c, rids: list[str]) -> None:
        """Pending changes and current state of these records, as the transaction has them now."""
        rids = [r for r in rids if r not in self.erased]
        self.pending.difference_update(rids)
        for chunk in chunks(rids):
            self.pending.update(c.execute(select(Journal.record_id).where(
                Journal.record_id.in_(chunk), Journal.state == "pending")).scalars())
        self.current.update(remote.records_by_id(c, rids)[0])

    def after_erasure(self, c, rid: str) -> None:
        self.erased.add(rid)
        self.pending.discard(rid)
        self.current.pop(rid, None)
        self.reread(c, self.rids)


__all__ = ["Incoming", "Plan", "RelayPort"]
