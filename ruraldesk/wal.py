"""Folding a SQLite write-ahead log back into its database file, on a thread of its own.

After a sync the replica's WAL holds every page the sync wrote (a few MB for 100 records with
8 KB pages). Folding it back costs 10-20 ms of disk work that nothing the person waits for
needs: the sync's data is committed and readable either way. So a sync asks for a TRUNCATE
fold with `soon()` (it waits for the readers and leaves the WAL file empty) and reports done
at once; Store.close() waits for a fold under way.

The server turns SQLite's own fold off (`wal_autocheckpoint = 0`): it ran inside the commit
that took the WAL past 1,000 pages, ~40 ms of one push batch in four with the group locked.
It asks for a PASSIVE fold after each write instead, which copies what no reader still needs
without waiting on anyone, at most one every quarter second (sync/server/db.py): a fold after
every push of 50 clients at once cost them more than SQLite's own. The same on the replica's
bulk writes measured no faster: its commits wait for the disk, and so does the fold beside
them.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

log = logging.getLogger(__name__)

#: SQLite's checkpoint modes this module uses, weakest first
PASSIVE, TRUNCATE = "PASSIVE", "TRUNCATE"


class WalFolder:
    def __init__(self, engine: Any, min_interval: float = 0.0) -> None:
        """`min_interval`: seconds from one fold's start to the next's (a burst of writes is
        folded in a few rounds, not after each of them)."""
        self._engine = engine
        self._min_interval = min_interval
        self._lock = threading.Lock()
        self._wanted: str | None = None
        self._thread: threading.Thread | None = None

    def now(self, mode: str = TRUNCATE) -> None:
        """Fold in this thread: after a TRUNCATE fold the WAL is empty."""
        with self._engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")

    def soon(self, mode: str = TRUNCATE) -> None:
        """Fold on the folder's thread. Asked while a fold runs, it folds once more after it
        (that fold may have begun before the latest commit); a PASSIVE ask does not water
        down a TRUNCATE one still waiting."""
        with self._lock:
            if self._wanted != TRUNCATE:
                self._wanted = mode
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="wal-fold", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        started = None
        while True:
            if started is not None and self._min_interval:
                time.sleep(max(0.0, started + self._min_interval - time.monotonic()))
            with self._lock:
                mode = self._wanted
                if mode is None:
                    self._thread = None
                    return
                self._wanted = None
            started = time.monotonic()
            try:
                self.now(mode)
            except Exception:  # noqa: BLE001 - housekeeping: the next write asks again
                log.warning("folding the WAL back failed", exc_info=True)

    def wait(self, timeout: float | None = None) -> bool:
        """Until no fold is asked for or running; False if `timeout` ran out first."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True


__all__ = ["PASSIVE", "TRUNCATE", "WalFolder"]
