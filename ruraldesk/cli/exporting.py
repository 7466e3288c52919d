"""`ruraldesk export`, `ruraldesk backup` and `ruraldesk restore`."""

from __future__ import annotations

import sys
from pathlib import Path

from ruraldesk.domain.records import COLLECTIONS

from . import CliError, add_db_option, open_store


def register(sub) -> None:
    p = sub.add_parser("export", help="export a list as CSV, vCards, or practice sheets (Markdown, PDF)")
    p.add_argument("--collection", "-c", required=True, choices=sorted(COLLECTIONS))
    p.add_argument("--format", "-f", choices=("csv", "vcard", "md", "pdf"),
                   help="default: from the --out extension (.csv, .vcf, .md, .pdf), else csv")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="FILE")
    p.add_argument("--query", "-q", help="only records this search finds")
    p.add_argument("--columns", help="CSV: comma-separated field names (default: every field)")
    p.add_argument("--country")
    p.add_argument("--region")
    p.add_argument("--language")
    p.add_argument("--kind")
    p.add_argument("--theme", help="a theme id")
    p.add_argument("--trash", action="store_true", help="the records in the trash instead")
    p.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 BOM (for Excel on Windows)")
    p.add_argument("--delimiter", default=",", help="CSV: the column separator (default ,)")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="4.0")
    add_db_option(p)
    p.set_defaults(handler=run_export)

    b = sub.add_parser("backup", help="write the whole workspace (records, history, attachments) to one file")
    b.add_argument("--out", "-o", type=Path, required=True, metavar="FILE")
    add_db_option(b)
    b.set_defaults(handler=run_backup)

    r = sub.add_parser("restore", help="bring a backup back into an empty workspace")
    r.add_argument("file", type=Path)
    add_db_option(r)
    r.set_defaults(handler=run_restore)


def run_export(args) -> int:
    from ruraldesk.io import csvexport, sheets, vcard
    from ruraldesk.store import Filters

    fmt = args.format or {".vcf": "vcard", ".vcard": "vcard", ".md": "md", ".pdf": "pdf"}.get(
        args.out.suffix.lower(), "csv")
    if fmt == "vcard" and args.collection != "contact":
        raise CliError("vCard export is for contacts (--collection contact)")
    if fmt in ("md", "pdf") and args.collection != "practice":
        raise CliError("practice sheets are for practices (--collection practice)")
    filters = Filters(country=args.country and args.country.upper(), region=args.region,
                      language=args.language and args.language.lower(), kind=args.kind, theme=args.theme,
                      deleted=args.trash)
    with open_store(args, must_exist=True) as store:
        ids = csvexport.list_ids(store, args.collection, filters=filters, query=args.query)
        if not ids:
            raise CliError(f"no {COLLECTIONS[args.collection].label.lower()} matches"
                           + (f" “{args.query}”" if args.query else " these filters") + f"; {args.out} was not written")
        if fmt == "csv":
            columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
            delimiter = "\t" if args.delimiter in ("tab", "\\t") else args.delimiter
            report = csvexport.export_csv(store, args.collection, args.out, columns, ids=ids, bom=args.bom,
                                          delimiter=delimiter)
        elif fmt == "vcard":
            report = vcard.export_vcards(store, args.out, ids, version=args.vcard_version)
        elif fmt == "md":
            report = sheets.write_markdown(store, ids, args.out)
        else:
            report = sheets.write_pdf(store, ids, args.out)
            for w in report.warnings:
                print(f"warning: {w}", file=sys.stderr)
    print(report.summary())
    return 0


def run_backup(args) -> int:
    from ruraldesk.io.backup import backup_workspace

    with open_store(args, must_exist=True) as store:
        report = backup_workspace(store, args.out)
    print(f"backed up {report.summary()}")
    return 0


def run_restore(args) -> int:
    from ruraldesk.io.backup import restore_workspace
    from ruraldesk.store import Store, default_replica

    target = Path(args.db or default_replica())
    report = restore_workspace(args.file, target)
    with Store(target) as store:          # runs migrations if the backup is from an older version
        problems = store.check_integrity()
    if problems:
        raise CliError(f"restored, but the check found problems: {problems[0]}")
    print(f"restored {report.summary()}")
    return 0
