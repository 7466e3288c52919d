"""CSV export of any list: the columns on screen, the filters (or search) in force.

Rows are fetched 500 at a time by id (never a whole table). Cells that a
spreadsheet would run as a formula (starting with = + - @ tab or carriage
return) get a leading apostrophe; our own import takes it off again.
"""

from __future__ import annotations

import csv
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, TextIO

from ruraldesk.domain.fields import Kind
from ruraldesk.domain.records import META_FIELDS, Record, spec
from ruraldesk.store.search import Filters

from .common import CancelFlag, Progress, Ticker
from .vcard import ExportReport

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
META_LABELS = {"id": "Id", "created_at": "Created", "created_by": "Created by", "updated_at": "Updated",
               "updated_by": "Updated by", "deleted": "In the trash"}

__all__ = ["ExportReport", "FORMULA_START", "atomic_text", "cell_text", "export_csv", "list_ids",
           "safe_cell"]


def safe_cell(text: str) -> str:
    """Defuse spreadsheet formula injection: '=HYPERLINK(…)' is shown as text, not run."""
    return "'" + text if text.startswith(FORMULA_START) else text


@contextmanager
def atomic_text(out: Path | str | TextIO, *, newline: str | None = None, bom: bool = False) -> Iterator[TextIO]:
    """A text file written beside `out` and renamed over it only when complete."""
    if not isinstance(out, (str, Path)):
        if bom:
            out.write("\ufeff")
        yield out
        return
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cell_text(collection: str, name: str, value: Any, titles: dict[str, str]) -> str:
    """A field value as one cell, in the form our import reads back."""
    if name in META_FIELDS:
        return "yes" if value is True else ("" if value in (None, False) else str(value))
    f = spec(collection).field(name)
    if value in (None, "", []):
        return ""
    k = f.kind
    if k in (Kind.EMAILS, Kind.PHONES):
        return "; ".join(v["value"] if v.get("type") in (None, "", "other") else f"{v['value']} ({v['type']})"
                         for v in value if isinstance(v, dict))
    if k in (Kind.REFS,):
        return "; ".join(titles.get(v, v) for v in value)
    if k is Kind.REF:
        return titles.get(value, value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if k in (Kind.NUMBER, Kind.INTEGER):
        return _number(value)
    return str(value)


def list_ids(store, collection: str, *, ids: list[str] | None = None, filters: Filters = Filters(),
             query: str | None = None, sort: str = "title", descending: bool = False) -> list[str]:
    """The ids a list shows: given ones, a search's hits (as the search ranks them, at most
    the search's window), or every record the filters match in list order."""
    if ids is not None:
        return list(ids)
    if query and query.strip():
        f = Filters(**{**filters.__dict__, "collections": (collection,)})
        out: list[str] = []
        offset = 0
        while True:
            hits = store.search(query, filters=f, limit=500, offset=offset)
            out.extend(h.record_id for h in hits)
            if len(hits) < 500:
                break
            offset += 500
        return list(dict.fromkeys(out))
    return store.list_ids(collection, sort=sort, descending=descending, filters=filters)


def _titles(store, records: list[Record], columns: list[str], collection: str,
            cache: dict[str, str]) -> dict[str, str]:
    s = spec(collection)
    wanted: dict[str, set[str]] = {}
    for name in columns:
        if name in META_FIELDS or not s.has(name):
            continue
        f = s.field(name)
        if f.kind in (Kind.REFS, Kind.REF) and f.target:
            for r in records:
                v = r.fields.get(name)
                for target in (v if isinstance(v, list) else [v] if v else []):
                    if target not in cache:
                        wanted.setdefault(f.target, set()).add(target)
    for target, ids in wanted.items():
        found = store.get_many(target, sorted(ids))
        for i in ids:
            cache[i] = found[i].title if i in found else i
    return cache


def export_csv(store, collection: str, out: Path | str | TextIO, columns: list[str] | None = None, *,
               ids: list[str] | None = None, filters: Filters = Filters(), query: str | None = None,
               sort: str = "title", descending: bool = False, bom: bool = False, delimiter: str = ",",
               header: str = "labels", progress: Progress | None = None,
               cancel: CancelFlag | None = None) -> ExportReport:
    """Write a list as CSV. `columns`: field names (and id/created_at/updated_at/…), default every
    field; `header`: "labels" (the names people read) or "names" (field names); `bom=True` for
    Excel on Windows. Written to a temporary file and renamed: cancelling leaves no half file."""
    s = spec(collection)
    columns = list(columns) if columns else ["id", *s.names]
    for name in columns:
        if name not in META_FIELDS and not s.has(name):
            raise ValueError(f"“{name}” is not a {collection} field")
    if header not in ("labels", "names"):
        raise ValueError("header must be 'labels' or 'names'")
    row_ids = list_ids(store, collection, ids=ids, filters=filters, query=query, sort=sort,
                       descending=descending)
    ticker = Ticker(progress, cancel, len(row_ids))
    titles: dict[str, str] = {}
    if any(s.has(c) and s.field(c).target == "theme" for c in columns):
        titles.update({t.id: t.title for t in store.get_many("theme", store.list_ids("theme")).values()})
    count = 0
    with atomic_text(out, newline="", bom=bom) as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([safe_cell(META_LABELS.get(c) or s.field(c).label) if header == "labels" else c
                         for c in columns])
        for start in range(0, len(row_ids), 500):
            chunk = row_ids[start:start + 500]
            found = store.get_many(collection, chunk)
            records = [found[i] for i in chunk if i in found]
            _titles(store, records, columns, collection, titles)
            for r in records:
                writer.writerow([safe_cell(cell_text(collection, c, r.get(c) if c in META_FIELDS
                                                     else r.fields.get(c), titles)) for c in columns])
                count += 1
            ticker.step(len(chunk))
        ticker.finish()
    name = out if isinstance(out, (str, Path)) else getattr(out, "name", "stream")
    return ExportReport(str(name), count, "csv", [])
