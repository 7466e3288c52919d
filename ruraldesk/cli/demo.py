"""`ruraldesk demo --records N`: fill a demo workspace with realistic generated records.

Demo data lives in a workspace of its own ("Demo", or the replica given with --db), marked
as demo so that it never syncs with a group server."""

from __future__ import annotations

import sys
import time

from . import CliError, add_db_option


def register(sub) -> None:
    p = sub.add_parser("demo", help="add generated demo records to the demo workspace (never synced)")
    p.add_argument("--records", type=int, required=True, metavar="N",
                   help="records per collection (practices, contacts and tools each)")
    p.add_argument("--seed", type=int, default=1, help="same seed, same records")
    add_db_option(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from ruraldesk.io.demo import generate
    from ruraldesk.store import DEMO_WORKSPACE, Store, mark_demo, workspace_path
    from sync.client import load_account

    if args.records < 0 or args.records > 2_000_000:
        raise ValueError("--records must be between 0 and 2000000")
    started = time.perf_counter()
    path = getattr(args, "db", None) or workspace_path(DEMO_WORKSPACE)
    with Store(path) as store:
        if load_account(store) is not None:
            raise CliError(f"{path} is connected to a group server, and demo data never syncs; "
                           "leave out --db to use the demo workspace")
        mark_demo(store)

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        counts = generate(store, args.records, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    made = ", ".join(f"{n} {c}" for c, n in counts.items())
    print(f"added {made} in {time.perf_counter() - started:.1f} s to the demo workspace {path}")
    return 0
