"""Sync: requests, bytes and time for the syncs that matter on a poor link.

    python benchmarks/bench_sync.py [--quick]

Sizes are total records (practices, contacts and tools in equal parts, plus the
generator's links and small attachments). --quick: 1k and 10k; otherwise also 100k.

Each sync also states how far this process's resident memory grew above where it was when
the sync began (RSS growth MB, sampled every 20 ms): flat across sizes, as pages are
applied one at a time and a spooled pull waits in a file, not in memory.

* nothing-new   a sync when neither side has anything new (target: 1 request, < 1 KB)
* initial push  a replica's first sync to an empty group
* initial pull  a fresh replica's first sync: time, requests, bytes received, next to
                the gzip size of the same records as plain JSON (what any transfer of
                the data must at least carry)
* push edits    10k edited records pushed (on the 10k data set)
* lossy link    a 1k-record first sync through a 64 kbit/s link that also drops 15% of
                the connections (half the drops after the server has answered), next
                to the same sync on a clean link

The server is the real one (SQLite storage), `ruraldesk-server serve` in a child process
on loopback, as a group's server is another machine; times include the server's work.
--in-process runs it under uvicorn in a thread of this process instead (client and server
then share one interpreter lock: how this benchmark ran before 2026-12-03).
Results: benchmarks/results/sync.json.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from common import ROOT, print_table, write_results

sys.path.insert(0, str(ROOT.parent / "tests" / "sync"))

from faultproxy import FaultProxy  # noqa: E402

from ruraldesk.io.demo import generate  # noqa: E402
from ruraldesk.store import Store  # noqa: E402
from sync.client import Account, Replicator, save_account  # noqa: E402
from sync.client.transport import Transport  # noqa: E402
from sync.server.testing import ServerHandle  # noqa: E402

LOSSY_BPS = 64_000 / 8       # 64 kbit/s
LOSSY_DROP = 0.15


def replica(root: Path, name: str, server, group: str, token: str, member: str) -> Store:
    s = Store(root / name / "replica.sqlite", author=member)
    save_account(s, Account(server.url, group, member), token)
    return s


class RssPeak:
    """The most this process's resident memory grew above where it was when the block began,
    sampled every 20 ms (ru_maxrss cannot be reset between the sizes of one run)."""

    def __enter__(self) -> "RssPeak":
        self.start = self.peak = _rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _watch(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _rss())

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())

    @property
    def growth_mb(self) -> float:
        return round((self.peak - self.start) / 2**20, 1)


def _rss() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def run_sync(store: Store, url: str, token: str, group: str, **kw) -> dict:
    transport = Transport(url, token, backoff_base=0.2, backoff_cap=2.0, read_timeout=120,
                          max_attempts=40)
    started = time.perf_counter()
    with RssPeak() as memory:
        report = Replicator(store, transport, group=group, confirm_mass_change=lambda s: True, **kw).sync()
    seconds = time.perf_counter() - started
    transport.close()
    return {"seconds": round(seconds, 3), "rss_growth_mb": memory.growth_mb,
            "requests": report.requests, "retries": report.retries,
            "bytes_sent": report.bytes_sent, "bytes_received": report.bytes_received,
            "pushed": report.pushed, "pulled": report.pulled,
            "blobs_up": report.uploaded_blobs, "blobs_down": report.downloaded_blobs}


def records_gzip(server, group: str) -> tuple[int, int, int]:
    """(records, JSON bytes, gzip bytes) of the group's records as the server holds them."""
    page = server.service.pull(group, 0, 10_000_000)
    raw = json.dumps([r.to_json() for r in page.records], ensure_ascii=False,
                     separators=(",", ":")).encode()
    return len(page.records), len(raw), len(gzip.compress(raw, 6))


def one_size(server, root: Path, total: int) -> dict:
    group = f"bench{total}"
    tokens = server.make_group(group, {"ana": "member", "rui": "member"})
    src = replica(root, f"src-{total}", server, group, tokens["ana"], "ana")
    generate(src, max(1, total // 3), seed=42)
    out: dict = {"records": total}
    out["initial_push"] = run_sync(src, server.url, tokens["ana"], group)
    n, raw, gz = records_gzip(server, group)
    out["records_json_bytes"], out["records_gzip_bytes"], out["server_records"] = raw, gz, n
    dst = replica(root, f"dst-{total}", server, group, tokens["rui"], "rui")
    out["initial_pull"] = run_sync(dst, server.url, tokens["rui"], group)
    out["initial_pull"]["bytes_vs_gzip_json"] = round(out["initial_pull"]["bytes_received"] / gz, 3)
    out["initial_pull"]["records_per_s"] = round(n / out["initial_pull"]["seconds"])
    out["nothing_new"] = run_sync(dst, server.url, tokens["rui"], group)
    if total == 10_000:
        ids = (dst.list_ids("contact") + dst.list_ids("practice") + dst.list_ids("tool"))[:10_000]
        rng = random.Random(1)
        for i in range(0, len(ids), 500):
            with dst.write() as w:
                for rid in ids[i:i + 500]:
                    rec = w.get(rid)
                    field = "notes" if rec.collection == "contact" else "summary"
                    w.update(rid, {field: f"Edited in the benchmark {rng.random():.6f}"})
        out["push_10k_edits"] = run_sync(dst, server.url, tokens["rui"], group)
    src.close()
    dst.close()
    return out


def lossy(server, root: Path) -> dict:
    group = "lossy"
    tokens = server.make_group(group, {"ana": "member", "rui": "member", "eva": "member"})
    src = replica(root, "lossy-src", server, group, tokens["ana"], "ana")
    generate(src, 334, seed=7)
    run_sync(src, server.url, tokens["ana"], group)
    port = int(server.url.rsplit(":", 1)[1])
    out = {}
    with FaultProxy(("127.0.0.1", port)) as proxy:
        clean = replica(root, "lossy-clean", server, group, tokens["rui"], "rui")
        out["clean_link"] = run_sync(clean, proxy.url, tokens["rui"], group)
        proxy.limit(LOSSY_BPS)
        proxy.randomize(LOSSY_DROP, random.Random(3), choices=("drop_request", "drop_response"))
        poor = replica(root, "lossy-poor", server, group, tokens["eva"], "eva")
        out["lossy_link"] = run_sync(poor, proxy.url, tokens["eva"], group)
        out["lossy_link"]["dropped_connections"] = sum(v for k, v in proxy.faults.items() if k != "pass")
        proxy.clean()
        clean.close()
        poor.close()
    out["link"] = {"bytes_per_second": LOSSY_BPS, "drop_rate": LOSSY_DROP}
    src.close()
    return out


class ChildServer:
    """`ruraldesk-server serve` in a child process. Groups and tokens are made through a
    service of this process on the same SQLite file (the server keeps no cache of them)."""

    def __init__(self, url: str, service):
        self.url, self.service = url, service

    make_group = ServerHandle.make_group


@contextmanager
def child_server(data_dir: Path) -> Iterator[ChildServer]:
    from peer.procs import ruraldesk_server

    from sync.server.admin import _service
    from sync.server.config import Settings

    data_dir.mkdir(parents=True)
    service = _service(Settings.load(data_dir=data_dir))
    child, port = ruraldesk_server(data_dir, data_dir.parent / "server.log")
    try:
        yield ChildServer(f"http://127.0.0.1:{port}", service)
    finally:
        child.stop()
        service.db.dispose()


def main(argv: list[str]) -> int:
    from sync.server.testing import serve

    sizes = (1_000, 10_000) if "--quick" in argv else (1_000, 10_000, 100_000)
    root = Path(tempfile.mkdtemp(prefix="ruraldesk-bench-sync-"))
    results: dict = {"sizes": {}}
    try:
        running = serve(None, root / "server") if "--in-process" in argv else child_server(root / "server")
        with running as server:
            for total in sizes:
                print(f"size {total} …", flush=True)
                results["sizes"][str(total)] = one_size(server, root, total)
            print("lossy link …", flush=True)
            results["lossy_1k"] = lossy(server, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    rows = []
    for total, r in results["sizes"].items():
        for name in ("initial_push", "initial_pull", "nothing_new", "push_10k_edits"):
            if name in r:
                x = r[name]
                rows.append([total, name, x["seconds"], x["rss_growth_mb"], x["requests"], x["retries"],
                             round(x["bytes_sent"] / 1024, 1), round(x["bytes_received"] / 1024, 1),
                             round(r["records_gzip_bytes"] / 1024, 1) if name == "initial_pull" else ""])
    for name in ("clean_link", "lossy_link"):
        x = results["lossy_1k"][name]
        rows.append(["1k", name, x["seconds"], x["rss_growth_mb"], x["requests"], x["retries"],
                     round(x["bytes_sent"] / 1024, 1), round(x["bytes_received"] / 1024, 1), ""])
    print_table("sync", ["records", "sync", "s", "RSS growth MB", "requests", "retries", "KB sent", "KB received",
                         "gzip JSON KB"], rows)
    results["server"] = "in-process" if "--in-process" in argv else "child process"
    write_results("sync", results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
