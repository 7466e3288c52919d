"""Whether a file needs the workspace's phone region before it is imported.

A national number ("06 12 34 56 78") on a row that names no country can only be read
with a region; without one `phones.place` keeps it in the notes with a warning. The
window asks for the workspace's region once, before the first import of such a file,
rather than let the numbers sink into the notes. These scans read the file as the import
will (same conversion, same presets) with no region, and stop at the first such number.
"""

from __future__ import annotations

from pathlib import Path

from ruraldesk.domain.records import spec

from .common import CancelFlag, Problem, Progress, Ticker
from .importer import context
from .mapping import target_field

#: the start of the warning `phones.place` gives a national number it has no region for
#: (tests/io/test_regionneed.py fails if that wording moves away from it)
NO_REGION = "phone {number} has no country code and no region is set"


def lacks_region(problem: Problem) -> bool:
    return str(getattr(problem.message, "template", "")).startswith(NO_REGION)


def _first(warnings: list[Problem]) -> str | None:
    return next((str(w.value) for w in warnings if lacks_region(w)), None)


def table_needs_region(store, table, collection: str, mapping: dict[int, str], *,
                       progress: Progress | None = None, cancel: CancelFlag | None = None) -> str | None:
    """The first national number on a row with no country (to show as an example), or None."""
    from . import csvimport, presets

    if not spec(collection).has("phones") or not any(target_field(t)[0] == "phones" for t in mapping.values()):
        return None
    preset = csvimport.preset_of(table.headers, collection)
    plan = presets.RowPlan.of(preset, table.headers) if preset else None
    ctx = context(store)
    ticker = Ticker(progress, cancel, total=0)
    for number, cells in table.rows():
        _values, _columns, _problems, warnings = csvimport.row_values(table, cells, number, collection, mapping,
                                                                     ctx, plan, None)
        found = _first(warnings)
        if found:
            return found
        ticker.step()
    return None


def vcard_needs_region(path: Path | str, *, encoding: str | None = None, progress: Progress | None = None,
                       cancel: CancelFlag | None = None) -> str | None:
    """The first national number on a card with no country, or None (`encoding` as for import_vcards)."""
    from .vcard import card_fields, read_cards

    ticker = Ticker(progress, cancel, total=0)
    for number, card in read_cards(path, encoding=encoding):
        _fields, _unmapped, warnings = card_fields(card, number, {}, default_region=None)
        found = _first(warnings)
        if found:
            return found
        ticker.step()
    return None


__all__ = ["NO_REGION", "lacks_region", "table_needs_region", "vcard_needs_region"]
