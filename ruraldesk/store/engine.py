"""Opening a replica file: SQLite pragmas and friendly errors."""

from __future__ import annotations

import contextvars
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from ..jsontext import dumps
from .errors import StoreError

BUSY_TIMEOUT_MS = 5_000


def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    # Take transaction control from pysqlite so BEGIN IMMEDIATE below is ours.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    # Only a new file takes it (before WAL is on): a record of a few KB fills a 4 KB page
    # alone and leaves a third of it empty; 8 KB pages hold two or three.
    cur.execute("PRAGMA page_size = 8192")
    cur.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode never corrupts; FULL also keeps the last commit across power loss.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA temp_store = MEMORY")
    # Deleted content is overwritten, not left in free pages: an erased person's values
    # must not be recoverable from the file (see Store.compact for the search index).
    cur.execute("PRAGMA secure_delete = ON")
    cur.execute("PRAGMA cache_size = -8000")  # 8 MB per connection: memory stays flat
    cur.close()


#: set by `relaxed_durability()` for the transactions of this thread (or task) only
_RELAXED: contextvars.ContextVar[bool] = contextvars.ContextVar("ruraldesk_relaxed_durability", default=False)


@contextmanager
def relaxed_durability() -> Iterator[None]:
    """Transactions begun inside this block commit without waiting for the disk
    (synchronous=NORMAL): after a power cut the last of them may be gone, whole, never
    torn. Only for writes that are copies of what the server holds (pulled pages with
    their cursor, push results): lost, they are fetched or answered again the same way.
    A later ordinary commit makes them durable too (one WAL, synced in order)."""
    token = _RELAXED.set(True)
    try:
        yield
    finally:
        _RELAXED.reset(token)


def _on_begin(conn) -> None:
    # the safety level can only change outside a transaction: here, just before it begins
    want = "NORMAL" if _RELAXED.get() else "FULL"
    if conn.info.get("synchronous", "FULL") != want:
        conn.exec_driver_sql(f"PRAGMA synchronous = {want}")
        conn.info["synchronous"] = want
    # Writers take the write lock up front (no deadlock on lock upgrade);
    # readers begin deferred so they run beside a writer under WAL.
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a replica file")
        if not os.access(path, os.R_OK):
            raise StoreError(f"cannot read {path}: permission denied")
        with open(path, "rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StoreError(f"{path} is not a RuralDesk replica (not an SQLite database)")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder {path.parent}: {exc.strerror}") from exc
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"cannot create a replica in {path.parent}: the folder is read-only")
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 5},
                           pool_size=4, max_overflow=8, json_serializer=dumps)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def describe(exc: BaseException, path: Path) -> str:
    """One plain line for a database error."""
    text = str(getattr(exc, "orig", exc) or exc)
    if "locked" in text or "busy" in text:
        return f"{path} is in use by another program (database is locked); close it and try again"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path} is damaged or not a RuralDesk replica ({text})"
    if "readonly" in text or "read-only" in text:
        return f"{path} is read-only; RuralDesk needs to write to it"
    if "disk is full" in text or "full" in text:
        return f"no space left to write {path}; free some disk space and try again"
    if "unable to open" in text:
        return f"cannot open {path}: check that the folder exists and is writable"
    return f"{path}: {text}"
