"""CSV/TSV import: open a file, map its columns, preview, then import every row or none.

The mapping dialog calls, in order::

    table = open_table(path)                        # BadFile: one sentence, nothing changed
    collection = guess_collection(table.headers)
    mapping = suggest_mapping(table.headers, collection)     # {column index: target}
    rows = preview(store, table, collection, mapping)        # converted values + problems
    report = import_table(store, table, collection, mapping, progress=..., cancel=...)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruraldesk.domain import validation
from ruraldesk.domain.records import spec

from .common import DEFAULT_MAX_BYTES, CancelFlag, Problem, Progress, Text
from .importer import ALL_OR_NOTHING, VALID_ONLY, ImportReport, Importer, apply_defaults, context
from .mapping import Context, check_target, combine, convert, guess_collection, suggest_mapping, target_field
from .tabular import Table, open_table

__all__ = ["ALL_OR_NOTHING", "VALID_ONLY", "ImportReport", "PreviewRow", "Table", "guess_collection",
           "import_csv", "import_table", "open_table", "parse_mapping", "preview", "suggest_mapping"]


def parse_mapping(table: Table, collection: str, items: dict[str | int, str | None] | None,
                  *, suggest: bool = True) -> dict[int, str]:
    """Column (header name, or index, or "#3" for the third column) -> target, checked.

    With `suggest`, columns not named in `items` are mapped by header name where we can;
    a target of None or "" leaves a column out."""
    mapping = suggest_mapping(table.headers, collection) if suggest else {}
    for column, target in (items or {}).items():
        index = _column_index(table, column)
        if not target:
            mapping.pop(index, None)
        else:
            mapping[index] = check_target(collection, target)
    return mapping


def _column_index(table: Table, column: str | int) -> int:
    if isinstance(column, int):
        index = column
    elif column.startswith("#") and column[1:].isdigit():
        index = int(column[1:]) - 1
    else:
        matches = [i for i, h in enumerate(table.headers) if h == column.strip()] or \
                  [i for i, h in enumerate(table.headers) if h.casefold() == column.strip().casefold()]
        if not matches:
            raise ValueError(f"{table.path.name} has no column “{column}”; its columns are: "
                             + ", ".join(table.headers))
        index = matches[0]
    if not 0 <= index < len(table.headers):
        raise ValueError(f"{table.path.name} has no column {column}")
    return index


def _header(table: Table, index: int) -> str:
    if index < len(table.headers) and table.headers[index]:
        return table.headers[index]
    return Text("column {number}", number=index + 1)


def row_values(table: Table, cells: list[str], row: int, collection: str, mapping: dict[int, str],
               ctx: Context) -> tuple[dict[str, Any], dict[str, str], list[Problem]]:
    """(fields, field -> column, problems) of one row."""
    s = spec(collection)
    fields: dict[str, Any] = {}
    columns: dict[str, str] = {}
    problems: list[Problem] = []
    if len(cells) > len(table.headers) and any(c.strip() for c in cells[len(table.headers):]):
        problems.append(Problem(row, Text("has {cells} cells but the header names {columns} columns; the extra "
                                          "cells would be lost", cells=len(cells), columns=len(table.headers))))
    for index, target in mapping.items():
        if index >= len(cells):
            continue
        cell = cells[index]
        if not cell.strip():
            continue
        name, subtype = target_field(target)
        f = s.field(name)
        value, message = convert(f, subtype, cell, ctx)
        column = _header(table, index)
        columns.setdefault(name, column)
        if message:
            problems.append(Problem(row, message, column=column, field=name, value=cell))
            continue
        fields[name] = combine(f, fields.get(name), value)
    return fields, columns, problems


@dataclass
class PreviewRow:
    row: int
    cells: list[str]
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def preview(store, table: Table, collection: str, mapping: dict[int, str], *,
            defaults: dict[str, Any] | None = None, limit: int = 20) -> list[PreviewRow]:
    """The first rows as they would be imported, each with its problems (for the dialog)."""
    ctx = context(store)
    out = []
    for number, cells in table.rows():
        values, columns, problems = row_values(table, cells, number, collection, mapping, ctx)
        values = apply_defaults(collection, values, defaults)
        if not problems:
            try:
                values = validation.check(collection, values)
            except validation.ValidationError as exc:
                problems = [Problem(number, Text.field_error(e), column=columns.get(e.field), field=e.field)
                            for e in exc.errors]
        out.append(PreviewRow(number, cells, values, problems))
        if len(out) >= limit:
            break
    return out


def _estimate_rows(path: Path) -> int:
    count = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
    return max(count, 1)


def import_table(store, table: Table, collection: str, mapping: dict[int, str] | None = None, *,
                 mode: str = ALL_OR_NOTHING, dry_run: bool = False, defaults: dict[str, Any] | None = None,
                 check_duplicates: bool = True, progress: Progress | None = None,
                 cancel: CancelFlag | None = None) -> ImportReport:
    """Validate every row, then write them all in one transaction (or, by default, nothing if any
    row is rejected; `mode=VALID_ONLY` writes the valid ones). BadFile if the file breaks
    part-way (unclosed quote); Cancelled if cancelled — nothing written either way."""
    if mode not in (ALL_OR_NOTHING, VALID_ONLY):
        raise ValueError(f"mode must be {ALL_OR_NOTHING!r} or {VALID_ONLY!r}")
    spec(collection)
    if mapping is None:
        mapping = suggest_mapping(table.headers, collection)
    for target in mapping.values():
        check_target(collection, target)
    if not mapping:
        raise ValueError(f"no column of {table.path.name} is mapped to a {collection} field")
    report = ImportReport(source=str(table.path), collection=collection, format="csv",
                          encoding=table.encoding_name, delimiter=table.delimiter_name)
    ctx = context(store)
    importer = Importer(store, report, defaults=defaults, check_duplicates=check_duplicates,
                        progress=progress, cancel=cancel, estimate=_estimate_rows(table.path))
    unmapped_data: dict[int, int] = {}
    cut_short = not table.ends_cleanly()

    def add(number: int, cells: list[str], last: bool) -> None:
        for i, cell in enumerate(cells):
            if i not in mapping and cell.strip():
                unmapped_data[i] = unmapped_data.get(i, 0) + 1
        values, columns, problems = row_values(table, cells, number, collection, mapping, ctx)
        if last and cut_short and len(cells) < len(table.headers):
            problems.append(Problem(number, Text("the last row is cut short (fewer cells than the header and "
                                                 "no line end): the file looks truncated")))
        importer.add(number, values, columns, problems)

    try:
        pending = None
        for number, cells in table.rows():      # one row behind, to know which row is the last
            if pending is not None:
                add(*pending, last=False)
            pending = (number, cells)
        if pending is not None:
            add(*pending, last=True)
    except BaseException:
        importer.abort()
        raise
    report.ignored_columns = [Text("{column} ({count} values)", column=_header(table, i), count=n)
                              for i, n in sorted(unmapped_data.items())]
    return importer.finish(mode=mode, dry_run=dry_run)


def import_csv(store, path: Path | str, collection: str | None = None,
               mapping: dict[str | int, str | None] | None = None, *, encoding: str | None = None,
               delimiter: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, **kwargs) -> ImportReport:
    """Open, map (by header names, plus `mapping` overrides) and import a CSV/TSV file in one call."""
    table = open_table(path, encoding=encoding, delimiter=delimiter, max_bytes=max_bytes)
    collection = collection or guess_collection(table.headers)
    return import_table(store, table, collection, parse_mapping(table, collection, mapping), **kwargs)
