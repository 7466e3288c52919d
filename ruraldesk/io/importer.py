"""Importing many records at once: validate every row first, then write all of them in one
transaction — or none (the default) — and say which rows were rejected and why.

Rows are validated as they are read and the valid ones spooled to a temporary
file, so a 30,000-row file keeps memory flat; the write then streams the spool
into one `store.write()` transaction through `Writer.create_many`, journal
included. Cancelling at any point writes nothing.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from typing import Any, Iterator

from ruraldesk.domain import validation
from ruraldesk.domain.records import spec
from ruraldesk.domain.text import fold

from .common import CancelFlag, Cancelled, Problem, Progress, Text, Ticker
from .keys import contact_keys
from .mapping import Context

BATCH = 2_000
MAX_PROBLEMS = 10_000     # problems kept in a report (the counts stay exact)

#: what "all or nothing" means, and the explicit alternative
ALL_OR_NOTHING = "all"
VALID_ONLY = "valid"


@dataclass
class ImportReport:
    """What an import did, or would do (dry run): the dialog's and the CLI's summary."""

    source: str
    collection: str
    format: str                                   # "csv" or "vcard"
    encoding: str = ""
    delimiter: str = ""
    preset: str = ""                              # "Google Contacts export" (a Text), or the sheet kind
    mode: str = ALL_OR_NOTHING
    dry_run: bool = False
    rows: int = 0                                 # data rows / cards read
    valid: int = 0
    imported: int = 0                             # records written (0 on a dry run or a refusal)
    rejected_rows: list[int] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)      # why each rejected row was rejected
    warnings: list[Problem] = field(default_factory=list)      # imported, but worth a look
    duplicates: list[Problem] = field(default_factory=list)    # rows that look like existing contacts
    unmapped: list[Problem] = field(default_factory=list)      # vCard properties with no field
    ignored_columns: list[str] = field(default_factory=list)   # columns mapped to nothing, with data (Text)
    ids: list[str] = field(default_factory=list)               # ids of the records written

    @property
    def written(self) -> bool:
        return self.imported > 0

    @property
    def ok(self) -> bool:
        return not self.rejected_rows

    def summary(self) -> str:
        what = spec(self.collection).label_plural.lower()
        parts = [f"{self.rows} rows read" if self.format == "csv" else f"{self.rows} cards read"]
        if self.preset:
            parts[0] = f"{self.preset}: {parts[0]}"
        if self.dry_run:
            parts.append(f"{self.valid} would be imported as {what} (dry run: nothing written)")
        elif self.imported:
            parts.append(f"{self.imported} imported as {what}")
        elif self.rejected_rows and self.mode == ALL_OR_NOTHING:
            parts.append("nothing imported: fix the rejected rows or choose to import the valid rows only")
        else:
            parts.append("nothing imported")
        if self.rejected_rows:
            parts.append(f"{len(self.rejected_rows)} rejected")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} look like contacts already here")
        if self.unmapped:
            parts.append(f"{len(self.unmapped)} values with no matching field (listed)")
        if self.warnings:
            parts.append(f"{len(self.warnings)} values changed or kept in the notes (listed)")
        if self.ignored_columns:
            parts.append("columns not imported: " + ", ".join(self.ignored_columns))
        return "; ".join(parts) + "."

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "collection": self.collection, "format": self.format,
                "encoding": self.encoding, "delimiter": self.delimiter, "preset": self.preset, "mode": self.mode,
                "dry_run": self.dry_run, "rows": self.rows, "valid": self.valid, "imported": self.imported,
                "rejected_rows": self.rejected_rows, "rejected": [p.to_dict() for p in self.rejected],
                "warnings": [p.to_dict() for p in self.warnings],
                "duplicates": [p.to_dict() for p in self.duplicates],
                "unmapped": [p.to_dict() for p in self.unmapped],
                "ignored_columns": self.ignored_columns, "summary": self.summary()}


def theme_index(store) -> dict[str, str]:
    """Folded theme name -> id (ids map to themselves), for theme names in cells."""
    out: dict[str, str] = {}
    ids = store.list_ids("theme")
    for record in store.get_many("theme", ids).values():
        out.setdefault(fold(record.title).strip(), record.id)
        out[record.id] = record.id
    return out


def context(store) -> Context:
    return Context(theme_ids=theme_index(store))


class ContactIndex:
    """Normalised e-mails, phones and names of the contacts in a store (and of the rows seen so far),
    read in windows so 100k contacts cost keys only."""

    def __init__(self, store=None):
        self.emails: dict[str, str] = {}
        self.phones: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        if store is not None:
            offset = 0
            while True:
                window = store.window("contact", offset, 2000, sort="created_at")
                if not window:
                    break
                for record in window:
                    self.add(record.id, record.fields)
                offset += len(window)

    def add(self, ref: str, fields: dict, title: str | None = None, keys=None) -> None:
        emails, phones, name = keys or contact_keys(fields)
        for e in emails:
            self.emails.setdefault(e, ref)
        for p in phones:
            self.phones.setdefault(p, ref)
        if name:
            self.names.setdefault(name, ref)
        self.titles[ref] = title if title is not None else str(fields.get("name") or "")

    def match(self, fields: dict, keys=None) -> list[tuple[str, Text]]:
        """(existing ref, reason) for each way these fields look like a known contact."""
        emails, phones, name = keys or contact_keys(fields)
        found: dict[str, Text] = {}
        for e in sorted(emails):
            if e in self.emails:
                found.setdefault(self.emails[e], Text("same e-mail {email}", email=e))
        for p in sorted(phones):
            if p in self.phones:
                found.setdefault(self.phones[p], Text("same phone {phone}", phone=p))
        if name and name in self.names:
            found.setdefault(self.names[name], Text("same name"))
        return list(found.items())


def _earlier(ref: str, reason: Text) -> Text:
    """"looks like row 3 of this file": `ref` is "row 3" or "card 3" (see Importer.add)."""
    unit, _, number = ref.partition(" ")
    if unit == "card":
        return Text("looks like card {number} of this file ({reason})", number=int(number), reason=reason)
    return Text("looks like row {number} of this file ({reason})", number=int(number), reason=reason)


def apply_defaults(collection: str, fields: dict[str, Any], defaults: dict[str, Any] | None) -> dict[str, Any]:
    for key, value in (defaults or {}).items():
        if fields.get(key) in (None, "", []):
            fields[key] = value
    if collection == "contact":
        if not fields.get("name"):
            parts = [fields.get("given_name"), fields.get("family_name")]
            joined = " ".join(p for p in parts if p)
            fields["name"] = joined or fields.get("organisation") or None
            if not joined and fields.get("organisation") and not fields.get("kind"):
                fields["kind"] = "organisation"
        if not fields.get("kind"):
            fields["kind"] = "person"
    return fields


class Importer:
    """Collects rows (already converted to field values), validates each, spools the valid ones."""

    def __init__(self, store, report: ImportReport, *, defaults: dict[str, Any] | None = None,
                 check_duplicates: bool = True, progress: Progress | None = None,
                 cancel: CancelFlag | None = None, estimate: int = 0):
        self.store, self.report, self.defaults = store, report, defaults
        self.collection = report.collection
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.ticker = Ticker(progress, cancel, total=max(estimate, 1) * 2)
        self.index: ContactIndex | None = None
        self.seen: ContactIndex | None = None
        if check_duplicates and self.collection == "contact":
            self.index = ContactIndex(store)
            self.seen = ContactIndex()

    def _problem(self, target: list[Problem], problem: Problem) -> None:
        if len(target) < MAX_PROBLEMS:
            target.append(problem)

    def add(self, row: int, fields: dict[str, Any], columns: dict[str, str],
            problems: list[Problem], label: str | None = None) -> bool:
        """One row: `columns` maps field -> the column (or property) it came from, for messages;
        `problems` are conversion problems already found (the row is rejected if any)."""
        r = self.report
        r.rows += 1
        unit = "card" if r.format == "vcard" else "row"
        fields = apply_defaults(self.collection, fields, self.defaults)
        errors = list(problems)
        try:
            values = validation.check(self.collection, fields)
        except validation.ValidationError as exc:
            values = None
            done = {(p.field, p.message) for p in problems}
            for e in exc.errors:
                if any(p.field == e.field for p in problems):
                    continue                      # already explained by the conversion message
                if (e.field, e.message) not in done:
                    errors.append(Problem(row, Text.field_error(e), column=columns.get(e.field), field=e.field,
                                          unit=unit))
        if errors or values is None:
            r.rejected_rows.append(row)
            for p in errors:
                self._problem(r.rejected, p)
            self.ticker.step()
            return False
        r.valid += 1
        if self.index is not None and self.seen is not None:
            name = label or str(values.get("name") or "")
            keys = contact_keys(values)
            for ref, reason in self.index.match(values, keys):
                self._problem(r.duplicates, Problem(
                    row, unit=unit, message=Text("looks like “{title}” already here ({reason})",
                                                 title=self.index.titles.get(ref, ""), reason=reason),
                    field="contact", value=ref))
            for ref, reason in self.seen.match(values, keys):
                self._problem(r.duplicates, Problem(row, _earlier(ref, reason), field="contact", value=ref,
                                                    unit=unit))
            self.seen.add(("row " if r.format == "csv" else "card ") + str(row), values, name, keys)
        self.spool.write(json.dumps(values, ensure_ascii=False) + "\n")
        self.ticker.step()
        return True

    def _batches(self) -> Iterator[list[tuple[None, dict]]]:
        self.spool.seek(0)
        batch: list[tuple[None, dict]] = []
        for line in self.spool:
            batch.append((None, json.loads(line)))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    def finish(self, *, mode: str = ALL_OR_NOTHING, dry_run: bool = False) -> ImportReport:
        r = self.report
        r.mode, r.dry_run = mode, dry_run
        try:
            self.ticker.total = r.rows + r.valid
            self.ticker.finish()
            if dry_run or r.valid == 0 or (r.rejected_rows and mode == ALL_OR_NOTHING):
                return r
            ids: list[str] = []
            with self.store.write() as w:         # one transaction: every row, or none
                for batch in self._batches():
                    ids += w.create_many(self.collection, batch, validate=False)
                    self.ticker.step(len(batch))
                self.ticker.finish()
            r.ids = ids
            r.imported = len(ids)
            return r
        finally:
            self.spool.close()

    def abort(self) -> None:
        self.spool.close()


__all__ = ["ALL_OR_NOTHING", "VALID_ONLY", "Cancelled", "ContactIndex", "ImportReport", "Importer",
           "apply_defaults", "context", "theme_index"]
