"""Hand-over files: what the CLI (`ruraldesk relay export|import`), the desktop's File menu
(ruraldesk/ui/handover.py) and the server's `relay-import` do with a file."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import bundle
from .bundle import BundleError
from .envelope import Envelope
from .exchange import Report, _account, accept, outgoing

#: a hand-over file is read whole before anything is applied; this bounds what is read
MAX_FILE = 256 * 1024 * 1024
Check = Callable[[], None]


@dataclass(frozen=True)
class Exported:
    path: Path
    changes: int
    size: int
    passphrase: str


def export_file(store, path: str | os.PathLike, passphrase: str | None = None,
                check: Check = lambda: None) -> Exported:
    """Write this replica's hand-over file (atomically: a cut leaves no half file). With no
    passphrase, five words are made; the caller shows them once."""
    acct = _account(store)
    phrase = passphrase if passphrase and passphrase.strip() else bundle.new_passphrase()
    envelopes = outgoing(store)
    check()
    data = bundle.pack_with_passphrase(envelopes, acct.group, phrase)
    check()
    out = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".handover-", dir=out.parent if str(out.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Exported(out, len(envelopes), len(data), phrase)


def read_file(path: str | os.PathLike, group: str, passphrase: str) -> list[Envelope]:
    """The envelopes of a hand-over file, verified whole (BundleError: one sentence)."""
    p = Path(path)
    if p.stat().st_size > MAX_FILE:
        raise BundleError("This file is too large to be a RuralDesk hand-over file.", "too_large")
    return bundle.unpack_with_passphrase(p.read_bytes(), group, passphrase)


def import_file(store, path: str | os.PathLike, passphrase: str, check: Check = lambda: None) -> Report:
    """Apply a hand-over file to this replica: all of it, once, or nothing."""
    acct = _account(store)
    envelopes = read_file(path, acct.group, passphrase)
    check()
    return accept(store, envelopes)


def describe(report: Report) -> str:
    """One line for the CLI."""
    parts = [f"{report.applied} change{'s' * (report.applied != 1)} applied"]
    if report.duplicates:
        parts.append(f"{report.duplicates} already here")
    if report.held:
        parts.append(f"{report.held} kept to pass on to the server (not checkable here yet)")
    if report.conflicts:
        parts.append(f"{report.conflicts} conflict{'s' * (report.conflicts != 1)} to resolve")
    if report.refused:
        parts.append(f"{len(report.refused)} refused")
    return ", ".join(parts) + "."


__all__ = ["Exported", "describe", "export_file", "import_file", "read_file"]
