"""The two systems under the same calls: write, sync a replica, edit, check, measure the disk.

Each run gets a fresh folder: a fresh server (PouchDB: express-pouchdb on leveldb, in a node
child process; RuralDesk: `ruraldesk-server serve` on SQLite, a Python child process), the
peer's counting proxy (proxy.js) in front of it, and replicas `1` and `2`. The PouchDB
client runs in a node child process (pouch_driver.js); the RuralDesk client in this process.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

from .mapping import edit_changes, expected_fields, practice_id, theme_records
from .procs import Child, CountingProxy, dir_bytes, ruraldesk_server

HERE = Path(__file__).resolve().parent


class Mismatch(AssertionError):
    """The replicas of one system do not hold the same content."""


def _first_difference(a: dict, b: dict) -> str:
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            return f"{key}: {json.dumps(a.get(key), ensure_ascii=False)[:300]} != " \
                   f"{json.dumps(b.get(key), ensure_ascii=False)[:300]}"
    return "none"


def _check_same(name: str, views: dict[str, dict]) -> None:
    names = list(views)
    first = views[names[0]]
    for other in names[1:]:
        if views[other] != first:
            raise Mismatch(f"{name}: {names[0]} and {other} differ ({len(first)} vs "
                           f"{len(views[other])} records; first difference {_first_difference(first, views[other])})")


class PouchDB:
    name = "PouchDB"

    def __init__(self, peer_dir: Path, root: Path):
        self.peer, self.root = peer_dir, root
        root.mkdir(parents=True, exist_ok=True)
        self.server = Child(["node", str(peer_dir / "server.js"), str(root / "server"), "--adapter", "leveldb"],
                            cwd=peer_dir, log=root / "server.log")
        self.server_port = self.server.info["server_port"]
        self._direct("PUT", "/bench")             # the db exists before any measured phase
        self.proxy = CountingProxy(peer_dir, self.server_port, root / "proxy.log")
        self.driver = subprocess.Popen(["node", str(HERE / "pouch_driver.js"), str(peer_dir), str(root / "clients")],
                                       cwd=peer_dir, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=open(root / "driver.log", "ab"), text=True,
                                       start_new_session=True)

    def _direct(self, method: str, path: str) -> dict:
        req = urllib.request.Request(f"http://127.0.0.1:{self.server_port}{path}", method=method)
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read())

    def _cmd(self, **cmd: Any) -> dict:
        self.driver.stdin.write(json.dumps(cmd) + "\n")
        self.driver.stdin.flush()
        line = self.driver.stdout.readline()
        if not line:
            raise RuntimeError(f"the PouchDB driver died (see {self.root / 'driver.log'})")
        out = json.loads(line)
        if not out.pop("ok"):
            raise RuntimeError(f"PouchDB {cmd['op']} failed: {out['error']}")
        return out

    @staticmethod
    def _db(replica: int) -> str:
        return f"local{replica}"

    def write(self, replica: int, docs: list[dict], docs_file: Path) -> float:
        return self._cmd(op="write", db=self._db(replica), file=str(docs_file))["ms"] / 1000

    def sync(self, replica: int, url: str) -> dict:
        """Replica 1 pushes, replica 2 pulls: what each does in the issue's table."""
        remote = f"{url}/bench"
        src, dst = (self._db(replica), remote) if replica == 1 else (remote, self._db(replica))
        r = self._cmd(op="replicate", source=src, target=dst)
        return {"seconds": r["ms"] / 1000, "docs_written": r["docs_written"]}

    def edit(self, replica: int, docs: list[dict], indexes: list[int]) -> float:
        ids = [docs[i]["_id"] for i in indexes]
        return self._cmd(op="edit", db=self._db(replica), ids=ids)["ms"] / 1000

    def verify(self, expected: list[dict]) -> dict:
        views = {}
        for name, db in (("replica 1", "local1"), ("replica 2", "local2"),
                         ("server", f"http://127.0.0.1:{self.server_port}/bench")):
            out = self.root / f"dump-{name.replace(' ', '')}.json"
            self._cmd(op="dump", db=db, file=str(out))
            views[name] = {d["_id"]: d for d in json.loads(out.read_text(encoding="utf-8"))}
            out.unlink()
        _check_same(self.name, views)
        want = {d["_id"]: d for d in expected}
        got = {k: {f: v for f, v in d.items() if f != "_rev"} for k, d in views["replica 2"].items()}
        if got != want:
            raise Mismatch(f"{self.name}: the replicas do not hold the generated documents "
                           f"(first difference {_first_difference(got, want)})")
        return {"records": len(got), "replicas_equal": True, "equal_to_generated": True}

    def sizes(self) -> dict:
        c = self.root / "clients"
        return {"replica1_bytes": dir_bytes(c / "local1"), "replica2_bytes": dir_bytes(c / "local2"),
                "server_bytes": dir_bytes(self.root / "server")}

    def stop(self) -> None:
        if self.driver.poll() is None:
            try:
                self._cmd(op="close")
            except (RuntimeError, OSError):
                pass
            try:
                self.driver.wait(10)
            except subprocess.TimeoutExpired:
                self.driver.kill()
        self.proxy.stop()
        self.server.stop()


class RuralDesk:
    name = "RuralDesk"
    GROUP = "peer"

    def __init__(self, peer_dir: Path, root: Path):
        from sync.server.admin import _service
        from sync.server.config import Settings

        self.peer, self.root = peer_dir, root
        root.mkdir(parents=True, exist_ok=True)
        self.data = root / "server"
        self.settings = Settings.load(data_dir=self.data)
        svc = _service(self.settings)
        svc.create_group(self.GROUP)
        self.tokens = {}
        for member in ("ana", "rui"):
            svc.add_member(self.GROUP, member, "member")
            self.tokens[member] = svc.issue_token(self.GROUP, member)[1]
        svc.db.dispose()
        # the server runs the same code tree as this client (bench_peer.py --code)
        self.server, self.server_port = ruraldesk_server(self.data, root / "server.log",
                                                         os.environ.get("RURALDESK_BENCH_CODE"))
        self.proxy = CountingProxy(peer_dir, self.server_port, root / "proxy.log")
        self.stores: dict[int, Any] = {}
        self.themes = theme_records(peer_dir / "words.json")

    def store(self, replica: int):
        from ruraldesk.store import Store

        if replica not in self.stores:
            author = "ana" if replica == 1 else "rui"
            self.stores[replica] = Store(self.root / f"replica{replica}" / "replica.sqlite", author=author)
        return self.stores[replica]

    def write(self, replica: int, docs: list[dict], docs_file: Path) -> float:
        """Through the store's bulk write path, 1000 per transaction as PouchDB's bulkDocs."""
        from .mapping import to_practice

        store = self.store(replica)
        items = [(practice_id(d["_id"]), to_practice(d)) for d in docs]
        started = time.perf_counter()
        with store.write() as w:
            w.create_many("theme", self.themes)
        for i in range(0, len(items), 1000):
            with store.write() as w:
                w.create_many("practice", items[i:i + 1000])
        return time.perf_counter() - started

    def sync(self, replica: int, url: str) -> dict:
        """One whole Replicator.sync(): its push and then its pull, as the app runs it."""
        from sync.client import Replicator
        from sync.client.transport import Transport

        member = "ana" if replica == 1 else "rui"
        transport = Transport(url, self.tokens[member], read_timeout=600, max_attempts=3)
        try:
            started = time.perf_counter()
            report = Replicator(self.store(replica), transport, group=self.GROUP,
                                confirm_mass_change=lambda _summary: True).sync()
            seconds = time.perf_counter() - started
        finally:
            transport.close()
        return {"seconds": seconds, "pushed": report.pushed, "pulled": report.pulled,
                "client_requests": report.requests}

    def edit(self, replica: int, docs: list[dict], indexes: list[int]) -> float:
        started = time.perf_counter()
        with self.store(replica).write() as w:
            for i in indexes:
                w.update(practice_id(docs[i]["_id"]), edit_changes(docs[i]))
        return time.perf_counter() - started

    @staticmethod
    def _content(records) -> dict:
        """Every practice and theme, metadata included. A seed theme is created by each
        replica on its own (same stable id): its created_at/created_by stay the local ones
        and are left out of the comparison."""
        from ruraldesk.domain.themes import seed_theme_records

        seeds = {rid for rid, _ in seed_theme_records()}
        out = {}
        for r in records:
            if r["collection"] in ("practice", "theme"):
                out[r["id"]] = {k: v for k, v in r.items()
                                if r["id"] not in seeds or k not in ("created_at", "created_by")}
        return out

    def _replica_view(self, replica: int) -> dict:
        store = self.store(replica)
        out = []
        for collection in ("practice", "theme"):
            for r in store.get_many(collection, store.list_ids(collection)).values():
                out.append({"id": r.id, "collection": collection, "fields": r.fields, "deleted": r.deleted,
                            "created_at": r.created_at, "created_by": r.created_by,
                            "updated_at": r.updated_at, "updated_by": r.updated_by})
        return self._content(out)

    def _server_view(self) -> dict:
        from sync.server.admin import _service

        svc = _service(self.settings)
        out, cursor = [], 0
        try:
            while True:
                page = svc.pull(self.GROUP, cursor, 5000)
                out.extend({k: v for k, v in r.to_json().items() if k != "seq"} for r in page.records)
                cursor = int(page.cursor)
                if not page.more:
                    break
        finally:
            svc.db.dispose()
        return self._content([r for r in out if not r["deleted"]])

    def verify(self, expected: list[dict]) -> dict:
        views = {"replica 1": self._replica_view(1), "replica 2": self._replica_view(2),
                 "server": self._server_view()}
        _check_same(self.name, views)
        practices = {k: v["fields"] for k, v in views["replica 2"].items() if v["collection"] == "practice"}
        want = {practice_id(d["_id"]): expected_fields(d) for d in expected}
        if practices != want:
            raise Mismatch(f"{self.name}: the replicas do not hold the generated documents "
                           f"(first difference {_first_difference(practices, want)})")
        return {"records": len(practices), "replicas_equal": True, "equal_to_generated": True}

    def sizes(self) -> dict:
        """Measured with the replicas still open, as the app leaves them (WAL included) once
        their housekeeping after the last sync (the WAL fold, on a thread) is done."""
        out = {}
        for store in self.stores.values():
            if hasattr(store, "wal"):       # a tree from before the fold on a thread has none
                store.wal.wait(60)
        for replica in (1, 2):
            path = self.root / f"replica{replica}" / "replica.sqlite"
            out[f"replica{replica}_bytes"] = dir_bytes(path)
            out[f"replica{replica}_wal_bytes"] = dir_bytes(path.with_name(path.name + "-wal"))
        out["server_bytes"] = dir_bytes(self.data)
        return out

    def stop(self) -> None:
        for s in self.stores.values():
            s.close()
        self.stores.clear()
        self.proxy.stop()
        self.server.stop()


def edited(docs: list[dict], indexes: list[int]) -> list[dict]:
    """The generated docs with the peer's edit applied at `indexes` (for the checks)."""
    from gen_docs import apply_edit  # noqa: PLC0415 - the peer's module, on sys.path

    out = copy.deepcopy(docs)
    for i in indexes:
        apply_edit(out[i])
    return out
