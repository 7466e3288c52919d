"""A whole workspace in one file, and back: records, journal (with states), meta, conflicts,
search index and attachment bytes.

The file is a ZIP holding ``manifest.json``, ``replica.sqlite`` — a consistent
snapshot through SQLite's backup API, so it is safe while the app is in use —
and ``attachments/<sha256>`` for every attachment whose bytes this replica holds.
Restore trusts nothing in the file: every name and declared size is checked before
anything is written (``backup_check``), every checksum while unpacking into a private
folder, and it only ever fills an *empty* workspace: it never merges into or overwrites
records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruraldesk.domain.themes import seed_theme_records
from ruraldesk.store import backup as replica_file
from ruraldesk.store.blobs import BlobStore

from .backup_check import Limits, Plan, check_manifest, plan, read_manifest_bytes, read_member
from .common import BadFile, CancelFlag, Progress, Text, Ticker, human_size

FORMAT = "ruraldesk-workspace-backup"
VERSION = 1
CHUNK = 1 << 20

__all__ = ["BackupReport", "Limits", "backup_workspace", "is_empty_workspace", "read_manifest", "restore_workspace"]


@dataclass
class BackupReport:
    path: str
    records: dict[str, int]
    journal_entries: int
    attachments: int
    missing_attachments: list[str] = field(default_factory=list)   # not downloaded here (kept on demand)
    bytes: int = 0

    def summary(self) -> str:
        total = sum(self.records.values())
        text = (f"{total} records, {self.journal_entries} journal entries and {self.attachments} attachment "
                f"files in {self.path} ({human_size(self.bytes)})")
        if self.missing_attachments:
            text += (f"; {len(self.missing_attachments)} attachments are not on this computer "
                     "(kept on the server) and are not in the backup")
        return text


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def backup_workspace(store, dest: Path | str, *, progress: Progress | None = None,
                     cancel: CancelFlag | None = None) -> BackupReport:
    """Write the workspace to one .zip file (atomically: a cancelled backup leaves no file)."""
    from ruraldesk import __version__

    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".backup-") as tmp:
        snapshot = Path(tmp) / "replica.sqlite"
        store.backup_to(snapshot)
        held = replica_file.contents(snapshot)
        records, journal, shas = held.records, held.journal, held.attachments
        present = [s for s in shas if store.blobs.has(s)]
        missing = [s for s in shas if not store.blobs.has(s)]
        sizes = {s: store.blobs.path(s).stat().st_size for s in present}
        total = snapshot.stat().st_size + sum(sizes.values())
        ticker = Ticker(progress, cancel, total, every=CHUNK)
        manifest = {"format": FORMAT, "version": VERSION, "app_version": __version__,
                    "schema": held.schema,
                    "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    "records": records, "journal_entries": journal,
                    "replica": {"name": "replica.sqlite", "size": snapshot.stat().st_size,
                                "sha256": _sha256_file(snapshot)},
                    "attachments": [{"sha256": s, "size": sizes[s]} for s in present],
                    "missing_attachments": missing}
        part = Path(tmp) / "backup.zip"
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6,
                             allowZip64=True) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
            _write_member(zf, snapshot, "replica.sqlite", ticker, zipfile.ZIP_DEFLATED)
            for s in present:
                _write_member(zf, store.blobs.path(s), f"attachments/{s}", ticker, zipfile.ZIP_STORED)
        ticker.finish()
        os.replace(part, dest)
    return BackupReport(str(dest), records, journal, len(present), missing, dest.stat().st_size)


def _write_member(zf: zipfile.ZipFile, source: Path, name: str, ticker: Ticker, compression: int) -> None:
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = compression
    with open(source, "rb") as src, zf.open(info, "w", force_zip64=True) as out:
        while chunk := src.read(CHUNK):
            out.write(chunk)
            ticker.step(len(chunk))


def read_manifest(source: Path | str, *, limits: Limits = Limits()) -> dict[str, Any]:
    """The manifest of a backup file, checked in every figure restore uses, or BadFile saying why."""
    source = Path(source)
    if not source.is_file():
        raise BadFile(Text("{path} does not exist", path=str(source)))
    if not zipfile.is_zipfile(source):
        raise BadFile(Text("{name} is not a RuralDesk backup (not a ZIP file); it may be truncated", name=source.name))
    try:
        with zipfile.ZipFile(source) as zf:
            manifest = json.loads(read_manifest_bytes(zf, source, limits))
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, RecursionError, NotImplementedError,
            EOFError, RuntimeError) as exc:
        if isinstance(exc, BadFile):
            raise
        raise BadFile(Text("{name} is not a RuralDesk backup or is damaged ({reason})", name=source.name,
                           reason=str(exc)[:200])) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BadFile(Text("{name} is not a RuralDesk workspace backup", name=source.name))
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BadFile(Text("{name} is not a RuralDesk workspace backup", name=source.name))
    if version > VERSION:
        raise BadFile(Text("{name} was made by a newer RuralDesk (backup format {version}); update RuralDesk "
                           "to restore it", name=source.name, version=str(version)))
    check_manifest(manifest, source, limits)
    return manifest


def is_empty_workspace(replica: Path | str) -> tuple[bool, str]:
    """(empty?, why not): a workspace is empty when it holds no record but the seed themes."""
    replica = Path(replica)
    if not replica.exists():
        return True, ""
    seed = {tid for tid, _ in seed_theme_records()}
    try:
        # a refused restore must leave the workspace as it was: no -wal or -shm files either
        held = replica_file.contents(replica, must_exist_rw=True)
    except sqlite3.Error as exc:
        return False, Text("{path} cannot be read ({reason}); restore into a new workspace", path=str(replica),
                           reason=str(exc))
    if not held.is_replica:
        return (not held.tables), Text("{path} is not an empty workspace", path=str(replica))
    extra = len(held.themes - seed) + sum(n for t, n in held.records.items() if t != "theme")
    if extra or held.journal_beyond_themes:
        return False, Text("the workspace {path} is not empty ({count} records); restore only into an "
                           "empty workspace (choose a new one)", path=str(replica), count=extra)
    return True, ""


def restore_workspace(source: Path | str, replica: Path | str, *, progress: Progress | None = None,
                      cancel: CancelFlag | None = None, limits: Limits = Limits()) -> BackupReport:
    """Bring a backup back into an empty (or not yet existing) workspace at `replica`.

    Every name and size is checked before anything is written (backup_check), then the
    files are unpacked into a private folder beside the workspace with every checksum
    verified, and only then moved into place by renames: a refused backup changes nothing.
    The workspace must not be open (close its Store first); afterwards open it with
    Store(replica), which runs migrations when the backup comes from an older RuralDesk."""
    source, replica = Path(source), Path(replica)
    manifest = read_manifest(source, limits=limits)
    empty, why = is_empty_workspace(replica)
    if not empty:
        raise BadFile(why)
    created = [d for d in (replica.parent, *replica.parent.parents) if not d.exists()]
    try:
        with zipfile.ZipFile(source) as zf:
            layout = plan(zf, manifest, source, limits, replica.parent)
            ticker = Ticker(progress, cancel, layout.total + len(layout.attachments) + 1, every=CHUNK)
            replica.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(dir=replica.parent, prefix=".restore-"))   # mode 0700
            try:
                _unpack(zf, layout, staging, source, ticker)
                ticker.check()
                _move_into_place(layout, staging, replica, ticker)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except BadFile:
        _remove_empty(created)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        _remove_empty(created)
        raise BadFile(Text("{name} is damaged ({reason})", name=source.name, reason=str(exc)[:200])) from exc
    except BaseException:
        _remove_empty(created)
        raise
    ticker.finish()
    return BackupReport(str(replica), dict(manifest["records"]), int(manifest["journal_entries"]),
                        len(manifest["attachments"]), list(manifest.get("missing_attachments", [])),
                        replica.stat().st_size)


def _unpack(zf: zipfile.ZipFile, layout: Plan, staging: Path, source: Path, ticker: Ticker) -> None:
    """Every member into `staging`, under names restore made itself, each checksum verified."""
    db = staging / "replica.sqlite"
    with _new_file(db) as out:
        digest = read_member(zf, layout.replica, out, source, ticker)
    if digest != layout.replica.sha256:
        raise BadFile(Text("{name} is damaged: the replica inside does not match its checksum", name=source.name))
    (staging / "blobs").mkdir(mode=0o700)
    for a in layout.attachments:
        with _new_file(staging / "blobs" / a.sha256) as out:
            if read_member(zf, a, out, source, ticker) != a.sha256:
                raise BadFile(Text("{name} is damaged: attachment {file}… does not match its checksum",
                                   name=source.name, file=a.sha256[:12]))
    problems = replica_file.integrity_problems(db)
    if problems:
        raise BadFile(Text("{name} holds a damaged replica ({reason})", name=source.name, reason=problems[0][:200]))


def _move_into_place(layout: Plan, staging: Path, replica: Path, ticker: Ticker) -> None:
    # Point of no return: everything is verified. Blobs first (harmless if we stop here).
    blobs = BlobStore(replica.parent / "attachments")
    for a in layout.attachments:
        if not blobs.has(a.sha256):
            dest = blobs.path(a.sha256)
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(staging / "blobs" / a.sha256, dest)
            except OSError:          # attachments on another disk: copy (hashed again) instead
                blobs.put_file(staging / "blobs" / a.sha256)
        ticker.step(1)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(replica) + suffix).unlink(missing_ok=True)
    os.replace(staging / "replica.sqlite", replica)
    ticker.step(1)


def _new_file(path: Path):
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _remove_empty(folders: list[Path]) -> None:
    """Folders restore created for a workspace that was refused: gone again (deepest first)."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            pass
