"""What every import and export shares: progress and cancellation, refusing bad files.

Conventions (the same as `ruraldesk.io.demo`):

* ``progress(done, total)`` is called from the worker thread every few hundred
  items and once at the end; returning ``False`` cancels.
* ``cancel`` is any object with ``is_set()`` (a ``threading.Event``); setting it
  from another thread cancels at the next step.
* Cancelling raises :class:`Cancelled` and, for anything that writes, nothing
  has been written (the transaction is rolled back).
* A file we will not read raises :class:`BadFile` with one sentence a person can
  act on (a :class:`Text`, which the window translates); nothing has been changed.
  ``BadFile`` is a ``ValueError``, so the CLI prints it on one line with exit code 2.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol

from .demo import Cancelled
from .text import Text

Progress = Callable[[int, int], "bool | None"]

#: files bigger than this are refused before a byte is read (callers may raise it)
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
HEAD = 64 * 1024


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class BadFile(ValueError):
    """A file that cannot be imported or restored; the message says why in one sentence."""


class Ticker:
    """Calls `progress` at most every `every` items or `interval` seconds, checks `cancel`."""

    def __init__(self, progress: Progress | None, cancel: CancelFlag | None, total: int,
                 every: int = 500, interval: float = 0.1):
        self.progress, self.cancel, self.total = progress, cancel, total
        self.every, self.interval = every, interval
        self.done = 0
        self._last_n = 0
        self._last_t = time.monotonic()

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()

    def step(self, n: int = 1, *, force: bool = False) -> None:
        self.done += n
        if not force and self.done - self._last_n < self.every \
                and time.monotonic() - self._last_t < self.interval:
            return
        self._last_n, self._last_t = self.done, time.monotonic()
        self.check()
        if self.progress is not None and self.progress(self.done, max(self.total, self.done)) is False:
            raise Cancelled()

    def finish(self) -> None:
        self.check()
        if self.progress is not None and self.progress(self.done, max(self.total, self.done)) is False:
            raise Cancelled()


def human_size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


#: magic numbers of files people pick by mistake, with what to do instead
_MAGIC = (
    (b"PK\x03\x04", Text("a ZIP archive (an .xlsx or .ods spreadsheet?); save it as CSV from the spreadsheet first")),
    (b"\xd0\xcf\x11\xe0", Text("an old Office document (.xls or .doc); save it as CSV from the spreadsheet first")),
    (b"%PDF", Text("a PDF document, not a table or an address book")),
    (b"\x89PNG", Text("a PNG picture")),
    (b"\xff\xd8\xff", Text("a JPEG picture")),
    (b"GIF8", Text("a GIF picture")),
    (b"SQLite format 3\x00", Text("an SQLite database (to bring back a whole workspace use restore)")),
    (b"\x7fELF", Text("a program, not a data file")),
    (b"MZ", Text("a Windows program, not a data file")),
    (b"\x1f\x8b", Text("a gzip-compressed file; uncompress it first")),
)


def check_input(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                what: str | None = None) -> tuple[Path, int, bytes]:
    """(path, size, first 64 KB) of a text file we agree to read, or BadFile.

    `what` names the file with its article ("a table"), for the messages.
    The size is checked before reading, so a multi-gigabyte file costs nothing."""
    path = Path(path)
    what = what or Text("a file")
    if not path.exists():
        raise BadFile(Text("{path} does not exist", path=str(path)))
    if path.is_dir():
        raise BadFile(Text("{path} is a folder, not {what}", path=str(path), what=what))
    size = path.stat().st_size
    if size == 0:
        raise BadFile(Text("{name} is empty", name=path.name))
    if size > max_bytes:
        raise BadFile(Text("{name} is {size}, more than the {limit} {what} may be; split it into smaller files",
                           name=path.name, size=human_size(size), limit=human_size(max_bytes), what=what))
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD)
    except OSError as exc:
        raise BadFile(Text("cannot read {name}: {reason}", name=path.name, reason=str(exc.strerror or exc))) from exc
    for magic, what_it_is in _MAGIC:
        if head.startswith(magic):
            raise BadFile(Text("{name} is {what}", name=path.name, what=what_it_is))
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in head:
        raise BadFile(Text("{name} is a binary file, not text (it contains NUL bytes)", name=path.name))
    return path, size, head


def file_kind(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """"vcard" or "table" (CSV/TSV) by content, else by extension; BadFile for files we refuse."""
    path, _size, head = check_input(path, max_bytes=max_bytes)
    if head.lstrip(b"\xef\xbb\xbf").lstrip()[:11].upper() == b"BEGIN:VCARD" \
            or path.suffix.lower() in (".vcf", ".vcard"):
        return "vcard"
    return "table"


@dataclass
class Problem:
    """One thing wrong (or worth knowing) about one row or card of an imported file."""

    row: int                      # spreadsheet row (the header is row 1) or card number (from 1)
    message: str                  # a Text: English as a str, translatable by the window
    column: str | None = None     # the file's column / vCard property
    field: str | None = None      # the RuralDesk field
    value: str = ""
    unit: str = "row"             # "row" of a table, "card" of a vCard file

    def __str__(self) -> str:
        where = f"{self.unit} {self.row}"
        if self.column:
            where += f", {self.column}"
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {self.unit: self.row, "column": self.column, "field": self.field, "message": self.message,
                "value": self.value}


__all__ = ["BadFile", "Cancelled", "DEFAULT_MAX_BYTES", "Problem", "Progress", "Text", "Ticker",
           "check_input", "file_kind", "human_size"]
