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

from sqlalchemy import delete, insert, select, update

from ruraldesk.domain.records import Record

from . import remote
from .models import DeviceKey, Journal, Relayed
from .writer import find_record, now


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
    def take(self, items: list[Incoming], plan: Callable[[Incoming, Record | None, dict[str, Any]], Plan],
             me: str) -> list[Plan]:
        """Apply relayed changes in ONE transaction. `plan(item, current record, facts)` decides
        (facts: erased, pending); an (author, change id) seen before, or one of this replica's
        own journal entries coming back, is a duplicate and changes nothing."""
        out: list[Plan] = []
        with self.store.write() as w:
            c = w.conn
            for item in items:
                seen = c.execute(select(Relayed.state).where(Relayed.author == item.author,
                                                             Relayed.change_id == item.change_id)).first()
                own = item.author == me and c.execute(
                    select(Journal.seq).where(Journal.change_id == item.change_id)).first() is not None
                if own or (seen is not None and seen.state != "held"):
                    out.append(Plan("duplicate"))
                    continue
                erased = c.execute(select(Journal.seq).where(Journal.record_id == item.record_id,
                                                             Journal.op == "erase").limit(1)).first() is not None \
                    or any((e or {}).get("op") == "erase" for (e,) in c.execute(
                        select(Relayed.envelope).where(Relayed.record_id == item.record_id,
                                                       Relayed.state == "applied")))
                pending = c.execute(select(Journal.seq).where(Journal.record_id == item.record_id,
                                                              Journal.state == "pending").limit(1)).first()
                current = None if erased else find_record(c, item.record_id)
                p = plan(item, current, {"erased": erased, "pending": pending is not None})
                out.append(p)
                if p.state == "applied":
                    self._write(w, item, current, p)
                # a change to an erased record is remembered (it stays refused) without its values
                values = dict(record_id=item.record_id, envelope={} if erased else item.envelope,
                              state=p.state, reason=p.reason, received_at=now())
                if seen is None:
                    c.execute(insert(Relayed).values(author=item.author, change_id=item.change_id,
                                                     forwarded_at=None, **values))
                else:
                    c.execute(update(Relayed).where(Relayed.author == item.author,
                                                    Relayed.change_id == item.change_id).values(**values))
        return out

    @staticmethod
    def _write(w, item: Incoming, current: Record | None, p: Plan) -> None:
        if p.erase:
            remote.apply_erasure(w, item.record_id)
            return
        if p.fields is not None or p.deleted is not None:
            fields = p.fields if p.fields is not None else (current.fields if current else {})
            deleted = p.deleted if p.deleted is not None else (current.deleted if current else False)
            remote.apply_remote(w, item.collection, item.record_id, fields, deleted=deleted,
                                # the record's base stays what the server last said: relayed edits
                                # are not a server state
                                server_seq=current.server_seq if current else 0,
                                created_at=current.created_at if current else item.at,
                                created_by=current.created_by if current else item.author,
                                updated_at=item.at or now(), updated_by=item.author)
        for cid, name, data in p.conflicts:
            remote.put_conflict(w, cid, item.record_id, item.collection, name, "open", data)


__all__ = ["Incoming", "Plan", "RelayPort"]
