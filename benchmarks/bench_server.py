"""Sync server: push and pull throughput, latency under 50 concurrent clients, bytes on the wire.

    python benchmarks/bench_server.py [--quick] [--no-postgres]
    python benchmarks/bench_server.py --concurrent [RUNS]   # only the 50 clients, on SQLite
    python benchmarks/bench_server.py --gzip                # response gzip levels 1-9: size and CPU

The server runs as a real `ruraldesk-server serve` process on loopback (SQLite in a
temporary folder; PostgreSQL too when its binaries are installed). Sizes are changes
(record creations of practices, contacts and tools in equal parts), pushed in
gzipped batches of 500 and pulled in pages of 5000.

"wire B/change" counts what crosses the socket (gzipped bodies and the HTTP
headers); "gzip(JSON) B/record" is gzip of the same records' JSON in one piece,
the floor that any per-page scheme is compared with.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

from common import ROOT, print_table, summary, write_results

sys.path.insert(0, str(ROOT.parent))

BATCH = 500
PAGE = 5000
CLIENTS = 50
ROUNDS = 10
WORDS = ("village energy cooperative shop mobility platform care school transport farm market food "
         "network inclusion training policy council region solidarity housing water forest").split()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_changes(n: int, seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    themes = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(20)]
    out = []
    for i in range(n):
        rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        kind = i % 3
        if kind == 0:
            collection = "practice"
            fields = {"title": text(rng, 5), "kind": rng.choice(["good", "bad", "mixed"]),
                      "summary": text(rng, 30), "description": text(rng, 80), "country": "PT",
                      "themes": rng.sample(themes, 3), "partners": [text(rng, 2) for _ in range(2)],
                      "language": "pt"}
        elif kind == 1:
            collection = "contact"
            fields = {"kind": "person", "name": f"Person {i}", "organisation": text(rng, 3),
                      "emails": [{"type": "work", "value": f"person{i}@example.org"}],
                      "country": "ES", "themes": rng.sample(themes, 2), "notes": text(rng, 20)}
        else:
            collection = "tool"
            fields = {"title": text(rng, 4), "kind": "toolkit", "summary": text(rng, 40),
                      "links": [f"https://example.org/tool/{i}"], "language": "en"}
        out.append({"change_id": f"c{seed}-{i}", "record_id": rid, "collection": collection,
                    "op": "create", "fields": fields, "previous": {}, "base_seq": 0,
                    "at": "2026-05-01T10:00:00.000Z", "by": "bench"})
    return out


class Server:
    def __init__(self, db_url: str | None, data_dir: Path):
        from sync.server.config import Settings
        from sync.server.db import Database
        from sync.server.service import Service

        self.port = free_port()
        env = {**os.environ, "RURALDESK_SERVER_DATA_DIR": str(data_dir)}
        if db_url:
            env["RURALDESK_SERVER_DB"] = db_url
        settings = Settings.load(db_url=db_url, data_dir=data_dir)
        svc = Service(Database(settings.db_url))
        self.group = "bench-" + uuid.uuid4().hex[:8]
        svc.create_group(self.group)
        self.tokens = {}
        for i in range(CLIENTS):
            svc.add_member(self.group, f"m{i}", "member")
            self.tokens[i] = svc.issue_token(self.group, f"m{i}")[1]
        svc.db.dispose()
        self.proc = subprocess.Popen([sys.executable, "-m", "sync.server.admin", "serve", "--port",
                                      str(self.port)], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, cwd=str(ROOT.parent))
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(300):
            try:
                requests.get(self.url + "/v1/health", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        else:
            raise RuntimeError("server did not start: " + self.proc.stderr.read().decode()[-500:])

    def base(self) -> str:
        return f"{self.url}/v1/groups/{self.group}"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def _header_bytes(r: requests.Response) -> int:
    return len("HTTP/1.1 200 OK\r\n") + sum(len(k) + len(v) + 4 for k, v in r.headers.items()) + 2


def push_all(server: Server, changes: list[dict]) -> dict:
    http = requests.Session()
    http.headers.update({"Authorization": f"Bearer {server.tokens[0]}", "Content-Type": "application/json",
                         "Content-Encoding": "gzip"})
    sent = received = 0
    t = time.perf_counter()
    for i in range(0, len(changes), BATCH):
        body = gzip.compress(json.dumps({"changes": changes[i:i + BATCH]}).encode(), 6)
        r = http.post(server.base() + "/changes", data=body, stream=True)
        raw = r.raw.read(decode_content=False)
        assert r.status_code == 200, raw[:300]
        sent += len(body) + 250          # + request line and headers
        received += len(raw) + _header_bytes(r)
    elapsed = time.perf_counter() - t
    return {"seconds": round(elapsed, 3), "changes_per_s": round(len(changes) / elapsed),
            "wire_bytes_per_change": round((sent + received) / len(changes), 1)}


def pull_all(server: Server, n: int) -> dict:
    http = requests.Session()
    http.headers.update({"Authorization": f"Bearer {server.tokens[1]}", "Accept-Encoding": "gzip"})
    since, count, wire, records = "", 0, 0, []
    t = time.perf_counter()
    while True:
        r = http.get(server.base() + "/changes", params={"since": since, "limit": PAGE}, stream=True)
        raw = r.raw.read(decode_content=False)
        wire += len(raw) + _header_bytes(r) + 200
        page = json.loads(gzip.decompress(raw) if r.headers.get("Content-Encoding") == "gzip" else raw)
        records += page["records"]
        since = page["cursor"]
        if not page["more"]:
            break
    elapsed = time.perf_counter() - t
    assert len(records) == n, (len(records), n)
    floor = len(gzip.compress(json.dumps(records).encode(), 6))
    r = http.get(server.base() + "/changes", params={"since": since}, stream=True)
    empty = len(r.raw.read(decode_content=False)) + _header_bytes(r) + 200
    return {"seconds": round(elapsed, 3), "changes_per_s": round(n / elapsed),
            "wire_bytes_per_change": round(wire / n, 1), "gzip_json_bytes_per_record": round(floor / n, 1),
            "wire_vs_gzip_json": round(wire / floor, 3), "nothing_new_bytes": empty}


def concurrent(server: Server) -> dict:
    """50 clients, each ROUNDS times: push one edit, then pull what is new."""
    lat_push, lat_pull = [], []
    lock = threading.Lock()
    errors = []

    def client(i: int) -> None:
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {server.tokens[i]}"
        since = requests.get(server.base() + "/me", headers=http.headers).json()["seq"]
        for k in make_changes(ROUNDS, seed=1000 + i):
            t = time.perf_counter()
            r = http.post(server.base() + "/changes", json={"changes": [k]})
            a = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            p = http.get(server.base() + "/changes", params={"since": since, "limit": PAGE})
            b = (time.perf_counter() - t) * 1000
            if r.status_code != 200 or p.status_code != 200:
                errors.append((r.status_code, p.status_code))
            since = p.json()["cursor"]
            with lock:
                lat_push.append(a)
                lat_pull.append(b)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t
    return {"clients": CLIENTS, "errors": len(errors), "requests_per_s": round(2 * CLIENTS * ROUNDS / elapsed),
            "push": summary(lat_push), "pull": summary(lat_pull)}


def run_backend(name: str, db_url: str | None, tmp: Path, sizes: tuple[int, ...]) -> dict:
    out = {}
    for n in sizes:
        server = Server(db_url, tmp / f"{name}-{n}")
        try:
            changes = make_changes(n)
            push = push_all(server, changes)
            pull = pull_all(server, n)
            out[str(n)] = {"push": push, "pull": pull}
        finally:
            server.stop()
    server = Server(db_url, tmp / f"{name}-concurrent")
    try:
        push_all(server, make_changes(2000, seed=7))      # something to pull besides the edits
        out["concurrent"] = concurrent(server)
    finally:
        server.stop()
    return out


def concurrent_only(runs: int) -> int:
    """The 50-client scenario alone, `runs` times on fresh SQLite servers: the push p95 to
    compare before/after a change on a loaded machine (medians of the runs)."""
    import statistics

    tmp = Path(tempfile.mkdtemp(prefix="ruraldesk-bench-server-"))
    p95s, p50s = [], []
    for run in range(runs):
        server = Server(None, tmp / f"concurrent-{run}")
        try:
            push_all(server, make_changes(2000, seed=7))
            c = concurrent(server)
        finally:
            server.stop()
        p95s.append(c["push"]["p95_ms"])
        p50s.append(c["push"]["median_ms"])
        print(f"run {run + 1}: push p50 {c['push']['median_ms']:.0f} ms, p95 {c['push']['p95_ms']:.0f} ms, "
              f"pull p95 {c['pull']['p95_ms']:.0f} ms, {c['requests_per_s']} req/s, errors {c['errors']}")
    print(f"median of {runs}: push p50 {statistics.median(p50s):.0f} ms, p95 {statistics.median(p95s):.0f} ms")
    return 0


def gzip_levels() -> list[list]:
    """What each gzip level costs and saves on the two responses that matter: a 500-record
    pull page and the response to a push of 500 changes (results with echo and stamps)."""
    changes = make_changes(BATCH, seed=3)
    fields = [c["fields"] for c in changes]
    peer = ROOT.parent.parent / "shared" / "peers" / "pouchdb" / "gen_docs.py"
    if peer.exists():   # the comparison's documents: 12 languages, not 21 repeated words
        import importlib.util

        spec = importlib.util.spec_from_file_location("gen_docs", peer)
        gen = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen)
        fields = [{k: v for k, v in d.items() if k not in ("_id", "type")} for d in gen.generate_docs(BATCH, 42)]

    def dumps(value) -> bytes:   # as the server's JSONResponse does
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()

    page = dumps({"records": [
        {"id": c["record_id"], "collection": "practice", "fields": f, "deleted": False,
         "seq": 1000 + i, "created_at": c["at"], "created_by": "m1", "updated_at": c["at"],
         "updated_by": "m1"} for i, (c, f) in enumerate(zip(changes, fields))],
        "conflicts": [], "erasures": [], "cursor": "1500", "more": True, "remaining": 9500})
    push = dumps({"results": [
        {"change_id": str(uuid.uuid4()), "status": "applied", "seq": 1000 + i, "reason": None, "conflicts": [],
         "echo": True, "created_at": "2026-05-01T10:00:%02d.%03dZ" % (i // 1000, i % 1000), "created_by": "m1",
         "updated_at": "2026-05-01T10:00:%02d.%03dZ" % (i // 1000, i % 1000), "updated_by": "m1"}
        for i, c in enumerate(changes)], "cursor": "1500"})
    rows = []
    for level in (1, 2, 3, 4, 5, 6, 9):
        row = [level]
        for body in (page, push):
            times = []
            for _ in range(15):
                t = time.perf_counter()
                # as GZipMiddleware does it (gzip.GzipFile over the whole body)
                out = gzip.compress(body, level)
                times.append(time.perf_counter() - t)
            times.sort()
            row += [len(out), round(times[len(times) // 2] * 1000, 2)]
        # the seconds the page takes to compress and cross a 3G (1.6 Mbit/s) and a 2G (200 kbit/s) link
        row.append(round(row[1] * 8 / 1_600_000 + row[2] / 1000, 3))
        row.append(round(row[1] * 8 / 200_000 + row[2] / 1000, 3))
        rows.append(row)
    print_table(f"Response gzip: pull page of {BATCH} records ({len(page)} B) and push response "
                f"({len(push)} B)", ["level", "page B", "page ms", "push B", "push ms", "page s @3G", "page s @2G"], rows)
    return rows


def main(argv: list[str]) -> int:
    if "--gzip" in argv:
        gzip_levels()
        return 0
    if "--concurrent" in argv:
        rest = argv[argv.index("--concurrent") + 1:]
        return concurrent_only(int(rest[0]) if rest and rest[0].isdigit() else 3)
    sizes = (1_000, 10_000) if "--quick" in argv else (10_000, 100_000)
    tmp = Path(tempfile.mkdtemp(prefix="ruraldesk-bench-server-"))
    results = {"sizes": list(sizes), "batch": BATCH, "page": PAGE, "backends": {}}
    results["backends"]["sqlite"] = run_backend("sqlite", None, tmp, sizes)
    if "--no-postgres" not in argv:
        from sync.server.testing import PostgresUnavailable, postgres_cluster

        try:
            with postgres_cluster(tmp) as url:
                results["backends"]["postgres"] = run_backend("postgres", url, tmp, sizes)
        except PostgresUnavailable as exc:
            print(f"(PostgreSQL skipped: {exc})")
    rows = []
    for backend, data in results["backends"].items():
        for n in sizes:
            d = data[str(n)]
            rows.append([backend, n, d["push"]["changes_per_s"], d["pull"]["changes_per_s"],
                         d["push"]["wire_bytes_per_change"], d["pull"]["wire_bytes_per_change"],
                         d["pull"]["gzip_json_bytes_per_record"], d["pull"]["wire_vs_gzip_json"]])
    print_table("Throughput and bytes on the wire",
                ["backend", "changes", "push/s", "pull/s", "push B/chg", "pull B/chg", "gzip(JSON) B/rec",
                 "pull/gzip"], rows)
    rows = []
    for backend, data in results["backends"].items():
        c = data["concurrent"]
        rows.append([backend, c["clients"], c["requests_per_s"], c["push"]["median_ms"], c["push"]["p95_ms"],
                     c["pull"]["median_ms"], c["pull"]["p95_ms"], c["errors"]])
    print_table(f"{CLIENTS} concurrent clients (push one edit + pull, {ROUNDS} rounds each)",
                ["backend", "clients", "req/s", "push p50 ms", "push p95 ms", "pull p50 ms", "pull p95 ms",
                 "errors"], rows)
    nothing = {b: d[str(sizes[0])]["pull"]["nothing_new_bytes"] for b, d in results["backends"].items()}
    print(f"\npull with nothing new: one request, {nothing} bytes on the wire (incl. headers)")
    write_results("server", results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
