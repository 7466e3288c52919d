"""The replica's local work in a sync, and the replica's size (issue 15, items 1–3).

    python benchmarks/bench_replica.py [--records 10000] [--repeat 3] [--profile push|pull] [--peer-docs]

One replica generates the records (local write), pushes them to an empty group (first
push sync), a fresh replica pulls them (first pull), 100 records are edited and pushed,
and the first replica pulls those edits. Reported: seconds (median of --repeat runs),
bytes each way, and the pulling replica's file (WAL checkpointed) next to the JSON of
its records. --peer-docs: the PouchDB peer's generated documents (as bench_peer
writes them) instead of ruraldesk.io.demo's. --profile writes a cProfile of one phase to benchmarks/results/.
The server is the real one (SQLite) under uvicorn in this process, on loopback.
"""

from __future__ import annotations

import cProfile
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ruraldesk.io.demo import generate  # noqa: E402
from ruraldesk.store import Store  # noqa: E402
from sync.client import Replicator  # noqa: E402
from sync.client.transport import Transport  # noqa: E402


def _sync(store, server, token, group, profile_to: Path | None = None) -> dict:
    transport = Transport(server.url, token, read_timeout=300)
    rep = Replicator(store, transport, group=group, confirm_mass_change=lambda s: True, download_blobs=False)
    started = time.perf_counter()
    if profile_to is not None:
        prof = cProfile.Profile()
        report = prof.runcall(rep.sync)
        prof.dump_stats(str(profile_to))
    else:
        report = rep.sync()
    out = {"seconds": round(time.perf_counter() - started, 3), "up": report.bytes_sent,
           "down": report.bytes_received, "requests": report.requests}
    transport.close()
    return out


def _file_size(store) -> int:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in store.path.parent.glob(store.path.name + "*") if p.is_file())


def _records_json(store) -> int:
    total = 0
    for collection in ("practice", "contact", "tool", "theme", "attachment"):
        ids = store.list_ids(collection) + store.list_ids(collection, filters=__import__(
            "ruraldesk.store", fromlist=["Filters"]).Filters(deleted=True))
        for i in range(0, len(ids), 500):
            for r in store.get_many(collection, ids[i:i + 500]).values():
                total += len(json.dumps({"id": r.id, "collection": collection, "fields": r.fields,
                                         "deleted": r.deleted, "created_at": r.created_at,
                                         "created_by": r.created_by, "updated_at": r.updated_at,
                                         "updated_by": r.updated_by}, ensure_ascii=False).encode())
    return total


def _peer_write(store, records: int) -> None:
    """The PouchDB peer's generated documents (../shared/peers/pouchdb/gen_docs.py) as practices."""
    import importlib.util
    import subprocess

    from benchmarks.peer.mapping import practice_id, theme_records, to_practice

    peer = Path(__file__).resolve().parents[2] / "shared" / "peers" / "pouchdb"
    docs = json.loads(subprocess.run([sys.executable, str(peer / "gen_docs.py"), str(records), "42"],
                                     capture_output=True, check=True).stdout)
    assert importlib.util.find_spec("benchmarks.peer.mapping")
    with store.write() as w:
        w.create_many("theme", theme_records(peer / "words.json"))
    items = [(practice_id(d["_id"]), to_practice(d)) for d in docs]
    for i in range(0, len(items), 1000):
        with store.write() as w:
            w.create_many("practice", items[i:i + 1000])


def one_run(root: Path, records: int, profile: str | None, peer_docs: bool = False) -> dict:
    from sync.server.testing import serve

    out: dict = {}
    with serve(None, root / "server") as server:
        tokens = server.make_group("bench", {"ana": "member", "rui": "member"})
        a = Store(root / "a" / "replica.sqlite", author="ana")
        started = time.perf_counter()
        if peer_docs:
            _peer_write(a, records)
        else:
            generate(a, max(1, records // 3), seed=42, attachment_every=10**9)
        out["local_write"] = {"seconds": round(time.perf_counter() - started, 3)}
        prof = Path(__file__).resolve().parent / "results" / f"profile-{profile}.out"
        out["first_push"] = _sync(a, server, tokens["ana"], "bench", prof if profile == "push" else None)
        b = Store(root / "b" / "replica.sqlite", author="rui")
        out["first_pull"] = _sync(b, server, tokens["rui"], "bench", prof if profile == "pull" else None)
        ids = b.list_ids("practice")[:100]
        with b.write() as w:
            for n, rid in enumerate(ids):
                w.update(rid, {"summary": f"edited {n}"})
        out["push_100"] = _sync(b, server, tokens["rui"], "bench")
        out["pull_100"] = _sync(a, server, tokens["ana"], "bench")
        out["file_bytes"] = _file_size(b)
        out["json_bytes"] = _records_json(b)
        out["file_vs_json"] = round(out["file_bytes"] / out["json_bytes"], 2)
        a.close()
        b.close()
    return out


def main(argv: list[str]) -> int:
    records = int(argv[argv.index("--records") + 1]) if "--records" in argv else 10_000
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 3
    profile = argv[argv.index("--profile") + 1] if "--profile" in argv else None
    runs = []
    for _ in range(repeat):
        root = Path(tempfile.mkdtemp(prefix="ruraldesk-bench-replica-"))
        try:
            runs.append(one_run(root / "run", records, profile, "--peer-docs" in argv))
        finally:
            shutil.rmtree(root, ignore_errors=True)
    med = {}
    for phase in ("local_write", "first_push", "first_pull", "push_100", "pull_100"):
        med[phase] = {k: statistics.median(r[phase][k] for r in runs) for k in runs[0][phase]}
    for k in ("file_bytes", "json_bytes", "file_vs_json"):
        med[k] = statistics.median(r[k] for r in runs)
    print(json.dumps(med, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
