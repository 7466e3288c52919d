"""`ruraldesk stats`: what a replica holds."""

from __future__ import annotations

import json

from . import add_db_option, open_store


def register(sub) -> None:
    p = sub.add_parser("stats", help="count records, changes waiting and sizes")
    p.add_argument("--json", action="store_true")
    add_db_option(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    with open_store(args, must_exist=True) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    print(f"replica        {stats['path']}")
    for name, counts in stats["collections"].items():
        print(f"{name:<14} {counts['records']:>9} records {counts['trash']:>7} in trash")
    print(f"changes        {stats['pending_changes']:>9} waiting to be shared "
          f"({stats['journal_entries']} in the journal)")
    print(f"size           {stats['file_bytes'] / 1e6:>9.1f} MB database, "
          f"{stats['attachment_bytes'] / 1e6:.1f} MB attachments")
    return 0
