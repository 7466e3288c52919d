"""One replica of the fault run, in a process of its own: random edits on the group's shared
records, synced with the real client (the `Replicator` that `ruraldesk sync` runs), until
SIGTERM. The fault run SIGKILLs it at any moment and starts it again on the same replica.

    python -m soak.replica RUN_DIR INDEX START SEED [DURING]

DURING is the share of syncs during which a second thread edits too (default 0.3), as a
person does in the app while it syncs.

Every edit is appended to RUN_DIR/replicas/rNN/edits.jsonl *after* the store committed it
(one write() of one line each, so a SIGKILL leaves whole lines), with the value it replaced:
the check at the end needs both to tell a lost value from one somebody overwrote on purpose.
The lines "sync" and "synced" on stdout tell the fault run when a sync is in flight, so it
can kill the process mid-sync.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import threading
import time
import traceback
from pathlib import Path

from ruraldesk.store import Store
from ruraldesk.store.errors import StoreError
from sync.client import Replicator, SyncError, list_conflicts, load_account, resolve_conflict

#: fields that take any text: where concurrent edits meet
TEXT_FIELDS = {"practice": ("title", "summary"), "contact": ("name", "role")}
HOT_SHARE = 0.6        # most edits go to a few records every replica edits: conflicts


def replica_dir(run_dir: Path, index: int) -> Path:
    return Path(run_dir) / "replicas" / f"r{index:02d}"


class Log:
    """Append-only JSON lines; each line is one write() so it is whole or absent."""

    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.lock = threading.Lock()

    def __call__(self, **entry) -> None:
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        with self.lock:
            os.write(self.fd, line)


class Driver:
    def __init__(self, run_dir: Path, index: int, start: int, seed: int, during_share: float):
        self.dir = replica_dir(run_dir, index)
        self.rng = random.Random(seed)
        self.during_share = during_share
        self.tag = f"r{index:02d}.{start}"
        self.counter = 0
        self.hot = json.loads((Path(run_dir) / "seed.json").read_text())["hot"]
        self.store = Store(self.dir / "replica.sqlite", author=f"r{index:02d}")
        self.account = load_account(self.store)
        self.log = Log(self.dir / "edits.jsonl")
        self.stop = threading.Event()
        self.cancel = threading.Event()
        self.edit_lock = threading.Lock()   # the rng is not shared between threads

    # -- edits -------------------------------------------------------------------------
    def value(self) -> str:
        self.counter += 1
        return f"{self.tag}.{self.counter}"

    def ids(self, collection: str) -> list[str]:
        with self.store.read() as conn:   # trash included: edits meet deleted records too
            return [i for (i,) in conn.exec_driver_sql(f"SELECT id FROM {collection} ORDER BY id")]

    def pick(self, collection: str | None = None) -> tuple[str, str] | None:
        rng = self.rng
        if rng.random() < HOT_SHARE:
            hot = [h for h in self.hot if collection in (None, h[0])]
            choice = rng.choice(hot)
            if self.store.find(choice[1]) is not None:
                return choice[0], choice[1]
        collection = collection or rng.choice(("practice", "contact"))
        ids = self.ids(collection)
        return (collection, rng.choice(ids)) if ids else None

    def edit(self) -> None:
        with self.edit_lock:
            self._edit()

    def _edit(self) -> None:
        rng = self.rng
        roll = rng.random()
        try:
            if roll < 0.08:
                collection = rng.choice(("practice", "contact"))
                value = self.value()
                fields = ({"title": value, "kind": "good"} if collection == "practice"
                          else {"kind": "person", "name": value})
                rec = self.store.create(collection, fields)
                self.log(op="create", rid=rec.id, collection=collection, value=value)
            elif roll < 0.14:
                picked = self.pick()
                if picked:
                    deleting = roll < 0.11
                    (self.store.delete if deleting else self.store.restore)(picked[1])
                    self.log(op="delete" if deleting else "restore", rid=picked[1])
            elif roll < 0.19:
                p, c = self.pick("practice"), self.pick("contact")
                if p and c:
                    linking = roll < 0.17
                    (self.store.link if linking else self.store.unlink)(p[1], c[1])
                    self.log(op="link" if linking else "unlink", rid=p[1], other=c[1])
            elif roll < 0.24:
                self.resolve()
            else:
                picked = self.pick()
                if picked:
                    collection, rid = picked
                    field = rng.choice(TEXT_FIELDS[collection])
                    before = self.store.get(rid).fields.get(field)
                    value = self.value()
                    self.store.update(rid, {field: value})
                    self.log(op="set", rid=rid, field=field, value=value, prev=before)
        except (StoreError, ValueError) as exc:   # e.g. the record was erased meanwhile
            self.log(op="refused", error=f"{type(exc).__name__}: {exc}"[:300])

    def resolve(self) -> None:
        open_ = [c for c in list_conflicts(self.store) if c.kind in ("field", "delete")]
        if not open_:
            return
        c = self.rng.choice(open_)
        choice = self.rng.choice(("restore", "delete") if c.kind == "delete" else ("mine", "theirs"))
        rec = self.store.find(c.record_id)
        before = rec.fields.get(c.field) if rec and c.field else None
        resolve_conflict(self.store, c.id, choice)
        after = self.store.find(c.record_id)
        value = after.fields.get(c.field) if after and c.field else None
        self.log(op="resolve", conflict=c.id, rid=c.record_id, field=c.field, choice=choice,
                 value=value, prev=before)

    # -- syncs -------------------------------------------------------------------------
    def sync(self) -> None:
        rng = self.rng
        rep = Replicator(self.store, self.account, cancel=self.cancel,
                         confirm_mass_change=lambda summary: True,
                         batch_count=rng.choice((3, 10, 50)), page_limit=rng.choice((5, 20, 100)),
                         read_timeout=30, connect_timeout=5, max_attempts=rng.choice((2, 6, 12)),
                         backoff_base=0.1, backoff_cap=2.0)
        # edits while the sync runs, as the app allows them
        during = (threading.Thread(target=self.edits_during_sync, daemon=True)
                  if rng.random() < self.during_share else None)
        print("sync", flush=True)
        started = time.monotonic()
        try:
            if during:
                during.start()
            report = rep.sync()
            self.log(op="sync", ok=True, seconds=round(time.monotonic() - started, 3),
                     pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts)
        except SyncError as exc:
            self.log(op="sync", ok=False, error=f"{type(exc).__name__}: {exc}"[:300])
        finally:
            if during:
                during.join()
            rep.transport.close()
        print("synced", flush=True)

    def edits_during_sync(self) -> None:
        for _ in range(2):
            time.sleep(0.02)
            self.edit()

    def run(self) -> None:
        while not self.stop.is_set():
            for _ in range(self.rng.randint(1, 4)):
                self.edit()
            self.sync()
            self.stop.wait(self.rng.uniform(0.05, 0.5))


def main(argv: list[str]) -> int:
    run_dir, index, start, seed = Path(argv[0]), int(argv[1]), int(argv[2]), int(argv[3])
    during = float(argv[4]) if len(argv) > 4 else 0.3
    driver = Driver(run_dir, index, start, seed, during)

    def stop(_signum, _frame):
        driver.stop.set()
        driver.cancel.set()

    signal.signal(signal.SIGTERM, stop)
    try:
        driver.run()
    except Exception:  # noqa: BLE001 - a crash of the client is a finding: keep it for the report
        driver.log(op="crash", error=traceback.format_exc()[-3000:])
        traceback.print_exc()
        return 1
    finally:
        driver.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
