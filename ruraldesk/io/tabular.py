"""Reading CSV/TSV files from spreadsheets: encoding, delimiter, header, rows.

Encodings, in order: a BOM (UTF-8, UTF-16), strict UTF-8 over the whole file,
then the single-byte code pages spreadsheets write on Windows — Windows-1252
(Western Europe), Windows-1250 (Central Europe: Polish, Czech…) and Latin-1 —
chosen by which one reads as text rather than symbols between letters. A file
that none of them decodes exactly is refused: no character is ever guessed.
"""

from __future__ import annotations

import codecs
import csv
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .common import DEFAULT_MAX_BYTES, BadFile, Text, check_input

DELIMITERS = (",", ";", "\t", "|")
PREVIEW_ROWS = 20
CHUNK = 1 << 20
#: a quoted cell longer than this is a quote that is never closed
csv.field_size_limit(1_000_000)

ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252", "cp1250": "Windows-1250", "latin-1": "Latin-1 (ISO 8859-1)"}


def _decodes(path: Path, encoding: str, skip: int = 0) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with open(path, "rb") as fh:
            fh.seek(skip)
            while chunk := fh.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _high_sample(path: Path, limit: int = 256 * 1024) -> bytes:
    """Lines holding non-ASCII bytes, up to `limit` bytes: what tells code pages apart."""
    out = bytearray()
    with open(path, "rb") as fh:
        for line in fh:
            if any(b >= 0x80 for b in line):
                out += line
                if len(out) >= limit:
                    break
    return bytes(out)


def _oddness(text: str) -> int:
    """Symbols glued to letters ('£ukasz', 'jaŸ', 'wiêksze¹'): a wrong code page's signature."""
    score = 0
    for i, c in enumerate(text):
        if ord(c) < 0x80:
            continue
        category = unicodedata.category(c)
        if category.startswith("L"):
            continue
        if category == "Cc":          # C1 control characters never occur in real text
            score += 2
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalpha() or after.isalpha():
            score += 1
    return score


def detect_encoding(path: Path | str, head: bytes | None = None) -> str:
    """The Python codec name that decodes the whole file exactly; BadFile if there is none."""
    path = Path(path)
    if head is None:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        if not _decodes(path, "utf-8-sig"):
            raise BadFile(Text("{name} starts as UTF-8 but contains bytes that are not UTF-8; "
                               "it may be damaged — save it again as UTF-8", name=path.name))
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if not _decodes(path, "utf-16"):
            raise BadFile(Text("{name} is not valid UTF-16 text; it may be truncated or damaged", name=path.name))
        return "utf-16"
    if _decodes(path, "utf-8"):
        return "utf-8"
    sample = _high_sample(path)
    candidates = []
    for enc in ("cp1252", "cp1250"):
        try:
            candidates.append((_oddness(sample.decode(enc)), enc))
        except UnicodeDecodeError:
            continue
    if candidates:
        candidates.sort(key=lambda c: (c[0], c[1] != "cp1252"))
        best = candidates[0][1]
        if _decodes(path, best):
            return best
    return "latin-1"  # decodes every byte; only chosen when Windows code pages cannot


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

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def delimiter_name(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}.get(self.delimiter,
                                                                                   repr(self.delimiter))

    def _open(self):
        return open(self.path, encoding=self.encoding, newline="")

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(spreadsheet row number, cells) of every data row, streamed; BadFile on broken quoting.

        The header is row 1. Blank lines are skipped. A last line cut short (no
        line end, fewer cells than the header) is an error: the file was truncated."""
        with self._open() as fh:
            reader = csv.reader(fh, delimiter=self.delimiter, strict=True)
            number = 0
            try:
                for cells in reader:
                    number += 1
                    if number == 1:
                        continue
                    if not cells or all(c == "" for c in cells):
                        continue
                    yield number, cells
            except csv.Error as exc:
                raise BadFile(_csv_message(self.path, reader.line_num, str(exc))) from exc
            except UnicodeDecodeError as exc:
                raise BadFile(Text("{name} is not {encoding} text after all (byte {byte}); save it again as UTF-8",
                                   name=self.path.name, encoding=self.encoding_name, byte=exc.start)) from exc

    def ends_cleanly(self) -> bool:
        with open(self.path, "rb") as fh:
            fh.seek(max(0, self.size - 4))
            tail = fh.read()
        return tail.endswith((b"\n", b"\r", b"\n\x00", b"\r\x00"))


def _csv_message(path: Path, line: int, error: str) -> Text:
    if "unexpected end of data" in error or "field larger" in error:
        return Text("{name}: a quote (\") opened near line {line} is never closed; "
                    "the file looks truncated or damaged", name=path.name, line=line)
    if "expected after" in error:
        return Text("{name}, line {line}: a quoted cell has text after its closing quote ({error})",
                    name=path.name, line=line, error=error)
    if "NUL" in error or "null byte" in error:
        return Text("{name}, line {line}: the file contains NUL bytes; it is not a text table",
                    name=path.name, line=line)
    return Text("{name}, line {line}: {error}", name=path.name, line=line, error=error)


def open_table(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Table:
    """Open a CSV/TSV file: check it, detect encoding and delimiter, read the header and a preview."""
    path, size, head = check_input(path, max_bytes=max_bytes, what=Text("a table"))
    if encoding is None:
        encoding = detect_encoding(path, head)
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise BadFile(Text("unknown encoding {encoding}", encoding=repr(encoding))) from None
        if not _decodes(path, encoding):
            raise BadFile(Text("{name} is not {encoding} text", name=path.name, encoding=encoding))
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
        reader = csv.reader(fh, delimiter=delimiter, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise BadFile(_csv_message(path, reader.line_num, str(exc))) from exc
    if not header or all(not h.strip() for h in header):
        raise BadFile(Text("{name} has no header row (the first line should name the columns)", name=path.name))
    table.headers = [h.strip() for h in header]
    for _, cells in table.rows():
        table.preview.append(cells)
        if len(table.preview) >= PREVIEW_ROWS:
            break
    return table
