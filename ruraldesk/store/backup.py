"""Consistent copies of a replica file (before migrations, rotating daily ones, a workspace
backup's snapshot) and what such a file holds, read without opening a Store on it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

KEEP = 10
RECORD_TABLES = ("practice", "contact", "tool", "theme", "attachment")


@dataclass(frozen=True)
class Contents:
    records: dict[str, int]         # rows per record table present
    journal: int                    # journal entries
    journal_beyond_themes: int      # journal entries of other collections than themes
    themes: frozenset[str]          # theme ids
    attachments: tuple[str, ...]    # distinct sha256 of the attachment rows
    schema: str | None              # the Alembic revision
    is_replica: bool                # it has a journal (else: some other SQLite file, or empty)
    tables: int


def contents(path: Path, *, must_exist_rw: bool = False) -> Contents:
    """What a replica file holds (raises sqlite3.Error if it cannot be read). `must_exist_rw`
    opens it read-write without creating it: a read-only connection to a WAL database would
    leave -wal and -shm files behind (nothing is written either way)."""
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True) if must_exist_rw else sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "journal" not in tables:
            return Contents({}, 0, 0, frozenset(), (), None, False, len(tables))
        records = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in RECORD_TABLES if t in tables}
        shas = tuple(sorted({r[0] for r in conn.execute(
            "SELECT DISTINCT sha256 FROM attachment WHERE sha256 IS NOT NULL")})) if "attachment" in tables else ()
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
            if "alembic_version" in tables else None
        return Contents(records, conn.execute("SELECT count(*) FROM journal").fetchone()[0],
                        conn.execute("SELECT count(*) FROM journal WHERE collection != 'theme'").fetchone()[0],
                        frozenset(r[0] for r in conn.execute("SELECT id FROM theme")) if "theme" in tables else frozenset(),
                        shas, schema[0] if schema else None, True, len(tables))
    finally:
        conn.close()


def integrity_problems(path: Path) -> list[str]:
    """SQLite's own check of a file: empty when it is sound."""
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


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
