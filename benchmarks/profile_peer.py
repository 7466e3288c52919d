"""The RuralDesk side of bench_peer.py alone, phase by phase, to find where the time goes.

    python benchmarks/profile_peer.py [--docs 10000] [--profile PHASE[,PHASE]] [--top 25] [--keep]

Runs the same calls as bench_peer.py (a fresh server in a child process, the counting proxy,
replicas 1 and 2): local write, first sync of replica 1 (push), first sync of replica 2
(pull), the edits' push and pull, then the content check. --profile names phases
(write, push, pull, push_edits, pull_edits) to run under cProfile in this process (the
client side); the server side is seen with `py-spy record --pid <server pid>` (printed).
At the end it prints what each table and index of both replica files takes (dbstat).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from common import DATA

import bench_peer


def table_sizes(path: Path) -> list[tuple[str, int]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    finally:
        con.close()
    return rows


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--profile", default="")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--keep", action="store_true")
    p.add_argument("--rounds", type=int, default=1,
                   help="repeat edit, push_edits and pull_edits this many times (each edit appends again), "
                        "to give a profiler enough samples of those short phases")
    p.add_argument("--py-spy", default="", help="record the server with py-spy into this file "
                                                "(collapsed stacks), if py-spy is installed")
    args = p.parse_args(argv)
    wanted = {x for x in args.profile.split(",") if x}
    sys.path.insert(0, str(bench_peer.ROOT.parent))
    peer = bench_peer.prepare_peer()
    from gen_docs import edited_indexes, generate_docs, to_json_bytes

    from peer.systems import RuralDesk, edited

    base = DATA / "peer-profile"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    docs = generate_docs(args.docs, 42)
    raw = to_json_bytes(docs)
    (base / "docs.json").write_bytes(raw)
    idx = edited_indexes(args.docs)
    after = edited(docs, idx)
    s = RuralDesk(peer, base / "run")
    print(f"server pid {s.server.proc.pid}", flush=True)
    spy = None
    spy_exe = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))

    def start_spy() -> None:
        """py-spy on the server from the first --profile phase on (from the start without one)."""
        nonlocal spy
        if spy is None and args.py_spy and Path(spy_exe).is_file():
            import subprocess

            spy = subprocess.Popen([spy_exe, "record", "--pid", str(s.server.proc.pid), "--format", "raw",
                                    "--rate", "500", "-o", args.py_spy], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
            time.sleep(1)

    if not wanted:
        start_spy()

    def run(name, fn):
        if name in wanted:
            start_spy()
        prof = cProfile.Profile() if name in wanted else None
        started = time.perf_counter()
        if prof:
            prof.enable()
        fn()
        if prof:
            prof.disable()
        print(f"{name:12s} {time.perf_counter() - started:8.3f} s", flush=True)
        if prof:
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.top)
            out2 = io.StringIO()
            pstats.Stats(prof, stream=out2).sort_stats("tottime").print_stats(args.top)
            print(out.getvalue()[-12000:], out2.getvalue()[-8000:])

    try:
        run("write", lambda: s.write(1, docs, base / "docs.json"))
        run("push", lambda: s.sync(1, s.proxy.url))
        run("pull", lambda: s.sync(2, s.proxy.url))
        for round_ in range(args.rounds):
            if round_:
                after = edited(after, idx)
            run("edit", lambda: s.edit(1, after, idx))
            run("push_edits", lambda: s.sync(1, s.proxy.url))
            run("pull_edits", lambda: s.sync(2, s.proxy.url))

        sizes = s.sizes()
        s.verify(after)
        print(f"JSON {len(raw) / 1e6:.2f} MB; " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sizes.items()))
        for replica in (1, 2):
            path = base / "run" / f"replica{replica}" / "replica.sqlite"
            rows = table_sizes(path)
            print(f"replica {replica}: " + ", ".join(f"{n} {b / 1e6:.1f}" for n, b in rows[:14]))
    finally:
        if spy is not None:
            spy.send_signal(2)
            spy.wait(30)
        s.stop()
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
