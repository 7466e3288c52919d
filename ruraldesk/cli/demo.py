"""`ruraldesk demo --records N`: fill a replica with realistic generated records."""

from __future__ import annotations

import sys
import time

from . import add_db_option, open_store


def register(sub) -> None:
    p = sub.add_parser("demo", help="add generated demo records (practices, contacts, tools)")
    p.add_argument("--records", type=int, required=True, metavar="N",
                   help="records per collection (practices, contacts and tools each)")
    p.add_argument("--seed", type=int, default=1, help="same seed, same records")
    add_db_option(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from ruraldesk.io.demo import generate

    if args.records < 0 or args.records > 2_000_000:
        raise ValueError("--records must be between 0 and 2000000")
    started = time.perf_counter()
    with open_store(args) as store:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        counts = generate(store, args.records, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    made = ", ".join(f"{n} {c}" for c, n in counts.items())
    print(f"added {made} in {time.perf_counter() - started:.1f} s")
    return 0
