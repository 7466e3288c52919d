"""Folding the write-ahead log back into the replica file, now or on a thread of its own.

After a sync the WAL holds every page the sync wrote (a few MB for 100 records with 8 KB
pages). Folding it back costs 10-20 ms of disk work that nothing the person waits for needs:
the sync's data is committed and readable either way. So a sync asks for it with `soon()`
and reports done at once; close() waits for a fold under way.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)


class WalFolder:
    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._wanted = False
        self._thread: threading.Thread | None = None

    def now(self) -> None:
        """Fold in this thread: the WAL is empty when this returns (no reader holding it)."""
        with self._engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

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
