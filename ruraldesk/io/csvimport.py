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

from . import mapping as _mapping
from . import phones, presets, regions
from .common import DEFAULT_MAX_BYTES, CancelFlag, Problem, Progress, Text
from .importer import ALL_OR_NOTHING, MAX_PROBLEMS, VALID_ONLY, ImportReport, Importer, apply_defaults, context
from .mapping import Context, check_target, combine, convert, target_field
from .tabular import Table, open_table

__all__ = ["ALL_OR_NOTHING", "VALID_ONLY", "ImportReport", "PreviewRow", "Table", "guess_collection",
           "import_csv", "import_table", "open_table", "parse_mapping", "preset_of", "preview", "suggest_mapping"]


def preset_of(headers: list[str], collection: str = "contact") -> presets.Preset | None:
    """The address-book export these headers come from (contacts only), or None."""
    return presets.recognise(headers) if collection == "contact" else None


def suggest_mapping(headers: list[str], collection: str) -> dict[int, str]:
    """Column index -> target: a recognised export's own columns, else by header names."""
    preset = preset_of(headers, collection)
    if preset is not None:
        return presets.mapping(preset, headers)
    return _mapping.suggest_mapping(headers, collection)


def guess_collection(headers: list[str]) -> str:
    return "contact" if presets.recognise(headers) else _mapping.guess_collection(headers)


def _plan(table: Table, collection: str) -> presets.RowPlan | None:
    preset = preset_of(table.headers, collection)
    return presets.RowPlan.of(preset, table.headers) if preset else None


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
               ctx: Context, plan: presets.RowPlan | None = None, default_region: str | None = None,
               ) -> tuple[dict[str, Any], dict[str, str], list[Problem], list[Problem]]:
    """(fields, field -> column, problems that reject the row, warnings) of one row."""
    s = spec(collection)
    fields: dict[str, Any] = {}
    columns: dict[str, str] = {}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    if len(cells) > len(table.headers) and any(c.strip() for c in cells[len(table.headers):]):
        problems.append(Problem(row, Text("has {cells} cells but the header names {columns} columns; the extra "
                                          "cells would be lost", cells=len(cells), columns=len(table.headers))))
    kept_address, other_addresses = plan.skipped_addresses(cells) if plan else (None, [])
    for index, target in mapping.items():
        if index >= len(cells):
            continue
        cell = cells[index]
        if not cell.strip():
            continue
        column = _header(table, index)
        if plan is not None:
            group = plan.address_of.get(index)
            if group is not None and group != kept_address:
                continue                        # listed once per row below
            cell = plan.cell(index, cell)
            target = plan.target(index, target, cells)
            if index in plan.group_columns and s.has("themes"):
                found, unknown = presets.themes(cell, ctx.theme_ids)
                fields["themes"] = list(dict.fromkeys((fields.get("themes") or []) + found))
                warnings += [presets.group_warning(row, column, name) for name in unknown]
                columns.setdefault("themes", column)
                continue
        name, subtype = target_field(target)
        f = s.field(name)
        value, message = convert(f, subtype, cell, ctx)
        columns.setdefault(name, column)
        if message:
            problems.append(Problem(row, message, column=column, field=name, value=cell))
            continue
        if plan is not None and name == "organisation" and index in plan.org_columns and fields.get(name):
            fields[name] = f"{fields[name]}, {value}"
            continue
        fields[name] = combine(f, fields.get(name), value)
    for group in other_addresses:
        values = "; ".join(cells[i] for i, g in sorted(plan.address_of.items())  # type: ignore[union-attr]
                           if g == group and i < len(cells) and cells[i].strip())
        warnings.append(presets.address_warning(row, _header(table, min(
            i for i, g in plan.address_of.items() if g == group)), values))  # type: ignore[union-attr]
    if fields.get("region") and s.has("region"):
        text = fields["region"]
        code = regions.lookup(text, fields.get("country"))
        if code:
            fields["region"] = code
        else:
            del fields["region"]
            warnings.append(Problem(row, Text("region “{region}” is not a NUTS region we know; kept in the notes",
                                              region=text), column=columns.get("region"), field="region",
                                    value=text))
            if s.has("notes"):
                fields["notes"] = "\n".join(filter(None, [fields.get("notes"), Text("Region: {region}",
                                                                                     region=text)]))
    if fields.get("phones") and s.has("phones"):
        phones.place(fields, fields.get("country") or default_region, warnings, row, column=columns.get("phones"))
    return fields, columns, problems, warnings


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
            defaults: dict[str, Any] | None = None, limit: int = 20,
            default_region: str | None = None) -> list[PreviewRow]:
    """The first rows as they would be imported, each with its problems (for the dialog)."""
    ctx = context(store)
    plan = _plan(table, collection)
    region = default_region or phones.workspace_region(store)
    out = []
    for number, cells, why in table.records():
        if cells is None:
            out.append(PreviewRow(number, [], {}, [Problem(number, why)]))
            if len(out) >= limit:
                break
            continue
        values, columns, problems, _warnings = row_values(table, cells, number, collection, mapping, ctx, plan,
                                                          region)
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
                 check_duplicates: bool = True, default_region: str | None = None,
                 progress: Progress | None = None, cancel: CancelFlag | None = None) -> ImportReport:
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
    plan = _plan(table, collection)
    report = ImportReport(source=str(table.path), collection=collection, format="csv",
                          encoding=table.encoding_name, delimiter=table.delimiter_name,
                          preset=str(presets.preset_summary(plan.preset if plan else None)))
    region = default_region or phones.workspace_region(store)
    ctx = context(store)
    importer = Importer(store, report, defaults=defaults, check_duplicates=check_duplicates,
                        progress=progress, cancel=cancel, estimate=_estimate_rows(table.path))
    unmapped_data: dict[int, int] = {}
    cut_short = not table.ends_cleanly()

    quiet = {i for i, h in enumerate(table.headers) if plan and h in plan.preset.quiet}

    def add(number: int, cells: list[str] | None, why, last: bool) -> None:
        if cells is None:
            importer.add(number, {}, {}, [Problem(number, why)])
            return
        for i, cell in enumerate(cells):
            if i not in mapping and i not in quiet and cell.strip():
                unmapped_data[i] = unmapped_data.get(i, 0) + 1
        values, columns, problems, warnings = row_values(table, cells, number, collection, mapping, ctx, plan,
                                                         region)
        for w in warnings:
            if len(report.warnings) < MAX_PROBLEMS:
                report.warnings.append(w)
        if last and cut_short and len(cells) < len(table.headers):
            problems.append(Problem(number, Text("the last row is cut short (fewer cells than the header and "
                                                 "no line end): the file looks truncated")))
        importer.add(number, values, columns, problems)

    try:
        pending = None
        for record in table.records():          # one row behind, to know which row is the last
            if pending is not None:
                add(*pending, last=False)
            pending = record
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
