"""`ruraldesk person export|erase ID` (GDPR) and `ruraldesk duplicates`."""

from __future__ import annotations

import json
from pathlib import Path

from . import CliError, add_db_option, open_store


def register(sub) -> None:
    p = sub.add_parser("person", help="a person's data: export everything held about a contact, or erase it")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="everything about a contact, as JSON (GDPR Article 15)")
    e.add_argument("id", help="the contact's id")
    e.add_argument("--out", "-o", type=Path, required=True, metavar="FILE")
    add_db_option(e)
    e.set_defaults(handler=run_export)
    x = actions.add_parser("erase", help="erase a contact for good, here and (after sync) everywhere "
                           "(GDPR Article 17)")
    x.add_argument("id", help="the contact's id")
    x.add_argument("--yes", action="store_true", help="confirm: the erasure cannot be undone")
    add_db_option(x)
    x.set_defaults(handler=run_erase)

    d = sub.add_parser("duplicates", help="find contacts that look the same (and merge them)")
    d.add_argument("--no-names", action="store_true", help="only shared e-mails and phones, not similar names")
    d.add_argument("--merge", nargs="+", metavar="ID",
                   help="merge: the first id is kept, the others are merged into it and moved to the trash")
    d.add_argument("--json", action="store_true")
    d.add_argument("--limit", type=int, default=100, help="groups to show (default 100)")
    add_db_option(d)
    d.set_defaults(handler=run_duplicates)


def run_export(args) -> int:
    from ruraldesk.io.people import write_person_export

    with open_store(args, must_exist=True) as store:
        write_person_export(store, args.id, args.out)
    print(f"wrote everything held about {args.id} to {args.out}")
    return 0


def run_erase(args) -> int:
    from ruraldesk.io.people import erase_person

    if not args.yes:
        raise CliError("erasing cannot be undone; add --yes to confirm")
    with open_store(args, must_exist=True) as store:
        contact = store.get(args.id)
        report = erase_person(store, args.id)
    print(f"erased {contact.title} ({args.id}); removed from {len(report.unlinked)} linked records; "
          "the erasure is sent to the group server at the next sync")
    if report.mentions:
        print("still mentioned in the text of other records (review and edit them):")
        for m in report.mentions:
            print(f"  {m.collection} {m.record_id} “{m.title}”, {m.field}: {m.snippet}")
    return 0


def run_duplicates(args) -> int:
    from ruraldesk.io.duplicates import find_duplicates, merge_contacts

    with open_store(args, must_exist=True) as store:
        if args.merge:
            if len(args.merge) < 2:
                raise CliError("--merge needs the id to keep and at least one other id")
            report = merge_contacts(store, args.merge[0], args.merge[1:])
            print(report.summary())
            for name, values in report.differing.items():
                print(f"  {name}: kept {store.get(args.merge[0]).fields.get(name)!r}, not kept {values!r}")
            return 0
        groups = find_duplicates(store, names=not args.no_names)
    if args.json:
        print(json.dumps([{"ids": g.ids, "titles": g.titles, "reasons": g.reasons} for g in groups[:args.limit]],
                         ensure_ascii=False, indent=2))
        return 0
    for g in groups[:args.limit]:
        print(f"{len(g.ids)} contacts: " + "; ".join(g.reasons))
        for i in g.ids:
            print(f"  {i}  {g.titles[i]}")
    print(f"{len(groups)} groups of possible duplicates" if groups else "no duplicates found")
    return 0
