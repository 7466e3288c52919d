"""`ruraldesk import FILE`: CSV, TSV or vCard into the replica, all rows or none."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ruraldesk.domain.records import COLLECTIONS

from . import CliError, add_db_option, open_store

SHOWN = 50


def register(sub) -> None:
    p = sub.add_parser("import", help="import a CSV/TSV table or a vCard file (all rows or none)",
                       description="Columns are mapped by their header names (in English, French, German, "
                       "Spanish, Italian, Polish or Portuguese); --map adds or changes a mapping. Every row "
                       "is checked first: if one is rejected nothing is imported, unless --valid-only.")
    p.add_argument("file", type=Path)
    p.add_argument("--collection", "-c", choices=sorted(c for c in COLLECTIONS if c != "attachment"),
                   help="what the rows are (default: guessed from the headers; contacts for vCards)")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="map a column (header name or #N) to a field, e.g. --map 'Courriel=emails' "
                   "or --map 'Mobile=phones:mobile'; an empty FIELD leaves the column out")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="value for rows that have none, e.g. --set kind=good")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--valid-only", action="store_true", help="import the valid rows, skip the rejected ones")
    p.add_argument("--encoding", help="the file's encoding, e.g. cp1252 (default: detected; when the detector is "
                   "unsure the import stops and names the candidates)")
    p.add_argument("--delimiter", help="the column separator (default: detected among , ; tab |)")
    p.add_argument("--default-region", metavar="CC", help="read phone numbers without +country as CC (default: "
                   "the row's country, else the workspace's phone region)")
    p.add_argument("--max-size", type=int, default=256, metavar="MB", help="refuse larger files (default 256)")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    add_db_option(p)
    p.set_defaults(handler=run)


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise CliError(f"{what} needs NAME=VALUE, not “{item}”")
        key, value = item.rsplit("=", 1) if what == "--map" else item.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def run(args) -> int:
    from ruraldesk.io import csvimport, vcard
    from ruraldesk.io.common import check_input
    from ruraldesk.io.importer import ALL_OR_NOTHING, VALID_ONLY

    max_bytes = args.max_size * 1024 * 1024
    path, _size, head = check_input(args.file, max_bytes=max_bytes)
    mode = VALID_ONLY if args.valid_only else ALL_OR_NOTHING
    defaults = _pairs(args.set, "--set")
    progress = _progress() if sys.stderr.isatty() else None
    region = args.default_region and args.default_region.strip().upper()
    with open_store(args) as store:
        if vcard.is_vcard(head) or path.suffix.lower() in (".vcf", ".vcard"):
            if args.collection not in (None, "contact"):
                raise CliError("vCard files hold contacts; leave out --collection or use --collection contact")
            if args.map:
                raise CliError("--map is for CSV/TSV tables; vCard properties are mapped by their meaning")
            report = vcard.import_vcards(store, path, mode=mode, dry_run=args.dry_run, defaults=defaults,
                                         default_region=region, encoding=args.encoding,
                                         max_bytes=max_bytes, progress=progress)
        else:
            delimiter = {"tab": "\t", "\\t": "\t"}.get(args.delimiter or "", args.delimiter)
            table = csvimport.open_table(path, encoding=args.encoding, delimiter=delimiter, max_bytes=max_bytes)
            collection = args.collection or csvimport.guess_collection(table.headers)
            mapping = csvimport.parse_mapping(table, collection, _pairs(args.map, "--map"))
            if not mapping:
                raise CliError(f"no column of {path.name} matches a {collection} field; map them with "
                               "--map COLUMN=FIELD (columns: " + ", ".join(table.headers) + ")")
            if not args.json:
                preset = csvimport.preset_of(table.headers, collection)
                print(f"{path.name}: {table.encoding_name}, {table.delimiter_name}-separated, "
                      + (f"{preset.name}, " if preset else "")
                      + f"importing as {COLLECTIONS[collection].label_plural.lower()}")
                for index, target in sorted(mapping.items()):
                    print(f"  {table.headers[index] or f'column {index + 1}'} -> {target}")
            report = csvimport.import_table(store, table, collection, mapping, mode=mode, dry_run=args.dry_run,
                                            defaults=defaults, default_region=region, progress=progress)
    if progress:
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
        for title, problems in (("rejected", report.rejected), ("possible duplicates", report.duplicates),
                                ("not imported (no matching field)", report.unmapped),
                                ("changed", report.warnings)):
            if problems:
                print(f"{title}:")
                for p in problems[:SHOWN]:
                    print(f"  {p}" + (f" [{p.value}]" if p.value and title != "rejected" and
                                      len(p.value) < 60 else ""))
                if len(problems) > SHOWN:
                    print(f"  … and {len(problems) - SHOWN} more (use --json for all)")
    return 1 if report.rejected_rows and not report.written else 0


def _progress():
    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    return show
