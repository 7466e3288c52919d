"""`ruraldesk search TEXT`: ranked full-text search from the shell."""

from __future__ import annotations

import json

from ruraldesk.domain.records import COLLECTIONS

from . import add_db_option, open_store


def register(sub) -> None:
    p = sub.add_parser("search", help="search every collection")
    p.add_argument("text", help="words to find (accents optional, the last word may be a prefix)")
    p.add_argument("--collection", "-c", choices=sorted(COLLECTIONS), action="append")
    p.add_argument("--country", help="ISO 3166 country code")
    p.add_argument("--language", help="ISO 639 language code")
    p.add_argument("--kind")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db_option(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from ruraldesk.store import Filters

    if args.limit < 1:
        raise ValueError("--limit must be at least 1")
    filters = Filters(collections=tuple(args.collection or ()), country=args.country and args.country.upper(),
                      language=args.language and args.language.lower(), kind=args.kind)
    with open_store(args, must_exist=True) as store:
        hits = store.search(args.text, filters=filters, limit=args.limit)
    if args.json:
        print(json.dumps([{"id": h.record_id, "collection": h.collection, "title": h.title,
                           "snippet": h.snippet, "rank": round(h.rank, 4)} for h in hits],
                         ensure_ascii=False, indent=2))
    else:
        for h in hits:
            print(f"{h.collection:<10} {h.record_id}  {h.title}")
        if not hits:
            print("no matches")
    return 0
