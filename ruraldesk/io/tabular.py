"""Reading CSV/TSV files from spreadsheets and databases: encoding, delimiter, header, rows.

The encoding is decided by :mod:`ruraldesk.io.encoding` (UTF-8 strictly first, a
maintained detector next, a question when it is unsure; NUL bytes refuse the file).

Rows are read one record at a time so that one bad row costs that row only: a cell
with bare quotes (``Association "Les Amis"`` or ``"Big" Farm`` unquoted, as databases
export them) is read as written; a row that still cannot be read is reported by its
line and the rest of the file is read. Only a quote opened and never closed before the
end of a comma/semicolon file refuses the file: it was truncated.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .common import DEFAULT_MAX_BYTES, BadFile, Text, check_input
from .encoding import NAMES as ENCODING_NAMES
from .encoding import UnsureEncoding, chosen, decodes, detect

DELIMITERS = (",", ";", "\t", "|")
PREVIEW_ROWS = 20
#: a quoted cell may run over this many lines (a long note); past it the quote is a stray one
MAX_CELL_LINES = 500
#: a quoted cell longer than this is a quote that is never closed
csv.field_size_limit(1_000_000)

_decodes = decodes


def detect_encoding(path: Path | str, head: bytes | None = None) -> str:
    """The Python codec name that decodes the whole file exactly; BadFile (UnsureEncoding) if we
    cannot say which."""
    return detect(path, head)


def _pick_delimiter(lines: list[str], suffix: str) -> str:
    if not lines:
        return "\t" if suffix in (".tsv", ".tab") else ","
    sample = "".join(lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = []
    for d in DELIMITERS:
        try:
            rows = [r for r in csv.reader(lines, delimiter=d) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        same = sum(1 for r in rows if len(r) == width)
        scores.append((same / len(rows), width, d == sniffed, d))
    if not scores:
        return "\t" if suffix in (".tsv", ".tab") else (sniffed or ",")
    scores.sort(reverse=True)
    return scores[0][3]


@dataclass
class Table:
    """An opened CSV/TSV file: what the mapping dialog shows before anything is imported."""

    path: Path
    size: int
    encoding: str
    delimiter: str
    headers: list[str]
    preview: list[list[str]] = field(default_factory=list)   # the first PREVIEW_ROWS data rows
    #: quotes are ordinary characters (a TSV exported from a database without quoting)
    literal_quotes: bool = False

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def delimiter_name(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}.get(self.delimiter,
                                                                                   repr(self.delimiter))

    def _open(self):
        return open(self.path, encoding=self.encoding, newline="")

    def records(self) -> Iterator[tuple[int, list[str] | None, Text | None]]:
        """(line, cells, None) of every data row, or (line, None, why) for a row that cannot be
        read; streamed. The header is line 1; blank lines are skipped. BadFile if a quote runs
        to the end of a comma/semicolon file (it was truncated)."""
        with self._open() as fh:
            try:
                first = True
                for number, cells, why in _records(fh, self.delimiter, self.literal_quotes, self.path.name,
                                                   len(self.headers) or None):
                    if first:
                        first = False
                        continue
                    if cells is not None and (not cells or all(c == "" for c in cells)):
                        continue
                    yield number, cells, why
            except UnicodeDecodeError as exc:
                raise BadFile(Text("{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8",
                                   name=self.path.name, encoding=self.encoding_name, byte=exc.start)) from exc

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) of every readable data row (see `records` for the unreadable ones)."""
        for number, cells, _why in self.records():
            if cells is not None:
                yield number, cells

    def ends_cleanly(self) -> bool:
        with open(self.path, "rb") as fh:
            fh.seek(max(0, self.size - 4))
            tail = fh.read()
        return tail.endswith((b"\n", b"\r", b"\n\x00", b"\r\x00"))


def _literal(line: str, delimiter: str) -> list[str]:
    """Cells of a line whose quotes are characters; a cell quoted whole loses its quotes."""
    out = []
    for cell in line.rstrip("\r\n").split(delimiter):
        if len(cell) >= 2 and cell[0] == cell[-1] == '"' and '"' not in cell[1:-1].replace('""', ""):
            cell = cell[1:-1].replace('""', '"')
        out.append(cell)
    return out


def _records(fh, delimiter: str, literal: bool, name: str,
             width: int | None) -> Iterator[tuple[int, list[str] | None, Text | None]]:
    """(first line, cells or None, why) of every record, the header included."""
    lines = iter(fh)
    back: list[tuple[int, str]] = []           # lines read ahead and given back, in order
    count = 0

    def pull() -> tuple[int, str] | None:
        nonlocal count
        if back:
            return back.pop(0)
        line = next(lines, None)
        if line is None:
            return None
        count += 1
        return count, line

    while (item := pull()) is not None:
        number, line = item
        if literal:
            yield number, _literal(line, delimiter), None
            continue
        chunk = [line]
        while True:
            try:
                rows = list(csv.reader(chunk, delimiter=delimiter, strict=True))
            except csv.Error as exc:
                error = str(exc)
                if "unexpected end of data" in error and len(chunk) < MAX_CELL_LINES:
                    more = pull()
                    if more is not None:
                        chunk.append(more[1])
                        continue
                    if delimiter != "\t" and width is not None:
                        raise BadFile(Text("{name}: a quote (\") opened near line {line} is never closed; "
                                           "the file looks truncated or damaged", name=name, line=number)) from exc
                if width is None:          # the header itself
                    raise BadFile(_csv_message(name, number, error)) from exc
                back[:0] = [(number + i, x) for i, x in enumerate(chunk[1:], 1)]
                cells = _literal(line, delimiter)
                if len(cells) == width:
                    yield number, cells, None
                else:
                    yield number, None, _row_message(error)
                break
            row = rows[0] if rows else []
            if len(chunk) > 1 and width is not None and len(row) != width:
                # a stray quote that another stray quote lines later "closed": read the line as written
                back[:0] = [(number + i, x) for i, x in enumerate(chunk[1:], 1)]
                cells = _literal(line, delimiter)
                yield (number, cells, None) if len(cells) == width else \
                    (number, None, Text("a quote (\") in this row is never closed on its line"))
            else:
                yield number, row, None
            break


def _row_message(error: str) -> Text:
    if "expected after" in error:
        return Text("a quoted cell has text after its closing quote and the row does not have as many cells "
                    "as the header")
    if "unexpected end of data" in error:
        return Text("a quote (\") in this row is never closed")
    return Text("the row cannot be read ({error})", error=error)


def _csv_message(name: str, line: int, error: str) -> Text:
    if "unexpected end of data" in error or "field larger" in error:
        return Text("{name}: a quote (\") opened near line {line} is never closed; "
                    "the file looks truncated or damaged", name=name, line=line)
    if "expected after" in error:
        return Text("{name}, line {line}: a quoted cell has text after its closing quote ({error})",
                    name=name, line=line, error=error)
    return Text("{name}, line {line}: {error}", name=name, line=line, error=error)


def _unreadable(table: Table) -> int:
    bad = 0
    for _number, cells, why in table.records():
        if why is not None or (cells is not None and len(cells) != len(table.headers)):
            bad += 1
    return bad


def open_table(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Table:
    """Open a CSV/TSV file: check it, detect encoding and delimiter, read the header and a preview.

    BadFile for a file we refuse; UnsureEncoding (a BadFile) when the encoding must be chosen."""
    path, size, head = check_input(path, max_bytes=max_bytes, what=Text("a table"))
    if encoding is None:
        encoding = detect_encoding(path, head)
    else:
        encoding = chosen(path, encoding)
    lines: list[str] = []
    with open(path, encoding=encoding, newline="") as fh:
        for line in fh:
            lines.append(line)
            if len(lines) >= 50:
                break
    if delimiter is None:
        delimiter = _pick_delimiter(lines, path.suffix.lower())
    table = Table(path=path, size=size, encoding=encoding, delimiter=delimiter, headers=[])
    with table._open() as fh:
        header = next((cells for _n, cells, _w in _records(fh, delimiter, False, path.name, None)), None)
    if not header or all(not h.strip() for h in header):
        raise BadFile(Text("{name} has no header row (the first line should name the columns)", name=path.name))
    table.headers = [h.strip() for h in header]
    if delimiter == "\t":
        quoted = _unreadable(table)
        if quoted:
            table.literal_quotes = True
            if _unreadable(table) >= quoted:
                table.literal_quotes = False
    for _, cells in table.rows():
        table.preview.append(cells)
        if len(table.preview) >= PREVIEW_ROWS:
            break
    return table


__all__ = ["ENCODING_NAMES", "PREVIEW_ROWS", "Table", "UnsureEncoding", "detect_encoding", "open_table"]
