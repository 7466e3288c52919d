"""RuralDesk next to PouchDB: the same documents, the same proxy, the same machine, interleaved.

    python benchmarks/bench_peer.py [--docs 10000] [--runs 3] [--link-runs N] [--profiles 3G,2G]
                                    [--no-links] [--keep] [--quick]

The peer is ../shared/peers/pouchdb (PouchDB 9 replicating to express-pouchdb; its README
explains it). It is copied to benchmarks/data/peer-pouchdb and installed there with `npm ci`
from its lock file. Both systems get the documents of its gen_docs.py (the RuralDesk mapping
is in benchmarks/peer/mapping.py) and talk to their server through its counting proxy
(proxy.js), which counts requests and wire bytes each way on the client's sockets.

Runs alternate P R P R, each with a fresh server and fresh replicas. Per run:
  local write of the docs · first sync of replica 1 (push) · first sync of a fresh replica 2
  (pull) · push of the 1 % edited docs · pull of those edits on replica 2 · replica size on
  disk · a check that replica 1, replica 2 and the server hold identical content, equal to
  the generated documents (the run fails loudly otherwise).
A RuralDesk sync is always a whole Replicator.sync(): its push and the pull that follows.
Then, through one throttling proxy (benchmarks/peer/throttle.py) in front of the counting
proxy, at 3G (1.6 Mbit/s down, 0.75 up, 150 ms RTT) and 2G (200/100 kbit/s, 400 ms):
first pull of --link-docs documents (1,000), then push + pull of their 1 % edits (10).

--quick (make bench --quick): 1,000 docs, one run, links at 3G only.
Results: benchmarks/results/peer-<date>[-<label>][-quick].json.
Before/after: `git archive <commit> | tar -x -C /tmp/base; echo <commit> > /tmp/base/COMMIT`,
then --code /tmp/base --label before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import DATA, RESULTS, ROOT, print_table

PEER_SRC = Path(os.environ.get("RURALDESK_PEER_POUCHDB", ROOT.parent.parent / "shared" / "peers" / "pouchdb"))
PEER = DATA / "peer-pouchdb"
PROFILES = {
    "3G": {"down_kbit": 1600, "up_kbit": 750, "rtt_ms": 150},
    "2G": {"down_kbit": 200, "up_kbit": 100, "rtt_ms": 400},
}
PHASES = (("first_sync_1", "first sync of replica 1 (push)"),
          ("first_sync_2", "first sync of a fresh replica 2 (pull)"),
          ("push_edits", "push of {edits} edited documents"),
          ("pull_edits", "pull of those edits"))
LINK_PHASES = (("first_pull", "first pull of {docs} documents"),
               ("push_edits", "push of {edits} edits"),
               ("pull_edits", "pull of those edits"))


class Skip(Exception):
    """The peer cannot run here (no node, no peer folder)."""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# -- the peer ---------------------------------------------------------------------------
def prepare_peer() -> Path:
    """A writable copy of the peer with its node_modules, installed once per lock file."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise Skip("node and npm are needed for the PouchDB peer")
    if not (PEER_SRC / "package-lock.json").is_file():
        raise Skip(f"no peer at {PEER_SRC} (set RURALDESK_PEER_POUCHDB)")
    PEER.mkdir(parents=True, exist_ok=True)
    lock_changed = not (PEER / "package-lock.json").is_file() or not filecmp.cmp(
        PEER_SRC / "package-lock.json", PEER / "package-lock.json", shallow=False)
    for f in PEER_SRC.iterdir():
        if f.is_file():
            dest = PEER / f.name
            if dest.exists():
                dest.chmod(0o644)
            shutil.copyfile(f, dest)
    if lock_changed or not (PEER / "node_modules" / "pouchdb").is_dir():
        log("npm ci in " + str(PEER))
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PEER, check=True,
                       stdout=subprocess.DEVNULL)
    sys.path.insert(0, str(PEER))
    return PEER


# -- one run ----------------------------------------------------------------------------
def phase(system, fn) -> dict:
    system.proxy.reset()
    out = fn()
    out.update(system.proxy.stats())
    if out["errors"]:
        raise RuntimeError(f"{system.name}: the counting proxy saw {out['errors']} errors")
    return out


def full_run(cls, root: Path, docs, docs_file, indexes, after) -> dict:
    s = cls(PEER, root)
    try:
        out = {"local_write": {"seconds": s.write(1, docs, docs_file)}}
        log(f"  {s.name}: local write {out['local_write']['seconds']:.2f} s")
        for key, replica in (("first_sync_1", 1), ("first_sync_2", 2)):
            out[key] = phase(s, lambda: s.sync(replica, s.proxy.url))
            log(f"  {s.name}: {key} {out[key]['seconds']:.2f} s, {out[key]['requests']} requests")
        out["edit_write_seconds"] = s.edit(1, after, indexes)
        out["push_edits"] = phase(s, lambda: s.sync(1, s.proxy.url))
        out["pull_edits"] = phase(s, lambda: s.sync(2, s.proxy.url))
        out["disk"] = s.sizes()
        out["check"] = s.verify(after)
        return out
    finally:
        s.stop()


def link_run(cls, root: Path, docs, docs_file, indexes, after, profile: dict) -> dict:
    from peer.procs import ThrottleProxy

    s = cls(PEER, root)
    throttle = None
    try:
        # one server address for every phase (PouchDB keys its checkpoints by it): the
        # setup push goes through the throttle while it is still a pass-through
        throttle = ThrottleProxy(s.proxy.port, profile, root / "throttle.log")
        s.write(1, docs, docs_file)
        out = {"setup_push": phase(s, lambda: s.sync(1, throttle.url))}
        throttle.on()
        out["first_pull"] = phase(s, lambda: s.sync(2, throttle.url))
        s.edit(1, after, indexes)
        out["push_edits"] = phase(s, lambda: s.sync(1, throttle.url))
        out["pull_edits"] = phase(s, lambda: s.sync(2, throttle.url))
        out["check"] = s.verify(after)
        log(f"  {s.name}: " + ", ".join(f"{k} {out[k]['seconds']:.2f} s" for k, _ in LINK_PHASES))
        return out
    finally:
        if throttle:
            throttle.stop()
        s.stop()


# -- figures ----------------------------------------------------------------------------
def med(runs: list[dict], *path: str) -> float:
    vals = []
    for r in runs:
        for p in path:
            r = r[p]
        vals.append(r)
    return statistics.median(vals)


def fmt_s(x: float) -> str:
    return f"{x:.2f} s" if x >= 0.1 else f"{x * 1000:.0f} ms"


def fmt_b(x: float) -> str:
    return f"{x / 1e6:.2f} MB" if x >= 1e5 else f"{x / 1e3:.1f} KB"


def ratio(r: float, p: float) -> str:
    return f"{r / p:.2f}×" if p else "–"


def medians(runs: dict[str, list[dict]], keys) -> dict:
    out = {}
    for system, rs in runs.items():
        out[system] = {}
        for key in keys:
            out[system][key] = {m: med(rs, key, m) for m in ("seconds", "requests", "bytes_up", "bytes_down")}
    return out


def report_full(runs: dict[str, list[dict]], n: int, edits: int, json_bytes: int) -> dict:
    keys = [k for k, _ in PHASES]
    m = medians(runs, keys)
    P, R = runs["PouchDB"], runs["RuralDesk"]
    m["PouchDB"]["local_write"] = {"seconds": med(P, "local_write", "seconds")}
    m["RuralDesk"]["local_write"] = {"seconds": med(R, "local_write", "seconds")}
    rows = [[f"local write of the {n:,} documents", fmt_s(m["PouchDB"]["local_write"]["seconds"]),
             fmt_s(m["RuralDesk"]["local_write"]["seconds"]),
             ratio(m["RuralDesk"]["local_write"]["seconds"], m["PouchDB"]["local_write"]["seconds"])]]
    for key, label in PHASES:
        p, r = m["PouchDB"][key]["seconds"], m["RuralDesk"][key]["seconds"]
        rows.append([label.format(edits=edits), fmt_s(p), fmt_s(r), ratio(r, p)])
    disk = {}
    for system, rs in runs.items():
        d = {k: med(rs, "disk", k) for k in rs[0]["disk"]}
        disk[system] = d
    pd, rd = disk["PouchDB"], disk["RuralDesk"]
    p_rep = max(pd["replica1_bytes"], pd["replica2_bytes"])
    r_rep = max(rd["replica1_bytes"] + rd["replica1_wal_bytes"], rd["replica2_bytes"] + rd["replica2_wal_bytes"])
    rows.append(["replica on disk (replica 1 / replica 2)",
                 f"{fmt_b(pd['replica1_bytes'])} / {fmt_b(pd['replica2_bytes'])}",
                 f"{fmt_b(rd['replica1_bytes'])} + {fmt_b(rd['replica1_wal_bytes'])} WAL / "
                 f"{fmt_b(rd['replica2_bytes'])} + {fmt_b(rd['replica2_wal_bytes'])} WAL", ratio(r_rep, p_rep)])
    rows.append(["largest replica ÷ documents' JSON", f"{p_rep / json_bytes:.2f}×", f"{r_rep / json_bytes:.2f}×", ""])
    print_table(f"{n:,} documents ({fmt_b(json_bytes)} of JSON), medians of {len(P)} interleaved runs; "
                f"ratio = RuralDesk / PouchDB", ["phase", "PouchDB", "RuralDesk", "ratio"], rows)
    wire = []
    for key, label in PHASES:
        p, r = m["PouchDB"][key], m["RuralDesk"][key]
        wire.append([label.format(edits=edits), f"{p['requests']:.0f} / {r['requests']:.0f}",
                     f"{fmt_b(p['bytes_up'])} / {fmt_b(r['bytes_up'])}", ratio(r["bytes_up"], p["bytes_up"]),
                     f"{fmt_b(p['bytes_down'])} / {fmt_b(r['bytes_down'])}", ratio(r["bytes_down"], p["bytes_down"])])
    print_table("on the wire (PouchDB / RuralDesk), counted by the peer's proxy.js",
                ["phase", "requests", "bytes up", "ratio", "bytes down", "ratio"], wire)
    return {"medians": m, "disk_medians": disk,
            "largest_replica_vs_json": {"PouchDB": round(p_rep / json_bytes, 3),
                                        "RuralDesk": round(r_rep / json_bytes, 3)}}


def report_links(links: dict[str, dict[str, list[dict]]], n: int, edits: int) -> dict:
    rows, out = [], {}
    keys = [k for k, _ in LINK_PHASES]
    for name, runs in links.items():
        m = medians(runs, keys)
        out[name] = m
        for key, label in LINK_PHASES:
            p, r = m["PouchDB"][key], m["RuralDesk"][key]
            rows.append([name, label.format(docs=f"{n:,}", edits=edits), fmt_s(p["seconds"]), fmt_s(r["seconds"]),
                         ratio(r["seconds"], p["seconds"]), f"{p['requests']:.0f} / {r['requests']:.0f}",
                         f"{fmt_b(p['bytes_up'] + p['bytes_down'])} / {fmt_b(r['bytes_up'] + r['bytes_down'])}"])
    runs_n = len(next(iter(links.values()))["PouchDB"])
    print_table(f"through the throttling proxy, medians of {runs_n} interleaved run(s); ratio = RuralDesk / PouchDB",
                ["link", "phase", "PouchDB", "RuralDesk", "ratio", "requests P / R", "bytes up+down P / R"], rows)
    return out


def provenance() -> dict:
    code = Path(os.environ["RURALDESK_BENCH_CODE"])

    def git(*args: str) -> str:
        r = subprocess.run(["git", *args], cwd=code, capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else ""

    pkg = json.loads((PEER / "package.json").read_text())
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    stamp_file = code / "COMMIT"       # what an archived tree says it is (see the module's doc)
    commit = git("rev-parse", "HEAD") or (stamp_file.read_text().strip() if stamp_file.is_file() else "unknown")
    return {"ruraldesk_code": str(code), "commit": commit,
            "uncommitted_changes_in": [l[3:] for l in git("status", "--porcelain").splitlines()
                                       if l[3:].startswith(("ruraldesk/", "sync/"))],
            "node": node, "peer_dependencies": pkg["dependencies"], "cpus": os.cpu_count()}


# -- main -------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description="RuralDesk sync next to PouchDB replication")
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--link-docs", type=int, default=1_000)
    p.add_argument("--link-runs", type=int, default=None, help="runs per link profile (default: --runs)")
    p.add_argument("--profiles", default="3G,2G")
    p.add_argument("--no-links", action="store_true")
    p.add_argument("--code", type=Path, default=None,
                   help="the RuralDesk source tree to measure (default: this checkout), e.g. a "
                        "`git archive` of an older commit for a before/after comparison")
    p.add_argument("--label", default="", help="added to the result file name, e.g. before")
    p.add_argument("--keep", action="store_true", help="keep the run folders under benchmarks/data/peer-runs")
    p.add_argument("--quick", action="store_true", help="1,000 docs, one run, links at 3G only")
    args = p.parse_args(argv)
    if args.quick:
        args.docs, args.runs, args.link_runs, args.profiles = 1_000, 1, 1, "3G"
    link_runs = args.link_runs or args.runs
    profiles = [x for x in args.profiles.split(",") if x]
    for name in profiles:
        if name not in PROFILES:
            p.error(f"unknown profile {name!r}; expected one of {', '.join(PROFILES)}")
    code = (args.code or ROOT.parent).resolve()
    sys.path.insert(0, str(code))
    os.environ["RURALDESK_BENCH_CODE"] = str(code)
    try:
        prepare_peer()
    except Skip as exc:
        print(f"bench_peer skipped: {exc}")
        return 0
    from gen_docs import edited_indexes, generate_docs, to_json_bytes

    from peer.systems import PouchDB, RuralDesk, edited

    systems = (PouchDB, RuralDesk)
    stamp = dt.datetime.now(dt.timezone.utc)
    base = DATA / "peer-runs" / stamp.strftime("%Y%m%dT%H%M%S")
    base.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    started = time.monotonic()

    def corpus(n: int):
        docs = generate_docs(n, 42)
        raw = to_json_bytes(docs)
        path = base / f"docs-{n}.json"
        path.write_bytes(raw)
        idx = edited_indexes(n)
        return docs, path, idx, edited(docs, idx), len(raw)

    results: dict = {"bench": "peer", "label": args.label, "docs": args.docs, "seed": 42, "runs": args.runs,
                     "quick": args.quick}
    try:
        docs, docs_file, idx, after, json_bytes = corpus(args.docs)
        results["docs_json_bytes"], results["edited_docs"] = json_bytes, len(idx)
        full: dict[str, list[dict]] = {c.name: [] for c in systems}
        for run in range(args.runs):
            for cls in systems:
                log(f"run {run + 1}/{args.runs}: {cls.name}, {args.docs:,} docs")
                root = base / f"full-{run}-{cls.name}"
                full[cls.name].append(full_run(cls, root, docs, docs_file, idx, after))
                if not args.keep:
                    shutil.rmtree(root, ignore_errors=True)
        results["full"] = {"runs": full, **report_full(full, args.docs, len(idx), json_bytes)}
        if not args.no_links and profiles:
            ldocs, lfile, lidx, lafter, ljson = corpus(args.link_docs)
            links: dict[str, dict[str, list[dict]]] = {}
            for name in profiles:
                links[name] = {c.name: [] for c in systems}
                for run in range(link_runs):
                    for cls in systems:
                        log(f"{name} run {run + 1}/{link_runs}: {cls.name}, {args.link_docs:,} docs")
                        root = base / f"link-{name}-{run}-{cls.name}"
                        links[name][cls.name].append(
                            link_run(cls, root, ldocs, lfile, lidx, lafter, PROFILES[name]))
                        if not args.keep:
                            shutil.rmtree(root, ignore_errors=True)
            results["links"] = {"docs": args.link_docs, "docs_json_bytes": ljson, "edited_docs": len(lidx),
                                "profiles": {k: PROFILES[k] for k in profiles}, "runs": links,
                                "medians": report_links(links, args.link_docs, len(lidx))}
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    results["machine"] = {
        **provenance(), "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "note": "a 2-core machine shared with other agents: compare only runs interleaved in the same "
                "invocation; absolute times are noisy"}
    results["wall_seconds"] = round(time.monotonic() - started, 1)
    results["when"] = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    RESULTS.mkdir(parents=True, exist_ok=True)
    suffix = "".join(f"-{x}" for x in (args.label, "quick" if args.quick else "") if x)
    out = RESULTS / f"peer-{stamp:%Y-%m-%d}{suffix}.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"\nmachine load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after "
          f"({os.cpu_count()} cores, shared with other work)")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
