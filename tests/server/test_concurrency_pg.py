"""Concurrent writers and pullers on real PostgreSQL: no puller's cursor may pass a seq whose
transaction has not committed yet, and one group's push does not wait for another group's."""

from __future__ import annotations

import random
import threading
import time
import uuid

import pytest
from server_helpers import Api, change, new_id

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(120)]

WRITERS, PUSHES, PULLERS = 8, 20, 3


def _fresh_group(server, members: dict[str, str]) -> tuple[str, dict[str, Api]]:
    name = "c-" + uuid.uuid4().hex[:10]
    tokens = server.make_group(name, members)
    return name, {who: Api(server.url, name, tok) for who, tok in tokens.items()}


class Puller:
    """An incremental puller with small pages, holding what it received like a replica."""

    def __init__(self, api: Api):
        self.api, self.cursor = api, "0"
        self.records: dict[str, int] = {}
        self.conflicts: dict[str, tuple[int, str]] = {}

    def step(self) -> bool:
        page = self.api.pull(self.cursor, limit=10)
        for r in page["records"]:
            self.records[r["id"]] = max(self.records.get(r["id"], 0), r["seq"])
        for x in page["conflicts"]:
            if x["seq"] > self.conflicts.get(x["id"], (0, ""))[0]:
                self.conflicts[x["id"]] = (x["seq"], x["status"])
        self.cursor = page["cursor"]
        return page["more"]


def test_pullers_receive_every_record_while_writers_push(pg_server):
    members = {f"w{i}": "member" for i in range(WRITERS)} | {f"p{i}": "reader" for i in range(PULLERS)}
    _name, apis = _fresh_group(pg_server, members)
    shared = new_id()
    created = apis["w0"].push(change(shared, "create", {"title": "Shared", "kind": "good"}))[0]
    assert created["status"] == "applied"
    errors: list[BaseException] = []
    done = threading.Event()

    def write(i: int) -> None:
        try:
            api = apis[f"w{i}"]
            for n in range(PUSHES):
                time.sleep(random.uniform(0.01, 0.08))  # lets the pullers catch up: the race is at the head
                # a create, and an update from the stale base that opens a conflict on the shared record
                results = api.push(
                    change(new_id(), "create", {"title": f"w{i}-{n}", "kind": "good"}),
                    change(shared, fields={"title": f"by w{i} #{n}"}, previous={"title": "Shared"},
                           base_seq=created["seq"]))
                assert [r["status"] for r in results][0] == "applied", results
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    pullers = [Puller(apis[f"p{i}"]) for i in range(PULLERS)]

    def pull(p: Puller) -> None:
        try:
            while not done.is_set():
                p.step()
            while p.step():
                pass
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    writers = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    readers = [threading.Thread(target=pull, args=(p,)) for p in pullers]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    done.set()
    for t in readers:
        t.join()
    assert not errors, errors

    everything = Puller(apis["p0"])
    while everything.step():
        pass
    assert len(everything.records) == 1 + WRITERS * PUSHES
    assert len(everything.conflicts) >= WRITERS * PUSHES - 1
    for p in pullers:
        missing = set(everything.records) - set(p.records)
        assert not missing, f"a puller never received {len(missing)} record(s)"
        assert p.records == everything.records
        assert p.conflicts == everything.conflicts


def test_a_push_holding_one_groups_lock_does_not_hold_up_another_group(pg_server):
    """While a push to group X holds X's row lock (as a slow merge would), a push to group Y
    goes through, and X's next push waits for the lock instead of interleaving."""
    x_name, x = _fresh_group(pg_server, {"ana": "member"})
    _y, y = _fresh_group(pg_server, {"eva": "member"})
    waiting: list[dict] = []
    with pg_server.service.db.write(x_name):
        t = threading.Thread(target=lambda: waiting.extend(
            x["ana"].push(change(new_id(), "create", {"title": "After", "kind": "good"}))))
        t.start()
        got = y["eva"].push(change(new_id(), "create", {"title": "Small", "kind": "good"}))
        assert got[0]["status"] == "applied"
        assert not waiting, "the push to X should wait for X's lock"
    t.join(timeout=30)
    assert waiting and waiting[0]["status"] == "applied"
