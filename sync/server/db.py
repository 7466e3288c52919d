"""The engine, migrations at start-up, and the two kinds of transaction.

Pushes of one group are serialised: on PostgreSQL by locking the group's row
(SELECT … FOR UPDATE), on SQLite by BEGIN IMMEDIATE (one writer at a time). Within one
process SQLite writers first queue on a lock of their own: SQLite's busy handler has
waiters poll and sleep (up to 100 ms a time), so 50 pushes waiting on it took seconds
that a lock hand-over does not. Reads never block writes (WAL on SQLite).

Every read transaction sees one snapshot: SQLite's deferred BEGIN does that by itself;
PostgreSQL's default READ COMMITTED would give each statement its own, so a pull that
read the records, then the conflicts after another push committed, would hand out a
cursor past records it never saw. Reads on PostgreSQL therefore run REPEATABLE READ
(read-only, so they never fail on a serialisation error). Together with seqs handed
out under the group's row lock (commit order = seq order within a group), a snapshot
always holds every seq up to the group's last_seq it shows.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.pool import NullPool

from ruraldesk.jsontext import dumps
from ruraldesk.wal import PASSIVE, WalFolder

from .models import Group

MIGRATIONS = Path(__file__).parent / "migrations"


class Database:
    def __init__(self, url: str, *, migrate: bool = True):
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        #: the one SQLite writer of this process (see the module's description)
        self._writer = threading.Lock() if self.is_sqlite else nullcontext()
        if self.is_sqlite:
            path = url.split("///", 1)[1] if "///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                # SQLite gives the -wal and -shm files the mode of the database file
                os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
            self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60},
                                        pool_size=20, max_overflow=40, json_serializer=dumps)
            event.listen(self.engine, "connect", _sqlite_connect)
            # folded after each write (ruraldesk/wal.py): SQLite's own fold took ~40 ms of a
            # push batch in four, with the group locked
            self.wal = WalFolder(self.engine, min_interval=0.25)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True,
                                        json_serializer=dumps)
        if migrate:
            self.upgrade()

    # -- migrations ----------------------------------------------------------------------
    @staticmethod
    def _config() -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg

    def head(self) -> str:
        return ScriptDirectory.from_config(self._config()).get_current_head() or ""

    def current(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def upgrade(self) -> None:
        if self.current() == self.head():
            return
        cfg = self._config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if not self.is_sqlite:
                conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                yield conn

    @contextmanager
    def write(self, group_id: str | None = None) -> Iterator[Connection]:
        """A write transaction; with a group, that group's row is locked for its duration."""
        with self._writer, self.engine.connect() as conn:
            if self.is_sqlite:
                conn = conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                if group_id is not None and not self.is_sqlite:
                    conn.execute(select(Group.group_id).where(Group.group_id == group_id).with_for_update())
                yield conn
        if self.is_sqlite:
            self.wal.soon(PASSIVE)   # never waits for, nor holds up, a reader or the next writer

    def dispose(self) -> None:
        if self.is_sqlite:
            self.wal.wait()
        self.engine.dispose()


def _sqlite_connect(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cur = dbapi_conn.cursor()
    # only a new file takes it (before WAL is on): a record of a few KB filled a 4 KB page
    # alone, as on the replica (ruraldesk/store/engine.py); pushes write ~5 % faster
    cur.execute("PRAGMA page_size=8192")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA wal_autocheckpoint=0")  # Database.wal folds it (see ruraldesk/wal.py)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def engine_of(db: Database) -> Engine:
    return db.engine
