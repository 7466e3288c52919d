"""The replicator: drives one local replica against the group server (protocol v1).

Public API (what the CLI and the desktop app call; no Qt here)::

    from sync.client import Replicator, SyncReport, sync_status, resolve_conflict

    rep = Replicator(store, account_or_transport,
                     progress=lambda stage, done, total: ...,   # stage: "push", "upload", "pull",
                                                                # "apply", "download"; total may be None
                     cancel=threading.Event(),                  # set() from any thread to stop
                     confirm_mass_change=lambda summary: bool,  # asked before a big loss (see below)
                     mass_change_share=0.25, mass_change_min=10,
                     batch_count=500, batch_bytes=1024 * 1024, page_limit=2000)
    report: SyncReport = rep.sync()      # raises Unreachable / AuthRefused / Rejected / Cancelled

`account_or_transport` is an `Account` (the token is read with `load_token`) or a
ready `Transport` (tests, benchmarks) — then pass `group=` too.

What one `sync()` does, in order:

1. **Push** the outbox (pending journal entries) in batches bounded by `batch_count`
   changes and `batch_bytes` of JSON. Blobs of attachments in the batch that the
   server lacks are uploaded first (asked by sha256, chunked, resumable). Each
   batch's results are recorded in one transaction: applied / merged / conflict →
   the entry is `sent`; rejected → the entry is `rejected` and a local entry of
   status ``rejected`` goes into the conflict table (reason, values, who, when) so
   the person sees it, and the record is re-read from the server so this replica
   does not drift from the group. A batch cut off mid-way is sent again with the
   same change ids: the server applies it once.
2. **Pull** pages since the cursor. Each page is applied — records (`apply_remote`,
   which replays local edits not yet pushed on top), conflicts (`put_conflict`),
   erasures (`apply_erasure`) — in ONE transaction together with the cursor. A
   crash or a cut connection anywhere resumes from the last committed page.
3. **Mass-loss guard**: pages that delete or overwrite nothing local are applied as
   they arrive. From the first page that would delete, erase or overwrite a local
   record, the rest of the pull is kept aside (in a temporary file) until the end;
   if, all together, it would delete/overwrite more than `mass_change_share` of the
   local records (and more than `mass_change_min` records), `confirm_mass_change`
   is called with a `MassChange` summary. False → nothing of it is applied, the
   cursor stays, `report.mass_change_refused` is True; the next sync asks again.
4. **Download** blobs of attachments this replica lacks (HTTP Range resume).

A sync with nothing new on either side is one request (an empty pull page).

Status for the status line, in the replica's meta (so the CLI and the app agree):
`sync_status(store) -> dict` with keys ``configured, url, group, member, last_sync_at,
last_attempt_at, last_error, last_report, pending, open_conflicts, rejected, message``.

Conflicts (the conflicts view)::

    list_conflicts(store, status="open") -> list[ConflictView]   # both values, who, when, mine/theirs
    resolve_conflict(store, conflict_id, choice, value=None) -> str   # the new journal change id

`choice` is "mine", "theirs", "merged" (with `value`), "restore" (delete-against-edit:
bring the record back) or "delete", or "server"/"other" to name the sides
explicitly. Resolving writes a normal change to the record through the store (it
journals and syncs, carrying the conflict id in `resolves`, so the server marks the
conflict resolved on every replica) and marks it ``resolving`` here until the
server's ``resolved`` comes back. A ``rejected`` entry (a change the server refused)
is settled with `dismiss_rejection(store, conflict_id)`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Generator

from ruraldesk.store.replication import CHECKPOINT_AFTER, CURSOR_KEY, Echo, now
from sync.protocol import (Change, Paths, PullPage, PushResult, RecordState, decode_pull_page, decode_push_response,
                           from_outgoing, same)
from sync.protocol.wire import (ACCEPT_STRONG, MAX_BATCH, MAX_PULL_LIMIT, encode_change_json, push_body,
                                seq_from_cursor)

from .account import Account, load_account, load_token, refuse_demo
from .transport import (FAST_HEADER, AuthRefused, Cancelled, Rejected, SyncError, Transport, TransferStats,
                        Unreachable)

Progress = Callable[[str, int, "int | None"], None]

META_LAST_SYNC = "sync.last_sync_at"
META_LAST_ATTEMPT = "sync.last_attempt_at"
META_LAST_ERROR = "sync.last_error"
META_LAST_REPORT = "sync.last_report"
META_UNAVAILABLE = "sync.blobs_unavailable"
#: the link's part of the quickest exchange of the last sync (Transport.assume_link)
META_LINK = "sync.link_seconds"
#: ... and its rate in wire bytes a second (Transport.link_rate)
META_LINK_RATE = "sync.link_rate"
REPLICA_HEADER = "RuralDesk-Replica"
BLOB_CHUNK = 256 * 1024
UNAVAILABLE_RETRY_S = 3600
MIN_PAGE = 25          # the smallest pull page / push batch the replicator shrinks to
#: a pull's first page on a link not known to be slow: the replica starts writing after it
#: instead of after a full page, and it measures the link's rate for the pages after it;
#: pages then double up to the page limit
FIRST_PAGE = 250


@dataclass
class _Batch:
    """Changes of one push request, encoded: the journal seqs after `after` up to `upto`."""

    changes: list[Change]
    body: tuple[bytes, dict[str, str]]     # as Transport.pack packs it
    after: int
    upto: int

    @property
    def records(self) -> set[str]:
        return {c.record_id for c in self.changes}

    @property
    def attachments(self) -> bool:
        return any(c.collection == "attachment" for c in self.changes)


@dataclass
class SyncBusy(SyncError):
    def __init__(self) -> None:
        super().__init__("another sync of this replica is already running")


@contextmanager
def sync_lock(store):
    """One sync per replica at a time (the app's and a scheduled CLI run may meet).
    An OS file lock: released by the OS if the process dies, even by SIGKILL."""
    path = Path(store.path).with_name(Path(store.path).name + ".sync-lock")
    fh = open(path, "a+b")
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise SyncBusy() from None
    try:
        yield
    finally:
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        finally:
            fh.close()


@dataclass
class MassChange:
    """What a pull would do to the local records, for the confirmation question."""

    deletes: int
    overwrites: int
    erasures: int
    local_records: int
    share: float

    @property
    def affected(self) -> int:
        return self.deletes + self.overwrites + self.erasures

    def __str__(self) -> str:
        parts = []
        if self.deletes:
            parts.append(f"move {self.deletes} records to the trash")
        if self.erasures:
            parts.append(f"erase {self.erasures} records")
        if self.overwrites:
            parts.append(f"change {self.overwrites} records")
        return (f"The server's changes would {', '.join(parts) or 'change nothing'} — "
                f"{self.affected} of your {self.local_records} records "
                f"({self.affected / max(1, self.local_records):.0%}).")


@dataclass
class SyncReport:
    pushed: int = 0             # changes the server accepted (applied, merged or kept in a conflict)
    merged: int = 0
    echoed: int = 0             # pushed changes the server holds exactly as sent (not pulled back)
    rejected: int = 0
    pulled: int = 0             # records the server's changes changed here (new or different)
    received: int = 0           # records the server sent (own changes coming back included)
    conflicts: int = 0          # conflicts received (new or changed) in this sync
    open_conflicts: int = 0     # open conflicts on this replica after the sync
    erasures: int = 0
    uploaded_blobs: int = 0
    downloaded_blobs: int = 0
    requests: int = 0
    retries: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    started_at: str = ""
    finished_at: str = ""
    seconds: float = 0.0
    up_to_date: bool = False    # nothing went either way
    mass_change_refused: bool = False
    mass_change: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        if self.mass_change_refused:
            return ("Sync stopped before applying the server's changes: "
                    + str(MassChange(**self.mass_change)) if self.mass_change else
                    "Sync stopped before applying the server's changes.")
        if self.up_to_date:
            return "Up to date: nothing new to send or receive."
        parts = [f"sent {self.pushed} change{'s' * (self.pushed != 1)}",
                 f"{self.pulled} record{'s' * (self.pulled != 1)} new or changed here"]
        if self.merged:
            parts.append(f"{self.merged} merged")
        if self.erasures:
            parts.append(f"{self.erasures} erased")
        if self.uploaded_blobs or self.downloaded_blobs:
            parts.append(f"{self.uploaded_blobs} attachments up, {self.downloaded_blobs} down")
        line = "Synced: " + ", ".join(parts) + "."
        if self.rejected:
            line += f" The server refused {self.rejected} change{'s' * (self.rejected != 1)} (see Conflicts)."
        if self.open_conflicts:
            line += f" {self.open_conflicts} conflict{'s' * (self.open_conflicts != 1)} to resolve."
        for e in self.errors:
            line += f" {e}"
        return line


def _never(_summary: MassChange) -> bool:
    return False


class Replicator:
    def __init__(self, store, account_or_transport: Account | Transport, *, group: str | None = None,
                 progress: Progress | None = None, cancel: threading.Event | None = None,
                 confirm_mass_change: Callable[[MassChange], bool] | None = None,
                 mass_change_share: float = 0.25, mass_change_min: int = 10,
                 batch_count: int = 500, batch_bytes: int = 1024 * 1024, page_limit: int = 2000,
                 download_blobs: bool = True, **transport_options: Any):
        self.store = store
        self.cancel = cancel or threading.Event()
        if isinstance(account_or_transport, Transport):
            self.transport = account_or_transport
            self.transport.cancel = self.cancel if cancel is not None else self.transport.cancel
            self.cancel = self.transport.cancel
            if not group:
                acct = load_account(store)
                group = acct.group if acct else None
            if not group:
                raise ValueError("no group: pass group= with a ready transport")
            self.group = group
        else:
            acct = account_or_transport
            token = load_token(store, acct)
            if not token:
                raise AuthRefused("no token is stored for this account; set the account up again")
            self.transport = Transport(acct.url, token, cancel=self.cancel, **transport_options)
            self.group = acct.group
        self.progress = progress or (lambda stage, done, total: None)
        self.confirm = confirm_mass_change or _never
        self.share = mass_change_share
        self.mass_min = mass_change_min
        self.batch_count = max(1, min(batch_count, MAX_BATCH))
        self.batch_bytes = max(1024, batch_bytes)
        self.page_limit = max(1, min(page_limit, MAX_PULL_LIMIT))
        self.download_blobs = download_blobs
        self.port = store.replication

        self._headers: dict[str, str] | None = None
        self._fits = self.batch_count    # changes read from the outbox for one batch (see _batch)

    @property
    def headers(self) -> dict[str, str]:
        """Sent with every push and pull: the server leaves out of this replica's pulls
        what this replica itself sent (see docs/sync-protocol.md, "no echo")."""
        if self._headers is None:
            from sync.relay.exchange import device_header  # the device key rides along (issue 19)

            self._headers = {REPLICA_HEADER: self.port.replica_id(), **device_header(self.store)}
        return self._headers

    def path(self, template: str, **kw: str) -> str:
        return Paths.fill(template, group=self.group, **kw)

    # == the whole sync =====================================================================
    def sync(self) -> SyncReport:
        refuse_demo(self.store)          # demo records never reach the group
        with sync_lock(self.store):
            return self._sync()

    def _sync(self) -> SyncReport:
        report = SyncReport(started_at=now())
        self._headers = None       # read again: a restored or copied file has a new identity
        before = self.transport.stats.snapshot()
        started = time.monotonic()
        self.port.record_status({META_LAST_ATTEMPT: report.started_at})
        link = self.store.get_metas((META_LINK, META_LINK_RATE))
        self.transport.assume_link(_number(link[META_LINK]), _number(link[META_LINK_RATE]))
        try:
            cursor = self.port.cursor(CURSOR_KEY) or ""
            caught_up = self._push(report, seq_from_cursor(cursor))
            if caught_up is not None:
                # everything the group holds after our cursor is what we just pushed, as we
                # hold it: the pull would bring nothing (see docs/sync-protocol.md, "No echo")
                self.port.apply_page(PullPage(cursor=caught_up), CURSOR_KEY)
            else:
                self._pull(report)
            if self.download_blobs and not report.mass_change_refused:
                self._download(report)
            from sync.relay.exchange import at_sync  # changes others handed over go on (issue 19)

            at_sync(self.store, self.transport, self.group, busy=bool(report.received or report.pushed),
                    received=bool(report.received))
        except SyncError as exc:
            self._finish(report, before, started)
            self.port.record_status({**self._link_meta(), META_LAST_ERROR: str(exc),
                                     META_LAST_REPORT: json.dumps(report.to_json())})
            self._fold(report)
            raise
        self._finish(report, before, started)
        metas = {**self._link_meta(), META_LAST_REPORT: json.dumps(report.to_json())}
        if report.mass_change_refused:
            metas[META_LAST_ERROR] = report.summary()
        else:
            metas[META_LAST_ERROR] = ""
            metas[META_LAST_SYNC] = report.finished_at
        self.port.record_status(metas)
        self._fold(report)
        return report

    def _fold(self, report: SyncReport) -> None:
        """Else the WAL stays as large as all the sync wrote (its status lines included)."""
        if report.received + report.pushed >= CHECKPOINT_AFTER:
            self.port.checkpoint_soon()

    def _link_meta(self) -> dict[str, str]:
        seconds, rate = self.transport.link_seconds, self.transport.link_rate
        return {**({} if seconds is None else {META_LINK: f"{seconds:.4f}"}),
                **({} if rate is None else {META_LINK_RATE: f"{rate:.0f}"})}

    def _finish(self, report: SyncReport, before: TransferStats, started: float) -> None:
        if report.erasures:
            # erased values still sit in old full-text segments and WAL frames until compacted;
            # apply_erasure cannot do it inside the page's transaction
            self.store.compact()
        d = self.transport.stats.since(before)
        report.requests, report.retries = d.requests, d.retries
        report.bytes_sent, report.bytes_received = d.bytes_sent, d.bytes_received
        report.finished_at = now()
        report.seconds = round(time.monotonic() - started, 3)
        report.open_conflicts = self.port.open_conflict_count()
        report.up_to_date = not (report.pushed or report.rejected or report.received or report.conflicts
                                 or report.erasures or report.uploaded_blobs or report.downloaded_blobs
                                 or report.mass_change_refused)

    # == push ===============================================================================
    def _push(self, report: SyncReport, since: int) -> str | None:
        """Push the outbox. Returns the group's cursor after the push when every seq after
        `since` (this replica's pull cursor) up to it is one of this push's echoes: then
        there is nothing to pull. None otherwise."""
        total = self.store.pending_count()
        if not total:
            return None
        self.progress("push", 0, total)
        echoed: set[int] = set()
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as wire:
            last = self._push_batches(report, total, wire, echoed)
        if not last or report.rejected or report.errors:
            return None
        upto = seq_from_cursor(last)
        if upto <= since or upto - since > len(echoed) or not all(s in echoed for s in range(since + 1, upto + 1)):
            return None
        return last

    def _batch(self, after: int, limit: int) -> _Batch | None:
        """The next batch of the outbox after journal seq `after`, encoded. The outbox is read
        for about as many changes as fitted in `batch_bytes` last time, not `limit` of which
        most would be read again for the next batch."""
        outbox = self.port.outbox(limit=min(limit, self._fits), after_seq=after)
        if not outbox:
            return None
        changes: list[Change] = []
        encoded: list[str] = []
        size = 0
        for o in outbox:
            ch = from_outgoing(o, o.resolves)
            text = encode_change_json(ch)
            if changes and size + len(text) > self.batch_bytes:
                break
            changes.append(ch)
            encoded.append(text)
            size += len(text)
        self._fits = self.batch_count if len(changes) == len(outbox) else max(MIN_PAGE, len(changes) * 5 // 4 + 1)
        return _Batch(changes, self.transport.pack(push_body(encoded)), after, outbox[len(changes) - 1].seq)

    def _send(self, wire: ThreadPoolExecutor, batch: _Batch) -> Future:
        return wire.submit(self.transport.post_json, self.path(Paths.CHANGES), None,
                           packed=batch.body, headers=self.headers)

    def _push_batches(self, report: SyncReport, total: int, wire: ThreadPoolExecutor,
                      echoed: set[int]) -> str | None:
        """Batch after batch, in journal order. While the server works on one batch, the next
        is read and encoded; it goes out as soon as this one's answer is in, before this
        one's results are written here — when it touches none of this batch's records (its
        base seqs cannot change with them) and has no attachment to upload first. The
        server still gets the batches one after the other, as without the overlap."""
        done = 0
        after = 0
        limit = self.batch_count
        last: str | None = None     # the group's cursor in the latest answer
        current: tuple[_Batch, Future] | None = None
        while True:
            self.transport.check_cancel()
            if current is None:
                batch = self._batch(after, limit)
                if batch is None:
                    return last
                self._upload_for(batch.changes, report)
                retries_before = self.transport.stats.retries
                current = (batch, self._send(wire, batch))
            batch, future = current
            current = None
            ahead = self._batch(batch.upto, limit) if not batch.attachments else None
            if ahead is not None and (ahead.attachments or ahead.records & batch.records):
                ahead = None      # read again once this batch's results are in
            try:
                data = future.result()
            except Rejected as exc:
                if exc.status == 403:
                    # a reader: the changes stay here (and stay visible), the pull still runs
                    report.errors.append(f"The server does not accept changes from you ({exc.message}); "
                                         f"{total - done} changes stay on this computer.")
                    return None
                after = batch.after
                if len(batch.changes) > 1:
                    limit = max(1, len(batch.changes) // 2)  # find the one change the server cannot read
                    continue
                self.port.record_rejection(batch.changes[0], exc.message)
                report.rejected += 1
                after = batch.upto
                done += 1
                limit = self.batch_count
                continue
            results, last = decode_push_response(data)
            by_id = {r.change_id: r for r in results}
            missing = [c.change_id for c in batch.changes if c.change_id not in by_id]
            if missing:
                raise Unreachable(f"the server did not answer for {len(missing)} changes; try again")
            after = batch.upto
            if ahead is not None:
                retries_before = self.transport.stats.retries
                current = (ahead, self._send(wire, ahead))
                after = ahead.upto
            changes = batch.changes
            rejected = [(c, by_id[c.change_id]) for c in changes if by_id[c.change_id].status == "rejected"]
            echoes = _echoes(changes, results)
            echoed.update(e.seq for e in echoes)
            self.port.record_push_results(
                [c.change_id for c in changes if by_id[c.change_id].status != "rejected"],
                echoes, [(c, r.reason or "refused by the server") for c, r in rejected])
            report.echoed += len(echoes)
            report.pushed += len(changes) - len(rejected)
            report.merged += sum(1 for r in results if r.status == "merged")
            report.rejected += len(rejected)
            # a conflict leaves the server's value standing, usually without a new seq, so the
            # pull would never bring it back: re-read those records as after a rejection
            stale = {c.record_id for c in changes if by_id[c.change_id].status in ("rejected", "conflict")}
            if stale:
                self._refetch(stale, wire)
            done += len(changes)
            if self.transport.stats.retries > retries_before:
                limit = max(min(MIN_PAGE, self.batch_count), len(changes) // 2)  # a poor link: smaller batches
            elif limit < self.batch_count:
                limit = min(self.batch_count, limit * 2)
            self.progress("push", done, max(total, done))

    def _refetch(self, record_ids: set[str], wire: ThreadPoolExecutor) -> None:
        """After a rejection or a conflict, make the local copy the server's again (pending
        edits replayed). The requests queue behind a batch already on its way (one
        connection, one request at a time); that batch holds none of these records."""
        for rid in sorted(record_ids):
            resp = wire.submit(self.transport.request, "GET", self.path(Paths.RECORD, record_id=rid),
                               ok=(404,), headers=self.headers).result()
            if resp.status_code == 404:
                continue  # the server never had it: the local copy stays, the rejection says why
            self.port.apply_records(decode_pull_page({"records": [resp.json()], "cursor": "0"}).records)

    # == pull ===============================================================================
    def _pull(self, report: SyncReport) -> None:
        cursor = self.port.cursor(CURSOR_KEY) or ""
        spool = None
        spooled = 0
        received = 0
        with closing(self._pages(cursor)) as pages:
            local_total = self.port.live_count()    # while the first page is on its way
            threshold = max(self.share * local_total, self.mass_min)
            impact = MassChange(0, 0, 0, local_total, self.share)
            for data, page, prepared in pages:
                self.transport.check_cancel()
                items = len(page.records) + len(page.conflicts) + len(page.erasures)
                received += items
                if received:
                    total = received if not page.more else (
                        received + page.remaining if page.remaining is not None else None)
                    self.progress("pull", received, total)
                if spool is None and not page.more and items <= threshold:
                    # a last page too small to be a mass change, whatever it does: its impact is
                    # not worked out (a read of every local record it touches)
                    self._apply_page(page, report, prepared)
                elif spool is None:
                    page_impact = self._impact(page)
                    # pages are held back (spooled) only while a mass change may be building up;
                    # a last page whose changes stay under the threshold is one nobody is asked about
                    if page_impact.affected == 0 or (not page.more and page_impact.affected <= threshold):
                        self._apply_page(page, report, prepared)
                    else:
                        spool = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
                        _add_impact(impact, page_impact)
                else:
                    _add_impact(impact, self._impact(page))
                if spool is not None:
                    spool.write(json.dumps(data, ensure_ascii=False) + "\n")
                    spooled += 1
        if spool is None:
            return
        try:
            if impact.affected > threshold:
                report.mass_change = asdict(impact)
                if not self.confirm(impact):
                    report.mass_change_refused = True
                    return
            spool.seek(0)
            done = 0
            for line in spool:
                self.transport.check_cancel()
                self._apply_page(decode_pull_page(json.loads(line)), report)
                done += 1
                self.progress("apply", done, spooled)
        finally:
            spool.close()

    def _pages(self, cursor: str) -> Generator[tuple[Any, PullPage, Any], None, None]:
        """The pull pages from `cursor` on, in order. The next page is fetched (on a thread of
        its own) while this one is applied: the link and the server work while the replica
        writes. At most two pages are held: the one applied and the one fetched. The first
        fetch starts now, not at the first page asked for; close() stops the fetching."""
        pages = self._page_stream(cursor)
        next(pages)
        return pages

    def _page_stream(self, cursor: str) -> Generator[Any, None, None]:
        """The generator behind _pages: its first yield comes once the fetching thread runs."""
        pages: queue.Queue = queue.Queue()
        turn = threading.Semaphore(1)      # a fetch starts once the page before it was taken
        stop = threading.Event()

        def fetch() -> None:
            since = cursor
            # on a slow link each request costs its round trip: full pages from the first
            limit = self.page_limit if self.transport.slow_link else min(FIRST_PAGE, self.page_limit)
            try:
                while True:
                    turn.acquire()
                    if stop.is_set():
                        return
                    self.transport.check_cancel()
                    params = {"since": since, "limit": limit}
                    # a page that keeps getting cut is asked for again in halves (a 2G link that
                    # drops every minute still gets whole pages through); it grows back after
                    shrunk = []

                    def smaller(_reason: str) -> None:
                        params["limit"] = max(min(MIN_PAGE, self.page_limit), params["limit"] // 2)
                        shrunk.append(params["limit"])

                    headers = self.headers
                    if self.transport.slow_link:    # bytes cost more than CPU here
                        headers = {**headers, "Accept-Encoding": ACCEPT_STRONG}
                    elif self.transport.fast_link:  # and less than CPU here
                        headers = {**headers, **FAST_HEADER}
                    data = self.transport.get_json(self.path(Paths.CHANGES), params=params,
                                                   before_retry=smaller, headers=headers)
                    limit = params["limit"] if shrunk else min(self.page_limit, limit * 2)
                    page = decode_pull_page(data)
                    # while the writer is in SQLite (which lets go of the GIL) on the page before
                    pages.put((data, page, self.port.prepare_page(page)))
                    items = len(page.records) + len(page.conflicts) + len(page.erasures)
                    if (page.cursor == since and not items) or not page.more:
                        break
                    since = page.cursor
                pages.put(None)
            except BaseException as exc:  # noqa: BLE001 - handed to the applying thread
                pages.put(exc)

        worker = threading.Thread(target=fetch, name="sync-pull", daemon=True)
        worker.start()
        try:
            yield None
            while True:
                item = pages.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                turn.release()
                yield item
        finally:
            stop.set()
            turn.release()
            worker.join()

    def _impact(self, page: PullPage) -> MassChange:
        """What applying this page would delete or overwrite of what this replica holds."""
        deletes, overwrites, erasures = self.port.page_impact(page.records, page.erasures, _same_fields)
        return MassChange(deletes, overwrites, erasures, 0, self.share)

    def _apply_page(self, page: PullPage, report: SyncReport, prepared: Any = None) -> None:
        result = self.port.apply_page(page, CURSOR_KEY, prepared)
        report.received += result.received
        report.pulled += result.changed
        report.conflicts += result.conflicts
        report.erasures += result.erased

    # == blobs ==============================================================================
    def _upload_for(self, changes: list[Change], report: SyncReport) -> None:
        shas = sorted({c.fields["sha256"] for c in changes
                       if c.collection == "attachment" and isinstance(c.fields.get("sha256"), str)})
        shas = [s for s in shas if self.store.blobs.has(s)]
        if not shas:
            return
        missing: list[str] = []
        for i in range(0, len(shas), 1000):
            data = self.transport.post_json(self.path(Paths.BLOBS_MISSING), {"sha256": shas[i:i + 1000]})
            missing.extend(data.get("missing", []))
        for n, sha in enumerate(missing):
            self.progress("upload", n, len(missing))
            self.upload_blob(sha)
            report.uploaded_blobs += 1
        if missing:
            self.progress("upload", len(missing), len(missing))

    def upload_blob(self, sha: str) -> None:
        """Resumable, in chunks with Content-Range. The first chunk goes straight from
        offset 0 (no HEAD: small blobs cost one request); if the server already holds
        part of it, it answers 409 with `expected_offset` and the upload continues there."""
        path = self.store.blobs.path(sha)
        total = path.stat().st_size
        url = self.path(Paths.BLOB, sha256=sha)
        offset = 0
        wrong = 0
        with open(path, "rb") as fh:
            while True:
                self.transport.check_cancel()
                if total == 0:
                    chunk, headers = b"", {}
                else:
                    fh.seek(offset)
                    chunk = fh.read(BLOB_CHUNK)
                    headers = {"Content-Range": f"bytes {offset}-{offset + len(chunk) - 1}/{total}",
                               "Content-Type": "application/octet-stream"}
                resp = self.transport.request("PUT", url, data=chunk, headers=headers, ok=(409,))
                body = _json_or_empty(resp)
                if resp.status_code == 409:
                    wrong += 1
                    if wrong > 5:
                        raise Rejected("the server keeps refusing the attachment upload offset", 409)
                    offset = int(body.get("expected_offset", resp.headers.get("Upload-Offset") or 0))
                    continue
                if body.get("complete") or total == 0:
                    return
                offset = int(body.get("received", offset + len(chunk)))
                if offset >= total:
                    return

    def _download(self, report: SyncReport) -> None:
        wanted = self._missing_blobs()
        if not wanted:
            return
        unavailable = _load_unavailable(self.store)
        now_s = time.time()
        todo = [s for s in wanted if now_s - unavailable.get(s, 0) > UNAVAILABLE_RETRY_S]
        for n, sha in enumerate(todo):
            self.progress("download", n, len(todo))
            if self.download_blob(sha):
                report.downloaded_blobs += 1
                unavailable.pop(sha, None)
            else:
                unavailable[sha] = now_s
        if todo:
            self.progress("download", len(todo), len(todo))
            self.store.set_meta(META_UNAVAILABLE, json.dumps(unavailable))

    def _missing_blobs(self) -> list[str]:
        return self.port.missing_blobs()

    def download_blob(self, sha: str) -> bool:
        """Download into a partial file, resuming with Range after a cut; verify the sha256."""
        blobs = self.store.blobs
        blobs.root.mkdir(parents=True, exist_ok=True)
        partial = blobs.root / f".partial-{sha}"
        url = self.path(Paths.BLOB, sha256=sha)
        for _ in range(20):
            have = partial.stat().st_size if partial.exists() else 0
            headers = {"Range": f"bytes={have}-", "Accept-Encoding": "identity"} if have else \
                {"Accept-Encoding": "identity"}
            resp = self.transport.request("GET", url, headers=headers, stream=True, ok=(404, 416))
            if resp.status_code == 404:
                resp.close()
                return False
            if resp.status_code == 416:
                resp.close()
                partial.unlink(missing_ok=True)
                continue
            mode = "ab" if resp.status_code == 206 else "wb"
            try:
                with open(partial, mode) as out:
                    for piece in self.transport.iter_content(resp):
                        out.write(piece)
            except Cancelled:
                raise
            except Exception:  # cut mid-body: resume from what arrived
                continue
            got, _ = blobs.put_file(partial)
            partial.unlink(missing_ok=True)
            if got != sha:
                blobs.remove(got) if got != sha and not self.port.blob_referenced(got) else None
                return False
            return True
        return False


# == push results ==========================================================================
def _echoes(changes: list[Change], results: list[PushResult]) -> list[Echo]:
    """The changes the server says it applied exactly as sent (`echo: true`): their records
    need no download. A server that does not say so (older) gets every record pulled back."""
    by_change = {c.change_id: c for c in changes}
    out = []
    for r in results:
        c = by_change.get(r.change_id)
        if c is None or not r.echo or not isinstance(r.seq, int) or r.status not in ("applied", "merged"):
            continue
        out.append(Echo(c.record_id, c.collection, r.seq, r.updated_at, r.updated_by, r.created_at,
                        r.created_by))
    return out


def _same_fields(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(same(a.get(k), b.get(k)) for k in set(a) | set(b))


def _add_impact(total: MassChange, part: MassChange) -> None:
    total.deletes += part.deletes
    total.overwrites += part.overwrites
    total.erasures += part.erasures


def _json_or_empty(resp) -> dict[str, Any]:
    try:
        data = resp.json()
        return data if isinstance(data, dict) else {}
    except ValueError:
        return {}


def _number(text: str | None) -> float | None:
    """A measure kept in the meta table (seconds, bytes a second); None for none or nonsense."""
    try:
        value = float(text or "")
    except ValueError:
        return None
    return value if 0 <= value < float("inf") else None


def _load_unavailable(store) -> dict[str, float]:
    try:
        return {k: float(v) for k, v in json.loads(store.get_meta(META_UNAVAILABLE) or "{}").items()}
    except (ValueError, AttributeError):
        return {}


# == status =================================================================================
def _ago(stamp: str) -> str:
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    secs = (dt.datetime.now(dt.timezone.utc) - when).total_seconds()
    if secs < 90:
        return "just now"
    if secs < 3600:
        return f"{int(secs // 60)} minutes ago"
    if secs < 2 * 86400:
        return f"{int(secs // 3600)} hours ago"
    return f"{int(secs // 86400)} days ago"


def sync_status(store) -> dict[str, Any]:
    """Everything the status line needs, read from the replica (cheap: a few small queries)."""
    acct = load_account(store)
    counts = store.replication.status_counts()
    pending, open_conflicts, rejected = counts["pending"], counts["open_conflicts"], counts["rejected"]
    last_sync = store.get_meta(META_LAST_SYNC) or None
    last_error = store.get_meta(META_LAST_ERROR) or None
    try:
        last_report = json.loads(store.get_meta(META_LAST_REPORT) or "null")
    except ValueError:
        last_report = None
    if acct is None:
        message = "Not connected to a group server (this replica is local only)."
    elif last_error:
        message = f"Last sync failed: {last_error}"
    elif last_sync:
        message = f"Synced {_ago(last_sync)}."
    else:
        message = "Never synced."
    extras = []
    if acct is not None and pending:
        extras.append(f"{pending} change{'s' * (pending != 1)} waiting to be sent")
    if open_conflicts:
        extras.append(f"{open_conflicts} conflict{'s' * (open_conflicts != 1)} to resolve")
    if rejected:
        extras.append(f"{rejected} change{'s' * (rejected != 1)} refused by the server")
    if extras:
        message += " " + "; ".join(extras).capitalize() + "."
    return {"configured": acct is not None, "url": acct.url if acct else None,
            "group": acct.group if acct else None, "member": acct.member if acct else None,
            "last_sync_at": last_sync, "last_attempt_at": store.get_meta(META_LAST_ATTEMPT) or None,
            "last_error": last_error, "last_report": last_report, "pending": pending,
            "open_conflicts": open_conflicts, "rejected": rejected, "message": message}


__all__ = ["MassChange", "Replicator", "SyncBusy", "SyncReport", "sync_lock", "sync_status"]
