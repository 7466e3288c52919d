"""members.last_sync_at, kept without slowing a pull or a push.

An ASGI middleware notes a successful pull or push by its bearer token after the answer has
gone out; one worker thread writes the stamp. Each process writes a token's stamp at most
once a minute (remembered here), and the UPDATE itself skips a stamp less than a minute old
(so several processes behind a proxy add at most one write a minute each). The queue is
bounded: when the database is slow, a stamp is dropped rather than waited for; it is a
"last seen" hint, not data.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import re
import threading
import time
from collections import OrderedDict
from typing import Callable

from sqlalchemy import or_, select, update

from .db import Database
from .group_admin import stamp
from .http import bearer_token, on_success
from .models import Member, Token
from .service import hash_token

log = logging.getLogger("ruraldesk.server")

EVERY = 60.0                 # seconds between two writes for one token
_REMEMBERED = 50_000         # tokens remembered per process (oldest forgotten first)
_SYNC_PATH = re.compile(r"^/v1/groups/([a-z0-9][a-z0-9_-]{0,39})/changes$")


class LastSync:
    def __init__(self, db: Database, *, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], dt.datetime] | None = None):
        self.db = db
        self.clock = clock
        self.wall = wall or (lambda: dt.datetime.now(dt.timezone.utc))
        self.writes = 0              # stamps written (for tests and the curious)
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue = queue.Queue(maxsize=1000)
        self._thread: threading.Thread | None = None
        self._running = 0            # sync requests under way (their stamp is noted after the answer)
        self._idle = threading.Condition()

    def started(self) -> None:
        with self._idle:
            self._running += 1

    def ended(self) -> None:
        with self._idle:
            self._running -= 1
            self._idle.notify_all()

    def noted(self, group_id: str, token: str) -> None:
        """A pull or push by this token succeeded (called after the answer was sent)."""
        key = hash_token(token)
        now = self.clock()
        with self._lock:
            last = self._seen.get(key)
            if last is not None and now - last < EVERY:
                return
            self._seen[key] = now
            self._seen.move_to_end(key)
            while len(self._seen) > _REMEMBERED:
                self._seen.popitem(last=False)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, daemon=True, name="ruraldesk-last-sync")
                self._thread.start()
        try:
            self._queue.put_nowait((group_id, key))
        except queue.Full:
            pass

    def flush(self, timeout: float = 30.0) -> None:
        """Wait until every sync request under way has noted its stamp and every noted stamp
        is written (tests): a client has its answer a moment before its stamp is noted."""
        with self._idle:
            self._idle.wait_for(lambda: self._running == 0, timeout)
        self._queue.join()

    def _run(self) -> None:
        while True:
            group_id, key = self._queue.get()
            try:
                self._write(group_id, key)
            except Exception:  # noqa: BLE001 - a hint; never take the worker down
                log.exception("could not record the last sync of a member of %s", group_id)
            finally:
                self._queue.task_done()

    def _write(self, group_id: str, key: str) -> None:
        when = self.wall()
        at, cutoff = stamp(when), stamp(when - dt.timedelta(seconds=EVERY))
        member = select(Token.member_id).where(Token.group_id == group_id, Token.token_hash == key,
                                               Token.revoked_at.is_(None)).scalar_subquery()
        with self.db.write() as c:
            done = c.execute(update(Member).where(
                Member.group_id == group_id, Member.member_id == member, Member.removed_at.is_(None),
                or_(Member.last_sync_at.is_(None), Member.last_sync_at < cutoff)).values(last_sync_at=at)).rowcount
        self.writes += done


class NoteSyncs:
    """Pure ASGI (no body buffering): after a 2xx answer to GET or POST .../changes with a
    bearer token, tells LastSync."""

    def __init__(self, app, last_sync: LastSync):
        self.app = app
        self.last_sync = last_sync

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("GET", "POST"):
            return await self.app(scope, receive, send)
        match = _SYNC_PATH.match(scope.get("path", ""))
        if match is None:
            return await self.app(scope, receive, send)
        token = bearer_token(scope)
        if not token:
            return await self.app(scope, receive, send)

        async def noted() -> None:
            self.last_sync.noted(match.group(1), token)

        self.last_sync.started()
        try:
            return await self.app(scope, receive, on_success(send, noted))
        finally:
            self.last_sync.ended()


__all__ = ["EVERY", "LastSync", "NoteSyncs"]
