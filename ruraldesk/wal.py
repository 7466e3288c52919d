"""Folding a SQLite write-ahead log back into its database file, now or on a thread of its own.

After a sync the replica's WAL holds every page the sync wrote (a few MB for 100 records with
8 KB pages). Folding it back costs 10-20 ms of disk work that nothing the person waits for
needs: the sync's data is committed and readable either way. So a sync asks for it with
`soon()` and reports done at once; Store.close() waits for a fold under way. The server folds
its own WAL the same way after every write (sync/server/db.py), in PASSIVE mode.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)


class WalFolder:
    def __init__(self, engine: Any, mode: str = "TRUNCATE") -> None:
        """`mode` of SQLite's wal_checkpoint: TRUNCATE waits for the writer and the readers and
        empties the file (a replica: one person's app); PASSIVE folds what no reader still
        needs without waiting on anyone (a server under load)."""
        self._engine = engine
        self._statement = f"PRAGMA wal_checkpoint({mode})"
        self._lock = threading.Lock()
        self._wanted = False
        self._thread: threading.Thread | None = None

    def now(self) -> None:
        """Fold in this thread: in TRUNCATE mode the WAL is empty when this returns."""
        with self._engine.connect() as conn:
            conn.exec_driver_sql(self._statement)

    def soon(self) -> None:
        """Fold on a thread of its own. Asked while a fold runs, it folds once more after
        it (that fold may have begun before the latest commit)."""
        with self._lock:
            self._wanted = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="wal-fold", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._wanted:
                    self._thread = None
                    return
                self._wanted = False
            try:
                self.now()
            except Exception:  # noqa: BLE001 - housekeeping: the next sync asks again
                log.warning("folding the WAL back failed", exc_info=True)

    def wait(self, timeout: float | None = None) -> bool:
        """Until no fold is asked for or running; False if `timeout` ran out first."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True


__all__ = ["WalFolder"]
