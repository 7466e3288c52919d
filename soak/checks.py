"""The end of a fault run: every replica equals the server, nothing lost, nothing twice.

    server = server_state(db_url, group)
    replica_differences(store, server) -> list[str]      # empty when the replica equals the server
    lost_values(logs, server) -> list[str]               # committed edits that vanished
    duplicates(server, stores) -> list[str]

"Lost" follows the suite's rule (tests/sync/test_convergence.py): a value a replica
committed must be the record's final value, or one side of a conflict (any status), or
superseded — somebody saw it and wrote over it (a later edit whose replaced value it was,
on any replica or in the server's history) — or its record was erased.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import create_engine, select

from ruraldesk.store.models import MODELS
from ruraldesk.store.models import Conflict as LocalConflict
from ruraldesk.store.models import Journal
from sync.protocol import same
from sync.server.config import normalise_url
from sync.server.models import Change, Conflict, Erasure, Record


def normalised(fields: dict[str, Any] | None) -> dict[str, Any]:
    """Fields as both sides mean them: empty values dropped, lists as sets."""
    return {k: (sorted(v, key=str) if isinstance(v, list) else v)
            for k, v in (fields or {}).items() if v not in (None, [], "")}


@dataclass
class ServerState:
    records: dict[str, tuple[str, dict, bool]]
    open_conflicts: set[str]
    all_conflicts: list[dict[str, Any]]
    erased: set[str]
    creates: Counter = field(default_factory=Counter)
    #: (record, field, value) that a later change replaced (its `previous`)
    replaced: set[tuple[str, str, str]] = field(default_factory=set)


def server_state(db_url: str, group: str) -> ServerState:
    engine = create_engine(normalise_url(db_url))
    try:
        with engine.connect() as c:
            records = {r.record_id: (r.collection, normalised(r.fields), bool(r.deleted))
                       for r in c.execute(select(Record.record_id, Record.collection, Record.fields,
                                                 Record.deleted).where(Record.group_id == group))}
            conflicts = [dict(r._mapping) for r in c.execute(
                select(Conflict.conflict_id, Conflict.record_id, Conflict.field, Conflict.status,
                       Conflict.data).where(Conflict.group_id == group))]
            erased = {i for (i,) in c.execute(select(Erasure.record_id).where(Erasure.group_id == group))}
            creates: Counter = Counter()    # (record, member): theme records share ids on purpose
            replaced: set[tuple[str, str, str]] = set()
            for rid, op, previous, status, member in c.execute(
                    select(Change.record_id, Change.op, Change.previous, Change.status, Change.member_id)
                    .where(Change.group_id == group)
                                               .execution_options(stream_results=True)):
                if status == "rejected":
                    continue
                if op == "create":
                    creates[(rid, member)] += 1
                _add_replaced(replaced, rid, previous)
    finally:
        engine.dispose()
    return ServerState(records, {x["conflict_id"] for x in conflicts if x["status"] == "open"},
                       conflicts, erased, creates, replaced)


def _add_replaced(into: set, rid: str, previous: dict | None) -> None:
    for name, value in (previous or {}).items():
        if isinstance(value, str):
            into.add((rid, name, value))


def replica_state(store) -> tuple[dict[str, tuple[str, dict, bool]], set[str]]:
    """(records, ids of open conflicts) of one replica."""
    out = {}
    with store.read() as conn:
        for collection, model in MODELS.items():
            t = model.__table__
            for row in conn.execute(select(t.c.id, t.c.fields, t.c.deleted)):
                out[row.id] = (collection, normalised(row.fields), bool(row.deleted))
        open_ = {i for (i,) in conn.execute(select(LocalConflict.id).where(LocalConflict.status == "open"))}
    return out, open_


def replica_differences(store, server: ServerState, *, limit: int = 5) -> list[str]:
    records, open_ = replica_state(store)
    problems = []
    missing = sorted(set(server.records) - set(records))
    extra = sorted(set(records) - set(server.records))
    differ = sorted(k for k in set(records) & set(server.records) if records[k] != server.records[k])
    if missing:
        problems.append(f"{len(missing)} server records missing here, e.g. {missing[:limit]}")
    if extra:
        problems.append(f"{len(extra)} records here not on the server, e.g. {extra[:limit]}")
    for k in differ[:limit]:
        problems.append(f"record {k} differs: here {records[k]!r}, server {server.records[k]!r}")
    if len(differ) > limit:
        problems.append(f"... {len(differ) - limit} more records differ")
    if open_ != server.open_conflicts:
        problems.append(f"open conflicts differ: {len(server.open_conflicts - open_)} only on the server, "
                        f"{len(open_ - server.open_conflicts)} only here")
    pending = store.pending_count()
    if pending:
        problems.append(f"{pending} changes still waiting to be sent")
    return problems


def read_log(path: Path) -> list[dict[str, Any]]:
    """A replica's edit log; a line cut by a SIGKILL mid-write is left out."""
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out


def replaced_on_replicas(stores: Iterable) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for s in stores:
        with s.read() as conn:
            for rid, previous in conn.execute(select(Journal.record_id, Journal.previous)):
                _add_replaced(out, rid, previous)
    return out


def lost_values(logs: dict[str, list[dict]], server: ServerState,
                replaced_elsewhere: set[tuple[str, str, str]]) -> list[str]:
    replaced = set(server.replaced) | replaced_elsewhere
    for entries in logs.values():
        for e in entries:
            if e.get("op") in ("set", "resolve") and isinstance(e.get("prev"), str) and e.get("field"):
                replaced.add((e["rid"], e["field"], e["prev"]))
    in_conflict: set[tuple[str, str, str]] = set()
    for x in server.all_conflicts:
        for side in ("server", "other"):
            v = (x["data"] or {}).get(side)
            if isinstance(v, str):
                in_conflict.add((x["record_id"], x["field"], v))
    lost = []
    for who, entries in logs.items():
        for e in entries:
            op, rid = e.get("op"), e.get("rid")
            if op not in ("create", "set"):
                continue
            if rid in server.erased:
                continue
            if rid not in server.records:
                lost.append(f"{who}: record {rid} ({op}) is on the server neither as a record nor erased")
                continue
            name = e["field"] if op == "set" else ("title" if e["collection"] == "practice" else "name")
            value = e["value"]
            if same(server.records[rid][1].get(name), value):
                continue
            if (rid, name, value) in in_conflict or (rid, name, value) in replaced:
                continue
            lost.append(f"{who}: {name}={value!r} on {rid} vanished (final "
                        f"{server.records[rid][1].get(name)!r})")
    return lost


def duplicates(server: ServerState, stores: Iterable) -> list[str]:
    out = [f"record {rid} was created {n} times by {member} on the server"
           for (rid, member), n in server.creates.items() if n > 1]
    for s in stores:
        with s.read() as conn:
            twice = conn.exec_driver_sql("SELECT record_id, count(*) FROM journal WHERE op = 'create' "
                                         "GROUP BY record_id HAVING count(*) > 1").all()
        out += [f"{s.path.parent.name}: record {rid} created {n} times in its journal" for rid, n in twice]
    return out
