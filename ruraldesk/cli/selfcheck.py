"""`ruraldesk self-check`: prove an installation works — open a replica, write, search, exit.

Used by the packaging test on the frozen bundle, and useful on a volunteer's
machine when something seems wrong.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from . import CliError, add_db_option


def register(sub) -> None:
    p = sub.add_parser("self-check", help="check that this installation works, then exit")
    p.add_argument("--gui", action="store_true", help="also build the main window offscreen")
    add_db_option(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    from ruraldesk import diagnostics
    from ruraldesk.domain import geo
    from ruraldesk.store import Store

    with tempfile.TemporaryDirectory(prefix="ruraldesk-check-") as tmp:
        path = args.db or Path(tmp) / "replica.sqlite"
        with Store(path, author="self-check") as store:
            record = store.create("practice", {"title": "Coopérative de vérification", "kind": "good",
                                               "country": "PT", "region": "PT1C", "language": "fr"})
            hits = store.search("cooperative verif")
            if [h.record_id for h in hits][:1] != [record.id]:
                raise CliError("search did not find the record just written")
            if geo.region_name("PT1C") != "Alentejo":
                raise CliError("NUTS regions are missing from this installation")
            if args.gui:
                _check_window(store)
            store.delete(record.id)
            if store.search("cooperative verif"):
                raise CliError("a deleted record is still found")
            info = diagnostics.collect(store)
    print(f"self-check ok: RuralDesk {info['ruraldesk']}, Python {info['python']}, "
          f"SQLite {info.get('sqlite')}, Qt {info.get('qt')}")
    return 0


def _check_window(store) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from ruraldesk.app import build_window_for_check
    except ImportError as exc:
        raise CliError(f"the window cannot be built: {exc}") from exc
    build_window_for_check(store)
