"""Consistent copies of a replica file: before migrations, and rotating daily ones."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def copy_database(src: Path, dest: Path) -> Path:
    """An online, consistent copy through SQLite's backup API (safe while in use)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(src)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return dest


def take_backup(db_path: Path, reason: str) -> Path:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    dest = backup_dir(db_path) / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite"
    copy_database(Path(db_path), dest)
    rotate(db_path)
    return dest


def rotate(db_path: Path, keep: int = KEEP) -> None:
    files = sorted(backup_dir(db_path).glob(f"{Path(db_path).stem}-*.sqlite"))
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def latest_backup_age(db_path: Path) -> dt.timedelta | None:
    files = sorted(backup_dir(db_path).glob(f"{Path(db_path).stem}-*.sqlite"))
    if not files:
        return None
    mtime = dt.datetime.fromtimestamp(files[-1].stat().st_mtime, dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc) - mtime
