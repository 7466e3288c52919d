"""`ruraldesk relay export FILE` / `ruraldesk relay import FILE`: changes by USB stick."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from . import CliError, add_db_option, open_store

ENV_PASSPHRASE = "RURALDESK_HANDOVER_PASSPHRASE"


def register(sub) -> None:
    p = sub.add_parser("relay", help="hand changes to another computer by file (no connection needed)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write this computer's changes not yet on the server to a file")
    e.add_argument("file", type=Path)
    e.add_argument("--passphrase", help=f"the words that lock the file (default: five new words, shown "
                   f"once; or ${ENV_PASSPHRASE})")
    add_db_option(e)
    e.set_defaults(handler=run_export)
    i = actions.add_parser("import", help="apply a file of changes made on another computer")
    i.add_argument("file", type=Path)
    i.add_argument("--passphrase", help=f"the file's words (default: ${ENV_PASSPHRASE}, else asked)")
    add_db_option(i)
    i.set_defaults(handler=run_import)


def _phrase(args, ask: bool) -> str | None:
    phrase = args.passphrase or os.environ.get(ENV_PASSPHRASE)
    if not phrase and ask:
        phrase = getpass.getpass("Passphrase of the file: ")
    return phrase


def run_export(args) -> int:
    from sync.relay.exchange import NotSetUp
    from sync.relay.handover import export_file

    with open_store(args, must_exist=True) as store:
        try:
            out = export_file(store, args.file, _phrase(args, ask=False))
        except NotSetUp as exc:
            raise CliError(str(exc)) from None
    print(f"wrote {out.changes} change{'s' * (out.changes != 1)} ({out.size:,} bytes) to {out.path}")
    if not (args.passphrase or os.environ.get(ENV_PASSPHRASE)):
        print("passphrase (shown only now; give it to the person importing the file, not with the file):")
        print(f"  {out.passphrase}")
    return 0


def run_import(args) -> int:
    from sync.relay.bundle import BundleError
    from sync.relay.exchange import NotSetUp
    from sync.relay.handover import describe, import_file

    if not args.file.is_file():
        raise CliError(f"no file at {args.file}")
    with open_store(args, must_exist=True) as store:
        try:
            report = import_file(store, args.file, _phrase(args, ask=True) or "")
        except (BundleError, NotSetUp) as exc:
            raise CliError(str(exc)) from None
    print(describe(report))
    for env, reason in report.refused[:20]:
        print(f"  refused: {env.collection} {env.record_id} by {env.author}: {reason}")
    return 0
